"""`docket tui` (and a bare `docket` on a terminal): the dashboard on the docket, or on a demo docket."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from docket.db.store import Store, StoreError
from docket.monitor import pipeline, sources
from docket.samples_dir import SAMPLES_DIR

from .exit_codes import EXIT_FAILED, EXIT_OK


def _error(message: str) -> None:
    # One line, even when a database driver's message spans several.
    print(f"docket tui: {' '.join(message.split())}", file=sys.stderr)


def demo_store(workdir: Path, samples: Path | None = None) -> Store:
    """A fresh docket in `workdir`, holding every sample report."""
    samples = samples or SAMPLES_DIR
    files = sources.folder_reports(samples).files if samples.is_dir() else []
    if not files:
        raise FileNotFoundError(
            f"--demo needs the sample reports, and there are none in {samples} (reinstall Docket)"
        )
    store = Store.open(f"sqlite:///{workdir / 'demo.sqlite'}")
    for _result in pipeline.ingest(store, files):
        pass
    return store


def run(args: argparse.Namespace) -> int:
    from docket.tui.app import DocketApp  # Textual is loaded only for the dashboard

    workdir = Path(tempfile.mkdtemp(prefix="docket-demo-")) if args.demo else None
    try:
        try:
            store = demo_store(workdir) if workdir else Store.open(args.db)
        except (StoreError, OSError) as error:  # OSError: a SQLite path whose folder cannot be made
            _error(str(error))
            return EXIT_FAILED
        try:
            app = DocketApp(
                store,
                today=args.today,
                locale=args.locale,
                user=args.user,  # None: the store records the login name
                demo=args.demo,
            )
            app.run()
        finally:
            store.close()
        return app.return_code or EXIT_OK
    finally:
        if workdir:
            shutil.rmtree(workdir, ignore_errors=True)
