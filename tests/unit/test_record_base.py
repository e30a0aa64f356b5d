"""The record base and audit log every area reuses (DESIGN §2)."""

import json

import pytest
from sqlalchemy import select

from danvan_desktop.domain.ids import uuid7
from danvan_desktop.services import models
from danvan_desktop.store.audit import CHANGE_SEQ
from danvan_desktop.store.base import SYNCED, AuditEntry, Counter
from danvan_desktop.store.model_register import DvkModel


def _new(ctx, name="Thắp sáng đường quê"):  # noqa: ANN001, ANN202
    return models.create_model(
        ctx, models.ModelInput(name=name, field_code="culture_society", year=2026)
    )


def test_uuid7_is_time_ordered_and_versioned() -> None:
    ids = [uuid7() for _ in range(2000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == 2000
    assert all(i[14] == "7" for i in ids)


def test_create_writes_record_base_and_audit_in_same_transaction(ctx) -> None:  # noqa: ANN001
    model_id = _new(ctx)
    with ctx.read() as s:
        m = s.get(DvkModel, model_id)
        assert m.unit_code == ctx.unit_code
        assert m.revision == 1 and m.deleted is False
        assert m.updated_by == "admin"
        assert m.created_at is not None and m.change_seq > 0
        audit = (
            s.execute(select(AuditEntry).where(AuditEntry.record_id == model_id)).scalars().all()
        )
    assert [a.action for a in audit] == ["create"]
    assert json.loads(audit[0].changes)["name"] == [None, "Thắp sáng đường quê"]
    assert audit[0].user == "admin"


def test_update_bumps_revision_and_logs_old_to_new(ctx) -> None:  # noqa: ANN001
    model_id = _new(ctx)
    detail = models.get_model(ctx, model_id)
    data = models.as_input(detail)
    data.goals = "Mục tiêu mới"
    models.update_model(ctx, model_id, data, detail.revision)
    with ctx.read() as s:
        m = s.get(DvkModel, model_id)
        last = (
            s.execute(
                select(AuditEntry)
                .where(AuditEntry.record_id == model_id)
                .order_by(AuditEntry.id.desc())
            )
            .scalars()
            .first()
        )
        seq = s.get(Counter, CHANGE_SEQ).value
    assert m.revision == 2
    assert m.change_seq == seq
    assert json.loads(last.changes) == {"goals": ["", "Mục tiêu mới"]}


def test_stale_edit_is_refused_not_lost(ctx) -> None:  # noqa: ANN001
    model_id = _new(ctx)
    detail = models.get_model(ctx, model_id)
    first = models.as_input(detail)
    first.goals = "A"
    models.update_model(ctx, model_id, first, detail.revision)
    second = models.as_input(detail)
    second.goals = "B"
    with pytest.raises(Exception, match="đã được admin sửa"):
        models.update_model(ctx, model_id, second, detail.revision)
    assert models.get_model(ctx, model_id).goals == "A"


def test_delete_is_a_tombstone_and_hard_delete_is_refused(ctx) -> None:  # noqa: ANN001
    model_id = _new(ctx)
    models.delete_model(ctx, model_id)
    with ctx.read() as s:
        assert s.get(DvkModel, model_id).deleted is True
    assert models.count_models(ctx) == 0
    with pytest.raises(RuntimeError), ctx.session() as s:
        s.delete(s.get(DvkModel, model_id))
    with ctx.read() as s:
        assert s.get(DvkModel, model_id) is not None


def test_a_failed_transaction_leaves_no_record_and_no_audit(ctx) -> None:  # noqa: ANN001
    with pytest.raises(ZeroDivisionError), ctx.session() as s:
        s.add(DvkModel(name="X", field_code="economy", year=2026))
        s.flush()
        1 / 0  # noqa: B018
    with ctx.read() as s:
        assert s.execute(select(DvkModel)).first() is None
        assert s.execute(select(AuditEntry).where(AuditEntry.entity == "models")).first() is None


def test_synced_registry_lists_entities_and_keeps_accounts_local() -> None:
    assert {
        "models",
        "model_transitions",
        "model_reviews",
        "evidence",
        "unit",
        "model_field",
    } <= set(SYNCED)
    assert "user_account" not in SYNCED
