"""The People's Inspection Board (BTTND, DOMAIN §5), one module per concern:

- `common`: hamlets, word search and amounts shared with the investment supervision boards;
- `board`: terms and members, with the composition warnings;
- `plans`: plans per quarter, half-year, year or term;
- `activities`: inspections and supervisions (the 5-working-day notice) and petitions verified;
- `recommendations`: recommendations with the 15-day answer, and the follow-up;
- `figures`: what reports and the upper level count;
- `reports`: reports with figures drawn from the records and an edited narrative.

Screens and exports get plain dataclasses; every write is one short transaction through the
records core (`services.records`); deletes are tombstones. `today` is a parameter wherever a
result depends on it, so tests fix it. Callers use the package as they used the module.
"""

from danvan_desktop.services.calendar import deadline_rules, work_calendar
from danvan_desktop.services.inspection.activities import (
    ActivityFilter,
    ActivityInput,
    ActivityRow,
    confirm_minutes,
    count_activities,
    create_activity,
    delete_activity,
    get_activity,
    iter_activities,
    link_petition,
    list_activities,
    notice_check,
    unlink_petition,
    update_activity,
)
from danvan_desktop.services.inspection.activities import (
    _activity_input as _activity_input,  # for tests that rebuild a form from a row
)
from danvan_desktop.services.inspection.board import (
    MemberInput,
    MemberRow,
    TermInfo,
    TermInput,
    add_member,
    check_members,
    create_term,
    current_term,
    delete_member,
    delete_term,
    get_term,
    list_members,
    list_terms,
    member_leaves,
    update_member,
    update_term,
)
from danvan_desktop.services.inspection.common import (
    DEFAULT_ADDRESSEE,
    check_hamlet,
    hamlet_names,
    like_words,
    non_negative,
)
from danvan_desktop.services.inspection.figures import (
    UnitFigures,
    board_figures,
    figures_by_unit,
)
from danvan_desktop.services.inspection.plans import (
    PlanInput,
    PlanRow,
    create_plan,
    delete_plan,
    list_plans,
    plan_period_label,
    update_plan,
)
from danvan_desktop.services.inspection.recommendations import (
    RecommendationFilter,
    RecommendationInput,
    RecommendationRow,
    clear_answer,
    count_recommendations,
    create_recommendation,
    delete_recommendation,
    get_recommendation,
    iter_recommendations,
    list_recommendations,
    recompute_due_dates,
    record_answer,
    record_follow_up,
    update_recommendation,
)
from danvan_desktop.services.inspection.reports import (
    ReportInfo,
    ReportInput,
    activity_years,
    board_name,
    create_report,
    delete_report,
    figures_dict,
    figures_from_dict,
    get_report,
    list_reports,
    mark_report_sent,
    refresh_report_figures,
    report_period,
    update_report,
)
from danvan_desktop.services.records import check_owned, check_revision, tombstone
from danvan_desktop.services.records import get as get_live
from danvan_desktop.store.inspection_queries import BoardCounts, board_counts_by_unit

__all__ = [
    "ActivityFilter",
    "ActivityInput",
    "ActivityRow",
    "BoardCounts",
    "DEFAULT_ADDRESSEE",
    "MemberInput",
    "MemberRow",
    "PlanInput",
    "PlanRow",
    "RecommendationFilter",
    "RecommendationInput",
    "RecommendationRow",
    "ReportInfo",
    "ReportInput",
    "TermInfo",
    "TermInput",
    "UnitFigures",
    "activity_years",
    "add_member",
    "board_counts_by_unit",
    "board_figures",
    "board_name",
    "check_hamlet",
    "check_members",
    "check_owned",
    "check_revision",
    "clear_answer",
    "confirm_minutes",
    "count_activities",
    "count_recommendations",
    "create_activity",
    "create_plan",
    "create_recommendation",
    "create_report",
    "create_term",
    "current_term",
    "deadline_rules",
    "delete_activity",
    "delete_member",
    "delete_plan",
    "delete_recommendation",
    "delete_report",
    "delete_term",
    "figures_by_unit",
    "figures_dict",
    "figures_from_dict",
    "get_activity",
    "get_live",
    "get_recommendation",
    "get_report",
    "get_term",
    "hamlet_names",
    "iter_activities",
    "iter_recommendations",
    "like_words",
    "link_petition",
    "list_activities",
    "list_members",
    "list_plans",
    "list_recommendations",
    "list_reports",
    "list_terms",
    "mark_report_sent",
    "member_leaves",
    "non_negative",
    "notice_check",
    "plan_period_label",
    "recompute_due_dates",
    "record_answer",
    "record_follow_up",
    "refresh_report_figures",
    "report_period",
    "tombstone",
    "unlink_petition",
    "update_activity",
    "update_member",
    "update_plan",
    "update_recommendation",
    "update_report",
    "update_term",
    "work_calendar",
]
