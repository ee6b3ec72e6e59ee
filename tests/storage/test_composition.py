"""The repository is composed of area repositories, not assembled from mixins (issue 13.2)."""

from __future__ import annotations

import inspect

import pytest

from cart_bedside import storage
from cart_bedside.logic.models import WeightMeasurement
from cart_bedside.storage import Repository
from cart_bedside.storage.store import Store

from .conftest import NOW, admit, neuro, vitals


def _area_classes() -> list[type]:
    found = []
    for module in vars(storage).values():
        if inspect.ismodule(module) and module.__name__.startswith("cart_bedside.storage"):
            found += [
                c
                for _, c in inspect.getmembers(module, inspect.isclass)
                if c.__module__ == module.__name__ and c.__name__.endswith("Repository")
            ]
    return found


def test_every_area_and_the_repository_inherit_from_nothing_of_ours(repo):
    areas = {type(v) for v in vars(repo).values() if type(v).__module__.startswith("cart_bedside")}
    assert Store in areas and len(areas) >= 10
    for cls in {*areas, *_area_classes(), Repository}:
        assert cls.__bases__ == (object,), cls


def test_the_areas_share_one_store(repo):
    stores = {id(area.store) for area in vars(repo).values() if hasattr(area, "store")}
    assert stores == {id(repo.store)}
    assert repo.charting.patients is repo.patients
    assert repo.queries.worklist is repo.worklist


def test_the_repository_answers_only_for_what_the_areas_share(repo):
    """No flat names forwarded to the areas (the old mixin-built class's ``repo.admit``):
    every caller names the area."""
    shared = {"store", "db", "conn", "device_id", "now", "db_file", "transaction", "close"}
    public = {n for n in dir(repo) if not n.startswith("_")}
    areas = {n for n, v in vars(repo).items() if hasattr(v, "store") or n == "store"}
    assert public == shared | areas
    for area in areas - {"store"}:
        for name in (n for n in dir(getattr(repo, area)) if not n.startswith("_")):
            if name not in shared | areas:
                assert not hasattr(repo, name), name
    with pytest.raises(AttributeError):
        repo.admit  # noqa: B018


def test_one_transaction_over_several_areas_is_all_or_nothing(repo, clock):
    episode = admit(repo)
    tasks_before = len(repo.worklist.tasks(episode))
    with pytest.raises(RuntimeError), repo.transaction():
        repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(), neuro=neuro())
        repo.worklist.add_task(episode, "labs", NOW, "nurse")
        raise RuntimeError("power cut")
    assert repo.queries.vitals(episode) == []
    assert len(repo.worklist.tasks(episode)) == tasks_before
    assert repo.audit_log.verify_audit_chain().ok
    with repo.transaction():
        repo.charting.save_shift_entry(episode, "nurse", vitals=vitals(), neuro=neuro())
        repo.worklist.add_task(episode, "labs", NOW, "nurse")
    assert len(repo.queries.vitals(episode)) == 1
    assert len(repo.worklist.tasks(episode)) == tasks_before + 1


def test_stored_admission_keeps_the_admission_weight(repo):
    episode = admit(repo)
    repo.charting.save_record(episode, WeightMeasurement(NOW, 64.5), "nurse")
    assert repo.patients.get_patient(episode).weight_kg == 64.5
    assert repo.patients.stored_admission(episode).weight_kg == 70.0
