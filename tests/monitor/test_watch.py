"""`docket watch` as users run it: a separate process on a folder (and on feeds), stopped with Ctrl-C."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from newsroom import FeedServer, Route, Story, hearing_en, hearing_fr, rss, sport_fr

from docket.cli import main

REPO = Path(__file__).resolve().parents[2]
STARTUP_S = 30.0  # a cold interpreter importing SQLAlchemy and the parser on a busy CI machine
PICKUP_S = 2.0


def report_text(story: Story) -> str:
    return f"{story.title}\n\n{story.body}\n"


class Watcher:
    """A running `docket watch` whose output lines are collected as they come."""

    def __init__(self, args: list[str]) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "docket", "watch", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=REPO,
        )
        self.out: list[str] = []
        self.err: list[str] = []
        for stream, lines in ((self.process.stdout, self.out), (self.process.stderr, self.err)):
            threading.Thread(target=self._collect, args=(stream, lines), daemon=True).start()

    @staticmethod
    def _collect(stream: object, lines: list[str]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            lines.append(line.rstrip("\n"))

    def wait_for(self, found: Callable[[], bool], timeout: float, what: str) -> float:
        """Seconds it took until `found()`; fails the test after `timeout`."""
        start = time.monotonic()
        while not found():
            if self.process.poll() is not None:
                code = self.process.returncode
                pytest.fail(f"docket watch exited ({code}) while waiting for {what}: {self.err}")
            if time.monotonic() - start > timeout:
                pytest.fail(f"no {what} within {timeout} s; stdout={self.out} stderr={self.err}")
            time.sleep(0.02)
        return time.monotonic() - start

    def line_for(self, path: Path) -> str | None:
        lines = self.out + self.err
        return next((line for line in lines if line.endswith(str(path)) or f"{path}:" in line), None)

    def stop(self) -> int:
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            pytest.fail("docket watch did not stop on Ctrl-C")


@pytest.fixture
def watcher_factory() -> Iterator[Callable[[list[str]], Watcher]]:
    started: list[Watcher] = []

    def start(args: list[str]) -> Watcher:
        started.append(Watcher(args))
        return started[-1]

    yield start
    for watcher in started:
        if watcher.process.poll() is None:
            watcher.process.kill()
            watcher.process.wait()


def test_watch_ingests_the_folder_then_a_new_file_within_two_seconds(
    tmp_path: Path, db_url: str, watcher_factory: Callable[[list[str]], Watcher]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    existing = inbox / "hounkpe.txt"
    existing.write_text(report_text(hearing_fr("http://example.test", dt.date.today())), encoding="utf-8")
    watcher = watcher_factory([str(inbox), "--db", db_url])
    watcher.wait_for(lambda: any(line.startswith("watching") for line in watcher.out), STARTUP_S, "start")
    assert (watcher.line_for(existing.resolve()) or "").startswith("new")

    arrived = inbox / "okoro.txt"
    arrived.write_text(report_text(hearing_en("http://example.test", dt.date.today())), encoding="utf-8")
    watcher.wait_for(lambda: watcher.line_for(arrived.resolve()) is not None, PICKUP_S, "okoro.txt's pick-up")

    assert (watcher.line_for(arrived.resolve()) or "").startswith("new")

    # A file that changes is read again.
    with arrived.open("a", encoding="utf-8") as handle:
        handle.write("\nThe defence said it would apply for bail at the next hearing.\n")
    lines_for_arrived = lambda: [line for line in watcher.out if line.endswith(str(arrived.resolve()))]  # noqa: E731
    watcher.wait_for(lambda: len(lines_for_arrived()) == 2, PICKUP_S, "okoro.txt's change")
    assert not lines_for_arrived()[1].startswith("failed")
    assert watcher.stop() == 0

    # Watching again reads the folder again, and finds nothing new in it.
    again = watcher_factory([str(inbox), "--db", db_url])
    again.wait_for(lambda: any(line.startswith("watching") for line in again.out), STARTUP_S, "restart")
    assert "2 file(s) already in the docket, unchanged" in again.out, again.out
    assert again.line_for(existing.resolve()) is None
    assert again.stop() == 0


def test_watch_waits_for_complete_files_and_survives_bad_ones(
    tmp_path: Path, db_url: str, watcher_factory: Callable[[list[str]], Watcher]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    watcher = watcher_factory([str(inbox), "--db", db_url])
    watcher.wait_for(lambda: any(line.startswith("watching") for line in watcher.out), STARTUP_S, "start")
    story = hearing_fr("http://example.test", dt.date.today() + dt.timedelta(days=3))

    # A download under a temporary name, renamed when complete: only the final name is read.
    partial = inbox / "hounkpe.txt.part"
    partial.write_text(report_text(story), encoding="utf-8")
    partial.rename(inbox / "hounkpe.txt")
    # A file written in pieces is read once, whole.
    pieces = inbox / "okoro.txt"
    with pieces.open("w", encoding="utf-8") as handle:
        for paragraph in report_text(hearing_en("http://example.test", dt.date.today())).split("\n\n"):
            handle.write(paragraph + "\n\n")
            handle.flush()
            time.sleep(0.05)
    # A file deleted at once, a FIFO that would block a reader, and bytes that are no report.
    gone = inbox / "gone.txt"
    gone.write_text("brouillon", encoding="utf-8")
    gone.unlink()
    os.mkfifo(inbox / "pipe.txt")
    garbage = inbox / "scan.txt"
    garbage.write_bytes(bytes(range(256)) * 8)
    watcher.wait_for(lambda: watcher.line_for(garbage.resolve()) is not None, 10, "the garbage file's report")
    after = inbox / "sport.txt"
    after.write_text(report_text(sport_fr("http://example.test")), encoding="utf-8")
    watcher.wait_for(lambda: watcher.line_for(after.resolve()) is not None, 10, "the file after the bad ones")

    lines = watcher.out + watcher.err
    assert not any(".part" in line for line in lines)
    assert [line for line in lines if line.endswith(str((inbox / "hounkpe.txt").resolve()))] != []
    assert len([line for line in lines if line.endswith(str(pieces.resolve()))]) == 1
    assert (watcher.line_for(garbage.resolve()) or "").startswith("failed")
    assert (watcher.line_for(after.resolve()) or "").startswith("not_court")
    assert not any("Traceback" in line for line in watcher.err)
    assert watcher.stop() == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file: no permission error to provoke")
def test_watch_reports_an_unreadable_file_and_carries_on(
    tmp_path: Path, db_url: str, watcher_factory: Callable[[list[str]], Watcher]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    watcher = watcher_factory([str(inbox), "--db", db_url])
    watcher.wait_for(lambda: any(line.startswith("watching") for line in watcher.out), STARTUP_S, "start")
    locked = inbox / "locked.txt"
    locked.write_text(report_text(sport_fr("http://example.test")), encoding="utf-8")
    locked.chmod(0)
    watcher.wait_for(lambda: watcher.line_for(locked.resolve()) is not None, 10, "the locked file's report")
    assert "cannot read" in (watcher.line_for(locked.resolve()) or "")
    assert watcher.stop() == 0


def test_watch_feeds_polls_in_a_loop_until_stopped(
    feed_server: FeedServer, db_url: str, watcher_factory: Callable[[list[str]], Watcher]
) -> None:
    feed_server.routes["/sport.rss"] = Route(rss("Sport", [(sport_fr(feed_server.base), None)]))
    assert (
        main(
            [
                "feeds",
                "add",
                feed_server.url("/sport.rss"),
                "--name",
                "Sport",
                "--allow-private",
                "--db",
                db_url,
            ]
        )
        == 0
    )

    watcher = watcher_factory(["--feeds", "--every", "1s", "--db", db_url])

    second_poll = lambda: any("Sport: unchanged" in line for line in watcher.out)  # noqa: E731
    watcher.wait_for(second_poll, STARTUP_S, "a second poll")
    assert any("Sport: 1 items, 1 new" in line for line in watcher.out)
    assert watcher.stop() == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give a folder to watch, --feeds, or both"),
        (["--feeds", "--every", "soon"], "invalid interval 'soon'"),
        (["/nonexistent/inbox"], "not a folder: /nonexistent/inbox"),
    ],
)
def test_watch_refuses_bad_arguments_with_one_line(
    args: list[str], message: str, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["watch", *args, "--db", db_url]) == 2
    assert message in capsys.readouterr().err


def test_a_file_the_watch_has_just_read_is_not_called_already_in_the_docket(
    tmp_path: Path, db_url: str
) -> None:
    """The catch-up scan after the watcher starts, or a late event, offers again a file this watch has
    just read: it is not read again, nor reported as 'already in the docket' (issue 12, item 8). A file
    that changes is read again; another file with the same text is the docket's duplicate."""
    import io

    from docket.db.store import Store
    from docket.monitor.watch import FolderIngester, report_files

    report = tmp_path / "hounkpe.txt"
    report.write_text(report_text(hearing_fr("http://example.test", dt.date.today())), encoding="utf-8")
    with Store.open(db_url) as store:
        ingester = FolderIngester(store, settle_s=0.01)
        ingester.offer([report])
        assert [r.status for _p, r in ingester.ingest_settled()] == ["new"]
        ingester.offer([report])  # the same file, unchanged
        out = io.StringIO()
        report_files(ingester.ingest_settled(), out, io.StringIO())
        assert out.getvalue() == ""

        copy = tmp_path / "copie.txt"
        copy.write_bytes(report.read_bytes())
        ingester.offer([copy])
        report_files(ingester.ingest_settled(), out, io.StringIO())
        assert out.getvalue() == "1 file(s) already in the docket, unchanged\n"
        with report.open("a", encoding="utf-8") as handle:
            handle.write("\nLa défense a annoncé une demande de mise en liberté.\n")
        ingester.offer([report])
        assert [r.status for _p, r in ingester.ingest_settled()] == ["updated"]
