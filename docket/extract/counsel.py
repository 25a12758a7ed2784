"""Counsel told by the words around their names: the verb after the name ("X appeared for the State", "X
prosecuted"), or the side named just before the counsel's trade ("For the Crown appears counsel X")."""

from __future__ import annotations

import re

# not "stood surety for him": a surety vouches for the accused, and speaks for no one
APPEARED_FOR = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:appeared|appearing|appears|is appearing|was appearing|acted|acting|acts|"
    r"represented|representing) (?:\w+ )?for (?:(the (?:State|state|prosecution|Republic|Crown|People|DPP|"
    # ("Mrs X, appearing for the NDLEA, said …": the agency that prosecutes)
    r"(?-i:EFCC|ICPC|NDLEA|NAFDAC|EACC|ACB|ODPP|NPA)|[Pp]olice))|"
    # "Gilroy X acts for Toivo Y, Fan Z and …": a client named by a full name
    r"[A-Z][\w'’-]+ [A-Z][\w'’-]+|"
    # ("X appears for Banda, while Phiri is represented by Y": a client named by the surname)
    r"[A-Z][\w'’-]+(?=\s*[,.;]|\s+(?:while|and|but)\b)|"
    r"the (?:accused|defen[cs]e|defendants?|suspects?|applicants?|respondents?)|"
    r"all (?:the )?(?:\w+ )?(?:of them|accused|defendants|suspects)?|(?:both|all) (?:of )?them|"
    r"him|her|them|both|(?:his|her|their) clients?)\b"
)


# "Helvy X prosecuted, while Leena Y of Metcalfe Attorneys represented both men": the verb tells the side
COUNSEL_VERB_AFTER = re.compile(
    r"(?:\s*(?:Esq|QC|KC|SC|SAN))?\.?\s*,?\s*(?:of\s+(?:[A-Z][\w&'’.-]*\s+){1,4})?(?:(?:who|qui)\s+)?(?:"
    r"(prosecuted(?=\s*[,.;]|\s+(?:the|this) (?:case|matter)\b|\s+(?:while|and|for the)\b)|"
    # "Namatirai X represented the State while the couple's lawyer is Y": the side, without "for"
    r"(?:represented|represents|is representing|was representing) "
    r"the (?:State|state|prosecution|Republic|Crown|People|DPP)\b|"
    # "Me Hélène X agit pour le ministère public", "représente la Couronne": who speaks for the prosecution
    r"(?:agit|agissait|occupe|occupait|représente|représentait) pour (?:le ministère public|le parquet|"
    r"la (?:Couronne|poursuite))\b|"
    r"(?:représente|représentait) (?:le ministère public|le parquet|la (?:Couronne|poursuite))\b|"
    # "Fidelis X Esq., for the prosecution, applied for a date": the side between commas, with no verb
    r"(?<=,\s)for the (?:State|prosecution|Republic|Crown|DPP)(?=\s*,)|"
    # "…, said Bernadette X for the Crown.", "Richard X QC for the prosecution told jurors": the side, then
    # the sentence's end or a verb of speech
    r"for the (?:State|prosecution|Republic|Crown|DPP)(?=\s*(?:[.;]|$)|\s+(?:told|said|says|argued|submitted|"
    r"asked|urged|opened|described|explained|informed|conceded|accepted|applied|sought|opposed)\b))|"
    r"(?<=,\s)for the (?:defen[cs]e|accused)(?=\s*,)|"
    # "In reply, Mr X for the defence described his clients as youth leaders": the side, then a verb of speech
    r"for the (?:defen[cs]e|accused)(?=\s+(?:described|said|told|argued|submitted|urged|asked|pleaded|prayed|"
    r"contended|countered|insisted|maintained|noted|replied|responded)\b)|"
    # "Peter X is their lawyer", "Me Y est son avocat": counsel of the accused the sentence speaks of
    r"(?:is|was|are|were|est|était|sont|étaient) (?:also )?(?:his|her|their|son|sa|leur|leurs) "
    r"(?:lawyer|counsel|attorney|advocate|solicitor|barrister|avocate?|conseil)s?\b|"
    r"(?:represented|represents|is representing|was representing) (?:both|all|the two|him|her|them|"
    r"the accused|the (?:\w+ )?(?:men|women|defendants|suspects|accused))\b|"
    # "Evans X told the court his client had turned himself in": who speaks of a client is counsel
    # (right after the name: in "who represented Chebet, told the court that his client …" the client is
    # named between)
    r"(?<!,\s)(?<!,)(?:told|informed|assured|reminded) (?:the )?(?:court|magistrate|judge|bench|jury)"
    r"(?: that)? (?:his|her|their) clients?\b|"
    r"(?<!,\s)(?<!,)a (?:indiqué|expliqué|affirmé|assuré|rappelé|soutenu) "
    r"(?:au tribunal |à la cour |aux juges )?que (?:son|sa|ses|leurs?) clients?\b)"
)


GENERIC_COUNSEL = re.compile(r"(?i:lawyers?|attorneys?|advocates?|counsel|solicitors?|barristers?)")
# between a prosecution cue and a counsel noun: only a verb of appearing and the counsel's grade
SIDE_TO_COUNSEL_GAP = re.compile(
    r",?\s+(?:(?:appears?|appeared|is|was|sat|sits|stood|were|senior|junior|lead|leading|chief|principal|state|"
    r"learned|the)\s+)*",
    re.IGNORECASE,
)


def counsel_verb_after(before: str, after: str) -> re.Match[str] | None:
    """The words after a name that make it counsel; group 1 holds the prosecution's side when it is theirs."""
    told = APPEARED_FOR.match(after) or COUNSEL_VERB_AFTER.match(after)
    if told is None and _APPEARED_EARLIER.search(before):
        # "Legal Aid attorney X appeared for the accused, and Y for the state": the verb told once for both
        told = _SIDE_AFTER_ELIDED_VERB.match(after)
    return told


_APPEARED_EARLIER = re.compile(r"\b(?:appeared|appearing|acted|acting) for\b[^.;]{0,80},?\s+and\s+$")
_SIDE_AFTER_ELIDED_VERB = re.compile(
    r"\s+for (?:(the (?:State|state|prosecution|Republic|Crown|People|DPP))|"
    r"the (?:accused|defen[cs]e|defendants?))"
    r"\s*[.;,]"
)
