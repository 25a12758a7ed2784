"""First-character gates: a pattern behind a lookahead for what all its matches begin with, read from
the parsed pattern, so that the engine passes over a position none begins at instead of trying every
alternative there. What is matched, and how, is unchanged: the lookahead holds for every match."""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

from docket.text import prefix_tree


def with_first_gate(pattern: re.Pattern[str], *, boundary_first: bool = False) -> re.Pattern[str]:
    """`pattern` behind a lookahead for the plain beginnings one of which all its matches start with
    (`_first_strings`), as a prefix tree: a position that starts none of them is passed over at once
    instead of being tried against every alternative; what is matched, and how, is unchanged.

    `boundary_first`: a pattern that opens on a word boundary tries its gate only there, as a
    case-insensitive one always does (for a gate whose beginnings many words share)."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):
        return pattern  # flags for the whole pattern must stay at its start
    parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    # a case-insensitive group's beginnings read case-sensitively would miss: then first characters only
    ending, going_on = _first_strings(parsed.data)
    # a few letters tell most positions apart; longer beginnings only make the gate dearer to build
    starts = {start[:_GATE_LETTERS] for start in ending | going_on}
    insensitive_group = re.search(r"\(\?[aLmsux]*i", pattern.pattern)
    # a case-insensitive gate is dear to try at every position: a pattern that opens on a word boundary
    # tries it only there (the boundary is tried again inside, harmlessly)
    opens_on_boundary = bool(parsed.data) and parsed.data[0] == (sre_constants.AT, sre_constants.AT_BOUNDARY)
    boundary = r"\b" if (pattern.flags & re.IGNORECASE or boundary_first) and opens_on_boundary else ""
    if "" not in starts and (pattern.flags & re.IGNORECASE or not insensitive_group):
        gate = "|".join(prefix_tree(sorted(starts)))
        return re.compile(f"{boundary}(?={gate})(?:{pattern.pattern})", pattern.flags)
    exact, either_case = set(), set()
    if _first_characters(parsed.data, bool(pattern.flags & re.IGNORECASE), exact, either_case):
        return pattern  # a match may start with anything, or with nothing
    classes = [f"[{''.join(sorted(exact))}]"] if exact else []
    classes += [f"(?i:[{''.join(sorted(either_case))}])"] if either_case else []
    return re.compile(f"{boundary}(?={'|'.join(classes)})(?:{pattern.pattern})", pattern.flags)


_GATE_LETTERS = 6

_CATEGORIES = {
    sre_constants.CATEGORY_DIGIT: r"\d",
    sre_constants.CATEGORY_WORD: r"\w",
    sre_constants.CATEGORY_SPACE: r"\s",
}


def _first_characters(
    items: list[tuple[object, object]], insensitive: bool, exact: set[str], either_case: set[str]
) -> bool:
    """Add to `exact` (or `either_case`, read case-insensitively) the class items one of which the first
    character of any match of the parsed sequence is; True when the sequence may match the empty string
    (its followers' first characters count too) or when its first character cannot be told (then
    `with_first_gate` gives up: a gate must hold for every match)."""
    for op, av in items:
        into = either_case if insensitive else exact
        if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue
        if op is sre_constants.LITERAL:
            into.add(re.escape(chr(av)))  # type: ignore[arg-type]
            return False
        if op is sre_constants.IN:
            for item_op, item in av:  # type: ignore[attr-defined]
                if item_op is sre_constants.LITERAL:
                    into.add(re.escape(chr(item)))
                elif item_op is sre_constants.RANGE:
                    into.add(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
                elif item_op is sre_constants.CATEGORY and item in _CATEGORIES:
                    into.add(_CATEGORIES[item])
                else:
                    return True  # a negated set, a Unicode category: give up
            return False
        if op is sre_constants.CATEGORY and av in _CATEGORIES:
            into.add(_CATEGORIES[av])  # type: ignore[index]
            return False
        if op is sre_constants.SUBPATTERN:
            _, add_flags, del_flags, sub = av  # type: ignore[misc]
            inner = (insensitive or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            if _first_characters(sub.data, inner, exact, either_case):
                return True
            return False
        if op is sre_constants.BRANCH:
            if any(_first_characters(b.data, insensitive, exact, either_case) for b in av[1]):  # type: ignore[index]
                return True
            return False
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, _, sub = av  # type: ignore[misc]
            if _first_characters(sub.data, insensitive, exact, either_case):
                return True
            if low >= 1:
                return False
            continue  # an optional item: what follows may come first
        return True
    return True  # every item may be empty: the match may be


def _first_strings(
    items: list[tuple[object, object]], limit: int = 400, *, but_at_start: bool = False
) -> tuple[set[str], set[str]]:
    """The plain beginnings of the matches of a parsed sequence: (those after which nothing more is
    known, the whole matches). Every match starts with one of them. Zero-width items add nothing; a set
    of plain characters or an optional item gives each choice; anything else ends the beginnings.

    `but_at_start`: those of the matches that begin past the text's first character only; a "^" (the
    text's start, not a line's) is then no way through, and a match through it begins at 0, which the
    caller tries as well ("^\\s*(?:ont|a) comparu" alongside "devant laquelle a comparu")."""
    ending: set[str] = set()
    going_on = {""}
    for op, av in items:
        item_ending, item_whole = _item_first_strings(op, av, limit, but_at_start)
        ending |= {start + part for start in going_on for part in item_ending}
        going_on = {start + part for start in going_on for part in item_whole}
        if len(ending) + len(going_on) > limit:
            return ending | going_on, set()  # too many: end them here
        if not going_on:
            break
    return ending, going_on


def _item_first_strings(
    op: object, av: object, limit: int, but_at_start: bool = False
) -> tuple[set[str], set[str]]:
    if but_at_start and op is sre_constants.AT and av in _TEXT_START:
        return set(), set()  # only at 0 (the caller's pattern is not MULTILINE)
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return set(), {""}
    if op is sre_constants.LITERAL:
        return set(), {chr(av)}  # type: ignore[arg-type]
    if op is sre_constants.IN and all(o is sre_constants.LITERAL for o, _ in av):  # type: ignore[attr-defined]
        return set(), {chr(a) for _, a in av}  # type: ignore[attr-defined]
    if op is sre_constants.SUBPATTERN:
        return _first_strings(av[3].data, limit, but_at_start=but_at_start)  # type: ignore[index]
    if op is sre_constants.BRANCH:
        parts = [_first_strings(b.data, limit, but_at_start=but_at_start) for b in av[1]]  # type: ignore[index]
        return set().union(*(e for e, _ in parts)), set().union(*(w for _, w in parts))
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, high, sub = av  # type: ignore[misc]
        sub_ending, sub_whole = _first_strings(sub.data, limit, but_at_start=but_at_start)
        # one time through, then perhaps more: a whole match of one time is only a beginning
        ending = sub_ending | (sub_whole if high != 1 else set())
        whole = (sub_whole if high == 1 else set()) | ({""} if low == 0 else set())
        return ending, whole
    return {""}, set()


_TEXT_START = (sre_constants.AT_BEGINNING, sre_constants.AT_BEGINNING_STRING)


def whitespace_opening_shared(alternatives: tuple[str, ...] | list[str], flags: int) -> list[str]:
    """`alternatives`, each run of consecutive ones written `\\s+X` (X never opening on whitespace) joined as
    one `\\s+(?:X1|X2|…)`: found wherever, and as, the run's alternatives are.

    Tried one by one, each alternative runs its own `\\s+` at every space and gives it back; joined, the
    space is read once and each X fails on its first character. The same alternative wins: its `\\s+` can
    only end where the whitespace does (X's first character is none), and the Xs are tried there in order.
    """
    joined: list[str] = []
    run: list[str] = []
    for alternative in [*alternatives, None]:
        rest = alternative[3:] if alternative is not None and alternative.startswith(r"\s+") else None
        if rest is not None and _never_opens_on_whitespace(rest, flags):
            run.append(rest)
            continue
        if run:
            joined.append(r"\s+" + (run[0] if len(run) == 1 else f"(?:{'|'.join(run)})"))
            run = []
        if alternative is not None:
            joined.append(alternative)
    return joined


def _never_opens_on_whitespace(source: str, flags: int) -> bool:
    """Whether no match of `source` can begin with a whitespace character (nor be empty)."""
    try:
        parsed = sre_parser.parse(source, flags)
    except re.error:
        return False  # not a pattern alone (a group closed further on): left as it is
    exact: set[str] = set()
    either_case: set[str] = set()
    if _first_characters(parsed.data, bool(flags & re.IGNORECASE), exact, either_case) or not exact:
        return False
    first = re.compile(f"[{''.join(exact)}]" + (f"|(?i:[{''.join(either_case)}])" if either_case else ""))
    return not any(first.match(space) for space in _whitespace())


@cache
def _whitespace() -> str:
    """Every character `\\s` matches in a str pattern (`str.isspace`'s; none past U+3000)."""
    return "".join(c for c in map(chr, range(0x3001)) if c.isspace())
