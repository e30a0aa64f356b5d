"""Commendations (issue 11): the content rules (decision number and date, no future decision,
"được khen" only through a decision), the cycle rule as data (a warning naming the earlier
commendation; too many rounds flagged), history without diacritics and by the model link,
proposals from data, the indicators, warnings, report section, and the documents read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.reports.commendations import certificate, list_xlsx
from danvan_desktop.services.areas import FigureSpan, area
from danvan_desktop.services.commendations import queries, suggest, vocab
from danvan_desktop.services.commendations import records as cr
from danvan_desktop.services.report_parts import ReportPeriod, SectionQuery
from danvan_desktop.store.commendations import CommendationProposal
from danvan_desktop.store.scoring import ScoringEvaluation

TODAY = dt.date(2026, 11, 20)
OCCASION = "Ngày truyền thống công tác dân vận 15/10"


def _round(ctx, year: int, level: str = "commune") -> str:  # noqa: ANN001
    return cr.save_round(ctx, cr.RoundInput(OCCASION, year, level)).id


def _person(ctx, round_id: str, name: str, **kw) -> cr.Saved:  # noqa: ANN001, ANN003
    data = cr.ProposalInput(round_id=round_id, subject_kind="individual", subject_name=name, **kw)
    return cr.save_proposal(ctx, data, today=TODAY)


def _decision(ctx, grant, number: str = "12/QĐ-UBND", on=dt.date(2025, 10, 10)) -> str:  # noqa: ANN001
    data = cr.DecisionInput(number, on, "Ủy ban nhân dân xã Cẩm Xuyên", "Lê Văn Hùng", "Chủ tịch")
    return cr.save_decision(ctx, data, grant, today=TODAY)


def test_the_cycle_rule_is_data() -> None:
    rule = vocab.load_cycle()
    assert rule.rounds == {"commune": 2, "district": 2, "province": 1}
    assert rule.window_years == 5 and rule.day_of(2026) == dt.date(2026, 10, 15)
    assert rule.gap_years("commune") == 2.5 and rule.gap_years("central") is None
    with pytest.raises(RuleViolation, match="chu kỳ khen thưởng"):
        vocab.load_cycle({"version": "x", "occasion": "y", "tradition_day": "10-15"})


def test_decision_needs_number_and_a_date_not_in_the_future(ctx) -> None:  # noqa: ANN001
    rid = _round(ctx, 2025)
    pid = _person(ctx, rid, "Nguyễn Văn An").id
    with pytest.raises(RuleViolation, match="số quyết định") as e:
        _decision(ctx, [pid], number="")
    assert e.value.field == "number"
    with pytest.raises(RuleViolation, match="ngày ký"):
        cr.save_decision(ctx, cr.DecisionInput("5/QĐ-UBND", None), [pid], today=TODAY)
    with pytest.raises(RuleViolation, match="tương lai") as e:
        _decision(ctx, [pid], on=TODAY + dt.timedelta(days=1))
    assert e.value.field == "signed_on"
    # nothing half-written: the proposal is still only proposed
    assert queries.get_proposal(ctx, pid).status == vocab.PROPOSED
    assert queries.list_decisions(ctx) == []


def test_granted_only_through_a_decision(ctx) -> None:  # noqa: ANN001
    rid = _round(ctx, 2025)
    with pytest.raises(RuleViolation, match="quyết định"):
        _person(ctx, rid, "Lê Thị Bình", status=vocab.GRANTED)
    pid = _person(ctx, rid, "Lê Thị Bình").id
    with pytest.raises(RuleViolation, match="quyết định"):
        cr.set_status(ctx, [pid], vocab.GRANTED)
    did = _decision(ctx, [pid])
    row = queries.get_proposal(ctx, pid)
    assert (row.status, row.decision_id, row.decision_number) == ("granted", did, "12/QĐ-UBND")
    # once granted, neither the status nor a second decision can take it
    with pytest.raises(RuleViolation, match="đã được khen"):
        cr.set_status(ctx, [pid], vocab.REFUSED)
    with pytest.raises(RuleViolation, match="12/QĐ-UBND"):
        _decision(ctx, [pid], number="13/QĐ-UBND")
    with pytest.raises(RuleViolation, match="không xóa"):
        cr.delete_proposal(ctx, pid)
    # deleting the decision sends its proposals back to "đã trình"
    cr.delete_decision(ctx, did)
    assert queries.get_proposal(ctx, pid).status == vocab.SUBMITTED


def test_same_subject_too_soon_warns_naming_the_earlier_commendation(ctx) -> None:  # noqa: ANN001
    r2025 = _round(ctx, 2025)
    first = _person(ctx, r2025, "Nguyễn Thị Hường", position="Chi hội trưởng")
    assert first.warnings == ()
    _decision(ctx, [first.id], number="88/QĐ-UBND")
    # written without diacritics, a year later, same level: warned, not refused
    again = _person(ctx, _round(ctx, 2026), "Nguyen Thi Huong")
    assert len(again.warnings) == 1
    w = again.warnings[0]
    assert "Nguyễn Thị Hường" in w and "88/QĐ-UBND" in w and "10/10/2025" in w
    assert "2 lần trong 5 năm" in w
    assert queries.get_proposal(ctx, again.id).status == vocab.PROPOSED
    # three years on (more than 5 years / 2 rounds) is not too soon at commune level
    third = _person(ctx, _round(ctx, 2028), "Nguyễn Thị Hường").warnings
    assert len(third) == 1 and "năm 2026" in third[0] and "88/QĐ-UBND" not in third[0]
    later = _person(ctx, _round(ctx, 2029, "province"), "Nguyễn Thị Hường", level="province")
    assert later.warnings == ()  # another level
    other = _person(ctx, _round(ctx, 2030, "province"), "Nguyễn Thị Hường", level="province")
    assert "cấp tỉnh" in other.warnings[0] and "1 lần trong 5 năm" in other.warnings[0]


def test_too_many_rounds_in_five_years_is_flagged(ctx) -> None:  # noqa: ANN001
    assert cr.save_round(ctx, cr.RoundInput(OCCASION, 2022)).warnings == ()
    assert cr.save_round(ctx, cr.RoundInput(OCCASION, 2024)).warnings == ()
    third = cr.save_round(ctx, cr.RoundInput(OCCASION, 2026))
    assert third.warnings and "3 đợt" in third.warnings[0] and "2 đợt/5 năm" in third.warnings[0]
    flagged = {w.key: w for w in area("commendations").warnings(ctx, TODAY)}
    line = flagged["commendation_rounds_over_cycle"]
    assert "2022–2026" in line.label and line.severity == "warn"
    # a province round does not count against the commune's
    assert cr.save_round(ctx, cr.RoundInput(OCCASION, 2026, "province")).warnings == ()
    # the date defaults to the tradition day of the year
    assert queries.list_rounds(ctx)[0].held_on == dt.date(2026, 10, 15)


def test_history_matches_without_diacritics_and_by_the_model_link(demo_ctx) -> None:  # noqa: ANN001
    rows = queries.list_proposals(demo_ctx, year=2025)
    model_row = next(r for r in rows if r.subject_kind == "model")
    assert model_row.model_id and model_row.status == "granted"
    rid = _round(demo_ctx, 2026)
    # a later proposal naming the model without the link still belongs to its history
    _person(demo_ctx, rid, model_row.subject_name.upper(), level="district")
    history = queries.history(demo_ctx, model_id=model_row.model_id)
    assert [h.year for h in history] == [2025, 2026]
    person = queries.history(demo_ctx, name="nguyen thi mai")
    assert [(h.subject_name, h.status, h.decision_number) for h in person] == [
        ("Nguyễn Thị Mai", "granted", "125/QĐ-UBND")
    ]
    assert queries.history(demo_ctx, name="Nguyễn Thị") == []  # a whole name, not a prefix
    subjects = {s.name: s for s in queries.subjects(demo_ctx, "tran van duc")}
    assert subjects["Trần Văn Đức"].granted == 0 and subjects["Trần Văn Đức"].proposals == 1


def test_propose_from_data_recognised_models_and_a_good_scoring_result(demo_ctx) -> None:  # noqa: ANN001
    found = suggest.suggestions(demo_ctx, 2026)
    models = [x for x in found if x.key.startswith("model:")]
    assert models and all(x.model_id and "công nhận" in x.grounds for x in models)
    proposed = {r.model_id for r in queries.list_proposals(demo_ctx) if r.model_id}
    assert not proposed & {x.model_id for x in models}
    # the demo's 2026 self-assessment is scored low: give it the class "Tốt" to be proposed
    with demo_ctx.session() as s:
        ev = s.scalar(
            select(ScoringEvaluation).where(
                ScoringEvaluation.year == 2026, ScoringEvaluation.subject == "unit_year"
            )
        )
        ev.status, ev.class_code, ev.class_label, ev.total = "self_scored", "good", "Tốt", 86.5
        ev_id = ev.id
    found = suggest.suggestions(demo_ctx, 2026)
    scoring = [x for x in found if x.key.startswith("scoring:")]
    assert len(scoring) == 1 and scoring[0].subject_kind == "collective"
    assert "Tốt" in scoring[0].grounds and "86,5 điểm" in scoring[0].grounds
    rid = _round(demo_ctx, 2026)
    keys = [models[0].key, scoring[0].key]
    ids = suggest.create_from_suggestions(demo_ctx, rid, 2026, keys, today=TODAY)
    created = [queries.get_proposal(demo_ctx, i) for i in ids]
    assert created[0].model_id == models[0].model_id and created[0].grounds == models[0].grounds
    assert created[1].evaluation_id == ev_id and created[1].status == vocab.PROPOSED
    left = {x.key for x in suggest.suggestions(demo_ctx, 2026)}
    assert not left & set(keys) and len(left) == len(found) - 2
    with pytest.raises(RuleViolation, match="không còn hợp lệ"):
        suggest.create_from_suggestions(demo_ctx, rid, 2026, keys, today=TODAY)


def test_indicators_figures_and_drill_down(demo_ctx) -> None:  # noqa: ANN001
    from danvan_desktop.services.scoring.indicators import catalogue

    cat = catalogue()
    unit = demo_ctx.unit_code
    span = FigureSpan((unit,), 2025, dt.date(2025, 1, 1), dt.date(2025, 12, 31), TODAY)
    with demo_ctx.read() as s:
        proposals = cat["commendation_proposals"].compute(s, span)[unit]
        granted = cat["commendations_granted"].compute(s, span)[unit]
        drill = cat["commendations_granted"].records(s, unit, span)
        figures = area("commendations").figures[0].compute(s, span)
        statuses = set(
            s.scalars(select(CommendationProposal.status).where(CommendationProposal.id.in_(drill)))
        )
    assert (proposals.value, granted.value) == (4, 3)
    assert len(drill) == 3 and statuses == {"granted"}
    assert figures == {"commendation_proposals": {unit: 4}, "commendations_granted": {unit: 3}}
    span26 = FigureSpan((unit,), 2026, None, None, TODAY)
    with demo_ctx.read() as s:
        assert cat["commendation_proposals"].compute(s, span26)[unit].value == 1
        assert unit not in cat["commendations_granted"].compute(s, span26)


def test_warnings_round_near_without_proposals_and_models_never_proposed(ctx) -> None:  # noqa: ANN001
    def lines(today: dt.date) -> dict:
        return {w.key: w for w in area("commendations").warnings(ctx, today)}

    rid = _round(ctx, 2026)
    assert "commendation_round_empty" in lines(dt.date(2026, 9, 20))
    assert "commendation_round_empty" not in lines(dt.date(2026, 9, 1))  # more than 30 days
    _person(ctx, rid, "Phạm Văn Cường")
    assert "commendation_round_empty" not in lines(dt.date(2026, 9, 20))


def test_report_section_counts_only_what_is_dated_in_the_period(demo_ctx) -> None:  # noqa: ANN001
    section = area("commendations").report_section
    unit = demo_ctx.unit_code

    def q(start: dt.date, end: dt.date):  # noqa: ANN202
        with demo_ctx.read() as s:
            return section(
                s, SectionQuery([unit], ReportPeriod("quarter", start, end, "quý"), TODAY)
            )

    q3 = q(dt.date(2025, 7, 1), dt.date(2025, 9, 30))  # proposed 25/09, decided 10/10
    assert q3.figures["proposals"] == 4 and q3.figures["granted"] == 0 and not q3.tables
    q4 = q(dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert q4.figures["proposals"] == 0 and q4.figures["granted"] == 3
    assert q4.figures["decisions"] == 1 and len(q4.tables[0].rows) == 3
    assert "10/10/2025" in q4.tables[0].rows[0]
    assert q(dt.date(2024, 1, 1), dt.date(2024, 12, 31)) is None
    with demo_ctx.read() as s:
        sheet = area("commendations").sheets(s, [unit], TODAY)[0]
    assert sheet.title == "Khen thưởng" and len(sheet.rows) == 5


def test_certificate_pdf_reads_back(demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    rows = queries.list_proposals(demo_ctx, year=2025)
    granted = [r for r in rows if r.status == "granted"]
    out = certificate.export_certificates(demo_ctx, [r.id for r in granted], tmp_path / "gk.pdf")
    reader = PdfReader(str(out))
    assert len(reader.pages) == 3
    page = reader.pages[2]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = page.extract_text()
    for part in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "GIẤY KHEN",
        "Nguyễn Thị Mai",
        "Trưởng khối Dân vận",
        "125/QĐ-UBND",
        "Cẩm Xuyên, ngày 10 tháng 10 năm 2025",
        "CHỦ TỊCH",
        "Lê Văn Hùng",
    ):
        assert part in text, part
    fonts = {
        str(f) for f in page["/Resources"]["/Font"].values() for f in [f.get_object()["/BaseFont"]]
    }
    assert any("LiberationSerif-Bold" in f for f in fonts)
    assert any("LiberationSerif-Italic" in f for f in fonts)
    refused = next(r for r in rows if r.status == "refused")
    with pytest.raises(RuleViolation, match="chưa được khen"):
        certificate.export_certificates(demo_ctx, [refused.id], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_commendation_list_xlsx_reads_back(demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    rows = queries.list_proposals(demo_ctx, year=2025)
    out = list_xlsx.write_list(demo_ctx, rows, tmp_path / "ds.xlsx")
    ws = load_workbook(out).active
    values = [[c.value for c in r] for r in ws.iter_rows()]
    header = next(i for i, v in enumerate(values) if v[0] == "STT")
    assert values[header][:9] == [
        "STT",
        "Họ tên / Tập thể",
        "Chức vụ",
        "Đơn vị",
        "Hình thức",
        "Cấp",
        "Số QĐ",
        "Ngày QĐ",
        "Thành tích",
    ]
    body = values[header + 1 :]
    assert [b[0] for b in body] == [1, 2, 3, 4]
    mai = next(b for b in body if b[1] == "Nguyễn Thị Mai")
    assert mai[2] == "Trưởng khối Dân vận" and mai[4] == "Giấy khen" and mai[5] == "Cấp xã"
    assert mai[6] == "125/QĐ-UBND" and mai[7].date() == dt.date(2025, 10, 10)
    assert "CẨM XUYÊN" in str(values[0][0])


def test_cli_lists_proposes_prints_and_exports(
    demo_ctx, tmp_path: Path, monkeypatch, capsys
) -> None:  # noqa: ANN001
    from danvan_desktop.cli import main

    db = Path(demo_ctx.engine.url.database)
    demo_ctx.close()
    monkeypatch.setenv("DANVAN_PASSWORD", "danvan2026")
    base = ["commendations"]

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*base, args[0], "--db", str(db), *args[1:]])
        out = capsys.readouterr()
        return code, out.out, out.err

    code, out, _ = run("list", "--year", "2025", "--status", "granted")
    assert code == 0 and "Tổng cộng: 3 đề nghị." in out and "125/QĐ-UBND" in out
    ids = [line.split()[0] for line in out.splitlines() if "Được khen" in line]
    code, out, _ = run("propose-from-data", "--year", "2026")
    assert code == 0 and "model:" in out
    rounds_code, rounds, _ = run("rounds")
    r2026 = next(line.split()[0] for line in rounds.splitlines() if "năm 2026" in line)
    code, out, _ = run("propose-from-data", "--year", "2026", "--round", r2026, "--create")
    assert code == 0 and "Đã tạo" in out
    code, out, _ = run("certificate", *ids, "--out", str(tmp_path / "gk.pdf"))
    assert code == 0 and len(PdfReader(str(tmp_path / "gk.pdf")).pages) == 3
    code, out, _ = run("export", "--year", "2025", "--out", str(tmp_path / "ds.xlsx"))
    assert code == 0 and (tmp_path / "ds.xlsx").exists()
    code, _, err = run("certificate", "khong-co", "--out", str(tmp_path / "y.pdf"))
    assert code == 2 and "Không tìm thấy đề nghị khen thưởng" in err
    code, _, err = run("export", "--out", str(tmp_path / "ds.txt"))
    assert code == 2 and ".xlsx" in err
