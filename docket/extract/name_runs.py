"""Name runs: the capitalised runs of a sentence that may name people, each with the name it holds."""

from __future__ import annotations

from docket.extract.anonymised import anonymised_names
from docket.extract.names import NAME_RE, NICKNAME_QUOTE_OPENS, NameRun, clean_name, without_nicknames
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
            # "High Court Judge Her Honour Abigail Animah Asare": titles took up the six words a run holds,
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
