"""Bench: the parser's F1 per field pooled over every annotated folder, and what a change moves.

Run by hand from the repository root:

    .venv/bin/python bench/pooled.py run TAG [--hold bench/blind144 ...]
    .venv/bin/python bench/pooled.py diff OLD NEW

`run` parses every report of ../shared/eval/dev, samples/ and bench/blind*/ in one `docket parse --format
jsonl` process, keeps the output in bench/.pooled/TAG.jsonl (ignored by git) and prints the dev and samples
scores and the blind folders' pooled score and per-field F1. `--hold` leaves a folder out: a blind batch not
yet scored must not be parsed by anyone reading misses (its first score is the only honest one). `diff`
compares two kept runs over the files both hold: the pooled figures, then each file whose tallies moved.

The matching is the scorer's own (../shared/eval/score.py, imported): a rule is kept when the pooled blind
figures gain at least what they lose, and the files listed are where to look.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
KEPT = REPO / "bench" / ".pooled"

Counts = dict[str, tuple[int, int, int]]  # field -> (true positives, false positives, false negatives)


def _scorer() -> ModuleType:
    sys.path.insert(0, str(EVAL))
    import score  # noqa: PLC0415 (the scorer lives beside the data, outside the package)

    return score


def folders(held: Iterable[str] = ()) -> list[Path]:
    """Every annotated folder: the dev set, the samples, then each blind batch not held back."""
    held_names = {Path(h).name for h in held}
    blind = sorted(p for p in (REPO / "bench").glob("blind*") if p.is_dir() and p.name not in held_names)
    return [EVAL / "dev", REPO / "samples", *blind]


def _tally(score: ModuleType, gold: dict, predicted: dict) -> tuple[Counts, bool]:
    g, q = score.flatten_gold(gold), score.flatten_pred(predicted)
    same: Callable[[object, object], bool] = lambda a, b: a == b  # noqa: E731
    pairs = {
        "next_hearing": (q["next_hearing"], g["next_hearing"], same),
        "rulings": (q["rulings"], g["rulings"], same),
        "ruling_kinds": ([k for _, k in q["rulings"]], [k for _, k in g["rulings"]], same),
        "hearing_dates": (q["hearing_dates"], g["hearing_dates"], same),
        "defendants": (q["defendants"], g["defendants"], score.name_match),
        "other_parties": (
            q["others"],
            g["others"],
            lambda a, b: a[1] == b[1] and score.name_match(a[0], b[0]),
        ),
        "charges": (q["charges"], g["charges"], score.charge_match),
        "courts": (q["courts"], g["courts"], score.court_match),
    }
    counts: Counts = {}
    for field, (pred, gold_items, match) in pairs.items():
        tally = score.Tally()
        tally.add(pred, gold_items, match)
        counts[field] = (tally.tp, tally.fp, tally.fn)
    return counts, q["is_court_report"] == g["is_court_report"]


def _f1(tp: int, fp: int, fn: int) -> float | None:
    return None if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


def _pooled(score: ModuleType, rows: list[tuple[Counts, bool]]) -> tuple[float, Counts]:
    total = {field: (0, 0, 0) for field in score.FIELDS}
    for counts, _ in rows:
        total = {f: tuple(a + b for a, b in zip(total[f], counts[f], strict=True)) for f in total}  # type: ignore[misc]
    f1s = [x for x in (_f1(*total[f]) for f in score.HEADLINE) if x is not None]
    classified = sum(ok for _, ok in rows) / max(1, len(rows))
    return (sum(f1s) + classified) / (len(f1s) + 1), total


def _evaluate(score: ModuleType, tag: str) -> dict[str, tuple[str, tuple[Counts, bool]]]:
    lines = (KEPT / f"{tag}.jsonl").read_text("utf-8").splitlines()
    predicted = {json.loads(line)["source"]: json.loads(line) for line in lines if line.strip()}
    out = {}
    for source, obj in predicted.items():
        path = Path(source)
        gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text("utf-8"))
        out[source] = (path.parent.name, _tally(score, gold, obj))
    return out


def _print_pooled(score: ModuleType, label: str, rows: list[tuple[Counts, bool]]) -> None:
    value, total = _pooled(score, rows)
    print(f"{label} ({len(rows)} files): {value:.4f}")
    for field in score.FIELDS:
        f1 = _f1(*total[field])
        tp, fp, fn = total[field]
        print(f"  {field:14} {'n/a' if f1 is None else f'{f1:.4f}'}   tp {tp} fp {fp} fn {fn}")


def run(tag: str, held: list[str]) -> int:
    score = _scorer()
    files = [str(p) for folder in folders(held) for p in sorted(folder.glob("*.txt"))]
    done = subprocess.run(
        [str(REPO / ".venv" / "bin" / "docket"), "parse", "--format", "jsonl", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.stderr.strip():
        print(done.stderr.strip()[-2000:], file=sys.stderr)
    KEPT.mkdir(exist_ok=True)
    (KEPT / f"{tag}.jsonl").write_text(done.stdout, "utf-8")
    evaluated = _evaluate(score, tag)
    for name in ("dev", "samples"):
        _print_pooled(score, name, [row for folder, row in evaluated.values() if folder == name])
    _print_pooled(score, "blind", [row for folder, row in evaluated.values() if folder.startswith("blind")])
    return 0


def diff(old: str, new: str) -> int:
    score = _scorer()
    before, after = _evaluate(score, old), _evaluate(score, new)
    common = [source for source in before if source in after]
    for label, keep in (("dev", "dev"), ("samples", "samples"), ("blind", "blind")):
        sources = [s for s in common if before[s][0].startswith(keep)]
        value_a, total_a = _pooled(score, [before[s][1] for s in sources])
        value_b, total_b = _pooled(score, [after[s][1] for s in sources])
        print(f"{label:8} {value_a:.4f} -> {value_b:.4f}  ({len(sources)} files)")
    for field in score.FIELDS:
        a, b = total_a[field], total_b[field]
        print(f"  {field:14} tp {a[0]}->{b[0]}  fp {a[1]}->{b[1]}  fn {a[2]}->{b[2]}")
    print("files whose tallies moved:")
    for source in common:
        (counts_a, _), (counts_b, _) = before[source][1], after[source][1]
        moved = [
            f"{f}:tp{counts_b[f][0] - counts_a[f][0]:+d}/fp{counts_b[f][1] - counts_a[f][1]:+d}"
            f"/fn{counts_b[f][2] - counts_a[f][2]:+d}"
            for f in score.FIELDS
            if counts_a[f] != counts_b[f]
        ]
        if moved:
            print(f"  {source}: {' '.join(moved)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="parse every annotated folder and keep the output as TAG")
    run_parser.add_argument("tag")
    run_parser.add_argument(
        "--hold", nargs="*", default=[], help="blind folders not to parse (not yet scored)"
    )
    diff_parser = commands.add_parser("diff", help="compare two kept runs")
    diff_parser.add_argument("old")
    diff_parser.add_argument("new")
    args = parser.parse_args()
    if args.command == "run":
        return run(args.tag, args.hold)
    return diff(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
