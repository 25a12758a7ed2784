"""Case-insensitive patterns searched case-sensitively in lower-cased text, then matched again in the text
for their groups as written: a case-sensitive search is several times faster, and for text of CASE_SAFE
characters (which lower-casing keeps one for one, as case-insensitive matching reads them) it finds the
same spans."""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _compiler as sre_compiler  # type: ignore[attr-defined]
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

from docket.dates import lowered_text as lowered_text
from docket.extract.wordsets import finditer_from_starts, search_from_starts


def lowered_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern lower-cased and compiled case-sensitively: in the `lowered_text` of a
    text it finds the spans the pattern finds in the text (the premise of the date scan), and a
    case-sensitive search is about twice as fast. None for a pattern that is not case-insensitive, or
    whose source lower-casing would change: an escape such as \\S or \\B, a case-sensitive group.

    A pattern whose case-insensitive part is its "(?i:…)" groups counts too when nothing outside them
    has a case ("^[^.;:?!]{0,100}?\\b(?i:comparaît|…)"): its groups are read case-sensitively.

    A case-insensitive pattern with case-sensitive groups that case-blind reading can only widen (no
    negated set or lookaround in them, none under a negative lookaround: "(?-i:\\b[a-zà-ÿ]\\w+era\\b)") is
    lowered as if they were case-insensitive: it finds every span the pattern finds, and maybe more, which
    `search_lowered` and `finditer_lowered` allow (each span found is matched again in the text as written,
    and where that differs the plain way serves)."""
    known = _LOWERED.get(id(pattern))
    if known is None or known[0] is not pattern:
        source = pattern.pattern
        if pattern.flags & re.IGNORECASE and "(?-i:" in source:
            source = _widened(pattern) or source
        escapes = set(re.findall(r"\\(.)", source))
        # a character written by its code or name ("\\x41", "\\N{…}") or a back-reference: not lowered
        safe = (
            not escapes & set("NxuU0123456789")
            and not re.search(r"\(\?[a-z]*-", source)
            and (pattern.flags & re.IGNORECASE or _insensitive_groups_only(pattern))
        )
        lowered = _lowered_source(source) if safe else None
        if lowered is not None and not pattern.flags & re.IGNORECASE:
            lowered = lowered.replace("(?i:", "(?:")
        # compiled past `re.compile`'s cache (kept here by the pattern's identity), where it would take one
        # of the 512 places of the patterns searched by their source
        known = (pattern, sre_compiler.compile(lowered, 0) if lowered is not None else None)
        _LOWERED[id(pattern)] = known
    return known[1]


def _widened(pattern: re.Pattern[str]) -> str | None:
    """`pattern`'s source with its "(?-i:" groups made case-insensitive, where that only widens what they
    match; None where it could narrow it (a negated set reads its letters in both cases, a negative
    lookaround then rejects more)."""
    groups: list[bool] = []  # per case-sensitive group: whether reading it case-blind only widens it
    _read_groups(sre_parser.parse(pattern.pattern, pattern.flags).data, False, False, groups)
    if not groups or not all(groups) or len(groups) != pattern.pattern.count("(?-i:"):
        return None
    return pattern.pattern.replace("(?-i:", "(?:")


def _read_groups(items: object, sensitive: bool, negative: bool, groups: list[bool]) -> bool:
    """Walk the parsed `items`; add to `groups` for each case-sensitive group whether case-blind reading
    only widens it. Returns False where, inside such a group, something could be narrowed."""
    widens = True
    for op, av in items:  # type: ignore[attr-defined]
        if op is sre_constants.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if del_flags & re.IGNORECASE and not add_flags:
                groups.append(not negative and _read_groups(sub.data, True, negative, groups))
            elif add_flags or del_flags:
                groups.append(False)  # another flag group: not read here
            else:
                widens = _read_groups(sub.data, sensitive, negative, groups) and widens
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            if sensitive and op is sre_constants.ASSERT_NOT:
                widens = False
            inner = negative or op is sre_constants.ASSERT_NOT
            widens = _read_groups(av[1].data, sensitive, inner, groups) and widens
        elif op is sre_constants.BRANCH:
            for branch in av[1]:
                widens = _read_groups(branch.data, sensitive, negative, groups) and widens
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            widens = _read_groups(av[2].data, sensitive, negative, groups) and widens
        elif op is sre_constants.ATOMIC_GROUP:
            widens = _read_groups(av.data, sensitive, negative, groups) and widens
        elif sensitive and (
            op in (sre_constants.NOT_LITERAL, sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS)
            or (op is sre_constants.IN and any(item_op is sre_constants.NEGATE for item_op, _ in av))
        ):
            widens = False
    return widens


def _lowered_source(source: str) -> str:
    """`source` with its literal characters lower-cased, its escapes (\\S, \\B) and group names as they
    were."""
    return re.sub(r"\\[A-Za-z0-9]|\(\?P[<=][^>)]*|(\\?[^\\])", _lower_literal, source)


def _lower_literal(found: re.Match[str]) -> str:
    return found.group(1).lower() if found.group(1) is not None else found.group(0)


def _insensitive_groups_only(pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` is case-insensitive in its "(?i:…)" groups and has no cased character outside
    them (nor a flag group of another form, nor a back-reference, which compares as written)."""
    flag_groups = re.findall(r"\(\?([a-zA-Z]*)[:)]", pattern.pattern)
    if "i" not in flag_groups or any(flags not in ("", "i") for flags in flag_groups):
        return False
    return _caseless(sre_parser.parse(pattern.pattern, pattern.flags).data)


def _caseless(items: list[tuple[object, object]]) -> bool:
    """No item outside a case-insensitive group has a cased character."""
    for op, av in items:
        if op in (sre_constants.LITERAL, sre_constants.NOT_LITERAL):
            if not _uncased(chr(av)):  # type: ignore[arg-type]
                return False
        elif op is sre_constants.IN:
            for item_op, item in av:  # type: ignore[attr-defined]
                if item_op is sre_constants.RANGE:
                    # every character of a range: ranges of letters are the cased ones
                    if not all(_uncased(chr(c)) for c in range(item[0], item[1] + 1)):
                        return False
                elif item_op is sre_constants.LITERAL and not _uncased(chr(item)):
                    return False
                elif item_op not in (sre_constants.LITERAL, sre_constants.RANGE, sre_constants.CATEGORY,
                                     sre_constants.NEGATE):  # fmt: skip
                    return False
        elif op is sre_constants.SUBPATTERN:
            _, add_flags, _, sub = av  # type: ignore[misc]
            if not add_flags & re.IGNORECASE and not _caseless(sub.data):
                return False
        elif op is sre_constants.BRANCH:
            if not all(_caseless(branch.data) for branch in av[1]):  # type: ignore[index]
                return False
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            if not _caseless(av[2].data):  # type: ignore[index]
                return False
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            if not _caseless(av[1].data):  # type: ignore[index]
                return False
        elif op is sre_constants.ATOMIC_GROUP:
            if not _caseless(av.data):  # type: ignore[attr-defined]
                return False
        elif op not in (sre_constants.AT, sre_constants.ANY, sre_constants.CATEGORY):
            return False  # a back-reference, a conditional: not read here
    return True


def _uncased(character: str) -> bool:
    return character.lower() == character == character.upper()


_LOWERED: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def search_lowered(pattern: re.Pattern[str], text: str, lowered: str | None) -> re.Match[str] | None:
    """`pattern.search(text)`, found in `lowered` (`lowered_text(text)`) when both allow it, then matched
    again in `text` for its groups as written."""
    case_sensitive = lowered_pattern(pattern)
    if case_sensitive is None or lowered is None:
        return pattern.search(text)
    low = search_from_starts(case_sensitive, lowered)
    if low is None:
        return None
    match = pattern.match(text, low.start())
    if match is None or match.end() != low.end():  # never expected: then the plain way
        return pattern.search(text)
    return match


def finditer_lowered(pattern: re.Pattern[str], text: str, lowered: str | None) -> Iterable[re.Match[str]]:
    """`pattern.finditer(text)`, found in `lowered` as `search_lowered` does."""
    case_sensitive = lowered_pattern(pattern)
    if case_sensitive is None or lowered is None:
        return pattern.finditer(text)
    found = []
    for low in finditer_from_starts(case_sensitive, lowered):
        match = pattern.match(text, low.start())
        if match is None or match.end() != low.end():  # never expected: then the plain way
            return pattern.finditer(text)
        found.append(match)
    return found
