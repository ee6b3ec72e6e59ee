"""A PIN's key derived while it is typed (issue 16 item 5): the same outcome as without.

``WardService.prepare_pin`` / ``pin_preparation`` derive the scrypt key ahead;
``sign_in(..., prepared=)`` uses it only for the same account, stored hash and
exact PIN. Real SQLite files: every case runs twice, on two copies of the demo
ward, once plainly and once prepared, and the outcome, the counter, the lock
and the audit trail must be the same.
"""

from __future__ import annotations

import shutil
import threading
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cart_bedside.logic.messages import render
from cart_bedside.service import WardService
from cart_bedside.service.ward import MAX_FAILED_PINS, SignInError
from cart_bedside.storage import Repository, open_database
from cart_bedside.storage.auth import PreparedPin, prepare_pin, verify_pin
from tests.demo_ward import PINS, Clock

WRONG = "0000"


@pytest.fixture
def ward_pair(demo_template, tmp_path):
    """Two services on two copies of the demo ward, one clock: plain and prepared."""
    clock = Clock()
    made = []
    for name in ("plain", "prepared"):
        path = tmp_path / f"{name}.db"
        shutil.copy(demo_template, path)
        db = open_database(path)
        made.append((db, WardService(Repository(db, clock=clock), clock=clock)))
    yield made[0][1], made[1][1], clock
    for db, _ in made:
        db.conn.close()


def attempt(service: WardService, username: str, pin: str, prepared: bool) -> str:
    """One sign-in, as "ok:<user>" or "<reason>: <message in English>"."""
    token = service.prepare_pin(username, pin) if prepared else None
    try:
        user = service.sign_in(username, pin, prepared=token)
    except SignInError as error:
        return f"{error.reason}: {render(error.message, 'en')}"
    service.sign_out()
    return f"ok:{user.username}"


def state(service: WardService, username: str) -> tuple:
    """The account's counter and lock, and the sign-in audit trail (without times)."""
    user = service.repo.people.get_user(username.strip())
    counter = (user.failed_attempts, user.locked_until) if user else None
    trail = [
        (e.action, e.actor, e.reason)
        for e in service.repo.audit_log.audit_entries(limit=1000)
        if e.action in ("sign_in", "sign_in_failed", "user_update", "sign_out")
    ]
    return counter, trail


def _deactivate(service: WardService) -> None:
    service.repo.people.deactivate_user("nurse2", "admin", "left the ward")


def _lock_nurse(service: WardService) -> None:
    for _ in range(MAX_FAILED_PINS):
        with pytest.raises(SignInError):
            service.sign_in("nurse", WRONG)


def _four_wrong(service: WardService) -> None:
    for _ in range(MAX_FAILED_PINS - 1):
        with pytest.raises(SignInError):
            service.sign_in("nurse", WRONG)


CASES = [
    # (name, set-up, username, pin, expected start of the outcome)
    ("right PIN", None, "nurse", PINS["nurse"], "ok:nurse"),
    ("right PIN, name with spaces", None, "  nurse ", PINS["nurse"], "ok:nurse"),
    ("wrong PIN", None, "nurse", WRONG, "wrong_pin"),
    ("another user's PIN", None, "nurse", PINS["doctor"], "wrong_pin"),
    ("too short to be a PIN", None, "nurse", "11", "wrong_pin"),
    ("not digits", None, "nurse", "abcd", "wrong_pin"),
    ("unknown user", None, "nobody", "1234", "unknown_user"),
    ("inactive user, right PIN", _deactivate, "nurse2", PINS["nurse2"], "inactive"),
    ("locked, right PIN", _lock_nurse, "nurse", PINS["nurse"], "locked"),
    ("locked, wrong PIN", _lock_nurse, "nurse", WRONG, "locked"),
    ("the 5th wrong PIN locks", _four_wrong, "nurse", WRONG, "locked"),
    ("4 wrong, then the right one", _four_wrong, "nurse", PINS["nurse"], "ok:nurse"),
]


@pytest.mark.parametrize(("setup", "username", "pin", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_prepared_and_plain_sign_in_give_the_same_outcome(
    ward_pair, setup, username, pin, expected
):
    plain, prepared, _clock = ward_pair
    outcomes = []
    for service, ahead in ((plain, False), (prepared, True)):
        if setup is not None:
            setup(service)
        outcomes.append((attempt(service, username, pin, ahead), state(service, username)))
    assert outcomes[0][0].startswith(expected)
    assert outcomes[0] == outcomes[1]


def test_lockout_counts_are_the_same_prepared_and_plain(ward_pair):
    """Wrong, wrong … locked, then the lock's end: step by step the same, on real files."""
    plain, prepared, clock = ward_pair
    steps = [WRONG] * (MAX_FAILED_PINS + 1) + [PINS["nurse"]]
    for i, pin in enumerate(steps):
        if i == len(steps) - 1:
            clock.t += timedelta(minutes=16)  # the lock has ended
        a = attempt(plain, "nurse", pin, prepared=False)
        b = attempt(prepared, "nurse", pin, prepared=True)
        assert a == b, f"step {i}"
        assert state(plain, "nurse") == state(prepared, "nurse"), f"step {i}"
    wrong = [
        e
        for e in prepared.repo.audit_log.audit_entries(action="sign_in_failed", actor="nurse")
        if (e.reason or "").endswith("wrong PIN")
    ]
    assert len(wrong) == MAX_FAILED_PINS  # the 6th try met the lock: not a wrong PIN
    assert attempt(prepared, "nurse", PINS["nurse"], prepared=True) == "ok:nurse"


def test_preparing_counts_audits_and_decides_nothing(ward_pair):
    _plain, service, _clock = ward_pair
    before = state(service, "nurse")
    tokens = [service.prepare_pin("nurse", WRONG) for _ in range(MAX_FAILED_PINS + 2)]
    assert all(isinstance(t, PreparedPin) for t in tokens)
    assert state(service, "nurse") == before  # no wrong PIN counted, nothing audited
    assert service.user is None
    assert "1111" not in repr(tokens[0]) and tokens[0].key.hex() not in repr(tokens[0])


def test_nothing_is_prepared_for_an_unknown_inactive_or_implausible_sign_in(ward_pair):
    _plain, service, _clock = ward_pair
    service.repo.people.deactivate_user("nurse2", "admin", "left the ward")
    assert service.prepare_pin("nobody", "1234") is None
    assert service.prepare_pin("nurse2", PINS["nurse2"]) is None
    assert service.prepare_pin("nurse", "123") is None  # under 4 digits
    assert service.prepare_pin("nurse", "123456789") is None  # over 8
    assert service.prepare_pin("nurse", "12a4") is None


def test_a_stale_preparation_is_never_used(ward_pair):
    """Made for the right PIN, handed in with a wrong one: had the key been used, the wrong
    PIN would sign in. It is refused and counted, as without a preparation."""
    _plain, service, _clock = ward_pair
    right = service.prepare_pin("nurse", PINS["nurse"])
    with pytest.raises(SignInError) as refused:
        service.sign_in("nurse", WRONG, prepared=right)
    assert refused.value.reason == "wrong_pin"
    assert service.repo.people.get_user("nurse").failed_attempts == 1
    # another user with the same PIN typed: that user's own hash decides
    with pytest.raises(SignInError):
        service.sign_in("doctor", PINS["nurse"], prepared=right)
    # the right PIN with a preparation of a wrong one: derived again, signed in
    wrong = service.prepare_pin("nurse", WRONG)
    assert service.sign_in("nurse", PINS["nurse"], prepared=wrong).username == "nurse"


def test_a_preparation_made_before_the_pin_changed_is_not_used(ward_pair):
    _plain, service, _clock = ward_pair
    old = service.prepare_pin("nurse", PINS["nurse"])
    assert old is not None
    service.repo.people.update_user("nurse", "admin", pin="2468")
    stored = service.repo.people.get_user("nurse").pin_hash
    assert old.key_for("nurse", PINS["nurse"], stored) is None  # another stored hash
    with pytest.raises(SignInError):
        service.sign_in("nurse", PINS["nurse"], prepared=old)
    # set back to the same PIN: a new salt, so the old key is still not the one used
    service.repo.people.update_user("nurse", "admin", pin=PINS["nurse"])
    stored = service.repo.people.get_user("nurse").pin_hash
    assert old.key_for("nurse", PINS["nurse"], stored) is None
    assert service.sign_in("nurse", PINS["nurse"], prepared=old).username == "nurse"


def test_the_slow_part_runs_on_another_thread_without_the_database(ward_pair):
    """``pin_preparation`` reads the stored hash at once; what it returns touches no
    connection (a SQLite connection refuses other threads), so a worker thread can run it."""
    _plain, service, _clock = ward_pair
    work = service.pin_preparation("nurse", PINS["nurse"])
    made: list[PreparedPin | None] = []
    worker = threading.Thread(target=lambda: made.append(work()))
    worker.start()
    worker.join(10)
    assert made and made[0] is not None
    assert service.sign_in("nurse", PINS["nurse"], prepared=made[0]).username == "nurse"


#: A cheap scrypt hash (n=16) of "2580": the property below derives hundreds of keys.
def _cheap_hash(pin: str) -> str:
    import hashlib

    salt = b"property-salt-16"
    key = hashlib.scrypt(pin.encode(), salt=salt, n=16, r=1, p=1, dklen=32)
    return f"scrypt$16$1$1${salt.hex()}${key.hex()}"


PIN = st.text(alphabet="0123456789", min_size=4, max_size=8)


@settings(max_examples=200, deadline=None)
@given(typed=PIN, submitted=PIN, stored_pin=PIN, same_user=st.booleans())
def test_property_a_preparation_never_changes_the_verdict(typed, submitted, stored_pin, same_user):
    """Whatever was prepared (which PIN, which user), the check of ``submitted`` against the
    stored hash gives the plain verdict; the key is used only for the exact PIN."""
    stored = _cheap_hash(stored_pin)
    token = prepare_pin("nurse", typed, stored)
    assert token is not None
    user = "nurse" if same_user else "doctor"
    key = token.key_for(user, submitted, stored)
    assert (key is not None) == (same_user and submitted == typed)
    assert verify_pin(submitted, stored, key=key) == verify_pin(submitted, stored)
    assert verify_pin(submitted, stored) == (submitted == stored_pin)
