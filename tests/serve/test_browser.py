"""`docket serve`'s dashboard in a real browser: headless Chromium (Debian's package) opens it with a user's
token, the dashboard draws its home screen, Enter opens the case, and the screenshots are not blank.

Driven through the DevTools protocol (aiohttp's websocket client, which textual-serve brings). Skipped
without /usr/bin/chromium (Debian: apt-get install chromium). DOCKET_SAVE_ARTEFACTS=1 writes the case's
screenshot to tests/serve/artefacts/dashboard-case.png (the one checked in was made so).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import itertools
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)"
)
aiohttp = pytest.importorskip("aiohttp")
pytest.importorskip("textual_serve")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_factories import report  # noqa: E402

from docket.db import users  # noqa: E402
from docket.db.store import Store  # noqa: E402

LOWER = (0.52, 0.76)  # the band of the window between the case's timeline and the key bar
ARTEFACTS = Path(__file__).resolve().parent / "artefacts"
FLAGS = (
    "--headless",
    "--no-sandbox",  # as root in CI
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
    "--remote-allow-origins=*",
    "--window-size=1200,800",
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def pixels(png: bytes) -> list[bytes]:
    """The pixels of an 8-bit RGB or RGBA PNG (what Chromium writes), each as its bytes."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    at, data, width = 8, b"", 0
    height = depth = colour = 0
    while at < len(png):
        (size,), kind = struct.unpack(">I", png[at : at + 4]), png[at + 4 : at + 8]
        body = png[at + 8 : at + 8 + size]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            data += body
        at += 12 + size
    assert depth == 8 and colour in (2, 6), (depth, colour)
    step = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(data), width * step
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up, corner = previous[i], previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(line)
        previous = line
    return [bytes(row[x : x + 3]) for row in rows for x in range(0, stride, step)]


def drawn(png: bytes, rows: tuple[float, float] = (0.0, 1.0)) -> float:
    """The share of pixels not of the commonest colour, in a band of rows (as shares of the height): 0 for
    a blank page."""
    width = struct.unpack(">I", png[16:20])[0]
    found = pixels(png)
    height = len(found) // width
    found = found[int(rows[0] * height) * width : int(rows[1] * height) * width]
    return 1 - Counter(found).most_common(1)[0][1] / len(found)


class DevTools:
    def __init__(self, websocket: Any) -> None:
        self.websocket = websocket
        self.ids = itertools.count(1)

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        number = next(self.ids)
        await self.websocket.send_str(json.dumps({"id": number, "method": method, "params": params}))
        while True:
            message = json.loads((await self.websocket.receive(timeout=60)).data)
            if message.get("id") == number:
                assert "error" not in message, message
                return message["result"]

    async def screenshot(self, scale: float = 1.0) -> bytes:
        clip = {"x": 0, "y": 0, "width": 1200, "height": 800, "scale": scale}
        shot = await self.send("Page.captureScreenshot", format="png", clip=clip)
        return base64.b64decode(shot["data"])

    async def settled(self, differs_from: bytes | None = None, timeout: float = 60.0) -> bytes:
        """A small screenshot once the page is drawn (and changed, if asked) and two in a row agree."""
        deadline, last = time.monotonic() + timeout, b""
        while time.monotonic() < deadline:
            try:
                shot = await self.screenshot(scale=0.25)
            except AssertionError:  # 'Not attached to an active page' while the page loads
                await asyncio.sleep(0.5)
                continue
            if shot == last and drawn(shot) > 0.02 and shot != differs_from:
                return shot
            last = shot
            await asyncio.sleep(0.7)
        raise AssertionError("the page did not settle on a drawn screen")

    async def press(self, key: str, code: int, text: str = "") -> None:
        for kind in ("keyDown", "keyUp"):
            await self.send(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=key,
                windowsVirtualKeyCode=code,
                nativeVirtualKeyCode=code,
                **({"text": text} if text and kind == "keyDown" else {}),
            )


async def walk(devtools_url: str) -> tuple[bytes, bytes, bytes]:
    async with aiohttp.ClientSession() as session, session.ws_connect(devtools_url, max_msg_size=0) as ws:
        tools = DevTools(ws)
        home = await tools.settled()  # the page was opened by the command line: its terminal drawn
        # The terminal takes keys in its helper textarea: give it the focus, as a click would.
        focus = "document.querySelector('.xterm-helper-textarea').focus(); document.activeElement.className"
        focused = await tools.send("Runtime.evaluate", expression=focus, returnByValue=True)
        assert "xterm-helper-textarea" in focused["result"]["value"]
        await asyncio.sleep(1.0)
        home = await tools.settled()
        await tools.press("Enter", 13, "\r")  # home → the selected hearing's case
        case = await tools.settled(differs_from=home)
        return home, case, await tools.screenshot()


def test_the_dashboard_in_headless_chromium_goes_from_home_to_a_case(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'docket.db'}"
    soon = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    with Store.open(url) as store:
        store.ingest_parsed(report("r1.txt", next_hearing=soon))
        _, token = users.add(store, "ana")
    port, dashboard_port = _free_port(), _free_port()
    env = {**os.environ, "DOCKET_CONFIG_DIR": str(tmp_path / "config")}
    command = [sys.executable, "-m", "docket", "serve", "--db", url, "--port", str(port)]
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen([*command, "--dashboard-port", str(dashboard_port)], stderr=log, env=env)
    profile = Path(tempfile.mkdtemp(prefix="docket-chromium-"))
    browser = None
    try:
        page = f"http://127.0.0.1:{dashboard_port}/?token={token}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(page, timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, (tmp_path / "serve.log").read_text()
            time.sleep(0.2)
        browser = subprocess.Popen(
            [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", page],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        active = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not active.exists() or not active.read_text().strip():
            assert time.monotonic() < deadline and browser.poll() is None, "chromium did not start"
            time.sleep(0.2)
        devtools_port = active.read_text().split()[0]
        targets = httpx.get(f"http://127.0.0.1:{devtools_port}/json/list", timeout=10).json()
        target = next(t for t in targets if t["type"] == "page")
        home, case, full = asyncio.run(walk(target["webSocketDebuggerUrl"]))
        assert drawn(home) > 0.02 and drawn(case) > 0.02  # both screens are drawn, not blank pages
        # Enter opened the case: home lists one hearing over an empty page, where the case shows the
        # report its hearing was read from (the lower half of the window, above the key bar).
        assert drawn(home, LOWER) < 0.01 < 0.03 < drawn(case, LOWER), (
            drawn(home, LOWER),
            drawn(case, LOWER),
        )
        assert full[:8] == b"\x89PNG\r\n\x1a\n" and len(full) > 10_000
        (tmp_path / "dashboard-case.png").write_bytes(full)
        if os.environ.get("DOCKET_SAVE_ARTEFACTS"):
            ARTEFACTS.mkdir(exist_ok=True)
            (ARTEFACTS / "dashboard-case.png").write_bytes(full)
    finally:
        if browser is not None:
            browser.terminate()
            try:
                browser.wait(10)
            except subprocess.TimeoutExpired:
                browser.kill()
        server.terminate()
        server.wait(30)
        log.close()
        shutil.rmtree(profile, ignore_errors=True)
