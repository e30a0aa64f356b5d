"""The petitions' periodic report belongs to its period (issue 11): for past quarters the overdue
count and the listed cases agree, and every listed case was received by the period's end and was
past its deadline on that day (the old report counted one rule and listed today's backlog)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from danvan_desktop.reports import petition_reports as R
from danvan_desktop.services import early_warning
from danvan_desktop.store.petitions import Petition

TODAY = dt.date(2026, 11, 20)  # the demo's day
QUARTERS = [
    (dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
    (dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
    (dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
    (dt.date(2026, 1, 1), dt.date(2026, 9, 30)),  # the issue's own example
]


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


@pytest.mark.parametrize("start,end", QUARTERS)
def test_listed_cases_agree_with_the_count_and_belong_to_the_period(
    demo_ctx, tmp_path: Path, start: dt.date, end: dt.date
) -> None:  # noqa: ANN001
    pf = early_warning.period_figures(demo_ctx, start, end, TODAY)
    total = sum(r["overdue"] for r in pf.results.values())
    assert total == len(pf.overdue_ids) > 0
    with demo_ctx.read() as s:
        rows = {p.id: p for p in s.scalars(select(Petition).where(Petition.id.in_(pf.overdue_ids)))}
    labels = set()
    for pid in pf.overdue_ids:
        p = rows[pid]
        assert p.received_on <= end, f"{p.number} received after the period"
        deadline = p.due_on if p.due_on is not None and p.due_on < end else p.last_due_on
        assert deadline is not None and deadline < end
        # still open at the end of the period, or settled only after it
        assert p.resolved_on is None or p.resolved_on > end
        labels.add(f"{p.number:03d}/{p.year}")

    out = R.export_period_report_pdf(demo_ctx, tmp_path / "q.pdf", start, end, today=TODAY)
    text = _text(out)
    said = re.search(r"Đến ngày (\d\d/\d\d/\d{4}) có (\d+) đơn quá hạn", text)
    assert said is not None
    assert said.group(1) == f"{end:%d/%m/%Y}" and int(said.group(2)) == total
    assert f"{total} đơn quá hạn." in text  # the results sentence says the same number
    listed_part = text[said.end() :]
    listed = set(re.findall(r"\b(\d{3}/20\d\d)\b", listed_part))
    assert listed == labels


def test_a_case_received_after_the_period_is_never_listed(demo_ctx) -> None:  # noqa: ANN001
    """Today's backlog includes cases received in October; the 9-month report does not."""
    end = dt.date(2026, 9, 30)
    today_ids = set(early_warning.period_figures(demo_ctx, end, TODAY, TODAY).overdue_ids)
    period_ids = set(
        early_warning.period_figures(demo_ctx, dt.date(2026, 1, 1), end, TODAY).overdue_ids
    )
    with demo_ctx.read() as s:
        late = set(
            s.scalars(
                select(Petition.id).where(Petition.id.in_(today_ids), Petition.received_on > end)
            )
        )
    assert late, "the demo should have cases received after 30/09 that are overdue today"
    assert not late & period_ids
