"""Who may author a synced record: the vocabulary each Record subclass declares (issue 8).

Plain Python, no imports of the store: a record type says next to its table

    __authority__ = OWNER                     # its owning unit writes it; travels up
    __parents__ = {"model_id": "models"}      # and it hangs under records of these entities

and the sync layer (`sync.authority`) enforces it for every record of every bundle.

- OWNER: written by the unit that owns it (a commune, a hamlet of it). It reaches another
  database only in a `data` bundle from that unit (or another install of the same unit).
- UPPER: written by an upper level (province, intermediate level) about the units below it:
  decisions, deadlines, reference documents, rubrics, standings. It reaches a database only in
  a `rollup` or `reference` bundle from that database's own superior.
- BOTH: the unit list itself: a commune adds its hamlets (up), a province its own units (down).

`__parents__` maps a column to what it points at:
- an entity name ("petitions"): the row with that id, in the recipient's database or earlier
  in the same bundle, must belong to the sender's own units;
- "@column": the entity is named by another column of the same record (evidence attaches to
  any record: `record_entity` + `record_id`);
- UNIT_CODE: the column is a unit code that must be one of the sender's own units.
"""

from __future__ import annotations

OWNER = "owner"
UPPER = "upper"
BOTH = "both"
AUTHORITIES = (OWNER, UPPER, BOTH)

#: a parent that is a unit of the hierarchy, named by its code
UNIT_CODE = "unit:code"

#: bundle kinds by direction: data goes up from a unit below the recipient (or another install
#: of the same unit); rollups and reference data come down from the recipient's superior; acks
#: answer in either direction.
UP_KINDS = frozenset({"data"})
DOWN_KINDS = frozenset({"rollup", "reference"})
EITHER_KINDS = frozenset({"ack"})

#: which record authorities each bundle kind may carry
KIND_CARRIES: dict[str, frozenset[str]] = {
    "data": frozenset({OWNER, BOTH}),
    "rollup": frozenset({UPPER, BOTH}),
    "reference": frozenset({UPPER, BOTH}),
    "ack": frozenset(),
}

#: Vietnamese names of the rules, quoted in refusals
RULE_TEXT: dict[str, str] = {
    OWNER: "chỉ đơn vị sở hữu được gửi loại bản ghi này lên, trong gói dữ liệu (data)",
    UPPER: "chỉ cấp trên trực tiếp của đơn vị nhận được gửi loại bản ghi này xuống, trong gói "
    "tổng hợp (rollup) hoặc gói tham chiếu (reference)",
    BOTH: "đơn vị cấp dưới gửi lên các đơn vị của mình, cấp trên gửi xuống các đơn vị của mình",
}
