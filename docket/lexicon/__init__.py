"""The vocabulary of court reporting in French and English: courts, places, roles, charges, rulings,
hearings. Data, one module a concept.

Every entry here must make sense for any report from any country: procedure words, the names of real
institutions and places, never the people or dates of a particular case. Patterns are plain strings;
`docket.extract.patterns` compiles them once.
"""

from docket.lexicon.charges import (
    CHARGE_CUES_EN,
    CHARGE_CUES_FR,
    CHARGE_HEADS,
    CHARGE_HEADS_NEEDING_OBJECT,
    CHARGE_STOPS,
    HEADED_CHARGE_CUES,
    LOOSE_CHARGE_INTROS,
    LOOSE_CHARGE_VERBS,
    NARRATED_DEEDS,
    OFFENCE_MANNER_WORDS,
)
from docket.lexicon.courts import (
    CHAMBERS,
    COURT_ABBREVIATION_FORMS,
    COURT_ABBREVIATIONS,
    COURT_NICKNAMES,
    EN_COURT_PATTERNS,
    FR_COURT_QUALIFIERS,
    NAMED_COURTS,
    NOT_COURTS,
)
from docket.lexicon.hearings import (
    AHEAD_CUES,
    AHEAD_PARTICIPLES,
    FUTURE_TENSE_VERB,
    HEARING_CUES,
    NAMED_THE_NEXT_DATE,
    NEXT_DATE_CUES,
)
from docket.lexicon.names import INSTITUTION_WORDS, NOT_NAME_WORDS
from docket.lexicon.places import (
    CITY_COUNTRY,
    DEMONYMS,
)
from docket.lexicon.roles import (
    CIVIL_CLIENTS,
    CO_ACCUSED,
    DEFENDANT_AFTER_NAME,
    DEFENDANT_AFTER_NAME_FAR,
    DEFENDANT_BEFORE_NAME,
    DEFENDANT_DESCRIPTORS,
    DEFENDANT_LIST_INTRODUCERS,
    DEFENDANT_VERBS,
    LIST_INTRODUCERS,
    NAMING_VERBS,
    PENALTY_TERM,
    PROCEEDINGS_CONTEXT,
    ROLE_CUES,
)
from docket.lexicon.rulings import (
    DECIDER_SUBJECTS,
    REQUEST_MARKERS,
    RULING_CUES,
    RULING_HINTS,
)

__all__ = [
    "INSTITUTION_WORDS",
    "NOT_NAME_WORDS",
    "CO_ACCUSED",
    "OFFENCE_MANNER_WORDS",
    "PENALTY_TERM",
    "DEFENDANT_LIST_INTRODUCERS",
    "LIST_INTRODUCERS",
    "NAMING_VERBS",
    "NAMED_COURTS",
    "COURT_ABBREVIATION_FORMS",
    "COURT_ABBREVIATIONS",
    "COURT_NICKNAMES",
    "FR_COURT_QUALIFIERS",
    "NOT_COURTS",
    "EN_COURT_PATTERNS",
    "CHAMBERS",
    "CITY_COUNTRY",
    "DEMONYMS",
    "ROLE_CUES",
    "CIVIL_CLIENTS",
    "DEFENDANT_AFTER_NAME",
    "DEFENDANT_AFTER_NAME_FAR",
    "DEFENDANT_VERBS",
    "DEFENDANT_BEFORE_NAME",
    "DEFENDANT_DESCRIPTORS",
    "PROCEEDINGS_CONTEXT",
    "CHARGE_CUES_FR",
    "HEADED_CHARGE_CUES",
    "LOOSE_CHARGE_INTROS",
    "LOOSE_CHARGE_VERBS",
    "NARRATED_DEEDS",
    "CHARGE_CUES_EN",
    "CHARGE_HEADS",
    "CHARGE_HEADS_NEEDING_OBJECT",
    "CHARGE_STOPS",
    "RULING_CUES",
    "RULING_HINTS",
    "REQUEST_MARKERS",
    "DECIDER_SUBJECTS",
    "HEARING_CUES",
    "AHEAD_CUES",
    "AHEAD_PARTICIPLES",
    "FUTURE_TENSE_VERB",
    "NAMED_THE_NEXT_DATE",
    "NEXT_DATE_CUES",
]
