"""Parser throughput, memory and cold start, measured by hand:

    .venv/bin/python bench/parse.py [--reports 1000] [--words 600] [--dump-mb 2 20]

Prints the median time per report and reports/s over N reports of about W words (built from the
sample reports, paragraphs re-ordered so no two are alike), the process's peak resident memory, and the
median wall time of `docket parse one.txt` from a cold start. Targets (issue 2): at least 100 reports/s
on one core, under 150 MB, under 1 s.

--dump-mb N...: also parse one feed dump of N MB (the reports run together, each closed by a feed
footer) per size, written to a file and read and parsed as `docket parse` does, each in a process of
its own so its peak memory is its own; prints its CPU time and CPU per MB, which stays flat when the
time is linear in the size.

--corpus GLOB...: the reports are these files (e.g. 'bench/blind*/*.txt', quoted), each parsed once, and
the dumps are built from them. The generated reports re-use the samples' paragraphs, so a cost paid once
per distinct wording (a pattern compiled for the words a sentence holds) is paid a few hundred times over
them and thousands of times over real reports: the corpus is the honest figure, the generated reports
the comparable one.
"""

from __future__ import annotations

import argparse
import glob
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from docket.parse import MAX_ARTICLE_CHARS, parse_bytes, read_report  # noqa: E402


def build_reports(count: int, words: int) -> list[bytes]:
    """Reports of about `words` words, each a sample's paragraphs in a new order plus others' paragraphs."""
    samples = [p.read_text("utf-8", errors="replace") for p in sorted((REPO / "samples").glob("*.txt"))]
    paragraphs = [para for text in samples for para in text.split("\n\n") if len(para.split()) > 20]
    rng = random.Random(7)
    reports = []
    for i in range(count):
        head = samples[i % len(samples)].split("\n\n")[:2]  # headline and dateline
        body: list[str] = []
        size = sum(len(p.split()) for p in head)
        while True:
            paragraph = rng.choice(paragraphs)
            # stop where the report comes nearest the target size, not past it
            if size + len(paragraph.split()) / 2 > words:
                break
            body.append(paragraph)
            size += len(paragraph.split())
        reports.append("\n\n".join(head + body).encode("utf-8"))
    return reports


def corpus_reports(patterns: list[str]) -> list[bytes]:
    """Every file the glob patterns match (relative to the repository), in a fixed order."""
    paths = sorted({path for pattern in patterns for path in glob.glob(str(REPO / pattern))})
    return [Path(path).read_bytes() for path in paths]


def build_dump(megabytes: float, words: int, corpus: list[bytes] | None = None) -> bytes:
    """A feed dump of about `megabytes` MB: reports (the corpus's, again from its start when it runs out),
    each followed by the footer a feed appends."""
    target = int(megabytes * 1024 * 1024)
    parts: list[bytes] = []
    size = 0
    batch = 0
    while size < target:
        for i, report in enumerate(corpus or build_reports(200, words)):
            title = report.split(b"\n", 1)[0].decode("utf-8")
            footer = f"\n\nL'article {title} est apparu en premier sur Bench {batch}-{i}.\n\n"
            parts.append(report + footer.encode("utf-8"))
            size += len(parts[-1])
            if size >= target:
                break
        batch += 1
    return b"".join(parts)


def dump_child(path: str) -> None:
    """Read and parse one dump file in this process, as `docket parse` does, and print its figures on
    one line (for `dump_run`)."""
    cpu_started = time.process_time()
    parsed = parse_bytes(read_report(path, max_bytes=Path(path).stat().st_size), path, MAX_ARTICLE_CHARS)
    cpu = time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(parsed.articles)} {cpu:.3f} {peak_mb:.0f}")


def dump_run(megabytes: float, words: int, corpus: list[bytes] | None = None) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dump.txt"
        path.write_bytes(build_dump(megabytes, words, corpus))
        size = path.stat().st_size / (1024 * 1024)
        command = [sys.executable, __file__, "--dump-child", str(path)]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()
    articles, cpu, peak = int(output[0]), float(output[1]), output[2]
    return (
        f"dump {size:5.1f} MB    {articles} articles, {cpu:.1f} s of CPU ({cpu / size:.2f} s/MB), "
        f"peak {peak} MB resident"
    )


def cold_start(runs: int) -> float:
    docket = shutil.which("docket") or str(Path(sys.executable).with_name("docket"))
    one = REPO / "samples" / "bj_criet_houndegnon_appel.txt"
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([docket, "parse", str(one)], check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--cold-runs", type=int, default=7)
    parser.add_argument("--dump-mb", type=float, nargs="*", default=[], help="dump sizes to parse, in MB")
    parser.add_argument("--corpus", nargs="+", metavar="GLOB", help="real report files instead (see above)")
    parser.add_argument("--dump-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump_child is not None:
        dump_child(args.dump_child)
        return

    corpus = corpus_reports(args.corpus) if args.corpus else None
    if args.corpus and not corpus:
        parser.error(f"no file matches {' '.join(args.corpus)}")
    reports = corpus or build_reports(args.reports, args.words)
    mean_words = statistics.mean(len(r.split()) for r in reports)
    warm_up = build_reports(50, args.words)
    for data in warm_up:  # steady state: patterns compiled, dateparser loaded, as in a long batch
        parse_bytes(data, "warm-up.txt")
    per_report = []
    cpu_started = time.process_time()
    started = time.perf_counter()
    for i, data in enumerate(reports):
        t0 = time.perf_counter()
        parse_bytes(data, f"report-{i}.txt")
        per_report.append(time.perf_counter() - t0)
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    with tempfile.TemporaryDirectory():
        cold = cold_start(args.cold_runs)

    print(f"reports           {len(reports)} of {mean_words:.0f} words on average")
    print(f"median per report {statistics.median(per_report) * 1000:.2f} ms")
    print(f"throughput        {len(reports) / total:.0f} reports/s (one process, one core)")
    # on a shared machine wall time counts other jobs; this process's own CPU time does not
    print(f"CPU per report    {cpu / len(reports) * 1000:.2f} ms, {len(reports) / cpu:.0f} reports/s of CPU")
    print(f"peak memory       {peak_mb:.0f} MB resident (whole process)")
    print(f"cold start        {cold * 1000:.0f} ms median for `docket parse one.txt` ({args.cold_runs} runs)")
    for megabytes in args.dump_mb:
        print(dump_run(megabytes, args.words, corpus))


if __name__ == "__main__":
    main()
