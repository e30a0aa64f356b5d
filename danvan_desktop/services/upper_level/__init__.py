"""The upper level's use cases (province, or an intermediate level): which communes it oversees,
how complete their submissions are, aggregated views across them (models, and the figures every
registered area contributes, counted in SQL over the records the communes sent) with a read-only
drill-down, its own decisions on their records, their standing among peers, and what the
commune sees of all this once a rollup came back down.

Everything the upper level decides or computes is its own record (store.upper_level), never an
edit of a commune's row (DESIGN §2). The import ledger is the sync engine's table; it is read
here through the store only (services never import sync).

One module per subject (scope, completeness, figures, decisions, standings, references);
this package re-exports them: `from danvan_desktop.services import upper_level as ul; ul.X`.
"""

from danvan_desktop.services.upper_level.completeness import (  # noqa: F401
    CompletenessRow,
    CompletenessSummary,
    LedgerEntry,
    Submission,
    completeness,
    ledger_entries,
    local_date,
    summarise,
)
from danvan_desktop.services.upper_level.decisions import (  # noqa: F401
    DECISION_LABELS,
    DecisionKind,
    DecisionRow,
    decision_counts,
    decisions,
    record_decision,
    withdraw_decision,
)
from danvan_desktop.services.upper_level.figures import (  # noqa: F401
    DEFAULT_RATE_THRESHOLD,
    RECOGNISED,
    CommuneActivity,
    CommuneModels,
    activity_figures,
    activity_span,
    field_list,
    model_aggregates,
    model_cells_by_unit,
    rate_threshold,
)
from danvan_desktop.services.upper_level.references import (  # noqa: F401
    REFERENCE_KINDS,
    ReferenceInfo,
    publish_reference,
    reference_content,
    reference_documents,
)
from danvan_desktop.services.upper_level.scope import (  # noqa: F401
    DEFAULT_GRACE_DAYS,
    LEVEL_LABELS,
    UPPER_LEVELS,
    CommuneInfo,
    check_period,
    communes,
    deadlines,
    due_date,
    is_upper_level,
    member_communes,
    period_end,
    period_span,
    period_year,
    set_deadline,
)
from danvan_desktop.services.upper_level.standings import (  # noqa: F401
    ReceivedStanding,
    StandingFigures,
    compute_standings,
    ordered_metrics,
    publish_standings,
    received_standings,
)
