"""Community investment supervision boards (Ban Giám sát đầu tư của cộng đồng, DOMAIN §5;
Luật 10/2022 Đ.41–45, NĐ 59/2023 Đ.17–19), one module per concern:

- `projects`: one board per project, its members (composition warnings), dissolution;
- `supervisions`: supervisions, violations (money recovered, settlement reductions) and
  recommendations with answers;
- `figures`: the figures provincial report forms ask for, per quarter and year.

It stands beside the People's Inspection Board (`services.inspection`), sharing its hamlet and
amount checks. Callers use the package as they used the module: every public name is here.
"""

from danvan_desktop.services.investment_supervision.figures import (
    InvestmentFigures,
    QuarterFigures,
    UnitInvestmentFigures,
    figures,
    figures_by_unit,
    iter_all_supervisions,
    year_by_quarter,
)
from danvan_desktop.services.investment_supervision.projects import (
    ProjectInput,
    ProjectRow,
    SupervisorInput,
    SupervisorRow,
    add_supervisor,
    check_board,
    create_project,
    delete_project,
    delete_supervisor,
    dissolve_board,
    get_project,
    list_projects,
    list_supervisors,
    reopen_board,
    update_project,
    update_supervisor,
)
from danvan_desktop.services.investment_supervision.supervisions import (
    ProjectRecInput,
    ProjectRecRow,
    SupervisionInput,
    SupervisionRow,
    ViolationInput,
    ViolationRow,
    delete_project_recommendation,
    delete_supervision,
    delete_violation,
    list_project_recommendations,
    list_supervisions,
    list_violations,
    save_recommendation,
    save_supervision,
    save_violation,
)

__all__ = [
    "InvestmentFigures",
    "ProjectInput",
    "ProjectRecInput",
    "ProjectRecRow",
    "ProjectRow",
    "QuarterFigures",
    "SupervisionInput",
    "SupervisionRow",
    "SupervisorInput",
    "SupervisorRow",
    "UnitInvestmentFigures",
    "ViolationInput",
    "ViolationRow",
    "add_supervisor",
    "check_board",
    "create_project",
    "delete_project",
    "delete_project_recommendation",
    "delete_supervision",
    "delete_supervisor",
    "delete_violation",
    "dissolve_board",
    "figures",
    "figures_by_unit",
    "get_project",
    "iter_all_supervisions",
    "list_project_recommendations",
    "list_projects",
    "list_supervisions",
    "list_supervisors",
    "list_violations",
    "reopen_board",
    "save_recommendation",
    "save_supervision",
    "save_violation",
    "update_project",
    "update_supervisor",
    "year_by_quarter",
]
