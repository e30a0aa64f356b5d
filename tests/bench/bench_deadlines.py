"""Figures: 1,000,000 due dates (compute_due) and working-day additions; not a pass/fail test.

Run: python -m tests.bench.bench_deadlines [count]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time

from danvan_desktop.domain.deadlines import DeadlineRules, Step
from danvan_desktop.domain.workdays import WorkCalendar

STEPS = [
    (Step.INFORM_CITIZEN, "complaint", False),
    (Step.ACCEPT_COMPLAINT, "complaint", False),
    (Step.SETTLE_FIRST_COMPLAINT, "complaint", True),
    (Step.HANDLE_DENUNCIATION, "denunciation", False),
    (Step.SETTLE_DENUNCIATION, "denunciation", True),
    (Step.HANDLE_RECOMMENDATION_FEEDBACK, "feedback", False),
]


def main(count: int = 1_000_000) -> None:
    rng = random.Random(1)
    t0 = time.perf_counter()
    rules, cal = DeadlineRules.load(), WorkCalendar()
    cal.add_working_days(dt.date(2020, 1, 1), 1)  # build the index for 2019–2031 up front
    cal.add_working_days(dt.date(2030, 1, 1), 1)
    t_load = time.perf_counter() - t0
    base = dt.date(2020, 1, 1).toordinal()
    cases = []
    for _ in range(count):
        step, ptype, from_acceptance = STEPS[rng.randrange(len(STEPS))]
        received = dt.date.fromordinal(base + rng.randrange(0, 10 * 365))
        start = received + dt.timedelta(days=rng.randrange(0, 10)) if from_acceptance else None
        cases.append((step, received, ptype, start, rng.random() < 0.2))

    t0 = time.perf_counter()
    for step, received, ptype, start, cplx in cases:
        rules.compute_due(
            step, received, petition_type=ptype, calendar=cal, start=start, complex=cplx
        )
    t_due = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _, received, _, _, _ in cases:
        cal.add_working_days(received, 10)
    t_add = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _, received, _, _, _ in cases:
        received + dt.timedelta(days=10)
    t_floor = time.perf_counter() - t0

    print(f"load rules + calendar index:       {t_load * 1000:8.1f} ms")
    print(f"{count:,} compute_due:            {t_due:8.2f} s  ({t_due / count * 1e6:.2f} µs each)")
    print(f"{count:,} add_working_days(d, 10): {t_add:8.2f} s  ({t_add / count * 1e6:.2f} µs each)")
    print(
        f"{count:,} date + timedelta (floor): {t_floor:8.2f} s  ({t_floor / count * 1e6:.2f} µs each)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
