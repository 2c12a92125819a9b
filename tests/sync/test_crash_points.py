"""A sync stopped dead at any named step resumes: integrity ok, nothing lost, nothing applied twice.

In-process: the run is abandoned by an exception no handler catches, between two local
transactions, which is what a killed process leaves behind. (Killing a real process at
these steps, `os._exit` / SIGKILL, is the follow-up crash suite; the step names are the same.)
"""

from __future__ import annotations

import pytest

from clienteling.sync import STEPS

from .conftest import assert_converged


class Crash(BaseException):
    """Not an Exception: nothing in the app may catch it, as nothing catches a SIGKILL."""


SCENARIO_STEPS = [s for s in STEPS if not s.startswith(("after_device", "after_resync"))]


@pytest.mark.parametrize("step", SCENARIO_STEPS)
def test_a_sync_killed_at_a_step_resumes_and_converges(make_device, server, boutique_id, step):
    a, b = make_device("a", page_size=2), make_device("b", login="bob", page_size=2)
    shared = a.new_client(city="Paris")
    a.run()
    b.run()
    for i in range(3):
        b.new_client(family_name=f"Pulled{i}")
    b.edit(shared, tier="vic")
    b.run()  # a has 4 changes to pull, in 2 pages
    a.new_client(family_name="Pushed", phones=[("mobile", "06 12 34 56 78")])
    a.edit(shared, city="Lyon")
    sent = len(a.outbox())
    results_before = server.counts(boutique_id)["results"]

    def crash(name: str) -> None:
        if name == step:
            raise Crash(name)

    a.sync.on_step = crash
    with pytest.raises(Crash):
        a.run()
    a.sync.on_step = None
    assert a.integrity() == []
    a.run()
    assert a.integrity() == []
    assert server.counts(boutique_id)["results"] == results_before + sent  # each mutation processed once
    b.run()
    assert a.clients.dossier(shared).client.city == "Lyon" and b.clients.dossier(shared).client.tier == "vic"
    assert_converged(server, boutique_id, a, b)
