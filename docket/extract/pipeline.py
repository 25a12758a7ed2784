"""The extraction pipeline: one article's text in, its cases out, stage after stage."""

from __future__ import annotations

import datetime as dt
import re

from docket.extract.assemble import assemble_cases
from docket.extract.charge_nouns import killings_as_murder, without_deeds_told_again
from docket.extract.charges import find_charges
from docket.extract.courts import CourtMention, assign_court_context, find_court_mentions
from docket.extract.event_day import find_event_day
from docket.extract.hearings import find_hearings
from docket.extract.mentions import Sentence, read_sentences
from docket.extract.patterns import compiled_patterns
from docket.extract.people import find_persons
from docket.extract.role_gaps import AGE_AFTER_NAME
from docket.extract.roles import Person
from docket.extract.rulings import find_rulings
from docket.extract.victims import TOLD_DEAD_AFTER
from docket.records import Case
from docket.text import FLAGS

# "les prévenus", "le procureur": the actors of a trial, even unnamed
_UNNAMED_ACTORS = re.compile(
    r"\b(?<!banc des )(?:prévenue?s?|accusée?s?|inculpée?s?|procureure?|parquet|ministère public|substitut|"
    r"defendants?|"
    r"the accused|prosecutors?|magistrates?)\b",
    FLAGS,
)


_DISCIPLINARY_BODY = re.compile(
    r"\b(?:disciplinary (?:committee|hearing|board|panel|commission|tribunal)|commission (?:de discipline|"
    r"disciplinaire)|conseil de discipline|comité disciplinaire|instance disciplinaire)\b",
    FLAGS,
)


# the word every one of those names holds (tests/parser/test_gated_searches.py checks it), searched
# first through the whole article: four times faster than the names
_DISCIPLINE = re.compile("disciplin", FLAGS)


def _named_with_age_or_home(person: Person, sentences: list[Sentence]) -> bool:
    """Whether a mention of the person is followed by an age or a home, as the press names the accused:
    "Daniel X, 27, of Mwami", "Paul D. (28)", "Thomas Y, of The Cedars, Castletroy"."""
    for i in person.sentences:
        text = sentences[i].text
        for form in (person.name, *person.forms):
            at = text.find(form)
            if at < 0:
                continue
            told = AGE_AFTER_NAME.match(text, at + len(form)) or _HOME_AFTER.match(text, at + len(form))
            # "Breda X (28) and Des Y (24) were shot dead", "Michael Z, 64, of Hammond, died": the dead, told
            # by their age too; "attacking the governor's son, X, 22", "the bus stop where Y, 68, stood": one
            # the deed was done to
            if (
                told
                and not TOLD_DEAD_AFTER.match(text, told.end())
                and not _DONE_TO_BEFORE.search(text, 0, at)
            ):
                return True
    return False


_HOME_AFTER = re.compile(r",\s+(?:of|from)\s+(?=[A-Z0-9])")
_DONE_TO_BEFORE = re.compile(
    r"\b(?:where|inside were|victims?|attack(?:ing|ed)|kill(?:ing|ed)|murder(?:ing|ed)|stabb(?:ing|ed)|"
    r"shooting|shot|robb(?:ing|ed)|assault(?:ing|ed)|death of|murder of|killing of)\b[^.;]{0,40}$",
    FLAGS,
)


_PROCEDURAL_ROLES = frozenset({"defendant", "defense_counsel", "prosecutor", "judge", "civil_party_counsel"})


def _sheriffs_on_the_bench(persons: list[Person], courts: list[CourtMention]) -> None:
    """ "Sheriff John X remanded all four": where the article names a sheriff court, "Sheriff" before a name
    is the title of the judge who sits in it (elsewhere also a given name or a surname: "Sheriff Kamara" in
    Sierra Leone), and no part of the name."""
    if not any("sheriff" in court.name.lower() for court in courts):
        return
    for person in persons:
        words = person.name.split()
        if len(words) > 2 and words[0] == "Sheriff":
            person.forms.add(person.name)
            person.name = " ".join(words[1:])
            person.scores["judge"] += 3
            person.role_text.setdefault("judge", "Sheriff")


def extract_cases(
    text: str,
    start: int,
    end: int,
    language: str,
    reference: dt.date | None,
    *,
    day_reference: bool = True,
) -> tuple[bool, list[Case]]:
    """The cases one article reports, and whether it reports court proceedings at all.

    `text[start:end]` is the article; every offset in the records is into `text`. `reference` is the
    article's dateline date (or the best stand-in), against which "hier" and "lundi 20 octobre" resolve.
    A stand-in (`day_reference=False`) gives year-less dates their year but resolves no "hier".
    """
    pats = compiled_patterns()
    sentences = read_sentences(text, start, end, language, reference, day_reference=day_reference)
    if not sentences:
        return False, []
    courts = find_court_mentions(sentences, pats)
    assign_court_context(sentences, courts)
    persons = find_persons(sentences, pats)
    _sheriffs_on_the_bench(persons, courts)
    # those with no part, kept aside: a court report may yet name them the accused by their age (below)
    partless = [p for p in persons if p.role() is None and not p.enumerated]
    persons = [p for p in persons if p.role() is not None or p.enumerated]
    charges = killings_as_murder(without_deeds_told_again(find_charges(sentences, language, pats)))
    event_day = find_event_day(sentences, reference, pats)
    event_date = event_day.date if event_day else None
    rulings = find_rulings(sentences, pats, event_day, reference)
    hearings, next_hearings = find_hearings(sentences, pats, rulings, reference, event_date, day_reference)
    enumerated = [p for p in persons if p.role() is None]
    persons = [p for p in persons if p.role() is not None]
    defendants = [p for p in persons if p.role() == "defendant"]
    # a report of proceedings names the forum or its actors, and says what happened or what is alleged:
    # "procès" in a political quote or "verdict" on a football pitch is neither
    actors = any(p.role() in _PROCEDURAL_ROLES for p in persons) or _UNNAMED_ACTORS.search(text, start, end)
    # "the disciplinary committee hearing brought by the league": a body's own hearing, with its own
    # "prosecutor" and "charge", is no court's when the article names no court
    anchored = bool(courts or actors or charges) and not (
        not courts and _DISCIPLINE.search(text, start, end) and _DISCIPLINARY_BODY.search(text, start, end)
    )
    told = bool(rulings or hearings or next_hearings or charges or defendants)
    # A named court is a report of proceedings, even when no decision, day or charge is told one by one, with
    # its named bench or prosecutor ("Rideau sur la session de la chambre criminelle … M. X, qui préside la
    # juridiction"; "Magistrate X held that her court may hear the application … They are A; B and C") or
    # with its sitting told ("Ils étaient jugés ce soir par le tribunal correctionnel de Rennes")
    sitting_told = any(s.hearing_cue(pats) for s in sentences)
    in_court = bool(courts) and (any(p.role() in ("judge", "prosecutor") for p in persons) or sitting_told)
    # "À la barre du président X, l'homme garde son calme": a named judge at a sitting, the court unnamed
    in_court = in_court or (sitting_told and any(p.role() == "judge" for p in persons))
    is_court_report = anchored and (told or in_court)
    if not is_court_report:
        return False, []
    # (read only once the article is a court report: most articles of a feed dump are not)
    aged = [p for p in partless if _named_with_age_or_home(p, sentences)]
    for person in aged:
        # "Jason X, 43, a labourer from Redman Village", "Thomas Y, of The Cedars": in a court report the one
        # the press names with an age or a home and nothing else of a part is the accused (the bench, counsel
        # and the prosecution are not told by their age; measured over the scored files, seven in ten such
        # people are the accused)
        person.scores["defendant"] += 1
        person.role_text.setdefault("defendant", "named with an age or a home")
    if aged:
        persons = sorted([*persons, *aged], key=lambda p: p.first_sentence)
    if enumerated:
        # "Il s'agit de A, de B, de C et de D": a long bare list in a court report names the accused
        for person in enumerated:
            person.scores["defendant"] += 1
            person.role_text.setdefault("defendant", "named among the accused")
        persons = sorted([*persons, *enumerated], key=lambda p: p.first_sentence)
    cases = assemble_cases(
        sentences, courts, persons, charges, rulings, hearings, next_hearings, text, start, end
    )
    return True, cases
