"""Per-patient protocol (clinical-rules §10) and how protocols are named to users."""

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.logic.models import DIAGNOSES
from cart_bedside.logic.patient_protocol import (
    protocol_choice,
    protocol_display_name,
    protocol_for_diagnosis,
    protocol_short_name,
)
from cart_bedside.logic.protocols import PROTOCOL_IDS


@pytest.mark.parametrize(
    ("diagnosis", "ward_default", "expected"),
    [
        ("mm", "tci-1203-2025", "mm-2022"),
        ("mm", "review-astct", "mm-2022"),
        ("neuro_autoimmune", "tci-1203-2025", "nad-2025"),
        ("neuro_autoimmune", "review-astct", "nad-2025"),
        ("b_all", "tci-1203-2025", "tci-1203-2025"),
        ("b_all", "review-astct", "review-astct"),
        ("b_nhl", "tci-1203-2025", "tci-1203-2025"),
        ("other", "mm-2022", "mm-2022"),
        (None, "tci-1203-2025", "tci-1203-2025"),
        ("unknown_value", "nad-2025", "nad-2025"),
    ],
)
def test_protocol_from_diagnosis(diagnosis, ward_default, expected):
    assert protocol_for_diagnosis(diagnosis, ward_default) == expected


def test_every_diagnosis_gives_a_known_protocol():
    for d in DIAGNOSES:
        assert protocol_for_diagnosis(d) in PROTOCOL_IDS


def test_unknown_ward_default_is_refused():
    with pytest.raises(ValueError, match="ward_default"):
        protocol_for_diagnosis("b_all", "who-knows")


def test_a_physician_change_needs_a_reason_and_a_name():
    with pytest.raises(ValueError, match="reason"):
        protocol_choice("b_all", chosen="mm-2022", changed_by="Dr Li", change_reason=" ")
    with pytest.raises(ValueError, match="changed_by"):
        protocol_choice("b_all", chosen="mm-2022", changed_by="", change_reason="plasma cell")
    with pytest.raises(ValueError, match="protocol"):
        protocol_choice("b_all", chosen="nope", changed_by="Dr Li", change_reason="x")
    choice = protocol_choice(
        "b_all", chosen="review-astct", changed_by="李医生", change_reason="按儿科方案"
    )
    assert choice.protocol_id == "review-astct"
    assert "按儿科方案" in render(choice.reason, "zh_CN")


def test_choice_says_why():
    assert "diagnosis" in render(protocol_choice("mm").reason, "en")
    assert "ward default" in render(protocol_choice("b_all").reason, "en")


@pytest.mark.parametrize("pid", PROTOCOL_IDS)
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_protocols_are_named_by_guideline_never_by_id_or_seed(pid, lang):
    for message in (protocol_display_name(pid), protocol_short_name(pid)):
        text = render(message, lang)
        assert pid not in text and "seed" not in text.lower()


def test_tci_name_is_the_standard_number():
    assert render(protocol_short_name("tci-1203-2025"), "zh_CN").startswith("T/CI 1203—2025")
