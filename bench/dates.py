"""Bench: docket.dates.find_dates against dateparser's search_dates on French reports.

Run by hand from the repository root:  .venv/bin/python bench/dates.py [REPORT.txt ...]

Without arguments it reads the French reports of samples/ (the longest one, about 600 words, is the
headline figure) or, when samples/ is missing, the invented report below. For each report it prints
the median time of `find_dates` and of `search_dates(languages=['fr'])` over the same text, and how many
of search_dates' results are false: results that match none of find_dates' mentions (read as a date
where there is none) or that give another day than the mention they overlap.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from docket.dates import DateMention, find_dateline, find_dates  # noqa: E402

FAST_RUNS = 200
SLOW_RUNS = 15

# An invented report in the genre (about 600 words), used when samples/ is not there.
FALLBACK_REPORT = """Procès de l'ancien maire : le tribunal renvoie l'affaire au 12 mars

DOUALA, 20 févr. 2024 (AFP) - Le tribunal de grande instance de Douala a renvoyé hier, lundi 19 février
2024, le procès de l'ancien maire de la commune, poursuivi pour détournement de deniers publics, au
mardi 12 mars prochain. Me Jean Ngono, avocat de la défense, a plaidé pour une mise en liberté provisoire,
que la présidente du tribunal a rejetée après une suspension d'une heure.

Je ne comprends pas cette décision, a déclaré l'avocat à la sortie de l'audience. Mon client est détenu
depuis sept mois et n'a jamais fui. Il a 58 ans, une famille, et se présente à chaque convocation.

Selon l'accusation, l'ancien édile aurait détourné plus de 400 millions de francs CFA entre 2018 et
2021, à travers des marchés fictifs attribués à des entreprises proches. L'enquête, ouverte en
novembre 2022 après un rapport de la chambre des comptes, a duré plus d'un an. Le prévenu a été
interpellé le 3 juillet 2023 à son domicile, puis placé sous mandat de dépôt le 5 juillet.

Lors de la première audience, le 15 janvier, le parquet avait demandé un délai pour verser au dossier
les pièces comptables saisies à la mairie. Mardi dernier, le ministère public a indiqué que l'expertise
n'était pas encore achevée. Le tribunal a donc accordé un nouveau renvoi, le troisième depuis
l'ouverture du procès, malgré l'opposition de la défense qui dénonce une détention abusive.

Me Ngono a rappelé que la loi fixe à douze mois la durée maximale de la détention provisoire en
matière délictuelle, renouvelable une fois par décision motivée. Nous demanderons au tribunal de
constater l'irrégularité de la détention si le dossier n'est pas jugé dans deux semaines, a-t-il
prévenu. Le parquet a répondu que la complexité de l'affaire justifiait ces délais.

Trois coprévenus, d'anciens agents de la mairie, comparaissent libres. Deux d'entre eux ont reconnu
avoir signé des bons de commande sans vérifier la réalité des prestations, selon leurs déclarations
devant le juge d'instruction. Le troisième conteste toute participation et affirme avoir alerté sa
hiérarchie dès le mois de mai.

L'affaire suscite un vif intérêt dans la ville, où plusieurs dizaines de personnes s'étaient
rassemblées devant le palais de justice dès 8 heures. Certains portaient des pancartes demandant la
restitution des fonds. La police a maintenu un dispositif discret autour du bâtiment jusqu'à la fin
de l'audience, vers 14 h 30.

Le ministre de la Justice avait promis en 2019 une accélération des procédures pour les affaires de
corruption. Depuis, une dizaine d'anciens responsables locaux ont été jugés, dont quatre condamnés à
des peines de prison ferme. Le dernier verdict remonte au vendredi 8 décembre 2023, lorsque l'ancien
receveur municipal a été condamné à cinq ans de prison et au remboursement des sommes détournées.

La prochaine audience est fixée au 12 mars à 9 heures. Le tribunal devrait alors entendre l'expert
désigné et les représentants de la chambre des comptes. La défense entend également soulever une
exception de nullité de la procédure, estimant que certaines perquisitions ont été conduites sans
l'autorisation du juge. Si le tribunal fait droit à cette demande, une partie des pièces pourrait être
écartée des débats, ce qui affaiblirait sensiblement l'accusation.

En attendant, l'ancien maire regagne la prison centrale, où il partage une cellule avec sept autres
détenus. Sa famille a annoncé qu'elle saisirait la commission nationale des droits de l'homme, jeudi,
pour dénoncer ses conditions de détention. Le verdict n'est pas attendu avant avril 2024.
"""


def _median_ms(call: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def _reports(arguments: list[str]) -> list[tuple[str, str]]:
    if arguments:
        return [(Path(a).name, Path(a).read_text(encoding="utf-8", errors="replace")) for a in arguments]
    french = []
    for path in sorted((REPO / "samples").glob("*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        gold = path.with_suffix(".gold.json")
        if gold.exists() and '"language": "fr"' in gold.read_text(encoding="utf-8"):
            french.append((path.name, text))
    if not french:
        return [("invented report", FALLBACK_REPORT)]
    return sorted(french, key=lambda item: len(item[1].split()), reverse=True)


def _locate(text: str, found: list[tuple[str, dt.datetime]]) -> list[tuple[int, int, str, dt.date]]:
    """search_dates gives substrings only: find them in order in the text."""
    located = []
    position = 0
    for phrase, value in found:
        start = text.find(phrase, position)
        if start < 0:
            start = text.find(phrase)
        if start < 0:
            continue
        located.append((start, start + len(phrase), phrase, value.date()))
        position = start + len(phrase)
    return located


def _agrees(mention: DateMention, value: dt.date) -> bool:
    if mention.date is None:
        return False
    if mention.precision == "day":
        return mention.date == value
    if mention.precision == "month":
        return (mention.date.year, mention.date.month) == (value.year, value.month)
    return mention.date.year == value.year


def _judge(text: str, found: list[tuple[str, dt.datetime]], mentions: list[DateMention]) -> tuple[list, list]:
    """search_dates results that are not dates, and those that give another date than ours."""
    not_dates, wrong = [], []
    for start, end, phrase, value in _locate(text, found):
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        if not overlapping:
            not_dates.append((phrase, value))
        elif not any(_agrees(m, value) for m in overlapping):
            wrong.append((phrase, value, [m.text for m in overlapping]))
    return not_dates, wrong


def main(arguments: list[str]) -> None:
    start = time.perf_counter()
    from dateparser.search import search_dates

    import_ms = (time.perf_counter() - start) * 1000
    reports = _reports(arguments)
    print(f"dateparser.search import: {import_ms:.0f} ms (docket.dates does not import it for plain reports)")
    print()
    header = f"{'report':46} {'words':>5} {'find_dates':>11} {'search_dates':>13} {'ours':>5} {'theirs':>6}"
    print(header + f" {'not dates':>9} {'wrong day':>9}")
    totals = {"ours": 0, "theirs": 0, "not_dates": 0, "wrong": 0}
    ours_ms, theirs_ms = [], []
    details = []
    first = True
    for name, text in reports:
        dateline = find_dateline(text, "fr")
        reference = dateline.date if dateline else None
        base = dt.datetime.combine(reference or dt.date.today(), dt.time(12))
        settings = {"RELATIVE_BASE": base, "DATE_ORDER": "DMY"}
        if first:
            cold = time.perf_counter()
            search_dates(text, languages=["fr"], settings=settings)
            print(
                f"(first search_dates call, loading its data: {(time.perf_counter() - cold) * 1000:.0f} ms)"
            )
            first = False
        mentions = find_dates(text, "fr", reference)
        found = search_dates(text, languages=["fr"], settings=settings) or []
        ours = _median_ms(lambda t=text, r=reference: find_dates(t, "fr", r), FAST_RUNS)
        theirs = _median_ms(
            lambda t=text, s=settings: search_dates(t, languages=["fr"], settings=s), SLOW_RUNS
        )
        not_dates, wrong = _judge(text, found, mentions)
        ours_ms.append(ours)
        theirs_ms.append(theirs)
        totals["ours"] += len(mentions)
        totals["theirs"] += len(found)
        totals["not_dates"] += len(not_dates)
        totals["wrong"] += len(wrong)
        details.append((name, not_dates, wrong))
        print(
            f"{name[:46]:46} {len(text.split()):>5} {ours:>8.2f} ms {theirs:>10.1f} ms {len(mentions):>5} "
            f"{len(found):>6} {len(not_dates):>9} {len(wrong):>9}"
        )
    print()
    print(
        f"median over {len(reports)} reports: find_dates {statistics.median(ours_ms):.2f} ms, "
        f"search_dates {statistics.median(theirs_ms):.1f} ms "
        f"({statistics.median(theirs_ms) / statistics.median(ours_ms):.0f}x)"
    )
    print(
        f"search_dates: {totals['theirs']} results, {totals['not_dates']} not dates, "
        f"{totals['wrong']} another day; find_dates: {totals['ours']} mentions"
    )
    name, not_dates, wrong = details[0]
    print()
    print(f"In {name}, search_dates read as dates:")
    for phrase, value in not_dates[:20]:
        print(f"  {phrase!r:32} -> {value}")
    for phrase, value, ours_text in wrong[:10]:
        print(f"  {phrase!r:32} -> {value}   (find_dates: {', '.join(ours_text)})")


if __name__ == "__main__":
    main(sys.argv[1:])
