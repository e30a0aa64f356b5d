"""The records core every area's services share: fetch a live record, the rule that a unit edits
only its own records, the stale-edit check, tombstones, and one `save` that normalises text.

Text is normalised once, here, from the column it lands in: NFC and trimmed always; a
single-line column (`String(n)`) also has inner runs of whitespace and line breaks collapsed,
while a multi-line one (`Text`, or any column declared with `info={"multiline": True}`) keeps
its line breaks. `info={"multiline": False}` forces single-line on a `Text` column.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Text, TypeDecorator, inspect
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, nfc
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.base import Record

R = TypeVar("R", bound=Record)

RECORD = "hồ sơ"


# ---- how a record is named to an officer ---------------------------------------------------

#: columns that name a record to an officer, in the order they are shown
LABEL_PARTS = (
    "number",
    "code",
    "received_on",
    "held_on",
    "registered_on",
    "issued_on",
    "name",
    "title",
    "summary",
    "content",
)


def record_label(row: object) -> str:
    """One line naming a record: "Số 12 – 05/03/2026 – Đơn đề nghị …" (whichever columns it
    has, each cut at 120 characters), or its id when it has none of them."""
    parts = []
    for name in LABEL_PARTS:
        value = getattr(row, name, None)
        if value is None or value == "":
            continue
        if isinstance(value, dt.date):
            value = fmt_date(value)
        if name == "number":
            value = f"Số {value}"
        text = " ".join(str(value).split())
        parts.append(text if len(text) <= 120 else text[:119] + "…")
    return " – ".join(parts) or str(getattr(row, "id", ""))


# ---- get, ownership, stale edits, tombstones ----------------------------------------------


def get(s: Session, cls: type[R], record_id: str | None, what: str = RECORD) -> R:
    """The live (not tombstoned) record, or NotFound naming `what` in Vietnamese."""
    row = s.get(cls, record_id) if record_id else None
    if row is None or row.deleted:
        raise NotFound(f"Không tìm thấy {what} (có thể đã bị xóa).")
    return row


def check_owned(ctx: AppContext, row: Record | str, what: str = RECORD) -> None:
    """A unit edits only its own records (others reach it by sync, to read)."""
    unit_code = row if isinstance(row, str) else row.unit_code
    if ctx.unit_code and unit_code != ctx.unit_code:
        raise RuleViolation(f"Đây là {what} của đơn vị khác: chỉ được xem, không được sửa.")


def check_revision(row: Record, expected: int | None, what: str = "Hồ sơ") -> None:
    """Refuse to save over a change someone else made since the form was opened."""
    if expected is not None and row.revision != expected:
        raise RuleViolation(
            f"{what} đã được {row.updated_by or 'người khác'} sửa sau khi bạn mở. Hãy mở lại để xem "
            "bản mới nhất rồi sửa tiếp; nội dung bạn vừa nhập chưa được lưu."
        )


def get_owned(
    ctx: AppContext,
    s: Session,
    cls: type[R],
    record_id: str | None,
    what: str = RECORD,
    expected_revision: int | None = None,
    *,
    owner: str = RECORD,
) -> R:
    """`get`, then the ownership and stale-edit checks: what every edit of a record starts with."""
    row = get(s, cls, record_id, what)
    check_owned(ctx, row, owner)
    check_revision(row, expected_revision, what[:1].upper() + what[1:])
    return row


def tombstone(
    ctx: AppContext,
    cls: type[Record],
    record_id: str,
    what: str = RECORD,
    *,
    guard: Callable[[Session, Any], None] | None = None,
    owner: str = RECORD,
) -> None:
    """Soft-delete one record (records are never hard-deleted: the tombstone travels by sync).
    `guard(session, row)` may refuse (RuleViolation) before anything changes."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        row = get(s, cls, record_id, what)
        check_owned(ctx, row, owner)
        if guard is not None:
            guard(s, row)
        row.deleted = True


def tombstone_rows(rows: Iterable[Record]) -> int:
    """Tombstone rows already loaded (children of a deleted record); returns how many."""
    n = 0
    for row in rows:
        row.deleted = True
        n += 1
    return n


# ---- text normalisation ----------------------------------------------------------------------


def multiline(cls: type[Record], name: str) -> bool | None:
    """Whether column `name` of `cls` keeps line breaks; None when it is not a text column."""
    col = inspect(cls).columns.get(name)
    if col is None:
        return None
    if "multiline" in col.info:
        return bool(col.info["multiline"])
    typ: Any = col.type
    if isinstance(typ, TypeDecorator):
        if hasattr(typ, "multiline"):
            return bool(typ.multiline)
        typ = typ.impl
    try:
        if typ.python_type is not str:
            return None
    except NotImplementedError:
        return None
    return isinstance(typ, Text)


def normalise(cls: type[Record], name: str, value: Any) -> Any:
    """One value as column `name` of `cls` should store it (non-text values pass through)."""
    if not isinstance(value, str):
        return value
    if multiline(cls, name):
        return nfc(value).strip()
    return clean(value)


def normalised(cls: type[Record], data: Any, names: Iterable[str] | None = None) -> Any:
    """A copy of a dataclass (or dict) of form input with every text field normalised for `cls`.
    Names that are not columns of `cls` are cleaned as single-line text."""
    if isinstance(data, Mapping):
        keys = set(data) if names is None else set(names)
        return {**data, **{k: normalise(cls, k, data[k]) for k in keys}}
    settable = {f.name for f in dataclasses.fields(data) if f.init}
    keys = settable if names is None else settable & set(names)
    return dataclasses.replace(data, **{k: normalise(cls, k, getattr(data, k)) for k in keys})


def add(s: Session, cls: type[R], **values: Any) -> R:
    """A new child record (step, link, note…) with its text normalised for its columns."""
    row = cls(**{k: normalise(cls, k, v) for k, v in values.items()})
    s.add(row)
    return row


# ---- save --------------------------------------------------------------------------------------


def _items(data: Any) -> dict[str, Any]:
    if isinstance(data, Mapping):
        return dict(data)
    return {f.name: getattr(data, f.name) for f in dataclasses.fields(data)}


def save(
    s: Session,
    entity_cls: type[R],
    data: Any,
    validate: Callable[[Any], None] | None = None,
    expected_revision: int | None = None,
    *,
    row: R | str | None = None,
    ctx: AppContext | None = None,
    what: str = RECORD,
    owner: str = RECORD,
    skip: Iterable[str] = (),
    values: Mapping[str, Any] | Callable[[Any], Mapping[str, Any]] | None = None,
    derive: Callable[[R], None] | None = None,
    flush: bool = True,
) -> R:
    """Create (`row` None) or update (`row`: the record or its id) one record from form data.

    Every text field of `data` (a dataclass or mapping) is normalised once for its column;
    `validate(clean_data)` may refuse before anything is written; then the fields that are
    columns of `entity_cls` (less `skip`) are set, `values` (owner unit, parent ids, values the
    service converts — a mapping, or a function of the clean data) are set over them, and
    `derive(row)` fills derived columns (search keys, sort keys, deadlines). With `ctx`, an
    existing record is checked to be this unit's own; `expected_revision` refuses a stale
    edit. One flush, so one revision per save.
    """
    if isinstance(row, str):
        row = get(s, entity_cls, row, what)
    if row is not None:
        if ctx is not None:
            check_owned(ctx, row, owner)
        check_revision(row, expected_revision, what[:1].upper() + what[1:])
    data = normalised(entity_cls, data)
    if validate is not None:
        validate(data)
    columns = set(inspect(entity_cls).columns.keys())
    skipped = set(skip)
    new = row is None
    target: R = entity_cls() if row is None else row
    for name, value in _items(data).items():
        if name in columns and name not in skipped:
            setattr(target, name, value)
    fixed = values(data) if callable(values) else values
    for name, value in (fixed or {}).items():
        setattr(target, name, normalise(entity_cls, name, value))
    if derive is not None:
        derive(target)
    if new:
        s.add(target)  # only now: a query in `derive` must not autoflush a half-filled row
    if flush:
        s.flush()
    return target


# ---- records kept under a parent ---------------------------------------------------------------


@dataclass(frozen=True)
class Parent:
    """How a child record hangs under its parent (a member under a board term, a violation under
    a project): the parent's table, the child's column holding the parent's id, and how the
    parent is named in messages."""

    cls: type[Record]
    key: str
    what: str

    def values(self, parent: Record) -> dict[str, Any]:
        """A child's link to its parent: the parent's id, and the parent's owning unit."""
        return {self.key: parent.id, "unit_code": parent.unit_code}


def create_child(
    ctx: AppContext,
    parent: Parent,
    parent_id: str,
    save_fn: Callable[[Session, Any, Any], Record],
) -> str:
    """Add a record under a parent this unit owns; `save_fn(session, parent_row, None)` saves
    it (usually with `save` and `parent.values`). Returns the new record's id."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        owner = get_owned(ctx, s, parent.cls, parent_id, parent.what)
        return save_fn(s, owner, None).id


def update_child(
    ctx: AppContext,
    parent: Parent,
    cls: type[Record],
    record_id: str,
    what: str,
    expected_revision: int | None,
    save_fn: Callable[[Session, Any, Any], Record],
    check: Callable[[Any], None] | None = None,
) -> int:
    """Edit a record kept under a parent: ownership and stale-edit checks, `check(row)` if
    given, then `save_fn(session, parent_row, row)`. Returns the new revision."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        row = get_owned(ctx, s, cls, record_id, what, expected_revision)
        if check is not None:
            check(row)
        owner = get(s, parent.cls, getattr(row, parent.key), parent.what)
        return save_fn(s, owner, row).revision
