"""One test per rule of court reporting the extractor relies on, on short reports written for the purpose."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reading import cases_of, iso, roles, rulings

from docket.parse import parse_bytes
from docket.records import UnreadableSource


def test_a_prosecutors_request_is_not_a_ruling() -> None:
    found = rulings(
        """
        LOMÉ, 12 juin 2024 - Le procureur a requis ce mercredi le maintien en détention des deux prévenus et
        a demandé au tribunal de rejeter leur demande de mise en liberté provisoire. Le tribunal a renvoyé
        l'affaire au jeudi 20 juin.
        """
    )
    assert ("2024-06-12", "adjourned") in found
    assert not any(kind == "bail_denied" for _, kind in found)


def test_a_decision_on_the_reported_day_takes_that_day_and_the_renvoi_sets_the_next_hearing() -> None:
    [case] = cases_of(
        """
        Cameroun : le procès de l'opposant renvoyé

        YAOUNDÉ, 3 mai 2024 - Le tribunal militaire de Yaoundé a rejeté hier, jeudi 2 mai, la demande de
        mise en liberté provisoire de l'opposant Paul Ekanga, poursuivi pour hostilité contre la patrie.
        Le dossier a été renvoyé au 16 mai prochain.
        """
    )
    assert {(iso(r.date), r.kind) for r in case.rulings} == {
        ("2024-05-02", "bail_denied"),
        ("2024-05-02", "adjourned"),
    }
    assert [h.date.isoformat() for h in case.hearings if h.status == "held"] == ["2024-05-02"]
    assert case.next_hearing is not None and case.next_hearing.date.isoformat() == "2024-05-16"
    assert case.court == "Tribunal militaire de Yaoundé" and case.country == "CM"
    assert [c.label for c in case.charges] == ["hostilité contre la patrie"]


def test_a_year_less_date_takes_the_year_its_weekday_gives() -> None:
    [case] = cases_of(
        """
        Publié le 28/12/2024

        Le tribunal correctionnel de Niamey a renvoyé au lundi 6 janvier le procès de l'activiste
        Moussa Idrissa, poursuivi pour incitation à la révolte.
        """
    )
    assert case.next_hearing is not None and case.next_hearing.date.isoformat() == "2025-01-06"


def test_a_month_without_a_day_is_neither_a_hearing_nor_a_ruling_date() -> None:
    found = cases_of(
        """
        BAMAKO, 10 mars 2024 - L'ancien ministre Amadou Keïta, arrêté en novembre 2023, a été placé sous
        mandat de dépôt en décembre 2023. Il comparaît devant la cour d'appel de Bamako, qui a renvoyé
        l'affaire au 24 mars.
        """
    )
    dates = {r.date for case in found for r in case.rulings} | {
        h.date for case in found for h in case.hearings
    }
    assert not any(d and d.year == 2023 for d in dates)


def test_roles_come_from_titles_appositions_and_the_client_named() -> None:
    found = roles(
        """
        ABIDJAN, 8 avril 2024 - Devant le tribunal de première instance d'Abidjan-Plateau, l'ancien
        directeur Koffi Yao comparaît pour détournement de deniers publics. Son avocat, Me Serge Kouamé,
        a plaidé la relaxe. Me Aya Traoré, conseil de la partie civile, a réclamé des dommages et intérêts.
        Le substitut du procureur Issa Coulibaly a requis cinq ans de prison.
        """
    )
    assert found == {
        "Koffi Yao": "defendant",
        "Serge Kouamé": "defense_counsel",
        "Aya Traoré": "civil_party_counsel",
        "Issa Coulibaly": "prosecutor",
    }


def test_one_person_however_named_is_one_party() -> None:
    [case] = cases_of(
        """
        DAKAR, 5 février 2024 - Le journaliste Cheikh Omar Diallo a été condamné à six mois de prison par
        le tribunal correctionnel de Dakar. Diallo, qui était poursuivi pour diffamation, fera appel.
        """
    )
    assert [p.name for p in case.defendants] == ["Cheikh Omar Diallo"]
    assert "Diallo" in case.defendants[0].aliases


def test_charges_are_split_into_offences_but_a_shared_complement_stays_whole() -> None:
    [case] = cases_of(
        """
        LIBREVILLE, 3 juillet 2024 - Les dix prévenus sont poursuivis pour vol et recel, destruction et
        pillage des biens d'autrui et port illégal d'armes et de munitions. Le tribunal a mis ce mercredi
        l'affaire en délibéré au 10 juillet.
        """
    )
    assert [c.label for c in case.charges] == [
        "vol",
        "recel",
        "destruction et pillage des biens d'autrui",
        "port illégal d'armes et de munitions",
    ]
    assert ("2024-07-03", "deliberation_reserved") in {(iso(r.date), r.kind) for r in case.rulings}


def test_english_reports_give_the_same_records() -> None:
    [case] = cases_of(
        """
        ABUJA, May 14, 2024 - A Federal High Court in Abuja on Monday remanded former minister Musa Bello
        in custody after he pleaded not guilty to charges of money laundering and fraud. Justice Ahmed
        Sani adjourned the matter to June 3 for trial. Prosecutor Ngozi Eze asked for an accelerated hearing.
        """
    )
    assert case.country == "NG"
    assert {(iso(r.date), r.kind) for r in case.rulings} >= {("2024-05-13", "detention_ordered")}
    assert case.next_hearing is not None and case.next_hearing.date.isoformat() == "2024-06-03"
    assert {p.name: p.role for p in case.parties} == {
        "Musa Bello": "defendant",
        "Ahmed Sani": "judge",
        "Ngozi Eze": "prosecutor",
    }
    assert [c.label for c in case.charges] == ["money laundering", "fraud"]


def test_football_and_politics_are_not_court_reports() -> None:
    for report in (
        "Le PSG s'impose 3-1 face à Lyon. Le verdict du terrain est sans appel pour l'entraîneur.\n",
        "« Nous ne sommes pas en procès », a lancé la ministre lundi devant l'Assemblée nationale.\n",
    ):
        parsed = parse_bytes(report.encode("utf-8"), "x.txt")
        assert not any(article.is_court_report for article in parsed.articles)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_any_text_parses_without_raising(text: str) -> None:
    try:
        parsed = parse_bytes(text.encode("utf-8"), "fuzz.txt")
    except UnreadableSource:
        return
    for article in parsed.articles:
        for case in article.cases:
            for record in [*case.parties, *case.charges, *case.rulings, *case.hearings]:
                if record.evidence is not None:
                    evidence = record.evidence
                    assert parsed.text[evidence.start : evidence.end] == evidence.text


def test_pathological_input_finishes_in_linear_time() -> None:
    # Inputs built to make backtracking regular expressions explode: long runs of capitalised words,
    # of dots, of dates and of cue words without their complement. A catastrophic pattern would not
    # finish (nor would a quadratic one at these sizes, 100–200 KB each); the subprocess's timeout is only
    # the alarm, not a performance target (bench/parse.py measures that a 20 MB dump stays linear).
    probe = textwrap.dedent(
        """
        from docket.parse import parse_bytes
        chunks = [
            "Me " + "Abc " * 50_000,
            "poursuivis pour " + "de la " * 30_000,
            "le 1er mars " * 15_000,
            "." * 300_000 + " A",
            "Tribunal de " + "Grande-Ville " * 15_000,
        ]
        for chunk in chunks:
            parse_bytes(chunk.encode(), "big.txt")
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=240)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]


def test_a_page_of_name_lines_is_read_once_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # "They are:" then a name a line: each line's name looks back for the list's introducer; walked back
    # from every line, thousands of lines cost their square (a 160 KB page took 20 s). Counted, not timed.
    from docket.extract import listed_lines

    calls = []
    line_test = listed_lines.on_a_line_of_a_list

    def counted(text: str) -> bool:
        calls.append(text)
        return line_test(text)

    monkeypatch.setattr(listed_lines, "on_a_line_of_a_list", counted)
    lines = 2_000
    report = "BANJUL, Jan. 5, 2024 - Ten people were remanded by the court.\n\nThey are:\n" + "\n".join(
        f"Alhaji Jobe {i % 7}" for i in range(lines)
    )
    parse_bytes(report.encode(), "names.txt")
    assert len(calls) <= 3 * lines


@pytest.mark.parametrize("line", ["- counts of theft:", "- poursuivis pour :"])
def test_a_page_of_bulleted_lines_ending_on_colons_is_read_once_a_line(
    monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    # each line both opens a list of offences and is an item of the list above it: read from every line,
    # the lines below cost their square (1,000 lines took 18 s). Counted, not timed.
    from docket.extract import charges

    read: list[int] = []
    bulleted_items = charges.bulleted_items

    def counted(*args: object, **kwargs: object) -> list[tuple[int, str]]:
        items = bulleted_items(*args, **kwargs)  # type: ignore[arg-type]
        read.append(len(items))
        return items

    monkeypatch.setattr(charges, "bulleted_items", counted)
    lines = 1_000
    report = "LAGOS, Jan. 5, 2024 - The court remanded them.\n\n" + "\n".join([line] * lines)
    parse_bytes(report.encode(), "colons.txt")
    assert sum(read) <= 2 * lines


def test_quoted_words_and_chambers_ruling_on_the_file_are_not_hearings() -> None:
    [case] = cases_of(
        """
        DAKAR, 20 novembre 2020 - La chambre d'accusation de la cour d'appel de Dakar a confirmé hier, jeudi
        19 novembre 2020, le rejet de la demande de mise en liberté provisoire de l'activiste Moussa Sarr.
        « Mon client aurait dû être relaxé depuis longtemps », a déclaré son avocat, Me Ibou Ndiaye.
        """
    )
    assert {(iso(r.date), r.kind) for r in case.rulings} == {("2020-11-19", "bail_denied")}
    assert [h for h in case.hearings if h.status == "held"] == []


def test_a_delay_is_counted_from_the_hearing_not_from_the_report() -> None:
    [case] = cases_of(
        """
        LOMÉ, 21 juin 2024 - Jeudi, le tribunal de première instance de Lomé a renvoyé dans deux semaines
        le procès des militants Kossi Agbo et Yawa Mensah, poursuivis pour troubles à l'ordre public.
        """
    )
    assert case.next_hearing is not None and case.next_hearing.date.isoformat() == "2024-07-04"


def test_counts_named_by_number_are_not_charges() -> None:
    [case] = cases_of(
        """
        ABUJA, May 14, 2024 - Former governor Musa Bello on Monday pleaded not guilty to all the counts
        before the Federal High Court in Abuja, which remanded him in custody on charges of money laundering
        and abuse of office.
        """
    )
    assert [c.label for c in case.charges] == ["money laundering", "abuse of office"]
