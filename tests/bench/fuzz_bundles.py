"""Fuzz the bundle reader and the import with mutations of real bundles (issue 8, item 2).

    /work/main/.venv/bin/python tests/bench/fuzz_bundles.py [--n 10000] [--seed 1]

Builds the demo commune (`danvan demo`, unit 18673) and its province (42), exchanges their keys
as officers do, and takes real bundles: a data bundle of the commune (its real records, a few
per entity with every parent kept, signed with its real key) for the province, and the
province's real rollup for the commune. Each mutation is one of
- flip: 1-16 random bits of the file flipped;
- truncate: the file cut at a random length;
- zip: an entry dropped, duplicated, renamed (also to ../ or absolute names), replaced by junk
  or by a broken deflate stream, stored instead of deflated, or a junk entry added;
- json: a payload line edited (a field set to a huge, deep, wrong-typed or foreign value, a key
  dropped or added, a line duplicated, dropped or replaced by garbage), manifest hashes and
  counts recomputed (or not) and the manifest signed again with the sender's real key;
- manifest: a manifest field set to a hostile value (seq 2**63, kind, sender, recipient, counts,
  files, dates…), signed again or not;
then goes through `bundle verify` (ledger.verify_bundle) and a real import into the recipient's
database. Prints how many were refused, accepted and uncaught (any exception that escaped
verify or import: must be 0), and how many refusals came only from the import's last-resort
guard (a fault no check named: should be 0 too).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import io
import itertools
import json
import logging
import random
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PROVINCE, COMMUNE = "42", "18673"
ADMIN_PASSWORD, DEMO_PASSWORD = "matkhau123", "danvan2026"
GUARD = "không đọc được gói ("
PER_ENTITY = 4


# ---- real bundles --------------------------------------------------------------------------


def setup(folder: Path) -> dict[str, Any]:
    from danvan_desktop import demo
    from danvan_desktop.services import install, signing_keys, users
    from danvan_desktop.services.context import open_context
    from danvan_desktop.sync import exporter, rollup, trust
    from danvan_desktop.sync.bundle_format import open_bundle

    commune = open_context(folder / "xa.sqlite")
    demo.build_demo(commune, today=dt.date(2026, 11, 20))
    users.authenticate(commune, "admin", DEMO_PASSWORD)
    province = open_context(folder / "tinh.sqlite")
    install.initialise(province, PROVINCE, "admin", ADMIN_PASSWORD, "Trần Thị Tỉnh")
    users.authenticate(province, "admin", ADMIN_PASSWORD)
    for me, other, name in ((commune, province, "xa.key"), (province, commune, "tinh.key")):
        trust.export_own_key(me, folder / name)
        trust.trust_key_file(other, folder / name)

    full = exporter.export_data(commune, folder / "full")
    me = trust.own_identity(commune)
    with commune.read() as s:
        lookup = trust.trusted_keys(s)
    own = {(me.unit_code, me.install_id): me.public_key}
    with open_bundle(
        full.path, lambda u, i: own.get((u, i)) or lookup(u, i), expected_recipient=PROVINCE
    ) as bundle:
        payload = small_payload(bundle)
        manifest = bundle.manifest
        # Two of the demo's evidence files travel too (issue 10): their entries are fuzzed.
        attached = {
            f"files/{sha}": b"".join(bundle.attachment_chunks(sha))
            for sha in sorted(bundle.attachments)[:2]
        }
    data = write_bundle(
        folder / "base-data.dvk",
        manifest.to_dict() | {"seq": 1, "bundle_id": manifest.bundle_id},
        payload,
        signing_keys.unlocked(commune).private_raw,
        attached,
    )
    rollups = rollup.export_rollups(province, folder / "down", unit=COMMUNE)
    return {
        "commune": commune,
        "province": province,
        "bases": [
            (data.read_bytes(), signing_keys.unlocked(commune).private_raw, province),
            (rollups[0].path.read_bytes(), signing_keys.unlocked(province).private_raw, commune),
        ],
    }


def small_payload(bundle: Any) -> dict[str, list[dict[str, Any]]]:
    """A few real records per entity, keeping only children whose parents are kept."""
    from danvan_desktop.sync import authority
    from danvan_desktop.sync.profiles import is_synced_entity

    kept: dict[str, set[str]] = {}
    out: dict[str, list[dict[str, Any]]] = {}
    for entity in bundle.entities:
        rows: list[dict[str, Any]] = []
        parents = authority.parents_of(entity) if is_synced_entity(entity) else {}
        for rec in bundle.iter_records(entity):
            if (
                len(rows) < PER_ENTITY
                and all(
                    rec.get(col) is None
                    or target.startswith("@")
                    or target == "unit:code"
                    or rec[col] in kept.get(target, set())
                    for col, target in parents.items()
                )
                and not any(t.startswith("@") and rec.get(c) for c, t in parents.items())
            ):
                rows.append(rec)
        kept[entity] = {r.get("id") for r in rows}
        out[entity] = rows
    return out


def encode_lines(rows: list[Any]) -> bytes:
    return b"".join(
        json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode() + b"\n"
        for r in rows
    )


def write_bundle(
    path: Path,
    manifest: dict[str, Any],
    payload: dict[str, list[Any]],
    private_raw: bytes,
    attached: dict[str, bytes] | None = None,
) -> Path:
    files = {f"payload/{e}.jsonl": encode_lines(rows) for e, rows in payload.items()}
    files.update(attached or {})
    path.write_bytes(signed_zip(manifest, files, private_raw, recount=True))
    return path


DEEP = "__deep__"
SEQ = itertools.count(2)


def new_id() -> str:
    from danvan_desktop.domain.ids import uuid7

    return uuid7()


def canonical(manifest: dict[str, Any]) -> bytes:
    text = json.dumps(
        manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    ).encode("utf-8")
    # Nesting json.dumps cannot write: spliced in as text.
    return text.replace(b'"__deep__"', b"[" * 5000 + b"]" * 5000)


def signed_zip(
    manifest: dict[str, Any], files: dict[str, bytes], private_raw: bytes, *, recount: bool
) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if recount:
        manifest = dict(manifest)
        payload = {n: b for n, b in sorted(files.items()) if not n.startswith("files/")}
        manifest["files"] = {n: hashlib.sha256(b).hexdigest() for n, b in payload.items()}
        manifest["counts"] = {
            n.removeprefix("payload/").removesuffix(".jsonl"): b.count(b"\n")
            for n, b in payload.items()
        }
        attached = {n[6:]: len(b) for n, b in sorted(files.items()) if n.startswith("files/")}
        manifest.pop("attachments", None)
        if attached:
            manifest["attachments"] = attached
    body = canonical(manifest)
    key = Ed25519PrivateKey.from_private_bytes(private_raw)
    return make_zip({**files, "manifest.json": body, "signature": key.sign(body)})


def make_zip(entries: dict[str, bytes] | list[tuple[str, bytes]], stored: bool = False) -> bytes:
    buf = io.BytesIO()
    items = entries.items() if isinstance(entries, dict) else entries
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            zf.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data)
    return buf.getvalue()


def read_entries(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


# ---- mutations -----------------------------------------------------------------------------

HOSTILE: list[Any] = [
    None,
    True,
    0,
    -1,
    1 << 63,
    -(1 << 70),
    1e308,
    "",
    "x" * 70_000,
    "42",
    "01",
    "../../etc",
    "\x00",
    "2026-13-45",
    "9999-12-31T23:59:59+14:00",
    [],
    {},
    [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
    {"a": {"b": {"c": 1}}},
    "00000000-0000-7000-8000-000000000000",
]


def mutate(rng: random.Random, raw: bytes, private_raw: bytes) -> tuple[str, bytes]:
    family = rng.choice(("flip", "truncate", "zip", "json", "json", "manifest", "attach"))
    if family == "flip":
        data = bytearray(raw)
        for _ in range(rng.randint(1, 16)):
            i = rng.randrange(len(data))
            data[i] ^= 1 << rng.randrange(8)
        return family, bytes(data)
    if family == "truncate":
        return family, raw[: rng.randrange(len(raw))]
    entries = read_entries(raw)
    manifest = json.loads(entries["manifest.json"])
    # Re-signed mutations get a fresh id and the next seq, so the import checks each one in
    # full instead of refusing it as a replay of the base bundle.
    manifest["bundle_id"] = new_id()
    manifest["seq"] = next(SEQ)
    names = list(entries)
    kept = ("payload/", "files/")
    attached = sorted(n for n in names if n.startswith("files/"))
    if family == "attach" and attached:
        # Evidence files: bytes changed under the signed hash, size or name lied about, an
        # unlisted file added.
        op = rng.choice(("bytes", "size", "extra", "name"))
        name = rng.choice(attached)
        files = {n: b for n, b in entries.items() if n.startswith(kept)}
        if op == "bytes":
            data = bytearray(files[name] or b"\0")
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
            files[name] = bytes(data)
            return f"{family}:{op}", signed_zip(manifest, files, private_raw, recount=False)
        if op == "size":
            manifest["attachments"][name[6:]] = rng.choice((0, 1, 1 << 40, -1, "x"))
            return f"{family}:{op}", signed_zip(manifest, files, private_raw, recount=False)
        if op == "extra":
            files[f"files/{hashlib.sha256(b'extra').hexdigest()}"] = b"extra"
            return f"{family}:{op}", signed_zip(manifest, files, private_raw, recount=False)
        new = rng.choice(("files/../x", "files/ABC", f"files/{name[6:]}/x", "files/" + "0" * 64))
        files[new] = files.pop(name)
        return f"{family}:{op}", signed_zip(
            manifest, files, private_raw, recount=rng.random() < 0.5
        )
    if family == "attach":
        family = "zip"
    if family == "zip":
        op = rng.choice(("drop", "dup", "rename", "junk", "deflate", "stored", "add"))
        name = rng.choice(names)
        items = list(entries.items())
        if op == "drop":
            items = [(n, b) for n, b in items if n != name]
        elif op == "dup":
            items.append((name, entries[name]))
        elif op == "rename":
            new = rng.choice(
                ("../x.jsonl", "/abs", "C:/x", "payload/zz.jsonl", "PAYLOAD/a.jsonl", "a\\b")
            )
            items = [(new if n == name else n, b) for n, b in items]
        elif op == "junk":
            items = [(n, rng.randbytes(rng.randint(0, 300)) if n == name else b) for n, b in items]
        elif op == "add":
            items.append((rng.choice(("payload/extra.jsonl", "notes.txt")), b"{}\n"))
        elif op == "deflate":
            data = bytearray(make_zip(items))
            with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
                info = zf.getinfo(name)
            start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
            for i in range(start, start + info.compress_size):
                data[i] = rng.randrange(256)
            return f"{family}:{op}", bytes(data)
        return f"{family}:{op}", make_zip(items, stored=op == "stored")
    if family == "json":
        files = {n: b for n, b in entries.items() if n.startswith(kept)}
        name = rng.choice(sorted(n for n in files if n.startswith("payload/")))
        rows = files[name].split(b"\n")[:-1]
        op = rng.choice(("field", "drop_key", "add_key", "dup", "drop", "garbage", "deep"))
        if rows:
            i = rng.randrange(len(rows))
            try:
                rec = json.loads(rows[i])
            except ValueError:
                rec = {}
            if op == "field" and isinstance(rec, dict) and rec:
                rec[rng.choice(sorted(rec))] = rng.choice(HOSTILE)
                rows[i] = json.dumps(rec, ensure_ascii=False).encode()
            elif op == "drop_key" and isinstance(rec, dict) and rec:
                rec.pop(rng.choice(sorted(rec)))
                rows[i] = json.dumps(rec).encode()
            elif op == "add_key" and isinstance(rec, dict):
                rec[rng.choice(("unit_code", "zz", "id", "parent_code"))] = rng.choice(HOSTILE)
                rows[i] = json.dumps(rec).encode()
            elif op == "dup":
                rows.append(rows[i])
            elif op == "drop":
                rows.pop(i)
            elif op == "garbage":
                rows[i] = rng.choice((b"\xff\xfe", b"{", b"NaN", b"[1,2]", b'{"a":1,"a":2}'))
            else:
                depth = rng.choice((50, 1000, 20_000))
                rows[i] = b"[" * depth + b"1" + b"]" * depth
        files[name] = b"".join(r + b"\n" for r in rows)
        recount = rng.random() < 0.8
        return f"{family}:{op}", signed_zip(manifest, files, private_raw, recount=recount)
    field = rng.choice(sorted(manifest))
    manifest[field] = rng.choice(
        HOSTILE + [1 << 63, 30_000_000, 2, "data", "rollup", "reference", "ack", DEEP]
    )
    files = {n: b for n, b in entries.items() if n.startswith(kept)}
    if rng.random() < 0.7:
        return f"manifest:{field}", signed_zip(manifest, files, private_raw, recount=False)
    return f"manifest:{field}:unsigned", make_zip({**entries, "manifest.json": canonical(manifest)})


# ---- run -----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from danvan_desktop.sync import importer, ledger, trust
    from danvan_desktop.sync.errors import SyncError

    warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we write
    logging.disable(logging.WARNING)  # each refusal is logged; the counts are what we read
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="danvan-fuzz-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        world = setup(folder)
        print(
            f"setup (demo commune, province, real bundles): {time.perf_counter() - started:.0f} s"
        )
        counts: collections.Counter[str] = collections.Counter()
        families: collections.Counter[str] = collections.Counter()
        samples: list[str] = []
        work = folder / "m"
        work.mkdir()
        started = time.perf_counter()
        for n in range(args.n):
            raw, private_raw, ctx = world["bases"][n % len(world["bases"])]
            family, data = mutate(rng, raw, private_raw)
            families[family.split(":")[0]] += 1
            path = work / f"m{n:05d}.dvk"
            path.write_bytes(data)
            with ctx.read() as s:
                lookup = trust.trusted_keys(s)
            try:
                ledger.verify_bundle(path, lookup)
                counts["verify accepted"] += 1
            except SyncError:
                counts["verify refused"] += 1
            except Exception:  # noqa: BLE001 - what we count
                counts["verify uncaught"] += 1
                samples.append(f"verify {family}: {traceback.format_exc(limit=3)}")
            try:
                [report] = importer.import_bundles(
                    ctx, [path], backup=False, ack_dir=folder / "acks", staging_dir=folder / "st"
                )
                if report.ok:
                    counts["import accepted"] += 1
                    counts[f"import {report.status}"] += 1
                else:
                    counts["import refused"] += 1
                    if report.message.split(": ", 1)[-1].startswith(GUARD):
                        counts["import refused by the last-resort guard"] += 1
                        samples.append(f"guard {family}: {report.message}")
            except Exception:  # noqa: BLE001 - what we count
                counts["import uncaught"] += 1
                samples.append(f"import {family}: {traceback.format_exc(limit=3)}")
            path.unlink()
            if (n + 1) % 1000 == 0:
                rate = (n + 1) / (time.perf_counter() - started)
                print(f"  {n + 1} mutations, {rate:.0f}/s", flush=True)
        for ctx in (world["commune"], world["province"]):
            ctx.close()
    total = args.n
    refused = counts["import refused"]
    accepted = counts["import accepted"]
    uncaught = counts["verify uncaught"] + counts["import uncaught"]
    print(f"mutations: {total} ({', '.join(f'{k} {v}' for k, v in sorted(families.items()))})")
    print(
        f"verify: refused {counts['verify refused']}, accepted {counts['verify accepted']}, "
        f"uncaught {counts['verify uncaught']}"
    )
    print(
        f"import: refused {refused}, accepted {accepted}, uncaught {counts['import uncaught']} "
        f"(refused by the last-resort guard: {counts['import refused by the last-resort guard']})"
    )
    print(
        f"  accepted = applied {counts['import applied']} + already imported "
        f"{counts['import already_imported']}"
    )
    print(f"refused: {refused}, accepted: {accepted}, uncaught: {uncaught}")
    for s in samples[:10]:
        print("---", s)
    return 1 if uncaught else 0


if __name__ == "__main__":
    raise SystemExit(main())
