"""split_articles: a feed dump becomes its articles, a single article stays whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docket.cli import main
from docket.segment import ArticleSpan, split_articles


def articles(text: str) -> list[tuple[str, str]]:
    """(title, article text) for each span, after checking the spans are well formed."""
    spans = split_articles(text)
    assert_valid(text, spans)
    return [(span.title, text[span.start : span.end]) for span in spans]


def assert_valid(text: str, spans: list[ArticleSpan]) -> None:
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == text[span.start : span.end].strip()
        assert isinstance(span.title, str)
        previous_end = span.end
    assert bool(spans) == bool(text.strip())


KERE = """Procès Amadou Kéré : le tribunal de Koudougou renvoie l'affaire au 14 mars
Par Awa Traoré
KOUDOUGOU, 3 févr. 2024 (AFP) - Le tribunal de grande instance de Koudougou a renvoyé mardi au 14 mars \
le procès de l'homme d'affaires Amadou Kéré, poursuivi pour blanchiment de capitaux. La défense avait \
demandé un délai pour consulter le dossier.
L'avocat de la partie civile, Me Issa Ouédraogo, a dénoncé une manœuvre dilatoire. « Mon client attend \
depuis deux ans », a-t-il déclaré à la sortie de l'audience."""

WANJIRU = """Kenyan activist granted bail as magistrate adjourns case
By Peter Mwangi
NAIROBI, Feb 5, 2024
A Nairobi magistrate on Monday released activist Grace Wanjiru on a cash bail of Ksh 50,000 and adjourned \
her case to March 12. Wanjiru is charged with unlawful assembly after last week's protests in the capital.
The prosecution had asked the court to detain her for fourteen days to allow the police to complete their \
investigations, but the magistrate said no compelling reasons had been given."""

SODJI = """Cour d'appel de Lomé : verdict attendu le 2 avril dans l'affaire Sodji
Publié le 06/02/2024
La cour d'appel de Lomé a mis en délibéré au 2 avril sa décision dans l'affaire opposant l'ancien \
ministre Kodjo Sodji à l'État togolais. Le parquet général a requis la confirmation de la peine de cinq \
ans prononcée en première instance.
À l'audience, la défense a plaidé la relaxe en soulignant l'absence de preuves matérielles."""

TEASER = """Le championnat reprend ce week-end après la trêve internationale. Les Éperviers de Kpalimé \
reçoivent les leaders dans un match déjà décisif pour le maintien […]"""


def test_dump_of_three_articles_with_feed_footers() -> None:
    dump = "\n".join(
        [
            KERE,
            "L’article Procès Amadou Kéré : le tribunal de Koudougou renvoie l'affaire au 14 mars "
            "est apparu en premier sur .",
            WANJIRU,
            "The post Kenyan activist granted bail as magistrate adjourns case appeared first on Ledger.",
            "Follow @DailyLedgerNews",
            "Lire aussi : Les avocats en grève dans tout le pays",
            SODJI,
            "Source : Agence de presse régionale",
            "",
        ]
    )
    assert articles(dump) == [
        ("Procès Amadou Kéré : le tribunal de Koudougou renvoie l'affaire au 14 mars", KERE),
        ("Kenyan activist granted bail as magistrate adjourns case", WANJIRU),
        ("Cour d'appel de Lomé : verdict attendu le 2 avril dans l'affaire Sodji", SODJI),
    ]


def test_docket_parse_reads_a_cp1252_dump_and_refuses_a_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = "\r\n".join(
        [
            KERE,
            "L’article Procès Amadou Kéré est apparu en premier sur .",
            WANJIRU,
            "The post Kenyan activist granted bail appeared first on Ledger.",
            SODJI,
        ]
    )
    (tmp_path / "dump.txt").write_bytes(dump.encode("cp1252"))
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    code = main(["parse", "--format", "jsonl", str(tmp_path / "scan.pdf"), str(tmp_path / "dump.txt")])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{tmp_path / 'scan.pdf'}: binary file (PDF), not a text report" in err
    parsed = json.loads(out)
    assert [article["title"] for article in parsed["articles"]] == [
        "Procès Amadou Kéré : le tribunal de Koudougou renvoie l'affaire au 14 mars",
        "Kenyan activist granted bail as magistrate adjourns case",
        "Cour d'appel de Lomé : verdict attendu le 2 avril dans l'affaire Sodji",
    ]
    assert [article["language"] for article in parsed["articles"]] == ["fr", "en", "fr"]


def test_feed_teaser_before_its_footer_is_an_article_of_its_own() -> None:
    dump = "\n".join(
        [
            SODJI,
            TEASER,
            "L'article Football : les Éperviers face au leader est apparu en premier sur .",
            KERE.split("\n", 3)[3],  # a report with no headline, as feeds often give
        ]
    )
    found = articles(dump)
    assert [body for _, body in found] == [SODJI, TEASER, KERE.split("\n", 3)[3]]
    assert found[1][0] == "Football : les Éperviers face au leader"  # the footer names the teaser
    assert found[2][0] == "L'avocat de la partie civile, Me Issa Ouédraogo, a dénoncé une manœuvre dilatoire."


def test_feed_teaser_keeps_the_headline_its_footer_repeats() -> None:
    teaser = "Football : les Éperviers face au leader\n" + TEASER
    dump = (
        f"{SODJI}\n{teaser}\nL’article Football : les Éperviers face au leader est apparu en premier sur Sud."
    )
    assert articles(dump) == [
        (SODJI.split("\n")[0], SODJI),
        ("Football : les Éperviers face au leader", teaser),
    ]


SINGLE = """Justice > Société

Procès Martin Dossou : la défense dénonce « un dossier vide »

Publié le 12/03/2023 à 10h15

Le procès de Martin Dossou, ancien directeur de la société des eaux, s'est ouvert lundi devant le \
tribunal de première instance de Porto-Séguin. Il est poursuivi pour détournement de deniers publics et \
abus de fonction.

Retour sur les faits

En 2019, un audit avait relevé des dépenses injustifiées pour plus de deux cents millions de francs CFA. \
Le parquet avait ouvert une information judiciaire quelques semaines plus tard.

Lire aussi : Détournements : trois anciens ministres devant la justice

L'ancien directeur a toujours contesté les faits. Devant le tribunal, il a expliqué que les dépenses \
avaient été validées par le conseil d'administration de l'entreprise publique.

Dossou exprime des regrets

« Je regrette de ne pas avoir été plus vigilant », a-t-il déclaré. Le tribunal a renvoyé l'affaire au \
27 mars pour les plaidoiries.

Audience du 27 mars 2023

Les avocats de la partie civile plaideront en premier, suivis du réquisitoire du parquet.

M. K.

À lire aussi
Corruption : le parquet financier fait le bilan de l'année"""


def test_single_article_with_subheadings_stays_whole() -> None:
    found = articles(SINGLE)
    assert len(found) == 1
    title, body = found[0]
    assert title == "Procès Martin Dossou : la défense dénonce « un dossier vide »"
    assert body.startswith("Justice > Société")
    assert body.endswith("M. K.")  # the trailing related link is not part of the article


def test_headline_and_dateline_open_a_new_article_without_any_footer() -> None:
    first = "\n".join(
        [
            "Affaire Sessou : le tribunal se déclare incompétent",
            "12/10/2021 14:15",
            "Le tribunal correctionnel de Porto-Séguin s'est déclaré incompétent mardi dans l'affaire de "
            "l'ancien maire Paul Sessou, poursuivi pour faux en écriture publique.",
            "Le parquet a annoncé son intention de faire appel de cette décision.",
        ]
    )
    second = "\n".join(
        [
            "ACTUALITÉ",
            "Affaire Gbedo : le verdict renvoyé au 3 novembre",
            "Porto-Séguin, le 13 octobre 2021",
            "Le verdict attendu dans l'affaire Gbedo a été renvoyé au 3 novembre, le président du tribunal "
            "étant souffrant.",
        ]
    )
    third = "\n".join(
        [
            "Lomé : deux journalistes placés sous mandat de dépôt",
            "LOMÉ, 14 oct. 2021 (AFP) - Deux journalistes ont été placés sous mandat de dépôt jeudi à Lomé, "
            "a-t-on appris auprès de leur avocat.",
        ]
    )
    fourth = "\n".join(
        [
            "Kara : l'ancien préfet fixé sur son sort le 9 novembre",
            "Mis à jour le 15/10/2021 à 09h30",
            "Le tribunal de Kara rendra sa décision le 9 novembre dans le procès de l'ancien préfet.",
        ]
    )
    found = articles("\n\n".join([first, second, third, fourth]))
    assert [body for _, body in found] == [first, second, third, fourth]
    assert [title for title, _ in found] == [
        "Affaire Sessou : le tribunal se déclare incompétent",
        "Affaire Gbedo : le verdict renvoyé au 3 novembre",
        "Lomé : deux journalistes placés sous mandat de dépôt",
        "Kara : l'ancien préfet fixé sur son sort le 9 novembre",
    ]


def test_agency_wires_without_headlines() -> None:
    first = (
        "Abidjan (AFP) - Le procès de l'ancien ministre Paul Yao s'est ouvert lundi devant le tribunal "
        "criminel. L'audience a été suspendue en fin de journée.\n"
        "Le parquet a annoncé qu'il ferait citer une dizaine de témoins."
    )
    second = (
        "DAKAR, 4 mars 2024 (APS) - La chambre d'accusation a rejeté mardi la demande de liberté "
        "de l'opposant Moussa Fall.\nSes avocats ont annoncé un pourvoi en cassation."
    )
    assert articles(first + "\n" + second) == [
        (
            "Le procès de l'ancien ministre Paul Yao s'est ouvert lundi devant le tribunal criminel.",
            first,
        ),
        (
            "La chambre d'accusation a rejeté mardi la demande de liberté de l'opposant Moussa Fall.",
            second,
        ),
    ]


def test_headline_with_a_slash_is_not_a_section_label() -> None:
    text = (
        "Côte d'Ivoire / Justice : cinq ans de prison ferme pour l'ex-directeur financier de la mairie\n\n"
        "12/10/2021 14:15\n\nLe tribunal de première instance a rendu son jugement ce mardi."
    )
    assert articles(text)[0][0] == (
        "Côte d'Ivoire / Justice : cinq ans de prison ferme pour l'ex-directeur financier de la mairie"
    )


def test_a_signature_stays_with_its_article() -> None:
    first = KERE + "\nPar Awa Traoré"
    assert [body for _, body in articles(first + "\n" + SODJI)] == [first, SODJI]


def test_a_dateline_above_the_headline_starts_the_article() -> None:
    second = (
        "Publié le 21/11/2020\nAffaire Diallo : la chambre confirme la détention\n"
        "La chambre a confirmé hier la détention."
    )
    dump = KERE + "\n" + second
    assert [body for _, body in articles(dump)] == [KERE, second]


def test_separators_split_headless_articles() -> None:
    parts = [
        "Le tribunal de Kpalimé a condamné hier trois hommes pour vol aggravé.",
        "La cour d'assises de Sokodé a acquitté l'accusé au bénéfice du doute.",
        "The High Court in Tamale adjourned the case to next month.",
    ]
    dump = f"{parts[0]}\n\n----\n\n{parts[1]}\n* * *\n{parts[2]}\n==========\n"
    assert articles(dump) == [(part, part) for part in parts]


def test_separator_glued_under_an_unpunctuated_line_still_separates() -> None:
    first = "Le tribunal de Kpalimé a condamné hier trois hommes pour vol aggravé\nAudience levée à midi"
    second = "La cour d'assises de Sokodé a acquitté l'accusé."
    assert [body for _, body in articles(f"{first}\n----\n{second}")] == [first, second]


def test_a_change_of_language_splits_consecutive_articles() -> None:
    french = "\n".join([KERE.split("\n", 3)[3], KERE.split("\n", 3)[3]])
    english = "\n".join(
        [
            "Court frees opposition leader on bond",
            "A magistrate in the capital on Tuesday released opposition leader John Mensah on a bond of "
            "10,000 cedis after the prosecution said it had completed its investigations into the case.",
            "Mensah had been held for two weeks on charges of publishing false news and of inciting "
            "violence, which he denies, and his lawyers said they would ask for the case to be struck out.",
        ]
    )
    found = articles(french + "\n" + english)
    assert [body for _, body in found] == [french, english]
    assert found[1][0] == "Court frees opposition leader on bond"


def test_an_english_quote_inside_a_french_article_does_not_split_it() -> None:
    quote = (
        "« The court has been misled by the prosecution and the evidence that was presented to it was not "
        "the evidence that the investigators had collected », a déclaré l'avocat."
    )
    statement = " ".join(
        [
            "“We have been in contact with the family and with the authorities of the country and we will",
            "continue to follow the case closely, as we do for all of our nationals detained abroad, until",
            "the court has given its decision, which we expect to be handed down in the coming weeks. We",
            "also call on the authorities to make sure that his lawyers can see him and that he is given",
            "the medical care that he needs, and we will keep his family informed at every stage”,",
        ]
    )
    for english in (quote, statement + " indique le communiqué de l'ambassade."):
        text = "\n".join([KERE, english, KERE.split("\n", 3)[3]])
        assert len(articles(text)) == 1


def test_a_photo_caption_and_its_credit_over_the_byline_do_not_open_a_new_article() -> None:
    text = (
        "Albi : deux manifestants écopent de sursis, trois relaxes\n\n"
        "Deux manifestants sont condamnés pour ces faits ; trois autres sont relaxés.\n\n"
        "[Photo] Syndicaliste Albi procès tribunal\n"
        "Entre 200 et 300 personnes devant le palais pendant toute l'audience\n"
        "Crédit : Julien Marty\n\n"
        "Par Julien Marty | 2 mai 2023, 22h09\n\n"
        "Sitôt la décision prononcée, la salle d'audience du tribunal d'Albi se met à huer. Cinq "
        "manifestants comparaissaient ce mardi 2 mai 2023 pour des dégradations devant la préfecture.\n"
    )
    assert len(articles(text)) == 1, articles(text)


def test_markdown_headings_are_titles() -> None:
    text = (
        "# Procès Koffi : renvoi au 12 mars\n\nLe tribunal a renvoyé le procès de Jean Koffi.\n\n"
        "## Retour sur les faits\n\nLes faits remontent à 2021.\n\n"
        "# Affaire Sodji\n\nLa cour d'appel rendra sa décision le 2 avril.\n"
    )
    assert [title for title, _ in articles(text)] == ["Procès Koffi : renvoi au 12 mars", "Affaire Sodji"]


def test_setext_heading_is_not_a_separator() -> None:
    text = "Procès Koffi\n============\n\nLe procès est renvoyé.\n\nSuite\n-----\n\nLa défense plaide."
    found = articles(text)
    assert found == [("Procès Koffi", text)]


def test_title_without_headline_is_the_first_sentence_cut_at_a_word() -> None:
    text = (
        "Le procès de M. Koffi a été renvoyé. La défense a demandé un délai.\n"
        "Le tribunal a accepté la demande."
    )
    assert split_articles(text)[0].title == "Le procès de M. Koffi a été renvoyé."
    long_sentence = "Le tribunal " + "de grande instance " * 20 + "a statué."
    title = split_articles(long_sentence)[0].title
    assert title.endswith("…") and len(title) <= 121
    assert long_sentence.startswith(title[:-1])


def test_text_without_any_signal_is_one_article() -> None:
    text = "\n\n  un paragraphe\n\nun autre\nencore un\n\n"
    # A short first line reads as a headline.
    assert articles(text) == [("un paragraphe", "un paragraphe\n\nun autre\nencore un")]


def test_whitespace_only_gives_no_article() -> None:
    assert split_articles("") == []
    assert split_articles(" \n\t\n \n") == []


def test_pathological_inputs_finish() -> None:
    # Quadratic scanning or a backtracking regular expression would make this test hang.
    for text in (
        "a " * 1_000_000,
        "L'article " * 200_000,
        "L'article \n" * 50_000,
        "Lire aussi : un autre procès\n" * 50_000,
        "Publié le 03/02/2024\n\n" * 50_000,
        "\n" * 1_000_000 + "x",
        "12/10/2021 " * 150_000,
        "Par " * 500_000,
        ("Titre court\n" + "Par Jean Dupont\n") * 10_000,
        "« " * 1_000_000,
        "- " * 1_000_000,
    ):
        assert_valid(text, split_articles(text))


GENRE_LINES = [
    "Procès Koffi : renvoi au 12 mars",
    "Par Jean Dupont",
    "By Ed Holt",
    "Publié le 27/04/2022",
    "COTONOU, 7 oct. 2025 (AFP) - Le tribunal a renvoyé l'affaire.",
    "L’article Procès Koffi est apparu en premier sur .",
    "The post Court adjourns appeared first on Ledger.",
    "Follow @Ledger",
    "Lire aussi : autre chose",
    "À lire aussi",
    "----",
    "=====",
    "# Titre",
    "Le tribunal a renvoyé l'affaire au 12 mars. " * 5,
    "The court adjourned the case to March 12 after hearing the defence. " * 5,
    "Une brève […]",
    "",
    "   ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(GENRE_LINES), st.text(max_size=40)), max_size=25))
def test_any_text_gives_valid_spans(parts: list[str]) -> None:
    text = "\n".join(parts)
    assert_valid(text, split_articles(text))
