"""Parsed sources built by hand: the store's tests do not depend on how well the parser reads.

Dates are given as ISO text (also the phrase the report is made to say); the records hold them as dates."""

from __future__ import annotations

import datetime as dt
import hashlib

from docket import records as r


def day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def evidence(text: str, sentence: str) -> r.Evidence:
    start = text.index(sentence)
    return r.Evidence(start, start + len(sentence), sentence)


def report(
    uri: str,
    *,
    published: str | None = "2025-10-07",
    defendants: tuple[str, ...] = ("Louis Philippe Sèssi Houndégnon",),
    court: str | None = "Cour de répression des infractions économiques et du terrorisme",
    court_abbr: str | None = "CRIET",
    chamber: str | None = None,
    country: str | None = "BJ",
    charges: tuple[str, ...] = ("incitation à la rébellion",),
    held: tuple[str, ...] = (),
    next_hearing: str | None = None,
    rulings: tuple[tuple[str, str | None], ...] = (),
    extra: str = "",
    is_court_report: bool = True,
) -> r.ParsedSource:
    """One article about one case; every fact has a sentence of its own in the text."""
    sentences = [f"Affaire {' et '.join(defendants) or 'sans nom'} devant la {court or 'cour'}."]
    for name in defendants:
        sentences.append(f"Le prévenu {name} a comparu.")
    for charge in charges:
        sentences.append(f"Il est poursuivi pour {charge}.")
    for date in held:
        sentences.append(f"L'audience du {date} s'est tenue.")
    for kind, date in rulings:
        sentences.append(f"La cour a statué ({kind}) le {date or 'jour dit'}.")
    if next_hearing:
        sentences.append(f"Le dossier a été renvoyé au {next_hearing}.")
    if extra:
        sentences.append(extra)
    text = "Titre du rapport\n" + "\n".join(sentences) + "\n"
    parties = [
        r.Party(name, "defendant", "le prévenu", evidence=evidence(text, f"Le prévenu {name} a comparu."))
        for name in defendants
    ]
    case = r.Case(
        title=" / ".join(defendants) or "Affaire sans nom",
        court=court,
        court_text=court,
        court_abbr=court_abbr,
        chamber=chamber,
        country=country,
        parties=parties,
        charges=[r.Charge(c, c, evidence(text, f"Il est poursuivi pour {c}.")) for c in charges],
        hearings=[
            r.Hearing(day(d), d, "held", evidence=evidence(text, f"L'audience du {d} s'est tenue."))
            for d in held
        ],
        rulings=[
            r.Ruling(
                kind,  # type: ignore[arg-type]
                day(date) if date else None,
                date,
                evidence=evidence(text, f"La cour a statué ({kind}) le {date or 'jour dit'}."),
            )
            for kind, date in rulings
        ],
        next_hearing=(
            r.NextHearing(
                day(next_hearing),
                next_hearing,
                evidence=evidence(text, f"Le dossier a été renvoyé au {next_hearing}."),
            )
            if next_hearing
            else None
        ),
    )
    dateline = day(published) if published else None
    article = r.Article("Titre du rapport", 0, len(text), "fr", dateline, published, is_court_report, [case])
    return r.ParsedSource(uri, text, "utf-8", hashlib.sha256(text.encode()).hexdigest(), [article])


def bamako_murder_report() -> r.ParsedSource:
    """A second case, before another court in another country, with its next hearing on 3 November 2025."""
    return report(
        "other.txt",
        defendants=("Awa Sangaré",),
        court="Cour d'assises de Bamako",
        court_abbr=None,
        country="ML",
        charges=("meurtre",),
        next_hearing="2025-11-03",
    )
