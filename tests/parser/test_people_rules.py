"""Rules for telling who is who, each on a short report written for it."""

from __future__ import annotations

import textwrap

from docket.parse import parse_bytes


def roles(report: str) -> dict[str, str]:
    parsed = parse_bytes(textwrap.dedent(report).encode("utf-8"), "test.txt")
    return {p.name: p.role for a in parsed.articles for c in a.cases for p in c.parties}


def test_namesakes_with_different_first_names_are_two_people() -> None:
    found = roles(
        """
        OUAGADOUGOU, 10 mars 2026 - Le tribunal militaire a renvoyé au 24 mars le procès du sergent Rasmané
        Kaboré, poursuivi pour désertion. Son avocate, Me Awa Kaboré, a dénoncé une détention trop longue.
        """
    )
    assert found["Rasmané Kaboré"] == "defendant"
    assert found["Awa Kaboré"] == "defense_counsel"


def test_common_law_appositions_and_forms_of_address() -> None:
    found = roles(
        """
        MANCHESTER, 24 February 2026 - Liam Doherty, 27, appeared at Salford Magistrates' Court yesterday
        charged with theft. Prosecuting, Chief Inspector Mavis Ofori said the goods were never found.
        Representing Doherty, Siobhan McCall said her client denied the charge. The court, presided over by
        Her Honour Adwoa Danso, remanded him in custody.
        """
    )
    assert found == {
        "Liam Doherty": "defendant",
        "Mavis Ofori": "prosecutor",
        "Siobhan McCall": "defense_counsel",
        "Adwoa Danso": "judge",
    }


def test_a_client_defended_by_a_lawyer_and_a_prosecutor_represented_by_a_magistrate() -> None:
    found = roles(
        """
        BAMAKO, 14 novembre 2025 - Aliou Guindo, défendu par Me Mariam Diallo, a été acquitté jeudi par la
        cour d'assises de Bamako. Le parquet, représenté par M. Fiacre Dossou, avait requis dix ans.
        """
    )
    assert found == {
        "Aliou Guindo": "defendant",
        "Mariam Diallo": "defense_counsel",
        "Fiacre Dossou": "prosecutor",
    }
