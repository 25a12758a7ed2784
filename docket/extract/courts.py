"""Courts: named ones, abbreviations, "tribunal de <seat>", English court names, the report's country."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from docket import lexicon
from docket.extract.mentions import Sentence
from docket.extract.patterns import Patterns, compiled_patterns, may_match
from docket.extract.wordsets import finditer_from_starts, search_from_starts
from docket.text import FLAGS, NAME_WORD, UPPER, fold


@dataclass
class CourtMention:
    name: str
    abbr: str | None
    country: str | None
    chamber: str | None
    text: str
    sentence: int
    destination: bool = False  # "sent to the Crown Court": named as where the case goes next
    reserved: bool = False  # "only the High Court may grant bail": where the law sends it, never who sat

    @property
    def key(self) -> str:
        # "TPI de Parakou" and "Tribunal de première instance de première classe de Parakou" are one court:
        # the abbreviation of a kind of court is no court without its seat, and a court's class tells which
        # court no better than its seat does
        if self.abbr and self.abbr not in _KINDS_BY_ABBREVIATION:
            return fold(self.abbr)
        return _COURT_CLASS.sub("", fold(self.name))


# abbreviations that name a kind of court, found in every town ("TGI de Ouagadougou")
_KINDS_BY_ABBREVIATION = frozenset({"TGI", "TPI"})
_COURT_CLASS = re.compile(r" de (?:premiere|deuxieme|1ere|2eme|2e) classe\b")


def find_court_mentions(sentences: list[Sentence], pats: Patterns) -> list[CourtMention]:
    found: list[CourtMention] = []
    for i, sentence in enumerate(sentences):
        s = sentence.text
        lowered = sentence.lowered
        if not (may_match(_COURT_HINT, lowered) and search_from_starts(_COURT_HINT, s, lowered)):
            continue  # most sentences name no court: one cheap search spares five patterns
        chamber_match = pats.chamber.search(s) if may_match(pats.chamber, lowered) else None
        chamber = chamber_match.group(0).lower() if chamber_match else None
        taken: list[tuple[int, int]] = []

        def add(
            mention: CourtMention, span: tuple[int, int], taken: list[tuple[int, int]] = taken, s: str = s
        ) -> None:
            # the first, most specific reading of a stretch of text wins
            if _STAFF_OF.search(s, max(0, span[0] - 40), span[0]) or _FORMER_TITLE.match(
                s[max(0, span[0] - 60) : span[0]] + "|" + s[span[1] : span[1] + 12]
            ):
                # "un agent de la Cour d'appel": where someone works; "a former State Supreme Court justice":
                # the title someone held; neither is the court that judges
                taken.append(span)
                return
            if not any(a < span[1] and span[0] < b for a, b in taken):
                taken.append(span)
                mention.reserved = bool(_RESERVED_TO.search(s, max(0, span[0] - 40), span[0]))
                mention.destination = mention.reserved or bool(
                    _DESTINATION.search(s, max(0, span[0] - 40), span[0])
                    or _DESTINATION_AFTER.match(s, span[1])
                )
                found.append(mention)

        for m in pats.named_court.finditer(s) if may_match(pats.named_court, lowered) else ():
            name, abbr, country = _named_court(m.group(0))
            add(CourtMention(name, abbr, country, chamber, m.group(0), i), m.span())
        for m in pats.abbreviation.finditer(s) if may_match(pats.abbreviation, lowered) else ():
            abbr = m.group(0).upper()
            name, country = lexicon.COURT_ABBREVIATIONS[abbr]
            generic = abbr in _KINDS_BY_ABBREVIATION
            place = _place_after(s, m.end()) if generic else None
            full = f"{name} de {place}" if place else name
            add(CourtMention(full, abbr, country, chamber, m.group(0), i), m.span())
        for m in pats.court_fr.finditer(s) if may_match(pats.court_fr, lowered) else ():
            raw = m.group(0).strip()
            seat = _SEAT_AFTER_A.search(raw)
            if seat and not _places_in(seat.group(1)):
                # "la peine infligée par la Cour d'assises à Assoa Adou": "à" names who, not where
                raw = raw[: seat.start()]
            if _is_not_court(raw) or not _is_specific_court(raw):
                continue
            add(
                CourtMention(_tidy_court(raw), None, _country_of_place(raw), chamber, raw, i),
                (m.start(), m.start() + len(raw)),
            )
        for m in pats.court_en.finditer(s) if may_match(pats.court_en, lowered) else ():
            raw = m.group(0).strip()
            add(
                CourtMention(_english_court_name(raw), None, _country_of_place(raw), chamber, raw, i),
                m.span(),
            )
    _name_short_forms_in_full(found)
    if not found:
        found.extend(
            _named_by_seat(sentences, _SEATED_CHAMBER, "hambre")
            or _named_by_seat(sentences, _COURTHOUSE, "ustice")
        )
    return found


# Where a report names no court, what stands for it, named by its seat:
# "devant la chambre criminelle de Tambacounda": Senegal's assizes since 2020, a chamber of the first-instance
# court; the chamber is the court that tried. "devant la chambre du conseil de Liège", "la chambre des mises
# en accusation de Bruxelles": Belgium's pre-trial chambers (they rule on detention), by their seat alone
_SEATED_CHAMBER = re.compile(
    rf"\b[Cc]hambre (?:criminelle|correctionnelle|des appels correctionnels|d['’]accusation|du conseil|"
    rf"des mises en accusation) (?:de |d['’])"
    rf"(?!la |l['’])[{UPPER}][\w'’-]+(?:[ -][{UPPER}][\w'’-]+)*"
)
# "Le palais de justice de Namur a vécu hier sous haute surveillance": the courthouse of a town is the court a
# reader looks for
_COURTHOUSE = re.compile(
    rf"\b[Pp]alais de [Jj]ustice (?:de |d['’])(?:la ville de )?[{UPPER}][\w'’-]+(?:[ -][{UPPER}][\w'’-]+)*"
)


def _named_by_seat(sentences: list[Sentence], pattern: re.Pattern[str], word: str) -> list[CourtMention]:
    """The mentions of `pattern` (a chamber's or a courthouse's name, capitalised as a name), searched only in
    the sentences holding `word`, a part of the pattern's one word either case ("hambre", "ustice")."""
    found = []
    for i, sentence in enumerate(sentences):
        if word not in sentence.text:
            continue
        for m in pattern.finditer(sentence.text):
            raw = m.group(0)
            found.append(CourtMention(raw[0].upper() + raw[1:], None, _country_of_place(raw), None, raw, i))
    return found


# "le tribunal de Libreville": a court named by its kind and its seat alone
_KIND_AND_SEAT = re.compile(r"(Tribunal|Cour|Court) (?:de |d['’]|of )(.+)")


def _name_short_forms_in_full(found: list[CourtMention]) -> None:
    """A headline's "tribunal de Libreville" is the body's "tribunal de première instance de Libreville".

    Only when the article names one fuller court of that kind and seat: with two ("tribunal correctionnel"
    and "tribunal de commerce" of one town), the short form could be either.
    """
    for mention in found:
        short = _KIND_AND_SEAT.fullmatch(mention.name)
        if short is None or mention.abbr:
            continue
        kind, seat = short.groups()
        fuller = {
            other.key: other
            for other in found
            if other.name != mention.name
            and other.name.startswith(kind + " ")
            and other.name.endswith(" " + seat)
        }
        if len(fuller) == 1:
            full = next(iter(fuller.values()))
            mention.name, mention.abbr = full.name, full.abbr
            mention.country = mention.country or full.country


_SEAT_AFTER_A = re.compile(r" à (.+)$")


# the text before a court's name and, after a "|", the text after it: a court in the title of one who once
# sat on it ("a former State Supreme Court justice", "l'ancien président de la Cour suprême")
_FORMER_TITLE = re.compile(
    r".*\b(?:(?:former|retired|ex-?)(?: (?-i:[A-Z])[\w-]*)? ?\|\s*(?:justice|judge|magistrate)\b|"
    r"(?:ancien(?:ne)?|ex-?)\s+(?:premier |première )?(?:présidente?|juge|procureure?|magistrate?)\s+"
    r"(?:de la|du|de l['’])\s*\|)",
    FLAGS | re.DOTALL,
)
# the staff of a court, named by their workplace: "un agent de la Cour d'appel", "a clerk at the High Court"
_STAFF_OF = re.compile(
    r"\b(?:agents?|employée?s?|fonctionnaires?|greffières?|greffiers?|secrétaires?|chauffeurs?|gardiens?|"
    r"agent administratif|clerks?|employees?|staff|officials?|cleaners?|drivers?|security guards?)"
    r"(?: \w+)? (?:de la|du|de l['’]|des|à la|au|of the|at the|of|at)\s*$",
    FLAGS,
)


def _english_court_name(raw: str) -> str:
    """ "The X Division of the High Court in Accra" is known as "High Court (X Division), Accra"."""
    raw = re.sub(r"^(?:The|the|A|a)\s+", "", raw)
    if " " not in raw:
        seat = raw.title() if raw.isupper() else raw  # "HARARE Magistrate X": the seat in capitals
        return f"{seat} Magistrates' Court"  # "before Milimani Principal Magistrate X": named by its seat
    division = re.fullmatch(r"(.+? Division) of the (High Court)(?: (?:of|in) (.+))?", raw)
    if division is None:
        return raw
    division_name, court, seat = division.groups()
    return f"{court} ({division_name})" + (f", {seat}" if seat else "")


# Every court pattern holds one of these (names, abbreviations, nicknames).
_COURT_HINT = re.compile(
    r"(?i:cour|tribunal|juridiction|court|chambre|pôle|bailey|justice de paix)|"
    + "|".join(lexicon.COURT_ABBREVIATION_FORMS)
    + r"|(?i:magistrate|magistracy)|U\.S\. District"
)


def _named_court(found: str) -> tuple[str, str | None, str | None]:
    folded = fold(found)
    for nickname, (name, country) in lexicon.COURT_NICKNAMES.items():
        if fold(nickname) == folded:
            return f"{name} ({nickname})", None, country
    for name, abbr, country in lexicon.NAMED_COURTS:
        if fold(name).replace("’", "'") == folded.replace("’", "'"):
            return name, abbr, country
    return found, None, None


def _place_after(sentence: str, index: int) -> str | None:
    m = re.match(rf"\s+(?:de|d['’]|du)\s*([{UPPER}][\w'’-]*(?:[ -][{UPPER}][\w'’-]*)*)", sentence[index:])
    return m.group(1) if m else None


def _is_not_court(raw: str) -> bool:
    folded = fold(raw)
    return any(folded.startswith(fold(n)) for n in lexicon.NOT_COURTS)


def _is_specific_court(raw: str) -> bool:
    """ "Le tribunal" alone is an anaphor; "tribunal de Niamey" or "tribunal militaire" names a court."""
    return len(raw.split()) >= 2


def _tidy_court(raw: str) -> str:
    tidy = re.sub(r"\s+", " ", raw).strip(" ,.;")
    return tidy[0].upper() + tidy[1:]


def _country_of_place(raw: str) -> str | None:
    return next(iter(_places_in(raw)), None)


# "sent to the Crown Court", "to appear at X Crown Court", "renvoyé devant la cour d'assises": where the
# case goes next, not the court that acts in the sentence
_DESTINATION = re.compile(
    # ("sent the matter up to the Suva High Court": its object and "up" may stand between)
    r"\b(?:sent|committed|transferred|referred) (?:\w+ ){0,3}?(?:up |over |back )?to(?: the)?"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*$|"
    # "the case has to pass automatically to Newcastle Crown Court", "goes up to the High Court"
    r"\b(?:pass|passes|passed|go|goes|went|gone|move|moves|moved|turn|appeal|appealed) (?:\w+ )?(?:up )?"
    r"to(?: the)?\s*$|"
    # "bail is a matter for the High Court and cannot be given at Magistrate's Court level"
    r"\ba matter for(?: the)?\s*$|"
    r"\b(?:renvoyée?s?|transmise?s?|déférée?s?) (?:devant|à)(?: la| le)?\s*$|\bau profit d[eu](?: la)?\s*$|"
    r"\b(?:saisir|approach|approaching)(?: la| le| the)?\s*$|"
    # "to reappear before the Crown Court", "Fifteen residents will now face the High Court", "directed that
    # the minor appear at the High Court"
    r"\b(?:will|shall|must|should|would|to|that (?:the |they |he |she )?\w*)\s+(?:now |next |soon |later )?"
    r"(?:face|(?:re)?appear (?:at|in|before))(?: the)?\s*$|"
    # "to be brought before a Dublin court on Friday next": where the accused go next
    r"\bto be (?:brought|produced|taken) (?:back )?before(?: the| a)?\s*$|"
    # "Murder case heads to High Court", "until he appears before the High Court"
    r"\b(?:heads?|headed|heading) (?:to|for)(?: the)?\s*$|"
    r"\buntil (?:he|she|they|the accused) (?:\w+ )?appears? (?:before|in|at)(?: the)?\s*$",
    FLAGS,
)
# "only the High Court may try murder", "an offence triable only by the High Court", "told to apply to the
# High Court for bail": the court the law reserves a case or a bail application to, named by a lower one;
# never the court of the report, even when it names no other
_RESERVED_TO = re.compile(
    r"\bonly(?: by)? the\s*$|\btriable (?:only )?(?:by|in|before)(?: the| a)?\s*$|"
    # (the application to be made, not the one put in: "a bail application before the Mackay court")
    r"\b(?:to|must|can|could|may|should|would|will) (?:\w+ ){0,2}?(?:apply|seek|petition|approach)\s+"
    r"(?:for bail\s+)?(?:(?:to|before|from)\s+)?(?:the\s+|a\s+)?$|"
    # ("bail would have to be sought from the High Court", "it would be brought in the High Court instead";
    # not "had been brought before the X court": a sitting)
    r"\b(?:be|been) (?:sought|made|brought) (?:from|in|at|to)(?: the| a)?\s*$|"
    r"\bgo to the\s*$",
    FLAGS,
)
# "until August 25, the date of her High Court pre-trial call-over", "at the next High Court appearance": the
# court named as the adjective of a sitting to come
_DESTINATION_AFTER = re.compile(r"\s+(?:pre-?trial|call-over|appearance|arraignment)\b", FLAGS)


def assign_court_context(sentences: list[Sentence], courts: list[CourtMention]) -> None:
    by_sentence: dict[int, CourtMention] = {}
    for mention in courts:
        if not mention.destination:
            by_sentence.setdefault(mention.sentence, mention)
    current: str | None = None
    for i, sentence in enumerate(sentences):
        if i in by_sentence:
            current = by_sentence[i].key
        sentence.court_key = current


_COUNTRY_SAMPLE = 2500


def article_country(article: str, courts: Iterable[CourtMention]) -> str | None:
    pats = compiled_patterns()
    votes: Counter[str] = Counter()
    for court in courts:
        if court.country:
            votes[court.country] += 3
    # the opening says where: a long report's later paragraphs wander (other countries, other cases)
    article = article[:_COUNTRY_SAMPLE]
    for m in finditer_from_starts(pats.demonym, article):
        votes[lexicon.DEMONYMS[m.group(0)]] += 1
    for country in _places_in(article):
        votes[country] += 1
    return votes.most_common(1)[0][0] if votes else None


_CAPITALISED_RUN = re.compile(rf"{NAME_WORD}(?:[ -](?:{NAME_WORD}|es|M['’]\w+)){{0,2}}")


# the first word of every place's name (words as `_places_in` splits a run, at its spaces)
_PLACE_FIRST_WORDS = frozenset(place.split(" ")[0] for place in lexicon.CITY_COUNTRY)


def _places_in(text: str) -> list[str]:
    """Countries of the places a text names, looked up word by word (a dictionary, not a 250-way regex)."""
    found = []
    for run in _CAPITALISED_RUN.findall(text):
        if " " not in run:  # one word, as most runs are: a place's name or none
            if run in _PLACE_FIRST_WORDS and (country := lexicon.CITY_COUNTRY.get(run)):
                found.append(country)
            continue
        words = run.split(" ")
        first = 0
        while first < len(words):  # "High Court Abuja": a place may end a run as well as open it
            if words[first] not in _PLACE_FIRST_WORDS:
                first += 1  # no place's name opens with this word: none of the runs from it is one
                continue
            for last in range(len(words), first, -1):
                country = lexicon.CITY_COUNTRY.get(" ".join(words[first:last]))
                if country:
                    found.append(country)
                    first = last - 1
                    break
            first += 1
    return found
