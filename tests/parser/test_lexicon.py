"""The vocabulary's own constraints: what the patterns built from it assume of it."""

from __future__ import annotations

import re

from docket import lexicon


def test_ruling_cues_survive_lower_casing() -> None:
    # The cues are matched lower-cased (docket.extract.patterns): "\S" would silently become "\s".
    upper_escapes = [cue for _, cue in lexicon.RULING_CUES if re.search(r"\\[SWDBAZG]", cue)]
    assert upper_escapes == []


def test_a_cue_matches_after_lower_casing_as_before() -> None:
    from docket.extract.clauses import ruling_cues
    from docket.extract.patterns import compiled_patterns

    found = ruling_cues("He was freed on RTGS$5 000 bail on condition that he reports.", compiled_patterns())
    assert [kind for kind, _ in found] == ["bail_granted"]
