"""Issue 10's scoring round trip on each backend of the province database (mixed into
UpperLevelSuite, so test_upper_level_sqlite.py and test_upper_level_postgres.py both run it).

The province loads its rubric and issues it; a reference bundle takes it down; three demo
communes (built by `demo.build_demo`, so their suggestions come from real records) score 2026,
submit and send data bundles up; the province reads their claims beside the values it
recomputes from the imported records, appraises one with a changed criterion, accepts another,
returns the third, publishes; the rollups take the appraisals down, where each commune sees its
appraisal and rank (or the return, reopens and resubmits). Also refused: a submission on a
rubric the province never issued, and a data bundle carrying an appraisal or a rubric written
by a commune.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.integration.sync_authority_suite import _base, _lines, _manifest

YEAR = 2026
DEMO_PASSWORD = "danvan2026"
#: appraised with a changed criterion, appraised as claimed, returned for correction
SCORED = ("18673", "18652", "18754")
RUBRIC_FILE = Path(__file__).resolve().parents[2] / "resources" / "rules"
RUBRIC_FILE = RUBRIC_FILE / "rubric_commune_default.json"


@dataclass(frozen=True)
class DemoCommune:
    code: str
    db: Path
    key_file: Path


def _open(db: Path, where: Path, password: str = DEMO_PASSWORD):  # noqa: ANN202
    from danvan_desktop.services import users
    from danvan_desktop.services.context import open_context

    copy = where / db.name
    shutil.copyfile(db, copy)
    ctx = open_context(copy)
    users.authenticate(ctx, "admin", password)
    return ctx


def _score_year(ctx: Any, year: int) -> str:
    """Every manual criterion the demo left blank gets half its maximum; the computed ones keep
    their suggestion (as the province demo scores its communes)."""
    from danvan_desktop.commands._province_demo import score_year

    return score_year(ctx, year)


def _reopen(db: Path, password: str = DEMO_PASSWORD):  # noqa: ANN202
    from danvan_desktop.services import users
    from danvan_desktop.services.context import open_context

    ctx = open_context(db)
    users.authenticate(ctx, "admin", password)
    return ctx


def _rubric_file(folder: Path, version: str) -> Path:
    """The default rubric as the province issues it for the year (a content of its own, so its
    hash differs from the demo's stand-in rows)."""
    data = json.loads(RUBRIC_FILE.read_text(encoding="utf-8"))
    data["year"], data["version"] = YEAR, version
    path = folder / f"rubric_{version}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _build_communes(folder: Path) -> None:
    from sqlalchemy import update

    from danvan_desktop import demo
    from danvan_desktop.services.context import open_context
    from danvan_desktop.store.plans import PlanDirective
    from danvan_desktop.sync import trust

    for code in SCORED:
        ctx = open_context(folder / f"{code}.sqlite")
        demo.build_demo(ctx, unit_code=code)
        # The demo stands in for its province's documents (as a reference bundle leaves them);
        # this test's province issued none, so it could not recompute the plans answering them
        # (the plans' own round trip sends them down for real: test_plans_round_trip).
        with ctx.session() as s:
            s.execute(update(PlanDirective).values(deleted=True))
        trust.export_own_key(ctx, folder / f"{code}.key.json")
        ctx.close()


class ScoringSuite:
    @pytest.fixture(scope="class")
    @classmethod
    def demo_communes(cls, tmp_path_factory: pytest.TempPathFactory) -> dict[str, DemoCommune]:
        """Built once per test run (shared by the xdist workers and both backends' classes)."""
        from tests.conftest import build_once_per_run

        folder = build_once_per_run(tmp_path_factory, "scoring_demo_communes", _build_communes)
        return {
            code: DemoCommune(code, folder / f"{code}.sqlite", folder / f"{code}.key.json")
            for code in SCORED
        }

    def test_scoring_round_trip(
        self,
        province_url: str,
        demo_communes: dict[str, DemoCommune],
        tmp_path: Path,
    ) -> None:
        from danvan_desktop.domain.errors import RuleViolation
        from danvan_desktop.services.scoring import appraisals, rubrics
        from danvan_desktop.services.scoring import evaluations as ev
        from danvan_desktop.sync import exporter, rollup, trust
        from danvan_desktop.sync.bundle_format import MANIFEST_NAME
        from tests.integration.upper_level_suite import PASSWORD, open_province

        ref, up, down, acks = (tmp_path / n for n in ("ref", "up", "down", "acks"))
        province = open_province(province_url)
        try:
            loaded = rubrics.import_file(province, _rubric_file(tmp_path, "2026.2"))
            assert rubrics.issue(province, loaded.id).issued_on is not None
            # A second version loaded but not issued travels down too and is never used.
            draft = rubrics.import_file(province, _rubric_file(tmp_path, "2026.3-du-thao"))
            assert draft.issued_on is None
            for c in demo_communes.values():
                trust.trust_key_file(province, c.key_file)
            rollup.export_reference(province, ref)
            trust.export_own_key(province, tmp_path / "tinh.key.json")
        finally:
            province.close()

        # At each commune: the reference bundle, then the year scored, signed and sent up.
        claims: dict[str, tuple[str, float]] = {}
        for code, c in demo_communes.items():
            where = tmp_path / code
            where.mkdir()
            ctx = _open(c.db, where)
            try:
                trust.trust_key_file(ctx, tmp_path / "tinh.key.json")
                got = rollup.import_from_upper(ctx, [ref / code])
                assert len(got.refused) == 0, got.summary()
                eid = _score_year(ctx, YEAR)
                card = ev.scorecard(ctx, eid)
                assert card.rubric.version == "2026.2" and card.rubric_issued
                ev.submit(ctx, eid, "Nguyễn Văn Quản")
                card = ev.scorecard(ctx, eid)
                assert card.status == "submitted" and card.frozen
                claims[code] = (eid, card.result.total)
                sent = exporter.export_data(ctx, up)
                # The bundle names the rubric the year was scored on.
                with zipfile.ZipFile(sent.path) as z:
                    manifest = json.loads(z.read(MANIFEST_NAME))
                assert (manifest["rubric_version"], manifest["rubric_hash"]) == (
                    "2026.2",
                    loaded.content_hash,
                )
            finally:
                ctx.close()

        from danvan_desktop.services import users
        from danvan_desktop.services.context import open_context

        province = open_context(database_url=province_url)
        users.authenticate(province, "admin", PASSWORD)
        changed = "1.3"
        try:
            result = rollup.import_folder(province, up, ack_dir=acks)
            assert (result.imported, len(result.refused)) == (3, 0), result.summary()
            table = {r.code: r for r in appraisals.year_table(province, YEAR)}
            for code, (eid, total) in claims.items():
                row = table[code]
                assert (row.evaluation_id, row.status) == (eid, "submitted")
                assert row.claimed is not None and row.recomputed is not None
                # The commune's frozen values travelled: the province reads the same claim and
                # recomputes the same from the same records.
                assert row.claimed.total == pytest.approx(total)
                assert row.recomputed.total == pytest.approx(total), row.differences
                assert row.differences == ()
            assert sum(1 for r in table.values() if r.evaluation_id) == 3

            first, second, third = SCORED
            a_first = table[first].claimed
            assert a_first is not None
            was = a_first.by_code()[changed].points
            new_points = max(was - 2, 0)
            appraisals.appraise(
                province,
                claims[first][0],
                {changed: new_points},
                {changed: "Biên bản chưa đủ chữ ký"},
                decided_by="Ban Dân vận Tỉnh ủy",
            )
            appraisals.appraise(province, claims[second][0], {})
            appraisals.return_for_correction(
                province, claims[third][0], "Bổ sung minh chứng tiêu chí 1.3"
            )
            ranked = dict(appraisals.publish(province, YEAR))
            assert set(ranked) == {first, second} and sorted(ranked.values()) == [1, 2]
            rollup.export_rollups(province, down, period="2026-11")
        finally:
            province.close()

        # Back at each commune: its appraisal, rank, or the return.
        for code in SCORED:
            ctx = _reopen(tmp_path / code / f"{code}.sqlite")
            try:
                got = rollup.import_from_upper(ctx, [down / code, acks / code])
                assert len(got.refused) == 0, got.summary()
                eid = claims[code][0]
                a = appraisals.received(ctx, eid)
                assert a is not None and a.unit_code == "42"
                if code == third:
                    assert a.status == "returned" and "1.3" in a.comments
                    # Returned, not published: the year cannot be locked.
                    with pytest.raises(RuleViolation, match="trả lại"):
                        ev.lock(ctx, eid)
                    ev.reopen_returned(ctx, eid)
                    card = ev.scorecard(ctx, eid)
                    assert card.status == "returned" and not card.frozen
                    ev.set_score(ctx, eid, "1.3", 3, note="Đã bổ sung biên bản")
                    ev.mark_self_scored(ctx, eid)
                    ev.submit(ctx, eid, "Nguyễn Văn Quản")
                    assert ev.scorecard(ctx, eid).status == "submitted"
                    again = exporter.export_data(ctx, tmp_path / "up2")
                    assert again.counts.get("scoring_evaluations") == 1
                    continue
                assert (a.status, a.rank, a.peers) == ("published", ranked[code], 2)
                # The province's average of the two published totals came down with it.
                mean = (claims[first][1] - (was - new_points) + claims[second][1]) / 2
                assert json.loads(a.averages)["total"] == pytest.approx(mean, abs=0.005)
                detail = json.loads(a.criteria)
                if code == first:
                    assert detail[changed]["points"] == new_points
                    assert detail[changed]["claimed"] == was
                    assert detail[changed]["comment"] == "Biên bản chưa đủ chữ ký"
                    assert a.total == pytest.approx(claims[code][1] - (was - new_points))
                else:
                    assert a.total == pytest.approx(claims[code][1])
                ev.lock(ctx, eid)
                assert ev.scorecard(ctx, eid).status == "locked"
            finally:
                ctx.close()

        # The resubmission reaches the province, which can now appraise it.
        province = open_context(database_url=province_url)
        users.authenticate(province, "admin", PASSWORD)
        try:
            result = rollup.import_folder(province, tmp_path / "up2", ack_dir=acks)
            assert result.imported == 1, result.summary()
            row = {r.code: r for r in appraisals.year_table(province, YEAR)}[SCORED[2]]
            assert row.status == "submitted" and row.appraisal_status == "returned"
            assert row.claimed is not None and row.claimed.by_code()["1.3"].points == 3
            appraisals.appraise(province, claims[SCORED[2]][0], {})
            assert len(appraisals.publish(province, YEAR)) == 3
        finally:
            province.close()

    def test_submit_refused_without_an_issued_rubric(
        self,
        communes,  # noqa: ANN001
        tmp_path: Path,
    ) -> None:
        from danvan_desktop.domain.errors import RuleViolation
        from danvan_desktop.services.scoring import evaluations as ev
        from tests.integration.upper_level_suite import open_commune

        templates, _bundles = communes
        ctx = open_commune(templates["18652"], tmp_path)
        try:
            eid = _score_year(ctx, YEAR)
            card = ev.scorecard(ctx, eid)
            assert card.status == "self_scored" and not card.rubric_issued
            with pytest.raises(RuleViolation, match="chưa được cấp trên ban hành"):
                ev.submit(ctx, eid, "Nguyễn Văn Quản")
            assert ev.scorecard(ctx, eid).status == "self_scored"
        finally:
            ctx.close()

    def test_commune_cannot_send_appraisal_or_rubric(
        self,
        province_url: str,
        communes,  # noqa: ANN001
        tmp_path: Path,
    ) -> None:
        from sqlalchemy import func, select

        from danvan_desktop.services import signing_keys
        from danvan_desktop.store.scoring import ScoringAppraisal, ScoringRubric
        from danvan_desktop.sync import importer, trust
        from tests.bench.fuzz_bundles import signed_zip
        from tests.integration.upper_level_suite import open_commune, open_province

        templates, bundles = communes
        province = open_province(province_url)
        attacker = open_commune(templates["18652"], tmp_path)
        try:
            for t in templates.values():
                trust.trust_key_file(province, t.key_file)
            me = trust.own_identity(attacker)
            private = signing_keys.unlocked(attacker).private_raw
            body = json.loads(RUBRIC_FILE.read_text(encoding="utf-8"))
            rubric = _base(
                "18652",
                code=body["id"],
                version="tu-soan",
                content_hash="f" * 64,
                title="Bộ tiêu chí xã tự soạn",
                subject="unit_year",
                year=YEAR,
                body=json.dumps(body, ensure_ascii=False),
                issued_on="2026-05-04",
                source="",
            )
            appraisal = _base(
                "18652",
                evaluation_id=_base("18652")["id"],
                commune_code="18652",
                year=YEAR,
                status="published",
                total=100.0,
                class_code="xuat_sac",
                class_label="Xuất sắc",
                rank=1,
                peers=69,
            )
            for seq, (entity, record) in enumerate(
                (("scoring_rubrics", rubric), ("scoring_appraisals", appraisal)), start=1
            ):
                files = {
                    f"payload/{entity}.jsonl": _lines(record),
                    "payload/sender_key.jsonl": _lines(trust.sender_key_line(me)),
                }
                path = tmp_path / f"{entity}.dvk"
                path.write_bytes(
                    signed_zip(_manifest(province, me, seq), files, private, recount=True)
                )
                report = importer.import_bundle(province, path, ack_dir=tmp_path / "acks")
                assert report.status == "refused", (entity, report.message)
                assert report.code == "not_authorised", (report.code, report.message)
                assert f"({entity})" in report.message and "cấp trên" in report.message
            with province.read() as s:
                for cls in (ScoringRubric, ScoringAppraisal):
                    assert s.execute(select(func.count()).select_from(cls)).scalar_one() == 0
        finally:
            attacker.close()
            province.close()
