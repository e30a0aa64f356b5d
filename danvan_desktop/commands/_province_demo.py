"""`danvan demo --province`: a province database (Hà Tĩnh, 42) with several communes scored,
appraised and ranked, made the honest way: each commune is a demo commune built in its own
temporary database, receives the province's rubric in a reference bundle, scores its year,
signs and submits it and sends its data bundle up, which the province imports through the real
sync path before it appraises and publishes. (It lives here, not in danvan_desktop.demo: the
demo layer may not import the sync engine.)"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from danvan_desktop.services.context import AppContext

PROVINCE = "42"
#: Xã Cẩm Xuyên, Phường Hà Huy Tập, Phường Sông Trí, and a fourth left submitted, not appraised
COMMUNES = ("18673", "18652", "18754", "18676")
YEAR = 2026
#: the province's appraisal of the first commune: this criterion lowered by 1 point
CHANGED = "1.3"


#: the share of a manual criterion's maximum each commune gives itself (officers differ)
SHARES = (0.5, 0.8, 0.6, 0.9)


def score_year(ctx: AppContext, year: int, share: float = 0.5) -> str:
    """The commune fills each manual criterion the demo left blank (a share of the maximum,
    with a note), keeps the suggestions computed from its records, marks it self-scored."""
    from danvan_desktop.services.scoring import evaluations as ev

    eid = ev.open_year(ctx, year)
    card = ev.scorecard(ctx, eid)
    for c in card.rubric.leaves():
        if c.computed or c.kind != "base" or c.scored_by.value != "unit" or c.code in card.notes:
            continue
        points = round(c.max_points * share * 2) / 2  # half points, as sheets are scored
        ev.set_score(ctx, eid, c.code, points, note="Theo hồ sơ lưu tại Văn phòng")
    ev.mark_self_scored(ctx, eid)
    return eid


def _rubric_file(folder: Path) -> Path:
    from danvan_desktop.domain.rulefiles import default_rules_dir

    data = json.loads(
        (default_rules_dir() / "rubric_commune_default.json").read_text(encoding="utf-8")
    )
    # The province's own version for the year (the demo communes hold a stand-in "2026.1").
    data["year"], data["version"] = YEAR, f"{YEAR}.2"
    path = folder / "bo-tieu-chi-2026.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def build_province(ctx: AppContext, seed: int = 2026, communes: tuple[str, ...] = COMMUNES) -> str:
    """Build the province in `ctx` (a fresh database); returns a summary in Vietnamese."""
    from danvan_desktop import demo
    from danvan_desktop.domain.scoring.evaluate import fmt
    from danvan_desktop.services import install, users
    from danvan_desktop.services.context import open_context
    from danvan_desktop.services.scoring import appraisals, rubrics
    from danvan_desktop.services.scoring import evaluations as ev
    from danvan_desktop.sync import exporter, rollup, trust

    install.initialise(ctx, PROVINCE, "admin", demo.DEMO_PASSWORD, "Trần Văn Tỉnh")
    with tempfile.TemporaryDirectory(prefix="danvan-tinh-") as tmp:
        work = Path(tmp)
        rubric = rubrics.issue(ctx, rubrics.import_file(ctx, _rubric_file(work)).id)
        trust.export_own_key(ctx, work / "tinh.key.json")
        for i, code in enumerate(communes):
            commune = open_context(work / f"{code}.sqlite")
            try:
                demo.build_demo(commune, unit_code=code, seed=seed)
                users.authenticate(commune, "admin", demo.DEMO_PASSWORD)
                trust.export_own_key(commune, work / f"{code}.key.json")
                trust.trust_key_file(ctx, work / f"{code}.key.json")
                trust.trust_key_file(commune, work / "tinh.key.json")
                rollup.export_reference(ctx, work / "ref", unit=code)
                got = rollup.import_from_upper(commune, [work / "ref" / code])
                if got.refused:
                    raise RuntimeError(got.summary())
                eid = score_year(commune, YEAR, SHARES[i % len(SHARES)])
                ev.submit(commune, eid, "Nguyễn Văn Quản")
                exporter.export_data(commune, work / "up")
            finally:
                commune.close()
        result = rollup.import_folder(ctx, work / "up", ack_dir=work / "acks")
        if result.refused:
            raise RuntimeError(result.summary())
    # The documents the demo communes answered with their plans are the province's own: it
    # holds them as it issued them, so it recomputes the communes' plan figures as they did.
    from danvan_desktop.demo.plans import province_documents

    with ctx.session() as s:
        s.add_all(province_documents(PROVINCE))
    table = {r.code: r for r in appraisals.year_table(ctx, YEAR) if r.evaluation_id}
    appraised = list(communes[:-1]) if len(communes) > 1 else list(communes)
    for n, code in enumerate(appraised):
        row = table[code]
        if row.evaluation_id is None or row.claimed is None:
            continue
        lower = {}
        if n == 0:
            was = row.claimed.by_code()[CHANGED].points
            lower = {CHANGED: max(was - 1, 0)}
        appraisals.appraise(
            ctx,
            row.evaluation_id,
            lower,
            {CHANGED: "Biên bản hội nghị quán triệt chưa đủ chữ ký"} if lower else {},
            decided_by="Ban Dân vận Tỉnh ủy",
        )
    ranked = appraisals.publish(ctx, YEAR)
    rows = {r.code: r for r in appraisals.year_table(ctx, YEAR)}
    lines = [
        f"Đã tạo dữ liệu mẫu cấp tỉnh {PROVINCE}: bộ tiêu chí “{rubric.title}” phiên bản "
        f"{rubric.version} đã ban hành; {len(communes)} xã, phường gửi phiếu tự chấm năm {YEAR} "
        f"qua gói dữ liệu (mật khẩu admin: {demo.DEMO_PASSWORD}).",
        "Xếp hạng đã công bố:",
    ]
    for code, rank in ranked:
        r = rows[code]
        total = fmt(r.appraised_total) if r.appraised_total is not None else ""
        lines.append(f"  {rank}. {r.name} ({code}): {total} điểm – {r.appraised_class}")
    waiting = [rows[c].name for c in communes if c not in appraised]
    if waiting:
        lines.append("Chờ thẩm định: " + ", ".join(waiting) + ".")
    return "\n".join(lines)
