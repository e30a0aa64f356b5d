"""Sync between levels: signed bundle files carried on removable drives (DESIGN §3).

`errors` (BundleError with a stable code and a Vietnamese message), `keys` (Ed25519 signing
keys and public-key files), `bundle_format` (writer and hardened reader of `.dvk` bundles).
Export, import and rollups build on these; this package never imports `reports` or `ui`.
"""
