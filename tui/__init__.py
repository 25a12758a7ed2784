"""The Docket dashboard (Textual): upcoming hearings, cases and their evidence, search, manual records.

`tui.app.run(args)` is `docket tui`'s handler; `tui.app.DocketApp(store)` runs on any `db.store.Store`.
The dashboard reads and writes only through the store's methods.
"""
