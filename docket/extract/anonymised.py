"""People the press names by their initials only: "C.A., un cultivateur de 51 ans, a comparu"."""

from __future__ import annotations

import re

from docket.text import FLAGS

# "C.A., un cultivateur de 51 ans, a comparu", "M.A. s'est présenté devant le TGI": a person the paper names
# by initials only, told as such by what follows (an apposition or a verb), not "U.S." or "S.A."
# ("Huit personnes – S.M, H.B et S.D – ont comparu": in a list of such, the last full stop may be missing)
_ANONYMISED = re.compile(
    r"(?<![\w.])(?-i:[A-Z]\.(?: ?[A-Z]\.){1,2}|[A-Z]\.[A-Z](?=\s*(?:,|\)|et\b|and\b|[–—])))(?![\w])"
)
_CAPITAL_FULL_STOP = re.compile(r"[A-Z]\.")
ANONYMISED_NAME = re.compile(r"(?-i:[A-Z]\.(?: ?[A-Z]\.?){1,2})")
_ANONYMISED_CONTEXT = re.compile(
    r"\s*(?:,\s+(?:un|une|le|la|l['’]|a|an|the|\d+\s*ans)\b|\s(?:a|est|s['’]|se|ont|sont|était|avait|"
    r"comparaît|prend|prennent|écope|écopent|risque|has|was|is|had|appeared|pleaded|got|gets|faces)\b|\s*\)|(?:\s*,\s*|\s+(?:et|and)\s+)(?-i:[A-Z]\.[A-Z])|\s*[–—])",
    FLAGS,
)
_ABBREVIATIONS = frozenset({"U.S.", "U.K.", "N.B.", "S.A.", "P.S.", "E.U.", "R.D.", "B.P.", "C.P.", "P.V."})


def anonymised_names(s: str) -> list[re.Match[str]]:
    # every match opens on "X.": searched from the first (opening on a lookbehind, it is tried everywhere)
    first = _CAPITAL_FULL_STOP.search(s)
    if first is None:
        return []
    return [
        m
        for m in _ANONYMISED.finditer(s, first.start())
        if m.group(0) not in _ABBREVIATIONS and _ANONYMISED_CONTEXT.match(s, m.end())
    ]
