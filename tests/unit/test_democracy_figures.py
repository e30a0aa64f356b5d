"""The democracy area's numbers on known records: scoring's indicators with their drill-down,
the upper level's figures, the periodic report's section (every figure inside the period: an
event outside it is not counted), the workbook's sheets and the early warnings."""

import datetime as dt

import pytest

from danvan_desktop.services import areas, units
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.democracy import charters as C
from danvan_desktop.services.democracy import dissemination as E
from danvan_desktop.services.democracy import matters as M
from danvan_desktop.services.democracy import publicity as P
from danvan_desktop.services.democracy.indicators import INDICATORS
from danvan_desktop.services.report_parts import ReportPeriod, SectionQuery
from danvan_desktop.services.scoring.indicators import catalogue

D = dt.date
TODAY = D(2026, 6, 25)
KEYS = (
    "dissemination_events",
    "dissemination_participants",
    "publicity_items",
    "democracy_matters_decided",
)


@pytest.fixture
def known(ctx):  # noqa: ANN001, ANN201
    """Q1: one conference (60 people); Q2: a training (35), a broadcast (8 broadcasts), two
    publicity items, two matters (one passed); 2025: one of each, outside every 2026 span."""
    ids: dict[str, list[str]] = {"events": [], "publicity": [], "matters": []}

    def ev(day: D, kind: str = "conference", people: int = 0, items: int = 0) -> None:
        ids["events"].append(
            E.create_event(
                ctx,
                E.EventInput(kind, day, f"Tuyên truyền {day}", cadres=people, items=items),
                TODAY,
            )
        )

    ev(D(2025, 11, 3), people=50)
    ev(D(2026, 2, 10), people=60)
    ev(D(2026, 4, 8), "training", people=35)
    ev(D(2026, 5, 19), "loudspeaker", items=8)

    def pub(start: D, until: D | None, form: str = "posting_office") -> None:
        ids["publicity"].append(
            P.create_item(
                ctx, P.PublicityInput(f"Công khai {start}", "budget", form, start, until), TODAY
            )
        )

    pub(D(2025, 12, 1), D(2026, 1, 5))
    pub(D(2026, 5, 30), D(2026, 6, 30))  # ends in 5 days: ending soon
    pub(D(2026, 6, 1), D(2026, 6, 10))  # 10 days posted at the office: too short
    hamlet = units.hamlets(ctx)[0].code

    def matter(day: D, votes_for: int) -> None:
        ids["matters"].append(
            M.create_matter(
                ctx,
                M.MatterInput(
                    f"Nội dung {day}",
                    day,
                    hamlet,
                    households_total=100,
                    households_attending=90,
                    votes_for=votes_for,
                    votes_against=10,
                ),
                TODAY,
            )
        )

    matter(D(2025, 9, 9), 70)
    matter(D(2026, 4, 20), 75)
    matter(D(2026, 6, 2), 40)
    old = C.create_charter(
        ctx, C.CharterInput("Quy ước thôn", D(2020, 5, 1), hamlet, kind="quy_uoc"), TODAY
    )
    fresh = C.create_charter(ctx, C.CharterInput("Hương ước thôn", D(2018, 5, 1), hamlet), TODAY)
    C.add_revision(ctx, fresh, C.RevisionInput(D(2026, 5, 5), "Sửa điều 7"), TODAY)
    ids["stale"] = [old]
    return ids


def span(ctx, start: D, end: D) -> FigureSpan:  # noqa: ANN001
    return FigureSpan((ctx.unit_code,), start.year, start, end, TODAY)


def test_indicators_count_the_span_and_drill_down_to_its_records(ctx, known) -> None:  # noqa: ANN001
    assert {i.key for i in INDICATORS} == set(KEYS)
    assert set(KEYS) <= set(catalogue())  # scoring's catalogue collects them
    year = span(ctx, D(2026, 1, 1), D(2026, 12, 31))
    by_key = {i.key: i for i in INDICATORS}
    with ctx.read() as s:
        values = {k: by_key[k].compute(s, year)[ctx.unit_code].value for k in KEYS}
        drill = {k: by_key[k].records(s, ctx.unit_code, year) for k in KEYS}
        q2 = span(ctx, D(2026, 4, 1), D(2026, 6, 30))
        q2_values = {k: by_key[k].compute(s, q2)[ctx.unit_code].value for k in KEYS}
    assert values == {
        "dissemination_events": 3,
        "dissemination_participants": 95,
        "publicity_items": 2,
        "democracy_matters_decided": 2,
    }
    assert drill["dissemination_events"] == known["events"][1:]
    assert drill["publicity_items"] == known["publicity"][1:]
    assert drill["democracy_matters_decided"] == known["matters"][1:]
    assert q2_values["dissemination_events"] == 2 and q2_values["dissemination_participants"] == 35


def test_upper_level_figures_give_every_commune_a_value(ctx, known) -> None:  # noqa: ANN001
    group = next(g for g in areas.figure_groups() if g.key == "democracy")
    assert [m.key for m in group.metrics] == list(KEYS)
    s_ = FigureSpan((ctx.unit_code, "18652"), 2026, D(2026, 1, 1), D(2026, 12, 31), TODAY)
    with ctx.read() as s:
        got = group.compute(s, s_)
    assert got["dissemination_events"] == {ctx.unit_code: 3.0, "18652": 0.0}
    assert got["democracy_matters_passed"][ctx.unit_code] == 1.0


def test_report_section_counts_only_the_period(ctx, known) -> None:  # noqa: ANN001
    q2 = ReportPeriod("quarter", D(2026, 4, 1), D(2026, 6, 30), "quý II năm 2026")
    with ctx.read() as s:
        sections = {
            x.key: x for x in areas.report_sections(s, SectionQuery([ctx.unit_code], q2, TODAY))
        }
    sec = sections["democracy"]
    f = sec.figures
    # the Q1 conference (60 people) and everything of 2025 are outside the period
    assert f["dissemination_events"] == 2 and f["dissemination_participants"] == 35
    assert f["dissemination_items"] == 8 and f["publicity_items"] == 2
    assert f["democracy_matters_decided"] == 2 and f["democracy_matters_passed"] == 1
    assert f["charter_revisions"] == 1 and f["charters_adopted"] == 0
    assert "quý II năm 2026" in sec.paragraphs[0] and "35 lượt người" in sec.paragraphs[0]
    kinds = {row[0]: row for row in sec.tables[0].rows}
    assert "Hội nghị quán triệt, triển khai" not in kinds
    assert kinds["Tập huấn, bồi dưỡng"][1:3] == ("1", "35")
    matters = sec.tables[1].rows
    assert [r[2] for r in matters] == ["20/04/2026", "02/06/2026"]
    assert [r[4] for r in matters] == ["Thông qua", "Không thông qua"]
    # a period with nothing recorded has no section
    empty = ReportPeriod("month", D(2026, 3, 1), D(2026, 3, 31), "tháng 3 năm 2026")
    with ctx.read() as s:
        keys = [
            x.key for x in areas.report_sections(s, SectionQuery([ctx.unit_code], empty, TODAY))
        ]
    assert "democracy" not in keys


def test_sheets_one_per_record_kind(ctx, known) -> None:  # noqa: ANN001
    with ctx.read() as s:
        sheets = {sh.title: sh for sh in areas.workbook_sheets(s, [ctx.unit_code], TODAY)}
    for title, n in (
        ("Tuyên truyền", 4),
        ("Công khai", 3),
        ("Bàn và quyết định", 3),
        ("Hương ước, quy ước", 2),
        ("Sửa đổi hương ước, quy ước", 1),
    ):
        assert len(sheets[title].rows) == n, title
        assert len(title) <= 31
        assert all(len(r) == len(sheets[title].headers) for r in sheets[title].rows)
    assert sheets["Tuyên truyền"].rows[0][0] == D(2025, 11, 3)


def test_warnings_name_the_records_behind_them(ctx, known) -> None:  # noqa: ANN001
    lines = {w.key: w for w in areas.area("democracy").warnings(ctx, TODAY)}
    assert lines["publicity_ending_soon"].record_ids == (known["publicity"][1],)
    assert lines["publicity_too_short"].record_ids == (known["publicity"][2],)
    assert lines["charters_not_reviewed"].record_ids == tuple(known["stale"])
    assert "5 năm" in lines["charters_not_reviewed"].label
    later = {w.key: w.count for w in areas.area("democracy").warnings(ctx, D(2026, 7, 11))}
    assert later["publicity_ending_soon"] == 0  # it came down on 30/06
    assert later["publicity_too_short"] == 0  # down for more than 30 days: history


def test_scoring_drill_down_names_each_record(ctx, known) -> None:  # noqa: ANN001
    from danvan_desktop.services.records import (
        record_label as _label,  # how the drill-down names rows
    )
    from danvan_desktop.store.democracy import DemocracyMatter, PublicityItem

    with ctx.read() as s:
        matter = s.get(DemocracyMatter, known["matters"][1])
        item = s.get(PublicityItem, known["publicity"][1])
        assert _label(matter) == "20/04/2026 – Nội dung 2026-04-20 (Thôn Trung Hà)"
        assert _label(item) == "30/05/2026 – Công khai 2026-05-30"
