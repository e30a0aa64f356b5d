"""Headless subcommands of `danvan`, one module per area (discovered by cli.command_modules)."""
