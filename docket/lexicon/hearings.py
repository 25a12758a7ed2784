"""Hearings: the words of a sitting and of the next date."""

from __future__ import annotations

HEARING_CUES: str = (
    # ("devant les juges": the bench in the plural, as in "Le jeudi 6 octobre 2022, cinq hommes se tiennent côte à
    # côte devant les juges")
    r"audiences?|comparution|a vidé|ont vidé|a requis|ont requis|avait requis|a plaidé|ont plaidé|convoquée?s?|devant (?:(?:la|le) (?:\w+ ){0,3}(?:tribunal|cour|chambre|juge)|les juges\b)|jugée?s?|délibéré|s'est ouvert|se sont ouverts|s'est tenue?|se tenait|procès|compar(?:a[iî]t|aiss\w*|u|ue|us|aîtr\w*)|"
    r"à la barre|débats|plaidoiries|réquisitoire|verdict|jugement|a statué|siégeant|a été entendu|"
    # "Ce mercredi 22 mars 2023, ils ont été présentés au tribunal de première instance": brought before the
    # bench that sits that day (not "déférés au parquet", "présentés au juge d'instruction": no sitting)
    r"(?:présentée?s?|déférée?s?) (?:au|à la|devant (?:la|le)) (?:\w+ ){0,3}?(?:tribunal|cour|chambre)\b|"
    # "Lundi 25 janvier 2021, ces quatre hommes se sont retrouvés face au tribunal correctionnel"
    r"retrouvée?s? (?:face (?:au|à la|aux)|devant (?:le|la|les)) (?:\w+ ){0,3}?(?:tribunal|cour|chambre|juges?)\b|"
    # "la première s'étant tenue le 5 janvier", "when the case came before a vacation court on Tuesday"
    r"s'étant tenue?s?|(?:case|matter|trial) came (?:up )?before|"
    # "when he came before the Magistrate Court on September 4": the accused brought before a bench that day
    r"\b(?:he|she|they|who) (?:first )?came before (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:court|magistrates?|judge|bench)\b|"
    # ("Appearing at Stafford Crown Court on Friday, X did not enter any pleas": the participle too)
    r"hearing|trial|appeared|appearing (?:at|in|before)|appearance|arraigned|in court|court heard|told the court|"
    r"testified|verdict|sentencing|"
    # "X outlined the allegations earlier today at Cork District Court, where gardaí objected to bail"
    r"(?:today|yesterday|this morning|this afternoon) (?:at|in|before) (?:the )?(?:[\w'’-]+ ){0,3}?court\b|"
    # "At Birmingham Crown Court on Tuesday the 15-year-old only confirmed his name": the court, then its day
    # (read from the court's name: "at", a word of every sentence, would let the search into all of them)
    r"(?<=[a-z'’] )(?-i:Court) on (?=(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    r"(?:objected|objecting|objects) to bail|"
    r"charged (?:on|yesterday|today)|"
    # "Proceedings resumed on Friday", "le procès a repris lundi"
    r"(?:proceedings|trial|hearing|case) (?:\w+ )?resumed|(?:procès|audience|débats) (?:\w+ )?(?:a|ont) repris|"
    # "Ouverture ce jeudi 21 mars 2024, au tribunal de Kindia, du dossier …": the opening told as a noun
    # (not "Ouverture ce samedi à Alger d'un Forum national": a sitting's opening names the sitting)
    r"\b(?:ouverture|reprise) (?:ce|le) (?=[^.;]{0,120}?\b(?:du|de la|de l['’]|des) (?:procès|dossier|audience|session|"
    r"débats|affaire)\b)|s['’]ouvre\b|s['’]ouvrent\b|"
    r"pleaded|pled|sat|sitting|"
    # "In today's session it allowed police investigators another 14 days": the day's own sitting
    r"(?:today|yesterday)['’]s (?:session|sitting|proceedings)|"
    # "At the first mention on Wednesday 14th August 2024, the prosecutor told the bench …"
    r"(?:first|second|last) mention\b|told the bench|"
    # "The case was called at 12 noon today", "l'affaire a été appelée": the court took it up that day ("When the
    # case, which is before Justice X, was called on Wednesday": with a relative clause between)
    r"(?:case|matter|cause)(?:, [^,.;]{1,60},)? (?:was|were) called|(?:affaire|dossier|cause) (?:a|ont) été (?:de nouveau )?appelée?s?|"
    # "first brought before the General Court Martial on November 20"
    # ("the suspects were taken before two different Courts today": a group split between benches)
    r"(?:brought|produced|taken) (?:\w+ ){0,2}?before (?:the |a |an )?(?:[\w'’]+ ){0,4}?(?:court|magistrate|judge|tribunal)s?|"
    # "They were put before the court on January 8, 2026"; "X made his plea on January 23 in the Circuit Court"
    r"(?:was|were) put before (?:the |a |an )?(?:[\w'’]+ ){0,3}?(?:court|magistrate|judge|bench)|"
    r"(?:made|entered) (?:his|her|their|a) pleas? on|"
    # "Jordan X was dealt with at Preston Crown Court on Thursday, October 7": sentenced there that day;
    # "Ce mercredi 24 juin 2020 a marqué l'ouverture de la session de la chambre criminelle"
    r"dealt with (?:at|by|in) (?:the )?(?:[\w'’-]+ ){0,3}?(?:court|magistrates?|judge)\b|"
    r"ouverture de la session\b"
)

# A French verb in the future tense ("renverra", "statuera", "comparaîtront"), written in lower case as a verb
# is: a name's ending ("Alexandra", "Sandra") is none.
FUTURE_TENSE_VERB: str = r"(?-i:\b[a-zà-öø-ÿ]\w+(?:era|eront|ira|iront|dra|dront|ura|uront|îtra|îtront)\b)"

# A sitting still to come, told by the words before its day: both a next date and only ever ahead.
_SITTING_TO_COME = (
    # "The case is set to continue on July 22", "The trial will now commence on April 20", "a voir dire is set to
    # get under way June 17", "a two-week trial, opening on May 9", "be brought before the High Court on"
    r"(?:is|are) (?:set|due|expected) to (?:continue|proceed|start|begin|commence|get under way|open)|"
    r"will (?:now )?(?:continue|proceed|start|begin|commence)|\bopening on|be (?:brought|produced) before|"
    # "A two-week trial should open on August 23", "Documents are to be handed over at a mention on March 6"
    r"should (?:now )?(?:open|start|begin|commence|resume)\b|will (?:now )?open\b|"
    r"at (?:a|the) (?:further |next )?mention\b|"
    # "Four men … will now be arraigned on May 13"
    r"will (?:now |then )?be (?:re-?)?arraigned|"
    # "Trial is to begin on September 24, 2018"; "Next appearance: 22 July 2021"
    r"(?:is|are) to (?:begin|start|open|resume|continue|commence)\b|next appearance\b|"
    # "en attendant son jugement le 5 novembre", "they now have to wait until 19 December"
    r"en attendant (?:son|leur|le) (?:jugement|procès)|wait (?:until|till)|"
    # "les sept militants devront attendre le 3 juin 2020", "verront leur dossier rappelé le 11 mars prochain"
    r"(?:devr\w+|doi\w+) attendre (?:le|jusqu['’]au)|(?:dossier|affaire|cause)s? (?:sera |seront )?rappelée?s? (?:le|au)\b|"
    # "A et B sauront le 17 décembre s'ils peuvent sortir de détention": the day the court will tell them
    r"saur(?:a|ont) (?:le|dès le|au plus tard le)\b|will (?:know|learn|find out) (?:on|by)\b|"
    # "The new date is February 23, 2021"; "ces débats prévus jusqu'à jeudi": the trial sits on to that day
    r"(?:the|la) (?:new|next|nouvelle|prochaine) (?:hearing |trial |court )?date (?:is|will be|est|sera)\b|"
    r"(?:débats|procès|audiences?) (?:sont |est )?prévue?s? jusqu['’]à|"
    # "La chambre doit se prononcer le 16 juin", "the court is to rule on June 16": a decision owed, by a modal
    r"(?:doit|doivent|devrait|devraient|devra|devront|va|vont) (?:se prononcer|statuer|trancher|rendre|"
    r"juger|examiner)|(?:is|are) to (?:rule|decide|deliver|give|hand down)|"
    r"should (?:rule|decide|deliver|give|hand down)|"
    # "Pending June 21, when the magistrate is to decide on bail, he stays in custody"
    r"\bpending(?=\s*(?:the\s+)?$)|"
    # "subira son enquête préliminaire au palais de justice d'Amqui à compter du 15 janvier"; "La Cour
    # criminelle tiendra sa deuxième session ordinaire à Bangui du 7 novembre au 6 décembre"
    # (not "75 heures de travaux d'intérêt public, à compter du 27 novembre": a sentence served from then)
    r"\b(?:audiences?|procès|enquête préliminaire|débats)\b[^.;]{0,60}?\bà compter du|"
    r"\b(?:tiendra|tiendront|siégera|siégeront) (?:sa |son |leur |une |la )?(?:[\w'’-]+ ){0,4}?"
    r"(?:session|audience|procès)[^.;]{0,40}?\bdu"
)

# Words after a day that name it the next one: "June 11, this year, is the date set for their next
# appearance", "… is the new date for the trial"
NAMED_THE_NEXT_DATE: str = (
    r"\s*(?:,\s*(?:this|next)\s+year\s*,)?\s*(?:is|was|has been|will be) (?:the )?(?:new |next |fresh )?date "
    r"(?:set |fixed |chosen |picked )?for (?:the |their |his |her )?(?:next |new )?(?:court )?(?:appearance|hearing|"
    r"trial|mention|sentencing|plea|ruling|judgment|judgement)|"
    # "set November 19, 2024 as the date for the matter to continue", "fixed September 29 as the adjourned date"
    # ("He set Friday, September 17 as the day he will rule on the bail application")
    r"\s*as the (?:new |next |adjourned |return |trial |hearing )?(?:date|day)\b|"
    # "stay in custody till February 28, the date fixed for hearing": the date named in apposition
    r"\s*,\s*the (?:new |next |adjourned |return )?date (?:set |fixed |chosen |slated |picked )?for (?:the |their |his |"
    r"her )?(?:next |new )?(?:court )?(?:appearance|hearing|trial|mention|sentencing|plea|ruling|judgment|judgement)"
)

# Phrases that introduce the next date of the case.
NEXT_DATE_CUES: str = (
    r"renvoyée?s?|reportée?s?|repoussée?s?|ajournée?s?|renvoyer|reporter|ajourner|repousser|renvoie|renvoient|reporte|reportent|ajourne|ajournent|renvoi|mise? en délibéré|mis en délibéré|délibéré|"
    # (not "était attendu ce lundi 1er décembre par le tribunal. Mais son procès ne s'est pas tenu": the day
    # the court expected him, past)
    r"prochaine audience|reprendra|reprendront|reprise|fixée?|programmée?|prévue?|(?<!était )(?<!étaient )attendue?s?|rendra|"
    # (not "Their plea had been fixed for Monday": the plan an adjournment replaced)
    r"comparaîtra|comparaîtront|adjourned|postponed|reserved|next hearing|will resume|resumes|resume|(?<!had been )set for|"
    # "ordered a presentence investigation and set sentencing for April 9": the sitting named between
    r"(?<!had been )set (?:the |a |an |his |her |their )?(?:sentencing|trial|hearing|plea|arraignment|mention|"
    r"ruling|judgment|judgement)(?: hearing| date)? for|"
    # ("they go back to court on 4 September", "Sentence will follow on 11 November")
    r"(?<!had been )fixed|return to court|returns to court|(?:go|goes|will go) back to court|"
    r"sentence will (?:follow|be passed|be handed down)|"
    # "Both defendants must return to Ipswich Crown Court on January 6": the court named, its day to come
    r"(?:must|will|are to|is to|shall|should|would) return to (?:the )?(?:[\w'’.-]+ ){0,4}court|"
    # ("they are next due in Court on August 13")
    r"due to appear|(?<!were )(?<!was )due (?:back )?before|due (?:back )?in court|(?<!had been )scheduled|until|mentioned (?:again )?on|"
    # "will stay in judicial custody till July 31" (produced again that day), "Both matters are back on the
    # roll on June 23", "stood the matter over to Monday 11th January"
    r"(?:judicial|police) custody till|back on the roll|stood (?:\w+ ){0,3}?over|"
    r"trial date|"
    r"plea hearing|"
    # "was told to pay Sh20,000 cash bail pending mention of his case on June 19": the mention to come
    # ("pending a plea and trial preparation hearing at the same court on December 8": the hearing named)
    r"pending (?:the |a |an )?(?:[\w-]+ ){0,5}?(?:mention|hearing|trial)(?: of (?:his|her|their|the) (?:case|matter))?"
    r"(?: at (?:the )?(?:[\w'’-]+ ){0,3}?court)? on|"
    # "A trial of possibly all seven accused is listed to begin on February 26"
    r"(?:is|are) (?:listed|set|scheduled|due|expected) to (?:begin|start|open|resume)|"
    # "X sera jugé le 7 septembre", "Y répondra le 9 novembre de l'assassinat de Z": the trial to come
    # "Il connaîtra la décision le 11 décembre", "la cour va délibérer le jeudi 23 octobre", "Suite des débats
    # ce jeudi 11 janvier", "jugée à partir du 25 septembre"
    r"connaîtr(?:a|ont) (?:la |sa |son |leur )?(?:décision|verdict|sort|jugement)|(?:va|vont) (?:délibérer|statuer|"
    r"trancher|se prononcer)|suite des débats|jugée?s? à partir du|"
    # "brought back on March 12, when the court will rule", "Their case comes up for hearing on 25th June",
    # "When he is sentenced on Jan 21 next year"
    r"brought back (?:to court |before (?:the )?court )?on|comes? up (?:again |for (?:hearing|mention|trial) )?on|"
    r"when (?:he|she|they) (?:is|are) (?:sentenced|tried) on|"
    # "L'affaire sera examinée le 5 septembre", "sera plaidée le 3 mars"
    # ("Le dossier sera réexaminé le 27 juin prochain"; "faces 25 years at his sentencing on July 9")
    r"(?:sera|seront) (?:jugée?s?|rejugée?s?|examinée?s?|réexaminée?s?|plaidée?s?)|répondra|répondront|"
    r"(?:at|for) (?:his|her|their) sentencing(?: hearing)? on|"
    # "Hearing continues on August 2", "The trial will continue on Monday"
    r"(?:hearing|trial|case|matter|proceedings|inquiry) (?:will )?continues?|"
    # not "Magistrate X, who delivered the verdict on Monday": a verdict given, on a day past
    r"(?<!delivered )(?<!handed down )(?<!returned )(?<!reached )(?<!gave )(?<!read )(?<!passed )"
    r"(?<!delivered (?:the|his|her|its) )(?<!delivered a )(?<!handed down (?:the|his|her|its) )(?<!returned (?:the|its) )"
    r"(?<!returned a )(?<!reached (?:the|its) )(?<!reached a )(?<!gave (?:the|his|her|its) )(?<!read (?:the|his|her|its) )"
    r"(?:judgment|ruling|verdict) on|expected|reappear|re-appear|appear|de retour|reviendra|"
    r"reviendront|(?:sera|seront|devrait être|doit être) prononcée?s?|sera rendue?|for (?:further )?mention|prochain rendez-vous|rendez-vous (?:le|au|(?:est |a été )?(?:fixé|pris|donné) (?:pour|au|le))|next (?:court )?date|moved to|set (?:the (?:matter|case) )?down for|put (?:the (?:case|matter|trial) )?off(?! (?:by [^.;,]{1,40}? )?on\b)|fixer|la suite|due back|(?:come|comes|came) back|be back|returns? on|stands? down|stood down|would be (?:heard|tried|sentenced)|will (?:therefore |now |then |also )?be (?:heard|tried|sentenced)|for (?:a |the )?(?:committal |plea |further )?mention|heard (?:there )?on|as (?:the )?(?:next|new) (?:hearing |trial |court |return )?date|"
    # ("put off" above: not "was put off by a court in Juba on Thursday", the day it was put off)
    # "Verdict le 23 juin.", "Décision le 27 mars": a subheading that announces the decision's day
    # ("Réponse du tribunal le 15 juillet 2025.": the court's answer to the prosecutor's request)
    r"^\W*(?:verdict|décision|jugement|délibéré|réponse du tribunal|décision du tribunal) (?:le|au)\b|"
    # "Convoqués le 12 mai prochain devant le tribunal correctionnel", "convoqués à l'audience du jeudi 26 avril"
    r"convoquée?s? (?:à nouveau |de nouveau )?(?:le|pour le|au|à l['’]audience d[ue])\b|" + _SITTING_TO_COME
)

# Words that only ever announce a day to come ("are due back in court on the 20th of April", "les juges
# diront le 7 avril"): the day they name was not a sitting yet. Unlike "renvoyé", which also dates the
# sitting that adjourned ("renvoyé le 6 octobre au 20 octobre").
AHEAD_CUES: str = (
    # "the Old Bailey, where they are due on November 18": a day to come
    r"due (?:back|to|for|on|in court on|before)|re-?appear|returns?|jusqu['’](?:au|à)|"
    r"(?:adjournment|postponement|adjourned|postponed)(?: [\w'’]+){0,4} (?:to|until|till)|"
    r"(?:be|come) back|next (?:hearing|court date|date)|"
    r"prochaine audience|prochain rendez-vous|reprendr(?:a|ont)|rendr(?:a|ont)|comparaîtr(?:a|ont)|"
    r"reviendr(?:a|ont)|connaîtr(?:a|ont)|dir(?:a|ont)|statuer(?:a|ont)|se prononcer(?:a|ont)|trancher(?:a|ont)|fixer(?:a|ont)|"
    + _SITTING_TO_COME
)

# Participles that announce the day right after them ("Décision attendue le 24 juillet", "verdict expected
# on Monday"), not an adjective further off ("un procès très attendu qui s'est ouvert lundi").
AHEAD_PARTICIPLES: str = r"attendue?s?|prévue?s?|programmée?s?|expected|scheduled|slated"
