"""From one article's text to its cases: courts, parties, charges, rulings, hearings and the next date.

The pipeline follows what court reporters write: sentences are found first; in each one, dates, court
names, role cues, charge lists and ruling cues are found with their spans; then mentions are attached to
people (one person however often and however partially named) and to cases (one per court the article
follows), and every record keeps the sentence it came from as evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from docket import lexicon
from docket.dates import DateMention, find_dates
from docket.records import Case, Charge, Evidence, Hearing, NextHearing, Party, Ruling
from docket.sentences import sentence_spans
from docket.text import fold

# a plain int: flags passed as an enum cost an enum operation in every cached re.search call
_FLAGS = int(re.IGNORECASE | re.UNICODE)
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_WORD = rf"[{_UPPER}][\w'’-]*"
_PARTICLE = r"(?:de|du|da|dos|di|van|von|der|ben|bin|ould|ag|el|al|ibn|épouse|ép\.)"
# Up to six capitalised words, particles allowed between them; bounded, so it cannot backtrack badly.
_NAME_RE = re.compile(rf"{_NAME_WORD}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]){{0,2}}{_NAME_WORD}){{0,5}}")

# Capitalised words that are not people's names (sentence openers, institutions, titles, months…).
_NOT_NAME_WORDS = frozenset(
    """le la les l un une des du de d au aux et ou en dans sur sous par pour avec sans selon lors après avant
    ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous je tu qui que quoi dont où
    mais donc or ni car si comme quand alors ainsi aussi enfin puis ensuite cependant pourtant toutefois
    cour tribunal chambre juge juges président présidente procureur procureure substitut parquet
    ministère public république état etat gouvernement police gendarmerie justice maître me mes m mme
    mlle monsieur madame messieurs avocat avocate avocats défense accusation audience procès affaire
    dossier prévenu prévenus accusé accusés partie parties civile civiles garde sceaux ministre
    the a an and or but of in on at to for by with from his her their its he she they it this that
    these those there here when while after before as if court high magistrate magistrates judge
    justice prosecutor prosecution defence defense lawyer lawyers counsel state federal republic
    mr mrs ms dr prof sir lord lady hon chief senior principal president minister police ministry
    january february march april may june july august september october november december
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday
    saturday sunday aujourd hier demain today yesterday tomorrow afp ips reuters ap apa mapa xinhua
    selon according lire read follow source photo crédit credit video vidéo récit retour
    amnesty international human rights watch union africaine européenne nations unies onu un
    constitution code pénal article loi décret prison maison centrale mouvement parti
    ex ancien ancienne député sénateur senator général colonel capitaine commandant lieutenant
    directeur directrice secrétaire patron chef advocate attorney inspector detective sergeant constable
    superintendent officer honour honor worship""".split()
)

_NOT_NAMES = frozenset(fold(w) for w in _NOT_NAME_WORDS)
_DEMONYMS = frozenset(fold(d) for d in lexicon.DEMONYMS) | frozenset(
    fold(d)
    for d in "franco-béninois franco-malgache franco-sénégalais franco-camerounais ivoirien nigérien".split()
)

_TITLE_ROLES: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"(?:Me|Maître|Mes)$"), "defense_counsel"),
    (re.compile(r"(?:Judge|Justice|Magistrate|juge|Juge)$"), "judge"),
    (re.compile(r"(?:Prosecutor|prosecutor|procureur|procureure|Procureur)$"), "prosecutor"),
    (re.compile(r"(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?)$"), None),
)

# "son associé, Romain Verstraete, tué de plusieurs coups"
_VICTIM_AFTER = re.compile(
    r"\s*,\s*(?:\d+\s*ans\s*,\s*)?"
    r"(?:tuée?|assassinée?|abattue?|poignardée?|décédée?|killed|murdered|stabbed|shot dead)\b",
    _FLAGS,
)
_KIN_OF = re.compile(
    r"\b(?:mère|père|veuve|veuf|fils|fille|frère|sœur|famille|proches|épouse|mari|mother|father|widow|son|"
    r"daughter|brother|sister|family|wife|husband) (?:de|d'|d’|du|of)\s*$",
    _FLAGS,
)

_VICTIM_CONTEXT = re.compile(
    r"(?:assassinat|meurtre|mort|décès|viol|enlèvement|murder|killing|death|rape|kidnapping|abduction)"
    r"\s+(?:de|d'|d’|du|of)\s*$|(?:murdering|killing|kidnapping|raping|abducting|assaulting|tuer|violer|"
    r"enlever|assassiner)\s+$|\b(?:la |the )?(?:victime|victim)\s+$|"
    r"\b(?:tuée?s?|tuer|abattue?s?|poignardée?s?|assassinée?s?|killed|stabbed|shot|murdered)\b[^.;]{0,40}$|"
    r"\b(?:frapp|bless|agress|attacked|assaulted|injured)\w*\s+(?:son|sa|ses|leur|his|her|their|un|une|a)\s+"
    r"\w+\s*,\s*$",
    _FLAGS,
)


# --- compiled lexicon -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Patterns:
    role_cue: re.Pattern[str]
    role_of_group: tuple[str, ...]
    defendant_after: re.Pattern[str]
    defendant_before: re.Pattern[str]
    defendant_descriptor: re.Pattern[str]
    proceedings: re.Pattern[str]
    charge_cue: dict[str, re.Pattern[str]]
    charge_stop: re.Pattern[str]
    loose_charge_verb: re.Pattern[str]
    loose_charge_intro: re.Pattern[str]
    rulings: tuple[tuple[str, re.Pattern[str]], ...]
    rulings_lowered: tuple[tuple[str, re.Pattern[str]], ...]
    ruling_hint: re.Pattern[str]
    request: re.Pattern[str]
    hearing: re.Pattern[str]
    next_date: re.Pattern[str]
    court_fr: re.Pattern[str]
    court_en: re.Pattern[str]
    named_court: re.Pattern[str]
    chamber: re.Pattern[str]
    abbreviation: re.Pattern[str]
    demonym: re.Pattern[str]
    decider: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    # at one position the longest cue must win ("avocat général" over "avocat"): longer patterns first
    ordered = sorted(enumerate(lexicon.ROLE_CUES), key=lambda item: -len(item[1][0]))
    role_alternatives = "|".join(f"(?P<r{i}>{cue})" for i, (cue, _) in ordered)
    # longest first: "criminelle ordinaire" must not stop at "criminel"
    qualifiers = "|".join(
        q.replace("'", "['’]") for q in sorted(lexicon.FR_COURT_QUALIFIERS, key=len, reverse=True)
    )
    place = rf"(?:[{_UPPER}][\w'’-]*(?:[ -](?:[{_UPPER}][\w'’-]*|M['’]\w+))*)"
    court_fr = (
        # "tribunal de Niamey", "tribunal militaire de Yaoundé", "tribunal de grande instance Ouaga II"
        rf"\b(?i:(?:Haute )?Cour|Tribunal|Juridiction)"
        rf"(?: (?i:{qualifiers})\b(?: (?:(?i:de la |du |des |de |d['’]|à )(?:ville de )?)?{place})?"
        rf"| (?i:de la |du |des |de |d['’]|à )(?:ville de )?{place})?"
    )
    named = "|".join(re.escape(name).replace("'", "['’]") for name, _, _ in lexicon.NAMED_COURTS)
    nicknames = "|".join(re.escape(n) for n in lexicon.COURT_NICKNAMES)
    return _Patterns(
        defendant_descriptor=re.compile(
            # adjectives may stand between ("l'opposant politique X"), a complement may not
            # ("un commerçant de Kalaban Coro" is not a person)
            r"\b(?i:" + "|".join(lexicon.DEFENDANT_DESCRIPTORS) + r")[\s,]+"
            r"(?:(?!(?:de|du|des|of|d)\b)[a-zà-öø-ÿ][\w'’-]*[\s,]+){0,3}"
            rf"(?:(?:de l['’]|de la |du |des |of the )(?:{_NAME_WORD}[\s,]+){{1,3}})?$",
            re.UNICODE,
        ),
        proceedings=re.compile(r"(?i:" + lexicon.PROCEEDINGS_CONTEXT + r")", re.UNICODE),
        role_cue=re.compile(rf"\b(?:{role_alternatives})\b", _FLAGS),
        role_of_group=tuple(role for _, role in lexicon.ROLE_CUES),
        defendant_after=re.compile(
            r"^[^.;:?!]{0,100}?\b(?i:" + "|".join(lexicon.DEFENDANT_AFTER_NAME) + r")", re.UNICODE
        ),
        defendant_before=re.compile(
            r"\b(?i:"
            + "|".join(lexicon.DEFENDANT_BEFORE_NAME)
            + r")[\s,]*(?:[a-zà-öø-ÿ][\w'’-]*[\s,]+){0,4}"
            + rf"(?:{_NAME_WORD}\s+){{0,2}}$",
            re.UNICODE,
        ),
        charge_cue={
            "fr": re.compile(r"\b(?:" + "|".join(lexicon.CHARGE_CUES_FR) + r")\s*", _FLAGS),
            "en": re.compile(r"\b(?:" + "|".join(lexicon.CHARGE_CUES_EN) + r")\s+", _FLAGS),
        },
        charge_stop=re.compile("|".join(lexicon.CHARGE_STOPS), re.UNICODE),
        loose_charge_intro=re.compile(r"\b(?:" + lexicon.LOOSE_CHARGE_INTROS + r")", _FLAGS),
        loose_charge_verb=re.compile(r"\b(?:" + lexicon.LOOSE_CHARGE_VERBS + r")\b", _FLAGS),
        rulings=tuple((kind, re.compile(p, _FLAGS)) for kind, p in lexicon.RULING_CUES),
        # the same, for lower-cased text: a case-sensitive search is much faster
        rulings_lowered=tuple((kind, re.compile(p.lower())) for kind, p in lexicon.RULING_CUES),
        # searched in lower-cased text: a case-sensitive search is several times faster
        ruling_hint=re.compile(lexicon.RULING_HINTS),
        request=re.compile(r"\b(?:" + "|".join(lexicon.REQUEST_MARKERS) + r")(?!\w)", _FLAGS),
        hearing=re.compile(r"\b(?:" + lexicon.HEARING_CUES + r")\b", _FLAGS),
        next_date=re.compile(r"\b(?:" + lexicon.NEXT_DATE_CUES + r")\b", _FLAGS),
        court_fr=re.compile(court_fr, re.UNICODE),
        court_en=re.compile(r"\b(?:" + "|".join(lexicon.EN_COURT_PATTERNS) + r")", re.UNICODE),
        named_court=re.compile(rf"\b(?:{named}|{nicknames})\b", _FLAGS),
        chamber=re.compile(
            r"\b(?:"
            + "|".join(c.replace("'", "['’]") for c in lexicon.CHAMBERS)
            + r"|\d+e chambre(?: correctionnelle)?|\w+ième chambre(?: correctionnelle)?)\b",
            _FLAGS,
        ),
        abbreviation=re.compile(r"\b(?:" + "|".join(lexicon.COURT_ABBREVIATIONS) + r")\b"),
        demonym=re.compile(r"\b(?:" + "|".join(re.escape(d) for d in lexicon.DEMONYMS) + r")\b"),
        decider=re.compile(lexicon.DECIDER_SUBJECTS, _FLAGS),
    )


# "les prévenus", "le procureur": the actors of a trial, even unnamed
_UNNAMED_ACTORS = re.compile(
    r"\b(?<!banc des )(?:prévenue?s?|accusée?s?|inculpée?s?|procureure?|parquet|ministère public|substitut|"
    r"defendants?|"
    r"the accused|prosecutors?|magistrates?)\b",
    _FLAGS,
)
_PROCEDURAL_ROLES = frozenset({"defendant", "defense_counsel", "prosecutor", "judge", "civil_party_counsel"})

# --- per-sentence facts -----------------------------------------------------------------------------------


@dataclass
class _Sentence:
    start: int
    end: int
    raw: str  # as in the source, for evidence
    dates: list[DateMention]
    paragraph: int
    court_key: str | None = None  # the court this sentence speaks of (its own mention or the last one)

    # the sentence with hard line wraps read as spaces (same length, so offsets still hold)
    text: str = field(init=False)

    _cues: list[tuple[str, re.Match[str]]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = self.raw.replace("\n", " ")

    _hearing: bool | None = field(default=None, init=False, repr=False)
    _court_acted: bool | None = field(default=None, init=False, repr=False)

    def court_acted(self, pats: _Patterns) -> bool:
        if self._court_acted is None:
            self._court_acted = _court_acted(self.text, pats)
        return self._court_acted

    def hearing_cue(self, pats: _Patterns) -> bool:
        if self._hearing is None:
            self._hearing = bool(pats.hearing.search(self.text))
        return self._hearing

    def ruling_cues(self, pats: _Patterns) -> list[tuple[str, re.Match[str]]]:
        if self._cues is None:
            self._cues = _ruling_cues(self.text, pats)
        return self._cues

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.start, self.end, self.raw)


@dataclass
class _CourtMention:
    name: str
    abbr: str | None
    country: str | None
    chamber: str | None
    text: str
    sentence: int
    destination: bool = False  # "sent to the Crown Court": named as where the case goes next

    @property
    def key(self) -> str:
        return fold(self.abbr or self.name)


@dataclass
class _Person:
    name: str
    forms: set[str] = field(default_factory=set)
    scores: Counter[str] = field(default_factory=Counter)
    role_text: dict[str, str] = field(default_factory=dict)
    first_sentence: int = 0
    sentences: set[int] = field(default_factory=set)

    @property
    def surname_key(self) -> str:
        return _folded_words(self.name)[-1]

    def role(self) -> str | None:
        if not self.scores:
            return None
        return max(self.scores.items(), key=lambda item: (item[1], item[0] == "defendant"))[0]


def extract_cases(
    text: str, start: int, end: int, language: str, reference: dt.date | None
) -> tuple[bool, list[Case]]:
    """The cases one article reports, and whether it reports court proceedings at all.

    `text[start:end]` is the article; every offset in the records is into `text`. `reference` is the
    article's dateline date (or the best stand-in), against which "hier" and "lundi 20 octobre" resolve.
    """
    pats = _patterns()
    sentences = _sentences(text, start, end, language, reference)
    if not sentences:
        return False, []
    courts = _court_mentions(sentences, pats)
    _assign_court_context(sentences, courts)
    persons = _persons(sentences, pats)
    charges = _charges(sentences, language, pats)
    event_day = _event_day(sentences, reference, pats)
    event_date = event_day.date if event_day else None
    rulings = _rulings(sentences, pats, event_day, reference)
    hearings, next_hearings = _hearings(sentences, pats, rulings, reference, event_date)
    defendants = [p for p in persons if p.role() == "defendant"]
    # a report of proceedings names the forum or its actors, and says what happened or what is alleged:
    # "procès" in a political quote or "verdict" on a football pitch is neither
    actors = any(p.role() in _PROCEDURAL_ROLES for p in persons) or _UNNAMED_ACTORS.search(text, start, end)
    anchored = bool(courts or actors or charges)
    is_court_report = anchored and bool(rulings or hearings or next_hearings or charges or defendants)
    if not is_court_report:
        return False, []
    cases = _assemble(sentences, courts, persons, charges, rulings, hearings, next_hearings, text, start, end)
    return True, cases


def _sentences(text: str, start: int, end: int, language: str, reference: dt.date | None) -> list[_Sentence]:
    article = text[start:end]
    mentions = [
        _toward_future(
            DateMention(
                m.start + start, m.end + start, m.text, m.date, m.precision, m.relative, m.weekday_conflict
            ),
            text,
            reference,
        )
        for m in find_dates(article, language, reference)
        if not _is_dateline(article, m.start, m.end)
    ]
    out: list[_Sentence] = []
    index = 0
    paragraph = 0
    # paragraphs are separated by blank lines where the text has any (its lines may be hard-wrapped),
    # else by line breaks
    separator = _BLANK_LINE if _BLANK_LINE.search(article) else _LINE_BREAK
    for s_start, s_end in sentence_spans(text, start, end):
        if out and separator.search(text, out[-1].end, s_start):
            paragraph += 1
        while index < len(mentions) and mentions[index].start < s_start:
            index += 1
        own = []
        j = index
        while j < len(mentions) and mentions[j].end <= s_end:
            own.append(mentions[j])
            j += 1
        out.append(_Sentence(s_start, s_end, text[s_start:s_end], own, paragraph))
    return out


_BLANK_LINE = re.compile(r"\n\s*\n")
_LINE_BREAK = re.compile(r"\n")


def _is_dateline(article: str, start: int, end: int) -> bool:
    """ "Conakry, le 9 avril 2024 –", "Publié le 27/04/2022": the report's date, not a fact of the case."""
    if start > 400:
        return False
    line_start = article.rfind("\n", 0, start) + 1
    before = article[line_start:start]
    after = article[end : end + 20]
    if re.search(r"(?i:publié|mis à jour|mis en ligne|modifié|updated|published|posted)", before):
        return True
    return bool(
        re.fullmatch(rf"\s*(?:[{_UPPER}][\w'’ -]{{1,30}},\s*)?(?:(?i:le)\s+)?(?:\w+\s+)?", before)
        and re.match(r"\s*(?:\(|[-–—:|]|$|\d{1,2}[:h]\d{2})", after)
    )


_FUTURE_CUE = re.compile(
    r"(?:"
    + lexicon.NEXT_DATE_CUES
    + r")\b[^.;]{0,40}$|\b\w{2,}(?:era|eront|ira|iront|dra|dront|ura|uront)\b[^.;]{0,25}$|"
    # the conditional of a decision to come: "elle ferait connaître mardi sa décision"
    r"\b(?:fer|rendr|prononcer|statuer)aient?\b[^.;]{0,25}$|"
    r"\b(?:will|shall|is due|are due|is set|are set)\b[^.;]{0,40}$",
    _FLAGS,
)
_WEEKDAY_NAME = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b",
    _FLAGS,
)
_WEEKDAY_ONLY = re.compile(
    r"^(?:(?:ce|cette|on|this|le)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)$",
    _FLAGS,
)


def _toward_future(mention: DateMention, text: str, reference: dt.date | None) -> DateMention:
    """Read "reprendra vendredi" or "a trial date of 25 October" forward from the dateline.

    A date whose year or week the text leaves open is resolved nearest the dateline; after words that
    point ahead (a renvoi, a future tense) it can only be the next one.
    """
    if reference is None or mention.date is None or mention.date > reference or mention.precision != "day":
        return mention
    if re.search(r"\d{4}", mention.text) or not _FUTURE_CUE.search(
        text[max(0, mention.start - 80) : mention.start]
    ):
        return mention
    if re.match(r"(?i:ce|cette|this)\b", mention.text) or (
        _WEEKDAY_NAME.search(mention.text) and re.search(r"\d", mention.text)
    ):
        return mention  # "ce vendredi" is this week's; "lundi 20 octobre" is fixed by its weekday
    if _WEEKDAY_ONLY.match(mention.text.strip()):
        later = mention.date + dt.timedelta(days=7 * ((reference - mention.date).days // 7 + 1))
    elif not mention.relative and (reference - mention.date).days > 60:
        try:
            later = mention.date.replace(year=mention.date.year + 1)
        except ValueError:  # 29 February
            return mention
    else:
        return mention
    return DateMention(
        mention.start, mention.end, mention.text, later, mention.precision, True, mention.weekday_conflict
    )


# --- courts --------------------------------------------------------------------------------------------


def _court_mentions(sentences: list[_Sentence], pats: _Patterns) -> list[_CourtMention]:
    found: list[_CourtMention] = []
    for i, sentence in enumerate(sentences):
        s = sentence.text
        if not _COURT_HINT.search(s):
            continue  # most sentences name no court: one cheap search spares five patterns
        chamber_match = pats.chamber.search(s)
        chamber = chamber_match.group(0).lower() if chamber_match else None
        taken: list[tuple[int, int]] = []

        def add(
            mention: _CourtMention, span: tuple[int, int], taken: list[tuple[int, int]] = taken, s: str = s
        ) -> None:
            # the first, most specific reading of a stretch of text wins
            if not any(a < span[1] and span[0] < b for a, b in taken):
                taken.append(span)
                mention.destination = bool(_DESTINATION.search(s, max(0, span[0] - 40), span[0]))
                found.append(mention)

        for m in pats.named_court.finditer(s):
            name, abbr, country = _named_court(m.group(0))
            add(_CourtMention(name, abbr, country, chamber, m.group(0), i), m.span())
        for m in pats.abbreviation.finditer(s):
            name, country = lexicon.COURT_ABBREVIATIONS[m.group(0)]
            generic = m.group(0) in ("TGI", "TPI")
            place = _place_after(s, m.end()) if generic else None
            full = f"{name} de {place}" if place else name
            add(_CourtMention(full, m.group(0), country, chamber, m.group(0), i), m.span())
        for m in pats.court_fr.finditer(s):
            raw = m.group(0).strip()
            if _is_not_court(raw) or not _is_specific_court(raw):
                continue
            add(_CourtMention(_tidy_court(raw), None, _country_of_place(raw), chamber, raw, i), m.span())
        for m in pats.court_en.finditer(s):
            raw = m.group(0).strip()
            add(
                _CourtMention(_english_court_name(raw), None, _country_of_place(raw), chamber, raw, i),
                m.span(),
            )
    return found


def _english_court_name(raw: str) -> str:
    """ "The X Division of the High Court in Accra" is known as "High Court (X Division), Accra"."""
    raw = re.sub(r"^(?:The|the|A|a)\s+", "", raw)
    if " " not in raw:
        return f"{raw} Magistrates' Court"  # "before Milimani Principal Magistrate X": named by its seat
    division = re.fullmatch(r"(.+? Division) of the (High Court)(?: (?:of|in) (.+))?", raw)
    if division is None:
        return raw
    division_name, court, seat = division.groups()
    return f"{court} ({division_name})" + (f", {seat}" if seat else "")


# Every court pattern holds one of these (names, abbreviations, nicknames).
_COURT_HINT = re.compile(
    r"(?i:cour|tribunal|juridiction|court|chambre|pôle|bailey)|"
    + "|".join(lexicon.COURT_ABBREVIATIONS)
    + r"|(?i:magistrate)"
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
    m = re.match(rf"\s+(?:de|d['’]|du)\s*([{_UPPER}][\w'’-]*(?:[ -][{_UPPER}][\w'’-]*)*)", sentence[index:])
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
    r"\b(?:sent|committed|transferred|referred) (?:\w+ )?to(?: the)?\s*$|"
    r"\bto (?:re)?appear (?:at|before)(?: the)?\s*$|"
    r"\b(?:renvoyée?s?|transmise?s?|déférée?s?) (?:devant|à)(?: la| le)?\s*$|\bau profit d[eu](?: la)?\s*$|"
    r"\b(?:saisir|approach|approaching)(?: la| le| the)?\s*$",
    _FLAGS,
)


def _assign_court_context(sentences: list[_Sentence], courts: list[_CourtMention]) -> None:
    by_sentence: dict[int, _CourtMention] = {}
    for mention in courts:
        if not mention.destination:
            by_sentence.setdefault(mention.sentence, mention)
    current: str | None = None
    for i, sentence in enumerate(sentences):
        if i in by_sentence:
            current = by_sentence[i].key
        sentence.court_key = current


# --- people --------------------------------------------------------------------------------------------


def _persons(sentences: list[_Sentence], pats: _Patterns) -> list[_Person]:
    persons: list[_Person] = []
    runs = [
        [(m, *_clean_name(m.group(0), m.start())) for m in _NAME_RE.finditer(sentence.text)]
        for sentence in sentences
    ]
    # a headline may name "Houndégnon" before the report gives his full name
    surnames = {fold(name.split()[-1]) for found in runs for _, name, _ in found if name and " " in name}
    for i, sentence in enumerate(sentences):
        s = sentence.text
        # searched only when a descriptor ("l'opposant X") needs it: most names have a stronger signal
        about_proceedings = cache(lambda s=s: bool(pats.proceedings.search(s)))
        mentions: list[tuple[_Person, int, int, str | None]] = []
        for m, name, name_start in runs[i]:
            if name is None:
                continue
            before = s[max(0, name_start - 80) : name_start]
            if len(name.split()) > 2 and re.search(r"(?i:\b(?:l['’]|la |les |des |du ))$", before):
                # "le ministre de l'Industrie Youcef Yousfi": the first word is the ministry
                first = name.split()[0]
                name, name_start = name[len(first) + 1 :], name_start + len(first) + 1
                before = s[max(0, name_start - 80) : name_start]
            title_role, has_title = _title_role(before)
            words = name.split()
            known_surname = fold(words[-1]) in surnames
            if len(words) < 2 and not (has_title or known_surname):
                continue
            quoted_alone = before.rstrip().endswith(("«", "“")) and s[m.end() :].lstrip().startswith(
                ("»", "”")
            )
            if not has_title and (quoted_alone or _NOT_A_PERSON_BEFORE.search(before)):
                continue  # "le collectif « Ras-le-bol Congo »", "une agence à Hay Riad"
            person = _find_or_add(persons, name, i)
            person.sentences.add(i)
            previous = sentences[i - 1].text if i else ""
            role = _score_mention(person, before, s[m.end() :], title_role, about_proceedings, pats, previous)
            mentions.append((person, name_start, m.end(), role))
        _share_roles_in_lists(s, mentions)
    return [p for p in persons if p.role() is not None]


_LONG_LIST_JOINT = re.compile(r",[^.;:!?()]{0,110},\s+(?:et|and)\s+(?:[a-zà-ÿ'’-]+\s+){0,3}", _FLAGS)
_LIST_JOINT = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:,|\bet\b|\band\b|\bainsi que\b|\bas well as\b)\s*[^.;:!?]{0,40}$"
)


# What stands right before an organisation's or a place's name, not a person's.
_NOT_A_PERSON_BEFORE = re.compile(r"\b(?:à|au|aux|in|at|near|près de)\s+$", _FLAGS)
# "son père, Albert Kayembe": a relative who speaks, not someone tried
_KIN_APPOSITION = re.compile(
    r"\b(?:son|sa|leur|ses|his|her|their)\s+(?:père|mère|frère|sœur|fils|fille|oncle|tante|épouse|mari|"
    r"veuve|father|mother|brother|sister|son|daughter|uncle|aunt|wife|husband|widow)\s*,\s*$",
    _FLAGS,
)
# "counsel to the first defendant, Mr X": the cue names the client, X is the lawyer
_COUNSEL_FOR_CLIENT = re.compile(
    r"\b(?:counsel|lawyers?|attorneys?|advocates?|avocate?s?|conseils?)\s+"
    r"(?:to|for|of|du|de la|des|de l['’])\s+"
    r"(?:the\s+)?(?:\w+\s+)?$",
    _FLAGS,
)


def _share_roles_in_lists(sentence: str, mentions: list[tuple[_Person, int, int, str | None]]) -> None:
    """A role given next to one name of a list holds for the whole list.

    "les juges David Bouverat et Stephan Zenger", "the defence lawyers - A, B and C",
    "X, Y et Z ont été condamnés".
    """
    roles = [role for *_, role in mentions]
    linked = []
    for (_, _, left_end, _), (_, right_start, _, _) in zip(mentions, mentions[1:], strict=False):
        joint = sentence[left_end:right_start]
        linked.append(
            # "X, 46, a former manager of the metro, and contractor Y, 52, face charges": a long
            # apposition still links two names when ", and" closes it
            (len(joint) <= 50 and bool(_LIST_JOINT.match(joint)) or bool(_LONG_LIST_JOINT.fullmatch(joint)))
            and not re.search(r"\b(?:été|ont|est|sont|was|were|has|have)\b", joint)
            # "Bakary Coulibaly, un commerçant de Kalaban Coro": a complement, not the next of a list
            and not re.search(r"\b(?:de|du|des|d['’]|of)\s*$", joint)
        )
    for i, is_linked in enumerate(linked):  # forward: the role noun stands before the list
        if is_linked and roles[i] is not None and roles[i + 1] is None:
            roles[i + 1] = roles[i]
            _give_role(mentions[i + 1][0], roles[i], mentions[i][0])
    for i in range(len(linked) - 1, -1, -1):  # backward: the verb stands after the list
        if linked[i] and roles[i + 1] == "defendant" and roles[i] is None:
            roles[i] = "defendant"
            _give_role(mentions[i][0], "defendant", mentions[i + 1][0])


def _give_role(person: _Person, role: str, source: _Person) -> None:
    person.scores[role] += 2
    person.role_text.setdefault(role, source.role_text.get(role, ""))


def _score_mention(
    person: _Person,
    before: str,
    after: str,
    title_role: str | None,
    about_proceedings: Callable[[], bool],
    pats: _Patterns,
    previous: str = "",
) -> str | None:
    """Weigh what one mention says of a person's role: explicit role words beat verb context."""
    # "La mère de Romain Verstraete, partie civile": the apposition is the mother's
    kin = _KIN_OF.search(before)
    after_role, after_text = (None, "") if kin else _appositive_role(after, pats)
    cue_role, cue_text = _cue_role(before, after, pats, previous)
    if _VICTIM_CONTEXT.search(before) or _VICTIM_AFTER.match(after):
        person.scores["victim"] += 3
        person.role_text.setdefault("victim", before.split()[-2] if len(before.split()) > 1 else "")
        return "victim"
    if after_role:
        person.scores[after_role] += 3
        person.role_text.setdefault(after_role, after_text)
        return after_role
    if cue_role and cue_text not in _BARE_TITLES:
        person.scores[cue_role] += 3
        person.role_text.setdefault(cue_role, cue_text)
        return cue_role
    if _KIN_APPOSITION.search(before):
        return None
    # a bare title says little: "le dossier de Me X" is about a defendant who happens to be a lawyer
    untitled = re.sub(rf"{_TITLE_WORDS}\s*$", "", before)
    signal = (
        pats.defendant_after.search(after)
        or pats.defendant_before.search(untitled)
        or (pats.defendant_descriptor.search(untitled) if about_proceedings() else None)
    )
    if cue_role and cue_role not in person.scores:
        # a title is one fact about a person, however often it is repeated
        person.scores[cue_role] += 1
        person.role_text.setdefault(cue_role, cue_text)
    if signal:
        person.scores["defendant"] += 2
        person.role_text.setdefault("defendant", signal.group(0).strip(" ,"))
        return "defendant"
    if title_role and title_role not in person.scores:
        person.scores[title_role] += 1
        person.role_text.setdefault(title_role, before.split()[-1])
    return None  # a bare title is too weak to lend its role to a list


# A capitalised run holding one of these is an institution or a place, not a person.
_INSTITUTION_WORDS = frozenset(
    fold(w)
    for w in """court courts tribunal cour chambre association party parti movement mouvement ministry
    ministère
    university université bureau commission council conseil committee comité union front alliance
    agency agence office service services police gendarmerie army armée forces force group groupe
    company société bank banque prison hospital hôpital church église school école assembly assemblée
    senate sénat parliament parlement government gouvernement republic république state états kingdom
    nations campaign foundation fondation network réseau institute institut centre center league ligue
    club fédération federation organisation organization watch international press presse radio
    télévision television news journal daily times post airways airline airlines road street avenue
    rue boulevard lane drive estate quartier close square""".split()
)
# Honours that follow a name in English reports: "Tom Little QC".
_POST_NOMINALS = frozenset({"QC", "KC", "SC", "BL", "SAN", "MP", "OBE", "CBE", "Jr", "Sr"})


def _clean_name(raw: str, offset: int) -> tuple[str | None, int]:
    """The person's name within a capitalised run, and its offset; None when the run names no one."""
    name, shift = _name_in_run(raw)
    return name, offset + shift


@lru_cache(maxsize=16384)
def _name_in_run(raw: str) -> tuple[str | None, int]:
    offset = 0
    words = raw.replace("\u00a0", " ").split(" ")
    # "Extrême-Nord du Cameroun" ends on a country; "Jordan Reid" only starts with one
    last = fold(words[-1])
    if last in _INSTITUTION_WORDS or last in _country_words() or _is_place(" ".join(words)):
        return None, offset  # "Central Criminal Court", "Human Rights Watch"
    # an institution before the name is its title ("State Attorney Mr Joel Okello"), inside it is not
    institution_at = max((i for i, w in enumerate(words) if fold(w) in _INSTITUTION_WORDS), default=-1)
    # drop leading and trailing words that are not names ("Le", "Lundi", an acronym…)
    # leading words that are not names: "Le", an acronym, an English participle opening the sentence
    # ("Representing Doherty", "Prosecuting Smith")
    while words and (
        _not_name_word(words[0])
        or (words[0].isupper() and len(words[0]) > 1)
        or (len(words) > 1 and words[0].endswith("ing"))
    ):
        offset += len(words[0]) + 1
        words = words[1:]
    while words and (
        _not_name_word(words[-1]) or words[-1] in _POST_NOMINALS or re.fullmatch(_PARTICLE, words[-1])
    ):
        words = words[:-1]
    # "Busia Senator Okiya Omtatah": the name is what follows the last title-like word
    for index in range(len(words) - 1, -1, -1):
        # a capitalised particle inside a name ("Thomas De Smet", "Pieter Van der Merwe") is part of it
        inner_particle = 0 < index < len(words) - 1 and re.fullmatch(_PARTICLE, words[index], re.IGNORECASE)
        if _not_name_word(words[index]) and not re.fullmatch(_PARTICLE, words[index]) and not inner_particle:
            offset += sum(len(w) + 1 for w in words[: index + 1])
            words = words[index + 1 :]
            break
    if not words or offset < sum(len(w) + 1 for w in raw.split(" ")[: institution_at + 1]):
        return None, offset
    name = " ".join(words)
    if any(ch.isdigit() for ch in name) or _is_place(name):
        return None, offset
    return name, offset


def _not_name_word(word: str) -> bool:
    folded = re.sub(r"^[ld]['’]", "", fold(word.strip("'’")))
    return folded in _NOT_NAMES or _is_place(word) or folded in _DEMONYMS


@cache
def _country_words() -> frozenset[str]:
    """Country names in French and English, from Babel's locale data: "Cameroun" is nobody's name."""
    from babel import Locale

    words: set[str] = set()
    for locale in ("fr", "en"):
        for name in Locale.parse(locale).territories.values():
            if " " not in name:
                words.add(fold(name))
    return frozenset(words)


def _is_place(word: str) -> bool:
    return word in lexicon.CITY_COUNTRY or word.rstrip("'’s") in lexicon.CITY_COUNTRY


def _title_role(before: str) -> tuple[str | None, bool]:
    last = before.rstrip().split(" ")[-1] if before.strip() else ""
    for pattern, role in _TITLE_ROLES:
        if pattern.search(last) and before.endswith((" ", "\u00a0")):
            return role, True
    return None, False


_TITLE_WORDS = r"(?:Me|Maître|Mes|M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Judge|Justice|Magistrate)"


_BARE_TITLES = ("Me", "Maître", "Mes")


def _names_someone(gap: str) -> bool:
    """A capitalised word between a role noun and a name: the role is that other person's.

    Ranks and forms of address are not names: "presided over by Her Honour X", "Chief Inspector X".
    """
    return bool(re.search(rf"[{_UPPER}]", _RANKS.sub("", re.sub(rf"{_TITLE_WORDS}(?=\s|$)", "", gap))))


_REPRESENTING = re.compile(r"(?i:representing|acting for|appearing for|pour)")
_CLIENT_BETWEEN = re.compile(rf"\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s*,\s*(?:{_TITLE_WORDS}\s+)?")
_RANKS = re.compile(
    r"\b(?:Her|His|Your|Honour|Honor|Worship|Lordship|Ladyship|Chief|Senior|Principal|Deputy|Assistant|"
    r"Inspector|Detective|Sergeant|Superintendent|Constable|Officer|Colonel|Commandant|Capitaine|Captain|"
    r"Lieutenant|Général|General|Major|Adjudant|Sergent(?:-chef)?|Caporal(?:-chef)?|Soldat|Dr)\b",
    re.IGNORECASE,
)


# "le procureur de la Direction des poursuites (DPCP), Me X": the role noun, its complement, then the name
_ROLE_COMPLEMENT_GAP = re.compile(
    r"\s+(?:de la|du|de l['’]|des|près la|près le|de|aux|au|à la|of the|of|for the|for|to the|at the)"
    rf"\s+[^,;.:]{{1,70}}?,\s*"
    rf"(?:{_TITLE_WORDS}\s+)?"
)
_APPOSITION_GAP = re.compile(rf"\s*,\s*(?:(?:le|la|l['’]|the)\s+)?(?:{_TITLE_WORDS}\s+)?")


def _cue_role(before: str, after: str, pats: _Patterns, previous: str = "") -> tuple[str | None, str]:
    """The role noun closest before the name, if nothing but a few words separate them.

    "l'avocat de la défense, Me X" gives X the role; "selon le procureur, X aurait…" does not (X is the
    topic), but "selon la procureure, X, …" does (X is the procureure, named between commas).
    """
    best: tuple[str | None, str] = (None, "")
    for m in pats.role_cue.finditer(before):
        if m.lastgroup is None:
            continue
        role = pats.role_of_group[int(m.lastgroup[1:])]
        gap = before[m.end() :]
        # titles and ranks between a role and a name belong to the name ("M.", "Chief Inspector")
        bare_gap = _RANKS.sub("", re.sub(rf"{_TITLE_WORDS}(?=\s|$)", "", gap))
        # "Representing Doherty, Siobhan McCall": the client is named between the role and the counsel
        representing = _REPRESENTING.fullmatch(m.group(0)) is not None
        if representing and not gap.strip():
            return "defendant", m.group(0)  # "Representing Doherty, …": Doherty is the client
        client_between = representing and bool(_CLIENT_BETWEEN.fullmatch(gap))
        if client_between:
            pass
        elif "," in gap:
            if not (
                _APPOSITION_GAP.fullmatch(bare_gap)
                or _ROLE_COMPLEMENT_GAP.fullmatch(gap)
                or bare_gap.strip() == ","
            ):
                continue
            reported = re.search(r"(?i:selon|d'après|according to)\s+(?:\w+\s+){0,2}$", before[: m.start()])
            if reported and not after.lstrip().startswith(","):
                continue
        elif len(gap.split()) > 4 or re.search(r"[.;:()]|\bet\b|\band\b", bare_gap) or _names_someone(gap):
            # "Judge Caroline Hughes told Bennett": the cue belongs to the name right after it
            continue
        if re.search(r"\b(?:de|du|des|d'|of|for)\s*$", gap):
            # "l'avocat de X": X is the client, not the lawyer
            if role in ("defense_counsel", "civil_party_counsel"):
                return ("defendant" if role == "defense_counsel" else "civil_party"), m.group(0)
            continue
        if role == "judge" and re.fullmatch(r"(?i:(?:la |le )?(?:présidente?|president))", m.group(0)):
            # "la présidente, Hélène Carrasco" in a hearing; not "le président Patrice Talon"
            if not (re.search(r"(?i:cour|tribunal|chambre|audience|juridiction)", before) or "," in gap):
                continue
        if best[0] is not None and best[1] not in _BARE_TITLES and m.group(0) in _BARE_TITLES:
            continue  # "avocat de la défense, Me X": the role noun says more than the title
        if role == "defense_counsel" and re.search(_CIVIL_CLIENTS, gap):
            role = "civil_party_counsel"  # "l'avocat de celle-ci" after the partie civile
        if role == "civil_party" and re.search(
            r"(?i:\bMe\b|Maître|avocat|conseil|intermédiaire|représentée? par)", gap
        ):
            role = "civil_party_counsel"  # "constituée partie civile par l'intermédiaire de Me X"
        if role == "defendant" and _COUNSEL_FOR_CLIENT.search(before[: m.start()]):
            role = "defense_counsel"  # "counsel to the first defendant, Mr X"
        best = (role, m.group(0))
    if best[1] in _BARE_TITLES:
        # "les plaignantes, assistées par Me X";
        # "Il s'est constitué partie civile. Il est représenté par Me X"
        victims = r"(?i:plaignante?s?|victimes?|parties? civiles?|famille)"
        represented = re.search(rf"(?i:représentée?s? par|assistée?s? par)\s+(?:{_TITLE_WORDS}\s*)?$", before)
        if re.search(victims, before) or (represented and re.search(victims, previous)):
            return "civil_party_counsel", best[1]
    return best


# Clients that make a lawyer counsel for the civil party: victims, and the bodies that sue as one.
_CIVIL_CLIENTS = (
    r"(?i:parties? civiles?|victimes?|plaignante?s?|famille|mairie|commune|l'[ÉE]tat|ville|société|banque|"
    r"entreprise|collectivité|agence|office|celle-ci|celui-ci|ceux-ci|celles-ci|victims?|complainants?|family)"
)

_APPOSITION_ADVERBS = re.compile(
    r"^(?:par ailleurs |également |aussi |lui-même |elle-même |notamment |actuel |actuelle |also |now )+",
    _FLAGS,
)
_REPRESENTS = re.compile(
    r"^(?:qui (?:représente|défend|assiste)|représentant|who (?:represents|is representing)|representing)\s+"
    r"(?P<client>[^,.;]{0,40})",
    _FLAGS,
)


def _appositive_role(after: str, pats: _Patterns) -> tuple[str | None, str]:
    """ "Me Fidèl Abouta, avocat de la défense": the role right after the name, between commas."""
    m = re.match(
        r"\s*(?:\([^)]{0,40}\)\s*)?,\s*((?:l['’]|le |la |les |the |son |sa |his |her |their )?[^,.;]{2,60})",
        after,
    )
    if not m:
        return None, ""
    phrase = _APPOSITION_ADVERBS.sub("", m.group(1))
    if re.match(rf"{_TITLE_WORDS}\s+[{_UPPER}]", phrase):
        return None, ""  # "L'avocate de X, Me Y": the apposition names another person
    if re.search(r"(?i:constituée?s? parties? civiles?)", phrase):
        return "civil_party", phrase.strip()
    # common-law reports: "Mr Conor Fitzgerald BL, prosecuting", "Ms Aoife Brennan BL, defending"
    if re.match(r"(?i:prosecuting|for the prosecution|for the state|for the crown)\b", phrase):
        return "prosecutor", phrase.strip()
    if re.match(r"(?i:defending|for the defen[cs]e)\b", phrase):
        return "defense_counsel", phrase.strip()
    represents = _REPRESENTS.match(phrase)
    if represents:
        victims = re.search(
            r"(?i:plaignant|victime|parties? civiles?|famille|victim|complainant|family)", phrase
        )
        return ("civil_party_counsel" if victims else "defense_counsel"), phrase.strip()
    cue = pats.role_cue.match(
        re.sub(r"^(?:l['’]|le |la |les |the |un |une |a |an )", "", phrase, flags=_FLAGS)
    )
    if cue and cue.lastgroup is not None:
        role = pats.role_of_group[int(cue.lastgroup[1:])]
        if re.match(r"(?i:défendue?s? par|defended by)", cue.group(0)):
            return "defendant", phrase.strip()  # "Aliou Guindo, défendu par Me X": the client
        if role == "defense_counsel" and re.search(_CIVIL_CLIENTS, phrase[cue.end() :]):
            role = "civil_party_counsel"  # "Me X, conseil de la mairie"
        return role, phrase.strip()
    return None, ""


_PARTICLES = frozenset(
    fold(p) for p in "de du da dos di van von der ben bin ould ag el al ibn épouse ép.".split()
)


@lru_cache(maxsize=8192)
def _folded_words(name: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in name.split())


def _find_or_add(persons: list[_Person], name: str, sentence: int) -> _Person:
    key_words = [w for w in _folded_words(name) if w not in _PARTICLES]
    surname = key_words[-1]
    for person in persons:
        known = _folded_words(person.name)
        if len(key_words) > 1 and len(known) > 1 and not (set(key_words[:-1]) & set(known[:-1])):
            continue  # "Rasmané Kaboré" the accused and "Awa Kaboré" his lawyer share only a surname
        if surname == known[-1] or (len(key_words) == 1 and surname in known):
            if len(name) > len(person.name) and set(key_words) >= set(known) - {known[-1]} | {surname}:
                person.forms.add(person.name)
                person.name = name
            else:
                person.forms.add(name)
            return person
    person = _Person(name=name, first_sentence=sentence)
    persons.append(person)
    return person


# --- charges -------------------------------------------------------------------------------------------


def _charges(sentences: list[_Sentence], language: str, pats: _Patterns) -> list[tuple[Charge, int]]:
    found: list[tuple[Charge, int]] = []
    seen: set[str] = set()
    cue_pattern = pats.charge_cue["en" if language == "en" else "fr"]

    def take(sentence: _Sentence, i: int, rest: str, need_head: bool) -> bool:
        labels = [(item, _charge_label(item)) for item in _charge_items(rest, pats)]
        labels = [(item, label) for item, label in labels if label]
        if need_head and not (labels and _starts_with_charge_head(labels[0][1])):
            return False
        for item, label in labels:
            if fold(label) not in seen:
                seen.add(fold(label))
                found.append((Charge(label=label, text=item, evidence=sentence.evidence), i))
        return bool(labels)

    for i, sentence in enumerate(sentences):
        s = sentence.text
        for cue in cue_pattern.finditer(s):
            if _GENERIC_PEOPLE.search(s, max(0, cue.start() - 30), cue.start()):
                continue
            if s[cue.end() :].strip(" :") == "":
                # "Il est poursuivi pour :" then a bulleted list, one offence a line
                for j in range(i + 1, len(sentences)):
                    bullet = _BULLET.match(sentences[j].text)
                    if bullet is None:
                        break
                    take(sentences[j], j, sentences[j].text[bullet.end() :], need_head=False)
            else:
                take(sentence, i, s[cue.end() :], need_head=False)
        # "condamné à vingt ans pour assassinat et vol qualifié"; a headline's paraphrase is not a charge
        for verb in pats.loose_charge_verb.finditer(s) if i else ():
            if _GENERIC_PEOPLE.search(s, max(0, verb.start() - 30), verb.start()):
                continue
            window_end = min(len(s), verb.end() + 200)
            for pour in _POUR.finditer(s, verb.end(), window_end):
                if take(sentence, i, s[pour.end() :], need_head=True):
                    break
    if found:
        return found
    # no "poursuivis pour": fall back on "l'affaire de corruption", "le procès pour viol"
    for i, sentence in enumerate(sentences):
        for intro in pats.loose_charge_intro.finditer(sentence.text):
            take(sentence, i, sentence.text[intro.end() :], need_head=True)
    return found


_CHARGE_HEADS = frozenset(fold(h) for h in lexicon.CHARGE_HEADS)
_BULLET = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)])\s+")
_NEEDS_OBJECT = frozenset(fold(h) for h in lexicon.CHARGE_HEADS_NEEDING_OBJECT)
# "le décret exclut les personnes condamnées pour terrorisme": a rule about others, not this case's charge
_GENERIC_PEOPLE = re.compile(
    r"\b(?:(?:les|des|aux|de) personnes|ceux|celles|quiconque|those|people who|anyone)\b", _FLAGS
)
_POUR = re.compile(r"\b(?:pour|for)\s+", _FLAGS)


def _charge_items(rest: str, pats: _Patterns) -> list[str]:
    """The charges listed at the start of `rest`, up to where the clause moves on."""
    rest = _SECONDARY_CHARGE_CUE.sub("", rest.lstrip(" «“\"'")).lstrip(" «“\"'")
    stop = pats.charge_stop.search(rest)
    segment = rest[: stop.start()] if stop else rest
    items = _split_charges(segment.rstrip(' .,;»”"'))
    # past the first, an item that does not name an offence means the clause has moved on
    items = items[:1] + [item for item in items[1:] if _starts_with_charge_head(item)]
    if stop and stop.group(0).strip() == "»":
        # « outrage au chef de l'Etat » … et « outrage à des chefs d'Etat étrangers »
        more = re.match(r"\s*»[^«.;]{0,80}?(?:,|\bet\b|\band\b)\s*«", rest[stop.start() :])
        if more:
            items += _charge_items(rest[stop.start() + more.end() :], pats)
    return items


def _starts_with_charge_head(label: str) -> bool:
    words = re.sub(
        r"^(?:de |d['’]|du |des |de la |la |le |les |l['’]|of |the )+", "", label, flags=_FLAGS
    ).split()
    if not words:
        return False
    word = fold(words[0])
    # "murdering" is the offence "murder"; "meurtres" is "meurtre"
    return any(form in _CHARGE_HEADS for form in (word, word.rstrip("s"), word[:-3], word[:-2]))


# "poursuivis pour des faits présumés de …": the second introducer is not part of the charge.
_SECONDARY_CHARGE_CUE = re.compile(
    r"^(?:(?:des|les|aux|of|the) )?(?:faits (?:présumés |supposés )?|chefs? (?:d['’]accusation )?|"
    r"accusations? |charges? |counts? )(?:de |d['’]|du |des |of |:\s*)",
    _FLAGS,
)


def _split_charges(segment: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*", segment) if p.strip()]
    items: list[str] = []
    for part in parts:
        pieces = re.split(r"\s+(?:et|and|ou|or)\s+", part)
        current = pieces[0]
        for piece in pieces[1:]:
            head = re.sub(r"^(?:de |d['’]|du |des |de la |of |the )", "", piece, flags=_FLAGS)
            first = fold(head.split()[0]) if head.split() else ""
            # "destruction et pillage des biens d'autrui" shares its complement;
            # "sécession et propagation de fausses nouvelles" is two offences
            shared_complement = len(current.split()) == 1 and fold(current) in _NEEDS_OBJECT
            if first in _CHARGE_HEADS and not shared_complement:
                items.append(current)
                current = piece
            else:
                current = f"{current} {'et' if re.search(r' et ', part) else 'and'} {piece}"
        items.append(current)
    return [i for i in items if 1 <= len(i.split()) <= 14]


_CHARGES_BY_NUMBER = re.compile(
    r"(?i)(?:all|both|each|every|these|those|tous|toutes|ces|chacun)\b.{0,20}\b(?:counts?|charges?|chefs?|faits|offences?)$"
)


def _charge_label(item: str) -> str:
    label = re.sub(
        r"^(?:notamment |présumée?s? |supposée?s? |de |d['’]|du |des |de la |la |le |les |l['’]|"
        r"of |the |a |an )+",
        "",
        item.strip(),
        flags=_FLAGS,
    ).strip(" «»“”\"'.,")
    # "meurtre de Guylaine Potvin": the victim is not part of the offence's name
    label = re.sub(rf"\s+(?:de|d['’]|of|sur)\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*$", "", label)
    if _CHARGES_BY_NUMBER.match(label):
        return ""  # "pleaded not guilty to all the counts": which counts the sentence does not say
    if not label or not re.search(r"[^\W\d_]{3,}", label) or re.match(r"(?i:avoir|having|been)\b", label):
        return ""
    if not _starts_with_charge_head(label) and len(label.split()) > 6:
        return ""
    return label[0].lower() + label[1:] if not label[:2].isupper() else label


# --- rulings and hearings -------------------------------------------------------------------------------


@dataclass
class _Ruling:
    ruling: Ruling
    sentence: int
    next_date: DateMention | None = None
    inherited: bool = False  # its day came from the paragraph or the report, not its own sentence


def _event_day(sentences: list[_Sentence], reference: dt.date | None, pats: _Patterns) -> DateMention | None:
    """The day the article mainly reports: the most recent hearing day on or before the dateline.

    Its phrase is the one that first named that day ("hier", "lundi 6 octobre"), so a decision that
    inherits the day can still show the words it came from.
    """
    candidates: Counter[dt.date] = Counter()
    phrases: dict[dt.date, DateMention] = {}
    for sentence in sentences:
        decided = any(
            not _is_request(sentence.text, m.start(), pats, m.end()) for _, m in sentence.ruling_cues(pats)
        )
        court_acted = sentence.court_acted(pats)
        # a year in passing ("le convoi intercepté en 2023") does not make the day's verdict background
        if not (decided or court_acted or sentence.hearing_cue(pats)) or _RECALLED_TENSE.search(
            sentence.text
        ):
            continue
        for mention in _procedural_dates(sentence):
            assert mention.date is not None
            if reference is not None and mention.date > reference:
                continue
            if court_acted and not (decided or sentence.hearing_cue(pats)):
                # "le tribunal n'a pas pu entamer mardi…": the court's own day, if it is the news
                if reference is None or (reference - mention.date).days > 7:
                    continue
            before = sentence.text[: mention.start - sentence.start]
            if re.search(r"(?:depuis|since)\s*(?:le\s*)?$", before, _FLAGS):
                continue
            candidates[mention.date] += 1
            phrases.setdefault(mention.date, mention)
    if not candidates:
        # a live account ("10h05 : L'audience s'ouvre…") tells of the day it is published
        live = sum(1 for s in sentences if _LIVE_STAMP.match(s.text))
        if live < 2 or reference is None:
            return None
        return DateMention(0, 0, f"(dateline {reference.isoformat()})", reference, "day", True)
    return phrases[max(candidates, key=lambda d: (d, candidates[d]))]


_RECALLED_TENSE = re.compile(r"\bavait été\b|\bhad been\b", _FLAGS)
_LIVE_STAMP = re.compile(r"\d{1,2}\s*[h:]\s*\d{2}\s*[:–—-]")


def _rulings(
    sentences: list[_Sentence], pats: _Patterns, event_day: DateMention | None, reference: dt.date | None
) -> list[_Ruling]:
    out: list[_Ruling] = []
    # the last day a hearing or a ruling of this paragraph was dated: "Il a ensuite confirmé…" inherits it
    context_date: DateMention | None = None
    for i, sentence in enumerate(sentences):
        s = sentence.text
        if i and sentence.paragraph != sentences[i - 1].paragraph:
            context_date = None
        day_dates = _procedural_dates(sentence)
        seen_kinds: set[str] = set()
        for kind, m in sentence.ruling_cues(pats):
            if kind in seen_kinds or _is_request(s, m.start(), pats, m.end()) or _in_quotation(s, m.start()):
                continue
            if kind.startswith("bail_") and not _RELEASE_WORDS.search(m.group(0)):
                # "elle a rejeté la demande", "refusing his application": a bail ruling only where the
                # paragraph, or the report's lead, speaks of release
                context = " ".join(x.text for x in sentences if x.paragraph in (sentence.paragraph, 0, 1))
                if not _RELEASE_WORDS.search(context):
                    continue
            vague = _dated_vaguely(sentence, m)
            decided_on, next_date = _ruling_dates(kind, m, sentence, day_dates, reference)
            if vague:
                decided_on = None  # "condamnés en juin dernier": the report gives no day for it
            date_iso = decided_on.date.isoformat() if decided_on and decided_on.date else None
            inherited = date_iso is None
            if date_iso is None and kind not in _PARTY_ACTS and not vague:
                # a decision told without its day was taken at the hearing the paragraph reports
                if context_date is not None and context_date.date is not None:
                    decided_on = context_date
                    date_iso = context_date.date.isoformat()
                elif (
                    event_day
                    and event_day.date
                    and not _is_background(s)
                    and _is_current(s[: m.start()][-60:])
                ):
                    decided_on = event_day
                    date_iso = event_day.date.isoformat()
            ruling = Ruling(
                kind=kind,  # type: ignore[arg-type]
                date=date_iso,
                date_text=decided_on.text if decided_on else None,
                sentence=_sentence_pronounced(s) if kind == "convicted" else None,
                summary=s[m.start() : m.end()],
                evidence=sentence.evidence,
            )
            out.append(_Ruling(ruling, i, next_date, inherited))
            seen_kinds.add(kind)
        past = [d for d in day_dates if d.date is not None and (not reference or d.date <= reference)]
        if past and (
            seen_kinds or sentence.hearing_cue(pats) or pats.decider.search(s) or _RELEASE_WORDS.search(s)
        ):
            context_date = past[-1]
    return _dedupe_rulings(out)


def _in_quotation(sentence: str, at: int) -> bool:
    """Inside « … » or “ … ”: someone's words ("Mes clients auraient préféré être blanchis"), not a ruling."""
    before = sentence[:at]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


def _dated_vaguely(sentence: _Sentence, cue: re.Match[str]) -> bool:
    """ "condamnés en juin dernier": the text gives the month, so the day is not the hearing's."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end() + 25
    if any(m.precision != "day" and start <= m.start <= end for m in sentence.dates):
        return True
    window = sentence.text[cue.start() : cue.end() + 25]
    return bool(_MONTH_WITHOUT_DAY.search(window))


_MONTH_WITHOUT_DAY = re.compile(
    r"\b(?:en|in|au mois de|last|dernier)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b(?!\s+\d)",
    _FLAGS,
)

_RELEASE_WORDS = re.compile(r"libert|libération|détention|bail|release|custody", _FLAGS)

# Acts of the parties, not of the court: their day is never the hearing's by default.
_PARTY_ACTS = frozenset({"appeal_filed", "pardoned"})


def _ruling_cues(sentence: str, pats: _Patterns) -> list[tuple[str, re.Match[str]]]:
    """Every ruling cue of a sentence; a délibéré ("renvoyé sa décision au …") is not also a renvoi."""
    lowered = sentence.lower()
    if not pats.ruling_hint.search(lowered):
        return []
    if len(lowered) == len(sentence):  # lower-casing kept every offset: search it case-sensitively
        found = [(kind, m) for kind, pattern in pats.rulings_lowered for m in pattern.finditer(lowered)]
    else:
        found = [(kind, m) for kind, pattern in pats.rulings for m in pattern.finditer(sentence)]
    reserved = [m.span() for kind, m in found if kind == "deliberation_reserved"]
    return [
        (kind, m)
        for kind, m in found
        if kind != "adjourned" or not any(a <= m.end() + 15 and m.start() <= b + 15 for a, b in reserved)
    ]


def _dedupe_rulings(rulings: list[_Ruling]) -> list[_Ruling]:
    # a release the day of an acquittal or a pardon is its consequence, not bail
    freed_on = {r.ruling.date for r in rulings if r.ruling.kind in ("acquitted", "pardoned", "dismissed")}
    rulings = [r for r in rulings if not (r.ruling.kind == "bail_granted" and r.ruling.date in freed_on)]
    # a headline's "une relaxe" told again, with its day, in the body: the dated telling stands
    explicitly_dated = {r.ruling.kind for r in rulings if not r.inherited and r.ruling.date}
    rulings = [r for r in rulings if not (r.inherited and r.ruling.kind in explicitly_dated)]
    seen: set[tuple[str, str | None]] = set()
    out = []
    for r in rulings:
        key = (r.ruling.kind, r.ruling.date)
        if key in seen and r.ruling.date is not None:
            continue
        seen.add(key)
        out.append(r)
    return out


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")
_RECALLED_CLAUSE = re.compile(r"\b(?:qui|that|which) (?:avait|avaient|had)\s*$", _FLAGS)


def _is_request(sentence: str, cue_start: int, pats: _Patterns, cue_end: int | None = None) -> bool:
    """Whether the cue is what someone asked for, not what the court decided.

    "la mise en liberté, qu'il avait sollicitée, que la chambre a rejetée": a decider between the request
    and the end of the cue takes the decision back.
    """
    clause_start = max(
        sentence.rfind(". ", 0, cue_start),
        sentence.rfind("; ", 0, cue_start),
        sentence.rfind(" mais ", 0, cue_start),
        sentence.rfind(" but ", 0, cue_start),
    )
    # what is quoted is someone's words: "…would ensure his attendance," he said, refusing his application
    clause = _QUOTED.sub("", sentence[clause_start + 1 : cue_start])
    if _RECALLED_CLAUSE.search(clause):
        return True  # "l'ordonnance qui avait rejeté…": a decision recalled, not this court's
    requests = list(pats.request.finditer(clause))
    if not requests:
        return False
    after_request = clause[requests[-1].end() :] + sentence[cue_start : cue_end or cue_start]
    return not pats.decider.search(after_request)


def _is_background(sentence: str) -> bool:
    return bool(re.search(r"\b(?:en|in) (?:19|20)\d\d\b|\bavait été\b|\bhad been\b", sentence, _FLAGS))


def _is_current(sentence: str) -> bool:
    """Present or recent tense, as reporters write the day's events (not a pluperfect recap)."""
    return not re.search(r"\bavait\b|\bavaient\b|\bhad\b", sentence, _FLAGS)


def _ruling_dates(
    kind: str,
    cue: re.Match[str],
    sentence: _Sentence,
    day_dates: list[DateMention],
    reference: dt.date | None,
) -> tuple[DateMention | None, DateMention | None]:
    """The day the ruling was made, and for a renvoi or a délibéré the day it points to.

    A decision already reported cannot be dated after the dateline: such a date is the next one.
    """
    cue_at = sentence.start + cue.start()
    past = [d for d in day_dates if reference is None or (d.date is not None and d.date <= reference)]
    if kind in ("adjourned", "deliberation_reserved"):
        after = [d for d in day_dates if d.start >= cue_at]
        before = [d for d in past if d.start < cue_at]
        return (before[-1] if before else None), (after[0] if after else None)
    if not past:
        return None, None
    before = [d for d in past if d.start < cue_at]
    return (before[-1] if before else past[0]), None


def _sentence_pronounced(sentence: str) -> str | None:
    m = re.search(
        r"\b(?:à|to|of)\s+((?:\w+[ -]){0,3}(?:ans?|mois|jours?|years?|months?|days?|weeks?)\b[^,.;]{0,50})",
        sentence,
        _FLAGS,
    )
    if m:
        return m.group(1).strip()
    m = re.search(
        r"\b(?:la |une )?(?:prison à vie|réclusion criminelle à perpétuité|life imprisonment|"
        r"amende[^,.;]{0,40}|fine[^,.;]{0,40})",
        sentence,
        _FLAGS,
    )
    return m.group(0).strip() if m else None


def _hearings(
    sentences: list[_Sentence],
    pats: _Patterns,
    rulings: list[_Ruling],
    reference: dt.date | None,
    event_date: dt.date | None,
) -> tuple[list[tuple[Hearing, int]], list[tuple[NextHearing, int]]]:
    held: dict[str, tuple[Hearing, int]] = {}
    scheduled: list[tuple[NextHearing, int]] = []
    for i, sentence in enumerate(sentences):
        s = sentence.text
        has_hearing_cue = sentence.hearing_cue(pats)
        # "la cour a constaté jeudi…": the court acting on the reported day is the court sitting that day
        court_acted = sentence.court_acted(pats)
        for mention in _procedural_dates(sentence):
            assert mention.date is not None
            before = s[: mention.start - sentence.start]
            points_ahead = bool(
                pats.next_date.search(before[-70:])
                or re.search(r"\b(?:au|jusqu'au|until|to|for)\s*$", before)
                # "Son dossier reviendra devant la Cour du Québec le 20 novembre"
                or (_FUTURE_TENSE.search(before[-80:]) and _COURT_WORD.search(s))
            )
            if reference is not None and mention.date > reference:
                # a future day is a hearing when procedure points at it: "renvoyé au", "plea hearing for";
                # "avant le 4 mars" is a deadline
                if points_ahead and not re.search(r"(?i:\b(?:avant|before|d'ici|by)\s+(?:le\s+)?)$", before):
                    day = _from_hearing_day(mention, reference, event_date)
                    scheduled.append(
                        (NextHearing(day.isoformat(), mention.text, _purpose(s), sentence.evidence), i)
                    )
                continue
            if reference is None and points_ahead and (event_date is None or mention.date > event_date):
                scheduled.append(
                    (NextHearing(mention.date.isoformat(), mention.text, _purpose(s), sentence.evidence), i)
                )
                continue
            # a recalled hearing is not today's news, but the day a trial opened always counts
            recalled = (
                (_is_background(s) or not _is_current(s))
                and not _TRIAL_OPENED.search(before[-60:])
                and not _NAMED_HEARING.search(before[-40:])  # "lors des audiences des 1er et 2 octobre"
            )
            recent = reference is not None and 0 <= (reference - mention.date).days <= 7
            sat = has_hearing_cue or (court_acted and (recent or mention.date == event_date))
            if sat and not (recalled and mention.date != event_date):
                iso = mention.date.isoformat()
                held.setdefault(iso, (Hearing(iso, mention.text, "held", None, sentence.evidence), i))
    for r in rulings:
        if r.next_date is not None and r.next_date.date is not None:
            day = (
                r.next_date.date
                if reference is None
                else _from_hearing_day(r.next_date, reference, event_date)
            )
            iso = day.isoformat()
            if not any(n.date == iso for n, _ in scheduled):
                purpose = "délibéré" if r.ruling.kind == "deliberation_reserved" else None
                scheduled.append((NextHearing(iso, r.next_date.text, purpose, r.ruling.evidence), r.sentence))
        if _ruled_at_reported_hearing(r, reference, event_date):
            assert r.ruling.date is not None
            held.setdefault(
                r.ruling.date,
                (
                    Hearing(r.ruling.date, r.ruling.date_text or "", "held", None, r.ruling.evidence),
                    r.sentence,
                ),
            )
    last_held = max(held, default="")
    scheduled = [(n, i) for n, i in scheduled if n.date > last_held]
    return list(held.values()), scheduled


def _court_acted(sentence: str, pats: _Patterns) -> bool:
    """The court as the subject of a verb ("la cour a constaté"), sitting in open court.

    Not "condamné par la cour", and not a chamber that rules on the file (chambre d'accusation, juge
    d'instruction): those decisions are not hearings.
    """
    if _ON_THE_FILE.search(sentence):
        return False
    return any(
        not _OBJECT_OF.search(sentence, max(0, m.start() - 12), m.start())
        for m in pats.decider.finditer(sentence)
    )


# "condamné par la cour", "devant le tribunal": the court as an object, not acting
_OBJECT_OF = re.compile(r"\b(?:par|by|devant|before|à|au|de|du|of|from)\s*$", _FLAGS)


_RECALL = re.compile(r"\b(?:pour rappel|rappelons|on se souvient|for the record|as a reminder)\b", _FLAGS)
_ON_THE_FILE = re.compile(
    r"chambre d['’]accusation|chambre de (?:l['’]instruction|contrôle)|juge d['’]instruction|"
    r"investigating judge",
    _FLAGS,
)

_NAMED_HEARING = re.compile(r"\baudiences? (?:du|des|de|d['’])\s*(?:\w+\s+(?:et|,)\s*)?$", _FLAGS)

_FUTURE_TENSE = re.compile(
    r"\b\w{2,}(?:era|eront|ira|iront|dra|dront|ura|uront)\b|"
    r"\b(?:sera|seront|will|shall|is due to|are due to)\b",
    _FLAGS,
)
_COURT_WORD = re.compile(
    r"\b(?:cour|tribunal|chambre|juge|jugement|verdict|audience|procès|délibéré|court|judge|magistrate|"
    r"judgment|hearing|trial)\b",
    _FLAGS,
)
_TRIAL_OPENED = re.compile(
    r"(?:(?:s['’](?:est|était|étaient|sont) )?(?:ouverte?s?|tenue?s?)|(?:opened|began|started))\b"
    r"[^.;]{0,25}$",
    _FLAGS,
)


def _from_hearing_day(mention: DateMention, reference: dt.date, event_date: dt.date | None) -> dt.date:
    """ "renvoyé dans deux semaines" counts from the hearing, not from the day the report came out."""
    assert mention.date is not None
    if event_date is not None and mention.relative and re.match(r"(?i:dans|in)\b", mention.text):
        return mention.date - (reference - event_date)
    return mention.date


def _ruled_at_reported_hearing(r: _Ruling, reference: dt.date | None, event_date: dt.date | None) -> bool:
    """The court sat the day it ruled, when that ruling is the news, not a judgment recalled as background."""
    if r.ruling.date is None or r.ruling.kind in _PARTY_ACTS or r.ruling.kind == "declined_jurisdiction":
        return False
    if r.ruling.evidence is not None and _ON_THE_FILE.search(r.ruling.evidence.text):
        return False
    if event_date is not None and r.ruling.date == event_date.isoformat():
        return True
    if r.ruling.kind in ("convicted", "acquitted") and not r.inherited and r.ruling.evidence is not None:
        # a verdict told with its day was pronounced in court that day, unless it is only recalled
        # ("Pour rappel, le tribunal avait prononcé le 18 avril…") or came from a chamber on the file
        text = r.ruling.evidence.text
        if _RECALL.search(text):
            return False
        # a pluperfect verdict is the reported trial's only when it is recent
        recalled = re.search(r"\b(?:avait|avaient|had)\b", text, _FLAGS)
        return not (recalled and reference and (reference - dt.date.fromisoformat(r.ruling.date)).days > 30)
    if reference is None:
        return False
    age = (reference - dt.date.fromisoformat(r.ruling.date)).days
    return 0 <= age <= 7


# Dates of the facts, not of the procedure: "arrêtés le 29 octobre", "killed on 3 March".
_INCIDENT_BEFORE_DATE = re.compile(
    r"\b(?:arrêtée?s?|interpellée?s?|commise?s?|survenue?s?|tuée?s?|assassinée?s?|décédée?s?|née?s?|disparue?s?|"
    r"enlevée?s?|(?:faits|drame|crime|meurtre|événements|incidents) remont\w*|perpétrée?s?|arrested|"
    r"killed|died|born|disappeared|abducted|occurred|a-t-on appris|appris|said|told|reported|raided|searched|"
    r"seized|executed a (?:search )?warrant|discovered|perquisitionnée?s?|saisie?s?|découverte?s?|"
    r"committed|murdered)\s+(?:\w+\s+){0,2}?(?:le|du|au|on|in)?\s*$",
    _FLAGS,
)


def _procedural_dates(sentence: _Sentence) -> list[DateMention]:
    out = []
    for mention in sentence.dates:
        if mention.precision != "day" or mention.date is None:
            continue
        before = sentence.text[max(0, mention.start - sentence.start - 60) : mention.start - sentence.start]
        if not _INCIDENT_BEFORE_DATE.search(before):
            out.append(mention)
    return out


def _purpose(sentence: str) -> str | None:
    lowered = sentence.lower()
    for word, purpose in (
        ("délibéré", "délibéré"),
        ("verdict", "verdict"),
        ("jugement", "jugement"),
        ("plaidoiries", "plaidoiries"),
        ("réquisitoire", "réquisitoire"),
        ("plea", "plea hearing"),
        ("trial", "trial"),
        ("judgment", "judgment"),
        ("sentencing", "sentencing"),
        ("procès", "procès"),
    ):
        if word in lowered:
            return purpose
    return None


# --- assembly -------------------------------------------------------------------------------------------


def _assemble(
    sentences: list[_Sentence],
    courts: list[_CourtMention],
    persons: list[_Person],
    charges: list[tuple[Charge, int]],
    rulings: list[_Ruling],
    hearings: list[tuple[Hearing, int]],
    next_hearings: list[tuple[NextHearing, int]],
    text: str,
    start: int,
    end: int,
) -> list[Case]:
    court_by_key: dict[str, _CourtMention] = {}
    for mention in courts:
        known = court_by_key.get(mention.key)
        if known is None or len(mention.name) > len(known.name):
            court_by_key[mention.key] = mention
    active = Counter(sentences[r.sentence].court_key for r in rulings)
    active.update(sentences[i].court_key for _, i in hearings)
    primary_key = _primary_court(courts, active)

    def case_key(sentence_index: int) -> str | None:
        key = sentences[sentence_index].court_key
        if key is None or key not in active:
            return primary_key
        return key

    keys: list[str | None] = [primary_key]
    for key in [case_key(r.sentence) for r in rulings] + [case_key(i) for _, i in hearings]:
        if key not in keys:
            keys.append(key)
    cases: dict[str | None, Case] = {}
    country = _article_country(text[start:end], courts)
    for key in keys:
        mention = court_by_key.get(key) if key else None
        cases[key] = Case(
            title="",
            court=mention.name if mention else None,
            court_text=mention.text if mention else None,
            court_abbr=mention.abbr if mention else None,
            # the chamber is often named once, beside one of the court's mentions
            chamber=next((c.chamber for c in courts if c.key == key and c.chamber), None),
            country=(mention.country if mention and mention.country else None) or country,
        )
    primary = cases[primary_key]
    for person in persons:
        role = person.role()
        if role is None:
            continue
        party = Party(
            name=person.name,
            role=role,  # type: ignore[arg-type]
            role_text=person.role_text.get(role, ""),
            aliases=sorted(person.forms - {person.name}),
            evidence=sentences[person.first_sentence].evidence,
        )
        primary.parties.append(party)
        if role == "defendant":
            for key, case in cases.items():
                if key != primary_key and any(case_key(i) == key for i in person.sentences):
                    case.parties.append(party)
    for charge, _ in charges:
        primary.charges.append(charge)
    for r in rulings:
        cases[case_key(r.sentence)].rulings.append(r.ruling)
    for hearing, i in sorted(hearings, key=lambda h: h[0].date):
        cases[case_key(i)].hearings.append(hearing)
    for nxt, i in sorted(next_hearings, key=lambda n: n[0].date):
        case = cases[case_key(i)]
        if any(h.date == nxt.date and h.status == "scheduled" for h in case.hearings):
            continue  # the headline and the body announce the same date: one hearing, first evidence
        case.hearings.append(Hearing(nxt.date, nxt.date_text, "scheduled", nxt.purpose, nxt.evidence))
        if case.next_hearing is None:
            case.next_hearing = nxt
    for case in cases.values():
        # oldest first; a ruling whose day the report does not give comes last
        case.rulings.sort(key=lambda r: (r.date is None, r.date or ""))
        case.title = _title(case)
    return [c for c in cases.values() if c.parties or c.rulings or c.hearings or c.charges or c.court]


def _primary_court(courts: list[_CourtMention], active: Counter[str | None]) -> str | None:
    if not courts:
        return None
    mentions = Counter(c.key for c in courts)
    return max(mentions, key=lambda k: (active.get(k, 0) > 0, mentions[k], -_first_index(courts, k)))


def _first_index(courts: list[_CourtMention], key: str) -> int:
    return next(i for i, c in enumerate(courts) if c.key == key)


_COUNTRY_SAMPLE = 2500


def _article_country(article: str, courts: Iterable[_CourtMention]) -> str | None:
    pats = _patterns()
    votes: Counter[str] = Counter()
    for court in courts:
        if court.country:
            votes[court.country] += 3
    # the opening says where: a long report's later paragraphs wander (other countries, other cases)
    article = article[:_COUNTRY_SAMPLE]
    for m in pats.demonym.finditer(article):
        votes[lexicon.DEMONYMS[m.group(0)]] += 1
    for country in _places_in(article):
        votes[country] += 1
    return votes.most_common(1)[0][0] if votes else None


_CAPITALISED_RUN = re.compile(rf"{_NAME_WORD}(?:[ -](?:{_NAME_WORD}|es|M['’]\w+)){{0,2}}")


def _places_in(text: str) -> list[str]:
    """Countries of the places a text names, looked up word by word (a dictionary, not a 250-way regex)."""
    found = []
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split(" ")
        first = 0
        while first < len(words):  # "High Court Abuja": a place may end a run as well as open it
            for last in range(len(words), first, -1):
                country = lexicon.CITY_COUNTRY.get(" ".join(words[first:last]))
                if country:
                    found.append(country)
                    first = last - 1
                    break
            first += 1
    return found


def _title(case: Case) -> str:
    names = [p.name.split()[-1] for p in case.defendants][:3]
    court = case.court_abbr or case.court
    if names and court:
        return f"{', '.join(names)} — {court}"
    return ", ".join(names) or court or "Affaire sans nom"
