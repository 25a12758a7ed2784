"""`docket tui` (and a bare `docket` on a terminal): the dashboard on the docket, or on a demo docket."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from docket.samples_dir import SAMPLES_DIR

from .exit_codes import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from docket.db.store import Store


def _error(message: str) -> None:
    # One line, even when a database driver's message spans several.
    print(f"docket tui: {' '.join(message.split())}", file=sys.stderr)


def demo_store(workdir: Path, samples: Path | None = None) -> Store:
    """A fresh docket in `workdir`, holding every sample report."""
    from docket.db.store import Store
    from docket.monitor import pipeline, sources  # only the demo imports: not loaded otherwise

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
    from docket.tui.startup import back_to_normal, start_quietly

    start_quietly()  # before the heavy imports (docket/tui/startup.py says why)
    try:
        return _run(args)
    finally:
        back_to_normal()


def _run(args: argparse.Namespace) -> int:
    from docket.db.store import Store, StoreError
    from docket.tui.app import DocketApp  # Textual is loaded only for the dashboard
    from docket.tui.startup import heap_loaded

    workdir = Path(tempfile.mkdtemp(prefix="docket-demo-")) if args.demo else None
    try:
        try:
            store = demo_store(workdir) if workdir else Store.open(args.db)
        except (StoreError, OSError) as error:  # OSError: a SQLite path whose folder cannot be made
            _error(str(error))
            return EXIT_FAILED
        heap_loaded()
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
