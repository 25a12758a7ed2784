"""`docket parse --format json|jsonl` writes a large dump's records one article at a time (issue 12,
item 5): the same bytes as `json.dumps(parsed.to_dict())`, without a whole copy of them in memory."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path

import pytest

from docket.cli.parse_command import write_json
from docket.parse import parse_bytes, parse_file

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NAMES = ["fr_feed_dump.txt", "bj_criet_houndegnon_appel.txt", "fr_distracteur_budget_cour_palais.txt"]


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("name", NAMES)
def test_the_json_written_is_what_json_dumps_gives(name: str, indent: int | None) -> None:
    parsed = parse_file(SAMPLES / name)
    out = io.StringIO()
    write_json(parsed, out, indent)
    assert out.getvalue() == json.dumps(parsed.to_dict(), ensure_ascii=False, indent=indent) + "\n"
    parsed.articles = []
    out = io.StringIO()
    write_json(parsed, out, indent)
    assert out.getvalue() == json.dumps(parsed.to_dict(), ensure_ascii=False, indent=indent) + "\n"


class _Sink(io.TextIOBase):
    """Counts what is written and keeps none of it."""

    def __init__(self) -> None:
        self.written = 0

    def write(self, text: str) -> int:
        self.written += len(text)
        return len(text)


def _peak(write) -> int:  # type: ignore[no-untyped-def]
    tracemalloc.start()
    try:
        write()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_dump_is_written_without_holding_its_whole_json() -> None:
    names = ("bj_criet_houndegnon_appel.txt", "gn_crief_ex_ministre_renvoi.txt")
    dump = "\n\n---\n\n".join([(SAMPLES / name).read_text("utf-8") for name in names] * 20)
    parsed = parse_bytes(dump.encode("utf-8"), "dump.txt")
    assert len(parsed.articles) == 40
    write_json(parsed, _Sink(), None)  # the encoder's first-use allocations are not the point
    sink = _Sink()
    streamed = _peak(lambda: write_json(parsed, sink, None))
    whole = _peak(lambda: _Sink().write(json.dumps(parsed.to_dict(), ensure_ascii=False) + "\n"))
    # Whole, the dictionaries and then the string of all forty articles are held at once; written one
    # article at a time, about one article's share of them.
    assert sink.written > 200_000
    assert streamed < whole / 5, (streamed, whole)
