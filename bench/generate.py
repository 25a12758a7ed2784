"""Generated data for the benchmarks: report files for end-to-end ingest, or a big docket written directly.

    python bench/generate.py reports DIR --count 10000          # French hearing reports, one per file
    python bench/generate.py docket URL --cases 100000 --hearings 300000

Everything is seeded, so two runs give the same data. The names, courts and charges are invented here.
`populate()` writes through the ORM's tables in bulk (one transaction per chunk) and then builds the
search index, so a docket of 100,000 cases takes a minute rather than an hour of single ingests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from babel.dates import format_date  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from docket.db import models as m  # noqa: E402
from docket.db.folding import name_tokens  # noqa: E402
from docket.db.schema import IMMEDIATE, make_engine  # noqa: E402
from docket.db.search import SearchIndex  # noqa: E402
from docket.db.store import Store  # noqa: E402
from docket.text import fold_words

FIRST_NAMES = (
    "Adjovi Akouavi Bienvenu Candide Dossou Edmond Fifamè Gildas Honorine Irénée Jacqueline Kocou "
    "Léandre Mahougnon Nestor Océane Prudence Quentin Rodrigue Sènami Théophile Ulrich Victorin Wilfried "
    "Yolande Zinsou"
).split()
LAST_NAMES = (
    "Agossou Ahouansou Akpovi Assogba Dégbé Djossou Fagla Gbaguidi Hounkpatin Kiki Kpadonou Lokossou "
    "Mèdégan Noudéhou Ogouchi Padonou Quenum Sossa Tossou Vodounou Wabi Yèhouénou Zannou Adédjouma Bocovo"
).split()
CITIES = ("Cotonou", "Porto-Novo", "Parakou", "Abomey", "Lokossa", "Natitingou", "Ouidah", "Djougou")
COURT_PATTERNS = (
    "Tribunal de première instance de {city}",
    "Cour d'appel de {city}",
    "Tribunal de commerce de {city}",
)
CHARGES = (
    "escroquerie",
    "abus de confiance",
    "détournement de deniers publics",
    "blanchiment de capitaux",
    "faux et usage de faux",
    "association de malfaiteurs",
    "vol aggravé",
    "corruption",
)
RULING_KINDS = ("adjourned", "bail_denied", "bail_granted", "deliberation_reserved", "convicted", "acquitted")
START = dt.date(2024, 1, 1)


def _person(rng: random.Random) -> str:
    # Two first names and a double surname: some 400,000 people, so few namesakes in 10,000 reports.
    first, second = rng.choice(FIRST_NAMES), rng.choice(FIRST_NAMES)
    return f"{first} {second} {rng.choice(LAST_NAMES)}-{rng.choice(LAST_NAMES)}"


def _fr(day: dt.date) -> str:
    return format_date(day, format="d MMMM yyyy", locale="fr_FR")


def report_text(index: int, seed: int = 7) -> str:
    """A French hearing report: a court, defendants, a charge, a held hearing, a refused release, a renvoi."""
    rng = random.Random(seed * 1_000_003 + index)
    city = rng.choice(CITIES)
    court = rng.choice(COURT_PATTERNS).format(city=city)
    defendants = [_person(rng) for _ in range(rng.randint(1, 2))]
    charge = rng.choice(CHARGES)
    held = START + dt.timedelta(days=rng.randint(0, 700))
    published = held + dt.timedelta(days=1)
    following = held + dt.timedelta(days=rng.randint(7, 60))
    lawyer = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    who = " et ".join(defendants)
    plural = "s" if len(defendants) > 1 else ""
    return (
        f"Procès de {who} : le dossier renvoyé au {_fr(following)}\n\n"
        f"{city}, le {_fr(published)} – Le {court} a examiné le {_fr(held)} le dossier de {who}, "
        f"poursuivi{plural} pour {charge}.\n\n"
        f"À l'audience, Me {lawyer}, avocat de la défense, a demandé la mise en liberté provisoire de son "
        f"client, que le tribunal a rejetée. Le procureur de la République a requis {rng.randint(2, 10)} ans "
        f"d'emprisonnement ferme.\n\n"
        f"L'affaire a été renvoyée au {_fr(following)} pour la suite des débats.\n"
    )


def write_reports(folder: Path, count: int, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"report-{index:06d}.txt"
        path.write_text(report_text(index, seed), encoding="utf-8")
        paths.append(path)
    return paths


def _cases(
    count: int, hearings: int, seed: int, today: dt.date
) -> Iterator[tuple[dict, list[str], str, list[dict]]]:
    rng = random.Random(seed)
    per_case = [hearings // count] * count
    for extra in rng.sample(range(count), hearings % count):
        per_case[extra] += 1
    for index in range(count):
        city = rng.choice(CITIES)
        court = rng.choice(COURT_PATTERNS).format(city=city)
        defendants = [_person(rng) for _ in range(rng.randint(1, 3))]
        case = {
            "title": " / ".join(defendants),
            "court": court,
            "court_text": court,
            "court_key": fold_words(court),
            "country": "BJ",
            "origin": m.PARSED,
            "followed": index % 500 == 0,
            "tags": [],
        }
        # Hearings spread from two years ago to one year ahead: most are history, some are upcoming.
        dates = sorted(today + dt.timedelta(days=rng.randint(-730, 365)) for _ in range(per_case[index]))
        hearing_rows = [
            {
                "date": d,
                "date_text": _fr(d),
                "precision": "day",
                "origin": m.PARSED,
                "status": "held" if d < today else "scheduled",
            }
            for d in dates
        ]
        yield case, defendants, rng.choice(CHARGES), hearing_rows


def populate(url: str, cases: int, hearings: int, seed: int = 11, chunk: int = 2000) -> None:
    """Write `cases` cases with `hearings` hearings in all (plus parties, charges, a ruling each)."""
    today = dt.date.today()
    Store.open(url).close()  # creates or upgrades the schema
    engine = make_engine(url).execution_options(**{IMMEDIATE: True})
    index = SearchIndex(engine.dialect.name)
    generated = _cases(cases, hearings, seed, today)
    party_ids: dict[str, int] = {}
    done = 0
    while done < cases:
        batch = [next(generated) for _ in range(min(chunk, cases - done))]
        with Session(engine) as session:
            case_ids = list(
                session.scalars(
                    insert(m.Case).returning(m.Case.id, sort_by_parameter_order=True),
                    [row for row, *_ in batch],
                )
            )
            links, keys, charges, hearing_rows, rulings = [], [], [], [], []
            for case_id, (_, defendants, charge, case_hearings) in zip(case_ids, batch, strict=True):
                for name in defendants:
                    if name not in party_ids:
                        party_ids[name] = session.scalar(
                            insert(m.Party).returning(m.Party.id),
                            {"name": name, "normalized": fold_words(name), "aliases": []},
                        )
                    links.append(
                        {
                            "case_id": case_id,
                            "party_id": party_ids[name],
                            "role": "defendant",
                            "role_text": "prévenu",
                            "origin": m.PARSED,
                        }
                    )
                tokens = set().union(*(name_tokens(name) for name in defendants))
                keys.extend({"case_id": case_id, "token": t} for t in sorted(tokens))
                charges.append({"case_id": case_id, "label": charge, "text": charge, "origin": m.PARSED})
                hearing_rows.extend({**h, "case_id": case_id} for h in case_hearings)
                if case_hearings:
                    rulings.append(
                        {
                            "case_id": case_id,
                            "date": case_hearings[0]["date"],
                            "kind": RULING_KINDS[case_id % 6],
                            "origin": m.PARSED,
                            "date_text": case_hearings[0]["date_text"],
                        }
                    )
            session.execute(insert(m.CaseParty), links)
            session.execute(insert(m.CaseNameKey), keys)
            session.execute(insert(m.Charge), charges)
            session.execute(insert(m.Hearing), hearing_rows)
            session.execute(insert(m.Ruling), rulings)
            index.index_cases(session, case_ids)
            session.commit()
        done += len(batch)
        print(f"\r{done}/{cases} cases", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    with Session(engine) as session:
        total = session.scalar(select(m.Hearing.id).order_by(m.Hearing.id.desc()).limit(1))
    print(f"docket at {url}: {cases} cases, {total} hearings", file=sys.stderr)
    engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="what", required=True)
    reports = sub.add_parser("reports", help="write generated report files into a folder")
    reports.add_argument("folder", type=Path)
    reports.add_argument("--count", type=int, default=1000)
    reports.add_argument("--seed", type=int, default=7)
    docket = sub.add_parser("docket", help="fill a docket database with generated cases and hearings")
    docket.add_argument("url")
    docket.add_argument("--cases", type=int, default=100_000)
    docket.add_argument("--hearings", type=int, default=300_000)
    docket.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    if args.what == "reports":
        write_reports(args.folder, args.count, args.seed)
        print(f"{args.count} reports in {args.folder}")
    else:
        populate(args.url, args.cases, args.hearings, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
