"""Fixtures for the dashboard tests: a real docket file ingested from samples/, and the app on it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from docket.db.store import Store
from docket.monitor.pipeline import ingest_bytes
from docket.monitor.sources import folder_reports
from docket.samples_dir import SAMPLES_DIR


@pytest.fixture(scope="session")
def sample_docket(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every sample ingested once per session; tests work on copies of this file."""
    path = tmp_path_factory.mktemp("template") / "docket.sqlite"
    store = Store.open(f"sqlite:///{path}")
    try:
        for report in folder_reports(SAMPLES_DIR).files:
            # Relative URIs: what the snapshots show must not depend on where the repository is cloned.
            ingest_bytes(store, report.read_bytes(), f"samples/{report.name}")
    finally:
        store.close()
    return path


@pytest.fixture
def docket_url(sample_docket: Path, tmp_path: Path) -> str:
    copy = tmp_path / "docket.sqlite"
    shutil.copyfile(sample_docket, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
def store(docket_url: str) -> Iterator[Store]:
    opened = Store.open(docket_url)
    yield opened
    opened.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The dashboard's settings in a fresh folder: never the developer's own, never shared by two tests."""
    folder = tmp_path / "config"
    monkeypatch.setenv("DOCKET_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (marked anyio) run on asyncio, Textual's event loop."""
    return "asyncio"
