"""Commendations travel up (issue 11): a commune's round, proposals (one for a model, so the
model link's parent check runs) and its own decision go up in a signed data bundle, and the
province reads the same rows and the same figures on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PASSWORD

TODAY = dt.date(2026, 11, 20)
PROPOSED = dt.date(2025, 9, 25)


def _commune_sends(ctx, folder: Path) -> dict:  # noqa: ANN001
    from danvan_desktop.services import models
    from danvan_desktop.services.commendations import records as cr
    from danvan_desktop.sync import exporter, trust
    from tests.model_content import full_input

    mid = models.create_model(ctx, full_input(name="Camera an ninh – mắt thần khu dân cư"))
    rid = cr.save_round(ctx, cr.RoundInput("Ngày truyền thống công tác dân vận 15/10", 2025)).id
    ids = [
        cr.save_proposal(
            ctx, cr.ProposalInput(rid, "model", model_id=mid, proposed_on=PROPOSED), today=TODAY
        ).id,
        cr.save_proposal(
            ctx,
            cr.ProposalInput(rid, "collective", "Thôn Trung Hà", proposed_on=PROPOSED),
            today=TODAY,
        ).id,
        cr.save_proposal(
            ctx,
            cr.ProposalInput(
                rid,
                "individual",
                "Nguyễn Thị Hường",
                position="Chi hội trưởng",
                proposed_on=PROPOSED,
            ),
            today=TODAY,
        ).id,
    ]
    did = cr.save_decision(
        ctx,
        cr.DecisionInput("45/QĐ-UBND", dt.date(2025, 10, 10), "UBND xã Cẩm Xuyên"),
        ids[:2],
        today=TODAY,
    )
    trust.export_own_key(ctx, folder / "xa.key.json")
    sent = exporter.export_data(ctx, folder / "up")
    assert sent.counts.get("commendation_proposals") == 3, sent.counts
    assert sent.counts.get("commendation_decisions") == 1
    return {"ids": ids, "decision": did, "code": ctx.unit_code}


def _province_reads(province, folder: Path, sent: dict) -> dict:  # noqa: ANN001
    from sqlalchemy import select

    from danvan_desktop.services import install
    from danvan_desktop.services.areas import FigureSpan, area
    from danvan_desktop.services.commendations.queries import proposal_rows
    from danvan_desktop.store.commendations import CommendationDecision
    from danvan_desktop.sync import rollup, trust

    install.initialise(province, "42", "admin", ADMIN_PASSWORD, "Quản trị tỉnh")
    trust.trust_key_file(province, folder / "xa.key.json")
    result = rollup.import_folder(province, folder / "up", ack_dir=folder / "acks")
    assert (result.imported, len(result.refused)) == (1, 0), result.summary()
    code = sent["code"]
    span = FigureSpan((code,), 2025, dt.date(2025, 1, 1), dt.date(2025, 12, 31), TODAY)
    with province.read() as s:
        rows = proposal_rows(s, [code])
        figures = area("commendations").figures[0].compute(s, span)
        number = s.scalar(select(CommendationDecision.number))
    assert sorted(r.id for r in rows) == sorted(sent["ids"])
    assert {r.subject_name: r.status for r in rows} == {
        "Camera an ninh – mắt thần khu dân cư": "granted",
        "Thôn Trung Hà": "granted",
        "Nguyễn Thị Hường": "proposed",
    }
    assert all(r.decision_id == sent["decision"] for r in rows if r.status == "granted")
    assert number == "45/QĐ-UBND"
    assert figures == {"commendation_proposals": {code: 3}, "commendations_granted": {code: 2}}
    return {r.id: (r.status, r.decision_number, r.model_id is not None) for r in rows}


def _round_trip(ctx, province, tmp_path: Path) -> dict:  # noqa: ANN001
    sent = _commune_sends(ctx, tmp_path)
    try:
        return _province_reads(province, tmp_path, sent)
    finally:
        province.close()


def test_proposals_go_up_sqlite(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    from danvan_desktop.services.context import open_context

    got = _round_trip(ctx, open_context(tmp_path / "tinh.sqlite"), tmp_path)
    assert len(got) == 3


@pytest.mark.postgres
def test_proposals_go_up_postgres(ctx, tmp_path: Path, pg_url: str) -> None:  # noqa: ANN001
    from danvan_desktop.services.context import open_context

    got = _round_trip(ctx, open_context(database_url=pg_url), tmp_path)
    assert sorted(got.values()) == [
        ("granted", "45/QĐ-UBND", False),
        ("granted", "45/QĐ-UBND", True),
        ("proposed", "", False),
    ]
