"""The screen kit: what every screen and form shares.

- `tables`: `make_table`/`fill_table`/`selected_id`; rows open on double-click, Enter, Space.
- `paged`: the paged table model and its view for long registers.
- `colours`: status colours.
- `forms`: `FormDialog` (a form from a list of fields) and `FormBase` (every form's behaviour).
- `register`: `ScreenBase` (the refresh protocol) and `RegisterScreen` (search, filters, table).
- `ops`: `run_task`, the one way to call a service, and the change broadcast.
"""
