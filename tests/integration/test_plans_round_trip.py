"""Plans through real bundles, with the province on SQLite and on PostgreSQL: the province records
a document from above and sends it down in a reference bundle; two communes answer it with their
own plan (one on time, one late), one also notes a paper document and answers it, records items,
progress, evidence, a steering committee and funding, and sends its data up; the province sees
each commune's plan, on time or late, the share of items done, the per-commune figures, the
indicators and the consolidated report section — the same on both backends."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from danvan_desktop.services.areas import FigureSpan, area
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.report_parts import ReportPeriod, SectionQuery

PASSWORD = "matkhau123"
ON_TIME, LATE = "18652", "18673"
D = dt.date
TODAY = dt.date.today()


@dataclass(frozen=True)
class Template:
    code: str
    db: Path
    key: Path


def _build(folder: Path) -> None:
    from danvan_desktop.services import install
    from danvan_desktop.services.context import open_context
    from danvan_desktop.sync import trust

    for code in (ON_TIME, LATE):
        ctx = open_context(folder / f"{code}.sqlite")
        install.initialise(ctx, code, "admin", PASSWORD, f"Quản trị {code}", ["Thôn Một"])
        trust.export_own_key(ctx, folder / f"{code}.key.json")
        ctx.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Template]:
    folder = tmp_path_factory.mktemp("plan_communes")
    _build(folder)
    return {
        c: Template(c, folder / f"{c}.sqlite", folder / f"{c}.key.json") for c in (ON_TIME, LATE)
    }


def _open(t: Template, where: Path) -> AppContext:
    from danvan_desktop.services import users
    from danvan_desktop.services.context import open_context

    where.mkdir(exist_ok=True)
    copy = where / t.db.name
    shutil.copyfile(t.db, copy)
    ctx = open_context(copy)
    users.authenticate(ctx, "admin", PASSWORD)
    return ctx


def _province(url: str) -> AppContext:
    from danvan_desktop.services import install
    from danvan_desktop.services.context import open_context

    ctx = open_context(database_url=url)
    install.initialise(ctx, "42", "admin", PASSWORD, "Trần Văn Tỉnh")
    return ctx


def _commune_work(ctx: AppContext, directive_id: str, issued: dt.date, tmp: Path) -> None:
    from danvan_desktop.services.plans import committee as bcd
    from danvan_desktop.services.plans import directives as dirs
    from danvan_desktop.services.plans import plans as svc

    got = {d.id: d for d in dirs.list_directives(ctx)}
    assert got[directive_id].source == "upper" and got[directive_id].plan_due_on == D(2026, 5, 31)
    pid = svc.plan_from_directive(ctx, directive_id)
    svc.save_plan(
        ctx,
        svc.PlanInput(
            "Kế hoạch thực hiện Chỉ thị 08-CT/TU",
            2026,
            "Đảng ủy xã",
            f"18-KH/ĐU-{ctx.unit_code}",
            issued,
            True,
            directive_id,
        ),
        pid,
    )
    a = svc.add_item(ctx, pid, svc.ItemInput("Quán triệt", "Văn phòng", D(2026, 6, 30)))
    b = svc.add_item(ctx, pid, svc.ItemInput("Xây dựng mô hình", "UBND xã", D(2026, 9, 30)))
    svc.add_item(ctx, pid, svc.ItemInput("Sơ kết", "UBND xã", D(2026, 10, 15)))
    svc.mark_done(ctx, a, D(2026, 6, 20))
    svc.add_progress(ctx, b, D(2026, 8, 1), "Đã chọn thôn làm điểm", 40)
    proof = tmp / f"bien-ban-{ctx.unit_code}.txt"
    proof.write_text("Biên bản hội nghị quán triệt", encoding="utf-8")
    svc.attach_evidence(ctx, a, proof)
    if ctx.unit_code == ON_TIME:
        paper = dirs.save_directive(
            ctx,
            dirs.DirectiveInput(
                "15-HD/BTGDVTU",
                D(2026, 9, 5),
                "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                "Hướng dẫn kỷ niệm Ngày truyền thống công tác dân vận",
                D(2026, 9, 30),
                received_on=D(2026, 9, 9),
            ),
        )
        svc.save_plan(
            ctx,
            svc.PlanInput(
                "Kế hoạch kỷ niệm 15/10", 2026, "UBND xã", "25/KH-UBND", D(2026, 9, 25), True, paper
            ),
        )
        cid = bcd.save_committee(ctx, bcd.CommitteeInput("12/QĐ-UBND", D(2025, 2, 15), "Chủ tịch"))
        head = bcd.add_member(
            ctx, cid, bcd.MemberInput("Trần Văn Hùng", "head", "Bí thư", D(2025, 2, 15))
        )
        bcd.replace_member(ctx, head, D(2026, 4, 1), "Phan Văn Mạnh", "Bí thư")
        bcd.save_funding(ctx, bcd.FundingInput(2026, 20_000_000, D(2026, 1, 12), source="NS xã"))


def round_trip(url: str, templates: dict[str, Template], tmp: Path) -> dict:
    from danvan_desktop.services import users
    from danvan_desktop.services.context import open_context
    from danvan_desktop.services.plans import directives as dirs
    from danvan_desktop.services.plans.figures import directive_answers
    from danvan_desktop.sync import exporter, rollup, trust

    ref, up = tmp / "ref", tmp / "up"
    province = _province(url)
    try:
        did = dirs.save_directive(
            province,
            dirs.DirectiveInput(
                "45-KH/ĐU",
                D(2026, 5, 5),
                "Ban Thường vụ Đảng ủy UBND tỉnh",
                "Kế hoạch triển khai thực hiện Chỉ thị số 08-CT/TU",
                D(2026, 5, 31),
            ),
        )
        for t in templates.values():
            trust.trust_key_file(province, t.key)
        rollup.export_reference(province, ref)
        trust.export_own_key(province, tmp / "tinh.key.json")
    finally:
        province.close()

    for code, issued in ((ON_TIME, D(2026, 5, 28)), (LATE, D(2026, 6, 3))):
        ctx = _open(templates[code], tmp / code)
        try:
            trust.trust_key_file(ctx, tmp / "tinh.key.json")
            got = rollup.import_from_upper(ctx, [ref / code])
            assert len(got.refused) == 0, got.summary()
            _commune_work(ctx, did, issued, tmp / code)
            exporter.export_data(ctx, up)
        finally:
            ctx.close()

    province = open_context(database_url=url)
    users.authenticate(province, "admin", PASSWORD)
    try:
        result = rollup.import_folder(province, up, ack_dir=tmp / "acks")
        assert (result.imported, len(result.refused)) == (2, 0), result.summary()
        codes = (ON_TIME, LATE)
        span = FigureSpan(codes, 2026, D(2026, 1, 1), D(2026, 12, 31), TODAY)
        with province.read() as s:
            figures = area("plans").figures[0].compute(s, span)
            answers = directive_answers(s, [(c, c) for c in codes], 2026)
            values = {i.key: i.compute(s, span) for i in area("plans").indicators}
            year = ReportPeriod("year", D(2026, 1, 1), D(2026, 12, 31), "năm 2026")
            sec = area("plans").report_section(s, SectionQuery(codes, year, TODAY))  # type: ignore[misc]
        # the paper note the commune recorded went up; it applies to that commune only
        listed = {d.number: d for d in dirs.list_directives(province)}
        assert listed["15-HD/BTGDVTU"].source == "commune"
    finally:
        province.close()
    by_number = {a.directive.number: a for a in answers}
    main = {c.code: c for c in by_number["45-KH/ĐU"].communes}
    assert main[ON_TIME].on_time is True and main[LATE].on_time is False
    assert main[LATE].state(D(2026, 5, 31), TODAY) == "Ban hành chậm"
    assert (main[ON_TIME].items_total, main[ON_TIME].items_done) == (3, 1)
    assert [c.code for c in by_number["15-HD/BTGDVTU"].communes] == [ON_TIME]
    assert figures["plans_directives_due"] == {ON_TIME: 2, LATE: 1}
    assert figures["plans_on_time"] == {ON_TIME: 2, LATE: 0}
    assert figures["plans_on_time_rate"] == {ON_TIME: 100.0, LATE: 0.0}
    assert figures["plan_items_done_rate"] == {ON_TIME: 33.3, LATE: 33.3}
    assert values["steering_committee_in_force"][ON_TIME].value == 1.0
    assert LATE not in values["steering_committee_in_force"]
    assert sec is not None
    assert (sec.figures["plans_issued"], sec.figures["plans_late"]) == (3, 1)
    assert sec.figures["funding_amount"] == 20_000_000
    return {
        "figures": figures,
        "values": {
            k: {u: (v.value, v.numerator, v.denominator) for u, v in d.items()}
            for k, d in values.items()
        },  # fmt: skip
        "section": sec.figures,
    }


def test_round_trip_sqlite(templates: dict[str, Template], tmp_path: Path) -> None:
    from danvan_desktop.store.engine import sqlite_url

    got = round_trip(sqlite_url(tmp_path / "tinh.sqlite"), templates, tmp_path)
    assert got["values"]["plans_on_time_rate"][LATE] == (0.0, 0, 1)


@pytest.mark.postgres
def test_round_trip_postgres_same_figures(
    templates: dict[str, Template], tmp_path: Path, pg_url: str
) -> None:
    from danvan_desktop.store.engine import sqlite_url

    lite = round_trip(sqlite_url(tmp_path / "tinh.sqlite"), templates, tmp_path / "lite")
    pg = round_trip(pg_url, templates, tmp_path / "pg")
    assert pg == lite
