"""Search by citizen in the petition register, with identities encrypted at rest.

The citizen's name and address are sealed in the file (store.sealed) and left out of the list's
search text and its full-text index, so they cannot be searched in SQL. After login they are
decrypted once into one folded string in memory (rebuilt when the register changes) and
searched there at C speed; the matching rows join the search-text conditions by `row_no`.
"""

from __future__ import annotations

import bisect
import json
from typing import cast

from sqlalchemy import Integer, bindparam, column, false, func, select, text
from sqlalchemy.orm import Session

from danvan_desktop.domain.text import fold
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.petitions import Petition
from danvan_desktop.store.sealed import PLACEHOLDER, UNREADABLE

#: More citizens than this whose name matches: the query is not about a citizen (see below).
CITIZEN_CAP = 5000


def citizen_rows(ctx: AppContext, s: Session, chunks: list[str]) -> list[int]:
    """Search by citizen: identities are encrypted at rest, so they are not in the search text.
    The folded names and addresses are decrypted once into one string in memory (kept until
    the register changes) and every chunk of the query must be found in the same citizen's
    name and address (a name mixed with other words: `chunk_rows`). Protected identities
    never match, as before. A query found in more than CITIZEN_CAP citizens' names (one or
    two letters, on a large register) is too broad to be about a citizen: names are then
    left out and the search text answers alone, at index speed."""
    if not chunks:
        return []
    # Two single-aggregate queries: each is one index lookup (together they would scan).
    stamp = (
        s.execute(select(func.max(Petition.change_seq))).scalar(),
        s.execute(select(func.max(Petition.row_no))).scalar(),
    )
    held = ctx.extra.get("citizen_index")
    if held is None or held[0] != stamp:
        rows = s.execute(
            select(Petition.row_no, Petition.citizen_name, Petition.citizen_address).where(
                Petition.deleted.is_(False),
                Petition.identity_protected.is_(False),
                Petition.row_no.is_not(None),
            )
        )
        row_nos, lines = [], []
        for row_no, name, address in rows:
            if (name or address) and not ({name, address} & {PLACEHOLDER, UNREADABLE}):
                row_nos.append(cast(int, row_no))  # nullable column; the query skips NULLs
                lines.append(fold(f"{name} {address}").replace("\n", " "))
        starts, at = [], 0
        for line in lines:
            starts.append(at)
            at += len(line) + 1
        held = ctx.extra["citizen_index"] = (stamp, "\n".join(lines), starts, row_nos)
    _stamp, blob, starts, row_nos = held
    hits, first, pos = [], chunks[0], blob.find(chunks[0])
    while pos >= 0:  # C-speed find of the first chunk, then the rest within that line
        i = bisect.bisect_right(starts, pos) - 1
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(blob)
        line = blob[starts[i] : end]
        if all(c in line for c in chunks[1:]):
            hits.append(row_nos[i])
            if len(hits) > CITIZEN_CAP:
                return []
        pos = blob.find(first, end + 1)
    return hits


def rows_in(ctx: AppContext, hits: list[int]):  # noqa: ANN202
    if not hits:
        return false()
    if ctx.engine.dialect.name == "sqlite":  # one parameter, whatever the number of hits
        ids = text("SELECT value FROM json_each(:ids)").bindparams(
            bindparam("ids", json.dumps(hits), unique=True)
        )
        return Petition.row_no.in_(ids.columns(column("value", Integer)))
    return Petition.row_no.in_(hits)


def chunk_rows(ctx: AppContext, s: Session, chunks: list[str]) -> dict[str, list[int]] | None:
    """For a query of several chunks that mixes a name with other words ("nguyen van an o
    nhiem"): each chunk's citizens, so each chunk may match either the search text or the
    name. None when no chunk is in any name (the search text answers alone)."""
    if len(chunks) < 2:
        return None
    hits = {c: citizen_rows(ctx, s, [c]) for c in chunks}
    return hits if any(hits.values()) else None
