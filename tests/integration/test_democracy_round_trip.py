"""Dissemination and grassroots-democracy records go up through a real data bundle and the upper
level sees the commune's figures (its per-commune group, scoring's indicators with their
drill-down, the consolidated report's section and workbook sheets), on SQLite and PostgreSQL.
A later edit and a deletion travel in the next incremental bundle and change the figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.report_parts import ReportPeriod, SectionQuery
from tests.integration.upper_level_suite import PASSWORD, open_province

CODE, OTHER = "18673", "18652"
TODAY = dt.date(2026, 11, 20)
D = dt.date


def _commune(folder: Path) -> tuple[object, dict[str, str]]:
    """A commune with a year of democracy records; returns (ctx, ids)."""
    from danvan_desktop.services import install, units
    from danvan_desktop.services.context import open_context
    from danvan_desktop.services.democracy import charters as C
    from danvan_desktop.services.democracy import dissemination as E
    from danvan_desktop.services.democracy import matters as M
    from danvan_desktop.services.democracy import publicity as P

    ctx = open_context(folder / f"{CODE}.sqlite")
    install.initialise(ctx, CODE, "admin", PASSWORD, "Quản trị xã", ["Thôn Một", "Thôn Hai"])
    hamlet = units.hamlets(ctx)[0].code
    ids = {
        "conference": E.create_event(
            ctx,
            E.EventInput(
                "conference",
                D(2026, 4, 23),
                "Hội nghị quán triệt Chỉ thị 08-CT/TU",
                cadres=35,
                party_members=120,
                union_members=46,
                citizens=30,
            ),
            TODAY,
        ),
        "broadcast": E.create_event(
            ctx, E.EventInput("loudspeaker", D(2026, 8, 5), "Phát thanh", items=12), TODAY
        ),
        "old": E.create_event(
            ctx, E.EventInput("training", D(2025, 10, 1), "Tập huấn 2025", cadres=20), TODAY
        ),
        "publicity": P.create_item(
            ctx,
            P.PublicityInput(
                "Dự toán ngân sách xã năm 2026",
                "budget",
                "posting_office",
                D(2026, 1, 8),
                D(2026, 2, 20),
            ),
            TODAY,
        ),
        "road": M.create_matter(
            ctx,
            M.MatterInput(
                "Đóng góp làm đường",
                D(2026, 3, 10),
                hamlet,
                households_total=186,
                households_attending=160,
                votes_for=121,
                votes_against=30,
            ),
            TODAY,
        ),
        "hall": M.create_matter(
            ctx,
            M.MatterInput(
                "Xây nhà văn hóa",
                D(2026, 6, 11),
                hamlet,
                households_total=142,
                households_attending=131,
                votes_for=68,
                votes_against=55,
            ),
            TODAY,
        ),
    }
    ids["charter"] = C.create_charter(
        ctx, C.CharterInput("Hương ước thôn Một", D(2019, 6, 15), hamlet), TODAY
    )
    C.add_revision(ctx, ids["charter"], C.RevisionInput(D(2026, 9, 10), "Sửa điều 7"), TODAY)
    photo = folder / "hoi-nghi.jpg"
    photo.write_bytes(b"\xff\xd8 anh hoi nghi quan triet")
    E.attach_evidence(ctx, ids["conference"], photo, "Ảnh hội nghị")
    return ctx, ids


def _upper_view(province) -> dict:  # noqa: ANN001
    from danvan_desktop.services import areas

    span = FigureSpan((CODE, OTHER), 2026, D(2026, 1, 1), D(2026, 12, 31), TODAY)
    group = next(g for g in areas.figure_groups() if g.key == "democracy")
    by_key = {i.key: i for i in areas.area("democracy").indicators}
    year = ReportPeriod("year", D(2026, 1, 1), D(2026, 12, 31), "năm 2026")
    with province.read() as s:
        figures = group.compute(s, span)
        values = {k: i.compute(s, span).get(CODE) for k, i in by_key.items()}
        drill = {k: len(i.records(s, CODE, span)) for k, i in by_key.items()}
        section = next(
            x
            for x in areas.report_sections(s, SectionQuery([CODE, OTHER], year, TODAY))
            if x.key == "democracy"
        )
        sheets = {sh.title: sh for sh in areas.workbook_sheets(s, [CODE, OTHER], TODAY)}
    return {
        "figures": figures,
        "values": {k: (v.value if v else None) for k, v in values.items()},
        "drill": drill,
        "section": section,
        "sheets": sheets,
    }


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def province_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        from danvan_desktop.store.engine import sqlite_url

        return sqlite_url(tmp_path / "tinh.sqlite")
    return request.getfixturevalue("pg_url")


def test_records_go_up_and_the_upper_level_sees_the_figures(
    province_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from danvan_desktop.services.democracy import dissemination as E
    from danvan_desktop.services.democracy import matters as M
    from danvan_desktop.store.dvk_models import Evidence
    from danvan_desktop.store.queries import count_live
    from danvan_desktop.sync import exporter, rollup, trust

    monkeypatch.chdir(tmp_path)  # a PostgreSQL province keeps evidence files under the cwd
    commune_dir, up, acks = tmp_path / "xa", tmp_path / "up", tmp_path / "acks"
    commune_dir.mkdir()
    ctx, ids = _commune(commune_dir)
    try:
        exporter.export_data(ctx, up)
        trust.export_own_key(ctx, tmp_path / "xa.key.json")
    finally:
        ctx.close()  # type: ignore[attr-defined]

    province = open_province(province_url)
    try:
        trust.trust_key_file(province, tmp_path / "xa.key.json")
        result = rollup.import_folder(province, up, ack_dir=acks)
        assert (result.imported, len(result.refused)) == (1, 0), result.summary()
        seen = _upper_view(province)
        with province.read() as s:
            assert count_live(s, Evidence, Evidence.record_entity == "democracy_events") == 1
    finally:
        province.close()

    f = seen["figures"]
    assert f["dissemination_events"] == {CODE: 2.0, OTHER: 0.0}  # the 2025 training is outside
    assert f["dissemination_participants"][CODE] == 231.0
    assert f["publicity_items"][CODE] == 1.0
    assert f["democracy_matters_decided"][CODE] == 2.0
    assert f["democracy_matters_passed"][CODE] == 1.0  # 68 of 142 is not more than half
    assert seen["values"] == {
        "dissemination_events": 2.0,
        "dissemination_participants": 231.0,
        "publicity_items": 1.0,
        "democracy_matters_decided": 2.0,
    }
    assert seen["drill"] == {
        "dissemination_events": 2,
        "dissemination_participants": 2,
        "publicity_items": 1,
        "democracy_matters_decided": 2,
    }
    sec = seen["section"]
    assert sec.figures["dissemination_events"] == 2 and sec.figures["dissemination_items"] == 12
    assert sec.figures["charter_revisions"] == 1
    per_commune = [row[1:] for row in sec.tables[1].rows]  # every commune asked for, by name
    # Phường Hà Huy Tập sent nothing and is listed all the same, before Xã Cẩm Xuyên
    assert per_commune == [("0", "0", "0", "0"), ("2", "231", "1", "2")]
    assert len(seen["sheets"]["Tuyên truyền"].rows) == 3
    assert seen["sheets"]["Tuyên truyền"].headers[0] == "Đơn vị"

    # The commune corrects an event and withdraws a matter; the next bundle carries both.
    from danvan_desktop.services import users
    from danvan_desktop.services.context import open_context

    ctx = open_context(commune_dir / f"{CODE}.sqlite")
    try:
        users.authenticate(ctx, "admin", PASSWORD)
        row = E.get_event(ctx, ids["conference"])
        data = E.as_input(row)
        data.citizens = 130
        E.update_event(ctx, row.id, data, row.revision, TODAY)
        M.delete_matter(ctx, ids["hall"])
        up2 = tmp_path / "up2"
        exporter.export_data(ctx, up2)
    finally:
        ctx.close()
    province = open_province_again(province_url)
    try:
        result = rollup.import_folder(province, up2, ack_dir=acks)
        assert (result.imported, len(result.refused)) == (1, 0), result.summary()
        again = _upper_view(province)
    finally:
        province.close()
    assert again["figures"]["dissemination_participants"][CODE] == 331.0
    assert again["figures"]["democracy_matters_decided"][CODE] == 1.0
    assert again["values"]["democracy_matters_decided"] == 1.0


def open_province_again(url: str):  # noqa: ANN201
    from tests.integration.upper_level_suite import open_province_again as reopen

    return reopen(url)
