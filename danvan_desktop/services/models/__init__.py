"""The register of "Dân vận khéo" models (mô hình, điển hình; DOMAIN §3) — "models" here are
DVK models, not tables (`store/`) nor Qt item models (`ui/`):

- `entries`: register, edit, move along the lifecycle, review, replicate, attach evidence;
- `lists`: list, search, count, page and stream the register; one model in full.

Callers use the package as they used the module: every public name is here.
"""

from danvan_desktop.services.models.entries import (
    APPROVAL_ACTIONS,
    ModelDetail,
    ModelInput,
    add_field,
    add_review,
    attach_evidence,
    create_model,
    delete_model,
    evidence_file,
    remove_evidence,
    replicate,
    transition,
    update_model,
)
from danvan_desktop.services.models.lists import (
    SORTS,
    ModelFilter,
    ModelRow,
    as_input,
    count_models,
    counts_by_field_status,
    field_names,
    get_model,
    iter_models,
    list_models,
    years,
)

__all__ = [
    "APPROVAL_ACTIONS",
    "SORTS",
    "ModelDetail",
    "ModelFilter",
    "ModelInput",
    "ModelRow",
    "add_field",
    "add_review",
    "as_input",
    "attach_evidence",
    "count_models",
    "counts_by_field_status",
    "create_model",
    "delete_model",
    "evidence_file",
    "field_names",
    "get_model",
    "iter_models",
    "list_models",
    "remove_evidence",
    "replicate",
    "transition",
    "update_model",
    "years",
]
