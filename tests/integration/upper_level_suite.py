"""The upper-level round trip, written once and run on each backend of the province database
(test_upper_level_sqlite.py, test_upper_level_postgres.py): communes export bundles (the sync
engine) → the province imports the whole folder → completeness and aggregates with exact counts
→ decisions on commune records → rollups → each commune imports its rollup → standing and
decisions visible there → the commune corrects a returned record and the province sees it; and
communes' petitions and People's Inspection Board records counted per commune and ranked.

Communes are SQLite files built once per session (a few real communes of Hà Tĩnh, province 42,
with models generated through the services in every interesting state); each test copies them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.integration.sync_authority_suite import SyncAuthoritySuite

PASSWORD = "matkhau123"
PROVINCE = "42"
PERIOD = "2026-11"
#: (code, number of models): Xã Cẩm Xuyên, Phường Hà Huy Tập, Phường Sông Trí
COMMUNES = {"18673": 9, "18652": 6, "18754": 4}
#: the path each generated model walks (index modulo length)
PATHS = [
    [],
    ["register"],
    ["register", "launch"],
    ["register", "launch", "propose", "appraise_pass", "recognise"],
    ["register", "launch", "propose"],
    ["register", "launch", "propose", "appraise_pass", "recognise"],
]
#: bundles are stamped with the real time, so deadlines are set around the real date
TODAY = dt.date.today()
RULES = Path(__file__).resolve().parents[2] / "resources" / "rules"
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "DANVAN_PASSWORD": PASSWORD}


@dataclass(frozen=True)
class CommuneTemplate:
    code: str
    db: Path
    key_file: Path
    models: int
    by_status: dict[str, int]


def build_commune(folder: Path, code: str, n_models: int, bundles: Path) -> CommuneTemplate:
    from danvan_desktop.domain.models import Transition
    from danvan_desktop.services import install, models, units
    from danvan_desktop.services.context import open_context
    from danvan_desktop.sync import exporter, trust
    from tests.model_content import full_input, take

    db = folder / f"{code}.sqlite"
    ctx = open_context(db)
    install.initialise(ctx, code, "admin", PASSWORD, f"Quản trị {code}", ["Thôn Một", "Thôn Hai"])
    hamlet = units.hamlets(ctx)[0]
    fields = ["economy", "culture_society", "defence_security", "political_system"]
    for i in range(n_models):
        mid = models.create_model(
            ctx,
            full_input(
                name=f"Mô hình số {i + 1} của xã {code}",
                field_code=fields[i % 4],
                year=2026,
                owner_unit_code=hamlet.code,
                owner_name="",
                content="Vận động nhân dân cùng làm",
            ),
        )
        on = dt.date(2026, 1, 10)
        for step in PATHS[i % len(PATHS)]:
            on += dt.timedelta(days=15)
            take(ctx, mid, Transition(step), on, dt.date.today())
    counts: dict[str, int] = {}
    for (_f, st), n in models.counts_by_field_status(ctx).items():
        counts[st] = counts.get(st, 0) + n
    exporter.export_data(ctx, bundles, period=PERIOD)
    key_file = folder / f"{code}.key.json"
    trust.export_own_key(ctx, key_file)
    ctx.close()
    return CommuneTemplate(code, db, key_file, n_models, counts)


@pytest.fixture(scope="session")
def communes(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, CommuneTemplate], Path]:
    folder = tmp_path_factory.mktemp("communes")
    bundles = folder / "bundles"
    bundles.mkdir()
    built = {code: build_commune(folder, code, n, bundles) for code, n in COMMUNES.items()}
    return built, bundles


#: the day the communes' petitions and board records below are entered and judged on
ACTIVITY_DAY = dt.date(2026, 11, 20)
#: code -> petitions (received, resolved by guiding on, or None: left open) and the board's
#: activities (kind, start) and recommendations (sent, answered on or None)
ACTIVITY = {
    "18673": (
        [
            (dt.date(2026, 3, 2), dt.date(2026, 3, 5)),
            (dt.date(2026, 3, 9), dt.date(2026, 3, 11)),
            (dt.date(2026, 4, 1), dt.date(2026, 6, 1)),  # guided two months on: late
            (dt.date(2026, 9, 1), None),  # never handled: overdue
            (dt.date(2026, 11, 18), None),
        ],  # still within its time
        [("supervision", dt.date(2026, 3, 10)), ("inspection", dt.date(2026, 5, 11))],
        [(dt.date(2026, 3, 12), dt.date(2026, 3, 16)), (dt.date(2026, 9, 1), None)],
    ),
    "18652": (
        [(dt.date(2026, 6, 1), dt.date(2026, 6, 3))],
        [("supervision", dt.date(2026, 6, 8))],
        [(dt.date(2026, 6, 10), dt.date(2026, 6, 12))],
    ),
}


def build_active_commune(folder: Path, code: str, bundles: Path) -> Path:
    """A commune with petitions and a People's Inspection Board (through the services), its
    bundle written to `bundles`; returns its key file."""
    from danvan_desktop.domain.petitions import Action
    from danvan_desktop.services import inspection, install, petitions, units
    from danvan_desktop.services.context import open_context
    from danvan_desktop.sync import exporter, trust

    ctx = open_context(folder / f"{code}.sqlite")
    install.initialise(ctx, code, "admin", PASSWORD, f"Quản trị {code}", ["Thôn Một", "Thôn Hai"])
    hamlet = units.hamlets(ctx)[0].code
    day = ACTIVITY_DAY
    cases, activities, recommendations = ACTIVITY.get(code, ([], [], []))
    for i, (received, guided) in enumerate(cases):
        pid = petitions.register_petition(
            ctx,
            petitions.PetitionInput(
                received_on=received,
                channel="post",
                type="recommendation",
                summary=f"Kiến nghị sửa đường số {i}",
                field="Giao thông",
                hamlet_code=hamlet,
                citizen_name=f"Nguyễn Văn {chr(65 + i)}",
            ),
            today=day,
        )
        if guided:
            petitions.take_step(ctx, pid, Action.CLASSIFY, received, today=day)
            petitions.take_step(
                ctx, pid, Action.GUIDE, guided, today=day, outcome="Đã hướng dẫn công dân"
            )
    if activities or recommendations:
        term = inspection.create_term(
            ctx,
            inspection.TermInput("Nhiệm kỳ 2024–2029", dt.date(2024, 6, 1), dt.date(2029, 5, 31)),
        )
        for kind, on in activities:
            inspection.create_activity(
                ctx, term, inspection.ActivityInput(kind, "Việc xây nhà văn hóa thôn", on)
            )
        for sent, answered in recommendations:
            rid = inspection.create_recommendation(
                ctx,
                term,
                inspection.RecommendationInput(
                    "Chủ tịch UBND xã", "Đề nghị công khai dự toán", sent
                ),
                today=day,
            )
            if answered:
                inspection.record_answer(ctx, rid, answered, summary="Đã công khai", today=day)
    exporter.export_data(ctx, bundles, period=PERIOD)
    key_file = folder / f"{code}.key.json"
    trust.export_own_key(ctx, key_file)
    ctx.close()
    return key_file


def open_commune(template: CommuneTemplate, where: Path):  # noqa: ANN201
    from danvan_desktop.services import users
    from danvan_desktop.services.context import open_context

    copy = where / template.db.name
    shutil.copyfile(template.db, copy)
    ctx = open_context(copy)
    users.authenticate(ctx, "admin", PASSWORD)
    return ctx


def open_province(url: str):  # noqa: ANN201
    from danvan_desktop.services import install
    from danvan_desktop.services.context import open_context

    ctx = open_context(database_url=url)
    install.initialise(ctx, PROVINCE, "admin", PASSWORD, "Trần Văn Tỉnh")
    return ctx


def danvan(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "danvan_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
    )


class UpperLevelSuite(SyncAuthoritySuite):
    """Subclasses provide the `province_url` fixture (a fresh, empty database per test)."""

    @pytest.fixture(scope="class")
    @classmethod
    def active_communes(cls, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], Path]:
        folder = tmp_path_factory.mktemp("active")
        bundles = folder / "bundles"
        bundles.mkdir()
        return [build_active_commune(folder, code, bundles) for code in COMMUNES], bundles

    def test_petition_and_board_figures(
        self, province_url: str, active_communes, tmp_path: Path
    ) -> None:  # noqa: ANN001
        """Communes' petitions and board records imported here give exact per-commune counts
        (grouped SQL on this backend) and rank the communes, none first for lack of figures."""
        from danvan_desktop.services import upper_level as ul
        from danvan_desktop.sync import rollup, trust

        keys, bundles = active_communes
        province = open_province(province_url)
        try:
            for key in keys:
                trust.trust_key_file(province, key)
            result = rollup.import_folder(province, bundles, ack_dir=tmp_path / "acks")
            assert result.imported == 3, result.summary()
            rows = {a.code: a for a in ul.activity_figures(province, "2026", ACTIVITY_DAY)}
            cx, hht, st = rows["18673"], rows["18652"], rows["18754"]

            def pick(row, *keys: str) -> tuple:  # noqa: ANN001
                return tuple(row[k] for k in keys)

            rate, overdue = "petitions_on_time_rate", "petitions_overdue"
            got = pick(cx, "petitions_received", "petitions_resolved", "petitions_on_time")
            assert got + pick(cx, rate, overdue) == (5, 3, 2, 66.7, 1)
            assert pick(
                cx,
                "board_activities",
                "board_supervisions",
                "board_recommendations",
                "board_answers_on_time",
                "board_answers_overdue",
                "board_answer_rate",
            ) == (2, 1, 2, 1, 1, 50.0)
            board = ("board_activities", "board_answer_rate")
            assert pick(hht, "petitions_received", rate, overdue, *board) == (1, 100.0, 0, 1, 100.0)
            assert pick(st, rate, overdue, "board_answer_rate", "board_activities") == (
                None,
                None,
                None,
                0,
            )
            assert sum(r["petitions_total"] for r in rows.values()) == 6
            standings = {
                f.commune_code: f.metrics
                for f in ul.compute_standings(province, "2026", today=ACTIVITY_DAY)
            }
            for key, order in (
                ("petitions_on_time_rate", ["18652", "18673", "18754"]),
                ("petitions_overdue", ["18652", "18673", "18754"]),
                ("board_answer_rate", ["18652", "18673", "18754"]),
                ("board_activities", ["18673", "18652", "18754"]),
            ):
                assert [standings[c][key]["rank"] for c in order] == [1, 2, 3], key
            assert (
                standings["18115"]["petitions_on_time_rate"]["rank"] == 3
            )  # sent nothing: shares the last rank
        finally:
            province.close()

    def test_round_trip(self, province_url: str, communes, tmp_path: Path) -> None:  # noqa: ANN001
        from danvan_desktop.domain.models import ModelStatus
        from danvan_desktop.domain.text import sort_key
        from danvan_desktop.services import models
        from danvan_desktop.services import upper_level as ul
        from danvan_desktop.store.sync_state import ExportLog
        from danvan_desktop.sync import exporter, rollup, trust

        templates, bundles = communes
        province = open_province(province_url)
        try:
            # Keys by file (as officers exchange them), then the whole folder in one go.
            for t in templates.values():
                trust.trust_key_file(province, t.key_file)
            acks = tmp_path / "acks"
            result = rollup.import_folder(province, bundles, ack_dir=acks)
            assert (result.imported, result.unchanged, len(result.refused)) == (3, 0, 0), (
                result.summary()
            )
            assert sorted(p.name for p in acks.iterdir()) == sorted(templates)
            again = rollup.import_folder(province, bundles, ack_dir=acks)
            assert (again.imported, again.unchanged) == (0, 3)

            # Completeness: 69 communes in Hà Tĩnh, 3 sent on time, the rest not yet due.
            today = TODAY
            ul.set_deadline(province, PERIOD, TODAY + dt.timedelta(days=20))
            rows = ul.completeness(province, PERIOD, today)
            s = ul.summarise(rows)
            assert (s.communes, s.on_time, s.late, s.missing, s.pending, s.with_gaps) == (
                69,
                3,
                0,
                0,
                66,
                0,
            )
            by_code = {r.code: r for r in rows}
            for code, t in templates.items():
                r = by_code[code]
                assert (r.received, r.last_seq, r.superseded, r.gaps) == (1, 1, 0, ())
                # models + their transitions + 2 hamlets + what the steps required (issue 10):
                # an evidence file before proposing; the council's evaluation and 3 sheets
                walked = [PATHS[i % len(PATHS)] for i in range(t.models)]
                n_transitions = sum(len(p) for p in walked)
                n_content = sum(("propose" in p) + 4 * ("appraise_pass" in p) for p in walked)
                assert r.records == t.models + n_transitions + n_content + 2
            # After a deadline that has passed: the three are late, the others missing.
            late_due = TODAY - dt.timedelta(days=20)
            ul.set_deadline(province, PERIOD, late_due)
            s = ul.summarise(ul.completeness(province, PERIOD, today))
            assert (s.on_time, s.late, s.missing, s.pending) == (0, 3, 66, 0)

            # Aggregates: exactly what each commune has.
            aggs = {a.code: a for a in ul.model_aggregates(province, 2026)}
            assert len(aggs) == 69
            for code, t in templates.items():
                assert aggs[code].total == t.models
                assert aggs[code].by_status == t.by_status
            assert (
                aggs["18673"].recognised,
                aggs["18652"].recognised,
                aggs["18754"].recognised,
            ) == (2, 2, 1)
            assert sum(a.total for a in aggs.values()) == sum(COMMUNES.values())
            # Drill-down reads the commune's own records (read-only: editing is refused).
            listed = models.list_models(province, models.ModelFilter(unit_code="18652"), limit=50)
            assert len(listed) == 6 and all("18652" in m.name for m in listed)
            # Vietnamese order and diacritic-free search work the same on this backend.
            assert [m.name for m in listed] == sorted((m.name for m in listed), key=sort_key)
            found = models.list_models(province, models.ModelFilter(text="hinh so 4 cua xa 18652"))
            assert [m.name for m in found] == ["Mô hình số 4 của xã 18652"]
            with pytest.raises(Exception, match="đơn vị khác"):
                models.update_model(
                    province,
                    listed[0].id,
                    models.as_input(models.get_model(province, listed[0].id)),
                )

            # Decisions of the province: its own records, the commune's rows untouched.
            target = next(
                m
                for m in models.list_models(
                    province, models.ModelFilter(unit_code="18673"), limit=50
                )
                if m.status == ModelStatus.DRAFT.value
            )
            before = models.get_model(province, target.id).revision
            returned = ul.record_decision(
                province,
                "models",
                target.id,
                "return_for_correction",
                "Bổ sung mục tiêu và minh chứng",
                TODAY - dt.timedelta(days=1),
                due_on=TODAY + dt.timedelta(days=10),
                today=today,
            )
            recognised = next(
                m
                for m in models.list_models(province, models.ModelFilter(unit_code="18754"))
                if m.status == ModelStatus.RECOGNISED.value
            )
            ul.record_decision(
                province,
                "models",
                recognised.id,
                "recognition",
                "Công nhận cấp tỉnh",
                TODAY - dt.timedelta(days=1),
                decision_no="345/QĐ-UBND",
                today=today,
            )
            with pytest.raises(Exception, match="đã được công nhận"):
                ul.record_decision(
                    province,
                    "models",
                    recognised.id,
                    "recognition",
                    "",
                    TODAY - dt.timedelta(days=1),
                    decision_no="346/QĐ-UBND",
                    today=today,
                )
            assert models.get_model(province, target.id).revision == before
            assert {d.kind for d in ul.decisions(province)} == {
                ul.DecisionKind.RETURN_FOR_CORRECTION,
                ul.DecisionKind.RECOGNITION,
            }

            # Reference data the province distributes: its deadline rules file.
            rules = (RULES / "deadlines.json").read_text(encoding="utf-8")
            ul.publish_reference(province, "deadline_rules", rules)

            # Rollups: one bundle per commune of the province, each in its own folder.
            down = tmp_path / "down"
            results = rollup.export_rollups(province, down, period=PERIOD, today=today)
            assert len(results) == 69 and {r.recipient for r in results} >= set(templates)
            mine = {r.recipient: r for r in results}
            assert mine["18673"].counts["upper_decisions"] == 1
            assert mine["18673"].counts["rollup_standings"] == 1
            assert mine["18652"].counts["upper_decisions"] == 0
            assert mine["18652"].counts["reference_documents"] == 1
            assert (
                mine["18652"].counts["keys"] == 4
            )  # the province's own key and the 3 communes' keys
            assert mine["18673"].path.parent == down / "18673"
            standings = {
                f.commune_code: f for f in ul.compute_standings(province, PERIOD, today=today)
            }
            # 18673 and 18652 have 2 recognised (18673 more registered: 7 to 5), 18754 has 1.
            assert (standings["18673"].rank, standings["18652"].rank, standings["18754"].rank) == (
                1,
                2,
                3,
            )
            assert standings["18673"].peers == 69
        finally:
            province.close()

        # Back at the commune: the province's key by file, then the rollup and the ack.
        commune = open_commune(templates["18673"], tmp_path)
        try:
            province = open_province_again(province_url)
            trust.export_own_key(province, tmp_path / "tinh.key.json")
            province.close()
            assert trust.trust_key_file(commune, tmp_path / "tinh.key.json").status == "added"
            result = rollup.import_from_upper(commune, [down / "18673", acks / "18673"])
            assert len(result.refused) == 0, result.summary()
            assert sorted(o.kind for o in result.outcomes) == ["ack", "rollup"]
            with commune.read() as s:
                log = s.execute(select(ExportLog).where(ExportLog.kind == "data")).scalar_one()
                assert log.acked_at is not None  # marks acknowledged data
                assert json.loads(log.ack_result)["models"]["new"] == templates["18673"].models
            received = ul.received_standings(commune)
            assert len(received) == 1
            st = received[0]
            assert (st.period, st.rank, st.peers, st.from_unit) == (PERIOD, 1, 69, PROVINCE)
            own = {}
            for per_status in st.figures.models_by_field_status.values():
                for status, n in per_status.items():
                    own[status] = own.get(status, 0) + n
            assert own == templates["18673"].by_status
            assert (
                st.figures.submission["status"] == "late" and st.figures.submission["last_seq"] == 1
            )
            assert st.figures.metrics["models_recognised"]["value"] == 2
            assert [p["code"] for p in st.figures.peer_table[:3]] == ["18673", "18652", "18754"]
            got = ul.decisions(commune, received=True)
            assert [(d.kind.value, d.target_id, d.corrected) for d in got] == [
                ("return_for_correction", target.id, False)
            ]
            assert ul.deadlines(commune) == [(PERIOD, late_due, "", PROVINCE)]
            refs = ul.reference_documents(commune)
            assert [(r.kind, r.owner_unit, r.version) for r in refs] == [
                ("deadline_rules", PROVINCE, json.loads(rules)["versions"][-1]["version"])
            ]
            assert ul.reference_content(commune, "deadline_rules") == rules

            # The commune corrects the returned record and sends it up again (incremental).
            detail = models.get_model(commune, target.id)
            detail.goals = "Mục tiêu cụ thể: 100% hộ tham gia"
            models.update_model(commune, target.id, models.as_input(detail))
            assert ul.decisions(commune, received=True)[0].corrected is True
            again = exporter.export_data(commune, tmp_path / "up2", period=PERIOD)
            assert again.counts["models"] == 1 and again.seq == 2 and not again.full
        finally:
            commune.close()

        province = open_province_again(province_url)
        try:
            result = rollup.import_folder(province, tmp_path / "up2", ack_dir=acks)
            assert result.imported == 1, result.summary()
            returned_row = next(d for d in ul.decisions(province) if d.id == returned)
            assert returned_row.corrected is True
            row = {r.code: r for r in ul.completeness(province, PERIOD, today)}["18673"]
            assert (row.received, row.last_seq, row.superseded, row.gaps) == (2, 2, 0, ())
        finally:
            province.close()

    def test_bad_file_in_folder_does_not_stop_the_others(
        self,
        province_url: str,
        communes,  # noqa: ANN001
        tmp_path: Path,
    ) -> None:
        from danvan_desktop.domain.errors import RuleViolation
        from danvan_desktop.services import upper_level as ul
        from danvan_desktop.sync import rollup

        templates, bundles = communes
        folder = tmp_path / "drive"
        shutil.copytree(bundles, folder)
        victim = sorted(folder.glob("18652_*.dvk"))[0]
        data = bytearray(victim.read_bytes())
        with zipfile.ZipFile(victim) as z:  # a flipped byte inside a payload entry's data
            info = max(
                (i for i in z.infolist() if i.filename.startswith("payload/")),
                key=lambda i: i.compress_size,
            )
            name_len = int.from_bytes(
                data[info.header_offset + 26 : info.header_offset + 28], "little"
            )
            extra_len = int.from_bytes(
                data[info.header_offset + 28 : info.header_offset + 30], "little"
            )
            start = info.header_offset + 30 + name_len + extra_len
        data[start + info.compress_size // 2] ^= 0xFF
        victim.write_bytes(bytes(data))
        (folder / "ghi-chu.txt").write_text("không phải gói", encoding="utf-8")
        province = open_province(province_url)
        try:
            unknown = rollup.import_folder(province, folder, ack_dir=tmp_path / "acks")
            assert len(unknown.refused) == 3 and all(
                o.code == "unknown_sender" for o in unknown.refused
            )
            preview = rollup.import_folder(
                province, folder, trust_new=True, dry_run=True, ack_dir=tmp_path / "acks"
            )
            assert preview.count("dry_run") == 2 and len(preview.refused) == 1
            assert "Xem thử (chưa ghi): 2" in preview.summary()
            assert ul.model_aggregates(province)[0].total == 0 and not (tmp_path / "acks").exists()
            result = rollup.import_folder(
                province, folder, trust_new=True, ack_dir=tmp_path / "acks"
            )
            assert result.imported == 2 and len(result.refused) == 1
            refused = result.refused[0]
            assert refused.path.name == victim.name and refused.message
            assert victim.name in result.summary()
            ul.set_deadline(province, PERIOD, TODAY + dt.timedelta(days=20))
            got = {r.code: r.status for r in ul.completeness(province, PERIOD, TODAY)}
            assert got["18652"] == ul.Submission.PENDING and got["18673"] == ul.Submission.ON_TIME
            assert {a.code: a.total for a in ul.model_aggregates(province) if a.total} == {
                "18673": COMMUNES["18673"],
                "18754": COMMUNES["18754"],
            }
            with pytest.raises(RuleViolation, match="không phải xã"):
                rollup.export_rollups(province, tmp_path / "down", unit="01", period=PERIOD)
        finally:
            province.close()

    def test_cli_round_trip(self, province_url: str, communes, tmp_path: Path) -> None:  # noqa: ANN001
        templates, bundles = communes
        url = ["--database-url", province_url]
        init = danvan(
            "init",
            *url,
            "--unit",
            PROVINCE,
            "--admin",
            "admin",
            "--admin-name",
            "Lê Thị Tỉnh",
            stdin=f"{PASSWORD}\n",
        )
        assert init.returncode == 0, init.stderr
        imp = danvan(
            "upper",
            "import-folder",
            *url,
            str(bundles),
            "--trust-new",
            "--ack-dir",
            str(tmp_path / "acks"),
        )
        assert imp.returncode == 0, imp.stdout + imp.stderr
        assert "nhập mới 3" in imp.stdout
        due = danvan(
            "upper",
            "deadline",
            *url,
            "--period",
            PERIOD,
            "--due",
            f"{TODAY + dt.timedelta(days=20):%d/%m/%Y}",
        )
        assert due.returncode == 0, due.stderr
        pub = danvan(
            "upper",
            "publish-reference",
            *url,
            "--kind",
            "holidays",
            "--file",
            str(RULES / "holidays.json"),
        )
        assert pub.returncode == 0, pub.stderr
        assert "Lịch ngày nghỉ" in pub.stdout
        xlsx = tmp_path / "tinh-hinh.xlsx"
        comp = danvan(
            "upper",
            "completeness",
            *url,
            "--period",
            PERIOD,
            "--today",
            f"{TODAY:%d/%m/%Y}",
            "--xlsx",
            str(xlsx),
        )
        assert comp.returncode == 0, comp.stderr
        assert "69 đơn vị; đúng hạn 3, muộn 0, quá hạn chưa gửi 0, chưa đến hạn 66" in comp.stdout
        import openpyxl

        wb = openpyxl.load_workbook(xlsx)
        ws = wb["Tình hình gửi dữ liệu"]
        values = [[c.value for c in row] for row in ws.iter_rows()]
        header_at = next(i for i, r in enumerate(values) if r[0] == "STT")
        body = values[header_at + 1 :]
        assert len(body) == 69
        sent = {r[1]: r for r in body if r[3] == "Đã gửi đúng hạn"}
        assert set(sent) == set(templates) and sent["18673"][4] == 1 and sent["18673"][5] == 1
        agg = [[c.value for c in row] for row in wb["Mô hình theo trạng thái"].iter_rows()]
        total_row = next(r for r in agg if r[2] == "Tổng cộng")
        assert total_row[-2] == sum(COMMUNES.values())

        # A decision through the CLI on a record the province received.
        from danvan_desktop.services import models
        from danvan_desktop.services.context import open_context

        ctx = open_context(database_url=province_url)
        target = models.list_models(ctx, models.ModelFilter(unit_code="18652"), limit=1)[0]
        ctx.close()
        dec = danvan(
            "upper",
            "decide",
            *url,
            "--record",
            target.id,
            "--kind",
            "comment",
            "--text",
            "Mô hình hay, cần nhân rộng",
            "--on",
            f"{TODAY:%d/%m/%Y}",
        )
        assert dec.returncode == 0, dec.stderr
        out = tmp_path / "down"
        exp = danvan(
            "rollup", "export", *url, "--out", str(out), "--unit", "18652", "--period", PERIOD
        )
        assert exp.returncode == 0, exp.stderr
        written = [Path(line) for line in exp.stdout.split()]
        assert len(written) == 1 and written[0].parent == out / "18652" and written[0].exists()

        commune_db = tmp_path / "18652.sqlite"
        shutil.copyfile(templates["18652"].db, commune_db)
        ok = danvan(
            "rollup",
            "import",
            "--db",
            str(commune_db),
            str(out / "18652"),
            str(tmp_path / "acks" / "18652"),
            "--trust-new",
        )
        assert ok.returncode == 0, ok.stdout + ok.stderr
        show = danvan("rollup", "show", "--db", str(commune_db))
        assert show.returncode == 0, show.stderr
        assert f"Kỳ {PERIOD} (Tỉnh Hà Tĩnh): xếp thứ 2/69" in show.stdout
        assert "Ý kiến, quyết định của cấp trên: 1" in show.stdout
        assert "Mô hình hay, cần nhân rộng" in show.stdout and target.name in show.stdout
        from danvan_desktop.services import upper_level as ul

        ctx = open_context(commune_db)
        assert [r.kind for r in ul.reference_documents(ctx)] == ["holidays"]
        ctx.close()


def open_province_again(url: str):  # noqa: ANN201
    from danvan_desktop.services import users
    from danvan_desktop.services.context import open_context

    ctx = open_context(database_url=url)
    users.authenticate(ctx, "admin", PASSWORD)
    return ctx
