"""The dashboard driven through a real terminal (tmux) as a user would walk it, at 80x24 and 100x30:
home → case → evidence → record → correct → follow → search → followed → quit. Skipped without tmux."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
DOCKET = Path(sys.executable).with_name("docket")
pytestmark = pytest.mark.skipif(
    TMUX is None or not DOCKET.exists(), reason="needs tmux and the docket script"
)


class Terminal:
    def __init__(self, name: str) -> None:
        self.name = name

    def keys(self, *keys: str) -> None:
        subprocess.run([TMUX, "send-keys", "-t", self.name, *keys], check=True)

    def text(self, *keys: str) -> None:
        subprocess.run([TMUX, "send-keys", "-t", self.name, "-l", *keys], check=True)

    def screen(self) -> str:
        return subprocess.run(
            [TMUX, "capture-pane", "-p", "-t", self.name], check=True, capture_output=True, text=True
        ).stdout

    def wait_for(self, wanted: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if wanted in shown:
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"{wanted!r} not on screen:\n{shown}")
            time.sleep(0.1)

    def wait_gone(self, unwanted: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if unwanted not in shown:
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"{unwanted!r} still on screen:\n{shown}")
            time.sleep(0.1)

    def alive(self) -> bool:
        return subprocess.run([TMUX, "has-session", "-t", self.name], capture_output=True).returncode == 0


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
def test_walk(size: tuple[int, int], tmp_path: Path) -> None:
    name = f"docket-walk-{uuid.uuid4().hex[:8]}"
    command = f"DOCKET_CONFIG_DIR={tmp_path / 'config'} {DOCKET} tui --demo --today 2025-10-07 --locale en"
    subprocess.run(
        [TMUX, "new-session", "-d", "-s", name, "-x", str(size[0]), "-y", str(size[1]), command], check=True
    )
    term = Terminal(name)
    try:
        term.wait_for("Monday 20 October · 1 hearing")  # home, with its day heading
        term.keys("Enter")
        term.wait_for("Timeline")  # the case
        term.keys("Down")
        term.wait_for("déclarée incompétente")  # the evidence: the source sentence in its report
        term.keys("r")
        term.wait_for("Record a ruling")
        shown = term.wait_for("Cancel")  # the whole form, buttons included
        term.text("2025-10-20")
        term.keys("Tab", "Enter")
        term.wait_for("deliberation reserved")  # the kind list opens full
        term.keys("Down", "Down", "Down", "Down", "Enter")  # bail granted
        shown = term.wait_gone("deliberation reserved")  # the list closed on the choice
        assert "bail granted" in shown
        term.keys("C-s")
        term.wait_for("✎ manual")
        term.keys("Up", "Up")  # the parsed 'adjourned' ruling
        term.wait_for("a été renvoyé")
        term.keys("e")
        term.wait_for("Correct a ruling")
        term.wait_for("adjourned")
        term.keys("C-s")
        term.wait_for("✎ correction")
        term.keys("f")
        term.wait_for("★ Followed")
        term.keys("/")
        term.wait_for("party: court:")  # the search screen, its field focused
        term.text("détention?")
        shown = term.wait_for("case(s) found")
        assert "détention?" in shown and "detention_ordered" not in shown
        term.keys("Escape")
        term.wait_for("Timeline")
        term.keys("2")
        shown = term.wait_for("Followed cases")
        assert "Houndégnon" in term.wait_for("in 13 days")  # the followed case and its next hearing
        term.keys("q")
        deadline = time.monotonic() + 10
        while term.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not term.alive()
    finally:
        subprocess.run([TMUX, "kill-session", "-t", name], capture_output=True)
