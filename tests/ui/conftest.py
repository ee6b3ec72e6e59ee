"""UI fixtures. ``demo_template``, ``clock`` and ``service`` come from tests/conftest.py."""

from __future__ import annotations

import pytest

from tests.demo_ward import DEMO_NOW, PINS, Clock  # noqa: F401  (re-exported for UI tests)


@pytest.fixture
def session(qapp, service):
    """A Qt session (not signed in) in Chinese, with fonts, theme and translators."""
    from cart_bedside.ui import prepare_application
    from cart_bedside.ui.session import Session

    prepare_application(qapp, "zh_CN")
    return Session(service, "zh_CN")
