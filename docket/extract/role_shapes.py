"""Role shapes: the smaller general shapes of court reporting that tell a person's part, read by the roles
stage beside its cue nouns and appositions."""

from __future__ import annotations

import re

from docket.text import FLAGS

# what a court's president does in a sitting: "le président X a fait venir à la barre les prévenus", "la
# présidente X a résumé le jugement", "le président X a consenti au renvoi" (not "le président Talon a
# nommé un ministre": a head of state names no sitting's business)
_SITTING_BUSINESS = re.compile(
    r"\b(?:barre|prévenue?s?|accusée?s?|jugement|dossier|débats|renvoi|délibéré|audience|séance|"
    r"ministère public|parquet|verdict|réquisitoire|plaidoiries?|témoins?|huis clos)\b",
    FLAGS,
)


def presides_the_sitting(after: str) -> bool:
    """Whether the sentence after "le président X" speaks of the sitting that president leads."""
    return _SITTING_BUSINESS.search(after) is not None
