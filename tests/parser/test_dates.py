"""Date mentions and datelines, on invented report snippets in French and English."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docket.dateline import find_dateline
from docket.dates import DateMention, _parse_offset, day_starts, find_dates
from docket.language import detect_language

REPO = Path(__file__).resolve().parents[2]
THURSDAY = dt.date(2024, 3, 14)


def only(text: str, language: str, reference: dt.date | None = THURSDAY) -> DateMention:
    mentions = find_dates(text, language, reference)
    assert len(mentions) == 1, mentions
    return mentions[0]


def day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


# --- Full dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "phrase", "iso"),
    [
        (
            "fr",
            "Le prévenu a comparu le lundi 11 mars 2024 devant le tribunal.",
            "lundi 11 mars 2024",
            "2024-03-11",
        ),
        ("fr", "Le dossier est renvoyé au 06 mai 2024.", "06 mai 2024", "2024-05-06"),
        ("fr", "Les faits remontent au 1er avril 2023.", "1er avril 2023", "2023-04-01"),
        ("fr", "Jugement du 20 Oct. 2023 rendu public.", "20 Oct. 2023", "2023-10-20"),
        ("fr", "Audience du 3 févr. 2024 et suite.", "3 févr. 2024", "2024-02-03"),
        ("fr", "Audience du 3 fevrier 2024 et suite.", "3 fevrier 2024", "2024-02-03"),
        ("fr", "Il est revenu le 15 aout 2023.", "15 aout 2023", "2023-08-15"),
        ("fr", "Décision du 2 déc. 2023.", "2 déc. 2023", "2023-12-02"),
        ("fr", "Il fut arrêté le 7 sept. 2023 à Lomé.", "7 sept. 2023", "2023-09-07"),
        ("fr", "Arrêté le 7 sept 2023 à Lomé.", "7 sept 2023", "2023-09-07"),
        ("fr", "Vendredi 27 Décembre 2019", "Vendredi 27 Décembre 2019", "2019-12-27"),
        ("fr", "Le verdict, rendu le 06/05/2024, a surpris.", "06/05/2024", "2024-05-06"),
        ("fr", "Le verdict, rendu le 6.5.2024, a surpris.", "6.5.2024", "2024-05-06"),
        ("fr", "Le verdict, rendu le 2024-05-06, a surpris.", "2024-05-06", "2024-05-06"),
        ("fr", "Plainte déposée le 12/25/2023 selon le greffe.", "12/25/2023", "2023-12-25"),
        ("en", "The hearing was held on October 7, 2023 in Accra.", "October 7, 2023", "2023-10-07"),
        ("en", "LAGOS, Oct 7 2023 (IPS) - The court", "Oct 7 2023", "2023-10-07"),
        ("en", "He was arrested on 7 October 2023.", "7 October 2023", "2023-10-07"),
        ("en", "Judgment: Tuesday, 12 March 2024.", "Tuesday, 12 March 2024", "2024-03-12"),
        ("en", "He appeared on Sept. 16, 2023.", "Sept. 16, 2023", "2023-09-16"),
        ("en", "The trial opens on the 5th of May 2024.", "5th of May 2024", "2024-05-05"),
        ("en", "Filed on 25/12/2023 at the registry.", "25/12/2023", "2023-12-25"),
        ("en", "Hearing was pushed back to January, 6, 2020.", "January, 6, 2020", "2020-01-06"),
        ("en", "NAKONDE August,6,2014 A pupil appeared", "August,6,2014", "2014-08-06"),
        ("en", "He returns on October 7,2025 for mention.", "October 7,2025", "2025-10-07"),
    ],
)
def test_full_dates(language: str, text: str, phrase: str, iso: str) -> None:
    mention = only(text, language)
    assert (mention.text, mention.date, mention.precision, mention.relative) == (
        phrase,
        day(iso),
        "day",
        False,
    )
    assert text[mention.start : mention.end] == phrase
    assert not mention.weekday_conflict


@pytest.mark.parametrize(
    ("language", "text", "expected_conflict"),
    [
        ("fr", "lundi 11 mars 2024", False),
        ("fr", "mardi 11 mars 2024", True),
        ("fr", "sam. 16 mars 2024", False),
        ("fr", "lun. 12/03/2024", False),
        ("en", "Monday, 11 March 2024", False),
        ("en", "Monday, 12 March 2024", True),
        ("en", "Friday, March 15, 2024", False),
    ],
)
def test_weekday_conflict_keeps_the_explicit_date(language: str, text: str, expected_conflict: bool) -> None:
    mention = only(text, language)
    assert mention.weekday_conflict is expected_conflict
    assert mention.date in (day("2024-03-11"), day("2024-03-12"), day("2024-03-15"), day("2024-03-16"))


def test_abbreviated_french_weekday_needs_its_dot() -> None:
    # "mer" is the sea: only "mer." is Wednesday.
    assert only("la mer 13 mars 2024", "fr").text == "13 mars 2024"
    assert only("mer. 13 mars 2024", "fr").text == "mer. 13 mars 2024"


def test_impossible_days_are_not_dates() -> None:
    assert find_dates("Le 31 février 2024 et le 31/04/2024.", "fr", THURSDAY) == []


def test_numeric_dates_are_day_first_as_in_french_and_commonwealth_english() -> None:
    # Kenyan or Nigerian papers write "October 7, 2023" in prose and 03/04/2024 for 3 April all the same
    mixed = find_dates("On October 7, 2023 the judge set 03/04/2024 for trial.", "en", THURSDAY)
    assert [m.date for m in mixed] == [day("2023-10-07"), day("2024-04-03")]
    assert only("The magistrate set 12/25/2024 for mention.", "en").date == day("2024-12-25")
    assert only("Le juge a fixé le 03/04/2024.", "fr").date == day("2024-04-03")


def test_times_are_left_out_of_the_span() -> None:
    assert only("le lundi 11 mars 2024 à 9 heures", "fr").text == "lundi 11 mars 2024"
    assert only("Publié le 11/03/2024 14:15", "fr").text == "11/03/2024"
    assert only("Tuesday 12 March 2024, 14:05", "en").text == "Tuesday 12 March 2024"
    assert only("le 20 mars à 14h15 au palais", "fr").date == day("2024-03-20")


def test_ranges_give_both_days() -> None:
    mentions = find_dates("L'audience est renvoyée aux 24 et 25 avril 2024.", "fr", THURSDAY)
    assert [(m.text, m.date) for m in mentions] == [
        ("24", day("2024-04-24")),
        ("25 avril 2024", day("2024-04-25")),
    ]
    mentions = find_dates("The case was adjourned to 11 and 12 May.", "en", THURSDAY)
    assert [(m.text, m.date) for m in mentions] == [("11", day("2024-05-11")), ("12 May", day("2024-05-12"))]
    mentions = find_dates("du 3 au 5 juin 2024", "fr", THURSDAY)
    assert [m.date for m in mentions] == [day("2024-06-03"), day("2024-06-05")]


# --- Dates without a year ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "reference", "phrase", "iso", "conflict"),
    [
        ("fr", "Le procès reprend le 20 mars.", "2024-03-14", "20 mars", "2024-03-20", False),
        ("fr", "Arrêté le 1er mars, il nie.", "2024-03-14", "1er mars", "2024-03-01", False),
        ("fr", "Il comparaîtra lundi 18 mars.", "2024-03-14", "lundi 18 mars", "2024-03-18", False),
        # A report of 20 December mentioning 5 January means next January.
        ("fr", "Renvoi au 5 janvier.", "2024-12-20", "5 janvier", "2025-01-05", False),
        ("fr", "Audience le 15 décembre.", "2025-01-10", "15 décembre", "2024-12-15", False),
        # The weekday decides the year, even against the nearest one.
        ("fr", "Audience le lundi 30 décembre.", "2025-01-10", "lundi 30 décembre", "2024-12-30", False),
        ("fr", "Audience le mardi 30 décembre.", "2025-01-10", "mardi 30 décembre", "2025-12-30", False),
        # No year in the window has that weekday: keep the nearest and say so.
        ("fr", "Audience le vendredi 20 mars.", "2024-03-14", "vendredi 20 mars", "2024-03-20", True),
        ("fr", "au 20 octobre prochain", "2024-10-25", "20 octobre prochain", "2025-10-20", False),
        ("fr", "au 20 octobre", "2024-10-25", "20 octobre", "2024-10-20", False),
        ("fr", "le 20 octobre dernier", "2024-10-15", "20 octobre dernier", "2023-10-20", False),
        ("fr", "le 20 octobre", "2024-10-15", "20 octobre", "2024-10-20", False),
        ("en", "The hearing resumes on September 3.", "2024-08-20", "September 3", "2024-09-03", False),
        ("en", "He appeared on Sept. 3 before the judge.", "2024-08-20", "Sept. 3", "2024-09-03", False),
        (
            "en",
            "Judgment is due on Tuesday 3 September.",
            "2024-08-20",
            "Tuesday 3 September",
            "2024-09-03",
            False,
        ),
    ],
)
def test_yearless_dates_take_the_year_from_the_reference(
    language: str, text: str, reference: str, phrase: str, iso: str, conflict: bool
) -> None:
    mention = only(text, language, day(reference))
    assert (mention.text, mention.date, mention.precision) == (phrase, day(iso), "day")
    assert mention.weekday_conflict is conflict
    assert mention.relative is False


@pytest.mark.parametrize(
    ("language", "text", "phrase", "iso", "relative"),
    [
        ("fr", "Le dossier est renvoyé au lundi 18.", "lundi 18", "2024-03-18", False),
        ("fr", "Il a comparu ce lundi 11 devant la cour.", "lundi 11", "2024-03-11", False),
        ("fr", "L'audience du mardi 27 a été levée.", "mardi 27", "2024-02-27", False),
        ("en", "The case resumes on Tuesday the 19th.", "Tuesday the 19th", "2024-03-19", False),
        # No month around the reference has a Monday 20: only the weekday is kept.
        ("fr", "Lundi 20 personnes ont été interpellées.", "Lundi", "2024-03-11", True),
        # A time is not a day of the month.
        ("fr", "L'audience reprend jeudi 9 heures.", "jeudi", "2024-03-14", True),
        ("fr", "L'audience reprend jeudi 9h30.", "jeudi", "2024-03-14", True),
    ],
)
def test_weekday_with_day_number_finds_its_month(
    language: str, text: str, phrase: str, iso: str, relative: bool
) -> None:
    mention = only(text, language)
    assert (mention.text, mention.date, mention.relative) == (phrase, day(iso), relative)


def test_without_reference_yearless_and_relative_dates_are_unresolved() -> None:
    mentions = find_dates("Le 20 mars, hier, lundi prochain, dans deux semaines, 11 mars 2024.", "fr", None)
    assert [(m.text, m.date) for m in mentions] == [
        ("20 mars", None),
        ("hier", None),
        ("lundi prochain", None),
        ("dans deux semaines", None),
        ("11 mars 2024", day("2024-03-11")),
    ]


# --- Relative to the reference (Thursday 14 March 2024) ------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "phrase", "iso"),
    [
        ("fr", "Le tribunal a statué hier soir.", "hier", "2024-03-13"),
        ("fr", "Il a été entendu avant-hier.", "avant-hier", "2024-03-12"),
        ("fr", "Le verdict tombe aujourd'hui.", "aujourd'hui", "2024-03-14"),
        ("fr", "Le verdict tombe aujourd’hui.", "aujourd’hui", "2024-03-14"),
        ("fr", "L'audience de ce jour a été brève.", "ce jour", "2024-03-14"),
        ("fr", "La décision sera rendue demain.", "demain", "2024-03-15"),
        ("fr", "Reprise après-demain au palais.", "après-demain", "2024-03-16"),
        ("fr", "Il reviendra lundi prochain.", "lundi prochain", "2024-03-18"),
        ("fr", "Il a comparu lundi dernier.", "lundi dernier", "2024-03-11"),
        ("fr", "Il a comparu ce lundi devant la cour.", "ce lundi", "2024-03-11"),
        ("fr", "Il comparaîtra ce samedi.", "ce samedi", "2024-03-16"),
        ("fr", "Jeudi, le tribunal a rendu sa décision.", "Jeudi", "2024-03-14"),
        ("fr", "Le tribunal a rendu mercredi sa décision.", "mercredi", "2024-03-13"),
        ("fr", "Les avocats ont plaidé vendredi.", "vendredi", "2024-03-08"),
        ("fr", "Il reviendra jeudi prochain.", "jeudi prochain", "2024-03-21"),
        ("fr", "Le délibéré sera rendu dans deux semaines.", "dans deux semaines", "2024-03-28"),
        ("fr", "Le délibéré sera rendu dans 15 jours.", "dans 15 jours", "2024-03-29"),
        ("fr", "Le délibéré sera rendu dans huit jours.", "dans huit jours", "2024-03-21"),
        ("fr", "Le délibéré sera rendu dans quinze jours.", "dans quinze jours", "2024-03-28"),
        ("fr", "Il a été arrêté il y a trois jours.", "il y a trois jours", "2024-03-11"),
        ("en", "The court ruled yesterday.", "yesterday", "2024-03-13"),
        ("en", "Last evening, 33 people were arraigned.", "Last evening", "2024-03-13"),
        ("en", "He was remanded last night.", "last night", "2024-03-13"),
        ("en", "He appears today.", "today", "2024-03-14"),
        ("en", "Sentencing is tomorrow.", "tomorrow", "2024-03-15"),
        ("en", "He was arraigned on Tuesday.", "Tuesday", "2024-03-12"),
        ("en", "The court sat Thursday.", "Thursday", "2024-03-14"),
        ("en", "He returns next Tuesday.", "next Tuesday", "2024-03-19"),
        ("en", "He was bailed last Monday.", "last Monday", "2024-03-11"),
        ("en", "Judgment in two weeks.", "in two weeks", "2024-03-28"),
        ("en", "Judgment in 10 days.", "in 10 days", "2024-03-24"),
        ("en", "Judgment two weeks from now.", "two weeks from now", "2024-03-28"),
        ("en", "He was arrested three days ago.", "three days ago", "2024-03-11"),
    ],
)
def test_relative_dates(language: str, text: str, phrase: str, iso: str) -> None:
    mention = only(text, language)
    assert (mention.text, mention.date, mention.precision, mention.relative) == (
        phrase,
        day(iso),
        "day",
        True,
    )
    assert text[mention.start : mention.end] == phrase


@pytest.mark.parametrize(
    ("language", "text", "iso"),
    [
        ("fr", "La présidente rendra sa décision mardi matin.", "2024-03-19"),
        ("fr", "Le procès reprendra vendredi.", "2024-03-15"),
        ("fr", "L'affaire a été renvoyée à lundi.", "2024-03-18"),
        ("fr", "Le tribunal a renvoyé l'affaire à lundi.", "2024-03-18"),
        ("fr", "Mardi, le tribunal statuera sur la demande.", "2024-03-19"),
        ("fr", "Le juge doit se prononcer lundi.", "2024-03-18"),
        ("fr", "Le verdict est attendu lundi.", "2024-03-18"),
        ("fr", "Elle a indiqué qu'elle ferait connaître mardi sa décision.", "2024-03-19"),
        # The past stays the past, and names ending like verbs are not verbs.
        ("fr", "« Nous ferons appel », a déclaré Me Diarra mardi.", "2024-03-12"),
        ("fr", "Il a obtenu le retrait de sa plainte mardi.", "2024-03-12"),
        ("fr", "Le tribunal a rendu mardi sa décision.", "2024-03-12"),
        ("en", "He will appear in court on Tuesday.", "2024-03-19"),
        ("en", "He was remanded in custody until Monday.", "2024-03-18"),
        ("en", "The magistrate adjourned the case to Friday.", "2024-03-15"),
        ("en", "On Tuesday, the court will rule.", "2024-03-19"),
        ("en", "On Tuesday, the court ruled.", "2024-03-12"),
        # The tense nearest the weekday decides.
        ("en", "They will stay in custody, after their hearing was pushed back on Wednesday.", "2024-03-13"),
    ],
)
def test_bare_weekday_in_a_future_clause_is_ahead(language: str, text: str, iso: str) -> None:
    mention = only(text, language)
    assert (mention.date, mention.relative) == (day(iso), True)


def test_day_word_with_weekday_is_one_mention_and_checked() -> None:
    agreeing = only("Le procès, ouvert hier mercredi, reprend.", "fr")
    assert (agreeing.text, agreeing.date, agreeing.weekday_conflict) == (
        "hier mercredi",
        day("2024-03-13"),
        False,
    )
    assert only("ouvert hier mardi", "fr").weekday_conflict is True
    # "hier, jeudi 13 mars" keeps the explicit date apart.
    mentions = find_dates("Il a été jugé hier, mercredi 13 mars 2024.", "fr", THURSDAY)
    assert [m.text for m in mentions] == ["hier", "mercredi 13 mars 2024"]


def test_month_offsets_have_month_precision() -> None:
    mention = only("Le jugement est attendu dans trois mois.", "fr")
    assert (mention.date, mention.precision) == (day("2024-06-01"), "month")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Me Dupont a plaidé la relaxe."),
        ("fr", "Il a été condamné à sept ans de prison."),
        ("fr", "Le prévenu, âgé de 29 ans, a nié."),
        ("fr", "La Mairie de Marseille a porté plainte."),
        ("fr", "« Je ne regrette rien », je le dis."),
        ("fr", "Il partira en mai pour Dakar."),
        ("fr", "À ce jour, aucune date n'est fixée."),
        ("fr", "Ce jour-là, il pleuvait."),
        ("fr", "L'audience reprendra la semaine prochaine."),
        ("fr", "Le personnage de Vendredi a disparu."),
        ("fr", "Il doit pointer chaque lundi au commissariat."),
        ("en", "He must report to the police every Monday."),
        ("fr", "Il a reçu 2000 euros et sept amendes."),
        ("fr", "Les sept accusés ont été jugés."),
        ("fr", "Le score final est de 9-2 pour Lyon."),
        ("fr", "La loi 2015 a été votée, article 12."),
        ("fr", "Il a vécu en 1850 et en 3000 rêves."),
        ("en", "You may leave the court, said the judge."),
        ("en", "Protesters march on the capital."),
        ("en", "The defendant, 29, denies the charge."),
        ("en", "He read the Sun and went out."),
        ("en", "In January, 6 people were arrested."),
    ],
)
def test_words_that_are_not_dates(language: str, text: str) -> None:
    assert find_dates(text, language, THURSDAY) == []


# --- Months and years ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "phrase", "iso", "precision"),
    [
        ("fr", "Il a été interpellé en novembre 2023.", "novembre 2023", "2023-11-01", "month"),
        ("fr", "Les faits datent de novembre 2023.", "novembre 2023", "2023-11-01", "month"),
        ("fr", "Il est détenu depuis sept. 2023.", "sept. 2023", "2023-09-01", "month"),
        ("fr", "Il est détenu depuis sept 2023.", "sept 2023", "2023-09-01", "month"),
        ("fr", "Il est détenu depuis 2015.", "2015", "2015-01-01", "year"),
        ("fr", "L'enquête a été ouverte en 2015.", "2015", "2015-01-01", "year"),
        ("en", "He was arrested in November 2023.", "November 2023", "2023-11-01", "month"),
        ("en", "He has been held since 2015.", "2015", "2015-01-01", "year"),
        ("en", "The law was passed in 2015.", "2015", "2015-01-01", "year"),
    ],
)
def test_months_and_years(language: str, text: str, phrase: str, iso: str, precision: str) -> None:
    mention = only(text, language)
    assert (mention.text, mention.date, mention.precision, mention.relative) == (
        phrase,
        day(iso),
        precision,
        False,
    )


def test_mentions_come_in_text_order_without_overlap() -> None:
    text = (
        "Le 11 mars 2024, la cour a renvoyé au lundi 18 mars. Hier, le parquet avait requis. "
        "En 2015 déjà, il avait été interpellé en novembre 2014."
    )
    mentions = find_dates(text, "fr", THURSDAY)
    assert [m.text for m in mentions] == ["11 mars 2024", "lundi 18 mars", "Hier", "2015", "novembre 2014"]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


def test_unsupported_language_is_refused() -> None:
    with pytest.raises(ValueError, match="'de'"):
        find_dates("am 5. März 2024", "de", THURSDAY)


# --- Datelines -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "article", "phrase", "iso"),
    [
        ("fr", "Titre\n\nPARIS, 7 oct. 2023 (AFP) - Le tribunal a jugé.", "7 oct. 2023", "2023-10-07"),
        ("fr", "Titre\nBAMAKO, Oct 7 2023 (IPS)\nLe tribunal a jugé.", "Oct 7 2023", "2023-10-07"),
        ("en", "Headline\nLAGOS, Oct 7 2023 (IPS)\nThe court ruled.", "Oct 7 2023", "2023-10-07"),
        ("en", "Headline\n\nNAIROBI, Dec 3, 2023\n\nThe court ruled.", "Dec 3, 2023", "2023-12-03"),
        ("en", "Headline\n\nACCRA, Ghana (AP) - Dec 3, 2023 - A court ruled.", "Dec 3, 2023", "2023-12-03"),
        ("fr", "Titre\n\nPublié le 27/04/2022 à 14h15\n\nLe tribunal a renvoyé au 12 mai 2022.", "27/04/2022",
         "2022-04-27"),
        ("fr", "Titre\nPublié le : 27/04/2022\nModifié le : 29/04/2022\nCorps.", "27/04/2022", "2022-04-27"),
        ("fr", "Titre\nMis à jour le 29/04/2022\nPublié le 27/04/2022\nCorps.", "27/04/2022", "2022-04-27"),
        ("fr", "Titre\n\n12/10/2021 14:15\n\nLe juge a statué.", "12/10/2021", "2021-10-12"),
        ("fr", "Titre\n\nParis, le 28 octobre 2023\n\nLe juge a statué.", "28 octobre 2023", "2023-10-28"),
        ("fr", "Titre\n\nMardi 6 février 2024 - Le juge a statué.", "Mardi 6 février 2024", "2024-02-06"),
        ("fr", "ACTUALITÉS – Mardi 6 février 2024\n\nTitre\n\nCorps.", "Mardi 6 février 2024", "2024-02-06"),
        ("fr", "Titre\n\nPar la rédaction (avec AFP) – 06/02/2024 à 18h42\n\nCorps.", "06/02/2024",
         "2024-02-06"),
        ("fr", "Titre\n\nLOMÉ / Jean K. | 06.02.2024 - Mise à jour : 07.02.2024\n\nCorps.", "06.02.2024",
         "2024-02-06"),
        ("en", "Headline\n\nPublished on 3 May 2023\n\nThe court ruled.", "3 May 2023", "2023-05-03"),
        ("en", "WORLD NEWS | Tuesday 6 February 2024, 14:05\n\nHeadline\n\nBody.", "Tuesday 6 February 2024",
         "2024-02-06"),
        ("en", "Headline\n\nUpdated: 4 May 2023\n\nThe court ruled.", "4 May 2023", "2023-05-04"),
        ("fr", "Titre\n\nLe juge a statué.\n\nIl a fait appel.\n\nPublié le 27/04/2022", "27/04/2022",
         "2022-04-27"),
        ("en", "HEADLINE\n\nMarch 7, 2013: The High Court has sentenced a man.", "March 7, 2013",
         "2013-03-07"),
    ],
)  # fmt: skip
def test_dateline_shapes(language: str, article: str, phrase: str, iso: str) -> None:
    found = find_dateline(article, language)
    assert found is not None
    assert (found.text, found.date, found.precision) == (phrase, day(iso), "day")
    assert article[found.start : found.end] == phrase


@pytest.mark.parametrize(
    ("language", "article"),
    [
        ("fr", "Titre\n\n(Agence Ecofin) - Le tribunal a renvoyé l'affaire au 12 mars 2024. La défense."),
        ("fr", "Procès renvoyé au 12 mars 2024\n\nLe tribunal a statué hier."),
        ("fr", "Titre\n\nLe tribunal a statué le 12 mars 2024 sur la demande de la défense."),
        ("fr", "Titre\n\nLe tribunal a statué hier, lundi prochain il reviendra."),
        ("en", "Headline\n\nThe court ruled on 12 March 2024 that the accused stays in custody."),
        ("en", ""),
    ],
)
def test_no_dateline(language: str, article: str) -> None:
    assert find_dateline(article, language) is None


def test_a_known_town_in_lower_case_opens_a_first_line_dateline_but_a_headline_does_not() -> None:
    for article, iso in (
        (
            "Libreville, le 24 août 2024 – (Dépêches 241). Interpellé, il a été placé en détention.",
            "2024-08-24",
        ),
        ("Bafoussam (Cameroun), le 20 juillet 2017 - Leur procès a démarré.", "2017-07-20"),
        ("Kumasi, June 28, 2017 - John Mensah appeared before the court.", "2017-06-28"),
    ):
        found = find_dateline(article, "en" if "June" in article else "fr")
        assert found is not None and found.date == day(iso), (article, found)
    assert (
        find_dateline("Procès Koné, le 20 juillet 2017 - verdict attendu\n\nLe tribunal a statué.", "fr")
        is None
    )


def test_dateline_beyond_the_head_is_ignored_unless_at_the_end() -> None:
    body = "\n\n".join("Le tribunal a entendu les parties longuement." for _ in range(12))
    assert find_dateline(f"Titre\n\n{body}\n\n12/10/2021 14:15\n\n{body}", "fr") is None
    tail = find_dateline(f"Titre\n\n{body}\n\n12/10/2021 14:15", "fr")
    assert tail is not None and tail.date == day("2021-10-12")


def test_dateline_offsets_are_into_the_article() -> None:
    article = "Un titre assez long pour décaler\n\n  COTONOU, 9 janv. 2024 (AFP) - Le juge a statué."
    found = find_dateline(article, "fr")
    assert found is not None and article[found.start : found.end] == "9 janv. 2024"


# --- Robustness ----------------------------------------------------------------------------------------

_DATE_WORDS = [
    "lundi", "Mardi", "mer.", "hier", "demain", "ce", "prochain", "dernier", "dans", "il y a", "deux", "sept",
    "semaines", "jours", "mars", "sept.", "Oct", "October", "May", "next", "last", "on", "Tuesday", "in",
    "ago", "from now", "1er", "5th", "of", "et", "and", "au", "en", "2024", "1999", "06/10/2025", "31",
    "2025-10-20", "6.10.2025", "Publié le", "Mis à jour le", "(AFP)", "-", "–", "|", ",", ".", "\n", " ",
    "14:15", "à", "9", "12", "aujourd'hui", "à ce jour", "le", "the", "PARIS,",
]  # fmt: skip
_texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(_DATE_WORDS), max_size=40).map(" ".join),
    st.lists(st.one_of(st.sampled_from(_DATE_WORDS), st.text(max_size=3)), max_size=40).map("".join),
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts, language=st.sampled_from(["fr", "en"]), reference=st.none() | st.dates())
def test_find_dates_never_raises_and_spans_hold(text: str, language: str, reference: dt.date | None) -> None:
    mentions = find_dates(text, language, reference)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.text
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts, language=st.sampled_from(["fr", "en"]))
def test_find_dateline_never_raises_and_span_holds(text: str, language: str) -> None:
    found = find_dateline(text, language)
    if found is not None:
        assert text[found.start : found.end] == found.text
        assert found.date is not None and found.precision == "day"


def _run(code: str, timeout: float = 60) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return result.stdout.strip()


def test_dates_do_not_import_dateparser() -> None:
    # offsets are counted as dateparser read them (test_offsets_as_dateparser_read_them), without its import
    code = """
        import datetime, sys
        from docket.dateline import find_dateline
        from docket.dates import find_dates
        text = "PARIS, 11 mars 2024 (AFP) - Le tribunal a renvoyé hier au lundi 18 mars, puis en 2025."
        find_dateline(text, "fr")
        find_dates(text, "fr", datetime.date(2024, 3, 14))
        find_dates("Le juge statuera dans deux semaines.", "fr", None)
        print("dateparser" in sys.modules)
        find_dates("Le juge statuera dans deux semaines.", "fr", datetime.date(2024, 3, 14))
        print("dateparser" in sys.modules)
    """
    assert _run(code).split() == ["False", "False"]


@pytest.mark.parametrize(
    ("language", "count", "unit", "past", "reference", "expected"),
    [
        # dateparser's answers: a month later than 31 January is the end of February, leap year or not
        ("fr", 1, "mois", False, dt.date(2024, 1, 31), dt.date(2024, 2, 29)),
        ("en", 1, "month", True, dt.date(2023, 3, 31), dt.date(2023, 2, 28)),
        ("fr", 1, "an", False, dt.date(2024, 2, 29), dt.date(2025, 2, 28)),
        ("en", 3, "week", True, dt.date(2024, 3, 14), dt.date(2024, 2, 22)),
        ("en", 0, "day", False, dt.date(2024, 3, 14), dt.date(2024, 3, 14)),
        ("en", 999, "year", False, dt.date(9500, 1, 1), None),  # past the calendar's end: no day
        ("fr", 3, "jour", True, dt.date(1, 1, 2), None),
    ],
)
def test_offsets_as_dateparser_read_them(
    language: str, count: int, unit: str, past: bool, reference: dt.date, expected: dt.date | None
) -> None:
    assert _parse_offset(language, count, False, unit, past, reference) == expected  # type: ignore[arg-type]


def test_pathological_input_runs_in_linear_time() -> None:
    # A regex with catastrophic backtracking would not finish these 2 MB inputs within the timeout.
    code = """
        import datetime
        from docket.dateline import find_dateline
        from docket.dates import find_dates
        size = 2_000_000
        inputs = [
            "1 " * (size // 2),
            ("20" + " \\n\\t" * 3 + "x") * (size // 12),
            # Many mentions: each costs Python work on top of the scan, so a quarter of the size.
            ("lundi mars " + "," * 5) * (size // 64),
        ]
        for text in inputs:
            find_dates(text, "fr", datetime.date(2024, 3, 14))
        find_dates(inputs[-1], "en", None)
        find_dateline("lundi" + " " * size, "fr")
        print("done")
    """
    assert _run(code, timeout=120) == "done"


def test_a_story_opening_on_a_day_and_its_hour_in_words_is_no_dateline() -> None:
    text = (
        "Le policier percuté à la sortie du tunnel : l'un des complices fait appel.\n\n"
        "Lundi 24 janvier 2022, 22 heures : une patrouille s'apprête à contrôler le couvre-feu.\n"
    )
    assert find_dateline(text, "fr") is None


def test_a_caption_telling_the_day_a_trial_started_does_not_date_the_page() -> None:
    text = (
        "Treason Hearing Adjourned Again\n\n"
        "Photo: the four detainees accused of treason, whose hearings started on March 11, 2014.\n"
        "Tuesday brought another setback in the treason trial: the prosecution's witnesses did not turn up.\n"
    )
    assert find_dateline(text, "en") is None
    credited = "Treason Hearing Adjourned\n\nPhoto: AFP, March 11, 2014\n\nThe witnesses did not turn up.\n"
    found = find_dateline(credited, "en")
    assert found is not None and found.date == dt.date(2014, 3, 11)


def test_a_stand_in_reference_gives_a_year_less_day_the_first_later_year_its_weekday_holds() -> None:
    facts = dt.date(2017, 9, 6)  # the latest day the text writes in full: the facts, not the writing
    [stand_in] = find_dates("jugés jeudi 17 février", "fr", facts, day_reference=False)
    assert stand_in.date == dt.date(2022, 2, 17) and not stand_in.weekday_conflict
    # a dateline is the day of writing: a weekday that does not fit stays a conflict near it
    [dated] = find_dates("jugés jeudi 17 février", "fr", facts)
    assert dated.date is not None and dated.date.year in (2017, 2018) and dated.weekday_conflict


def test_a_wire_dateline_may_open_the_first_line_of_the_report() -> None:
    text = "DAKAR, 14 mars 2024 (AFP) - Le tribunal correctionnel a renvoyé le procès au 21 mars.\n"
    found = find_dateline(text, "fr")
    assert found is not None and found.date == dt.date(2024, 3, 14)
    assert find_dateline("Procès renvoyé au 20 octobre 2025\n\nLe tribunal a siégé.\n", "fr") is None


def test_a_day_of_the_current_month() -> None:
    reference = dt.date(2026, 3, 11)
    [mention] = find_dates("Jugés le 5 courant, les deux prévenus", "fr", reference)
    assert mention.text == "5 courant" and mention.date == dt.date(2026, 3, 5)
    assert find_dates("Il a franchi cinq courants.", "fr", reference) == []


# --- Datelines as pages give them ----------------------------------------------------------------------

_PAGE_DATES = {
    "a publication marker under a long menu": (
        "\n".join(f"Rubrique {i}" for i in range(12))
        + "\n\nProcès renvoyé\n\nPar Aminata Diallo\n\nPublié le 3 avril 2023 à 18h05\n\n"
        "Le tribunal a renvoyé hier le procès des militants au 24 avril prochain.",
        "2023-04-03",
    ),
    "a date alone in capitals": (
        "Procès : renvoi au 24 avril\n\n3 AVRIL 2023.\n\nLe tribunal a renvoyé hier le procès des militants.",
        "2023-04-03",
    ),
    "a year-less wire dateline takes the year of the article's dates": (
        "Court adjourns trial\n\nLagos, May 4 (NAN) - A Federal High Court on Friday adjourned the trial of "
        "the former minister till June 12, 2024.",
        "2024-05-04",
    ),
    "a numeric year-less wire dateline": (
        "Peine requise\n\nBRUXELLES 22/01 (BELGA) = Le parquet a requis mardi trente mois contre l'ancien "
        "gérant, jugé depuis le 18 décembre 2025.",
        "2026-01-22",
    ),
    "a place and its country before the day": (
        "NAIROBI, Kenya, Jun 5 – A magistrate yesterday adjourned the trial to June 20, 2024.",
        "2024-06-05",
    ),
    "a dated byline": (
        "Court adjourns trial\n\nBy John Okafor | June 5, 2024\n\nThe court yesterday adjourned the trial.",
        "2024-06-05",
    ),
    "a date glued to a view counter": (
        "Procès renvoyé\n\n12 mars 20241 234 vues\n\nLe tribunal a renvoyé hier le procès des prévenus.",
        "2024-03-12",
    ),
    "a date in a photo caption": (
        "Procès renvoyé\n\nLe palais de justice de Dakar (Photo archives, 12 mars 2024)\n\n"
        "Le tribunal a renvoyé hier le procès des prévenus.",
        "2024-03-12",
    ),
    "a publication marker under the text and above the comment form": (
        "Procès renvoyé\n\nLe tribunal a renvoyé hier le procès. "
        + "Les avocats ont plaidé. " * 40
        + "\n\nPublié le 12/03/2024\n\nPartager : Facebook Twitter\n\nCommentaires (0)\n\n"
        "Laisser un commentaire\n\nVotre adresse e-mail ne sera pas publiée.",
        "2024-03-12",
    ),
    "a marker after the standfirst": (
        "Genève\n\nL'ex-comptable condamnée\n\nLe Tribunal de police a rendu son jugement jeudi. La prévenue "
        "écope d'une peine pécuniaire avec sursis.\n\nPublié: 13.03.2026, 17h42\n\nElle avait puisé dans "
        "les comptes d'une fondation.",
        "2026-03-13",
    ),
    "any place, then le, opening the lead paragraph": (
        "Tahiti, le 12 janvier 2022 – Deux ans de prison ferme : c'est la peine infligée jeudi, en "
        "comparution immédiate, à deux hommes de 26 et 30 ans poursuivis pour un trafic de stupéfiants. Le "
        "parquet avait requis trois ans.",
        "2022-01-12",
    ),
    "a year-less wire day glued to its story, its year from dates in the other language": (
        "Session criminelle\n\nTahoua, 26 Jan (ANP)-Ce mercredi 26 janvier 2022, la chambre criminelle du "
        "tribunal de grande instance de Tahoua a ouvert sa première session de l'année.\n",
        "2022-01-26",
    ),
    "a month marker glued before the dateline": (
        " date 2017-03 PAPEETE, le 2 mars 2017 - Le tribunal correctionnel a jugé trois maris jaloux.\n",
        "2017-03-02",
    ),
    "a long headline, a bar, then the date": (
        "Follow us on:\n\n"
        "Disappearance of a certain amount of drugs seized on board a foreign dhow last month "
        "|20 May 2023\n\nSuspects held for longer, the Magistrates Court has ordered.\n",
        "2023-05-20",
    ),
    "a publication marker, a weekday, its date, under the site's own day": (
        "Tue | Jun 25, 2024\n\nMan charged with two murders gets June 14 hearing date\n\n"
        "Published:Friday | May 24, 2024 | 12:05 AMChristopher Thomas/Gleaner Writer\n\n"
        "The man appeared on Wednesday before a parish judge and was remanded.\n",
        "2024-05-24",
    ),
}


@pytest.mark.parametrize("case", sorted(_PAGE_DATES))
def test_the_page_date_is_found_in_the_forms_pages_give_it(case: str) -> None:
    text, expected = _PAGE_DATES[case]
    found = find_dateline(text, detect_language(text))
    assert found is not None and found.date == day(expected)
    assert text[found.start : found.end] == found.text


def test_a_month_marker_gives_the_year_but_no_publication_day() -> None:
    from docket.dateline import find_month_marker

    text = "Procès renvoyé\n\ndate 2023-04\n\nLe tribunal a renvoyé le procès au 24 mai prochain."
    assert find_dateline(text, "fr") is None
    assert find_month_marker(text, "fr") == day("2023-04-15")
    assert find_month_marker("Procès\n\nAvril 2023\n\nLe tribunal a statué.", "fr") == day("2023-04-15")


def test_without_a_day_of_reference_relative_days_stay_unresolved() -> None:
    text = "Le tribunal a statué hier et ce mardi, puis a renvoyé au 12 mars prochain."
    mentions = {m.text: m.date for m in find_dates(text, "fr", day("2023-04-15"), day_reference=False)}
    assert mentions["hier"] is None and mentions["ce mardi"] is None
    assert mentions["12 mars prochain"] == day("2024-03-12")


def test_case_safe_characters_match_case_insensitively_as_lower_cased() -> None:
    """The lower-cased date scan's premise: for every character of CASE_SAFE and every character the date
    patterns are written with, a case-insensitive match holds exactly when the lower-cased one does."""
    import re

    from docket.dates import CASE_SAFE, _lexicon

    safe = [chr(c) for c in range(0x10000) if re.fullmatch(f"[{CASE_SAFE}]", chr(c))]
    assert all(len(c.lower()) == 1 for c in safe)
    written = {c for language in ("fr", "en") for c in _lexicon(language).pattern.pattern if not c.isupper()}
    for letter in sorted(written):
        insensitive = re.compile(re.escape(letter), re.IGNORECASE)
        for c in safe:
            assert bool(insensitive.fullmatch(c)) == (c.lower() == letter), (letter, c)


def test_a_date_line_ending_with_its_byline_is_the_dateline() -> None:
    text = (
        "HAITIMONDE.COM | Capsules\nAccueil > Capsules > Justice\n\n"
        "Assises criminelles : démarrage laborieux\n\n"
        "mardi 17 juillet 2012 par Administrator\n\nLes assises criminelles se sont ouvertes hier."
    )
    found = find_dateline(text, "fr")
    assert found is not None and found.date == day("2012-07-17")


def test_the_date_pattern_keeps_its_lower_cased_copy_for_the_fast_scan() -> None:
    # an escape written in upper case ("\W", "\d") in one shape sends every text the slow way (a tenth of
    # the parse): the copy exists only while the pattern, its group syntax aside, is all lower case
    from docket.dates import _lexicon

    assert _lexicon("fr").lowered is not None
    assert _lexicon("en").lowered is not None


@pytest.mark.parametrize(
    "text",
    [
        "L'affaire a connu son épilogue ce 13 septembre 2021, puis le lundi 24 et 25 mars 2025.",
        "Renvoyé au 06/10/2025 (2025-10-20), hier, ce lundi 13 septembre, October 7, 2025.",
    ],
)
def test_every_day_named_outright_starts_where_day_starts_says(text: str) -> None:
    # `_day_called_this` (docket/parse.py) resolves an article's dates only where one starts after "ce"
    starts = set(day_starts(text, "fr"))
    for reference in (None, dt.date(2025, 3, 26)):
        for mention in find_dates(text, "fr", reference, day_reference=False):
            if mention.date is not None and mention.precision == "day" and not mention.relative:
                assert mention.start in starts


def test_the_last_night_of_something_is_no_day() -> None:
    assert find_dates("He was seen on the last night of the festival.", "en", THURSDAY) == []
