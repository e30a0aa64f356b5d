"""The petition register (sổ theo dõi đơn thư, DOMAIN §4), one module per concern:

- `common`: fields, states and the dataclasses handed to screens;
- `register`: enter, correct, delete and read a petition; reveal a protected identity;
- `workflow`: the steps of handling, extensions;
- `deadlines`: the deadline of the step pending, on the calendar of `services.calendar`;
- `duplicates`: likely repeats at entry, and links to the original;
- `search`: filter, search, count, page and stream the register.

Callers use the package as they used the module: every public name is here.
"""

from danvan_desktop.services.calendar import CalendarEntry, calendar_days
from danvan_desktop.services.petitions.common import (
    COMPLETING,
    COMPLEXITY,
    COUNT_CAP,
    DEFAULT_WARN_DAYS,
    FIELDS,
    FTS_DENSE,
    FTS_DENSE_FILTERED,
    HIDDEN,
    OPEN_STATES,
    PROTECTED_TYPES,
    RESOLVING,
    DuplicateHit,
    Identity,
    PetitionDetail,
    PetitionInput,
    PetitionRow,
    St,
    number_label,
)
from danvan_desktop.services.petitions.deadlines import (
    add_calendar_day,
    deadline_rules,
    deadline_state,
    recompute_open_deadlines,
    remove_calendar_day,
    warn_days,
    work_calendar,
)
from danvan_desktop.services.petitions.duplicates import (
    find_duplicates,
    link_duplicate,
    unlink_duplicate,
)
from danvan_desktop.services.petitions.register import (
    as_input,
    delete_petition,
    get_petition,
    register_petition,
    reveal_identity,
    update_petition,
)
from danvan_desktop.services.petitions.search import (
    SORTS,
    PetitionFilter,
    count_petitions,
    fields_in_use,
    iter_petitions,
    list_petitions,
    search_chunks,
    years,
)
from danvan_desktop.services.petitions.workflow import extend, take_step

__all__ = [
    "COMPLETING",
    "COMPLEXITY",
    "COUNT_CAP",
    "DEFAULT_WARN_DAYS",
    "FIELDS",
    "FTS_DENSE",
    "FTS_DENSE_FILTERED",
    "HIDDEN",
    "OPEN_STATES",
    "PROTECTED_TYPES",
    "RESOLVING",
    "SORTS",
    "CalendarEntry",
    "DuplicateHit",
    "Identity",
    "PetitionDetail",
    "PetitionFilter",
    "PetitionInput",
    "PetitionRow",
    "St",
    "add_calendar_day",
    "as_input",
    "calendar_days",
    "count_petitions",
    "deadline_rules",
    "deadline_state",
    "delete_petition",
    "extend",
    "fields_in_use",
    "find_duplicates",
    "get_petition",
    "iter_petitions",
    "link_duplicate",
    "list_petitions",
    "number_label",
    "recompute_open_deadlines",
    "register_petition",
    "remove_calendar_day",
    "reveal_identity",
    "search_chunks",
    "take_step",
    "unlink_duplicate",
    "update_petition",
    "warn_days",
    "work_calendar",
    "years",
]
