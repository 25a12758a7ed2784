"""`docket users add|list|remove`: who may open the docket through `docket serve`."""

from __future__ import annotations

import argparse
import sys

from .exit_codes import EXIT_FAILED, EXIT_OK
from .sanitise import clean


def add_parser(sub: argparse._SubParsersAction, store: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "users",
        parents=[store],
        help="manage who may use docket serve (tokens)",
        description="Each user of 'docket serve' has a token, shown once when the user is added.",
    )
    action = p.add_subparsers(dest="action", required=True, metavar="add|list|remove")
    a = action.add_parser("add", parents=[store], help="add a user and print their token (once)")
    a.add_argument("name")
    a.add_argument("--read-only", action="store_true", help="may read but not record through the dashboard")
    action.add_parser("list", parents=[store], help="list users")
    r = action.add_parser("remove", parents=[store], help="remove a user: their token stops working")
    r.add_argument("name")


def run(args: argparse.Namespace) -> int:
    from docket.db import users
    from docket.db.store import Store, StoreError

    try:
        with Store.open(getattr(args, "db", None)) as store:
            if args.action == "add":
                user, token = users.add(store, args.name, read_only=args.read_only)
                print(
                    clean(f"added {user.name}" + (" (read-only)" if user.read_only else "")), file=sys.stderr
                )
                print(
                    "their token (shown only now; send it as 'Authorization: Bearer TOKEN' or ?token=):",
                    file=sys.stderr,
                )
                print(token)
            elif args.action == "list":
                found = users.listed(store)
                if not found:
                    print("no users: add one with 'docket users add NAME'")
                for user in found:
                    rights = "read-only" if user.read_only else "read-write"
                    print(clean(f"{user.name}  {rights}  since {user.created_at:%Y-%m-%d}"))
            elif not users.remove(store, args.name):
                print(clean(f"docket: no user named {args.name!r}"), file=sys.stderr)
                return EXIT_FAILED
            else:
                print(clean(f"removed {args.name}"))
    except StoreError as exc:
        print(f"docket: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
