"""The province appraises its communes' submitted self-assessments: claims beside values
recomputed from the imported records (differences flagged), appraisal criterion by criterion,
return for correction, ranking with the rubric's tie-break, publication."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Role
from danvan_desktop.domain.rulefiles import default_rules_dir
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.services import install
from danvan_desktop.services.context import CurrentUser, open_context
from danvan_desktop.services.scoring import appraisals, rubrics
from danvan_desktop.store.scoring import (
    ScoringAppraisal,
    ScoringCriterionScore,
    ScoringEvaluation,
    ScoringRubric,
)
from tests.upper_level_support import petitions

TODAY = dt.date(2026, 11, 25)
COMMUNES = ["18673", "18676", "18682"]


@pytest.fixture(scope="module")
def province_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tinh") / "tinh.sqlite"
    ctx = open_context(path)
    install.initialise(ctx, "42", "admin", "matkhau123", "Trần Văn Tỉnh")
    ctx.close()
    return path


@pytest.fixture
def province(province_template: Path, tmp_path: Path):  # noqa: ANN201
    path = tmp_path / "tinh.sqlite"
    shutil.copyfile(province_template, path)
    ctx = open_context(path)
    ctx.unit_code = "42"
    ctx.user = CurrentUser("admin", "Trần Văn Tỉnh", Role.ADMIN)
    yield ctx
    ctx.close()


def submitted(ctx, unit: str, rubric_id: str, values: dict, manual: dict) -> str:  # noqa: ANN001
    """A commune's submitted evaluation as its bundle leaves it at the province."""
    frozen = {
        "values": {
            k: {"value": v, "numerator": None, "denominator": None, "unit": ""}
            for k, v in values.items()
        },
        "criteria": {},
    }
    with ctx.session() as s:
        e = ScoringEvaluation(
            unit_code=unit,
            year=2026,
            rubric_id=rubric_id,
            rubric_hash="x",
            status="submitted",
            frozen=json.dumps(frozen),
            signed_by="Chủ tịch",
        )
        s.add(e)
        s.flush()
        for code, pts in manual.items():
            s.add(ScoringCriterionScore(unit_code=unit, evaluation_id=e.id, code=code, points=pts))
        return e.id


def test_claims_recomputed_appraised_ranked_and_published(province) -> None:  # noqa: ANN001
    with province.session() as s:
        rubric = Rubric.load(default_rules_dir() / "rubric_commune_default.json")
        rid = rubrics.store(s, "42", rubric).id
    rubrics.issue(province, rid, dt.date(2026, 5, 1))
    full = {"1.1.a": 2, "1.1.b": 3, "1.2": 3, "1.3": 4, "6.1": 3, "6.2": 2}
    a = submitted(province, "18673", rid, {"petitions_on_time_rate": 100.0, "hot_spots": 0}, full)
    b = submitted(province, "18676", rid, {"petitions_on_time_rate": 100.0, "hot_spots": 0}, full)
    c = submitted(
        province, "18682", rid, {"petitions_on_time_rate": 80.0, "hot_spots": 0}, full | {"1.3": 2}
    )
    # Cẩm Xuyên claimed 100 % on time; its imported records say 1 of 2.
    petitions(
        province,
        "18673",
        [
            dict(received_on=dt.date(2026, 2, 1), resolved_on=dt.date(2026, 2, 10), on_time=True),
            dict(received_on=dt.date(2026, 3, 1), resolved_on=dt.date(2026, 5, 10), on_time=False),
        ],
    )
    table = {r.code: r for r in appraisals.year_table(province, 2026, TODAY)}
    assert len(table) > 60  # every commune of Hà Tĩnh is listed, sent or not
    assert table["18673"].claimed.by_code()["4.1"].points == 10
    assert table["18673"].recomputed.by_code()["4.1"].points < 10
    assert "4.1" in {d.code for d in table["18673"].differences}
    assert table["18676"].claimed.total == table["18673"].claimed.total
    assert sum(1 for r in table.values() if r.evaluation_id is None) == len(table) - 3
    # Appraise: Cẩm Xuyên loses points on 4.1; the others as claimed.
    appraisals.appraise(
        province,
        a,
        {"4.1": 0},
        {"4.1": "Số liệu nhập không khớp"},
        decided_by="Trần Văn Tỉnh",
        on=TODAY,
    )
    appraisals.appraise(province, b, {}, on=TODAY)
    with pytest.raises(RuleViolation, match="từ 0 đến 10"):
        appraisals.appraise(province, c, {"4.1": 12}, on=TODAY)
    appraisals.return_for_correction(province, c, "Bổ sung minh chứng tiêu chí 1.3", on=TODAY)
    ranks = dict(appraisals.publish(province, 2026))
    assert ranks == {"18676": 1, "18673": 2}  # the returned one is not ranked
    after = {r.code: r for r in appraisals.year_table(province, 2026, TODAY)}
    assert after["18673"].appraisal_status == "published" and after["18673"].rank == 2
    assert after["18673"].appraised_total == after["18676"].appraised_total - 10
    assert after["18682"].appraisal_status == "returned"
    with pytest.raises(RuleViolation, match="đã công bố"):
        appraisals.appraise(province, a, {}, on=TODAY)


def test_ties_share_a_rank_when_every_rule_is_equal(province) -> None:  # noqa: ANN001
    with province.session() as s:
        rid = rubrics.store(
            s, "42", Rubric.load(default_rules_dir() / "rubric_commune_default.json")
        ).id
    rubrics.issue(province, rid, dt.date(2026, 5, 1))
    ids = [
        submitted(province, u, rid, {"petitions_on_time_rate": 95.0}, {"1.1.a": 2, "1.1.b": 3})
        for u in COMMUNES
    ]
    for eid in ids:
        appraisals.appraise(province, eid, {}, on=TODAY)
    assert sorted(r for _, r in appraisals.publish(province, 2026)) == [1, 1, 1]


def test_rubric_versions_are_never_edited_in_place(province, tmp_path) -> None:  # noqa: ANN001
    import json

    data = json.loads((default_rules_dir() / "rubric_commune_default.json").read_text("utf-8"))
    path = tmp_path / "r.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    first = rubrics.import_file(province, path)
    again = rubrics.import_file(province, path)
    assert again.id == first.id
    data["criteria"][0]["children"][0]["title"] = "Ban hành kế hoạch (sửa)"
    data["version"] = "2026.2"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    second = rubrics.import_file(province, path)
    assert second.id != first.id and second.content_hash != first.content_hash
    with province.read() as s:
        old = s.get(ScoringRubric, first.id)
        assert "Ban hành kế hoạch thực hiện" in old.body


def test_publish_stores_the_province_averages_on_every_published_appraisal(province) -> None:  # noqa: ANN001
    with province.session() as s:
        rid = rubrics.store(
            s, "42", Rubric.load(default_rules_dir() / "rubric_commune_default.json")
        ).id
    rubrics.issue(province, rid, dt.date(2026, 5, 1))
    # Manual criteria only (no indicator values): every group's points are the sums below.
    a = submitted(
        province, "18673", rid, {}, {"1.1.a": 2, "1.1.b": 3, "1.2": 3, "1.3": 4, "6.1": 3, "6.2": 2}
    )
    b = submitted(province, "18676", rid, {}, {"1.1.a": 2, "1.1.b": 3, "6.1": 3, "T2": 2})
    c = submitted(province, "18682", rid, {}, {"1.1.a": 1})
    appraisals.appraise(province, a, {"1.3": 2}, on=TODAY)  # group 1: 5 + 3 + 2 = 10
    appraisals.appraise(province, b, {}, on=TODAY)  # group 1: 5, group 6: 3, bonus 2
    appraisals.return_for_correction(province, c, "Bổ sung minh chứng", on=TODAY)
    appraisals.publish(province, 2026)
    expected = {"1": 7.5, "2": 0.0, "3": 0.0, "4": 0.0, "5": 0.0, "6": 4.0}
    # Totals 15 and 10 (the bonus counts in the total, not in a base group); the returned
    # commune is not among the published.
    expected["total"] = 12.5
    with province.read() as s:
        rows = {r.commune_code: r for r in s.scalars(select(ScoringAppraisal))}
    assert json.loads(rows["18673"].averages) == expected
    assert json.loads(rows["18676"].averages) == expected
    assert rows["18682"].averages == ""


def test_overdue_belongs_to_its_period(province) -> None:  # noqa: ANN001
    """A case overdue at the end of 2025 and settled in 2026 counts in 2025's figure, not in
    today's backlog; a case still open and overdue counts in both."""
    import datetime as dt

    from danvan_desktop.services.areas import FigureSpan
    from danvan_desktop.services.scoring.indicators import compute_values

    d = dt.date
    petitions(
        province,
        "18673",
        [
            dict(
                received_on=d(2025, 11, 1),
                last_due_on=d(2025, 12, 10),
                resolved_on=d(2026, 2, 1),
                on_time=False,
                is_open=False,
                status="closed",
            ),
            dict(received_on=d(2025, 12, 1), due_on=d(2025, 12, 20), last_due_on=d(2025, 12, 20)),
            dict(
                received_on=d(2025, 12, 1),
                last_due_on=d(2026, 1, 20),
                resolved_on=d(2026, 1, 5),
                on_time=True,
                is_open=False,
                status="closed",
            ),
        ],
    )
    today = d(2026, 11, 25)

    def overdue(year: int) -> float | None:
        span = FigureSpan(("18673",), year, d(year, 1, 1), d(year, 12, 31), today)
        with province.read() as s:
            return compute_values(s, span, ["petitions_overdue"])["18673"][
                "petitions_overdue"
            ].value

    assert overdue(2025) == 2  # the one settled late in 2026, and the one still open
    assert overdue(2026) == 1  # today: only the one still open
