"""The `.dvk` sync bundle on disk (DESIGN §3), one import path for its public names.

The format lives in four modules named for what they hold: `bundle_manifest` (the manifest, its
checks, file names, record keys), `bundle_limits` (what a reader accepts, bounded JSON),
`bundle_writer` (the streaming signed writer) and `bundle_reader` (the hardened reader, verify,
staging). Callers keep importing from here.
"""

from __future__ import annotations

from danvan_desktop.sync.bundle_limits import Limits, loads_bounded
from danvan_desktop.sync.bundle_manifest import (
    BASE_RECORD_KEYS,
    BUNDLE_SUFFIX,
    FORMAT_VERSION,
    KINDS,
    MANIFEST_NAME,
    MAX_SEQ,
    SIGNATURE_NAME,
    Manifest,
    bundle_file_name,
    check_record_shape,
    parse_bundle_file_name,
    payload_name,
    utc_now_iso,
)
from danvan_desktop.sync.bundle_reader import (
    TrustedKeys,
    VerifiedBundle,
    copy_to_staging,
    open_bundle,
    verify_file,
)
from danvan_desktop.sync.bundle_writer import BundleWriter

__all__ = [
    "BASE_RECORD_KEYS",
    "BUNDLE_SUFFIX",
    "FORMAT_VERSION",
    "KINDS",
    "MANIFEST_NAME",
    "MAX_SEQ",
    "SIGNATURE_NAME",
    "BundleWriter",
    "Limits",
    "Manifest",
    "TrustedKeys",
    "VerifiedBundle",
    "bundle_file_name",
    "check_record_shape",
    "copy_to_staging",
    "loads_bounded",
    "open_bundle",
    "parse_bundle_file_name",
    "payload_name",
    "utc_now_iso",
    "verify_file",
]
