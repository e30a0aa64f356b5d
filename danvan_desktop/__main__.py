"""`python -m danvan_desktop` runs the same entry point as the `danvan` command."""

from danvan_desktop.cli import main

raise SystemExit(main())
