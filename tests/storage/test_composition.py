"""The repository is composed of area repositories, not assembled from mixins (issue 13.2)."""

from __future__ import annotations

import inspect

import pytest

from cart_bedside import storage
from cart_bedside.logic.models import WeightMeasurement
from cart_bedside.storage import Repository
from cart_bedside.storage.repository import FORWARDED
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


@pytest.mark.parametrize(("area", "name"), [(a, n) for a, ns in FORWARDED.items() for n in ns])
def test_each_forwarded_name_is_the_area_method(repo, area, name):
    assert getattr(repo, name) == getattr(getattr(repo, area), name)


def test_nothing_else_is_forwarded(repo):
    names = [n for ns in FORWARDED.values() for n in ns]
    assert len(names) == len(set(names))
    for private in ("_insert", "_one", "_rows", "_audit", "_find", "_current", "store_x"):
        with pytest.raises(AttributeError):
            getattr(repo, private)


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
