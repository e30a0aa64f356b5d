"""What a bundle reader accepts, applied before trust and before allocation, and a JSON decoder
no input can crash (issue 8: a line nested a thousand deep raised RecursionError).

    Limits                          sizes, counts, ratios, line length, nesting depth
    loads_bounded(data, ...) -> Any JSON text → value, or ValueError naming the fault
    check_depth(data, max_depth)    ValueError if brackets nest deeper than max_depth

Every decoding fault (bad UTF-8, bad JSON, too deep, NaN, duplicate keys) is a ValueError, which
the reader turns into a refusal with its reason.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What the reader accepts. Real bundles sit far below these; the point is to refuse hostile
    files (a zip bomb, a million entries) before they cost memory or disk."""

    max_bundle_bytes: int = 2 << 30  # the .dvk file itself
    max_entries: int = 1000
    max_total_uncompressed: int = 2 << 30  # all entries together, declared and actual
    max_ratio: int = 200  # uncompressed / compressed, per entry (JSON lines of ours: 3-10)
    ratio_min_bytes: int = 1 << 20  # tiny entries may compress absurdly well: no ratio check
    max_manifest_bytes: int = 1 << 20
    max_line_bytes: int = 16 << 20  # one record

    max_depth: int = 32  # JSON nesting: our records are flat objects, manifests two deep


# Escapes first, then strings without them: both linear (no backtracking on hostile input).
_ESCAPES = re.compile(rb"\\.", re.DOTALL)
_STRINGS = re.compile(rb'"[^"]*"')
_BRACKETS = re.compile(rb"[\[\]{}]")


def check_depth(data: bytes, max_depth: int) -> None:
    """Raise ValueError if `[`/`{` nest deeper than `max_depth`, before any parser recurses.

    Counting brackets is C-speed and bounds the depth from above: a line with few brackets
    (every real record) needs nothing more. Otherwise strings are blanked out and the real
    depth is measured."""
    if data.count(b"{") + data.count(b"[") <= max_depth:
        return
    depth = 0
    for match in _BRACKETS.finditer(_STRINGS.sub(b'""', _ESCAPES.sub(b"", data))):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > max_depth:
                raise ValueError(f"JSON lồng nhau quá {max_depth} tầng")
        else:
            depth -= 1


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


#: records: no NaN/Infinity; callers bound the depth first (check_depth)
record_decoder = json.JSONDecoder(parse_constant=_reject_constant)
_strict_decoder = json.JSONDecoder(
    parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys
)


def loads_bounded(data: bytes, *, max_depth: int = 32, strict_keys: bool = False) -> Any:
    """Decode UTF-8 JSON with a nesting bound; every fault is a ValueError (UnicodeDecodeError
    is one). `strict_keys` refuses an object with a key twice (the signed manifest)."""
    check_depth(data, max_depth)
    decoder = _strict_decoder if strict_keys else record_decoder
    try:
        return decoder.decode(data.decode("utf-8"))
    except RecursionError:  # the depth check makes this unreachable; kept as a refusal
        raise ValueError("JSON lồng nhau quá sâu") from None
