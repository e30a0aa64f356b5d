"""Scoring domain: the formula evaluator against malicious and malformed input, every method
and cap, threshold boundaries, a disqualifying condition, malformed rubric files refused with
their location, and ranking with the rubric's tie-break."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from danvan_desktop.domain.rulefiles import RuleFileError, default_rules_dir
from danvan_desktop.domain.scoring import formula as fx
from danvan_desktop.domain.scoring.evaluate import IndicatorValue as V
from danvan_desktop.domain.scoring.evaluate import ManualScore, classify, evaluate
from danvan_desktop.domain.scoring.ranking import describe, rank
from danvan_desktop.domain.scoring.rubric import Rubric

RULES = default_rules_dir()


def commune_data() -> dict:
    return json.loads((RULES / "rubric_commune_default.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def commune() -> Rubric:
    return Rubric.load(RULES / "rubric_commune_default.json")


# ---- formulas ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("__import__('os').system('id')", "gọi hàm"),
        ("open('/etc/passwd')", "gọi hàm"),
        ("x.__class__", "thuộc tính"),
        ("a[0]", "phần tử"),
        ("[i for i in range(10)]", "vòng lặp"),
        ("(lambda: 1)()", "gọi hàm"),
        ("(y := 3)", "phép gán"),
        ("'abc' + 'd'", "chỉ được dùng số"),
        ("_secret + 1", "không hợp lệ"),
    ],
)
def test_formula_refuses_what_could_do_harm_with_its_location(text: str, words: str) -> None:
    with pytest.raises(fx.FormulaError) as err:
        fx.parse(text, "tiêu chí 9.9")
    assert words in err.value.message
    assert "tiêu chí 9.9" in err.value.message


def test_formula_refuses_long_deep_and_broken_text() -> None:
    with pytest.raises(fx.FormulaError, match="quá giới hạn"):
        fx.parse("1+" * 6_000 + "1")
    with pytest.raises(fx.FormulaError, match="lồng quá"):
        fx.parse("(" * 40 + "a" + ")" * 40 + "+" + "-" * 40 + "a")
    with pytest.raises(fx.FormulaError, match="sai cú pháp"):
        fx.parse("a + * b")
    with pytest.raises(fx.FormulaError, match="để trống"):
        fx.parse("   ")
    with pytest.raises(fx.FormulaError, match="chưa có: zz"):
        fx.parse("a + zz", known={"a"})


def test_formula_computes_and_guards_run_time() -> None:
    f = fx.parse("on_time / total * 100 if total > 0 else 0")
    assert f.names == {"on_time", "total"}
    assert f.evaluate({"on_time": 183, "total": 218}) == pytest.approx(83.944, abs=1e-3)
    assert f.evaluate({"on_time": 0, "total": 0}) == 0
    assert f.evaluate({"on_time": 1, "total": None}) is None  # no data: nothing to judge
    assert fx.parse("a / b").evaluate({"a": 1, "b": 0}) is None
    assert fx.parse("a > 2 and not b").evaluate({"a": 3, "b": 0}) == 1.0
    assert fx.parse("1 < a <= 3").evaluate({"a": 3}) == 1.0
    with pytest.raises(fx.FormulaError, match="không tính được"):
        fx.parse("a ** 1000").evaluate({"a": 10})


# ---- methods and caps ----------------------------------------------------------------------


def test_ratio_with_steps_explains_like_an_officer_would(commune: Rubric) -> None:
    ev = evaluate(commune, {"petitions_on_time_rate": V(183 / 218 * 100, 183, 218, "%")})
    r = ev.by_code()["4.1"]
    assert r.points == 8
    assert r.explanation == "8/10: 83,9 % (183/218), chỉ tiêu 90 %, 1 điểm mỗi 5 % thiếu."
    assert r.hint == "Cần đạt 90 % (thêm 14 trên 218)."
    # exactly on the target earns every point; a hair below loses one step
    assert evaluate(commune, {"petitions_on_time_rate": V(90.0)}).by_code()["4.1"].points == 10
    assert evaluate(commune, {"petitions_on_time_rate": V(89.99)}).by_code()["4.1"].points == 9
    assert evaluate(commune, {"petitions_on_time_rate": V(0.0)}).by_code()["4.1"].points == 0


def test_proportional_ratio_count_levels_yes_no(commune: Rubric) -> None:
    ev = evaluate(
        commune,
        {
            "hamlets_with_model_rate": V(70.0, 7, 10, "%"),
            "models_registered": V(9),  # 1 point each, capped at 5
            "models_recognised": V(3),  # 2 each -> 6 of 8
            "dialogues_held": V(0),
            "hot_spots": V(0),
        },
    ).by_code()
    assert ev["2.3"].points == 3.5
    assert ev["2.1"].points == 5 and ev["2.1"].hint == ""
    assert ev["2.2"].points == 6 and ev["2.2"].hint == "Thêm 1 để được thêm 2 điểm."
    assert ev["3.3"].points == 0 and "Cần có" in ev["3.3"].hint
    assert ev["4.3"].points == 5  # formula hot_spots == 0


def test_levels_method() -> None:
    data = minimal()
    data["criteria"][0] = {
        "code": "1",
        "title": "Mức",
        "max": 100,
        "method": "levels",
        "indicator": "x",
        "levels": [
            {"min": 50, "points": 50},
            {"min": 90, "points": 100},
            {"min": 10, "points": 10},
        ],
    }
    r = Rubric.from_dict(data)
    assert evaluate(r, {"x": V(95)}).total == 100
    assert evaluate(r, {"x": V(90)}).total == 100  # on the level's minimum
    assert evaluate(r, {"x": V(60)}).by_code()["1"].hint == "Đạt 90 để được 100 điểm."
    assert evaluate(r, {"x": V(5)}).total == 0


def test_bonus_and_deduction_caps(commune: Rubric) -> None:
    values = {
        "models_recognised_province": V(3),  # 5 each, criterion cap 10
        "petitions_overdue": V(12),  # 1 each, criterion cap 5
        "hot_spots": V(2),  # 2 each, criterion cap 5 -> 4
    }
    manual = {"T2": ManualScore(5, note="Biểu dương của tỉnh")}
    ev = evaluate(commune, values, manual)
    assert ev.by_code()["T1"].points == 10
    assert ev.bonus == 10  # 10 + 5 capped by the rubric's bonus cap of 10
    assert ev.by_code()["TR1"].points == -5
    assert ev.by_code()["TR2"].points == -4
    assert ev.deduction == 9
    assert ev.total == max(0, ev.base + 10 - 9)


def test_manual_override_needs_and_keeps_its_reason(commune: Rubric) -> None:
    values = {"petitions_on_time_rate": V(83.9, 183, 218, "%")}
    ev = evaluate(commune, values, {"4.1": ManualScore(10, reason="3 đơn chuyển cơ quan khác")})
    r = ev.by_code()["4.1"]
    assert r.points == 10 and r.suggested == 8 and r.overridden
    assert "gợi ý 8" in r.explanation and "3 đơn chuyển cơ quan khác" in r.explanation
    over = evaluate(commune, {}, {"1.3": ManualScore(50)}).by_code()["1.3"]
    assert over.points == 4  # never above the criterion's maximum


def test_thresholds_are_inclusive_and_disqualifier_caps_the_class(commune: Rubric) -> None:
    assert classify(commune, 90).label == "Xuất sắc"
    assert classify(commune, 89.99).label == "Tốt"
    assert classify(commune, 80).label == "Tốt"
    assert classify(commune, 64.99).label == "Trung bình"
    assert classify(commune, 0).label == "Không đạt"
    full = {
        k: ManualScore(c.max_points)
        for k, c in ((c.code, c) for c in commune.leaves())
        if c.kind == "base"
    }
    ev = evaluate(commune, {"crowd_complaints_overdue": V(0)}, full)
    assert ev.total == 100 and ev.score_class.label == "Xuất sắc"
    ev = evaluate(commune, {"crowd_complaints_overdue": V(1)}, full)
    assert ev.natural_class.label == "Xuất sắc"
    assert ev.score_class.label == "Khá" and ev.disqualified_by == ("crowd_overdue",)


def test_points_lost_ordered_by_points(commune: Rubric) -> None:
    ev = evaluate(
        commune,
        {"petitions_on_time_rate": V(60.0), "petitions_overdue": V(3), "hot_spots": V(0)},
    )
    lost = ev.lost()
    assert [r.lost for r in lost] == sorted((r.lost for r in lost), reverse=True)
    codes = [r.code for r in lost]
    assert "4.1" in codes and "TR1" in codes and "4.3" not in codes


# ---- rubric files --------------------------------------------------------------------------


def minimal() -> dict:
    return {
        "format": 1,
        "id": "t",
        "title": "Thử",
        "version": "1",
        "subject": "unit_year",
        "total_points": 100,
        "classes": [
            {"code": "ok", "label": "Đạt", "min": 50},
            {"code": "no", "label": "Không", "min": 0},
        ],
        "criteria": [{"code": "1", "title": "Một", "max": 100}],
    }


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda d: d["criteria"][1]["children"][0].update(max=9), "tiêu chí 2"),
        (lambda d: d["criteria"][0]["children"][3].update(formula="__import__('os')"), "1.4"),
        (lambda d: d["criteria"][0]["children"][0].update(method="ratio"), "tiêu chí 1.1"),
        (lambda d: d["criteria"][2]["children"][1].update(code="3.1"), "cùng mã “3.1”"),
        (lambda d: d["disqualifiers"][0].update(max_class="nope"), "nope"),
        (
            lambda d: d["criteria"][0]["children"][0].update(max="năm"),
            "criteria[0].children[0].max",
        ),
        (lambda d: d.update(total_points=90), "khác tổng điểm"),
        (lambda d: d["criteria"][3].pop("title"), "title"),
    ],
)
def test_malformed_rubric_refused_with_its_location(edit, words: str, tmp_path: Path) -> None:
    data = commune_data()
    edit(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises((RuleFileError, fx.FormulaError)) as err:
        Rubric.load(path)
    assert words.lower() in err.value.message.lower()


def test_not_json_and_unknown_indicator(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text("{ không phải json", encoding="utf-8")
    with pytest.raises(RuleFileError, match="không phải JSON hợp lệ: dòng 1"):
        Rubric.load(bad)
    with pytest.raises(RuleFileError, match="chỉ số “petitions_on_time_rate” chưa có"):
        names = Rubric.from_dict(commune_data()).indicator_names() - {"petitions_on_time_rate"}
        Rubric.from_dict(commune_data(), known_indicators=names)


def test_content_hash_follows_content_not_layout(commune: Rubric) -> None:
    data = commune_data()
    again = Rubric.from_dict(json.loads(json.dumps(data, indent=4)))
    assert again.content_hash == commune.content_hash
    changed = copy.deepcopy(data)
    changed["criteria"][0]["children"][0]["title"] += "."
    assert Rubric.from_dict(changed).content_hash != commune.content_hash
    assert "MẪU" in commune.template_note and "không phải văn bản chính thức".upper() in (
        commune.template_note.upper()
    )


def test_model_rubric_and_commune_rubric_ship_valid() -> None:
    model = Rubric.load(RULES / "rubric_model_default.json")
    assert model.subject.value == "model" and model.total_points == 100
    assert [k.label for k in model.classes] == ["Đạt", "Không đạt"]


# ---- ranking -------------------------------------------------------------------------------


def test_ranking_ties_broken_by_the_rubric_rule(commune: Rubric) -> None:
    base = {"1.1.a": ManualScore(2), "1.1.b": ManualScore(3), "1.2": ManualScore(3)}
    a = evaluate(commune, {"petitions_on_time_rate": V(100.0)}, base)  # 8 + 10
    b = evaluate(commune, {"petitions_on_time_rate": V(100.0)}, base)  # same as a
    c = evaluate(commune, {"petitions_on_time_rate": V(80.0)}, base | {"1.3": ManualScore(2)})
    d = evaluate(commune, {}, base)
    ranked = rank(commune, {"A": a, "B": b, "C": c, "D": d})
    assert a.total == c.total  # tied on the total …
    got = {r.unit: r.rank for r in ranked}
    assert got["A"] == got["B"] == 1  # equal on every key: shared rank
    assert got["C"] == 3  # … and criterion 4 breaks the tie
    assert got["D"] == 4
    assert "bị trừ ít điểm hơn" in describe(commune) and "tiêu chí 4" in describe(commune)
