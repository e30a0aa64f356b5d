"""The upper level's records in the demo: none. The demo is one commune's database; what a
province decides and sends down exists only after a province imported the commune's bundles
(tests/integration builds that round trip). Declared here so the coverage test knows why."""

from __future__ import annotations

from danvan_desktop.demo.commune import DemoStep

_PROVINCE_ONLY = "hồ sơ của cấp trên: chỉ có ở cơ sở dữ liệu cấp tỉnh hoặc nhận về qua bản tổng hợp"

STEP = DemoStep(
    "upper_level",
    90,
    lambda _ctx, _rng, _today: "",
    empty={
        "rollup_standings": _PROVINCE_ONLY,
        "submission_deadlines": _PROVINCE_ONLY,
        "upper_decisions": _PROVINCE_ONLY,
        "reference_documents": _PROVINCE_ONLY,
    },
)
