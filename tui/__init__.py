"""The Docket dashboard (Textual): upcoming hearings, cases and their evidence, search, manual records.

`docket.tui.app.DocketApp(store)` runs on any store that implements `docket.tui.ports.DocketStore` (the
real one is `docket.db.store.Store`); `docket tui`'s handler is `docket.cli.tui_command.run`. The
dashboard reads and writes only through the store's methods, and imports through the monitor's pipeline.
"""
