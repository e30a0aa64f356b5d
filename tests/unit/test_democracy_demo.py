"""The demo commune's democracy records say what the demo promises: a year of dissemination with
the conference on Directive 08-CT/TU, one publicity item coming down within days, three matters
decided in hamlets, two charters (one revised, one due for review) — and the early warning
points at them."""

import datetime as dt

from danvan_desktop.services import areas
from danvan_desktop.services.democracy import charters as C
from danvan_desktop.services.democracy import dissemination as E
from danvan_desktop.services.democracy import matters as M
from danvan_desktop.services.democracy import publicity as P

BUILT = dt.date(2026, 11, 20)  # the day the test demo is built for (tests/conftest.py)


def test_the_demo_year(demo_ctx) -> None:  # noqa: ANN001
    events = E.list_events(demo_ctx, 2026)
    assert len(events) == 10 and len({e.kind for e in events}) >= 6
    plan = [e for e in events if e.kind == "conference" and "08-CT/TU" in e.document]
    assert len(plan) == 1 and plan[0].total == 231
    items = P.list_items(demo_ctx, 2026, today=BUILT)
    assert [i.content for i in items if i.ending_soon] == ["Kế hoạch sử dụng đất năm 2026"]
    matters = M.list_matters(demo_ctx, 2026)
    assert len(matters) == 3 and len({m.hamlet_code for m in matters}) == 3
    assert sorted(m.passed for m in matters) == [False, True, True]
    charters = C.list_charters(demo_ctx, today=BUILT)
    assert sorted(c.version for c in charters) == [1, 2]
    assert [c.due_review for c in charters if c.version == 1] == [True]
    lines = {w.key: w.count for w in areas.area("democracy").warnings(demo_ctx, BUILT)}
    assert lines == {
        "publicity_ending_soon": 1,
        "publicity_too_short": 1,
        "charters_not_reviewed": 1,
    }
