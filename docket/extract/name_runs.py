"""Name runs: the capitalised runs of a sentence that may name people, each with the name it holds."""

from __future__ import annotations

import re

from docket.extract.anonymised import anonymised_names
from docket.extract.names import NAME_RE, NameRun, clean_name
from docket.extract.roles import role_of_title


def name_runs(s: str) -> list[NameRun]:
    """The capitalised runs of `s` and its initials ("C.A."), in text order."""
    runs: list[NameRun] = []
    joined_last = False  # a run is joined to the next once at most: "Me Abc Abc …" stays linear
    for m in NAME_RE.finditer(s):
        start, raw = m.start(), m.group(0)
        last = runs[-1] if runs else None
        if (
            last
            and not joined_last
            and last[2] is not None
            and last[3] > last[0]
            and last[1] + 1 == start
            and _ends_on_a_title(s[last[0] : last[3]])
        ):
            # "High Court Judge Her Honour Ama Serwaa Boateng": titles took up the six words a run holds,
            # and the name goes on in the next run, found right after a single space (not a headline's
            # capitals: "Accused in Melbourne Fake-Gun Carjacking Spree Kept Behind Bars")
            joined = clean_name(s[last[0] : m.end()], last[0], s[m.end() : m.end() + 12])
            if joined[0] is not None and joined[1] == last[3]:
                runs[-1] = (last[0], m.end(), *joined)
                joined_last = True
                continue
        joined_last = False
        runs.append((start, m.end(), *clean_name(raw, start, s[m.end() : m.end() + 12])))
    if NICKNAME_QUOTE_OPENS.search(s):
        runs = without_nicknames(s, runs)
    if not (anonymised := anonymised_names(s)):
        return runs  # found in text order, and without overlaps: sorted already (most sentences)
    return sorted(
        runs + [(m.start(), m.end(), m.group(0).rstrip(), m.start()) for m in anonymised],
        key=lambda run: run[0],
    )


# the honours a judge's name follows, which are no title of their own: "Her Lordship Abigail X"
_HONOURS = frozenset({"Honour", "Honor", "Lordship", "Ladyship", "Worship"})


def _ends_on_a_title(words: str) -> bool:
    return role_of_title(words)[1] or words.rpartition(" ")[0].rpartition(" ")[2] in _HONOURS


# 'William "Roddie" Bryan', 'Everton “Beachy Stout” McDonald': a nickname quoted between the given name and
# the surname; the person is the given name and the surname, the nickname no one of its own
NICKNAME_QUOTE_OPENS = re.compile(r"\w [\"“”«]")
_BEFORE_NICKNAME = re.compile(r" [\"“”«]\u00a0?")
_AFTER_NICKNAME = re.compile(r"\u00a0?[\"”“»] ")


def without_nicknames(s: str, runs: list[NameRun]) -> list[NameRun]:
    """`runs` with each given name, quoted nickname and surname joined into one run of the person."""
    joined: list[NameRun] = []
    k = 0
    while k < len(runs):
        if k + 2 < len(runs):
            given_run, nickname_run, surname_run = runs[k : k + 3]
            given, given_start = given_run[2], given_run[3]
            surname, surname_start = surname_run[2], surname_run[3]
            if (
                given is not None
                and surname is not None
                and given_start + len(given) == given_run[1]  # the given name ends its run
                and surname_start == surname_run[0]  # the surname opens its run
                and _BEFORE_NICKNAME.fullmatch(s, given_run[1], nickname_run[0])
                and _AFTER_NICKNAME.fullmatch(s, nickname_run[1], surname_start)
            ):
                joined.append((given_run[0], surname_run[1], f"{given} {surname}", given_start))
                k += 3
                continue
        joined.append(runs[k])
        k += 1
    return joined
