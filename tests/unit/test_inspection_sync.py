"""The board's records travel up in a data bundle; the province sees the commune's activity
counts and its on-time answer rate, and exports them per unit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from danvan_desktop.domain.inspection import period
from danvan_desktop.reports import inspection_reports as rep
from danvan_desktop.services import inspection as svc
from danvan_desktop.services import investment_supervision as inv
from danvan_desktop.sync import exporter, importer
from tests.conftest import COMMUNE
from tests.sync_support import DEMO_PASSWORD, build_province, introduce, open_copy

TODAY = dt.date(2026, 11, 20)  # the day the shared demo template is built for


def test_upper_level_sees_per_commune_counts_and_answer_rates(
    tmp_path: Path, demo_template: Path
) -> None:
    commune = open_copy(demo_template, tmp_path / "xa" / "xa.sqlite", DEMO_PASSWORD)
    province = open_copy(build_province(tmp_path), tmp_path / "tinh" / "tinh.sqlite")
    try:
        introduce(commune, province, tmp_path / "keys")
        year = period("year", 2026)
        at_home = svc.board_figures(commune, year, TODAY)
        sent = exporter.export_data(commune, tmp_path / "usb")
        assert (
            sent.counts["inspection_board_recommendations"] == at_home.recommendations + 1
        )  # + the old term's
        assert sent.counts["investment_projects"] == 2
        report = importer.import_bundle(province, sent.path, ack_dir=tmp_path / "acks")
        assert report.status == "applied", report.message

        rows = {u.unit_code: u for u in svc.figures_by_unit(province, year, TODAY)}
        assert list(rows) == [COMMUNE]
        up = rows[COMMUNE].figures
        assert (up.activities, up.recommendations, up.notice_late) == (
            at_home.activities,
            at_home.recommendations,
            at_home.notice_late,
        )
        assert up.answers.on_time_rate == at_home.answers.on_time_rate
        assert [u.figures.supervisions for u in inv.figures_by_unit(province, year)] == [
            inv.figures(commune, year).supervisions
        ]

        out = rep.export_registers_xlsx(province, tmp_path / "tinh.xlsx", 2026, today=TODAY)
        sheet = openpyxl.load_workbook(out)["Theo đơn vị"]
        body = list(sheet.iter_rows(min_row=int(sheet.freeze_panes[1:]), values_only=True))
        assert body[0][0] == COMMUNE and body[0][3] == at_home.recommendations
    finally:
        commune.close()
        province.close()
