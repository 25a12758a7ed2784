"""Load test of `docket serve`, run by hand: calendar apps polling an unchanged calendar.

    python bench/serve.py                               # 100,000 hearings; 50 clients x 200 requests
    python bench/serve.py --hearings 10000 --clients 10 --requests 50   # a quick look
    python bench/serve.py --db sqlite:////tmp/big.db --client httpx     # a docket made before; httpx clients

A generated docket (bench/generate.py), `docket serve --no-dashboard` in a subprocess on loopback, then
`--clients` threads, each with its own keep-alive connection, each sending `--requests` conditional GETs
of /calendar.ics (If-None-Match: the ETag of a first full answer). Every answer must be 304. Prints the
time of the first (full) answer and the median, 95th percentile and worst of the rest.
Target: all answered, median < 20 ms.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import populate  # noqa: E402
from docket.db import users  # noqa: E402
from docket.db.store import Store  # noqa: E402


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def _wait(url: str, token: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            httpx.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=5).raise_for_status()
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"the server did not answer at {url}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--hearings", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=None, help="default: a third of --hearings")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=200, help="per client")
    parser.add_argument(
        "--client",
        choices=("httpx", "http.client"),
        default="http.client",
        help="the polling clients' HTTP library (default http.client: its threads cost a fifth of httpx's "
        "CPU, so on a small machine the timings say more about the server; httpx was used before)",
    )
    parser.add_argument("--db", help="a docket URL to use as it is (default: a generated SQLite docket)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        url = args.db
        if url is None:
            url = f"sqlite:///{Path(folder) / 'docket.db'}"
            started = time.perf_counter()
            populate(url, args.cases or max(1, args.hearings // 3), args.hearings)
            print(f"serve: generated {args.hearings} hearings in {time.perf_counter() - started:.0f} s")
        with Store.open(url) as store:
            _, token = users.add(store, f"bench-{os.getpid()}")
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "docket", "serve", "--db", url, "--port", str(port), "--no-dashboard"],
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait(f"{base}/api/cases?limit=1", token)
            print(f"serve: load average before the run: {_load()} (2 cores here)")
            cpu = _cpu(server.pid)
            started = time.perf_counter()
            first = httpx.get(
                f"{base}/calendar.ics", headers={"Authorization": f"Bearer {token}"}, timeout=600
            )
            build = time.perf_counter() - started
            first.raise_for_status()
            etag = first.headers["ETag"]
            events = first.text.count("BEGIN:VEVENT")
            print(
                f"serve: first calendar: {events} events, {len(first.content) / 1e6:.1f} MB in {build:.2f} s"
                f" ({_cpu(server.pid) - cpu:.2f} s of the server's CPU)"
            )

            timings: list[float] = []
            statuses: dict[int, int] = {}
            lock = threading.Lock()
            go = threading.Barrier(args.clients)

            def client() -> None:
                mine: list[float] = []
                seen: dict[int, int] = {}
                headers = {"Authorization": f"Bearer {token}", "If-None-Match": etag}
                if args.client == "http.client":
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                    go.wait()
                    for _ in range(args.requests):
                        begun = time.perf_counter()
                        try:
                            connection.request("GET", "/calendar.ics", headers=headers)
                            response = connection.getresponse()
                            response.read()
                            code = response.status
                        except (OSError, http.client.HTTPException):
                            connection.close()
                            code = 0
                        mine.append((time.perf_counter() - begun) * 1000)
                        seen[code] = seen.get(code, 0) + 1
                    connection.close()
                else:
                    with httpx.Client(base_url=base, headers=headers, timeout=60) as http_client:
                        go.wait()
                        for _ in range(args.requests):
                            begun = time.perf_counter()
                            try:
                                code = http_client.get("/calendar.ics").status_code
                            except httpx.HTTPError:
                                code = 0
                            mine.append((time.perf_counter() - begun) * 1000)
                            seen[code] = seen.get(code, 0) + 1
                with lock:
                    timings.extend(mine)
                    for code, n in seen.items():
                        statuses[code] = statuses.get(code, 0) + n

            threads = [threading.Thread(target=client) for _ in range(args.clients)]
            cpu, own = _cpu(server.pid), time.process_time()
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wall = time.perf_counter() - started
            cpu, own = _cpu(server.pid) - cpu, time.process_time() - own
            timings.sort()
            total = len(timings)
            print(
                f"serve: {args.clients} clients ({args.client}) x {args.requests} conditional requests: "
                f"{total} answered in "
                f"{wall:.1f} s ({total / wall:.0f}/s); statuses {dict(sorted(statuses.items()))}"
            )
            p95 = timings[int(total * 0.95) - 1]
            print(
                f"serve: median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, "
                f"worst {timings[-1]:.1f} ms (target: median < 20 ms, every answer 304)"
            )
            print(
                f"serve: CPU during the polls: server {cpu:.2f} s ({cpu / total * 1000:.2f} ms a request), "
                f"clients {own:.2f} s; load average after: {_load()}"
            )
            return 0 if statuses.get(304) == total else 1
        finally:
            server.terminate()
            server.wait(30)


if __name__ == "__main__":
    sys.exit(main())
