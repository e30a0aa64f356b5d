"""`danvan scoring …`: the movement's scoring without the GUI (issue 10).

At the province: load a rubric (rubric import), issue it (rubric issue), export it to Excel,
read the communes' claims (table), appraise, return for correction, publish and write the
ranking. At the commune: the scorecard of a year with the points lost (show), score a manual
criterion (score), sign and submit (submit), and the scoring sheet as PDF or Excel (sheet).
Every command logs in (`--user`, password from DANVAN_PASSWORD or stdin).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from danvan_desktop.cli import CliError, open_ctx
from danvan_desktop.commands import auth
from danvan_desktop.commands.args import date_arg as _date
from danvan_desktop.commands.args import subcommand as _add

APPRAISAL_LABELS = {
    "": "chưa thẩm định",
    "appraised": "đã thẩm định",
    "returned": "đã trả lại để hoàn thiện",
    "published": "đã công bố",
}


def _points(text: str) -> float:
    """A score as officers write it: 4,5 or 4.5."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" không phải là số điểm.') from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f'"{text}" không phải là số điểm.')
    return value


def _assignment(text: str) -> tuple[str, float]:
    code, sep, value = text.partition("=")
    if not sep or not code.strip():
        raise argparse.ArgumentTypeError(
            f'"{text}": ghi theo dạng MÃ_TIÊU_CHÍ=ĐIỂM, ví dụ 1.2=3,5.'
        )
    return code.strip(), _points(value)


def _comment(text: str) -> tuple[str, str]:
    code, sep, value = text.partition("=")
    if not sep or not code.strip():
        raise argparse.ArgumentTypeError(f'"{text}": ghi theo dạng MÃ_TIÊU_CHÍ=NỘI DUNG.')
    return code.strip(), value.strip()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scoring", help="chấm điểm phong trào: bộ tiêu chí, tự chấm, thẩm định")
    ssub = p.add_subparsers(dest="scoring_command", required=True, metavar="THAO_TÁC")

    rp = ssub.add_parser("rubric", help="bộ tiêu chí: nhập, ban hành, xuất Excel, liệt kê")
    rsub = rp.add_subparsers(dest="rubric_command", required=True, metavar="THAO_TÁC")
    x = _add(rsub, "import", "nhập bộ tiêu chí từ tệp .json hoặc .xlsx (cấp tỉnh)", _rubric_import)
    x.add_argument("file", type=Path)
    x = _add(
        rsub, "issue", "ban hành bộ tiêu chí cho các xã (đi xuống trong gói tham chiếu)", _issue
    )
    x.add_argument("id")
    x.add_argument("--on", type=_date, default=None, help="ngày ban hành (dd/mm/yyyy)")
    x = _add(rsub, "export", "xuất bộ tiêu chí ra Excel theo mẫu bảng tiêu chí", _rubric_export)
    x.add_argument("id")
    x.add_argument("--out", type=Path, required=True, help="tệp .xlsx")
    _add(rsub, "list", "liệt kê các bộ tiêu chí có trong cơ sở dữ liệu", _rubric_list)

    x = _add(ssub, "show", "phiếu chấm của năm: tiêu chí, điểm, giải trình, điểm bị mất", _show)
    x.add_argument("--year", type=int, required=True)
    x = _add(ssub, "score", "chấm một tiêu chí (điểm khác gợi ý cần --reason)", _score)
    x.add_argument("code", help="mã tiêu chí, ví dụ 1.2")
    x.add_argument("points", type=_points, help="điểm, ví dụ 3 hoặc 3,5")
    x.add_argument("--year", type=int, required=True)
    x.add_argument("--reason", default="", help="lý do khi khác điểm gợi ý từ số liệu")
    x.add_argument("--note", default="", help="ghi chú, minh chứng")
    x = _add(ssub, "submit", "đánh dấu đã tự chấm, lãnh đạo ký và gửi cấp trên", _submit)
    x.add_argument("--year", type=int, required=True)
    x.add_argument("--signer", required=True, help="họ tên lãnh đạo ký phiếu")
    x = _add(ssub, "sheet", "phiếu tự chấm điểm ra PDF hoặc Excel", _sheet)
    x.add_argument("--year", type=int, required=True)
    x.add_argument("--out", type=Path, required=True, help="tệp .pdf hoặc .xlsx")

    x = _add(ssub, "table", "cấp tỉnh: phiếu các xã đã gửi, điểm tính lại, chênh lệch", _table)
    x.add_argument("--year", type=int, required=True)
    x = _add(ssub, "appraise", "cấp tỉnh: thẩm định phiếu của một xã", _appraise)
    x.add_argument("--commune", required=True, help="mã xã")
    x.add_argument("--year", type=int, required=True)
    x.add_argument(
        "--set",
        type=_assignment,
        action="append",
        default=[],
        metavar="MÃ=ĐIỂM",
        help="điểm thẩm định khác điểm xã tự chấm (lặp lại được)",
    )
    x.add_argument("--comment", type=_comment, action="append", default=[], metavar="MÃ=NỘI_DUNG")
    x.add_argument("--overall", default="", help="nhận xét chung")
    x.add_argument("--by", default="", help="người, cơ quan thẩm định")
    x = _add(ssub, "return", "cấp tỉnh: trả phiếu cho xã hoàn thiện", _return)
    x.add_argument("--commune", required=True, help="mã xã")
    x.add_argument("--year", type=int, required=True)
    x.add_argument("--comments", required=True, help="nội dung đề nghị xã hoàn thiện")
    x = _add(ssub, "publish", "cấp tỉnh: xếp hạng và công bố kết quả thẩm định", _publish)
    x.add_argument("--year", type=int, required=True)
    x = _add(ssub, "ranking", "cấp tỉnh: bảng xếp hạng ra Excel", _ranking)
    x.add_argument("--year", type=int, required=True)
    x.add_argument("--out", type=Path, required=True, help="tệp .xlsx")


def _session(args: argparse.Namespace, *need: object):  # noqa: ANN202
    ctx = open_ctx(args)
    try:
        auth.login(ctx, args, *need)
    except BaseException:
        ctx.close()
        raise
    return ctx


# ---- rubrics -------------------------------------------------------------------------------


def _rubric_import(args: argparse.Namespace) -> int:
    from danvan_desktop.services.scoring import rubrics

    if args.file.suffix.lower() not in (".json", ".xlsx", ".xlsm"):
        raise CliError("Tệp bộ tiêu chí phải có đuôi .json hoặc .xlsx.")
    if not args.file.is_file():
        raise CliError(f"Không tìm thấy tệp {args.file}.")
    ctx = _session(args)
    try:
        row = rubrics.import_file(ctx, args.file)
    finally:
        ctx.close()
    print(f"Đã nhập bộ tiêu chí “{row.title}”, phiên bản {row.version}: mã {row.id}")
    return 0


def _issue(args: argparse.Namespace) -> int:
    from danvan_desktop.services.scoring import rubrics

    ctx = _session(args)
    try:
        row = rubrics.issue(ctx, args.id, args.on)
    finally:
        ctx.close()
    assert row.issued_on is not None
    print(
        f"Đã ban hành bộ tiêu chí “{row.title}”, phiên bản {row.version} ngày "
        f"{row.issued_on:%d/%m/%Y}; gửi xuống các xã bằng `danvan rollup reference`."
    )
    return 0


def _rubric_export(args: argparse.Namespace) -> int:
    from danvan_desktop.reports.scoring.rubric_sheet import write_rubric_workbook
    from danvan_desktop.services.scoring import rubrics

    if args.out.suffix.lower() != ".xlsx":
        raise CliError("Tệp xuất phải có đuôi .xlsx.")
    ctx = _session(args)
    try:
        rubric = rubrics.load_by_id(ctx, args.id)
    finally:
        ctx.close()
    print(write_rubric_workbook(rubric.raw, args.out))
    return 0


def _rubric_list(args: argparse.Namespace) -> int:
    from danvan_desktop.services.scoring import rubrics

    ctx = _session(args)
    try:
        rows = rubrics.list_rubrics(ctx)
    finally:
        ctx.close()
    for r in rows:
        issued = f"ban hành {r.issued_on:%d/%m/%Y}" if r.issued_on else "chưa ban hành"
        year = r.year if r.year is not None else "mọi năm"
        print(f"{r.id}\t{r.owner}\t{r.version}\t{year}\t{issued}\t{r.title}")
    print(f"Tổng số: {len(rows)}")
    return 0


# ---- the commune ---------------------------------------------------------------------------


def _show(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.scoring.evaluate import fmt
    from danvan_desktop.services.scoring import appraisals
    from danvan_desktop.services.scoring import evaluations as ev

    ctx = _session(args)
    try:
        eid = ev.open_year(ctx, args.year)
        card = ev.scorecard(ctx, eid)
        received = appraisals.received(ctx, eid)
    finally:
        ctx.close()
    r = card.result
    print(f"Phiếu tự chấm năm {card.year} – {card.rubric.title}, phiên bản {card.rubric.version}")
    print(f"Trạng thái: {card.status_label}" + ("" if card.rubric_issued else " (bộ tiêu chí mẫu)"))
    for c in r.criteria:
        pad = "  " * c.depth
        line = f"{pad}{c.code}\t{fmt(c.points)}/{fmt(c.max_points)}\t{c.title}"
        if c.explanation and not c.is_group:
            line += f"\n{pad}\t{c.explanation}"
        print(line)
    klass = r.score_class.label if r.score_class else "chưa xếp loại"
    print(
        f"Tổng điểm: {fmt(r.total)} (tiêu chí {fmt(r.base)}, thưởng {fmt(r.bonus)}, "
        f"trừ {fmt(r.deduction)}) – xếp loại: {klass}"
    )
    lost = r.lost()
    if lost:
        print(f"Điểm bị mất ({fmt(sum(c.lost for c in lost))} điểm, {len(lost)} tiêu chí):")
        for c in lost:
            hint = f" – {c.hint}" if c.hint else ""
            print(f"  {c.code}\t-{fmt(c.lost)}\t{c.title}{hint}")
    if received is not None:
        if received.status == "returned":
            print(f"Cấp trên trả lại để hoàn thiện: {received.comments}")
        else:
            rank = f", hạng {received.rank}/{received.peers}" if received.rank else ""
            print(f"Kết quả thẩm định: {fmt(received.total)} điểm – {received.class_label}{rank}")
    return 0


def _score(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.scoring.evaluate import fmt
    from danvan_desktop.services.scoring import evaluations as ev

    ctx = _session(args)
    try:
        eid = ev.open_year(ctx, args.year)
        ev.set_score(ctx, eid, args.code, args.points, note=args.note, reason=args.reason)
        total = ev.scorecard(ctx, eid).result.total
    finally:
        ctx.close()
    print(f"Đã chấm tiêu chí {args.code}: {fmt(args.points)} điểm. Tổng điểm: {fmt(total)}.")
    return 0


def _submit(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.scoring.evaluate import fmt
    from danvan_desktop.services.scoring import evaluations as ev

    ctx = _session(args)
    try:
        eid = ev.open_year(ctx, args.year)
        if ev.scorecard(ctx, eid).status in ("draft", "returned"):
            ev.mark_self_scored(ctx, eid)
        ev.submit(ctx, eid, args.signer)
        card = ev.scorecard(ctx, eid)
    finally:
        ctx.close()
    print(
        f"Đã gửi phiếu tự chấm năm {args.year}: {fmt(card.result.total)} điểm, người ký "
        f"{card.signed_by}. Gửi lên cấp trên bằng `danvan bundle export`."
    )
    return 0


def _sheet(args: argparse.Namespace) -> int:
    from danvan_desktop.reports.common import unit_header
    from danvan_desktop.reports.scoring import score_sheet
    from danvan_desktop.services.scoring import evaluations as ev

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise CliError("Tệp xuất phải có đuôi .pdf hoặc .xlsx.")
    ctx = _session(args)
    try:
        eid = ev.open_year(ctx, args.year)
        if suffix == ".pdf":
            path = score_sheet.export_scorecard_pdf(ctx, eid, args.out)
        else:
            import datetime as dt

            card = ev.scorecard(ctx, eid)
            h = unit_header(ctx)
            sheet = score_sheet.from_scorecard(
                card,
                h.unit_name,
                h.place,
                card.submitted_on or dt.date.today(),
                province_name=h.province_name,
            )
            path = score_sheet.write_score_sheet_xlsx(sheet, args.out)
    finally:
        ctx.close()
    print(path)
    return 0


# ---- the upper level -----------------------------------------------------------------------


def _evaluation_of(ctx: Any, commune: str, year: int) -> str:
    from danvan_desktop.services.scoring import appraisals

    rows = {r.code: r for r in appraisals.year_table(ctx, year)}
    if commune not in rows:
        raise CliError(f"Đơn vị {commune} không phải xã, phường trực thuộc đơn vị này.")
    eid = rows[commune].evaluation_id
    if eid is None:
        raise CliError(f"{rows[commune].name} chưa gửi phiếu tự chấm năm {year}.")
    return eid


def _table(args: argparse.Namespace) -> int:
    from danvan_desktop.domain.scoring.evaluate import fmt
    from danvan_desktop.services.scoring import appraisals

    ctx = _session(args)
    try:
        rows = appraisals.year_table(ctx, args.year)
    finally:
        ctx.close()
    sent = [r for r in rows if r.evaluation_id]
    for r in sent:
        if r.claimed is None or r.recomputed is None:
            print(f"{r.code}\t{r.name}\tchấm trên bộ tiêu chí không có ở đơn vị này")
            continue
        appraised = f"{fmt(r.appraised_total)}" if r.appraised_total is not None else ""
        status = APPRAISAL_LABELS.get(r.appraisal_status, "")
        print(
            f"{r.code}\t{r.name}\ttự chấm {fmt(r.claimed.total)}\ttính lại "
            f"{fmt(r.recomputed.total)}\t{status}\t{appraised}"
            + (f"\thạng {r.rank}" if r.rank else "")
        )
        for d in r.differences:
            again = fmt(d.recomputed) if d.recomputed is not None else "–"
            print(f"\t{d.code} {d.title}: xã chấm {fmt(d.claimed)}, tính lại {again}")
    print(f"Đã gửi: {len(sent)}/{len(rows)} xã, phường.")
    return 0


def _appraise(args: argparse.Namespace) -> int:
    from danvan_desktop.services.scoring import appraisals

    ctx = _session(args)
    try:
        eid = _evaluation_of(ctx, args.commune, args.year)
        points = dict(args.set)
        try:
            appraisals.appraise(
                ctx, eid, points, dict(args.comment), overall=args.overall, decided_by=args.by
            )
        except KeyError as exc:
            raise CliError(f"Bộ tiêu chí không có tiêu chí {exc.args[0]}.") from None
        row = {r.code: r for r in appraisals.year_table(ctx, args.year)}[args.commune]
    finally:
        ctx.close()
    from danvan_desktop.domain.scoring.evaluate import fmt

    total = fmt(row.appraised_total) if row.appraised_total is not None else ""
    print(f"Đã thẩm định {row.name}: {total} điểm – {row.appraised_class}.")
    return 0


def _return(args: argparse.Namespace) -> int:
    from danvan_desktop.services.scoring import appraisals

    ctx = _session(args)
    try:
        eid = _evaluation_of(ctx, args.commune, args.year)
        appraisals.return_for_correction(ctx, eid, args.comments)
    finally:
        ctx.close()
    print(f"Đã trả phiếu năm {args.year} cho xã {args.commune} hoàn thiện.")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from danvan_desktop.services.scoring import appraisals

    ctx = _session(args)
    try:
        ranked = appraisals.publish(ctx, args.year)
    finally:
        ctx.close()
    for code, rank in ranked:
        print(f"{rank}\t{code}")
    print(
        f"Đã công bố kết quả năm {args.year} của {len(ranked)} xã; gửi xuống bằng "
        "`danvan rollup export`."
    )
    return 0


def _ranking(args: argparse.Namespace) -> int:
    from danvan_desktop.reports.scoring.ranking_sheet import write_ranking_workbook
    from danvan_desktop.services.scoring import appraisals

    if args.out.suffix.lower() != ".xlsx":
        raise CliError("Tệp xuất phải có đuôi .xlsx.")
    ctx = _session(args)
    try:
        rubric, results, names = appraisals.appraised_results(ctx, args.year)
    finally:
        ctx.close()
    title = f'BẢNG XẾP HẠNG KẾT QUẢ CHẤM ĐIỂM PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM {args.year}'
    print(write_ranking_workbook(rubric, results, args.out, title=title, names=names))
    return 0
