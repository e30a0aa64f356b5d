"""Reports up through a real bundle on both backends of the province database (issue 11): the
demo commune's issued reports arrive, the standing, each report as issued, the consolidated
sections, the indicators and the province's own numbered report are the same on SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from danvan_desktop.services import install
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.context import open_context
from danvan_desktop.services.periodic_reports import consolidated as C
from danvan_desktop.services.periodic_reports import periods
from danvan_desktop.services.periodic_reports import reports as R
from danvan_desktop.services.scoring.indicators import compute_values

TODAY = dt.date(2026, 11, 20)


def _at_province(ctx, bundles: Path, tmp_path: Path, key: Path) -> dict:  # noqa: ANN001
    from danvan_desktop.sync import rollup, trust

    install.initialise(ctx, "42", "admin", "matkhau123", "Trần Văn Tỉnh")
    trust.trust_key_file(ctx, key)
    result = rollup.import_folder(ctx, bundles, ack_dir=tmp_path / f"acks-{id(ctx)}")
    assert not result.refused, result.summary()
    out = {}
    for kind in ("half", "nine_months"):
        p = periods.make_period(kind, 2026)
        st = {r.code: r.standing for r in C.standing_below(ctx, p, TODAY)}
        mine = st["18673"]
        view = R.get_report(ctx, mine.report_id)
        out[kind] = (
            mine.status,
            mine.number_label,
            mine.due_on,
            mine.sent_on,
            view.narratives,
            view.sections,
            C.consolidated(ctx, p, "state", TODAY).sections,
            sum(1 for x in st.values() if x.status == "missing"),
        )
    with ctx.read() as s:
        span = FigureSpan(("18673",), 2026, dt.date(2026, 1, 1), dt.date(2026, 12, 31), TODAY)
        values = compute_values(s, span, ["reports_on_time_rate", "review_reports_sent"])
    out["values"] = {k: v.value for k, v in values["18673"].items()}
    rid = R.create_report(ctx, periods.make_period("half", 2026), "party", today=TODAY)
    R.update_header(ctx, rid, {"signer_name": "Nguyễn Thị Hà"})
    out["number"] = R.issue(ctx, rid, dt.date(2026, 7, 20))
    return out


@pytest.mark.postgres
def test_reports_up_on_both_backends(
    demo_ctx, tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from danvan_desktop.sync import exporter, trust

    # A database URL has no folder beside it: its evidence files go under the working directory.
    monkeypatch.chdir(tmp_path)

    trust.export_own_key(demo_ctx, tmp_path / "xa.key.json")
    exporter.export_data(demo_ctx, tmp_path / "up")
    lite = open_context(tmp_path / "tinh.sqlite")
    pg = open_context(database_url=pg_url)
    try:
        a = _at_province(lite, tmp_path / "up", tmp_path, tmp_path / "xa.key.json")
        b = _at_province(pg, tmp_path / "up", tmp_path, tmp_path / "xa.key.json")
    finally:
        lite.close()
        pg.close()
    assert a == b
    assert a["half"][:2] == ("on_time", "01/BC-UBND") and a["nine_months"][1] == "1-BC/ĐU"
    assert a["half"][4]["intro"].startswith("Sáu tháng đầu năm")
    assert a["number"] == "1-BC/BTGDVTU"
