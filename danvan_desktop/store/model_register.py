"""The tables of the DVK model register moved to `store.dvk_models`; this old path stays so
imports written before the move keep working (`Field` is now `ModelField`)."""

from danvan_desktop.store.dvk_models import (
    DvkModel,
    Evidence,
    ModelField,
    ModelReview,
    ModelTransition,
)

Field = ModelField

__all__ = ["DvkModel", "Evidence", "Field", "ModelField", "ModelReview", "ModelTransition"]
