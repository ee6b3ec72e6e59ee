"""A hypothesis state machine over three tablets (real SQLite files) and one real ward server
on a real PostgreSQL: random writes, corrections, pushes and pulls, lost acknowledgements and
network partitions, interleaved. After every step no row the server acknowledged is missing
from it; once the network heals and everyone syncs, every tablet holds the same rows and
every acknowledged row."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from cart_bedside.logic.messages import msg
from cart_bedside.service.sync_http import ServerUnreachable, SyncTransport
from tests.storage.conftest import NOW, Clock, admit, vitals
from tests.sync.tablets import Tablet, server_rows, sync_all
from tests.sync.test_scenarios import offline, transport_of

TABLETS = 3
_examples = itertools.count(1)


class LosesAnswers(SyncTransport):
    """The server stores the pushed page; its answer never reaches the tablet."""

    def post(self, path, body):
        answer = super().post(path, body)
        if path == "/push":
            raise ServerUnreachable(
                msg("sync.error.timeout", server=self.server_url, detail="lost")
            )
        return answer


def machine(server, url, tmp_path):
    class Ward(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            n = next(_examples)
            self.clock = Clock(NOW)
            self.tablets = [Tablet(tmp_path / f"ex{n}-t{i}.db", self.clock) for i in range(TABLETS)]
            for tablet in self.tablets:
                tablet.enroll(server, url)
            self.episode = admit(self.tablets[0].repo, bed=f"{40 + n % 50}")
            self.tablets[0].sync()
            for tablet in self.tablets[1:]:
                tablet.sync()
            self.acked: set[tuple[str, str]] = set(self.tablets[0].clinical())
            self.offline = [False] * TABLETS
            self.hr = itertools.count(60)

        @rule(i=st.integers(0, TABLETS - 1))
        def write(self, i):
            self.clock.advance(minutes=1)
            self.tablets[i].repo.charting.save_shift_entry(
                self.episode, "nurse", vitals=vitals(self.clock.t, hr=next(self.hr))
            )

        @rule(i=st.integers(0, TABLETS - 1))
        def correct_the_latest(self, i):
            held = self.tablets[i].repo.queries.vitals(self.episode)
            if held:
                latest = held[-1]
                self.tablets[i].repo.charting.amend(
                    latest.meta.id, vitals(latest.time, hr=next(self.hr)), "nurse", "re-counted"
                )

        @rule(i=st.integers(0, TABLETS - 1))
        def partition(self, i):
            self.offline[i] = not self.offline[i]

        @rule(i=st.integers(0, TABLETS - 1))
        def sync(self, i):
            tablet = self.tablets[i]
            if self.offline[i]:
                with pytest.raises(ServerUnreachable):
                    tablet.sync(transport=offline())
                return
            report = tablet.sync(page_rows=4)
            assert not report.refused and report.pending == 0
            self.acked |= set(tablet.clinical())

        @precondition(lambda self: not all(self.offline))
        @rule(i=st.integers(0, TABLETS - 1))
        def answer_lost(self, i):
            tablet = self.tablets[i]
            if self.offline[i]:
                return
            queued, lost = tablet.ward.sync_status().pending_rows, False
            try:
                tablet.sync(transport=transport_of(tablet, LosesAnswers))
            except ServerUnreachable:
                lost = True
            assert lost or not queued  # rows to push: the answer was lost
            assert tablet.ward.sync_status().pending_rows >= (queued > 0)

        @invariant()
        def nothing_acknowledged_is_lost(self):
            missing = self.acked - set(server_rows(url))
            assert not missing

        def teardown(self):
            try:
                sync_all(self.tablets, rounds=2)
                first, *rest = self.tablets
                held = first.clinical()
                assert self.acked <= set(held)
                for tablet in rest:
                    assert tablet.clinical() == held
                    assert tablet.ward.sync_status().pending_rows == 0
                counts = {len(t.repo.queries.vitals(self.episode)) for t in self.tablets}
                assert len(counts) == 1
            finally:
                for tablet in self.tablets:
                    tablet.close()

    return Ward


@pytest.mark.slow
def test_random_interleavings_converge_and_lose_nothing(live_ward, tmp_path):
    server, url = live_ward
    run_state_machine_as_test(
        machine(server, url, tmp_path),
        settings=settings(
            max_examples=8,
            stateful_step_count=16,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
        ),
    )
