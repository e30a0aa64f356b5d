"""Sync between levels: signed bundle files carried on removable drives (DESIGN §3).

`errors` (BundleError with a stable code and a Vietnamese message), `keys` (Ed25519 signing
keys and public-key files), `bundle_format` (writer and hardened reader of `.dvk` bundles).
The engine on top: `profiles` (what each bundle kind carries, JSON codecs, generic over
store.base.SYNCED), `trust` (senders' keys), `exporter`, `importer` (verify → stage → preview
→ apply → ledger → ack), `acks`, `conflicts` (the register), `ledger` (read-outs, verify).
Each module's docstring lists its stable API. This package never imports `reports` or `ui`.
"""
