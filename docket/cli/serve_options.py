"""`docket serve`'s options (the server itself, docket/cli/serve.py, is imported only when it runs)."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction, store: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "serve",
        parents=[store],
        help="serve the calendar, a read-only JSON API and the dashboard over HTTP (token required)",
        description=(
            "Serve /calendar.ics (and /calendar/case/ID.ics) for calendar apps, a read-only JSON API "
            "(/api/hearings, /api/cases, /api/cases/ID, /api/search?q=) and, with textual-serve "
            "installed, the dashboard in a browser on --dashboard-port. Every request needs a user's "
            "token (docket users add NAME): 'Authorization: Bearer TOKEN' or ?token=TOKEN."
        ),
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port of the calendar and the API (default 8080)")
    p.add_argument(
        "--dashboard-port",
        type=int,
        default=None,
        metavar="PORT",
        help="port of the dashboard in a browser (default: --port + 1)",
    )
    p.add_argument("--no-dashboard", action="store_true", help="serve only the calendar and the API")
