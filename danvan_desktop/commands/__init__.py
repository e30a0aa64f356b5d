"""Headless subcommands of `danvan`, one module per area (see cli.COMMANDS)."""
