"""The dashboard in a browser: textual-serve runs `docket tui` per browser session, behind the token.

The first page is opened with ?token=TOKEN (or an Authorization header); it sets an HttpOnly cookie so the
page's websocket and static files pass the same check. Each session's dashboard runs as the signed-in
user (`docket tui --user NAME`), so their manual records carry their name. A read-only user is refused
the dashboard (it records and edits); the calendar and the API are theirs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shlex
import sys
import threading
from typing import Any

from docket.db import users
from docket.db.store import Store

COOKIE = "docket_token"


def command_for(user: users.UserView) -> str:
    return f"{shlex.quote(sys.executable)} -m docket tui --user {shlex.quote(user.name)}"


def make_server(store: Store, host: str, port: int) -> Any:
    """A textual-serve server with the token check (ImportError without textual-serve)."""
    from aiohttp import web
    from textual_serve.app_service import AppService
    from textual_serve.server import Server

    def user_of(request: web.Request) -> tuple[users.UserView | None, str | None]:
        header = request.headers.get("Authorization", "")
        from_query = request.query.get("token")
        token = header[7:].strip() if header[:7].lower() == "bearer " else from_query
        token = token or request.cookies.get(COOKIE, "")
        return users.by_token(store, token), from_query

    @web.middleware
    async def check_token(request: web.Request, handler: Any) -> web.StreamResponse:
        user, from_query = await asyncio.get_running_loop().run_in_executor(None, user_of, request)
        if user is None:
            return web.Response(
                status=401,
                text="a valid token is needed: open this page with ?token=TOKEN\n",
                headers={"WWW-Authenticate": 'Bearer realm="docket"'},
            )
        if user.read_only:
            return web.Response(
                status=403, text="read-only users have the calendar and the API, not the dashboard\n"
            )
        request["docket_user"] = user
        response = await handler(request)
        if from_query:
            response.set_cookie(COOKIE, from_query, httponly=True, samesite="Strict")
        return response

    class DashboardServer(Server):
        async def _make_app(self) -> web.Application:
            app = await super()._make_app()
            app.middlewares.append(check_token)
            return app

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            # textual-serve's own, with the command of the signed-in user.
            websocket = web.WebSocketResponse(heartbeat=15)
            width = _int(request.query.get("width"), 80)
            height = _int(request.query.get("height"), 24)
            service = None
            try:
                await websocket.prepare(request)
                service = AppService(
                    command_for(request["docket_user"]),
                    write_bytes=websocket.send_bytes,
                    write_str=websocket.send_str,
                    close=websocket.close,
                    download_manager=self.download_manager,
                    debug=self.debug,
                )
                await service.start(width, height)
                await self._process_messages(websocket, service)
            except asyncio.CancelledError:
                await websocket.close()
            finally:
                if service is not None:
                    await service.stop()
            return websocket

    os.environ["DOCKET_DB"] = store.url  # the sessions' dashboards open this docket
    return DashboardServer("docket tui", host=host, port=port, title="Docket")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


class Running:
    """A dashboard server on its own thread and event loop."""

    def __init__(self, server: Any) -> None:
        from aiohttp import web

        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._runner: web.AppRunner | None = None
        self._server = server
        self._thread = threading.Thread(target=self._run, name="dashboard", daemon=True)
        self._thread.start()
        self._ready.wait(30)

    def _run(self) -> None:
        from aiohttp import web

        asyncio.set_event_loop(self._loop)

        async def start() -> None:
            app = await self._server._make_app()
            self._runner = web.AppRunner(app)
            await self._runner.setup()
            await web.TCPSite(self._runner, self._server.host, self._server.port).start()

        try:
            self._loop.run_until_complete(start())
        finally:
            self._ready.set()
        self._loop.run_forever()

    def stop(self) -> None:
        async def cleanup() -> None:
            if self._runner is not None:
                await self._runner.cleanup()

        if self._loop.is_running():
            asyncio.run_coroutine_threadsafe(cleanup(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


def start(args: argparse.Namespace, store: Store, port: int) -> Running | None:
    dashboard_port = args.dashboard_port if args.dashboard_port is not None else port + 1
    try:
        server = make_server(store, args.host, dashboard_port)
    except ImportError:
        print(
            "docket: serve: the dashboard needs textual-serve (pip install 'docket[serve]'); "
            "serving the calendar and the API only",
            file=sys.stderr,
        )
        return None
    running = Running(server)
    print(f"dashboard on http://{args.host}:{dashboard_port}/?token=TOKEN", file=sys.stderr)
    return running
