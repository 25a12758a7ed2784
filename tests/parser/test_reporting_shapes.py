"""Shapes of court reporting the parser must read in any report: lists, reference dates, adjournments,
roles, every kind of decision. One test a rule, each on a short report written for it (names invented)."""

from __future__ import annotations

import datetime as dt
import textwrap

from reading import assert_roles, cases_of, charges, courts, held, next_hearings, published, roles, rulings

from docket.dates import find_dates
from docket.extract.names import clean_name
from docket.parse import parse_bytes


def test_without_a_dateline_hier_stays_undated_but_a_year_less_date_takes_the_articles_year() -> None:
    report = """
        Procès des militants : la cour renvoie

        La cour d'appel de Ouagadougou a renvoyé hier le procès de Salif Ouédraogo au 12 mars prochain. Il
        avait été condamné le 3 février 2025 pour incitation à la révolte.
        """
    found = rulings(report)
    assert (None, "adjourned") in found
    assert not held(report)
    assert next_hearings(report) == ["2025-03-12"]


def test_other_decisions_of_the_court_are_rulings_of_kind_other() -> None:
    found = rulings(
        """
        DAKAR, 12 mars 2024 - Le tribunal correctionnel de Dakar a rejeté mardi l'exception de nullité
        soulevée par la défense de Moussa Fall, poursuivi pour escroquerie. Le tribunal a décerné un mandat
        d'arrêt contre son associé en fuite.
        """
    )
    assert ("2024-03-12", "other") in found


def test_english_orders_warrants_and_rejected_applications_are_rulings_of_kind_other() -> None:
    for sentence in (
        "dismissed the application for recusal filed by the defence",
        "issued a warrant of arrest against the second accused",
        "ordered the prosecution to supply witness statements to the defence",
    ):
        found = rulings(
            f"""
            NAIROBI, June 10, 2024 - Justice Lilian Mutende of the High Court on Monday {sentence}. Peter
            Mwangi is charged with fraud.
            """
        )
        assert ("2024-06-10", "other") in found, sentence


def test_a_rejected_request_for_bail_stays_bail_denied_not_other() -> None:
    found = rulings(
        """
        ACCRA, June 10, 2024 - The Circuit Court on Monday dismissed the bail application of Kwame Mensah,
        charged with fraud.
        """
    )
    assert found == {("2024-06-10", "bail_denied")}


def test_a_penalty_inflicted_in_a_cleft_and_a_guilty_judgement_are_convictions() -> None:
    found = rulings(
        """
        GENÈVE, 14 mars 2024 - Huit ans de prison : c'est la peine qu'a infligée mercredi à Marc Verdan la
        cour criminelle du Tribunal de Genève. Il était poursuivi pour brigandage.
        """
    )
    assert ("2024-03-13", "convicted") in found
    found = rulings(
        """
        MOUILA, 14 mars 2024 (AGP) - Le tribunal de première instance de Mouila a siégé mercredi. Jugé
        coupable, Paul Nzé, poursuivi pour vol, prend six mois de prison.
        """
    )
    assert ("2024-03-13", "convicted") in found


def test_the_day_a_detention_began_dates_no_decision_told_after_it() -> None:
    found = rulings(
        """
        OYEM, 26 mars 2024 (AGP) - Le tribunal de première instance d'Oyem a siégé vendredi. Premier dossier :
        Paul Nzé, poursuivi pour vol. Écroué sous mandat de dépôt depuis le 2 mars 2024, il avait volé un
        groupe électrogène. Le tribunal l'a condamné à six mois de prison.
        """
    )
    assert ("2024-03-22", "convicted") in found
    assert ("2024-03-02", "convicted") not in found


def test_offences_retained_against_a_man_with_his_age_in_apposition_are_charges() -> None:
    found = charges(
        """
        SION, 14 mars 2024 - Le Tribunal de Sion a condamné mercredi Luc Favre à six ans de prison. Les juges
        ont retenu contre le prévenu, la quarantaine, la tentative de meurtre et les menaces.
        """
    )
    assert "tentative de meurtre" in found
    assert "menaces" in found


def test_a_statute_named_after_justice_is_no_judge() -> None:
    report = """
        DUBLIN, March 14, 2024 - Gardaí arrested Sean Brady, detaining him under section 4 of the 1984
        Criminal Justice Act. Judge Mary Walsh remanded him in custody. He is charged with robbery.
        """
    assert "Act" not in roles(report)
    assert roles(report)["Mary Walsh"] == "judge"


def test_the_one_the_police_arrested_is_the_defendant() -> None:
    report = """
        DUBLIN, March 14, 2024 - Gardaí sealed off the scene and arrested Sean Brady, of Main Street. Judge
        Mary Walsh remanded him in custody on Wednesday. He faces a charge of robbery.
        """
    assert roles(report)["Sean Brady"] == "defendant"


def test_the_one_who_will_stay_behind_bars_is_the_defendant() -> None:
    report = """
        BULAWAYO, March 14, 2024 - Peter Moyo will stay behind bars after Magistrate John Dube on
        Wednesday dismissed his application. He is accused of subverting a constitutional government.
        """
    assert roles(report)["Peter Moyo"] == "defendant"


def test_a_clerical_title_is_not_part_of_the_name() -> None:
    report = """
        BULAWAYO, March 14, 2024 - Pastor Peter Moyo will stay behind bars after Magistrate John Dube on
        Wednesday dismissed his application. He is accused of subverting a constitutional government.
        """
    assert roles(report)["Peter Moyo"] == "defendant"


def test_the_one_named_after_defending_the_accused_is_defence_counsel() -> None:
    report = """
        HARARE, March 14, 2024 - Peter Moyo will stay behind bars after Magistrate John Dube on Wednesday
        dismissed his application. Defending the preacher, Tendai Sibanda of Lawyers for Human Rights
        resisted the request. He is accused of subverting a constitutional government.
        """
    assert roles(report)["Tendai Sibanda"] == "defense_counsel"


def test_a_challenge_thrown_out_is_a_ruling_of_kind_other() -> None:
    found = rulings(
        """
        GWERU, March 14, 2024 - Magistrate John Dube on Wednesday threw out the defence's challenge to the
        placement of Peter Moyo on remand. Moyo is charged with public violence.
        """
    )
    assert ("2024-03-13", "other") in found


def test_in_x_poursuivi_par_y_x_is_the_defendant_and_y_the_civil_party() -> None:
    report = """
        MOUILA, 14 mars 2024 (AGP) - Le tribunal de première instance de Mouila a siégé mercredi. Premier
        dossier : Paul Nzé, sans emploi, poursuivi par Jeanne Moussavou. Jugé coupable, le jeune homme prend
        six mois de prison.
        """
    assert roles(report) == {"Paul Nzé": "defendant", "Jeanne Moussavou": "civil_party"}


def test_the_one_who_stands_charged_is_the_defendant() -> None:
    report = """
        LUSAKA, March 14, 2024 - Peter Banda, who leads a faction of the party, has seen his case postponed
        again. Banda stands charged with giving false information to a public officer.
        """
    assert roles(report) == {"Peter Banda": "defendant"}


def test_the_defendant_of_a_case_named_by_its_offence_is_the_defendant() -> None:
    report = """
        LUSAKA, March 14, 2024 - Also pushed back, to March 22, is the threatening violence case of John
        Tembo. Magistrate Ann Phiri was absent.
        """
    assert roles(report)["John Tembo"] == "defendant"


def test_a_party_vice_president_in_the_public_gallery_is_no_judge() -> None:
    report = """
        LILONGWE, March 14, 2024 - Peter Banda was granted bail by Magistrate Ann Phiri on Wednesday. He is
        charged with publishing false news. Among those in the courtroom were John Mvula, party
        vice-president for the North, Grace Chirwa, MP for Mzimba West, and Paul Nyirenda.
        """
    found = roles(report)
    assert found.get("Grace Chirwa") != "judge"
    assert found.get("Paul Nyirenda") != "judge"


def test_a_preposition_opening_a_sentence_is_not_part_of_a_name() -> None:
    report = """
        Misrata suspect enters not guilty plea

        WASHINGTON, March 14, 2024 - Facing a conspiracy charge, Karim Nasser told a federal courtroom on
        Wednesday that he is not guilty. Magistrate Judge Ann Cole ordered his continued detention.

        Among Misrata's extremists he was a prominent name, popular with young radicals.
        """
    assert "Among Misrata" not in roles(report)


def test_a_known_seat_before_the_magistrates_title_names_the_magistrates_court() -> None:
    report = """
        Pastor to spend weekend in prison

        Peter Moyo will stay behind bars after HARARE Magistrate John Dube on Friday 03 February 2017 threw
        out his lawyer's challenge. The magistrate said bail would have to be sought from the High Court.
        """
    assert courts(report) == ["Harare Magistrates' Court"]


def test_without_a_dateline_a_rejected_request_told_with_its_day_is_a_day_the_court_sat() -> None:
    report = """
        Pastor to spend weekend in prison

        Peter Moyo will stay behind bars after Magistrate John Dube on Friday 03 February 2017 threw out his
        lawyer's challenge to his placement on remand. He is charged with public violence.
        """
    assert held(report) == {"2017-02-03"}


def test_a_referral_before_the_judge_is_no_adjournment() -> None:
    found = rulings(
        """
        ABIDJAN, 14 mars 2024 - Le tribunal de première instance de Yopougon a condamné mercredi Koffi Yao à
        six mois de prison avec sursis pour vol. Il avait admis les faits devant le procureur avant d'être
        renvoyé devant le juge pour être jugé.
        """
    )
    assert "adjourned" not in {kind for _, kind in found}


def test_a_plea_of_incompetence_put_to_deliberation_is_no_declined_jurisdiction() -> None:
    found = rulings(
        """
        CONAKRY, 14 mars 2024 - Le tribunal de première instance de Kaloum a entendu mercredi les avocats de
        Mamadou Diallo, poursuivi pour escroquerie. Ses clients n'habitent pas la commune ; d'où la demande
        d'incompétence, mise en délibéré pour vendredi prochain.
        """
    )
    assert "declined_jurisdiction" not in {kind for _, kind in found}


def test_a_decision_the_court_was_due_to_take_is_no_ruling() -> None:
    found = rulings(
        """
        LUSAKA, March 14, 2024 - Peter Banda is charged with giving false information to a public officer.
        The court was due to decide today whether Banda has a case to answer, but the magistrate was absent.
        """
    )
    assert "other" not in {kind for _, kind in found}


def test_the_day_the_accused_were_jailed_is_no_hearing_even_beside_the_bar() -> None:
    report = """
        OYEM, 26 mars 2024 (AGP) - Le tribunal de première instance d'Oyem a siégé vendredi. Sont venus
        ensuite à la barre Paul Nzé et Marc Obiang, écroués, eux, le 16 mars 2024, poursuivis pour vol.
        """
    assert held(report) == {"2024-03-22"}


def test_the_chamber_of_a_tribunal_keeps_the_tribunals_seat() -> None:
    report = """
        SION, 14 mars 2024 - La cour criminelle du Tribunal de Sion a condamné mercredi Luc Favre à six ans
        de prison pour vol.
        """
    assert courts(report) == ["Cour criminelle du Tribunal de Sion"]


def test_deciding_to_adjourn_is_an_adjournment_and_its_target_the_next_hearing() -> None:
    report = """
        Publié le 12/03/2024

        ABIDJAN - Le tribunal correctionnel d'Abidjan a décidé de renvoyer le procès de Koffi Yao au 9
        novembre. Il est poursuivi pour escroquerie.
        """
    assert rulings(report) == {(None, "adjourned")}
    assert not held(report)
    assert next_hearings(report) == ["2024-11-09"]


def test_without_a_dateline_the_articles_latest_day_dates_what_follows() -> None:
    report = """
        Duvalier convoqué

        Les avocats ont formé, le lundi 18 février 2013, un pourvoi en cassation. Le 21 février, la cour
        d'appel de Port-au-Prince a décerné un mandat d'amener contre Jean-Claude Duvalier, qui doit répondre
        de crimes contre l'humanité. Il devra être présent à sa prochaine audition fixée au jeudi 28 février.
        """
    assert ("2013-02-21", "other") in rulings(report)
    assert next_hearings(report) == ["2013-02-28"]


def test_prochain_rendez_vous_announces_the_next_hearing() -> None:
    report = """
        ABIDJAN, 19 mai 2021 - Le tribunal criminel d'Abidjan a rejeté ce mercredi la demande de mise en
        liberté des accusés, poursuivis pour complot. Prochain rendez-vous : le 26 mai.
        """
    assert next_hearings(report) == ["2021-05-26"]


def test_a_list_introduced_by_il_s_agit_de_takes_the_role_of_the_group_before_it() -> None:
    found = roles(
        """
        DAKAR, 12 mars 2024 - Quatre prévenus ont comparu mardi devant le tribunal correctionnel de Dakar.
        Il s'agit de Moussa Fall, de Awa Ndiaye, de Cheikh Sarr et de Ibrahima Diop. Le tribunal a renvoyé
        l'affaire au 2 avril.
        """
    )
    assert all(
        found.get(name) == "defendant"
        for name in ("Moussa Fall", "Awa Ndiaye", "Cheikh Sarr", "Ibrahima Diop")
    )


def test_those_missing_from_the_roll_are_defendants() -> None:
    found = roles(
        """
        NIAMEY, 3 juin 2024 - Au procès ouvert lundi devant le tribunal de grande instance de Niamey,
        manquent à l'appel : Ali Mahamadou, Issa Garba, Moussa Idrissa. Le tribunal a renvoyé au 17 juin.
        """
    )
    assert found == {name: "defendant" for name in ("Ali Mahamadou", "Issa Garba", "Moussa Idrissa")}


def test_a_semicolon_list_with_appositions_after_a_colon_takes_the_group_role() -> None:
    found = roles(
        """
        PRETORIA, 5 June 2024 - Three of his co-accused made a short appearance in the Specialised
        Commercial Crimes Court: Patrick Gillingham, once chief financial officer of correctional services;
        Linda Mti, the former head of correctional services; and Andries van Tonder. The case was postponed
        to 12 July.
        """
    )
    assert all(found.get(n) == "defendant" for n in ("Patrick Gillingham", "Linda Mti", "Andries van Tonder"))


def test_parmi_eux_names_one_of_the_group_of_the_sentence_before() -> None:
    found = roles(
        """
        MARSEILLE, 24 février 2025 - Plusieurs prévenus manquaient à l'appel à l'ouverture du procès devant
        le tribunal correctionnel de Marseille. Parmi eux, Jacques Santoni, décrit comme le chef du groupe.
        """
    )
    assert found.get("Jacques Santoni") == "defendant"


def test_repondre_des_faits_de_keeps_each_offence_whole() -> None:
    found = charges(
        """
        CONAKRY, 10 juin 2024 - Les accusés Mamadou Bah et Alpha Condé doivent répondre des faits
        d'assassinat, de séquestration, de complicité de meurtre devant le tribunal criminel de Dixinn.
        """
    )
    assert found == ["assassinat", "séquestration", "complicité de meurtre"]


def test_a_list_of_charges_after_a_colon_runs_over_semicolons() -> None:
    found = charges(
        """
        BAMAKO, 10 juin 2024 - Le tribunal correctionnel de Bamako a condamné vendredi Oumar Traoré. Chefs
        d'accusation : atteinte au crédit de l'État ; diffusion de fausses nouvelles ; injures.
        """
    )
    assert found == ["atteinte au crédit de l'État", "diffusion de fausses nouvelles", "injures"]


def test_to_wit_and_among_them_open_a_list_of_charges() -> None:
    found = charges(
        """
        ABUJA, June 10, 2024 (NAN) - The EFCC arraigned Ibrahim Musa before Justice Obiora Egwuatu of the
        Federal High Court, Abuja, on Monday on counts bordering on fraud, to wit; money laundering,
        conspiracy and criminal breach of trust.
        """
    )
    assert found[-3:] == ["money laundering", "conspiracy", "criminal breach of trust"]
    found = charges(
        """
        NAIROBI, June 10, 2024 - All four denied fraud charges arising from a fake tender — among them
        conspiracy to commit felony, making a document without authority and obtaining money by false
        pretence. They were freed on cash bail by the Milimani court.
        """
    )
    assert "conspiracy to commit felony" in found and "obtaining money by false pretence" in found


def test_an_office_is_not_the_bench_and_a_verb_belongs_to_the_nearest_name() -> None:
    found = roles(
        """
        PARIS, 10 juin 2024 - Le ministre de la Justice, Gérald Darmanin, a commenté le procès de Jean
        Dupont, poursuivi pour fraude devant le tribunal correctionnel de Paris. Le président du parti, Marc
        Leroy, a dénoncé une cabale.
        """
    )
    assert found == {"Jean Dupont": "defendant"}


def test_common_law_counsel_for_the_accused_and_for_the_state() -> None:
    found = roles(
        """
        ACCRA, June 10, 2024 - Kwame Mensah appeared before the Accra Circuit Court on Monday charged with
        fraud. Yaw Boateng, for the accused, prayed for bail. Ama Serwaa, appearing for the State, opposed it.
        """
    )
    assert found == {
        "Kwame Mensah": "defendant",
        "Yaw Boateng": "defense_counsel",
        "Ama Serwaa": "prosecutor",
    }


def test_one_named_with_co_defendants_or_prosecuted_by_an_agency_is_a_defendant() -> None:
    found = roles(
        """
        DAMATURU, Nov. 5, 2024 (NAN) - A Federal High Court on Monday put off until Dec. 3 the trial of a
        former minister, Abdu Bulama, and four co-defendants. The EFCC is prosecuting Bulama together with
        Mohammed Kadai, Abba Tata and Hassan Ibn Jaks.
        """
    )
    assert all(
        found.get(n) == "defendant" for n in ("Abdu Bulama", "Mohammed Kadai", "Abba Tata", "Hassan Ibn Jaks")
    )


def test_a_group_that_does_what_the_accused_do_gives_its_list_the_defendant_role() -> None:
    found = roles(
        """
        OUAGADOUGOU, 7 juin 2023 - Dix personnes en répondent devant le TGI de Ouagadougou : côté OSC,
        Pascal Zaïda, Boukari Tapsoba et Abdoul Karim Baguian dit Lota ; côté presse, Lookmann Sawadogo et
        Alain Traoré. Le tribunal a renvoyé le procès au 21 juin 2023.
        """
    )
    names = ("Pascal Zaïda", "Boukari Tapsoba", "Abdoul Karim Baguian", "Lookmann Sawadogo", "Alain Traoré")
    assert all(found.get(name) == "defendant" for name in names), found
    found = roles(
        """
        ACCRA, August 10, 2021 - Eight people stand trial before the Accra High Court. Among them are John
        Gbedemah, Godwin Awudza and Divine Nyadzinyor. The court adjourned the case to August 27.
        """
    )
    assert all(found.get(n) == "defendant" for n in ("John Gbedemah", "Godwin Awudza", "Divine Nyadzinyor"))


def test_a_sentence_opened_by_what_the_accused_undergo_names_the_accused() -> None:
    found = roles(
        """
        BRAZZAVILLE, 25 février 2019 - Poursuivi pour atteinte à la sécurité intérieure de l'Etat et pour
        détention illégale d'armes, André Okombi Salissa devra revenir devant la cour d'appel le 27 février.
        """
    )
    assert found == {"André Okombi Salissa": "defendant"}


def test_speaking_through_ones_lawyers_makes_one_the_client() -> None:
    found = roles(
        """
        WORCESTER, July 26, 2017 - Through his lawyers, Angelo Colon-Ortiz told Worcester Superior Court on
        Wednesday that he is innocent. He was held without bail.
        """
    )
    assert found.get("Angelo Colon-Ortiz") == "defendant"


def test_setting_the_rest_of_a_trial_to_a_day_is_an_adjournment() -> None:
    report = """
        OUAGADOUGOU, 7 juin 2023 - Saisi d'une demande de mise en liberté provisoire par huit prévenus, le
        tribunal de grande instance de Ouagadougou l'a rejetée ce mercredi 7 juin 2023, avant de fixer la
        suite de leur procès au 21 juin 2023.
        """
    assert rulings(report) == {("2023-06-07", "bail_denied"), ("2023-06-07", "adjourned")}
    assert next_hearings(report) == ["2023-06-21"]


def test_this_morning_is_the_days_hearing_and_held_without_bail_is_detention() -> None:
    report = """
        date 2017-07-26

        Angelo Colon-Ortiz entered a not guilty plea this morning to a charge of murder before Worcester
        Superior Court, and the court ordered him held without bail. He is due back in court on Aug. 24.
        """
    assert ("2017-07-26", "detention_ordered") in rulings(report)
    assert "2017-07-26" in held(report)
    assert next_hearings(report) == ["2017-08-24"]


def test_a_line_that_is_only_le_and_a_date_with_its_time_is_the_dateline() -> None:
    from docket.dateline import find_dateline

    found = find_dateline("Le lundi 25 février 2019 à 08:53\nTrafic : des prévenus détenus ?\n\nTexte.", "fr")
    assert found is not None and found.date.isoformat() == "2019-02-25"


def test_a_decided_report_and_a_rendez_vous_date_are_an_adjournment_and_the_next_hearing() -> None:
    report = """
        Procès Sanogo : nouveau report

        Rendez-vous le 11 mars 2021. C'est la date retenue pour la reprise du procès d'Amadou Sanogo. La
        cour d'assises de Bamako a en effet décidé d'un report le jeudi 25 février 2021.
        """
    assert ("2021-02-25", "adjourned") in rulings(report)
    assert next_hearings(report) == ["2021-03-11"]


def test_putting_a_case_off_and_directing_the_prosecution_are_rulings() -> None:
    report = """
        DAR ES SALAAM, 4 March 2020 - Tito Magoti and Theodory Giyan were back at the Kisutu Resident
        Magistrate's Court today. The magistrate told the prosecution to bring the investigation to an end
        and put the case off to 18th March 2020.
        """
    found = rulings(report)
    assert ("2020-03-04", "adjourned") in found and ("2020-03-04", "other") in found
    assert roles(report) == {"Tito Magoti": "defendant", "Theodory Giyan": "defendant"}
    assert next_hearings(report) == ["2020-03-18"]


def test_a_place_in_capitals_without_a_comma_opens_a_dateline() -> None:
    from docket.dateline import find_dateline

    found = find_dateline(
        "SHAHIDI NEWS   Home | News\nNAIROBI Kenya February 14, 2024\n\nFugitive sent to prison", "en"
    )
    assert found is not None and found.date.isoformat() == "2024-02-14"


def test_a_possessive_is_not_part_of_a_name_and_will_spend_years_in_prison_is_a_sentence() -> None:
    report = """
        WASHINGTON, Sept. 4, 2008 - Disgraced lobbyist Jack Abramoff will spend four more years in prison, a
        judge decided on Thursday. Abramoff's lawyer Abbe Lowell had asked for less.
        """
    assert ("2008-09-04", "convicted") in rulings(report)
    assert roles(report).get("Jack Abramoff") == "defendant"


def test_remis_sine_die_is_an_adjournment_and_qui_vont_de_lists_the_charges() -> None:
    report = """
        Publié le 06/11/2017

        Ce lundi, le tribunal correctionnel de Charleroi s'est vu obligé de remettre sine die l'audience. Les
        quinze prévenus contestent les préventions, qui vont de l'extorsion à l'exploitation de la
        prostitution, en passant par le trafic de drogue et la détention illégale d'armes.
        """
    assert ("2017-11-06", "adjourned") in rulings(report)
    assert charges(report) == [
        "extorsion",
        "exploitation de la prostitution",
        "trafic de drogue",
        "détention illégale d'armes",
    ]


def test_incidents_joined_to_the_merits_and_documents_ordered_disclosed_are_rulings() -> None:
    report = """
        myworldfix | Justice

        Ouverture du procès du Petit Bar à Marseille

        Feb 24, 2025 at 6:45 PM

        Le tribunal correctionnel de Marseille a choisi ce lundi de joindre tous les incidents au fond. Les
        prévenus sont poursuivis pour association de malfaiteurs.
        """
    assert ("2025-02-24", "other") in rulings(report)


def test_counts_and_hedges_before_charges_and_an_elided_noun_before_a_name() -> None:
    report = """
        POLOKWANE, 2 October 2024 - The three men are charged with, among other things, two counts of
        premeditated murder, attempted murder and defeating the ends of justice. Musoro is further accused
        of contravening the Immigration Act. The case was postponed to 15 November.
        """
    found = charges(report)
    assert "premeditated murder" in found and "defeating the ends of justice" in found
    assert "contravening the Immigration Act" in found
    found = roles(
        """
        ANTANANARIVO, 20 décembre 2023 - Le juge a repoussé la requête de la défense. L’ex-ministre Augustin
        Andriamananoro attendra le 27 décembre que le verdict soit rendu.
        """
    )
    assert found == {"Augustin Andriamananoro": "defendant"}


def test_what_is_reproached_to_them_lists_the_charges() -> None:
    found = charges(
        """
        N'DJAMENA, 23 juin 2018 - La cour criminelle a ouvert vendredi le procès de l'ancien gouverneur Adam
        Nouki Charffadine. Il leur est reproché destruction de biens, rébellion, outrage à magistrat et
        attentat à la liberté.
        """
    )
    assert found == ["destruction de biens", "rébellion", "outrage à magistrat", "attentat à la liberté"]


def test_they_are_after_a_group_that_denies_the_charge_lists_the_defendants() -> None:
    report = """
        LUSAKA, February 24, 2020 - The Lusaka Magistrates' Court turned down the bail application of
        eighteen men. All 18 deny the charge they face, rioters injuring a building. They are Clement
        Lwabila, Saidi Miti and Mark Kapalu.
        """
    assert roles(report) == {n: "defendant" for n in ("Clement Lwabila", "Saidi Miti", "Mark Kapalu")}
    assert charges(report) == ["rioters injuring a building"]


def test_a_place_after_from_is_no_person_and_a_role_named_after_an_apposition_is_the_next_persons() -> None:
    found = roles(
        """
        DERRY, 17 August 2019 - The accused, Michael Burke (49), from Eglinton Terrace, and Rory William
        Monaghan (42), from Dove Gardens, face charges of burglary. For Monaghan, defence counsel Stephen
        Mooney said the same applied to his client.
        """
    )
    assert found == {
        "Michael Burke": "defendant",
        "Rory William Monaghan": "defendant",
        "Stephen Mooney": "defense_counsel",
    }


def test_courts_named_by_their_seat_and_kind_in_any_register() -> None:
    for sentence, court in (
        ("Angelo Colon-Ortiz told Worcester Superior Court on Wednesday that he", "Worcester Superior Court"),
        ("Two officers appeared before U.S. District Judge Stephanie Gallagher and", "U.S. District"),
        (
            "Two speakers stood before City Hall Grade One Magistrate Edgar Karakire and",
            "City Hall Grade One",
        ),
        (
            "The three men were back in the Polokwane regional court on Wednesday and",
            "Polokwane regional court",
        ),
    ):
        found = courts(
            f"KAMPALA, March 2, 2017 - {sentence} were charged with fraud. The case was adjourned."
        )
        assert any(c and c.startswith(court) for c in found), (sentence, found)
    found = courts(
        "KINSHASA, 17 septembre 2024 - Le tribunal de garnison de Kinshasa-Ngaliema a renvoyé l'affaire "
        "au 18 septembre."
    )
    assert found == ["Tribunal de garnison de Kinshasa-Ngaliema"]


def test_the_offence_before_the_word_charges_and_staying_in_detention() -> None:
    report = """
        BALTIMORE, March 2, 2017 - Two Baltimore Police officers facing racketeering charges will stay in
        detention until their trial, a federal judge ruled on Thursday.
        """
    assert charges(report) == ["racketeering"]
    assert ("2017-03-02", "detention_ordered") in rulings(report)
    assert ("2023-02-28", "detention_ordered") in rulings(
        """
        KAMPALA, February 28, 2023 - The City Hall magistrate's court on Tuesday sent two division speakers to
        Luzira prison on remand. They are charged with unlawful assembly.
        """
    )


def test_a_list_of_charges_announced_by_a_colon_and_the_charge_label() -> None:
    assert charges(
        """
        CASABLANCA, 11 juin 2013 - Le box compte 135 accusés, poursuivis chacun pour des faits qui lui sont
        propres : vols qualifiés, coups et blessures avec armes, pillage. La cour d'appel a renvoyé le procès.
        """
    ) == ["vols qualifiés", "coups et blessures avec armes", "pillage"]
    assert charges(
        """
        HARARE, 4 March 2021 - Takudzwa Ngadziore appeared before a Harare magistrate. The charge:
        partaking in a gathering in breach of the lockdown regulations.
        """
    ) == ["partaking in a gathering in breach of the lockdown regulations"]


def test_appearances_for_named_people_and_standing_accused_name_the_defendants() -> None:
    found = roles(
        """
        ITSOSENG, 12 July 2021 - It was the second appearance in Itsoseng magistrate's court for Benjamin
        Jacobs, Jeremiah Mongale and Rapulana Keikantse. The case was postponed to 12 August.
        """
    )
    assert found == {n: "defendant" for n in ("Benjamin Jacobs", "Jeremiah Mongale", "Rapulana Keikantse")}


def test_a_list_on_the_bench_and_those_listed_as_defendants() -> None:
    found = roles(
        """
        DAKAR, 21 avril 2022 - Sur le banc, six noms : Ibou Touré, Pape Massaly Niang et Abdou Dieng. Tous
        répondent d'association de malfaiteurs devant la cour d'appel de Dakar.
        """
    )
    assert found == {n: "defendant" for n in ("Ibou Touré", "Pape Massaly Niang", "Abdou Dieng")}
    found = roles(
        """
        LAGOS, February 21, 2024 - In charge number FHC/L/79C/2024, Benjamin Opara, Iliyasu Garba and Joseph
        Ude are listed as the first, second and third defendants before the Federal High Court.
        """
    )
    assert found == {n: "defendant" for n in ("Benjamin Opara", "Iliyasu Garba", "Joseph Ude")}


def test_counts_named_by_their_number_are_no_charge_and_a_country_after_in_the_is_no_person() -> None:
    report = """
        NEW YORK, Sept. 29, 2016 - Njenga pleaded not guilty to the five counts they face before the court.
        The first person to be sentenced in the United States got eight months in prison.
        """
    assert charges(report) == []
    assert "United States" not in roles(report)


def test_an_infinitive_renvoi_with_its_object_and_target_is_an_adjournment() -> None:
    report = """
        CASABLANCA, 11 juin 2013 - Statuant ce mardi, la chambre criminelle n'a eu d'autre choix que de
        renvoyer l'affaire au 26 juin 2013. Les 135 accusés sont poursuivis pour vols qualifiés.
        """
    assert ("2013-06-11", "adjourned") in rulings(report)
    assert next_hearings(report) == ["2013-06-26"]


def test_charged_together_with_and_a_list_the_next_sentence_takes_up() -> None:
    found = roles(
        """
        KAMPALA, February 4, 2026 - Geraldine Ssali is charged together with Michael Mawanda and Paul
        Akamba before the Anti-Corruption Court. They are answering counts that include abuse of office and
        money laundering.
        """
    )
    assert all(found.get(n) == "defendant" for n in ("Geraldine Ssali", "Michael Mawanda", "Paul Akamba"))
    found = roles(
        """
        LILONGWE, December 15, 2025 - The Lilongwe Senior Resident Magistrate's Court let Vitumbiko Mumba and
        Jessie Kabwila out on bail. Both are charged with publishing false information.
        """
    )
    assert found == {"Vitumbiko Mumba": "defendant", "Jessie Kabwila": "defendant"}


def test_another_adjournment_a_bail_set_and_a_sentence_pronounced_against() -> None:
    assert ("2026-02-04", "adjourned") in rulings(
        """
        KAMPALA, February 5, 2026 - Another adjournment: that was all Geraldine Ssali got on Wednesday at the
        Anti-Corruption Court, where she is charged with abuse of office.
        """
    )
    assert ("2020-08-14", "bail_granted") in rulings(
        """
        EAST LONDON, August 15, 2020 - Bail was set on Friday for the three people accused of fraud before
        the King William's Town magistrate's court.
        """
    )
    found = rulings(
        """
        BAMAKO, 28 octobre 2025 - Deux ans d'emprisonnement : c'est la peine prononcée contre l'ancien
        Premier ministre Moussa Mara, lundi 27 octobre, par le tribunal de grande instance de Bamako. Lors de
        l'audience du lundi 29 septembre 2025, les juges avaient renvoyé au 27 octobre le prononcé de leur
        décision.
        """
    )
    assert ("2025-10-27", "convicted") in found and ("2025-09-29", "deliberation_reserved") in found


def test_the_facts_reproached_in_a_relative_clause_are_no_list_of_charges() -> None:
    assert charges(
        """
        COTONOU, 7 octobre 2025 - Les prévenus, poursuivis pour incitation à la rébellion, ont déjà passé
        douze mois en prison alors que la peine maximale prévue pour les faits qui leur sont reprochés est
        de deux ans.
        """
    ) == ["incitation à la rébellion"]


def test_each_item_of_a_charge_list_may_open_with_its_own_article() -> None:
    found = charges(
        """
        LOMÉ, 3 mars 2024 - Le tribunal de Lomé a renvoyé le procès de Koffi Agbeko au 10 mars. On lui
        reproche la diffusion de fausses nouvelles, une atteinte à l'honneur d'un ministre et l'incitation à
        la révolte.
        """
    )
    assert found == [
        "diffusion de fausses nouvelles",
        "atteinte à l'honneur d'un ministre",
        "incitation à la révolte",
    ]


def test_a_comma_before_an_article_goes_on_with_the_list_when_an_offence_follows() -> None:
    found = charges(
        """
        BUJUMBURA, 3 mars 2024 - Le tribunal a renvoyé le procès au 10 mars. Il est reproché aux 58 prévenus
        l'outrage envers l'autorité publique, la participation à un mouvement insurrectionnel et des lésions
        corporelles volontaires, la défense a plaidé la relaxe.
        """
    )
    assert found == [
        "outrage envers l'autorité publique",
        "participation à un mouvement insurrectionnel",
        "lésions corporelles volontaires",
    ]


def test_ainsi_que_and_as_well_as_join_offences_like_et_and_and() -> None:
    assert charges(
        """
        DAKAR, 3 mars 2024 - Le tribunal a renvoyé le procès au 10 mars. Awa Diop et Cheikh Sarr sont
        poursuivis pour concussion ainsi que d'occupation illégale du domaine d'autrui.
        """
    ) == ["concussion", "occupation illégale du domaine d'autrui"]


def test_english_offences_named_by_what_was_done_are_items_of_the_list() -> None:
    found = charges(
        """
        ACCRA, March 3, 2024 - The High Court adjourned the case of Kofi Asante to March 10. His counts
        include being a member of a prohibited organisation, attending its meetings, and accepting a
        contribution of the organisation, pending trial.
        """
    )
    assert found == [
        "being a member of a prohibited organisation",
        "attending its meetings",
        "accepting a contribution of the organisation",
    ]


def test_counts_later_in_a_list_may_leave_out_the_word_counts() -> None:
    assert charges(
        """
        LONDON, March 3, 2024 - Jane Doe was remanded in custody until March 10. She faces nine counts of
        murder, two of rape and one of assault.
        """
    ) == ["murder", "rape", "assault"]


def test_a_verdict_of_guilt_pour_names_the_offences() -> None:
    found = charges(
        """
        LIBREVILLE, 3 mars 2024 - La cour criminelle spéciale a condamné Paul Obame à dix ans. La cour a
        retenu sa culpabilité pour « détournement de deniers publics, de concussion et d'usurpation de
        fonction ».
        """
    )
    assert found == ["détournement de deniers publics", "concussion", "usurpation de fonction"]


def test_counts_linked_to_offences_name_them() -> None:
    assert charges(
        """
        LAGOS, March 3, 2024 - The Federal High Court adjourned the trial of Ade Bello to March 10. He faces
        20 counts linked to misappropriation and money laundering.
        """
    ) == ["misappropriation", "money laundering"]


def test_the_leads_day_just_past_dates_the_decisions_the_body_tells_without_one() -> None:
    report = """
        16 December 2025

        Two courtrooms, two outcomes for the opposition's leaders on Monday.

        The harsher decision came from Chief Resident Magistrate John Phiri. Peter Banda, he ruled, must be
        remanded to prison while the process runs its course. He is charged with attempted murder.
        """
    assert rulings(report) == {("2025-12-15", "detention_ordered")}
    assert held(report) == {"2025-12-15"}


def test_letting_defendants_out_on_bail_is_bail_granted() -> None:
    assert rulings(
        """
        LILONGWE, December 16, 2025 - On Monday the Senior Resident Magistrate's Court let Mary Chirwa and
        party spokesperson James Mbewe out on bail. Both are charged with publishing false information.
        """
    ) == {("2025-12-15", "bail_granted")}


def test_appearing_in_the_company_of_someone_makes_both_accused() -> None:
    found = roles(
        """
        OUAGADOUGOU, 3 mars 2024 - Le tribunal de grande instance a renvoyé au 10 mars le procès de Paul
        Kaboré, poursuivi pour corruption. Il y comparaissait en compagnie d'Amadé Zongo, commerçant.
        """
    )
    assert found == {"Paul Kaboré": "defendant", "Amadé Zongo": "defendant"}


def test_a_list_named_after_the_sentence_that_brought_the_group_to_court_takes_its_role() -> None:
    found = roles(
        """
        LAGOS, March 5, 2024 - Four middle-aged men were on Tuesday brought before a Lagos State High Court,
        Ikeja, by the Economic and Financial Crimes Commission (EFCC), over the theft of $500,000 (about
        N183million), the property of a trust company based in the city.

        They are Ade Bello, Musa Yusuf Okon, Yusuf Imran Ade and Hakim Issah. The judge adjourned the case.
        """
    )
    assert {name for name, role in found.items() if role == "defendant"} == {
        "Ade Bello",
        "Musa Yusuf Okon",
        "Yusuf Imran Ade",
        "Hakim Issah",
    }


def test_a_few_words_may_stand_between_the_accused_and_the_verb_that_says_so() -> None:
    found = roles(
        """
        QUÉBEC, 3 mars 2024 - Deux manifestants ont comparu devant la cour municipale. L'une d'elles, Lynda
        Ferland, doit en outre répondre d'accusations de méfait. Maxime Gagnon est pour sa part accusé, en
        plus, d'avoir entravé le travail d'un agent.
        """
    )
    assert found == {"Lynda Ferland": "defendant", "Maxime Gagnon": "defendant"}


def test_participial_appositions_do_not_break_a_list_of_the_sentenced() -> None:
    found = roles(
        """
        ZIGUINCHOR, 3 mars 2024 - Le tribunal a rendu son verdict. La réclusion criminelle à perpétuité frappe
        trois hommes : René Diatta, présenté comme le cerveau du dossier, Omar Sané, chargé de mission du
        mouvement, ainsi que le chef rebelle César Badji, ce dernier jugé par contumace.
        """
    )
    assert found == {"René Diatta": "defendant", "Omar Sané": "defendant", "César Badji": "defendant"}


def test_a_name_given_as_better_known_is_the_same_person() -> None:
    found = roles(
        """
        LOMÉ, 3 mars 2024 - Le tribunal de Lomé a condamné Paul Ayivi et son rédacteur en chef Kokou Kossi,
        plus connu comme Isidore Kossi, à trois ans de prison. Isidore Kossi a fait appel.
        """
    )
    assert found == {"Paul Ayivi": "defendant", "Kokou Kossi": "defendant"}


def test_a_name_after_a_ruling_given_to_someone_is_a_person_not_a_place() -> None:
    found = roles(
        """
        OUAGADOUGOU, 3 mars 2024 - Le tribunal a refusé la liberté provisoire à Paul Kaboré, poursuivi pour
        corruption.
        """
    )
    assert found == {"Paul Kaboré": "defendant"}


def test_a_month_marker_sharing_its_line_with_a_kicker_still_gives_the_year() -> None:
    report = """
         date 2019-01 Le Mans, France

        Trois manifestants jugés au Mans

        Trois hommes ont comparu ce lundi 21 janvier en comparution immédiate devant le tribunal correctionnel
        du Mans. Tous trois sont condamnés à de la prison ferme pour violences.
        """
    assert held(report) == {"2019-01-21"}
    assert rulings(report) == {("2019-01-21", "convicted")}


def test_a_day_announced_in_the_marker_month_stays_ahead() -> None:
    report = """
        date 2016-12

        Le juge a repoussé la requête de la défense. L'ex-ministre Paul Rakoto attendra le 27 décembre, en
        prison, que le verdict soit rendu. C'est le mardi 27 décembre que le tribunal de première instance
        doit se prononcer sur son sort.
        """
    assert next_hearings(report) == ["2016-12-27"]
    assert not held(report)


def test_a_verdict_given_on_a_day_is_a_past_verdict_not_a_deliberation() -> None:
    report = """
        Cinq ans ferme pour le général

        Verdict rendu le samedi 19 mai 2018 par la cour criminelle de Brazzaville : le général Paul Mabiala
        est condamné à cinq années d'emprisonnement ferme pour atteinte à la sûreté de l'État.
        """
    assert rulings(report) == {("2018-05-19", "convicted")}


def test_a_request_rejected_in_the_passive_is_the_courts_answer() -> None:
    found = rulings(
        """
        CONAKRY, 17 janvier 2018 - Le tribunal criminel de Dixinn a siégé ce mardi. Dans l'intervalle, les
        accusés restent en prison : une nouvelle demande de mise en liberté provisoire a été rejetée. Paul
        Diallo est poursuivi pour association de malfaiteurs.
        """
    )
    assert found == {("2018-01-16", "bail_denied")}


def test_suspending_the_trial_until_another_court_decides_is_a_ruling() -> None:
    found = rulings(
        """
        CONAKRY, 17 janvier 2018 - Ce mardi, les juges du tribunal criminel ont choisi de suspendre les débats
        tant que la Cour suprême n'aura pas statué sur la requête. Paul Diallo est poursuivi pour
        association de malfaiteurs.
        """
    )
    assert found == {("2018-01-16", "other")}


def test_all_requests_rejected_after_a_plea_for_release_is_bail_denied() -> None:
    found = rulings(
        """
        BOBO-DIOULASSO, 13 juin 2023 - Paul Sanou, poursuivi pour abus de fonction, a comparu hier devant la
        chambre correctionnelle du tribunal de grande instance. La défense a sollicité sa liberté provisoire ;
        toutes ses requêtes ont été rejetées.
        """
    )
    assert found == {("2023-06-12", "bail_denied")}


def test_the_day_the_examination_of_the_case_resumes_is_an_adjournment() -> None:
    report = """
        BOBO-DIOULASSO, 13 juin 2023 - Paul Sanou, poursuivi pour abus de fonction, a comparu hier devant la
        chambre correctionnelle du tribunal de grande instance. Les juges ont suivi le parquet : l'examen du
        dossier reprendra le 7 juillet 2023.
        """
    assert rulings(report) == {("2023-06-12", "adjourned")}
    assert next_hearings(report) == ["2023-07-07"]


def test_a_list_among_a_group_does_not_take_the_role_of_one_magistrate_named_before() -> None:
    found = roles(
        """
        KAMPALA, May 4, 2023 - Eighteen supporters are on remand at Kitalya prison after a Luwero magistrate
        ordered them held until May 27.

        The group, among them John Kato, Peter Ssali and Paul Mukasa, all from Luwero town council, denied a
        charge of causing interference on public roads when they faced Grade One Magistrate Ruth Nabirye.
        """
    )
    assert found == {
        "John Kato": "defendant",
        "Peter Ssali": "defendant",
        "Paul Mukasa": "defendant",
        "Ruth Nabirye": "judge",
    }


def test_a_judge_who_acts_on_someone_does_not_lend_them_the_bench() -> None:
    found = roles(
        """
        HARARE, June 18, 2022 - Thomas Moyo is charged with fraud. The magistrate, Ruth Dube, told Peter
        Ncube, a journalist in the gallery, to leave the courtroom.
        """
    )
    assert found == {"Thomas Moyo": "defendant", "Ruth Dube": "judge"}


def test_someone_let_out_on_bail_is_the_accused() -> None:
    assert roles(
        """
        HARARE, June 18, 2022 - Last month the magistrate, Ruth Dube, let Peter Ncube out on ZWL20 000 bail.
        """
    ) == {"Peter Ncube": "defendant", "Ruth Dube": "judge"}


def test_a_court_followed_by_a_to_a_person_is_not_seated_there() -> None:
    assert courts(
        """
        ABIDJAN, 14 juillet 2017 - Quatre années d'emprisonnement : c'est la peine infligée par la Cour
        d'assises à Paul Kouassi, reconnu coupable de troubles à l'ordre public.
        """
    ) == ["Cour d'assises"]


def test_a_regional_court_is_named_with_its_seat() -> None:
    assert courts(
        """
        NIAMEY, 2 septembre 2006 - Le Tribunal régional de Niamey a condamné Mamane Idé à 18 mois de prison
        ferme pour diffamation.
        """
    ) == ["Tribunal régional de Niamey"]


def test_offences_retained_against_him_and_others_are_charges() -> None:
    assert charges(
        """
        GITEGA, 3 mars 2024 - La cour d'appel a condamné Paul Nduwimana à trois ans. Les juges d'appel ont
        retenu contre lui et dix autres accusés la « participation à une association formée dans le but
        d'attenter aux personnes et propriétés ».
        """
    ) == ["participation à une association formée dans le but d'attenter aux personnes et propriétés"]


def test_repondaient_de_in_the_imperfect_names_the_charges() -> None:
    assert charges(
        """
        MOUSSORO, 3 mars 2024 - Le tribunal a condamné Paul Mahamat à cinq ans. Selon le procureur, ils
        répondaient d'« attroupement en vue de troubler l'ordre public, atteinte aux biens et agression
        physique ».
        """
    ) == ["attroupement en vue de troubler l'ordre public", "atteinte aux biens", "agression physique"]


def test_a_sentence_du_chef_de_names_the_offences() -> None:
    assert charges(
        """
        KINSHASA, 9 août 2024 - Le tribunal a rendu son verdict. Pour dix autres prévenus, la sanction est de
        dix années de servitude pénale du chef d'association de malfaiteurs et de vol qualifié.
        """
    ) == ["association de malfaiteurs", "vol qualifié"]


def test_a_penalty_inflicted_pour_names_the_offences() -> None:
    assert charges(
        """
        CONAKRY, 3 mars 2024 - Le tribunal a renvoyé le procès de Paul Diallo. En 2013, la cour d'assises lui
        avait infligé la réclusion criminelle à perpétuité, notamment pour ''association de malfaiteurs et
        attentat contre l'autorité de l'Etat''.
        """
    ) == ["association de malfaiteurs", "attentat contre l'autorité de l'Etat"]


def test_the_number_of_counts_before_an_offence_and_its_noun_is_not_its_name() -> None:
    assert charges(
        """
        ABUJA, March 3, 2024 - The Federal High Court remanded the four suspects after they denied the
        11-count terrorism charge brought against them.
        """
    ) == ["terrorism"]


def test_charged_with_first_and_the_accused_after_ends_the_charge_at_the_verb() -> None:
    assert charges(
        """
        LUSAKA, March 3, 2024 - The court adjourned the case to March 10. Charged with theft by servant are
        the ex-employees: Rodney Mwale, 47, a house-boy; Esther Banda, 29, a maid.
        """
    ) == ["theft by servant"]


def test_a_prosecution_led_by_a_ranked_officer_names_the_prosecutor() -> None:
    found = roles(
        """
        ACCRA, January 28, 2023 - The Circuit Court granted bail to Kojo Mensah, charged with rioting. The
        prosecution, led by Assistant Superintendent of Police (ASP) Kwame Oppong, opposed the application.
        """
    )
    assert found["Kwame Oppong"] == "prosecutor"


def test_a_former_office_before_a_name_is_not_the_persons_part_in_the_trial() -> None:
    found = roles(
        """
        KINSHASA, 9 août 2024 - Ils étaient une cinquantaine dans le box, y compris un ancien bâtonnier de
        Bandundu : Laurent Kabila Mbuyi, déclaré coupable de destruction méchante, prend deux ans.
        """
    )
    assert found == {"Laurent Kabila Mbuyi": "defendant"}


def test_who_presides_the_court_is_the_judge() -> None:
    found = roles(
        """
        GITEGA, 3 mars 2024 - La cour a condamné Hassan Nduwimana à trois ans, a lu Fulgence Nkurunziza, qui
        préside la Cour d'appel de Gitega.
        """
    )
    assert found == {"Hassan Nduwimana": "defendant", "Fulgence Nkurunziza": "judge"}


def test_a_role_noun_qualified_by_a_few_words_in_an_apposition_still_gives_the_role() -> None:
    found = roles(
        """
        HARARE, June 18, 2022 - Peter Ncube is charged with fraud. Douglas Moyo, a human rights lawyer, acts
        for him.
        """
    )
    assert found == {"Peter Ncube": "defendant", "Douglas Moyo": "defense_counsel"}


def test_solicitors_are_counsel_and_for_the_crown_names_the_prosecutor() -> None:
    found = roles(
        """
        GLOUCESTER, March 3, 1994 - Frederick Weston was remanded in custody until 4 July. For the Crown,
        William Cole applied for an adjournment. Howard Ogden, solicitor for Mr Weston, told the bench the
        papers had reached him. For the co-accused, solicitor Darrach Kelly said his client was content.
        """
    )
    assert found == {
        "Frederick Weston": "defendant",
        "William Cole": "prosecutor",
        "Howard Ogden": "defense_counsel",
        "Darrach Kelly": "defense_counsel",
    }


def test_the_only_one_present_in_the_dock_is_accused() -> None:
    assert roles(
        """
        ALGER, 2 avril 2012 - La juridiction criminelle a condamné à mort trois militants. Brahim Gharbi était
        le seul des trois présent dans le box.
        """
    ) == {"Brahim Gharbi": "defendant"}


def test_a_list_goes_on_past_an_alias_given_with_ou_and_past_an_abbreviation() -> None:
    found = roles(
        """
        ANTANANARIVO, 3 mars 2024 - La cour criminelle a renvoyé l'affaire. Quatre personnes sont
        poursuivies : Elia Manana, Honorine Rasoa ou Valeria, Njara Ramiandra et Onisoa Rakoto.

        MOUSSORO, 3 mars 2024 - Le tribunal a condamné six responsables à deux ans. Il s'agit de Gounoung
        Vaima, secrétaire général de l'Union des syndicats du Tchad (UST) ; Koudé Mbaye, membre du barreau ;
        Youssouf Korom, ex-ambassadeur.
        """
    )
    assert {name for name, role in found.items() if role == "defendant"} == {
        "Elia Manana",
        "Honorine Rasoa",
        "Njara Ramiandra",
        "Onisoa Rakoto",
        "Gounoung Vaima",
        "Koudé Mbaye",
        "Youssouf Korom",
    }


def test_a_headlines_postponed_does_not_push_the_next_lines_weekday_ahead() -> None:
    report = """
        2020-08-15

        Fraud case: three officials get bail, matter postponed

        Bail was set on Friday for the three people accused in a fraud case: R200 000 for businessman Peter
        Naidoo. The matter was postponed.
        """
    assert ("2020-08-14", "bail_granted") in rulings(report)


def test_each_one_gets_a_sentence_is_a_conviction() -> None:
    assert rulings(
        """
        22 OCTOBRE 2025

        La sanction est tombée mardi 21 octobre : trente-deux personnes déférées devant le tribunal des
        flagrants délits d'Abidjan écopent chacune de trois ans d'emprisonnement ferme pour troubles à l'ordre
        public.
        """
    ) == {("2025-10-21", "convicted")}


def test_not_qualifying_for_bail_is_bail_denied_and_freed_on_bail_is_granted() -> None:
    found = rulings(
        """
        5 March 2021

        Ruling on Thursday 4 March 2021, Magistrate Ruth Dube said Peter Ncube, who is charged with
        convening a gathering, did not qualify for bail.

        His co-accused Tapiwa Moyo was freed on RTGS$5 000 bail by the same magistrate.
        """
    )
    assert found == {("2021-03-04", "bail_denied"), ("2021-03-04", "bail_granted")}


def test_bail_extended_at_an_adjournment_is_bail_granted() -> None:
    found = rulings(
        """
        February 5, 2026

        On Wednesday Grade One Magistrate Paul Mujuni put the matter off to April 15, 2026 and extended bail
        for every accused person. Grace Ssali is charged with abuse of office.
        """
    )
    assert found == {("2026-02-04", "adjourned"), ("2026-02-04", "bail_granted")}


def test_a_cut_off_line_of_the_story_at_the_end_is_no_dateline() -> None:
    report = """
        Braquage : la cour d'appel acquitte les quatre derniers prévenus

        La cour d'appel de Bruxelles a tranché ce mercredi : les quatre hommes poursuivis pour vol avec
        violence sont acquittés.

        Rappel des faits

        Le 18 février 2013, 19h53. La nuit est tomb
        """
    assert [a.published for a in parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles] == [None]


def test_a_date_marker_that_opens_a_kicker_line_dates_the_page_not_the_ruling() -> None:
    report = """
        date 2023-01-30 James Town riots: 19 granted bail

        The Circuit Court on Friday granted bail to 19 persons charged with rioting and adjourned the case
        to February 13.
        """
    assert rulings(report) == {("2023-01-27", "bail_granted"), ("2023-01-27", "adjourned")}


def test_a_ruling_pushed_to_another_day_is_a_deliberation_not_an_adjournment() -> None:
    found = rulings(
        """
        July 21, 2023

        Ken Mwangi's bond ruling pushed to Monday. A Mombasa magistrate on Friday failed to deliver her
        ruling on the bond application of the MP, who is charged with incitement.
        """
    )
    assert found == {("2023-07-21", "deliberation_reserved")}


def test_being_kept_in_prison_until_a_hearing_is_detention() -> None:
    assert ("2017-07-04", "detention_ordered") in rulings(
        """
        LAGOS, July 5, 2017 - Four men charged with stealing were on Tuesday brought before the Lagos High
        Court. Justice Ade Oyefeso ordered that the four be kept in Ikoyi prison until their bail application
        is heard.
        """
    )


def test_se_voir_infliger_une_peine_is_a_conviction() -> None:
    assert rulings(
        """
        NIAMEY, 2 septembre 2006 - Deux journalistes, Mamane Idé et Oumarou Kané, se sont vu infliger le 1er
        septembre 2006 par le tribunal régional de Niamey une peine de 18 mois de prison pour diffamation.
        """
    ) == {("2006-09-01", "convicted")}


def test_a_military_bench_and_its_government_commissioner_and_who_counsel_defends() -> None:
    found = roles(
        """
        YAOUNDÉ, 3 décembre 2024 - L'audience s'est ouverte devant le Tribunal militaire de Yaoundé, sous la
        présidence du colonel Jacques Ndzana. Le commissaire du gouvernement, le lieutenant-colonel Cerlin
        Bella, a demandé un renvoi. Me Jacques Mbuny, qui défend Justin Dawa, s'y attendait.
        """
    )
    assert found == {
        "Jacques Ndzana": "judge",
        "Cerlin Bella": "prosecutor",
        "Jacques Mbuny": "defense_counsel",
        "Justin Dawa": "defendant",
    }


def test_the_only_person_convicted_is_named_after_the_verb() -> None:
    assert roles(
        """
        NOUAKCHOTT, 17 avril 2017 - Le tribunal correctionnel a relaxé treize militants. La seule personne
        condamnée est Ouma Sy, jeune dirigeante d'une association.
        """
    ) == {"Ouma Sy": "defendant"}


def test_the_president_of_an_association_is_no_judge_and_lower_case_maitre_is_counsel() -> None:
    assert roles(
        """
        NOUAKCHOTT, 17 avril 2017 - Le tribunal correctionnel a relaxé Ouma Sy. Elle était défendue par un
        collectif mené par maître Fatimata Ba, présidente de l'Association des droits de l'Homme.
        """
    ) == {"Ouma Sy": "defendant", "Fatimata Ba": "defense_counsel"}


def test_among_them_figure_introduces_one_of_the_group() -> None:
    found = roles(
        """
        NIAMEY, 13 juillet 2016 - Le tribunal a condamné sept militants à six mois avec sursis. Parmi eux
        figure l'ancien ministre de la Santé Soumana Idé ; tous étaient en prison depuis huit mois.
        """
    )
    assert found == {"Soumana Idé": "defendant"}


def test_the_complement_of_a_noun_is_not_the_subject_of_the_participle_after_it() -> None:
    found = roles(
        """
        NIAMEY, 13 juillet 2016 - Pour ces sept membres du parti d'opposition de Hama Idrissa, arrêtés et
        écroués le 14 novembre, la décision du tribunal sonne comme une éclaircie.
        """
    )
    assert "Hama Idrissa" not in found


def test_counsel_explaining_that_the_client_wants_to_appear_is_not_the_accused() -> None:
    found = roles(
        """
        SIERRE, 3 mai 2021 - Le tribunal de district de Sierre a décerné un mandat d'amener contre Paul Rey,
        poursuivi pour actes d'ordre sexuel. Me Olivier Zen explique que son client, hospitalisé, veut
        comparaître mais n'en est pas capable.
        """
    )
    assert found == {"Paul Rey": "defendant", "Olivier Zen": "defense_counsel"}


def test_a_list_of_the_charged_with_ages_first_and_aliases_of_three_words() -> None:
    found = roles(
        """
        KAMPALA, May 4, 2023 - Four men were remanded by the Buganda Road court. Those charged are Moses Kato
        (19), a food vendor; Abdul Bali, alias Kyali Muzee Bako (54), a hawker; Adam Guloba, alias Rasta (24),
        a hawker; and Faisal Musa (19), a shoe vendor.
        """
    )
    assert {name for name, role in found.items() if role == "defendant"} == {
        "Moses Kato",
        "Abdul Bali",
        "Adam Guloba",
        "Faisal Musa",
    }


def test_the_source_of_a_list_of_the_accused_is_not_one_of_them() -> None:
    found = roles(
        """
        JOHANNESBURG, June 10, 2021 - According to Phindi Moyo, regional spokesperson for the National
        Prosecuting Authority (NPA), Tebogo Mabula, Njabulo Zwane and Klaas Mase are charged with murder.
        """
    )
    assert found == {"Tebogo Mabula": "defendant", "Njabulo Zwane": "defendant", "Klaas Mase": "defendant"}


def test_a_headlines_date_after_renvoi_au_is_the_next_hearing_not_the_dateline() -> None:
    report = """
        date 2017-11

        AFFAIRE AUDITEUR MILITAIRE CONTRE 36 PRÉVENUS : RENVOI AU 08 DÉCEMBRE 2017

        Le Tribunal de garnison de Gombe a procédé le vendredi 24 novembre 2017 à l'identification des 36
        prévenus, poursuivis pour rébellion, et a renvoyé l'affaire au 8 décembre 2017.
        """
    articles = parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles
    assert {a.published for a in articles} == {None}
    assert next_hearings(report) == ["2017-12-08"]


def test_a_lawyer_whose_hearing_is_reported_is_the_accused() -> None:
    found = roles(
        """
        TUNIS, 30 septembre 2025 - La chambre criminelle du tribunal de Tunis a reporté l'audience de Sonia
        Dahri, avocate et chroniqueuse, poursuivie pour diffusion de fausses nouvelles.
        """
    )
    assert found == {"Sonia Dahri": "defendant"}


def test_a_list_whose_items_carry_long_bracketed_functions() -> None:
    found = roles(
        """
        HARARE, March 10, 2021 - The trio — Addmore Nhema (director of Housing and Community Service),
        Emmanuel Muta (Valuations and Estates manager) and Daniel Usinga (Estates Officer, Valuations and
        Estates Division) — stand accused of criminal abuse of duty.
        """
    )
    assert found == {"Addmore Nhema": "defendant", "Emmanuel Muta": "defendant", "Daniel Usinga": "defendant"}


def test_the_defence_led_by_names_defence_counsel() -> None:
    found = roles(
        """
        ABUJA, February 8, 2024 - The prosecutor, Simon Lough (SAN), had his first witness ready when the
        defence, led by Lukman Fagbe (SAN), raised an oral bail request for Peter Obi, who is charged with
        arson.
        """
    )
    assert found["Lukman Fagbe"] == "defense_counsel"


def test_declared_guilty_of_a_list_of_offences() -> None:
    assert charges(
        """
        LONGUEUIL, 21 juillet 2018 - Marie Dancause a été déclarée coupable de fraude, complot, gangstérisme
        et recyclage de produits de la criminalité.
        """
    ) == ["fraude", "complot", "gangstérisme", "recyclage de produits de la criminalité"]


def test_an_offence_with_a_long_statutory_name_is_kept_whole() -> None:
    assert charges(
        """
        RABAT, 3 mars 2024 - La chambre criminelle a condamné huit évadés, qui répondaient de constitution
        d'une bande criminelle en vue de planifier et commettre des actes de terrorisme visant à porter
        gravement atteinte à l'ordre public.
        """
    ) == [
        "constitution d'une bande criminelle en vue de planifier et commettre des actes de terrorisme "
        "visant à porter gravement atteinte à l'ordre public"
    ]


def test_et_pour_joins_two_offences() -> None:
    assert charges(
        """
        BRAZZAVILLE, 3 mars 2019 - Poursuivi pour atteinte à la sécurité intérieure de l'Etat et pour
        détention illégale d'armes, André Okombi devra revenir devant ses juges le 27 mars.
        """
    ) == ["atteinte à la sécurité intérieure de l'Etat", "détention illégale d'armes"]


def test_a_month_day_after_on_ends_an_english_charge() -> None:
    assert charges(
        """
        DUBLIN, May 20, 2024 - Paul Byrne is charged with possession of cannabis herb for sale or supply on
        May 14. He was remanded in custody.
        """
    ) == ["possession of cannabis herb for sale or supply"]


def test_a_news_sites_edition_label_carries_the_dateline() -> None:
    report = """
        GhanaWeb | Home | News | Business | Sports
        Regional News of Monday, 16 August 2021
        Source: www.example.com

        Case of alleged murderer adjourned to September 13

        Hearing in the Republic versus Prince Mensah, charged with murder, will resume on September 13, 2021
        after the Madina District Court adjourned it.
        """
    assert parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles[0].published == dt.date(
        2021, 8, 16
    )


def test_the_defence_dash_and_a_list_of_counsel() -> None:
    found = roles(
        """
        LILONGWE, December 16, 2025 - Peter Banda is charged with attempted murder. The defence - George
        Kadzi, Khwima Mchizi and Silvester Ayuba James - fought the application.
        """
    )
    assert found == {
        "Peter Banda": "defendant",
        "George Kadzi": "defense_counsel",
        "Khwima Mchizi": "defense_counsel",
        "Silvester Ayuba James": "defense_counsel",
    }


def test_addresses_between_the_aged_names_of_a_list_are_not_people() -> None:
    found = roles(
        """
        DUBLIN, May 23, 2024 - Nine people appeared at Dún Laoghaire District Court. Those before the court
        were: Colin McGann (47), of Viking Harbour, Ushers Island, Dublin 8, David Noone (49), New Oak Estate,
        Carlow; Lisa Burke (33), of Ballyogan Vale, Carrickmines, Dublin 18; Scott Cullen (39), Ballyogan
        Vale, Carrickmines, Dublin 18.
        """
    )
    assert found == {
        "Colin McGann": "defendant",
        "David Noone": "defendant",
        "Lisa Burke": "defendant",
        "Scott Cullen": "defendant",
    }


def test_the_magistrate_named_after_a_list_of_aged_names_stays_the_magistrate() -> None:
    found = roles(
        """
        HARARE, May 27, 2020 - Joanah Moyo (27), Cecilia Chimbi (31) and Netsai Maro (25) came before Harare
        Magistrate Barbra Matenga from the hospital where they are being treated.
        """
    )
    assert found["Barbra Matenga"] == "judge"


def test_a_penalty_inflicted_on_a_group_then_its_list() -> None:
    assert roles(
        """
        ALGER, 24 février 2020 - Le tribunal de Sidi M'hamed a infligé à trois manifestants, Saïd Madi, Kamel
        Ouali et Ahmed Saidi, une peine de 6 mois de prison.
        """
    ) == {"Saïd Madi": "defendant", "Kamel Ouali": "defendant", "Ahmed Saidi": "defendant"}


def test_expected_at_the_bar_and_kept_in_custody_mark_the_accused() -> None:
    assert roles(
        """
        CONAKRY, 3 mars 2022 - Nouveau renvoi : rendez-vous le 23 mars, date à laquelle Gaoussou Camara est
        attendu à la barre.
        """
    ) == {"Gaoussou Camara": "defendant"}
    assert roles(
        """
        ABUJA, December 5, 2020 - A Federal High Court in Abuja has directed that Abdul Maina be kept at the
        Kuje Correctional Centre for as long as his trial lasts.
        """
    ) == {"Abdul Maina": "defendant"}


def test_an_ordinal_before_the_role_noun_of_an_apposition() -> None:
    found = roles(
        """
        N'DJAMENA, 12 décembre 2018 - La cour a condamné Paul Sabour à dix ans. Taouga Bruno, 1er substitut du
        procureur général, a pris les réquisitions.
        """
    )
    assert found == {"Paul Sabour": "defendant", "Taouga Bruno": "prosecutor"}


def test_who_acts_for_names_counsel_and_a_verb_phrase_is_no_apposition() -> None:
    found = roles(
        """
        LUSAKA, April 3, 2024 - Bowman Lusa is on trial for attempting to interfere with witnesses. Melissa
        Phiri, who acts for Lusa, informed the magistrate that she was sick. Le prévenu, défendu par Me Trésor
        Banza, reste détenu à la prison centrale.
        """
    )
    assert found == {
        "Bowman Lusa": "defendant",
        "Melissa Phiri": "defense_counsel",
        "Trésor Banza": "defense_counsel",
    }


def test_a_list_after_among_them_are_may_open_with_a_title_and_a_job_is_not_a_name() -> None:
    found = roles(
        """
        ACCRA, January 11, 2020 - ACP Mensah and nine others are accused of treason. The civilians among them
        are Dr Frederick Yao Palm, Chief Executive Officer of the Citadel Hospital; Kafui Dorn, alias Ezor, a
        Blacksmith; Bright Alan Fosu, Freight Manager; and Geshun Akpa, who works for the Armed Forces.
        """
    )
    assert {name for name, role in found.items() if role == "defendant"} >= {
        "Frederick Yao Palm",
        "Kafui Dorn",
        "Bright Alan Fosu",
        "Geshun Akpa",
    }
    assert "Freight Manager" not in found


def test_who_will_serve_years_is_the_accused() -> None:
    found = roles(
        """
        MINNEAPOLIS, July 28, 2022 - J. Alexander Kuen will serve three years, U.S. District Judge Paul
        Magnus ruled.
        """
    )
    assert found == {"J. Alexander Kuen": "defendant", "Paul Magnus": "judge"}


def test_the_leads_day_may_come_after_a_kicker_a_headline_and_a_dateline() -> None:
    report = """
        Irish Times | News | Crime & Law

        Galway teenager to stay in detention

        Mon, September 2nd, 2024

        A teenager charged over an alleged attack will stay in detention for now.

        The 16-year-old was linked by video to Galway Children's Court on Monday morning.

        Judge Mary Fahy ordered that the accused be held in detention until his next appearance.
        """
    assert ("2024-09-02", "detention_ordered") in rulings(report)


def test_proceedings_resumed_on_a_day_is_a_hearing_that_day() -> None:
    assert held(
        """
        ABUJA, December 5, 2020 - Proceedings resumed on Friday with a change of lawyers for Abdul Maina, who
        is charged with money laundering.
        """
    ) == {"2020-12-04"}


def test_a_penalty_inflicted_by_the_court_is_a_conviction() -> None:
    assert rulings(
        """
        ALGER, 24 février 2020 - Un verdict rendu aujourd'hui : le tribunal de Sidi M'hamed a infligé à trois
        manifestants, Saïd Madi, Kamel Ouali et Ahmed Saidi, une peine de 6 mois de prison.
        """
    ) == {("2020-02-24", "convicted")}


def test_who_takes_months_is_the_accused() -> None:
    found = roles(
        """
        OUAGADOUGOU, 23 décembre 2021 - Le tribunal a rendu son jugement. Mamadou Drabé et Abdoul Karim Bagui
        dit Lota prennent, eux, 12 mois chacun, avec sursis.
        """
    )
    assert found == {"Mamadou Drabé": "defendant", "Abdoul Karim Bagui": "defendant"}


def test_a_court_martial_and_accused_of_after_a_comma() -> None:
    report = """
        KAMPALA, December 3, 2024 - Kizza Besi and Obeid Luta were first brought before the General Court
        Martial on November 20, 2024, accused of unlawful possession of two pistols and live ammunition.
        """
    assert courts(report) == ["General Court Martial"]
    assert charges(report) == ["unlawful possession of two pistols and live ammunition"]


def test_an_offence_set_aside_in_favour_of_another_names_the_other() -> None:
    assert charges(
        """
        LAUSANNE, 3 mars 2023 - La cour criminelle a condamné Paul Rey à quatre ans. Le meurtre a donc été
        écarté au profit de l'homicide par négligence.
        """
    ) == ["homicide par négligence"]


def test_the_presiding_magistrate_of_a_city_and_the_appeal_of_a_general() -> None:
    found = roles(
        """
        HARARE, May 23, 2020 - Peter Moyo is charged with smuggling gold. Ruling on the application, Mr Ngoni
        Ndu, the presiding Harare magistrate, refused bail.

        LOMÉ, 10 novembre 2025 - Le dossier en appel du général Félix Abalo Kada ne sera pas examiné avant le
        16 février 2026.
        """
    )
    assert found == {"Peter Moyo": "defendant", "Ngoni Ndu": "judge", "Félix Abalo Kada": "defendant"}


def test_a_role_noun_object_of_told_does_not_pass_to_the_name_after_that() -> None:
    found = roles(
        """
        CAPE TOWN, September 19, 2018 - Mzimhle Jika, who is charged with murder, will remain in custody. His
        Legal Aid attorney, Kyle Jason, told the magistrate that Jika did not wish to apply for bail.
        """
    )
    assert found == {"Mzimhle Jika": "defendant", "Kyle Jason": "defense_counsel"}


def test_a_pages_header_of_menus_and_dates_opens_the_article_below_it() -> None:
    report = """
        Vous-êtes ici: Accueil › Actualités › 2021 07 15 › Article 608335

        Actualités of Thursday, 15 July 2021

        Source: www.example.com

        Stand Up : nouveau renvoi au 11 août devant le tribunal militaire de Douala

        Mercredi 14 juillet 2021, les membres du mouvement, poursuivis pour insurrection, se présentaient pour
        la quatrième fois devant le tribunal militaire de Douala, qui a renvoyé l'affaire au 11 août.
        """
    articles = parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles
    assert [a.published for a in articles] == [dt.date(2021, 7, 15)]
    assert rulings(report) == {("2021-07-14", "adjourned")}


def test_a_decision_the_court_did_not_take_is_no_ruling() -> None:
    assert rulings(
        """
        ABIDJAN, 14 janvier 2015 - Le tribunal a condamné hier Paul Kouassi à deux ans pour empoisonnement.
        Hic : aucun mandat de dépôt n'ayant été décerné, les condamnés sont repartis libres.
        """
    ) == {("2015-01-13", "convicted")}


def test_a_list_of_ranked_officers_between_semicolons() -> None:
    found = roles(
        """
        NIAMEY, 25 février 2023 - Le tribunal militaire a condamné six militaires à dix ans. Il s'agit du
        colonel-major Djibo Hama, retenu pour complicité d'attentat ; du capitaine Sani Gourou et du
        lieutenant Abdou Idrissa, pour complot ; enfin de l'adjudant Mahamadou Hali dit « Étudiant », pour
        complot.
        """
    )
    assert found == {
        "Djibo Hama": "defendant",
        "Sani Gourou": "defendant",
        "Abdou Idrissa": "defendant",
        "Mahamadou Hali": "defendant",
    }


def test_the_payees_of_damages_listed_with_a_are_civil_parties() -> None:
    found = roles(
        """
        KINSHASA, 9 août 2024 - Le tribunal a condamné Paul Ngandu à mort. Côté réparations, les prévenus sont
        tenus de payer : aux parties civiles Kabuya Muku et Kapia Musa, 20 000 dollars ; à Alphonse Mwara, à
        Flavien Bilo et à la famille Kaba, 30 000 dollars chacun.
        """
    )
    assert found == {
        "Paul Ngandu": "defendant",
        "Kabuya Muku": "civil_party",
        "Kapia Musa": "civil_party",
        "Alphonse Mwara": "civil_party",
        "Flavien Bilo": "civil_party",
    }


def test_a_sentence_taken_with_a_day_between_the_verb_and_the_penalty() -> None:
    assert rulings(
        """
        ALGER, 12 novembre 2019 - Six manifestants ont écopé mardi de six mois d'emprisonnement ferme devant
        le tribunal de Sidi Amar, poursuivis pour atteinte à l'unité nationale.
        """
    ) == {("2019-11-12", "convicted")}


def test_a_court_that_strikes_defendants_with_a_prison_term_convicts_them() -> None:
    assert rulings(
        """
        ALGER, 12 novembre 2019 - Lundi soir, le tribunal de Sidi Amar a frappé vingt-et-un (21) jeunes d'un
        an de prison, poursuivis pour distribution de tracts.
        """
    ) == {("2019-11-11", "convicted")}


def test_defendants_who_see_a_penalty_inflicted_are_convicted() -> None:
    assert rulings(
        """
        ABIDJAN, 14 janvier 2015 - Mardi 13 janvier 2015, le tribunal correctionnel d'Abidjan a tranché. Trois
        prévenus se voient infliger chacun 20 ans de prison ferme pour abus de confiance.
        """
    ) == {("2015-01-13", "convicted")}


def test_a_release_under_conditions_obtained_is_bail_granted() -> None:
    for sentence in (
        "Paul Tremblay a obtenu mercredi sa libération sous conditions",
        "Paul Tremblay a été remis en liberté sous conditions mercredi",
    ):
        found = rulings(
            f"""
            MONTRÉAL, 9 mars 2022 - Accusé d'enlèvement, {sentence} au palais de justice de Montréal, par
            décision du juge de la Cour du Québec.
            """
        )
        assert found == {("2022-03-09", "bail_granted")}, sentence


def test_a_renvoi_named_with_a_demonstrative_is_the_one_already_told() -> None:
    found = rulings(
        """
        DAKAR, 10 novembre 2012 - Poursuivis pour vandalisme, les 53 prévenus ont comparu hier devant le
        tribunal de Dakar. L'affaire a été renvoyée au 15 novembre.

        C'est le lundi 22 octobre qu'ils ont été arrêtés, alors qu'ils manifestaient pour exiger la libération
        de leur guide. Avec ce renvoi au 15 novembre, ils passent sept jours de plus en détention.
        """
    )
    assert found == {("2012-11-09", "adjourned")}


def test_a_court_that_sets_a_day_as_the_next_date_adjourns() -> None:
    report = """
        KAMPALA, December 2, 2024 - The General Court Martial sat on Monday in the case of Paul Okello,
        charged with unlawful possession of firearms. The chairman of the court set Tuesday, December 10,
        2024 as the next date.
        """
    assert rulings(report) == {("2024-12-02", "adjourned")}
    assert next_hearings(report) == ["2024-12-10"]


def test_a_further_hearing_fixed_for_a_day_is_an_adjournment() -> None:
    report = """
        LAGOS, Sept 16, 2019 (NAN) - Three men charged with armed robbery appeared on Monday before an Ikorodu
        Magistrates' Court. Further hearing in the case was fixed for October 3.
        """
    assert ("2019-09-16", "adjourned") in rulings(report)
    assert next_hearings(report) == ["2019-10-03"]


def test_brought_before_a_court_on_a_day_dates_the_remand_that_follows() -> None:
    found = rulings(
        """
        KAMPALA, December 2, 2024 - Paul Okello was first brought before the General Court Martial on November
        20, 2024, accused of unlawful possession of firearms. He pleaded not guilty and was sent on remand to
        Luzira prison.
        """
    )
    assert ("2024-11-20", "detention_ordered") in found


def test_a_file_sent_to_another_court_is_no_adjournment() -> None:
    found = rulings(
        """
        COTONOU, 3 août 2022 - Le procès d'un instituteur poursuivi pour viol a tourné court ce mardi 2 août
        2022 : le tribunal de Cotonou s'est déclaré incompétent et a renvoyé le dossier à la cour spéciale.
        """
    )
    assert found == {("2022-08-02", "declined_jurisdiction")}


def test_a_date_that_names_an_earlier_order_does_not_date_the_decision_before_it() -> None:
    found = rulings(
        """
        Viol sur mineurs : le tribunal de Cotonou se dessaisit

        Le procès de Paul Agossou, poursuivi pour viol, s'est ouvert ce mardi 2 août 2022 devant le tribunal
        de Cotonou. Dans sa décision, le président s'est déclaré incompétent et a confirmé le mandat de dépôt
        du 09 décembre 2016.
        """
    )
    assert ("2022-08-02", "declined_jurisdiction") in found
    assert ("2016-12-09", "detention_ordered") in found
    assert ("2016-12-09", "declined_jurisdiction") not in found


def test_every_request_rejected_again_is_bail_denied_where_release_was_asked() -> None:
    found = rulings(
        """
        CASABLANCA, 16 mai 2005 - Le vendredi 13 mai, les avocats de la défense sont revenus à la charge pour
        obtenir la liberté provisoire de leurs clients, poursuivis pour dilapidation de deniers publics. Sans
        succès : le juge a de nouveau rejeté toutes les requêtes.
        """
    )
    assert ("2005-05-13", "bail_denied") in found


def test_a_days_sitting_is_a_hearing_that_dates_the_decisions_told_without_a_day() -> None:
    report = """
        KAMPALA, December 3, 2024 - Paul Okello, charged with unlawful possession of firearms, was first
        brought before the court martial on November 20, 2024.

        Monday's sitting was short. The chairman of the court adjourned the case to December 10, 2024.
        """
    assert ("2024-12-02", "adjourned") in rulings(report)


def test_a_list_of_names_that_made_an_appearance_in_court_are_defendants() -> None:
    for verb in ("made a short appearance in", "appeared briefly in"):
        found = roles(
            f"""
            JOHANNESBURG, October 1, 2021 - Sipho Hadebe, Zola Hadebe, Themba Ndlovu and Lwazi Dladla {verb}
            the Johannesburg magistrate's court. They allegedly murdered a health official in August.
            """
        )
        names = ["Sipho Hadebe", "Zola Hadebe", "Themba Ndlovu", "Lwazi Dladla"]
        assert found == dict.fromkeys(names, "defendant")


def test_a_long_apposition_with_a_relative_clause_still_links_the_items_of_a_list() -> None:
    found = roles(
        """
        OUAGADOUGOU, 28 avril 2017 - La Haute cour de justice a renvoyé le procès au 4 mai. À l'appel, huit
        accusés manquaient : Paul Kaboré, ancien président du Faso, qui tenait en même temps à l'époque le
        ministère de la Défense et des Anciens combattants, ainsi que Mahama Zongo, Amadou Dicko et Salif
        Barry.
        """
    )
    assert found == dict.fromkeys(["Paul Kaboré", "Mahama Zongo", "Amadou Dicko", "Salif Barry"], "defendant")


def test_the_accused_named_after_comparaître_and_the_day() -> None:
    found = roles(
        """
        OUAGADOUGOU, 28 avril 2017 - Rendez-vous est pris pour le jeudi 4 mai 2017. Ainsi en a décidé la Haute
        cour de justice, devant laquelle comparaissaient ce jeudi 27 avril 2017 Luc Tiendré, ex-Premier
        ministre, et 26 de ses anciens ministres.
        """
    )
    assert found == {"Luc Tiendré": "defendant"}


def test_one_of_the_accused_in_apposition_is_a_defendant_but_not_the_lawyer_of_one() -> None:
    found = roles(
        """
        YAOUNDÉ, 18 décembre 2015 - Le Tribunal criminel spécial a renvoyé le procès au 14 janvier 2016.
        L'audience a retenu l'attention par l'absence de Paul Abah Ndo, ex-ministre des Finances et l'un des
        principaux accusés. Me Rachel Guy, avocate de l'un des accusés, a dénoncé les lenteurs.
        """
    )
    assert found["Paul Abah Ndo"] == "defendant"
    assert found.get("Rachel Guy") != "defendant"


def test_those_wanted_under_a_warrant_listed_between_semicolons_are_defendants() -> None:
    found = roles(
        """
        ACCRA, April 20, 2023 - The Accra Circuit Court has issued a bench warrant for the arrest of four
        accused persons. Those wanted are Naa Akua Codjoe, who is self-employed; Nii Ayiku III and David Amoh,
        both fishermen; and Nii Koti Akuabeng, a traditional ruler.
        """
    )
    names = ["Naa Akua Codjoe", "Nii Ayiku III", "David Amoh", "Nii Koti Akuabeng"]
    assert found == dict.fromkeys(names, "defendant")


def test_those_who_must_deposit_a_cash_bail_are_defendants() -> None:
    found = roles(
        """
        NAIROBI, July 23, 2019 - Henry Rotaka and Kamau Thuku must each deposit a cash bail of Sh15 million,
        the Milimani court ruled after the two denied corruption charges.
        """
    )
    assert found == {"Henry Rotaka": "defendant", "Kamau Thuku": "defendant"}


def test_the_one_whose_trial_it_is_is_a_defendant_and_a_headlines_verb_is_no_name() -> None:
    found = roles(
        """
        Court Adjourns Malumi, Son's Trial to Feb. 27

        Abuja, Feb. 20, 2026 (NAN) - The terrorism trial of Abubakar Malumi will now resume on February 27 at
        the Federal High Court, the Speaker Ikuforo said.
        """
    )
    assert found == {"Abubakar Malumi": "defendant"}


def test_the_offences_the_police_suspect_them_of() -> None:
    assert charges(
        """
        COTONOU, 5 mai 2023 - La police met la main sur les sieurs Denis Kapipo, Nicaise Anago et Félicien
        Segla, qu'elle suspecte de tentative de vol et d'association de malfaiteurs. Le tribunal les a
        condamnés hier.
        """
    ) == ["tentative de vol", "association de malfaiteurs"]


def test_il_s_agit_de_a_list_of_offences() -> None:
    assert charges(
        """
        DAKAR, 5 mai 2023 - Le tribunal a renvoyé le procès des passeurs au 12 mai. Trois chefs pèsent sur
        eux. Il s'agit de l'association de malfaiteurs, du trafic de migrants et de l'escroquerie.
        """
    ) == ["association de malfaiteurs", "trafic de migrants", "escroquerie"]


def test_the_offence_the_court_retained_and_the_one_it_set_aside() -> None:
    assert charges(
        """
        SION, 5 mai 2023 - Le tribunal a condamné Paul Rey à dix ans. Les juges ont retenu le meurtre et
        écarté l'assassinat, qui figurait parmi les chefs d'accusation.
        """
    ) == ["meurtre", "assassinat"]


def test_a_charge_that_borders_on_a_list_of_offences_ends_before_its_amount() -> None:
    assert charges(
        """
        ABUJA, May 5, 2023 - The court adjourned the trial of Paul Okoro to May 12. Their 42-count charge
        borders on corruption, fraud and criminal misappropriation of funds running into millions.
        """
    ) == ["corruption", "fraud", "criminal misappropriation of funds"]


def test_the_place_of_an_offence_is_not_part_of_it() -> None:
    assert charges(
        """
        DUBLIN, May 5, 2023 - Neil Kelly, 19, is charged with trespass on a private residence at Leeson Street
        Lower, Dublin, at 10pm on May 1. The case was adjourned to May 12.
        """
    ) == ["trespass on a private residence"]


def test_facts_requalified_by_the_prosecutor_but_not_a_request_to_requalify() -> None:
    report = """
        LOMÉ, 5 mai 2023 - Le juge a renvoyé le dossier au 12 mai. Le substitut du procureur a ensuite
        requalifié ces faits en groupement de malfaiteurs. La défense a demandé de requalifier les faits en
        coups et blessures.
        """
    assert charges(report) == ["groupement de malfaiteurs"]


def test_allegations_of_and_a_court_trying_them_for_an_offence() -> None:
    assert charges(
        """
        HARARE, May 5, 2023 - Simba Chikoto was granted $30 bail when he was arraigned yesterday on
        allegations of unlawful detention.
        """
    ) == ["unlawful detention"]
    assert charges(
        """
        NAIROBI, May 5, 2023 - The High Court granted Paul Kamau bail. A city court in Nairobi is separately
        trying them for violently robbing the deceased.
        """
    ) == ["violently robbing the deceased"]


def test_the_one_offence_held_against_a_defendant_after_a_colon() -> None:
    assert charges(
        """
        NIAMEY, 5 mai 2023 - Le tribunal a renvoyé le procès au 12 mai. Une seule infraction est reprochée à
        Djibril Mainassa : la production de données de nature à troubler l'ordre public.
        """
    ) == ["production de données de nature à troubler l'ordre public"]


def test_squandering_public_funds_is_an_offence_of_its_own_in_a_list() -> None:
    assert charges(
        """
        ALGER, 5 mai 2023 - Les patrons du groupe sont notamment poursuivis pour blanchiment d'argent,
        dilapidation de deniers publics et corruption. Le tribunal a renvoyé le procès au 12 mai.
        """
    ) == ["blanchiment d'argent", "dilapidation de deniers publics", "corruption"]


def test_a_remand_told_after_what_the_accused_will_do_is_a_decision() -> None:
    found = rulings(
        """
        KAMPALA, March 22, 2021 - Councillor Paul Mubiru will stay in Makindye military barracks until April
        23, 2021, after the General Court Martial in Makindye remanded him on Monday on a charge of unlawful
        possession of military attire.
        """
    )
    assert ("2021-03-22", "detention_ordered") in found


def test_the_day_a_judgment_is_put_off_to_is_not_the_day_the_court_sat() -> None:
    found = rulings(
        """
        ACCRA, April 21, 2021 - Four accused persons failed to show up before the Accra Circuit Court, charged
        with conspiracy and stealing. The court then put off judgement to April 21.
        """
    )
    assert ("2021-04-21", "adjourned") not in found


def test_a_court_that_bars_the_accused_from_office_or_directs_them_to_report_decides() -> None:
    for sentence in (
        "Chief Magistrate Douglas Ogot further barred them from their offices for as long as the case lasts.",
        "The other accused have been directed by the magistrate to report to the DCI.",
    ):
        found = rulings(
            f"""
            NAIROBI, July 23, 2019 - Henry Rotaka and Kamau Thuku, charged with corruption, appeared on
            Tuesday before the Milimani court. {sentence}
            """
        )
        assert ("2019-07-23", "other") in found, sentence


def test_a_request_for_release_rejected_with_a_pronoun_is_bail_denied() -> None:
    found = rulings(
        """
        Leur avocat, Me Paul Amazou, a saisi le juge le 08 juin 2022 d'une demande de mise en liberté
        provisoire pour ses clients, poursuivis pour groupement de malfaiteurs. Le 14 juin 2022, le doyen des
        juges d'instruction l'a rejetée.
        """
    )
    assert ("2022-06-14", "bail_denied") in found


def test_a_headlines_renvoi_does_not_announce_the_first_date_of_the_body() -> None:
    report = """
        Côte d'Ivoire : pas de liberté provisoire pour les accusés, renvoi du procès au 26 mai

        C'est ce mercredi 19 mai 2021 que s'est ouvert, au tribunal de première instance d'Abidjan-Plateau, le
        procès de Paul Koffi, poursuivi pour complot. Le juge a renvoyé l'audience au 26 mai prochain.
        """
    assert held(report) == {"2021-05-19"}
    assert ("2021-05-19", "adjourned") in rulings(report)


def test_a_renvoi_decided_with_the_day_between_commas_and_release_refused_for_all() -> None:
    found = rulings(
        """
        Publié le 15 décembre 2016

        Réunie à Sikasso, la Cour d'assises de Bamako a décidé, le jeudi 8 décembre dernier, de renvoyer à sa
        prochaine session le procès de Amadou Sangaré et de 16 autres accusés, poursuivis pour assassinat.
        Ensuite, aucune liberté provisoire ne leur sera accordée. Une nouvelle expertise a été ordonnée.
        """
    )
    assert found == {("2016-12-08", "adjourned"), ("2016-12-08", "bail_denied"), ("2016-12-08", "other")}


def test_a_trial_suspended_until_further_notice_and_the_file_sent_back_to_the_investigation() -> None:
    found = rulings(
        """
        FRIBOURG, 14 février 2011 - Le procès de l'échafaudage, jugé lundi à Fribourg, a connu un
        rebondissement : le président Nicolas Ayer a décidé de retourner le dossier au Ministère public pour
        qu'il achève l'enquête. Les débats sont suspendus jusqu'à nouvel avis.
        """
    )
    assert found == {("2011-02-14", "other"), ("2011-02-14", "adjourned")}


def test_a_request_set_aside_and_another_granted_are_decisions() -> None:
    found = rulings(
        """
        ABIDJAN, 19 mai 2021 - Les avocats de Paul Koffi, poursuivi pour complot, ont réclamé sa liberté
        provisoire ce mercredi. Le juge a écarté cette demande. Il a en revanche fait droit à la demande de
        communication des pièces formulée par la défense.
        """
    )
    assert found == {("2021-05-19", "bail_denied"), ("2021-05-19", "other")}


def test_granting_a_request_for_a_renvoi_is_the_adjournment_not_another_decision() -> None:
    found = rulings(
        """
        BAMAKO, 4 février 2026 - Le 3 février, le tribunal a fait droit à la demande de renvoi de la défense
        de Paul Traoré, poursuivi pour escroquerie, et renvoyé l'affaire au 10 mars.
        """
    )
    assert found == {("2026-02-03", "adjourned")}


def test_a_file_sent_to_the_investigation_by_a_court_that_declined_is_no_other_decision() -> None:
    found = rulings(
        """
        COTONOU, 26 octobre 2021 - Le lundi 25 octobre 2021, le juge des flagrants délits, saisi du dossier de
        Paul Agossou, poursuivi pour escroquerie, s'est déclaré incompétent et a renvoyé le dossier à
        l'instruction.
        """
    )
    assert found == {("2021-10-25", "declined_jurisdiction")}


def test_the_co_accused_listed_after_he_faces_the_charges_together_with_others() -> None:
    found = roles(
        """
        KAMPALA, March 1, 2018 - Paul Kitenda was remanded by the General Court Martial. He faces the charges
        together with 13 others. Among them: Mr John Sebande, a crime preventer in Nabweru, Wakiso District;
        and Joel Kibira, Matia Senfu and Hassan Sebata, all members of the Boda Boda Association.
        """
    )
    for name in ("John Sebande", "Joel Kibira", "Matia Senfu", "Hassan Sebata"):
        assert found[name] == "defendant", name
    assert "Wakiso District" not in found


def test_a_court_chairman_with_a_military_rank_is_the_judge() -> None:
    found = roles(
        """
        KAMPALA, March 1, 2018 - Paul Kitenda, charged with unlawful possession of firearms, appeared before
        the General Court Martial. Court chairman Lt Gen Andrew Gutu then sent him to Makindye Military
        Barracks.
        """
    )
    assert found["Andrew Gutu"] == "judge"
    assert "Makindye Military Barracks" not in found


def test_the_photographer_of_a_caption_is_no_party() -> None:
    found = roles(
        """
        Uganda: Kitenda Breaks Down in Court As He Is Remanded Again

        Photo: Abubaker Lubo/Daily Monitor
        Tears for Paul Kitenda at the Makindye army court, February 28, 2018.
        """
    )
    assert "Abubaker Lubo" not in found


def test_an_mps_titles_before_the_name_are_not_part_of_it() -> None:
    found = roles(
        """
        KAMPALA, March 1, 2021 - Luzira prison will remain home for now to Kampala Deputy Lord Mayor Doreen
        Nyanja, Soroti District Woman MP Anna Adek and six other people, after court further remanded them.
        """
    )
    assert found == {"Doreen Nyanja": "defendant", "Anna Adek": "defendant"}


def test_one_returned_to_military_detention_is_a_defendant_remanded() -> None:
    report = """
        KAMPALA, March 1, 2018 - Mr Abdullah Kitenda, patron of the Boda Boda 2010 Association, was returned
        to military detention on Wednesday over allegations that he illegally possessed firearms.
        """
    assert roles(report) == {"Abdullah Kitenda": "defendant"}
    assert ("2018-02-28", "detention_ordered") in rulings(report)


def test_a_bond_denied_is_bail_denied() -> None:
    assert rulings(
        """
        date 2020-07-17

        Murder suspects plead not guilty; judge denies bond

        GLYNN COUNTY, Ga. -- Each of the three suspects charged with murder entered a not guilty plea on
        Friday when they went before Judge Tim Walmer.
        """
    ) == {("2020-07-17", "bail_denied")}


def test_more_weeks_in_custody_after_a_hearing_on_monday_is_a_remand_that_day() -> None:
    report = """
        September 4, 2006

        London - The eight men accused over an alleged plan to bring down transatlantic jets will spend at
        least two more weeks in custody after a hearing on Monday at London's central criminal court.
        """
    assert rulings(report) == {("2006-09-04", "detention_ordered")}
    assert held(report) == {"2006-09-04"}


def test_those_committed_for_trial_listed_after_are_defendants() -> None:
    found = roles(
        """
        KAMPALA, Sept 13, 2017 - The Buganda Road court has committed eight suspects to the High Court for
        trial. Those committed are Sheikh Yahaya Mawanja, Muhammad Buyondi and Noordin Lutaya.
        """
    )
    assert found == dict.fromkeys(["Yahaya Mawanja", "Muhammad Buyondi", "Noordin Lutaya"], "defendant")


def test_inmates_named_in_apposition_are_defendants() -> None:
    found = roles(
        """
        KUMASI, Aug 26, 2009 - The High Court heard the cases on Tuesday. Four inmates, Afua Kyeke, Patricia
        Yeboa, Kwaku Pok and Yaw Kyere, have been stuck behind bars for lack of anyone to stand bail.
        """
    )
    assert found == dict.fromkeys(["Afua Kyeke", "Patricia Yeboa", "Kwaku Pok", "Yaw Kyere"], "defendant")


def test_neither_nor_who_did_not_appear_before_the_court_are_defendants() -> None:
    found = roles(
        """
        ABIDJAN, 25 février 1995 - La cour d'assises a siégé hier. À la barre, personne : ni Ouédraogo Bouréma
        ni Somé Naba Dekolo ne se sont présentés devant la cour.
        """
    )
    assert found == {"Ouédraogo Bouréma": "defendant", "Somé Naba Dekolo": "defendant"}


def test_names_listed_before_and_other_accused_are_defendants() -> None:
    found = roles(
        """
        BAMAKO, 3 mai 2023 - Le tribunal de la commune III a siégé hier. Étaient présents Hamadoun Guindo,
        Rokia Sanaga, Boubacar Boro et d'autres prévenus.
        """
    )
    assert found == dict.fromkeys(["Hamadoun Guindo", "Rokia Sanaga", "Boubacar Boro"], "defendant")


def test_suspects_held_over_alleged_offences_and_offences_held_against_them() -> None:
    assert charges(
        """
        EAST LONDON, April 1, 2023 - The 15 suspects held over alleged fraud, corruption and racketeering at
        the University of Fort Hare face yet another weekend in custody.
        """
    ) == ["fraud", "corruption", "racketeering"]
    assert charges(
        """
        PORTO-NOVO, 3 mai 2023 - La CRIET a renvoyé le procès au 16 mai. Il leur est reproché abus de
        fonction, dénonciation calomnieuse et escroquerie. On leur reproche aussi de la désobéissance.
        """
    ) == ["abus de fonction", "dénonciation calomnieuse", "escroquerie", "désobéissance"]


def test_a_renvoi_with_an_incise_inside_the_verb_and_detention_decided_to_continue() -> None:
    found = rulings(
        """
        2 septembre 2020

        Un homme poursuivi pour tentative de vol aurait dû être jugé le mercredi 19 août au tribunal de
        Nanterre. Son dossier a pourtant, une fois de plus, été renvoyé. Le tribunal décide qu'il restera en
        détention provisoire jusqu'à ce qu'un psychiatre puisse l'examiner.
        """
    )
    assert found == {("2020-08-19", "adjourned"), ("2020-08-19", "bail_denied")}


def test_an_application_for_bail_turned_down_and_a_court_that_sends_them_back_to_prison() -> None:
    found = rulings(
        """
        date 2022-01-17

        ABUJA - Three defendants charged with unlawful invasion of a judge's home appeared on Monday before
        Justice Nkem Maha. Their earlier application for bail had been turned down by the judge on December
        15, 2021. When the court rose on Monday, none had met the terms, so Justice Maha sent them back to
        Kuje Prison.
        """
    )
    assert found == {("2021-12-15", "bail_denied"), ("2022-01-17", "detention_ordered")}


def test_an_order_that_keeps_them_in_custody_but_not_a_reason_to_keep_them() -> None:
    report = """
        date 2022-01-17

        ABUJA - Three defendants charged with unlawful invasion appeared before Justice Nkem Maha. The judge's
        order, made on Monday, keeps the trio in prison custody until they meet their bail terms.
        """
    assert ("2022-01-17", "detention_ordered") in rulings(report)
    assert not rulings(
        """
        NAIROBI, Oct 24, 2023 - Paul Mwenda, charged with fraud, appeared on Monday before the Milimani court.
        The magistrate agreed that the prosecution had shown no compelling reason to keep Mwenda in custody.
        """
    ) & {("2023-10-23", "detention_ordered")}


def test_released_against_a_surety_is_bail_granted() -> None:
    assert rulings(
        """
        19 janvier 2008

        Arrêtés le 17 décembre dernier, Thomas Dando et Pierre Cresson ont été relâchés vendredi contre
        caution. Les deux journalistes étaient poursuivis pour atteinte à la sûreté de l'Etat.
        """
    ) == {("2008-01-18", "bail_granted")}


def test_a_printed_pages_date_in_figures_yields_to_the_articles_written_date() -> None:
    report = """
        4/18/2024
        Today from Hiiraan Online:
        Eastleigh riots case: magistrate grants prosecution a last adjournment

        Friday, January 25, 2013

        The trial of seventy seven young men charged with extortion failed to start yesterday at a Kibera
        court after the prosecution told the bench it had not received the police file.
        """
    articles = parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles
    assert [a.published for a in articles] == [dt.date(2013, 1, 25)]
    assert rulings(report) == {("2013-01-24", "adjourned")}


def test_the_charges_held_against_all_the_accused_after_a_colon_in_quotes() -> None:
    assert charges(
        """
        OUAGADOUGOU, 3 mai 2023 - Le tribunal militaire a renvoyé le procès au 17 mai. Les charges retenues
        contre l'ensemble des accusés : « associations de malfaiteurs », « détention illégale d'armes à feu et
        de munitions » et « complicité ».
        """
    ) == ["associations de malfaiteurs", "détention illégale d'armes à feu et de munitions", "complicité"]


def test_standing_trial_are_a_list_of_defendants() -> None:
    found = roles(
        """
        ABUJA, April 15, 2024 - The arraignment of four men stalled at the Federal High Court. Standing trial
        are Jude Ihemo, Chika Maduka, Nwokorie Ejiko, and Victor Obumneko.
        """
    )
    assert found == dict.fromkeys(
        ["Jude Ihemo", "Chika Maduka", "Nwokorie Ejiko", "Victor Obumneko"], "defendant"
    )


def test_the_accused_named_after_sont_renvoyes_and_the_day() -> None:
    found = roles(
        """
        CASABLANCA, 10 septembre 2025 - La chambre criminelle a siégé hier. Sont renvoyés au 7 août Ahmed
        Sabar (dossier n° 905) ainsi que Brahim Ferdous et Mohamed Maazou (dossier n° 906).
        """
    )
    assert found == dict.fromkeys(["Ahmed Sabar", "Brahim Ferdous", "Mohamed Maazou"], "defendant")


def test_a_related_articles_date_under_the_text_is_not_the_reports_own() -> None:
    report = """
        Manifestations : 12 relâchés, le secrétaire général condamné

        Ce mardi, le Tribunal de Lomé a jugé les 27 personnes arrêtées, poursuivies pour troubles aggravés à
        l'ordre public. Kossi Samba s'est vu infliger 18 mois de prison.

        Sur le même sujet
        Togo, violences du 19 août : le ministre fait le point sur les arrestations | Publié le: 24/8/2017 |
        """
    articles = parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles
    assert {a.published for a in articles} == {None}


def test_the_days_of_the_protests_are_not_hearings() -> None:
    report = """
        LOMÉ, 23 août 2017 - Le Tribunal de Lomé a jugé mardi 22 août les 27 personnes arrêtées pendant les
        manifestations des 19 et 20 août derniers, poursuivies pour troubles aggravés à l'ordre public.
        """
    assert held(report) == {"2017-08-22"}


def test_the_victims_of_deaths_named_with_their_trade_are_not_accused() -> None:
    found = roles(
        """
        JOHANNESBURG, Aug 25, 2025 - Five men charged over the deaths of journalist Aserie Ndlo and his
        partner Zodwa Mdlu will be back in the dock on September 3, when the indictment is to be handed over.
        """
    )
    assert "defendant" not in found.values()


def test_the_accused_dealt_with_listed_with_ages_and_addresses_in_brackets() -> None:
    found = roles(
        """
        LEEDS, Aug 30, 2019 - Five men appeared at Leeds Crown Court. All from Hartlepool, the five dealt with
        in Leeds are: John Musgro (54, Wordsworth Avenue); Anthony Smal (39, Rydal Street); Craig Thorp (36,
        Young Street); and Gary Jacks (30, The Darlings).
        """
    )
    names = ["John Musgro", "Anthony Smal", "Craig Thorp", "Gary Jacks"]
    assert found == dict.fromkeys(names, "defendant")


def test_a_lawyer_speaking_in_an_incise_is_counsel_not_accused() -> None:
    found = roles(
        """
        DAKAR, 3 juin 2017 - Le tribunal a renvoyé au 8 juin le procès des prévenus, poursuivis pour fraude.
        Dans ce dossier, soutient Me El Hadji Dioum, chacun des prévenus aurait dû être remis en liberté.
        """
    )
    assert found == {"El Hadji Dioum": "defense_counsel"}


def test_a_naval_command_is_no_person() -> None:
    found = roles(
        """
        ACCRA, Dec 28, 2019 - A Circuit Court in Accra has remanded five men found with sacks of cannabis.
        According to the Western Naval Command, the five were arrested on December 23 aboard a boat.
        """
    )
    assert "Western Naval Command" not in found


def test_the_beneficiaries_of_bail_and_the_names_in_a_charge_sheet_are_defendants() -> None:
    found = roles(
        """
        ACCRA, July 29, 2019 - The High Court granted bail to four men. The beneficiaries are Abdul Nasa,
        Seidu Abuba, alias NBA, and Abdul Rahman Sulei, all of them Ghanaians.
        """
    )
    assert found == dict.fromkeys(["Abdul Nasa", "Seidu Abuba", "Abdul Rahman Sulei"], "defendant")
    found = roles(
        """
        LUWEERO, Jan 5, 2021 - Ten supporters were remanded. Named in the charge sheet are Godfrey Katonga,
        25, Joel Lutanko, 22, and Ronald Kasinge, 18.
        """
    )
    assert found == dict.fromkeys(["Godfrey Katonga", "Joel Lutanko", "Ronald Kasinge"], "defendant")


def test_one_accused_of_stabbing_an_officer_is_the_defendant_and_the_officer_the_victim() -> None:
    found = roles(
        """
        ABUJA, Feb 6, 2024 - One Olaniyi Adegbo, accused of stabbing ASP Ayuba Zakar to death, will be kept in
        Kuje Corrections Centre, an FCT High Court ordered on Tuesday.
        """
    )
    assert found == {"Olaniyi Adegbo": "defendant", "Ayuba Zakar": "victim"}


def test_the_victims_of_a_killing_named_with_their_office_and_not_a_lawyer_constituting_himself() -> None:
    found = roles(
        """
        KIMBERLEY, May 3, 2022 - Six men are on trial for killing DA councillor Johannes Baatje together with
        Jeffrey Nous, a friend of the family.
        """
    )
    assert found["Johannes Baatje"] == "victim"
    found = roles(
        """
        LOMÉ, 2 septembre 2011 - La Cour suprême a repoussé au 6 septembre le procès de Kpatcha Gnassi,
        poursuivi pour complot. Me Christian Charron annonce se constituer pour Kpatcha Gnassi.
        """
    )
    assert found["Kpatcha Gnassi"] == "defendant"


def test_a_seat_in_brackets_after_a_name_is_no_person_and_failing_to_secure_release_marks_the_accused() -> (
    None
):
    found = roles(
        """
        HARARE, June 17, 2022 - Opposition legislators Job Sikhal (Zengeza West) and Godfrey Sitho
        (Chitungwiza North), picked up on Tuesday, failed today to secure their release when the Harare
        magistrates court turned down their bail bid.
        """
    )
    assert found == {"Job Sikhal": "defendant", "Godfrey Sitho": "defendant"}


def test_offences_that_open_on_organisation_acts_riot_or_mischief() -> None:
    assert charges(
        """
        OUAHIGOUYA, 8 février 2021 - Le tribunal a renvoyé le procès au 21 février. Les huit accusés doivent
        répondre d'attroupements armés, d'organisation d'une manifestation illicite et d'actes de vandalisme.
        """
    ) == ["attroupements armés", "organisation d'une manifestation illicite", "actes de vandalisme"]
    assert charges(
        """
        TROIS-RIVIÈRES, 31 mars 2015 - Le procès a été reporté. Les accusés font tous face à des accusations
        d'émeute et de méfaits de plus de 5000 $ commis sur les équipements du Centre de détention.
        """
    ) == ["émeute", "méfaits de plus de 5000 $"]


def test_an_offence_the_accused_denied_in_court() -> None:
    assert charges(
        """
        MOLD, Jan 7, 2023 - On Friday morning the four went before Judge Niclas Parr at Mold Crown Court,
        where each of them denied conspiracy to cause damage. They were remanded.
        """
    ) == ["conspiracy to cause damage"]


def test_a_publication_date_with_a_two_digit_year() -> None:
    report = """
        Un procès à nouveau reporté à Bruxelles

        Publié le 12-09-18 à 18h08

        La 24e chambre du tribunal correctionnel devait juger mercredi dix prévenus, poursuivis pour trafic
        d'héroïne. L'audience a dû être reportée.
        """
    articles = parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles
    assert [a.published for a in articles] == [dt.date(2018, 9, 12)]


def test_a_publication_date_with_the_month_by_name_and_a_two_digit_year() -> None:
    report = """
        Violences urbaines : un jeune condamné

        Par Jean Martin Publié le 25 Jan 21 à 17:12

        Le tribunal correctionnel a condamné mardi Yann Le Goff à six mois de prison pour violences.
        """
    articles = parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles
    assert [a.published for a in articles] == [dt.date(2021, 1, 25)]


def test_an_update_date_with_a_two_digit_year_between_a_byline_and_its_bars() -> None:
    report = """
        Sept prévenus devant le tribunal

         [La  rédaction|Mis à jour|18/06/14]

        Le tribunal de grande instance a condamné mardi Koffi Mensah à cinq ans de prison pour escroquerie.
        """
    articles = parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles
    assert [a.published for a in articles] == [dt.date(2014, 6, 18)]


def test_a_judge_who_said_himself_without_jurisdiction_and_accused_now_under_judicial_supervision() -> None:
    assert rulings(
        """
        COTONOU, 29 mai 2019 - Les prévenus, poursuivis pour violences, comparaissaient mardi 28 mai 2019
        devant le juge Rodolphe Azou. Statuant en flagrant délit, le magistrat s'est dit incompétent.
        """
    ) == {("2019-05-28", "declined_jurisdiction")}
    assert ("2021-02-03", "bail_granted") in rulings(
        """
        LYON, 3 février 2021 - Le tribunal correctionnel a renvoyé sine die ce mercredi 3 février le procès de
        six hommes poursuivis pour trafic de stupéfiants. Les prévenus sont désormais
        sous contrôle judiciaire.
        """
    )


def test_a_long_bare_list_of_names_in_a_court_report_is_the_list_of_the_accused() -> None:
    report = """
        OUAGADOUGOU, 14 avril 2023 - Le tribunal militaire a renvoyé hier au 20 avril le procès du complot. On
        a vu à l'audience Abdoul Nébio, Desmond Toa, Amidou Drabé et Handi Yonla.
        """
    names = ["Abdoul Nébio", "Desmond Toa", "Amidou Drabé", "Handi Yonla"]
    assert roles(report) == dict.fromkeys(names, "defendant")
    # the same list in a story about football is nobody's trial
    assert not cases_of(
        """
        Le sélectionneur a dévoilé sa liste hier. On a vu à l'entraînement Abdoul Nébio, Desmond Toa, Amidou
        Drabé et Handi Yonla, qui rejoindront le groupe lundi.
        """
    )


def test_the_offence_one_appears_for_and_membership_of_a_terrorist_organisation() -> None:
    assert charges(
        """
        DAKAR, 8 décembre 2017 - Le procès a été renvoyé au 3 janvier. Le maire devait comparaître avec ses
        sept co-accusés pour des détournements de deniers publics.
        """
    ) == ["détournements de deniers publics"]
    assert charges(
        """
        PORTO-NOVO, 3 mai 2023 - La CRIET a renvoyé au 17 mai le procès. Quatre vendeurs de miroirs ont
        comparu devant elle pour appartenance à une organisation terroriste.
        """
    ) == ["appartenance à une organisation terroriste"]


def test_a_short_line_of_page_furniture_around_one_full_date_dates_the_report() -> None:
    for line in (
        "Wed, 26 Aug 2009 Source: GNA",
        "January 23, 2020  By Alex Enumo in Abuja",
        "(Afriscoop 26/08/2010)",
        "5 minutes ago Wed, 26 Jun 2024 15:03:49 GMT",
    ):
        report = f"""
            Court remands three men over fraud

            {line}

            Three men charged with fraud were remanded in custody by the High Court on Tuesday. The case was
            adjourned to next month.
            """
        published = [a.published for a in parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles]
        assert published[0] is not None, line
    headline_event = """
        Massacre du 28 septembre 2009 : le procès reprend

        Le procès des accusés, poursuivis pour assassinat, a repris lundi devant le tribunal de Dixinn.
        """
    published = [a.published for a in parse_bytes(textwrap.dedent(headline_event).encode(), "x.txt").articles]
    assert published == [None]


def test_police_counsel_and_counsel_for_the_state_prosecute_and_the_presiding_judge_judges() -> None:
    assert roles(
        """
        ABUJA, Feb 6, 2024 - Paul Ali, charged with murder, was remanded by the FCT High Court. According to
        police counsel Chike Amuko, Ali and his accomplices conspired in 2022.
        """
    ) == {"Paul Ali": "defendant", "Chike Amuko": "prosecutor"}
    assert roles(
        """
        KIMBERLEY, May 3, 2022 - Six men charged with murder applied for bail in the High Court. For the
        State, advocate Hannes Clote said he had sought the views of colleagues.
        """
    ) == {"Hannes Clote": "prosecutor"}
    assert roles(
        """
        ACCRA, Aug 12, 2021 - Eleven men charged with murder appeared before the High Court. Presiding,
        Rosemond Dodua Agyir said the indictment proceedings could not go on.
        """
    ) == {"Rosemond Dodua Agyir": "judge"}


def test_the_president_of_a_court_named_with_its_seat_in_apposition() -> None:
    assert roles(
        """
        ABIDJAN, 27 mai 2023 - Koua Justin, poursuivi pour diffamation, a été condamné. La présidente du
        tribunal d'Abidjan, Blanche Abanou, a prononcé vendredi la sentence.
        """
    ) == {"Koua Justin": "defendant", "Blanche Abanou": "judge"}


def test_lawyers_listed_after_their_plural_title_are_counsel_not_a_list_of_accused() -> None:
    found = roles(
        """
        DAKAR, 3 mai 2023 - Le tribunal a renvoyé au 10 mai le procès des 20 manifestants, poursuivis pour
        troubles. On y retrouve Mes Abdoulaye Tallo, Babacar Ndiay, Amadou Sowe, Abdoulaye Secka et Amadou
        Kana, qui ont tous plaidé pour une mise en liberté provisoire.
        """
    )
    assert set(found.values()) == {"defense_counsel"}


def test_offences_under_investigation_and_those_a_charge_accuses_them_of() -> None:
    assert charges(
        """
        NAIROBI, May 3, 2024 - Six suspects were granted bail. The officer had wanted the six held for 30 days
        to allow investigations into forgery, conspiracy to defraud and uttering false documents.
        """
    ) == ["forgery", "conspiracy to defraud", "uttering false documents"]
    assert charges(
        """
        ABUJA, Sept 3, 2024 - Ten protesters were remanded by the Federal High Court. The charge accuses them
        of treason and destabilising the country.
        """
    ) == ["treason", "destabilising the country"]


def test_the_day_the_accused_will_be_back_is_not_the_day_of_the_adjournment() -> None:
    report = """
        Delta Force court raiders to return on May 17

        Eight members of the group will be back before the Kumasi Circuit Court 2 on 17th of May 2017, after
        their case was adjourned. The eight are standing trial on charges of resisting arrest.
        """
    assert held(report) == set()
    assert ("2017-05-17", "adjourned") not in rulings(report)


def test_the_day_the_state_says_the_offence_happened_is_not_a_hearing() -> None:
    report = """
        LUSAKA, Feb 2, 2026 - Eight men appeared before Resident Magistrate Webster Milum. All eight are
        jointly charged on one count of assault; the State says that on January 9, 2026 they attacked a man.
        """
    assert "2026-01-09" not in held(report)


def test_charges_on_the_menu_to_judge_for_after_an_incise_and_held_against_whom() -> None:
    assert charges(
        """
        ABIDJAN, 30 décembre 2014 - La cour d'assises a renvoyé le procès au 29 janvier. Au menu des charges :
        tribalisme, rébellion, crime de sang.
        """
    ) == ["tribalisme", "rébellion", "crime de sang"]
    assert charges(
        """
        YAOUNDÉ, 3 mai 2017 - Le tribunal militaire a joint les deux procédures. Saisi le 13 février 2017, le
        tribunal doit les juger pour pillage en bande, rébellion et sécession.
        """
    ) == ["pillage en bande", "rébellion", "sécession"]
    assert charges(
        """
        CASABLANCA, 3 mai 2017 - La cour a reporté le procès au 10 mai. Il leur est reproché, à des degrés
        divers, un trafic international de stupéfiants, la corruption et l'abus de pouvoir.
        """
    ) == ["trafic international de stupéfiants", "corruption", "abus de pouvoir"]
    assert charges(
        """
        NIAMEY, 24 juillet 2018 - Le tribunal a mis sa décision en délibéré. Les 19 prévenus, à qui l'on
        reproche d'avoir provoqué un attroupement non armé, contestent les faits.
        """
    ) == ["attroupement non armé"]
    assert charges(
        """
        LIBREVILLE, 3 mai 2017 - Le prévenu est détenu depuis septembre. Les juges l'ont mis en examen, entre
        autres chefs, pour « incitation à la révolte ».
        """
    ) == ["incitation à la révolte"]


def test_without_a_dateline_days_announced_in_the_future_tense_are_all_still_to_come() -> None:
    # no dateline: the report's own latest past day stands in for it, and "will be back … on", "due back in
    # court on" name days to come, not days past
    report = """
        Vigilantes to return on May 17

        Eight members of the Lions group will be back before the Tamale Circuit Court on 17th of May 2017,
        after their case was adjourned.

        Their thirteen colleagues, charged with causing unlawful damage, are due back in court on the 20th of
        April, 2017.
        """
    assert not held(report)
    assert next_hearings(report) == ["2017-04-20"]


def test_a_day_a_participle_announces_is_not_the_day_the_court_sat() -> None:
    announced = """
        Le procès des commerçants

        Publié le 25 juillet 2018

        Les commerçants ont comparu devant le tribunal correctionnel de Zinder pour fraude fiscale. Le
        procureur a requis deux ans de prison. Décision attendue le 24 juillet.
        """
    assert "2018-07-24" not in held(announced)
    assert ("2018-07-24", "deliberation_reserved") not in rulings(announced)
    # "très attendu", further from the date, is an adjective and dates nothing
    adjective = announced.replace(
        "Les commerçants ont comparu",
        "Le procès très attendu s'est ouvert le 23 juillet. Les commerçants ont comparu",
    )
    assert held(adjective) == {"2018-07-23"}


def test_a_sentence_pronounced_on_a_day_is_a_conviction_that_day_not_a_day_to_come() -> None:
    # no dateline: "la peine prononcée le …" is past ("sera prononcée le …" would announce it)
    report = """
        Dix ans pour les braqueurs

        Dix ans de prison : c'est la peine prononcée le jeudi 3 mai 2018 par le tribunal de première instance
        de Man contre six hommes jugés pour vol à main armée.
        """
    assert ("2018-05-03", "convicted") in rulings(report)
    assert next_hearings(report) == []


def test_freed_on_the_benefit_of_the_doubt_is_an_acquittal() -> None:
    report = """
        ABIDJAN, 4 mai 2018 - Le tribunal correctionnel d'Abidjan a jugé jeudi trois hommes poursuivis pour
        vol. Deux d'entre eux ont été relâchés au bénéfice du doute.
        """
    assert ("2018-05-03", "acquitted") in rulings(report)


def test_ainsi_que_pour_after_an_aside_goes_on_with_the_list_of_charges() -> None:
    report = """
        ABIDJAN, 4 mai 2018 - Le tribunal correctionnel d'Abidjan a jugé jeudi trois hommes poursuivis pour
        vol en réunion (…) portant sur deux millions de F Cfa ainsi que pour association de malfaiteurs et
        recel d'objets volés.
        """
    assert {"association de malfaiteurs", "recel d'objets volés"} <= set(charges(report))


def test_without_a_dateline_the_day_an_adjournment_goes_to_is_still_to_come() -> None:
    report = """
        Kitwe court adjourns cadres' case

        Four cadres accused of idle and disorderly conduct, said to have been committed on August 30, 2017,
        appeared before the Kitwe magistrate. The magistrate then granted the adjournment to November 8, 2017
        for continuation of trial.
        """
    assert next_hearings(report) == ["2017-11-08"]
    assert "2017-11-08" not in held(report)


def test_a_weekday_glued_to_its_day_still_dates_the_sitting() -> None:
    report = """
        YAOUNDÉ, 13 février 2026 - Leur procès n'avance pas : ce jeudi12 février 2026, le tribunal militaire
        de Yaoundé a encore renvoyé l'affaire des 148 détenus au 12 mars.
        """
    assert ("2026-02-12", "adjourned") in rulings(report)


def test_a_date_line_under_a_long_headline_is_not_part_of_the_headline() -> None:
    # the headline has no full stop; the page's date on the next line is not a day the court sat
    report = """
        Crise post-électorale : nouveau renvoi pour les 148 détenus devant le tribunal militaire de Yaoundé
        13 FÉVRIER 2026.

        Le tribunal militaire de Yaoundé a jugé jeudi 12 février 2026 les 148 détenus. Le dossier a
        finalement été renvoyé au 12 mars.
        """
    assert held(report) == {"2026-02-12"}
    assert ("2026-02-12", "adjourned") in rulings(report)


def test_a_day_recalled_in_the_pluperfect_after_the_sentence_does_not_date_it() -> None:
    report = """
        LOMÉ, 12 août 2023 - Le verdict est tombé vendredi 11 août. Le chef de village Kodjo Amavi écope de
        dix ans de prison ferme, prononcés par la Cour suprême, devant laquelle il avait comparu le 4 août.
        """
    found = rulings(report)
    assert ("2023-08-11", "convicted") in found
    assert ("2023-08-04", "convicted") not in found


def test_a_month_after_the_object_of_a_detention_leaves_it_undated() -> None:
    report = """
        LOMÉ, 12 août 2023 - Arrêté le 23 janvier 2023, puis écroué sous mandat de dépôt en février, le chef
        de village Kodjo Amavi a été condamné vendredi à dix ans de prison par la Cour suprême.
        """
    found = rulings(report)
    assert not any(kind == "detention_ordered" and day for day, kind in found)


def test_an_order_of_courts_is_not_a_court() -> None:
    report = """
        LOMÉ, 12 août 2023 - La Cour suprême a condamné vendredi le chef de village Kodjo Amavi à dix ans de
        prison.

        Pourquoi la Cour suprême ? La loi réserve son jugement à la plus haute juridiction judiciaire de
        l'État, qui en connaît directement.

        Délibéré au 11 août
        Au terme des débats du 4 août, les juges avaient fixé leur délibéré à ce 11 août.
        """
    assert courts(report) == ["Cour suprême"]
    higher = report.replace("la plus haute juridiction judiciaire", "la juridiction supérieure")
    assert courts(higher) == ["Cour suprême"]


def test_postponed_on_a_weekday_is_the_day_it_was_postponed_not_a_day_to_come() -> None:
    # published on a Wednesday: "postponed on Wednesday" is that day; "postponed to Wednesday" would be next
    report = """
        JOHANNESBURG, 21 August 2019 - Sipho Dlamini, who faces a charge of murder, will have to wait until
        August 28 for his next appearance: his case was postponed on Wednesday in the Protea Magistrate's
        Court.
        """
    assert ("2019-08-21", "adjourned") in rulings(report)
    assert next_hearings(report) == ["2019-08-28"]


def test_a_disciplinary_committee_hearing_is_not_a_court_report() -> None:
    report = """
        JOHANNESBURG, 23 January 2022 - The disciplinary committee hearing brought by the league against a
        football club has been pushed back to next month, the league's prosecutor Thabo Zulu said on Friday.
        The club faces a misconduct charge.
        """
    assert cases_of(report) == []


def test_a_colon_ends_the_clause_of_a_request() -> None:
    report = """
        NAIROBI, 5 March 2024 - The prosecution asked for more time to trace its witnesses: the case of Peter
        Otieno, charged with fraud, was adjourned on Monday by the Milimani magistrate's court.
        """
    assert ("2024-03-04", "adjourned") in rulings(report)


def test_appeared_for_after_a_name_makes_counsel_of_the_side_named() -> None:
    report = """
        BULAWAYO, 4 August 2020 - Magistrate Tendai Moyo freed Nigel Dube and three others on $1000 bail on
        Monday over charges of public violence. Kholwani Sibanda appeared for all four, while Rumbi Ncube
        appeared for the State.
        """
    found = roles(report)
    assert found["Kholwani Sibanda"] == "defense_counsel"
    assert found["Rumbi Ncube"] == "prosecutor"


def test_told_to_come_back_on_the_12th_of_this_month_is_the_next_hearing() -> None:
    report = """
        BULAWAYO, 4 August 2020 - Magistrate Tendai Moyo freed Nigel Dube on $1000 bail on Monday over
        charges of public violence. Dube has been told to come back on the 12th of this month.
        """
    assert next_hearings(report) == ["2020-08-12"]


def test_a_repeated_de_list_with_appositions_and_relative_clauses_names_every_item() -> None:
    report = """
        NIAMEY, 30 juillet 2024 - La cour d'appel de Niamey a accordé lundi la liberté provisoire à quatre
        ex-ministres. Il s'agit de Hama Souley, ex-ministre de l'Intérieur, d'Ahmat Jiddou, qui tenait les
        Finances, d'Ibrahim Yacouba, ancien titulaire de l'Énergie, et de Rabiou Abdoulaye, ex-ministre du
        Plan.
        """
    found = roles(report)
    for name in ("Hama Souley", "Ahmat Jiddou", "Ibrahim Yacouba", "Rabiou Abdoulaye"):
        assert found[name] == "defendant"


def test_maitre_without_its_circumflex_is_a_lawyers_title() -> None:
    report = """
        NIAMEY, 30 juillet 2024 - La cour d'appel de Niamey a accordé lundi la liberté provisoire à Hama
        Souley. Maitre Illo Issa, qui fait partie des conseils des prévenus, s'est félicité.
        """
    assert roles(report)["Illo Issa"] == "defense_counsel"


def test_ce_qui_est_reproche_aux_accuses_then_a_colon_lists_the_charges() -> None:
    report = """
        KINSHASA, 25 novembre 2017 - Le tribunal de garnison de Gombe a ouvert vendredi le procès de 36
        prévenus. Le greffier a lu ce qui est reproché aux présumés miliciens : terrorisme, participation à un
        mouvement insurrectionnel, assassinat et outrage à sentinelle.
        """
    expected = {"terrorisme", "participation à un mouvement insurrectionnel", "assassinat"}
    assert expected <= set(charges(report))


def test_prosecuting_her_together_with_a_senator_and_others_names_the_co_accused() -> None:
    # "Sen." is a title, not the end of a sentence
    report = """
        LAGOS, Dec 9 (NAN) - The fraud trial of Jumoke Adeyemi was on Tuesday adjourned until Jan. 18 by a
        Federal High Court in Lagos. The EFCC is prosecuting her together with Sen. Ayo Adebayo, a chieftain
        of the party, Bola Otiti and Dayo Madueke, a former minister.
        """
    found = roles(report)
    for name in ("Ayo Adebayo", "Bola Otiti", "Dayo Madueke"):
        assert found[name] == "defendant"


def test_a_kickers_day_to_come_is_not_the_pages_date_but_of_and_a_weekday_is() -> None:
    report = textwrap.dedent(
        """
        Crime & Punishment of Tuesday, 13 August 2024

        Stolen stool: judge asks police to hand over two accused officers

        The officers are due back before the court on September 16, 2024

        The Koforidua Circuit Court has ordered the police to produce the two officers, charged with stealing
        a stool, who stayed away on Monday.
        """
    )
    parsed = parse_bytes(report.encode(), "report.txt")
    assert parsed.articles[0].published == dt.date(2024, 8, 13)
    assert next_hearings(report) == ["2024-09-16"]


def test_a_month_marker_glued_to_the_first_paragraph_still_gives_the_year() -> None:
    report = """
        date 2021-09 Le procès en appel du journaliste Karim Alaoui a été renvoyé au 2 décembre par la cour
        d'appel de Rabat dès sa première audience, jeudi 30 septembre. Il est poursuivi pour fraude.
        """
    assert ("2021-09-30", "adjourned") in rulings(report)
    assert next_hearings(report) == ["2021-12-02"]


def test_a_renvoi_told_twice_keeps_the_day_to_come_told_the_second_time() -> None:
    report = """
        News: Bekele hearing put off as court cites absence of defendants

        Addis Ababa, June 17, 2021 – A session in which the Federal High Court was due today to rule on the
        file of Tesfaye Bekele, charged with terrorism, did not go ahead: with the defendants absent, the
        hearing was moved to another date.

        The court set June 28, 2021 as the new date for the session.
        """
    assert ("2021-06-17", "adjourned") in rulings(report)
    assert next_hearings(report) == ["2021-06-28"]


def test_le_cas_de_and_a_verb_before_its_subject_name_the_accused() -> None:
    report = """
        ALGER, 12 février 2020 - A Souk Ahras, le tribunal doit examiner le cas de Karim Dif, Samir Djaafri et
        Nabil Adjailai, une affaire deux fois reportée déjà. Avant-hier, à Alger, comparaissait Samir
        Belkacem, poursuivi pour attroupement.
        """
    found = roles(report)
    for name in ("Karim Dif", "Samir Djaafri", "Nabil Adjailai", "Samir Belkacem"):
        assert found[name] == "defendant"


def test_a_headline_in_the_future_tense_announces_its_date() -> None:
    # "connaîtra son jugement le 12 mars 2024": not the page's date, the next one
    report = """
        Justice : écroué, Amadou Traoré connaîtra son jugement le 12 mars 2024

        Le prédicateur a été placé sous mandat de dépôt ce 20 décembre 2023 par le tribunal de la commune VI
        de Bamako.
        """
    assert next_hearings(report) == ["2024-03-12"]


def test_infractions_imputees_then_a_colon_lists_the_charges() -> None:
    report = """
        BAMAKO, 21 décembre 2023 - Le prédicateur Amadou Traoré a été placé sous mandat de dépôt mercredi.
        Deux infractions lui sont imputées : atteinte au crédit de l'Etat et diffusion de propos mensongers.
        """
    assert {"atteinte au crédit de l'Etat", "diffusion de propos mensongers"} <= set(charges(report))


def test_a_charge_read_to_someone_names_the_accused_and_a_police_rank_stands_before_a_prosecutor() -> None:
    report = """
        Freetown, Sierra Leone, A murder charge was read on Wednesday, 16th October, 2024 to Musa Kamara, a
        businessman making his first appearance before Magistrate Sam Bangura. Police prosecutor ASP Fatmata
        Wellington sought a brief adjournment.
        """
    found = roles(report)
    assert found["Musa Kamara"] == "defendant"
    assert found["Fatmata Wellington"] == "prosecutor"


def test_the_matter_stands_down_to_a_day_is_an_adjournment_to_it() -> None:
    report = """
        Namcor bail appeal postponed

        The High Court heard the bail appeal of Peter Elago, charged with fraud.
        The matter now stands down to 12 February 2026.

        On 26 September 2025, a magistrate denied bail to the group.
        """
    assert next_hearings(report) == ["2026-02-12"]


def test_repondre_with_an_incise_then_a_quoted_list_each_with_its_de() -> None:
    report = """
        TUNIS, 25 octobre 2024 - Le tribunal de première instance de Tunis a renvoyé mardi le procès. Les 27
        accusés auront à répondre, selon le parquet, de « crimes terroristes », d'« homicide » et de « complot
        contre la sûreté de l'État ».
        """
    expected = {"crimes terroristes", "homicide", "complot contre la sûreté de l'État"}
    assert expected <= set(charges(report))


def test_le_sont_pour_names_the_charge_of_those_prosecuted() -> None:
    report = """
        TUNIS, 25 octobre 2024 - Le tribunal de première instance de Tunis a renvoyé mardi le procès de 33
        personnes poursuivies. Six d'entre elles, membres des forces de sécurité, le sont pour « non
        assistance à personne en danger ».
        """
    assert "non assistance à personne en danger" in charges(report)


def test_the_charges_it_brought_are_a_list_of_offences() -> None:
    report = """
        MONROVIA, September 27, 2019 - The judge of Criminal Court C recused himself on Thursday from the
        trial of five bank officials. The charges the State brought are money laundering, economic sabotage
        and criminal conspiracy. The charges were read to them in May.
        """
    found = charges(report)
    assert {"money laundering", "economic sabotage", "criminal conspiracy"} <= set(found)
    assert not any(label.startswith("read") for label in found)


def test_the_articles_stamp_with_its_clock_time_beats_the_sites_day_over_the_page() -> None:
    report = textwrap.dedent(
        """
        Close X
        Saturday, November 23, 2024
        National

        Accused in shooting back in court

        News Desk The Canadian Press, 10 May, 2019 08:30 PM

        FREDERICTON — The man charged with murdering four people appeared again Friday in a courtroom.
        """
    )
    assert parse_bytes(report.encode(), "report.txt").articles[0].published == dt.date(2019, 5, 10)


def test_jusqu_au_announces_a_day_to_come_even_in_a_headline() -> None:
    # no dateline: the headline's "suspendu jusqu'au 30 octobre 2018" is the day the trial goes to
    report = """
        Gabon : le procès Ngoma suspendu jusqu'au 30 octobre 2018

        Le procès d'Etienne Ngoma, ex-ministre du Pétrole poursuivi pour détournement, a débuté le 30 août à
        Libreville, devant la Cour criminelle spéciale.
        """
    assert next_hearings(report) == ["2018-10-30"]
    assert "2018-10-30" not in held(report)


def test_surseoir_a_statuer_is_a_decision_of_kind_other() -> None:
    report = """
        LIBREVILLE, 31 août 2018 - Le procès d'Etienne Ngoma, poursuivi pour détournement, s'est ouvert jeudi
        devant la Cour criminelle spéciale. Au soir de l'audience, la cour a choisi de surseoir à statuer.
        """
    assert ("2018-08-30", "other") in rulings(report)


def test_les_poursuites_visent_then_pour_names_the_charge() -> None:
    report = """
        BRAZZAVILLE, 4 novembre 2020 - La cour d'appel de Brazzaville a prorogé mardi son délibéré. Les
        poursuites visent depuis octobre 2018 six policiers, pour "homicide volontaire".
        """
    assert "homicide volontaire" in charges(report)


def test_an_offence_named_before_its_counts_or_its_case() -> None:
    report = """
        DUBLIN, 9 May 2024 - Five criminal damage counts have been brought against a man, Sean Byrne, who
        appeared at Dublin District Court on Wednesday. His brother faces a capital murder charge, and his
        cousin is on trial on a libel charge. A human trafficking case facing Salim Omar was put off.
        """
    found = set(charges(report))
    assert {"criminal damage", "capital murder", "libel", "human trafficking"} <= found


def test_a_semicolon_list_whose_items_carry_their_party_shares_the_lists_role() -> None:
    report = """
        BAMAKO, 3 mars 2021 - La cour d'appel de Bamako a infirmé mardi la liberté provisoire de onze leaders
        politiques. Voici leurs noms : Moussa Diallo, président du parti Union ; Samba Coulibaly du parti
        Nema ; Abdou Koné de l'Asma ; Adama Maïga du parti RPM ; et Mohamed Bathily, membre du M5.
        """
    found = roles(report)
    for name in ("Moussa Diallo", "Samba Coulibaly", "Abdou Koné", "Adama Maïga"):
        assert found[name] == "defendant"


def test_a_semicolon_list_whose_items_open_with_a_trade_shares_the_lists_role() -> None:
    report = """
        LUSAKA, 5 May 2023 - Eight men appeared before the Lusaka magistrate on Thursday over a riot. The
        accused: taxi driver Raphael Banda (41, Kasama); Simon Mweemba (36, Bauleni); bus driver Odrisco
        Phiri (27, Mtendere); and businessman Victor Zulu (35, Bauleni).
        """
    found = roles(report)
    for name in ("Raphael Banda", "Simon Mweemba", "Odrisco Phiri", "Victor Zulu"):
        assert found[name] == "defendant"


def test_appearing_before_the_magistrate_are_a_list_with_ages() -> None:
    report = """
        LUSAKA, 5 May 2023 - Appearing before Magistrate Kaoma are Eddy Nawa 30, Sydney Ngulube 23, John
        Wilima 27 and Levy Mulowa 25, charged with unlawful assembly.
        """
    found = roles(report)
    for name in ("Eddy Nawa", "Sydney Ngulube", "John Wilima", "Levy Mulowa"):
        assert found[name] == "defendant"


def test_prosecution_held_inadmissible_dismisses_the_case() -> None:
    report = """
        LIÈGE, 17 mai 2024 - Jeudi, le tribunal correctionnel de Liège a jugé irrecevables les poursuites
        visant Marc Dubois, poursuivi pour vol, que la prison n'avait jamais conduit à l'audience.
        """
    assert ("2024-05-16", "dismissed") in rulings(report)


def test_a_judge_who_recuses_himself_is_a_decision_of_kind_other() -> None:
    report = """
        MONROVIA, September 27, 2019 - On Thursday, the judge presiding over the trial of five bank officials
        charged with money laundering took himself off the case.
        """
    assert ("2019-09-26", "other") in rulings(report)


def test_a_magistrate_named_by_a_seat_after_by_a_is_that_seats_magistrates_court() -> None:
    report = """
        HARARE, 4 August 2018 - The businessman Tinashe Moyo, accused of fraud, was remanded in custody on
        Friday by a Harare magistrate until August 17.
        """
    assert courts(report) == ["Harare Magistrates' Court"]


def test_a_known_seat_followed_by_court_names_the_court() -> None:
    report = """
        NAIROBI, 9 May 2024 - Seventy-seven men charged with unlawful assembly appeared before the Kibera
        court on Wednesday. The magistrate adjourned the case to May 20.
        """
    assert courts(report) == ["Kibera court"]


def test_without_a_dateline_au_a_day_is_where_the_case_goes() -> None:
    report = """
        Alger : encore un report pour le procès criminel

        Le procès criminel inscrit au rôle du tribunal criminel d'Alger, où comparaissent douze accusés
        poursuivis pour trafic, n'aura pas lieu tout de suite : la juridiction l'a renvoyé à une date
        ultérieure, officiellement au 29 janvier 2026.
        """
    assert next_hearings(report) == ["2026-01-29"]
    assert not held(report)


def test_counts_after_a_number_and_the_charge_told_at_the_end_of_its_clause() -> None:
    report = """
        PRETORIA, 4 September 2025 - Two men appeared in the KwaMhlanga court on Wednesday. Each faces two
        murder counts and two kidnapping counts. The charge brought against their driver by the police is
        robbery.
        """
    assert {"murder", "kidnapping", "robbery"} <= set(charges(report))


def test_a_remand_extended_on_a_day_right_after_the_verb_is_dated_by_it() -> None:
    # the day far back in another clause ("would die on October 17") does not date the remand
    report = """
        HARARE, 18 February 2017 - Patrick Moyo, the pastor who is in jail over claims he committed a crime
        when he foretold that the president would die on October 17 this year, will remain locked up until
        next Monday after his remand in custody was extended yesterday.
        """
    assert ("2017-02-17", "detention_ordered") in rulings(report)
    assert roles(report)["Patrick Moyo"] == "defendant"


def test_the_magistrate_handling_his_case_then_a_name_is_the_judge() -> None:
    report = """
        HARARE, 18 February 2017 - Patrick Moyo, charged with disorderly conduct, was remanded in custody
        yesterday. The magistrate handling his case, Vongai Guwuriro, has recently been posted to Bindura.
        """
    assert roles(report)["Vongai Guwuriro"] == "judge"


def test_a_renvoi_told_in_the_pluperfect_is_a_renvoi() -> None:
    report = """
        DOUALA, 10 juin 2021 - Le procès des militants, poursuivis pour insurrection, a encore été renvoyé
        mercredi par le tribunal militaire de Douala. Le 14 avril 2021, lors de la toute première audience,
        les débats avaient été repoussés parce que la composition du tribunal était irrégulière.
        """
    assert ("2021-04-14", "adjourned") in rulings(report)


def test_the_offences_they_are_charged_with_then_a_colon_list_them() -> None:
    report = """
        PORTO-NOVO, 10 juin 2021 - Les trois douaniers ont comparu mercredi devant la CRIET. La liste des
        délits qui leur sont reprochés est longue : abus de fonction, dénonciation calomnieuse et escroquerie.
        On leur reproche aussi des faits de conspiration et de révolution.
        """
    expected = {"abus de fonction", "dénonciation calomnieuse", "escroquerie", "révolution"}
    assert expected <= set(charges(report))


def test_a_renvoi_whose_target_the_dateline_has_passed_is_no_next_hearing() -> None:
    report = """
        date 2020-07-23 Murder case postponed again to 29 September

        Sipho Dube, the man accused of murder, will only be back in the dock on 29 September 2020 after his
        case was postponed once more.

        Positive Covid-19 tests had forced a clean-up of the building on 2 July, when Magistrate John Baloyi
        put the case off for the second time.

        All matters on that day's roll were then pushed to 9 July, according to the prosecutors.
        """
    assert next_hearings(report) == ["2020-09-29"]


def test_mm_is_a_plural_title_and_inculpation_pour_names_the_charge() -> None:
    report = """
        CONAKRY, 16 mars 2023 - Ibrahima Kassory Camara et Mohamed Diallo sont en prison depuis avril 2022,
        date de leur inculpation pour détournement de fonds publics. La cour a fixé mercredi au 20 mars la
        suite du procès de MM. Kassory Camara et Diallo.
        """
    found = roles(report)
    assert found["Ibrahima Kassory Camara"] == "defendant"
    assert found["Mohamed Diallo"] == "defendant"
    assert "détournement de fonds publics" in charges(report)


def test_the_offence_in_apposition_names_the_charge() -> None:
    report = """
        LUSAKA, 20 March 2019 - Twelve people appeared before the Lusaka magistrate, who adjourned the matter
        to March 25, 2019 for trial. The offence, buying forged notes, is created by Section 358 of the Penal
        Code. The charge, they said, was not clear to them.
        """
    assert charges(report) == ["buying forged notes"]


def test_a_middle_initial_stays_inside_the_name() -> None:
    report = """
        WORCESTER, July 1, 2019 - Two people pleaded not guilty on Monday in Worcester Superior Court. His
        co-defendant, Ariana M. Bossy, answered not guilty to an indictment for murder.
        """
    assert roles(report)["Ariana M. Bossy"] == "defendant"


def test_a_court_where_someone_works_is_not_the_court_that_judges() -> None:
    report = """
        Ivresse au volant : un agent de la Cour d'appel renvoyé derrière les barreaux

        DAKAR, 12 mai 2024 - Pour conduite en état d'ébriété, le tribunal des flagrants délits de Dakar a
        infligé vendredi un mois de prison ferme à un agent de la Cour d'appel, Adama Cissé.
        """
    assert courts(report) == ["Tribunal des flagrants délits de Dakar"]
    assert ("2024-05-10", "convicted") in rulings(report)
    # named only as his workplace, the appeal court judges nothing here
    staff = """
        DAKAR, 12 mai 2024 - Adama Cissé, un agent de la Cour d'appel de Dakar, a été condamné vendredi à un
        mois de prison ferme pour conduite en état d'ébriété.
        """
    assert courts(staff) == [None]


def test_inculpes_en_une_annee_de_and_complicity_in_the_same_offences() -> None:
    report = """
        YAOUNDÉ, 22 septembre 2020 - Inculpés en 2018 de « coaction d'assassinats, violation de consigne et
        complicité des mêmes faits », les sept militaires ont été condamnés lundi par le tribunal militaire.
        """
    assert {"coaction d'assassinats", "violation de consigne", "complicité"} <= set(charges(report))


def test_what_the_jury_retained_against_each_is_a_charge() -> None:
    report = """
        LIÈGE, 20 mai 2022 - La cour d'assises de Liège a rendu jeudi son verdict. Clément avec Marc Harray,
        le jury n'a retenu contre lui que la complicité de tentative de meurtre. Ils ont en revanche retenu, à
        charge de Luc Couclet et de Paul Guerra, le port et la détention illégale d'une arme.
        """
    found = charges(report)
    assert "complicité de tentative de meurtre" in found
    assert "port et la détention illégale d'une arme" in found


def test_using_a_child_soldier_and_cruel_treatment_are_offences_of_a_list() -> None:
    report = """
        BELLINZONE, 18 juin 2021 - L'accusé a été reconnu coupable vendredi par le Tribunal pénal fédéral de
        21 des 25 chefs d'accusation retenus contre lui : meurtres, viol, utilisation d'un enfant-soldat,
        pillages et traitements cruels.
        """
    assert {"utilisation d'un enfant-soldat", "traitements cruels"} <= set(charges(report))


def test_refused_to_free_him_is_a_bail_refusal() -> None:
    report = """
        TUNIS, 10 décembre 2025 - Un mandat de dépôt avait été émis contre Mohamed Salah, poursuivi pour
        complot. Lundi, la chambre criminelle du tribunal de première instance de Tunis a refusé de le
        libérer.
        """
    assert ("2025-12-08", "bail_denied") in rulings(report)


def test_cree_le_with_a_two_digit_year_is_the_publication_date() -> None:
    report = textwrap.dedent(
        """
        20 Minutes > Lyon > Faits divers

        Créé le 19.10.10 à 00h00 -- Mis à jour le 19.10.10 à 00h00

        Deux manifestants condamnés à du sursis

        Une lycéenne et un étudiant, poursuivis pour dégradations, sont passés hier en comparution immédiate
        au tribunal correctionnel de Lyon.
        """
    )
    assert parse_bytes(report.encode(), "report.txt").articles[0].published == dt.date(2010, 10, 19)


def test_a_case_to_answer_is_a_decision_and_counts_after_a_dash_are_charges() -> None:
    report = """
        ARUSHA, 15 January 2022 - On January 14 the Arusha Resident Magistrate's Court found that Lengai Saba
        and six co-accused had a case to answer. Saba on his own faces three counts - abuse of power,
        extortion and conspiracy to commit corruption.
        """
    assert ("2022-01-14", "other") in rulings(report)
    assert {"abuse of power", "extortion", "conspiracy to commit corruption"} <= set(charges(report))


def test_constitutions_de_parties_civiles_de_and_the_list_of_offences_comprises() -> None:
    report = """
        BANFORA, 4 mars 2015 - Le tribunal de grande instance de Banfora a jugé mardi dix élèves. Le tribunal
        a reçu les constitutions de parties civiles de Evariste Samaté, de Diarra Sarena et de David Sanogo.
        La liste des infractions comprend la participation à un attroupement illicite, ainsi que des
        violences contre les forces de l'ordre.
        """
    found = roles(report)
    for name in ("Evariste Samaté", "Diarra Sarena", "David Sanogo"):
        assert found[name] == "civil_party"
    assert "participation à un attroupement illicite" in charges(report)


def test_a_name_in_apposition_to_a_role_noun_keeps_it_over_the_clause_after() -> None:
    report = """
        LIBREVILLE, 6 janvier 2015 - Cent prévenus comparaissaient lundi devant le tribunal de première
        instance de Libreville. Selon la procureure de la République, Sidonie Flore Ouwé, les prévenus avaient
        été interpellés avec des cailloux.
        """
    assert roles(report)["Sidonie Flore Ouwé"] == "prosecutor"


def test_a_court_named_by_kind_and_seat_is_the_fuller_court_of_that_seat() -> None:
    report = """
        Gabon : cent manifestants devant le tribunal de Libreville, une relaxe

        LIBREVILLE, 6 janvier 2015 - Cent personnes comparaissaient ce lundi 5 janvier devant le tribunal de
        première instance de Libreville. L'un des prévenus, Paul Obame, a été relaxé.
        """
    assert courts(report) == ["Tribunal de première instance de Libreville"]


def test_the_day_of_an_event_named_with_its_complement_is_no_hearing() -> None:
    report = """
        LIBREVILLE, 6 janvier 2015 - Les personnes arrêtées lors de la manifestation interdite de l'opposition
        du samedi 20 décembre 2014 comparaissaient ce lundi 5 janvier devant le tribunal de première instance
        de Libreville.
        """
    assert held(report) == {"2015-01-05"}


def test_the_end_of_a_period_is_no_next_hearing() -> None:
    report = """
        CASABLANCA, 15 janvier 2007 - Le tribunal de première instance de Casablanca a condamné lundi deux
        journalistes à trois ans de prison avec sursis. Le tribunal a également interdit la parution du
        magazine pendant deux mois, du 15 janvier au 15 mars.
        """
    assert next_hearings(report) == []


def test_a_hearing_moved_from_one_day_to_another_is_next_on_the_second() -> None:
    report = """
        DAKAR, 4 mai 2020 - Le procès de Paul Diouf devant le tribunal correctionnel de Dakar a été reporté
        du 5 mai au 19 mai.
        """
    assert next_hearings(report) == ["2020-05-19"]


def test_a_site_menu_names_no_one() -> None:
    report = """
        ACTUALITE.CD  |  Politique  Économie  Sécurité  Justice  Provinces  Sport

        KINSHASA, 3 mars 2020 - Le tribunal de grande instance de Kinshasa/Gombe a rejeté mardi la demande de
        liberté provisoire de Paul Mbala, poursuivi pour détournement.
        """
    assert roles(report) == {"Paul Mbala": "defendant"}


def test_names_inside_appositions_are_neither_list_items_nor_subjects() -> None:
    report = """
        KINSHASA, 3 mars 2020 - Paul Mbala, le directeur de cabinet de Jean Ilunga, et Marc Lutete, qui dirige
        Sotraco Sarl, ont été condamnés par le tribunal de grande instance de Kinshasa/Gombe.
        """
    assert roles(report) == {"Paul Mbala": "defendant", "Marc Lutete": "defendant"}


def test_those_who_remain_in_prison_are_the_accused() -> None:
    report = """
        KINSHASA, 3 mars 2020 - Le tribunal de grande instance de Kinshasa/Gombe a rejeté les requêtes de
        liberté provisoire. Paul Mbala et Marc Lutete restent en prison.
        """
    assert roles(report) == {"Paul Mbala": "defendant", "Marc Lutete": "defendant"}


def test_the_court_heard_from_a_speaker_not_a_place() -> None:
    report = """
        MANCHESTER, 17 October 2022 - John Carter appeared at Manchester Magistrates' Court on Monday. The
        court heard from Rebecca Smith, prosecuting, that the offence was serious.
        """
    assert roles(report)["Rebecca Smith"] == "prosecutor"


def test_the_day_the_alleged_facts_date_from_is_no_hearing() -> None:
    report = """
        MANCHESTER, 17 October 2022 - John Carter appeared at Manchester Magistrates' Court on Monday, where
        the court heard that the alleged assault dates from October 22, 2021.
        """
    assert held(report) == {"2022-10-17"}


def test_an_adjournment_until_later_the_same_day_is_no_renvoi() -> None:
    report = """
        MANCHESTER, 17 October 2022 - John Carter appeared at Manchester Magistrates' Court on Monday.
        District Judge Mark Hall adjourned proceedings until later on Monday and refused bail. His next
        appearance will be at Minshull Street Crown Court on November 21.
        """
    assert next_hearings(report) == ["2022-11-21"]
    assert all(kind != "adjourned" for _, kind in rulings(report))


def test_an_editors_gloss_on_today_gives_the_reference_day() -> None:
    report = """
        Policemen refused bail

        An Accra Circuit Court has sent four police officers back into custody. The case was called at 12 noon
        today [March 28, 2022] before the court.
        """
    assert parse_bytes(report.encode(), "report.txt").articles[0].published == dt.date(2022, 3, 28)


def test_the_case_was_called_is_a_sitting() -> None:
    report = """
        ACCRA, 29 March 2022 - Kofi Mensah is accused of robbery. His case was called on March 28 at the Accra
        Circuit Court.
        """
    assert held(report) == {"2022-03-28"}


def test_a_remand_ordered_again_is_a_ruling_of_its_own() -> None:
    report = """
        ACCRA, 28 March 2022 - Four officers were first remanded on March 9 this year by the Accra Circuit
        Court. The case was called today. Having heard both sides, the court sided with the prosecution and
        remanded the accused for one week.
        """
    assert {("2022-03-09", "detention_ordered"), ("2022-03-28", "detention_ordered")} <= rulings(report)


def test_a_statute_is_no_one_though_it_holds_justice() -> None:
    report = """
        LAGOS, 27 January 2022 - A Yaba Chief Magistrate's Court remanded Tunde Bakare for 30 days. The motion
        cited the Police Act and the Administration of Criminal Justice Law of Lagos State.
        """
    assert roles(report) == {"Tunde Bakare": "defendant"}


def test_a_release_on_a_personal_bond_is_bail() -> None:
    report = """
        NAIROBI, 27 June 2024 - At the Milimani Court on Wednesday, Magistrate Jane Wambui released the minors
        on a Ksh 10,000 personal bond, and ordered release with immediate effect, each on a cash bond, of the
        others.
        """
    assert ("2024-06-26", "bail_granted") in rulings(report)


def test_a_list_unfolding_a_group_its_own_clause_names_is_no_list_of_the_accused() -> None:
    report = """
        DAKAR, 20 juin 2022 - Le tribunal des flagrants délits de Dakar examine le dossier des 84 prévenus.
        Les sympathisants ont ovationné Paul Diouf et ses co-prévenus. Plusieurs figures de l'opposition
        avaient fait le déplacement, parmi lesquelles Awa Ndiaye, Moussa Fall, Ibrahima Sy et Fatou Ba.
        """
    found = roles(report)
    assert found["Paul Diouf"] == "defendant"
    assert not {"Awa Ndiaye", "Moussa Fall", "Ibrahima Sy", "Fatou Ba"} & set(found)


def test_ce_jour_la_dates_a_decision_on_the_day_named_before() -> None:
    report = """
        BAMAKO, 5 janvier 2026 - Le tribunal de grande instance de la Commune III a été saisi par citation
        directe, et l'affaire a été enrôlée pour être appelée le 2 octobre 2025.

        Ce jour-là, la juridiction a renvoyé l'affaire au 27 novembre 2025.
        """
    assert ("2025-10-02", "adjourned") in rulings(report)


def test_a_consignation_demanded_and_a_procedure_annulled_are_decisions() -> None:
    report = """
        BAMAKO, 5 janvier 2026 - Le 2 octobre 2025, le tribunal de grande instance de la Commune III a exigé
        une consignation de 500.000 FCFA. Le 29 décembre 2025, ce même tribunal a prononcé l'annulation de la
        procédure.
        """
    found = rulings(report)
    assert ("2025-10-02", "other") in found
    assert ("2025-12-29", "dismissed") in found


def test_those_a_complaint_targeted_are_the_accused() -> None:
    report = """
        BAMAKO, 5 janvier 2026 - Une plainte a visé Amadou Traoré et Issa Keïta pour des injures publiques.
        Le tribunal de grande instance de la Commune III a prononcé le 29 décembre 2025 l'annulation de la
        procédure.
        """
    found = roles(report)
    assert found["Amadou Traoré"] == found["Issa Keïta"] == "defendant"


def test_a_name_shortened_to_its_initial_is_a_person() -> None:
    report = """
        BRUXELLES, 5 mars 2024 - Kevin D., un habitant de Wavre, a été condamné mardi par le tribunal
        correctionnel du Brabant wallon à un an de prison.
        """
    assert roles(report) == {"Kevin D.": "defendant"}


def test_one_who_saw_a_sentence_inflicted_on_him_is_the_accused() -> None:
    report = """
        BRUXELLES, 5 mars 2024 - Le tribunal correctionnel du Brabant wallon a rendu son jugement mardi. Paul
        Lambert s'est vu infliger un an de prison avec sursis.
        """
    assert roles(report) == {"Paul Lambert": "defendant"}


def test_a_state_advocate_prosecutes_and_a_member_represents_a_constituency() -> None:
    report = """
        KAMPALA, 12 March 2024 - The Anti-Corruption Court granted bail to John Okello. Peter Mugisha, who
        represents Busoga County in Parliament, was in court. State advocate Jane Nansubuga told the court the
        State was ready.
        """
    found = roles(report)
    assert found["Jane Nansubuga"] == "prosecutor"
    assert found.get("Peter Mugisha") != "defense_counsel"


def test_lists_introduced_by_their_co_accused_or_also_charged_are_the_accused() -> None:
    report = """
        DAR ES SALAAM, 4 September 2017 - The Kisutu Resident Magistrate's Court remanded Yusuf Manji on
        Monday. Manji's co-accused, all officials of the firm, are Juma Kisinda (28), a clerk; Ali Sangey
        (46), store keeper; and Tobias Fwele (43), assistant store keeper.
        """
    found = roles(report)
    for name in ("Juma Kisinda", "Ali Sangey", "Tobias Fwele"):
        assert found[name] == "defendant"


def test_those_who_stay_in_jail_and_the_accused_in_brackets_are_the_accused() -> None:
    report = """
        HARARE, 20 January 2021 - A Harare magistrate admitted Ali Musa to bail, while Grace Moyo and Tendai
        Banda stay in jail. Both the accused (Peter Dube) and his brother confirmed they had received the
        indictment.
        """
    found = roles(report)
    for name in ("Grace Moyo", "Tendai Banda", "Peter Dube"):
        assert found[name] == "defendant"


def test_offences_listed_before_voila_ce_qui_vaut_or_those_are_the_charges() -> None:
    report = """
        CONAKRY, 27 octobre 2025 - Occupation illégale, destruction de l'environnement, évasion : voilà ce qui
        vaut aux cinq hommes d'être poursuivis devant le tribunal de première instance de Kaloum.
        """
    assert {"occupation illégale", "destruction de l'environnement", "évasion"} <= set(charges(report))


def test_charges_answered_with_co_accused_and_imputed_to_them() -> None:
    report = """
        ABIDJAN, 20 juillet 2017 - Devant la cour d'assises d'Abidjan, l'ancien ministre Paul Kouassi
        répondait avec sept coaccusés de complot contre l'autorité de l'Etat et de détention illégale d'armes.
        YAOUNDÉ, 3 mai 2019 - Le tribunal militaire de Yaoundé juge dix militants. On leur impute la sécession
        et le terrorisme.
        """
    found = charges(report)
    assert "complot contre l'autorité de l'Etat" in found
    assert "sécession" in found


def test_a_renvoi_told_in_the_past_with_a_bare_weekday_is_dated_on_it() -> None:
    report = """
        MARSEILLE, 6 juillet 2021 - Le procès a de nouveau été renvoyé lundi par le tribunal correctionnel de
        Marseille.
        """
    assert rulings(report) == {("2021-07-05", "adjourned")}
    assert next_hearings(report) == []


def test_a_hearing_date_fixed_and_a_cmc_set_are_renvois() -> None:
    fixed = """
        NAIROBI, July 3, 2019 - Chief Magistrate Francis Andayi at the Milimani court on Wednesday fixed
        September 4 as the hearing date for the incitement charge against John Kamau.
        """
    cmc = """
        ACCRA, 15 October 2024 - The Accra Circuit Court on Tuesday granted bail to Kofi Mensah, charged with
        unlawful assembly. A CMC was set for October 20.
        """
    assert ("2019-07-03", "adjourned") in rulings(fixed)
    assert ("2024-10-15", "adjourned") in rulings(cmc)


def test_a_related_articles_headline_is_not_read_into_the_report() -> None:
    report = """
        DAKAR, 16 septembre 2024 - Le tribunal correctionnel de Dakar a renvoyé lundi au 30 septembre le
        procès d'Awa Ndiaye, poursuivie pour escroquerie.

        Lire aussi : Le tribunal de Thiès a condamné Paul Diouf à deux ans de prison

        Son avocat, Me Ibrahima Sy, a demandé sa mise en liberté provisoire.
        """
    assert "Paul Diouf" not in roles(report)


def test_swiss_district_and_cantonal_courts_and_a_seat_with_its_commune() -> None:
    assert courts(
        """
        SION, 5 mars 2021 - Le Tribunal d'arrondissement de Sierre a condamné Paul Martin à dix ans de prison.
        """
    ) == ["Tribunal d'arrondissement de Sierre"]
    assert courts(
        """
        KINSHASA, 5 mars 2021 - Le Tribunal de Grande instance de Kinshasa/Gombe a condamné Paul Mbala.
        """
    ) == ["Tribunal de Grande instance de Kinshasa/Gombe"]


def test_names_that_open_on_initials() -> None:
    report = """
        BRIKAMA, 29 April 2022 - Thirteen people accused of scamming were admitted to bail on Friday by
        Magistrate E. Sowe of the Brikama Magistrate Court. Presiding Judge Justice T. B. Adegoke agreed.
        """
    found = roles(report)
    assert found["E. Sowe"] == "judge"
    assert found["T. B. Adegoke"] == "judge"


def test_counts_that_remain_after_a_colon_are_the_charges_and_liberias_lettered_courts() -> None:
    report = """
        MONROVIA, 20 August 2023 - Criminal Court A heard the case of John Doe on Monday. Three counts remain:
        criminal attempt to commit murder, aggravated assault, and criminal conspiracy.
        """
    assert courts(report) == ["Criminal Court A"]
    assert {"criminal attempt to commit murder", "aggravated assault", "criminal conspiracy"} <= set(
        charges(report)
    )


def test_la_peine_que_la_cour_a_prononcee_is_a_conviction() -> None:
    report = """
        29 AOÛT 2025.

        Trois ans ferme. C'est la peine que la Cour criminelle ordinaire d'Anosy a prononcée hier contre cinq
        des six personnes jugées pour vol.
        """
    assert ("2025-08-28", "convicted") in rulings(report)


def test_kin_listed_and_a_complement_after_to_are_no_accused() -> None:
    report = """
        KAMPALA, 20 January 2021 - The trial of Grace Atim, assistant private secretary to President John
        Okello, who is accused of lying to officials, was adjourned by the Buganda Road court. She is accused
        of asking officers to hire her relatives. Named as the relatives: Peter Ocen, Paul Ojok and Sam Opio.
        """
    found = roles(report)
    assert found["Grace Atim"] == "defendant"
    assert not {"John Okello", "Peter Ocen", "Paul Ojok", "Sam Opio"} & set(found)


def test_a_name_after_to_and_a_title_inside_an_apposition_is_no_list_item() -> None:
    report = """
        KAMPALA, 20 January 2021 - Grace Atim, secretary to President John Okello, and Peter Ocen were charged
        with fraud before the Buganda Road court.
        """
    assert roles(report) == {"Grace Atim": "defendant", "Peter Ocen": "defendant"}


def test_one_killed_or_gone_missing_is_the_victim() -> None:
    report = """
        BRAKPAN, 7 January 2014 - A man accused of murdering his niece appeared in the Brakpan Magistrate's
        Court on Tuesday. Supporters wore pink, the colour Jasmin Lee Pretorius had on when she was killed.
        """
    assert roles(report).get("Jasmin Lee Pretorius") == "victim"


def test_a_rank_and_service_number_between_role_and_name_and_sent_to_remand() -> None:
    report = """
        FREETOWN, 31 August 2022 - Magistrate Mark Ngegba of the Pademba Road Court No.1 on Tuesday, 30th
        August, 2022 sent to remand 12 accused persons. The police prosecutor, Sergeant 9155 Dwight Macarthy,
        said his witness had not come.
        """
    assert roles(report)["Dwight Macarthy"] == "prosecutor"
    assert ("2022-08-30", "detention_ordered") in rulings(report)


def test_the_prosecution_team_under_a_lawyer_names_the_prosecutor() -> None:
    report = """
        NYANDARUA, 10 July 2024 - The Nyandarua court freed 19 protesters on bond, dismissing the application
        brought by the prosecution team under Mr. Jefrey Langat Kipyegon.
        """
    assert roles(report)["Jefrey Langat Kipyegon"] == "prosecutor"


def test_the_case_of_one_against_another() -> None:
    report = """
        PORT-AU-PRINCE, 22 mars 2005 - Lorsque l'affaire Léon Charles contre Rosemond Jean a été appelée
        lundi devant le tribunal correctionnel de Port-au-Prince, l'avocat a lu la citation pour diffamation.
        """
    assert roles(report) == {"Léon Charles": "civil_party", "Rosemond Jean": "defendant"}


def test_facts_qualified_and_offences_sanctioned_are_charges() -> None:
    report = """
        BELLINZONE, 3 mai 2024 - Le Tribunal pénal fédéral a condamné deux hommes. La Cour des affaires
        pénales qualifie les faits de soutien à une organisation terroriste. Les deux prévenus sont par
        ailleurs sanctionnés pour entrave à l'action pénale.
        """
    assert {"soutien à une organisation terroriste", "entrave à l'action pénale"} <= set(charges(report))


def test_a_lire_aussi_without_its_accent_is_another_articles_line() -> None:
    report = """
        DAKAR, 16 septembre 2024 - Le tribunal correctionnel de Dakar a renvoyé lundi au 30 septembre le
        procès d'Awa Ndiaye, poursuivie pour escroquerie.

        → A LIRE AUSSI : Le tribunal de Thiès a condamné Paul Diouf pour fraude

        Son avocat, Me Ibrahima Sy, a demandé sa mise en liberté provisoire.
        """
    assert "Paul Diouf" not in roles(report)


def test_the_subject_a_pronoun_takes_up_as_the_accused() -> None:
    report = """
        WEXFORD, 21 March 2020 - At Wexford District Court on Friday, remand prisoners were handled over
        video. Derek Kelly (31), of Castlebridge, was the first to sit down. He is charged in connection with
        an alleged robbery at a shop.
        """
    assert roles(report) == {"Derek Kelly": "defendant"}


def test_glued_initials_open_a_name() -> None:
    report = """
        ABUJA, 2 October 2025 - The Federal High Court in Abuja adjourned the trial of Musa Bello to
        November 4. The prosecution counsel, E.A. Inegbenoise, told the court the witnesses were ready.
        """
    assert roles(report)["E.A. Inegbenoise"] == "prosecutor"


def test_one_leading_the_prosecution_is_the_prosecutor() -> None:
    report = """
        NAIROBI, 20 July 2016 - Three MPs denied incitement charges before Chief Magistrate Paul Mutembei.
        Superintendent Peter Towett, leading the prosecution, applied for the suspects to stay in cells.
        """
    assert roles(report)["Peter Towett"] == "prosecutor"


def test_a_source_credit_under_the_text_gives_the_publication_date() -> None:
    long = "Les deux autres niaient toute participation aux faits reprochés, selon leurs avocats. " * 3
    report = (
        "Sans Attendre - Rennes | Luttes | Répression | Agenda\n\n"
        "Voiture abîmée : deux relaxes, trois peines avec sursis\n\n"
        "Jugement rendu ce jeudi 21 novembre à Rennes. Quatre manifestants étaient passés devant le tribunal "
        "de la ville le 7 novembre dernier.\n\n"
        f"« A l'audience, deux d'entre eux avaient reconnu les faits. {long}\n"
        "Suffisant, selon le procureur de la République.\n"
        "Les juges ont relaxé le premier des deux ; le second prend deux mois avec sursis. »\n"
        "[Repris de Ouest-France, 22.11.2019]\n\n"
        "Ce contenu a été publié dans Répression, avec comme mots-clés Rennes, tribunal.\n"
    )
    assert parse_bytes(report.encode(), "report.txt").articles[0].published == dt.date(2019, 11, 22)


def test_names_with_bracketed_trades_form_a_list() -> None:
    report = """
        ABIDJAN, 5 mars 2013 - Statuant en son audience des flagrants délits, le tribunal de première
        instance d'Abidjan-Plateau a jugé hier que Paul Kouassi (Directeur de Publication et Directeur
        général par intérim), Marc Yao (Secrétaire général de la rédaction) et Jean Koné (Chef du service
        Politique) n'étaient pas coupables des faits retenus contre eux par le parquet.
        """
    found = roles(report)
    for name in ("Paul Kouassi", "Marc Yao", "Jean Koné"):
        assert found[name] == "defendant"


def test_a_ruling_finding_that_and_an_adjournment_not_opposed_are_decisions() -> None:
    report = """
        September 15, 2023

        Proceedings in the case against John Zimba at the Lusaka High Court ground to a halt today.

        The hearing had been lined up after yesterday's High Court ruling finding that the evidence had been
        forced on the accused.

        Jonas Mbewe, leading the defence, did not oppose the adjournment.
        """
    found = rulings(report)
    assert ("2023-09-14", "other") in found
    assert ("2023-09-15", "adjourned") in found


def test_a_sentence_said_to_have_been_pronounced_or_handed_down_is_a_conviction() -> None:
    french = """
        LOMÉ, 10 août 2020 - Deux hommes accusés d'avoir caillassé un cortège purgeront trente ans de prison.
        La peine a été prononcée dimanche par le tribunal.
        """
    english = """
        KAMPALA, Aug 10 2020 - Two men accused of stoning a convoy will serve 30 years in prison. The sentence
        was handed down on Sunday by the High Court.
        """
    assert ("2020-08-09", "convicted") in rulings(french)
    assert ("2020-08-09", "convicted") in rulings(english)


def test_a_rank_with_its_complement_still_lets_the_verb_reach_the_name() -> None:
    report = """
        DOUALA, 14 septembre 2021 - Le tribunal militaire de Douala a condamné lundi le sergent de l'armée
        de terre Paul Ekambi Ngando à un an d'emprisonnement ferme.
        """
    assert roles(report)["Paul Ekambi Ngando"] == "defendant"


def test_a_full_date_told_with_ce_is_the_day_of_writing_without_a_dateline() -> None:
    report = """
        Le tribunal militaire de Douala a infligé ce lundi un an d'emprisonnement ferme au sergent Paul
        Ekambi.

        Le militaire a été reconnu coupable d'outrage au président de la République.

        Prévue au départ pour le 9 août 2021, l'affaire a connu son épilogue ce 13 septembre 2021.
        """
    assert ("2021-09-13", "convicted") in rulings(report)
    recalled = """
        Le tribunal criminel de Douala a condamné lundi Paul Ekambi à dix ans de prison.

        Il avait obtenu, le 3 février 1995, une liberté provisoire. Depuis, plus aucune trace : ce mercredi 30
        avril 2014, vingt ans après, il est revenu. Le 5 mai 2014, le tribunal l'a jugé de nouveau.
        """
    # a "ce" day older than another day of the text is recalled: "lundi" stays undated
    assert not any(day == "2014-04-28" for day, _ in rulings(recalled))


def test_counts_which_border_on_a_list_are_charges() -> None:
    report = """
        ABUJA, March 3 2025 (NAN) - Six men were arraigned before a Kubwa Chief Magistrates Court. All six
        denied the three counts they face, which border on conspiracy, belonging to an unlawful society and
        attempted murder.
        """
    assert charges(report) == ["conspiracy", "belonging to an unlawful society", "attempted murder"]


def test_the_nature_of_the_facts_before_a_colon_lists_charges() -> None:
    report = """
        PORTO-NOVO, 5 mars 2021 - Le tribunal a jugé hier les 30 prévenus, répartis en cinq dossiers selon la
        nature des faits : « trafic de munitions », « attroupement interdit », entre autres.
        """
    assert charges(report) == ["trafic de munitions", "attroupement interdit"]


def test_a_long_court_abbreviation_written_as_a_word_names_the_court() -> None:
    report = """
        COTONOU, 5 mars 2021 - Douze manifestants jugés devant la Criet

        Les douze prévenus ont comparu hier. Le dossier a été renvoyé au 12 mars.
        """
    assert courts(report) == ["Cour de répression des infractions économiques et du terrorisme"]


def test_a_breadcrumb_filing_the_page_under_year_and_month_gives_year_less_days_their_year() -> None:
    report = """
        Le Phare › Accueil › 2022 › 11 › Société

        Audiences renvoyées au tribunal de première instance de Kaloum

        L'audience du 30 novembre au tribunal de première instance de Kaloum a tourné court : aucun détenu
        n'était dans le box. Les dossiers ont été renvoyés à la semaine suivante. Au rôle figurait le dossier
        de Jean Camara, poursuivi pour vol.
        """
    assert ("2022-11-30", "adjourned") in rulings(report)
    assert held(report) == {"2022-11-30"}


def test_a_day_fixed_for_mention_is_an_adjournment() -> None:
    report = """
        ABUJA, March 3 2025 (NAN) - Six men were on Monday remanded by a Kubwa Chief Magistrates Court.
        Chief Magistrate Grace Obi ordered that they be kept in custody and fixed March 20 for mention.
        """
    assert ("2025-03-03", "adjourned") in rulings(report)
    assert next_hearings(report) == ["2025-03-20"]


def test_a_case_pushed_to_a_day_is_an_adjournment() -> None:
    # "pushed" was missing from the words that let a sentence's ruling cues be searched at all
    report = """
        DODOMA, Feb 9 2018 - The case against former commissioner John Mrema at the Resident Magistrate's
        Court was on Friday pushed to March 28, after the prosecution tabled its statement.
        """
    assert ("2018-02-09", "adjourned") in rulings(report)


def test_the_one_whose_arraignment_or_sentencing_is_reported_is_the_accused() -> None:
    report = """
        FRESNO, Nov 7 2014 - Reporters crowded the Fresno Superior Court for the 1:30 p.m. arraignment of
        Dale Wexford, who now faces trial accused of murdering his business partner.
        """
    assert roles(report)["Dale Wexford"] == "defendant"


def test_one_who_was_found_guilty_is_the_accused() -> None:
    report = """
        LEEDS, Nov 8 2024 - Martin Holloway, 59, was found guilty of murder at Leeds Crown Court.
        """
    assert roles(report)["Martin Holloway"] == "defendant"


def test_one_a_jury_found_guilty_is_the_accused() -> None:
    report = """
        LEEDS, Nov 8 2024 - A jury at Leeds Crown Court found Martin Holloway guilty of murder.
        """
    assert roles(report)["Martin Holloway"] == "defendant"


def test_a_place_before_jury_or_court_is_no_person() -> None:
    report = """
        RENO, Oct. 4 (UPI) -- A Carson City jury has convicted Dale Wexford at his robbery trial.
        """
    assert roles(report) == {"Dale Wexford": "defendant"}


def test_a_group_word_before_names_does_not_take_up_the_sentence_before() -> None:
    report = """
        RENO, Oct. 4 (UPI) -- A jury has convicted Dale Wexford at his trial in Reno. Memorabilia was taken
        from two dealers, Bruce Hanley and Alfred Morrow. Both Wexford and Stewart were found guilty of the
        theft.
        """
    found = roles(report)
    assert "Bruce Hanley" not in found and "Alfred Morrow" not in found
    assert "Both Wexford" not in found


def test_a_prosecution_barrister_prosecutes() -> None:
    report = """
        LEEDS, Nov 8 2024 - Martin Holloway was found guilty of murder at Leeds Crown Court. Holloway
        called the prosecution barrister, Anne Whitcombe, stupid.
        """
    assert roles(report)["Anne Whitcombe"] == "prosecutor"


def test_offences_shared_out_among_the_accused_are_charges() -> None:
    report = """
        LIÈGE, 22 janvier 2024 (BELGA) - Sept prévenus comparaissent devant le tribunal correctionnel de
        Liège. Tous ne sont pas poursuivis pour les mêmes faits. Vols avec violence pour les uns ;
        destructions, rébellion ou menaces pour les autres.
        """
    assert charges(report) == ["vols avec violence", "destructions", "rébellion", "menaces"]


def test_the_same_offences_are_no_charge_of_their_own() -> None:
    report = """
        LIÈGE, 22 janvier 2024 (BELGA) - Sept prévenus comparaissent devant le tribunal correctionnel de
        Liège. Tous ne sont pas poursuivis pour les mêmes faits.
        """
    assert charges(report) == []


def test_a_chain_of_renvois_tells_each_day_the_court_sat() -> None:
    report = """
        ORAN, 20 janvier 2022 - Le procès en appel de Karim Hadj traîne au tribunal de Blida. Enrôlée pour la
        première fois le 22 septembre dernier, l'affaire a ensuite été renvoyée au 27 octobre, puis au 24
        novembre et enfin au 15 décembre, avant ce énième report au 9 février prochain.
        """
    found = rulings(report)
    for day in ("2021-09-22", "2021-10-27", "2021-11-24"):
        assert (day, "adjourned") in found
    assert {"2021-10-27", "2021-11-24"} <= held(report)
    period = """
        ORAN, 20 janvier 2022 - Le procès de Karim Hadj au tribunal de Blida a été renvoyé hier, afin que les
        avocats assistent à la rentrée du barreau, programmée du 27 au 29 janvier 2022.
        """
    assert not any(day == "2022-01-27" for day, _ in rulings(period))


def test_adjourned_it_on_a_weekday_tells_the_day_of_the_adjournment() -> None:
    report = """
        Daily Courier
         date 2025-03-13

        Tunde Bello's trial will resume on April 2, after the High Court in Kano adjourned it on Thursday.
        """
    assert ("2025-03-13", "adjourned") in rulings(report)
    assert next_hearings(report) == ["2025-04-02"]


def test_without_a_dateline_the_day_a_renvoi_points_at_is_still_to_come() -> None:
    # the article's latest full date stands in for its dateline: the day the ruling is set for
    report = """
        Daily Post | Home | News | Business | Sports | Opinions
        General News

        Theft: Court to rule on Feb 25

        A ruling on bail for two men found with stolen cables will be delivered on 25 February 2019, a
        District Court has decided.
        """
    assert next_hearings(report) == ["2019-02-25"]


def test_a_hearing_pushed_back_to_the_original_date_is_sent_there() -> None:
    report = """
        Court news

        The bail hearing of Ama Owusu was adjourned when it first came up on Monday, 3rd June 2024, as the
        State asked for time to reply.

        In the end the High Court in Kumasi pushed the hearing back to the original 10th June date.
        """
    assert rulings(report) == {("2024-06-03", "adjourned")}
    assert held(report) == {"2024-06-03"}


def test_remanded_before_its_noun_and_held_on_remand_are_states_not_orders() -> None:
    report = """
        LAGOS, 4 March 2024 - The bail application of six remanded protesters will now be heard on March 11.

        Last Friday, dozens of people held on remand never made it to the Lagos High Court.
        """
    assert "detention_ordered" not in {kind for _, kind in rulings(report)}


def test_that_friday_is_the_day_already_told_not_one_ahead() -> None:
    report = """
        LUSAKA, 20 November 2017 - Last Friday, dozens of inmates never made it to the magistrates' court.

        Cases adjourned to that Friday could not be heard by the magistrates of Lusaka.
        """
    assert next_hearings(report) == []


def test_the_one_whose_bail_application_is_heard_is_the_accused() -> None:
    report = """
        WINDHOEK, 3 July 2024 - The court has put off the bail application of Maria Jansen to next week.

        Justice Paul Kaura put off the bail hearing of Assistant Commissioner of Police Peter Nel.
        """
    found = roles(report)
    assert found["Maria Jansen"] == "defendant"
    assert "Assistant Commissioner" not in found


def test_verdict_le_a_day_opening_its_clause_reserves_the_decision() -> None:
    report = """
        DAKAR, 15 mars 2024 - Le tribunal correctionnel de Dakar a jugé jeudi Awa Ndiaye, poursuivie pour
        escroquerie. Le parquet a requis deux ans ferme ; décision le 28 mars.
        """
    assert ("2024-03-14", "deliberation_reserved") in rulings(report)
    assert next_hearings(report) == ["2024-03-28"]


def test_a_risk_degree_inside_an_offence_does_not_end_it() -> None:
    report = """
        NIAMEY, 3 mai 2024 - Le tribunal de grande instance de Niamey a jugé mardi Ali Sani et Moussa Issa.
        Les deux prévenus devaient répondre de trafic de drogue à haut risque ainsi que d'association de
        malfaiteurs.
        """
    found = charges(report)
    assert "trafic de drogue à haut risque" in found
    assert "association de malfaiteurs" in found


def test_motifs_retenus_lists_the_offences() -> None:
    report = """
        RABAT, 10 décembre 2024 - La cour d'appel de Rabat a renvoyé mercredi au 22 janvier le dossier de
        Karim Alaoui. Il avait écopé en octobre de trois ans de prison. Motifs retenus : "escroquerie et
        abus de confiance".
        """
    found = charges(report)
    assert "escroquerie" in found
    assert "abus de confiance" in found


def test_those_picked_up_by_the_police_are_the_accused() -> None:
    report = """
        GABORONE, 3 July 2024 - Two men accused of theft will stand trial on 2 November, Chief Magistrate
        Lesego Dube has ruled.

        Tebogo Kgosi and Mpho Sebina were picked up at the border post last year.
        """
    found = roles(report)
    assert found["Tebogo Kgosi"] == "defendant"
    assert found["Mpho Sebina"] == "defendant"


def test_l_affaire_du_names_a_place_or_an_event_not_the_accused() -> None:
    report = """
        TUNIS, 12 janvier 2015 - Affaire du Boukornine : nouveau renvoi au 9 février.

        Le procès dans l'affaire des soldats tués au Mont Boukornine n'a pas pu se tenir : la chambre
        criminelle du tribunal de première instance de Tunis l'a reporté à la demande des avocats.
        """
    assert "Boukornine" not in roles(report)


def test_the_one_abducted_is_the_victim() -> None:
    report = """
        KANO, 23 January 2025 - The Federal High Court in Kano adjourned the trial of Sani Bello to March 3.

        The prosecution's case is that Sani Bello attacked the village and abducted Garba Danjuma and
        several other residents in 2022.
        """
    assert roles(report)["Garba Danjuma"] == "victim"


def test_an_office_in_apposition_yields_to_what_is_done_to_its_holder() -> None:
    report = """
        HARARE, June 5 2019 - Tendai Marufu, Zimbabwe's chief magistrate, was freed on $3 000 bail today when
        he appeared before acting chief magistrate Peter Nyathi, a day after his arrest on charges of criminal
        abuse of office.
        """
    found = roles(report)
    assert found["Tendai Marufu"] == "defendant"
    assert found["Peter Nyathi"] == "judge"


def test_american_attorneys_of_the_state_prosecute() -> None:
    report = """
        RICHMOND, Nov 13 2009 - Walter Greene was handed a 13-year prison sentence today in federal court.
        U.S. Attorney Helen Marsh said the sentence sent a clear signal. His attorney, Robert Dunne, says he
        will appeal.
        """
    found = roles(report)
    assert found["Helen Marsh"] == "prosecutor"
    assert found["Robert Dunne"] == "defense_counsel"


def test_one_handed_a_prison_sentence_past_a_long_apposition_is_the_accused() -> None:
    report = """
        RICHMOND, Nov 13 2009 - Walter Greene, the former Republican congressman from Ohio best known for
        the $90,000 in cash found in his garage, was handed a 13-year prison sentence today by the U.S.
        District Court.
        """
    assert roles(report)["Walter Greene"] == "defendant"


def test_the_bench_telling_the_accused_he_would_be_kept_in_custody_orders_it() -> None:
    report = """
        date 2019-05-17

        Standing before the bench at Gateshead Magistrates' Court today, Alan Cobb spoke only to confirm his
        name. Because the charge is so serious, the case has to pass automatically to Durham Crown Court.

        Mr Hale then told Cobb he would be kept in custody until he appears at the higher court.
        """
    assert ("2019-05-17", "detention_ordered") in rulings(report)
    assert courts(report) == ["Gateshead Magistrates' Court"]


def test_a_bench_chairman_judges() -> None:
    report = """
        GATESHEAD, May 17 2019 - Alan Cobb was remanded in custody at Gateshead Magistrates' Court today.
        Because the charge is so serious, bench chairman Roy Hale explained, the case has to pass to the
        Crown Court.
        """
    assert roles(report)["Roy Hale"] == "judge"


def test_one_told_as_being_the_victim_is_the_victim() -> None:
    report = """
        JACMEL, 18 décembre 2019 - Au tribunal de première instance de Jacmel, Paul Estimé était poursuivi
        pour voies de fait, Marie Jean étant la victime désignée.
        """
    assert roles(report)["Marie Jean"] == "victim"


def test_an_english_list_of_charges_goes_on_past_the_noun_car() -> None:
    report = """
        LIMERICK, March 3, 2024 - Sean Hogan appeared before Limerick District Court yesterday. The charges he
        faces are damaging the car, criminal damage to a shop window and possession of a knife.
        """
    found = charges(report)
    assert "criminal damage to a shop window" in found
    assert "possession of a knife" in found


def test_had_no_choice_but_to_adjourn_is_the_days_adjournment_not_a_recap() -> None:
    report = """
        KAMPALA, March 5, 2024 - Peter Okello, charged with fraud, failed to appear at yesterday's sitting of
        the Chief Magistrates' Court.

        With the accused absent, the magistrate had no choice but to adjourn the case until March 20, 2024.
        """
    assert ("2024-03-04", "adjourned") in rulings(report)


def test_a_kickers_next_date_fixed_is_the_next_hearing_not_the_pages_date() -> None:
    report = """
        LE REPORTER  >  Société  >  Justice

        4 mars 2024

        Procès des douaniers : le tribunal renvoie encore

        Prochaine date fixée : lundi 8 avril 2024.

        Le tribunal de grande instance de Bafoussam a renvoyé lundi le procès de Jean Fotso, poursuivi pour
        corruption, faute d'avocats.
        """
    articles = parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles
    assert [a.published for a in articles] == [dt.date(2024, 3, 4)]
    assert next_hearings(report) == ["2024-04-08"]


def test_a_day_in_the_possessive_names_the_events_not_the_hearing() -> None:
    report = """
        HARARE, May 11, 2024 - Forty men were in court yesterday over Tuesday's violent protests and the
        looting of a shop in Mbare. All denied the charges before magistrate Ruth Moyo, who sent them back to
        custody until Monday.
        """
    assert rulings(report) == {("2024-05-10", "detention_ordered")}
    assert held(report) == {"2024-05-10"}


def test_the_state_side_headed_by_a_lawyer_is_the_prosecution() -> None:
    report = """
        KAMPALA, March 5, 2024 - The trial of Paul Ssemakula, charged with defamation, was adjourned at the
        Chief Magistrates' Court today. The State side, headed by Moses Kato, a lawyer with the Revenue
        Authority, asked for more time to bring its evidence.
        """
    assert roles(report)["Moses Kato"] == "prosecutor"


def test_manquement_and_rassemblement_open_offences_in_a_list() -> None:
    found = charges(
        """
        SHERBROOKE, 4 mars 2024 - Marc Tremblay a comparu mardi devant la Cour du Québec. Il fait face à des
        accusations de vol qualifié, de manquement aux conditions et de voies de fait.
        """
    )
    assert "manquement aux conditions" in found
    found = charges(
        """
        DAKAR, 4 mars 2024 - Le tribunal de Dakar a renvoyé mardi le procès de Modou Fall, poursuivi pour
        menaces de mort et rassemblement illicite.
        """
    )
    assert "rassemblement illicite" in found


def test_remanded_on_bail_is_bail_not_detention() -> None:
    found = rulings(
        """
        GALWAY, March 5, 2024 - Liam Burke, charged with criminal damage, appeared at Galway District Court
        yesterday. Judge Mary Walsh remanded Mr Burke on bail to next Tuesday's sitting of the court.
        """
    )
    assert ("2024-03-04", "bail_granted") in found
    assert not any(kind == "detention_ordered" for _, kind in found)


def test_the_active_verb_accuse_with_its_object_then_the_offences() -> None:
    found = charges(
        """
        Publié le 12/03/2024

        Le tribunal de grande instance de Lubumbashi a renvoyé mardi l'affaire. Devant cette juridiction,
        Aline Kasongo accuse le pasteur Jean Ilunga, de l'église du réveil de Likasi, de viol, de menace et de
        détention illégale d'une arme.
        """
    )
    assert {"viol", "menace", "détention illégale d'une arme"} <= set(found)
    # what the accusers say was done is no offence's name, nor what follows it
    found = charges(
        """
        Publié le 12/03/2024

        Le tribunal de Sion a renvoyé lundi le procès de Paul Favre. Certaines élèves l'accusent de les avoir
        suivies, sous couvert d'un exercice de gymnastique.
        """
    )
    assert not any(label.startswith("exercice") for label in found)


def test_the_dead_named_as_defunt_are_victims_even_when_the_case_bears_their_name() -> None:
    report = """
        DAKAR, 4 mars 2024 - Affaire Moussa Sarr : le procès de Ibrahima Ndoye renvoyé

        Prévu hier devant la Cour d'appel de Dakar, le procès dans l'affaire Moussa Sarr a été renvoyé au 10
        avril. « Le frère du défunt Moussa Sarr est absent », a indiqué le juge.
        """
    found = roles(report)
    assert found["Moussa Sarr"] == "victim"


def test_the_day_of_an_election_is_no_hearing_and_dates_no_decision() -> None:
    report = """
        BAMAKO, 12 janvier 2024 - Le procès en appel de Modibo Keïta, poursuivi pour détournement, a été
        reporté au 10 avril, donc après l'élection présidentielle du 24 février 2024.
        """
    assert not any(day == "2024-02-24" for day, _ in rulings(report))
    assert next_hearings(report) == ["2024-04-10"]


def test_a_deed_told_by_its_verb_names_its_offence() -> None:
    report = """
        GAROUA, 4 mars 2024 - Dans le dossier des trois gendarmes poursuivis pour avoir assassiné un
        commerçant à Pitoa, l'audience de lundi s'est soldée par un renvoi au tribunal militaire de Garoua.
        """
    assert charges(report) == ["assassinat"]


def test_a_fronted_role_with_two_complements_reaches_the_ranked_name_after_it() -> None:
    report = """
        YAOUNDÉ, 4 mars 2024 - Le tribunal militaire de Yaoundé a renvoyé lundi le procès des gendarmes
        poursuivis pour assassinat. Présidente de la collégialité et du tribunal, le colonel Marie Ngono a
        identifié les parties avant de fixer la suite au 8 avril prochain.
        """
    assert roles(report)["Marie Ngono"] == "judge"


def test_the_day_a_decree_was_enacted_is_no_hearing() -> None:
    report = """
        LOMÉ, 23 octobre 2023 - Le tribunal militaire, créé par le Décret N°2023-17/PR du 24 avril 2023, tient
        aujourd'hui sa première audience. Les accusés, poursuivis pour complicité d'assassinat, ont comparu.
        """
    assert held(report) == {"2023-10-23"}


def test_charges_followed_colon_opens_a_list_of_offences() -> None:
    found = charges(
        """
        KAMPALA, March 5, 2024 - The trial of six journalists was adjourned at the Chief Magistrates' Court
        today. Police arrested the six in November. Charges followed: offensive communication, defamation and
        'disturbing the peace' of President John Okello.
        """
    )
    assert found == ["offensive communication", "defamation", "disturbing the peace"]


def test_a_session_held_from_one_day_to_another_sat_on_each_day_between() -> None:
    report = """
        MOUNDOU, 5 décembre 2022 - C'est à la prison de Moundou que se sont tenues du 29 novembre au 2
        décembre derniers les audiences foraines du tribunal de grande instance consacrées aux manifestants.
        """
    assert held(report) == {"2022-11-29", "2022-11-30", "2022-12-01", "2022-12-02"}


def test_a_renvoi_to_the_dateline_s_own_day_is_the_next_hearing_unless_a_later_one_is_told() -> None:
    report = """
        date 2017-07-04

        Proceedings against Lamin Sowe stalled on 28 June 2017 before Magistrate Awa Ceesay of the Kanifing
        Magistrates' Court. The bench thereafter put the case off to 4 July 2017 for cross-examination.
        """
    assert next_hearings(report) == ["2017-07-04"]
    moved = """
        date 2020-07-23

        Paul Dube, accused of killing a neighbour, will only be back in the dock on 29 September 2020 after
        his case at the Soweto Magistrate's Court was postponed once more.

        All matters on that day's roll were pushed to 9 July. The prosecutors later said the case had been
        postponed in absentia to 23 July, after supporters gathered outside court last Thursday.
        """
    assert next_hearings(moved) == ["2020-09-29"]


def test_a_decision_told_in_the_present_perfect_with_no_day_stays_undated() -> None:
    # the dateline is the day of writing: the court may have sat days before (the golds of 2,400 blind
    # reports leave such a decision undated far more often than they give it the dateline's day)
    report = """
        ABUJA, April 15 2024 (NAN) - The planned arraignment of four suspects accused of killing a traditional
        ruler has been put off until April 30th by Justice Amina Bello of the Federal High Court, Abuja.
        """
    assert rulings(report) == {(None, "adjourned")}, rulings(report)
    assert next_hearings(report) == ["2024-04-30"], next_hearings(report)


def test_a_renvoi_made_to_a_day_is_an_adjournment() -> None:
    report = """
        YAOUNDÉ, 18 décembre 2015 - L'audience d'hier au Tribunal criminel spécial devait servir à l'échange
        des listes de témoins. Renvoi a été fait au 14 janvier 2016.
        """
    assert ("2015-12-17", "adjourned") in rulings(report)


def test_one_who_leaves_with_years_of_prison_is_convicted() -> None:
    report = """
        LIBREVILLE, 11 juin 2020 (AGP) - Devant la Cour criminelle spéciale, hier, Paul Ndong Ella, un temps
        allié du parti au pouvoir, repart finalement avec dix ans d'emprisonnement, dont 5 avec sursis.
        """
    assert ("2020-06-10", "convicted") in rulings(report)
    assert roles(report)["Paul Ndong Ella"] == "defendant"


def test_counts_said_to_be_retained_before_a_colon_list_charges() -> None:
    report = """
        FÈS, 3 mai 2021 - La chambre criminelle de la cour d'appel de Fès a condamné Paul Amri. Trois chefs
        étaient retenus : réunions publiques sans autorisation, atteinte aux valeurs sacrées et incitation au
        terrorisme.
        """
    assert charges(report) == [
        "réunions publiques sans autorisation",
        "atteinte aux valeurs sacrées",
        "incitation au terrorisme",
    ]


def test_a_name_ending_like_a_french_future_tense_announces_nothing() -> None:
    report = """
        date 2026-02-23

        The two accused were in the Alexandra Magistrate's Court on Monday, where they are charged with
        attempted murder. The matter was postponed because checks have not yet been completed.
        """
    assert next_hearings(report) == []
    assert ("2026-02-23", "adjourned") in rulings(report)


def test_one_who_speaks_with_his_public_defender_is_the_accused_and_the_defender_counsel() -> None:
    report = """
        BENTONVILLE, Nov 7 2024 - Dale Wexford speaks with his public defender, Anna Kirby, on Wednesday in
        the courtroom of the Benton County Jail ahead of his arraignment.
        """
    found = roles(report)
    assert found["Dale Wexford"] == "defendant"
    assert found["Anna Kirby"] == "defense_counsel"


def test_one_an_offence_is_held_against_is_the_accused() -> None:
    report = """
        ATAR, 25 mai 2010 - Devant la cour criminelle d'Atar, Sidi Ould Bah, à qui il était reproché d'avoir
        fait entrer une cassette vidéo, est resté silencieux.
        """
    assert roles(report)["Sidi Ould Bah"] == "defendant"


def test_larceny_heads_an_offence_in_a_list() -> None:
    report = """
        KINGSTON, May 3 2024 - At the Falmouth Parish Court, Dale Pryor is charged with shop breaking and
        larceny.
        """
    assert charges(report) == ["shop breaking", "larceny"]


def test_a_rendez_vous_taken_for_a_day_is_an_adjournment_to_it() -> None:
    report = """
        date 2022-03

        Lundi 7 mars 2022, le directeur de la société s'est présenté à la barre du TGI de Koudougou. Ils sont
        poursuivis pour abus de fonction.

        Le fond n'a pas été abordé. Rendez-vous est pris pour le 4 avril 2022. Le parquet voulait ce report.
        """
    assert ("2022-03-07", "adjourned") in rulings(report)
    assert next_hearings(report) == ["2022-04-04"]


def test_the_day_a_rendez_vous_is_taken_for_is_no_day_the_court_sat() -> None:
    report = """
        HAUTE COUR DE JUSTICE : les anciens ministres devront revenir le 4 mai

        Rendez-vous est pris pour le jeudi 4 mai 2017. Ainsi en a décidé la Haute cour de justice, devant
        laquelle comparaissaient ce jeudi 27 avril 2017 Paul Kaboré, ex-Premier ministre, et ses ministres.
        """
    assert next_hearings(report) == ["2017-05-04"]
    assert "2017-05-04" not in held(report)


def test_the_accused_discharged_at_a_first_mention_have_the_charges_dismissed() -> None:
    report = """
        Missing gold: four back before the Bo magistrate

        At the first mention on Wednesday 14th August 2024, the State Prosecutor told the bench that two
        matters arising from the same facts were pending before the Bo Magistrate Court.

        Acting on the prosecution's submission, Magistrate Kamara granted the request and discharged them.
        """
    assert ("2024-08-14", "dismissed") in rulings(report)
    assert held(report) == {"2024-08-14"}


def test_a_first_mention_is_a_day_the_court_sat() -> None:
    report = """
        Four back before the Bo magistrate over missing gold

        Four men charged with larceny were back in court. At the first mention on Wednesday 14th August
        2024, the prosecutor told the bench that two matters were pending.
        """
    assert "2024-08-14" in held(report)


def test_the_prosecutor_at_this_court_named_in_apposition_prosecutes() -> None:
    report = """
        TOAMASINA, 20 août 2019 - Paul Rabe doit encore se présenter devant le tribunal de Toamasina. Le
        procureur près cette juridiction, Jean Rakoto, précise qu'il répondra de blanchiment de capitaux.
        """
    assert roles(report)["Jean Rakoto"] == "prosecutor"


def test_a_stop_to_the_prosecution_ordered_is_a_dismissal() -> None:
    report = """
        TOAMASINA, 30 juillet 2019 - Hier, Paul Rabe se tenait devant le tribunal de Toamasina, poursuivi
        pour escroquerie. La juridiction a ordonné l'arrêt des poursuites.
        """
    assert ("2019-07-29", "dismissed") in rulings(report)


def test_offences_each_told_with_its_own_pour_are_a_list() -> None:
    report = """
        MOUNDOU, 6 avril 2023 - Les quatre responsables devaient être jugés ce jeudi au tribunal de
        Moundou. Ils sont poursuivis pour provocation à un attroupement non armé, pour tentative d'atteinte
        à l'ordre public et pour opposition à l'exercice de l'autorité légitime.
        """
    assert charges(report) == [
        "provocation à un attroupement non armé",
        "tentative d'atteinte à l'ordre public",
        "opposition à l'exercice de l'autorité légitime",
    ]


def test_a_court_declining_to_take_up_exceptions_rules_on_them() -> None:
    report = """
        MONROVIA, Oct 10 2024 - On Wednesday, October 9, 2024, Criminal Court B declined to take up the
        exceptions filed against the defendants' appearance bonds.
        """
    assert ("2024-10-09", "other") in rulings(report)


def test_the_accused_admitted_to_bail_by_the_magistrate_is_granted_bail() -> None:
    report = """
        Activist freed

        HARARE, Jan 15 2019 - Harare magistrate Mary Banda yesterday admitted John Moyo to $50 bail.
        """
    assert ("2019-01-14", "bail_granted") in rulings(report)


def test_a_file_sent_to_the_investigating_judge_is_no_adjournment() -> None:
    report = """
        Justice

        DOUALA, 19 janvier 2021 - Le 18 janvier, le tribunal a décidé de renvoyer le dossier de Jean Mbarga
        au juge d'instruction.
        """
    assert not {kind for _, kind in rulings(report)} & {"adjourned"}


def test_a_court_that_declares_its_jurisdiction_incompetent_declines_it() -> None:
    report = """
        Justice

        DOUALA, 19 janvier 2021 - Jean Mbarga est poursuivi pour vol. Lors de l'audience du 18 janvier 2021,
        le président du tribunal a déclaré sa juridiction incompétente pour en connaître.
        """
    assert ("2021-01-18", "declined_jurisdiction") in rulings(report)


def test_a_name_after_a_verbs_to_is_the_subject_of_its_relative_clause() -> None:
    report = """
        Court news

        Turning to Peter Zulu, who is charged with murder, the judge said the court could not go ahead.
        """
    assert roles(report)["Peter Zulu"] == "defendant"


def test_jointly_charged_with_a_person_names_no_offence() -> None:
    co_accused = """
        Court news

        Peter Zulu, who is jointly charged with the teacher, did not appear before Judge Mary Phiri.
        """
    offence = """
        Court news

        The accused, John Banda and Peter Zulu, are jointly charged with trespass on a private residence.
        """
    assert charges(co_accused) == []
    assert charges(offence) == ["trespass on a private residence"]


def test_a_trial_that_will_now_commence_on_a_day_was_adjourned_to_it() -> None:
    report = """
        Trial stalls

        LUSAKA, March 28, 2017 - Illness on Tuesday stalled the trial of John Banda before the High
        Court. The trial will now commence on April 20, 2017.
        """
    assert ("2017-03-28", "adjourned") in rulings(report)
    assert next_hearings(report) == ["2017-04-20"]


def test_the_offence_before_trial_of_is_a_charge() -> None:
    report = """
        Court news

        Malaria has stalled the murder trial of John Banda at the High Court in Lusaka.
        """
    assert charges(report) == ["murder"]


def test_people_calling_for_a_refusal_of_bail_are_no_ruling() -> None:
    report = """
        Bail hearing of Peter Zulu postponed

        CAPE TOWN, 13 July 2022 - File photo: On June 6 2022 women picketed outside the Wynberg
        magistrate's court, calling for the suspects to be denied bail.
        """
    assert ("2022-06-06", "bail_denied") not in rulings(report)


def test_a_court_postponing_the_matter_adjourns_it() -> None:
    report = """
        Court news

        CAPE TOWN, 13 July 2022 - On Tuesday a dispute delayed the bail application of Peter Zulu, the
        Wynberg magistrate's court postponing the matter.
        """
    assert ("2022-07-12", "adjourned") in rulings(report)


def test_a_case_set_to_continue_on_a_day_is_next_heard_then() -> None:
    report = """
        Court news

        CAPE TOWN, 13 July 2022 - The bail application of Peter Zulu was postponed on Tuesday. The case is
        set to continue on July 22.
        """
    assert next_hearings(report) == ["2022-07-22"]


def test_the_accused_summoned_before_the_court_on_a_day_is_next_heard_then() -> None:
    report = """
        Justice

        Le mardi 14 mars 2023 - La magistrate a refusé d'homologuer la peine. Convoqués le 12 mai prochain
        devant le tribunal correctionnel de Guingamp, les deux prévenus ont été laissés libres.
        """
    assert next_hearings(report) == ["2023-05-12"]


def test_a_pluperfect_in_the_clause_before_and_does_not_make_a_decision_background() -> None:
    report = """
        Couple in court

        DAR ES SALAAM, May 14, 2019 - John Nsembo was yesterday brought before the Kisutu Resident
        Magistrate's Court over heroin.

        The magistrate did not take his plea, the case being one for the High Court.

        The prosecutor said the investigations had not been finalised, and the magistrate set May 27, 2019
        for mention.
        """
    assert ("2019-05-13", "adjourned") in rulings(report)


def test_the_accused_ordered_to_stay_in_remand_are_detained() -> None:
    report = """
        Couple in court

        DAR ES SALAAM, May 14, 2019 - John Nsembo was yesterday brought before the Kisutu Resident
        Magistrate's Court over heroin. He was ordered to stay in remand.
        """
    assert ("2019-05-13", "detention_ordered") in rulings(report)


def test_the_people_a_file_concerns_are_its_accused() -> None:
    report = """
        La chambre criminelle ouvre sa session

        Au total, 21 accusés sont attendus à la barre. Ouvert en premier, le dossier d'association de
        malfaiteurs et de vol concernait Jean Ka, Paul Ka et Serigne Mbaye. On leur reprochait « l'association
        de malfaiteurs, le vol de bétail avec usage d'arme, et la menace ». Ils ont été déclarés coupables de
        vol avec arme, puis condamnés à 5 ans ferme, avec confiscation de l'arme ; le parquet en voulait 15.
        """
    found = roles(report)
    assert [found.get(name) for name in ("Jean Ka", "Paul Ka", "Serigne Mbaye")] == ["defendant"] * 3


def test_a_police_inspector_prosecuting_prosecutes() -> None:
    report = """
        Court news

        ACCRA, Sept 12, 2023 - John Okai was remanded. Prosecuting, Police Inspector Kofi Mensah said the
        accused was a nephew of the complainant.
        """
    assert roles(report)["Kofi Mensah"] == "prosecutor"


def test_a_deputy_da_prosecutes() -> None:
    report = """
        Court news

        BUTTE, April 30, 2011 - John Sands was found guilty. Deputy DA Stacy Edwards, who led the case, said
        she respected the outcome.
        """
    assert roles(report)["Stacy Edwards"] == "prosecutor"


def test_the_suspect_in_an_officers_words_is_not_the_officer() -> None:
    report = """
        Court news

        ELDORET, May 3, 2024 - Senior Principal Magistrate Paul Onkoba let police hold the suspect, Peter
        Mutai, for seven days. State counsel Patrick Onjoro, appearing alongside investigating officer
        Corporal Ruth Juma, told the court that angry crowds posed a threat to the suspect's life.
        """
    assert roles(report).get("Corporal Ruth Juma") != "defendant"
    assert roles(report).get("Ruth Juma") != "defendant"


def test_an_honorary_recorder_is_an_office_not_a_person() -> None:
    report = """
        Court news

        Judge Jeremy Richards QC, Honorary Recorder of Sheffield, said the sentencing of John Hall could not
        go ahead.
        """
    assert "Honorary Recorder" not in roles(report)


def test_the_one_presiding_over_the_court_is_its_judge() -> None:
    report = """
        Court news

        Minister Paul Rukutana will have to wait until 20th January, 2021 for his next hearing. Sarah Kolya,
        presiding over the Ntungamo chief magistrate court, pushed the case to that date today.
        """
    assert roles(report)["Sarah Kolya"] == "judge"


def test_the_lawyer_heading_the_accuseds_team_defends_him() -> None:
    report = """
        Court news

        Lawyers for Paul Rukutana, headed by Murangira Owen of LSA Advocates, said ill health had kept their
        client away.
        """
    assert roles(report)["Murangira Owen"] == "defense_counsel"


def test_the_one_who_appeared_before_the_court_is_accused() -> None:
    report = """
        Court news

        Marcus Twomey appeared on June 28, 2024 before Warrnambool Magistrates Court, linked by video.
        """
    assert roles(report)["Marcus Twomey"] == "defendant"


def test_debates_reopened_is_a_decision_of_kind_other() -> None:
    report = """
        Justice

        KINSHASA, 10 juillet 2020 - Le procès de Jean Mukuna est renvoyé. Mais le vendredi 3 juillet 2020,
        les débats y avaient été rouverts par le président du tribunal.
        """
    assert ("2020-07-03", "other") in rulings(report)


def test_a_court_that_discharged_the_named_accused_dismissed_the_case() -> None:
    report = """
        Speaker freed

        LAGOS, Oct 1, 2014 - It was the same judge, Justice Buba, who, ruling on the defence's no-case
        submission, discharged the former Speaker John Ikuforiji and his aide on September 26, 2014.
        """
    assert ("2014-09-26", "dismissed") in rulings(report)


def test_the_one_bail_has_been_refused_to_is_accused_and_the_refusal_undated() -> None:
    report = """
        Mayor denied bail

        12 October 2022

        Bail has been refused to Somveli Dlamini, the mayor, in the fraud matter he is answering.
        """
    assert roles(report)["Somveli Dlamini"] == "defendant"
    assert rulings(report) == {(None, "bail_denied")}, rulings(report)


def test_a_day_the_prosecutor_told_the_court_of_is_the_facts_day() -> None:
    report = """
        Mayor denied bail

        HWANGE, 12 October 2022 - Bail has been refused to Somveli Dlamini, the mayor, in the fraud matter he
        is answering. Prosecutor Charlene Gore told the court that on 15 August 2022, acting as mayor,
        Dlamini unlawfully misrepresented himself.
        """
    assert "2022-08-15" not in held(report)
    assert ("2022-08-15", "bail_denied") not in rulings(report)


def test_a_day_the_accused_are_due_on_is_to_come() -> None:
    report = """
        Terror pair stay in custody

        Charged on October 20, 2013, John Hall and Peter Lee appeared at Westminster Magistrates Court. Judge
        Snow sent the case to the Old Bailey, where the men are due on November 18, 2013. They remain in
        custody until then.
        """
    assert "2013-11-18" not in held(report)


def test_an_accused_sent_before_the_trial_chamber_is_referred_not_adjourned() -> None:
    report = """
        Justice

        CONAKRY, 17 avril 2023 - Les avocats de Kassory Fofana soutiennent que l'ordonnance du 2 mars 2023,
        par laquelle leur client a été renvoyé devant la Chambre de jugement de la CRIEF, a été frappée
        d'appel.
        """
    found = rulings(report)
    assert ("2023-03-02", "other") in found
    assert ("2023-03-02", "adjourned") not in found


def test_the_one_the_doubt_profited_is_an_accused() -> None:
    report = """
        Justice

        NDJAMENA, 3 mai 2024 - La cour criminelle a rendu ses verdicts. Le doute a profité à Jean Ouaidou,
        accusé d'enlèvement d'enfant, qui a été libéré.
        """
    assert roles(report)["Jean Ouaidou"] == "defendant"


def test_the_name_after_the_magistrates_verb_is_its_object_not_the_magistrate() -> None:
    report = """
        Court news

        LAGOS, May 3, 2024 - The magistrate remanded John Poly for 30 days.
        """
    assert roles(report)["John Poly"] == "defendant"


def test_a_list_on_the_bench_of_the_accused_may_open_on_a_trade() -> None:
    report = """
        Justice

        DAKAR, 3 mai 2024 - Le procès s'est ouvert devant la cour d'appel. Sur le banc, six noms : le
        chanteur Wally Seck, Ibou Touré, Pape Niang et Abdou Dieng.
        """
    assert roles(report)["Wally Seck"] == "defendant"


def test_the_ones_a_sentence_is_requested_against_are_accused() -> None:
    report = """
        Justice

        CAYENNE, 3 mai 2024 - Six mois ferme : ce sont les peines requises contre Omar Hersi,
        ex-fonctionnaire de la préfecture, et José Mariema, ancien agent de la mairie de Kourou.
        """
    assert roles(report) == {"Omar Hersi": "defendant", "José Mariema": "defendant"}


def test_the_one_let_go_on_bail_is_accused() -> None:
    report = """
        Court news

        NAIROBI, May 3, 2024 - The MPs denied the charges, and politician Christine Nyagitha was let go on
        Sh100,000 bail.
        """
    assert roles(report)["Christine Nyagitha"] == "defendant"


def test_a_senior_advocates_rank_before_for_the_defence_is_skipped() -> None:
    report = """
        Court news

        ABUJA, Feb 20, 2026 - John Malami was charged. Shuaibu Aruwan, SAN, for the defence, responded with
        an oral bail request.
        """
    assert roles(report)["Shuaibu Aruwan"] == "defense_counsel"


def test_counsel_for_the_fourth_defendant_defends() -> None:
    report = """
        Court news

        ABUJA, Feb 20, 2026 - John Malami was charged. For the 4th defendant, A. A. Badmus said a bail
        application had likewise been lodged.
        """
    assert roles(report)["A. A. Badmus"] == "defense_counsel"


def test_the_president_of_the_sitting_is_its_judge() -> None:
    report = """
        Justice

        CONAKRY, 3 mai 2024 - Jean Camara est poursuivi pour escroquerie. Au rôle figuraient 18 affaires,
        que devait juger Francis Kova Zoumanigui, président de l'audience.
        """
    assert roles(report)["Francis Kova Zoumanigui"] == "judge"


def test_the_one_giving_evidence_is_a_witness() -> None:
    report = """
        Court news

        DUBLIN, May 3, 2024 - John Hall was charged. Giving evidence, Garda Sgt William Godfrey said the
        arrest took place at noon.
        """
    assert roles(report)["William Godfrey"] == "witness"


def test_a_theft_ending_a_sentence_is_no_abbreviation() -> None:
    report = """
        Justice

        CONAKRY, 3 mai 2024 - Jean Camara est poursuivi pour vol. Au rôle figuraient 18 affaires.
        """
    assert charges(report) == ["vol"]


def test_the_day_of_the_facts_tried_is_no_sitting() -> None:
    report = """
        Justice

        TÉTOUAN, 26 octobre 2024 - Le tribunal a condamné Ali Ben. Ce dernier groupe, dont le sort a été
        scellé tard dans la soirée du 24 octobre, était poursuivi pour les faits du 15 septembre 2024 aux
        environs de Fnideq ; il clôt une longue série d'audiences ouverte le 1er octobre.
        """
    assert "2024-09-15" not in held(report)


def test_an_arrest_told_at_length_is_no_sitting() -> None:
    report = """
        Justice

        ALGER, 20 septembre 2019 - Seize anciens détenus, arrêtés par les services de sécurité le vendredi 13
        septembre 2019, verront leur procès examiné le 17 septembre. Le tribunal a jugé Ali Ben.
        """
    assert "2019-09-13" not in held(report)


def test_a_letters_date_is_no_sitting() -> None:
    report = """
        Court news

        Published August 19, 2018

        The High Court in Gulu has declined to transfer the proceedings out of the Gulu Chief Magistrates
        Court. John Wadri was arraigned on Thursday and remanded.

        Chief Magistrate Paul Okello then turned to the area's resident High Court judge. His letter, dated
        August 17, says that after examining the particulars he considers the matter to fall under Arua's
        territorial jurisdiction - both the chief magistrate's court there and the Arua High Court circuit -
        so that having it registered and mentioned in Gulu was, in his opinion, a mistake.
        """
    assert "2018-08-17" not in held(report)


def test_a_presentation_to_the_prosecutor_is_no_sitting() -> None:
    report = """
        Justice

        LOMÉ, 5 juillet 2025 - Sur les quarante-neuf manifestants déférés au Parquet du Tribunal de Lomé le
        lundi 30 juin 2025, trente et un ont été jugés vendredi par la chambre correctionnelle, dont Ali Ben.
        """
    assert "2025-06-30" not in held(report)


def test_the_day_of_a_march_or_of_events_is_no_sitting() -> None:
    report = """
        Justice

        OUAGADOUGOU, 23 décembre 2021 - Le tribunal de grande instance a déclaré coupables Ali Ben et Omar
        Saïd, interpellés après la marche du 27 novembre 2021, et leur a infligé des peines de prison.
        """
    assert ("2021-11-27", "convicted") not in rulings(report)
    assert "2021-11-27" not in held(report)


def test_the_day_the_accused_were_caught_is_no_sitting() -> None:
    report = """
        Court news

        DERRY, Sept 3, 2021 - John Hall was granted bail at Derry Magistrates Court. CCTV, the court heard,
        caught two men with covered faces at the shop on August 16.
        """
    assert "2021-08-16" not in held(report)


def test_a_recalled_renvoi_told_with_its_day_was_decided_at_a_sitting() -> None:
    report = """
        Justice

        OUAGADOUGOU, 28 septembre 2018 - Le procès de Jean Ouédraogo, poursuivi pour diffamation, a repris
        hier. L'affaire avait été appelée pour la première fois le 16 août dernier, puis renvoyée au 27
        septembre.
        """
    assert "2018-08-16" in held(report)


def test_the_day_a_case_came_before_a_court_it_sat() -> None:
    report = """
        Court news

        ACCRA, Aug 27, 2021 - The trial of eight accused, among them John Mensah, was adjourned. Their
        lawyers were absent when the case came before a vacation court on Tuesday, August 10, 2021.
        """
    assert "2021-08-10" in held(report)


def test_the_accused_summoned_to_a_sitting_are_next_heard_then() -> None:
    report = """
        Justice

        CAEN, 22 mars 2018 - Le tribunal a renvoyé le procès de Jean Martin, poursuivi pour dégradations. Les
        cinq prévenus sont convoqués à l'audience du jeudi 26 avril 2018.
        """
    assert next_hearings(report) == ["2018-04-26"]


def test_accused_ordered_brought_before_the_court_on_a_day_are_next_heard_then() -> None:
    report = """
        Court news

        KUMASI, Aug 26, 2009 - The judge ordered that three robbery accused, John Tigre and Baba Tahiru, be
        brought before the Kumasi High Court One on September 14.
        """
    assert next_hearings(report) == ["2009-09-14"]


def test_a_hearing_set_to_get_under_way_on_a_day_is_next() -> None:
    report = """
        Court news

        FREDERICTON, May 1, 2019 - John Raymond faces murder charges. A voir dire is set to get under way
        June 17.
        """
    assert next_hearings(report) == ["2019-06-17"]


def test_a_detention_until_the_judgment_on_a_day_announces_it() -> None:
    report = """
        Justice

        LYON, 22 octobre 2010 - Le tribunal a jugé Jean Martin pour violences. Les juges ont ordonné son
        maintien en détention en attendant son jugement le 5 novembre.
        """
    assert next_hearings(report) == ["2010-11-05"]


def test_what_the_accused_ask_the_court_for_is_no_ruling() -> None:
    report = """
        Court news

        WINDHOEK, March 3, 2025 - John Mulunga and four others appealed to the High Court. They ask that the
        order be set aside and that each of them be granted bail of N$50 000.
        """
    assert not {kind for _, kind in rulings(report)} & {"bail_granted"}


def test_a_ruling_not_yet_made_on_whether_to_free_is_no_ruling() -> None:
    report = """
        Court news

        MOMBASA, July 21, 2023 - Chief Magistrate Martha Mutuku said on Thursday she was yet to complete the
        ruling on whether John Chonga should be freed on bond.
        """
    assert not {kind for _, kind in rulings(report)} & {"bail_granted"}


def test_never_convicted_and_out_of_the_question_are_no_rulings() -> None:
    never = """
        Justice

        MARSEILLE, 3 juillet 2023 - Jean Martin comparaissait mardi pour violences. Son avocat souligne que
        cet apprenti carrossier n'a jamais été condamné.
        """
    out_of_question = """
        Justice

        BUJUMBURA, 22 novembre 2012 - Le procès de Jean Ndayi, accusé d'assassinat, a été renvoyé mercredi. Il
        n'était donc pas question de mettre la cause en délibéré.
        """
    assert not {kind for _, kind in rulings(never)} & {"convicted"}
    assert not {kind for _, kind in rulings(out_of_question)} & {"deliberation_reserved"}


def test_already_on_remand_and_remanded_out_of_custody_order_no_detention() -> None:
    report = """
        Court news

        HARARE, Oct 24, 2018 - Magistrate Elisha Singano yesterday granted John Chikore bail. His co-accused
        Peter Mutimbe, who is already on remand, was granted $30 bail and remanded out of custody.
        """
    assert not {kind for _, kind in rulings(report)} & {"detention_ordered"}


def test_detention_since_a_month_is_a_state_not_a_decision() -> None:
    report = """
        Justice

        ALGER, 9 février 2026 - Ali Ben comparaissait dimanche devant le tribunal de Sidi M'hamed. Le
        prévenu, placé en détention provisoire depuis décembre dernier, comparaissait pour la première fois.
        """
    assert ("2026-02-08", "detention_ordered") not in rulings(report)


def test_what_the_prosecutor_contends_is_no_ruling() -> None:
    report = """
        Justice

        COTONOU, 18 mars 2025 - Le procès de Jean Houngbo et Paul Dossou s'est poursuivi lundi 17 mars 2025.
        Le substitut a pris la parole pour soutenir que les deux agents pouvaient donc être remis en liberté
        provisoire.
        """
    assert ("2025-03-17", "bail_granted") not in rulings(report)


def test_share_buttons_radio_stations_and_landmarks_are_no_people() -> None:
    report = """
        Justice

        NIAMEY, 3 septembre 2025 - Le tribunal a condamné le journaliste Ali Zada à 30 mois de prison. En
        juin déjà, Sahara FM, radio privée d'Agadez, voyait deux de ses journalistes écroués.

        Partager sur : Facebook Twitter Google+
        """
    found = roles(report)
    assert "Sahara FM" not in found
    assert not [name for name in found if "Facebook" in name]


def test_a_prosecutor_who_poursuit_someone_pour_an_offence_charges_him() -> None:
    report = """
        COTONOU, 4 mai 2022 - Deux opposants restent en détention. Le parquet spécial poursuit Marc Adjovi
        et Luc Houngbo pour terrorisme et atteinte à la sûreté de l'Etat.
        """
    assert charges(report) == ["terrorisme", "atteinte à la sûreté de l'Etat"]


def test_quotes_written_as_two_single_quotation_marks_are_not_part_of_the_charge() -> None:
    report = """
        COTONOU, 4 mai 2022 - Deux opposants restent en détention. Marc Adjovi et Luc Houngbo sont
        poursuivis pour ‘’ terrorisme et atteinte à la sûreté de l'Etat’’.
        """
    assert charges(report) == ["terrorisme", "atteinte à la sûreté de l'Etat"]


def test_the_chefs_held_or_weighing_against_someone_list_his_charges() -> None:
    weighing = """
        MONTRÉAL, 12 mars 2023 - Un des frères a été remis en liberté. Les conditions restent légères au
        regard de la gravité des chefs qui pèsent contre lui : enlèvement, séquestration et menaces de mort.
        """
    assert charges(weighing) == ["enlèvement", "séquestration", "menaces de mort"]
    held_against = """
        NIAMEY, 12 mars 2023 - Le procès de Moussa Issa s'est ouvert hier. Les chefs retenus contre lui sont
        l'enlèvement, la séquestration et les menaces de mort.
        """
    assert charges(held_against) == ["enlèvement", "séquestration", "menaces de mort"]
    no_offence = """
        NIAMEY, 12 mars 2023 - Moussa Issa, poursuivi pour vol, a comparu hier. Les chefs retenus contre lui
        sont graves.
        """
    assert charges(no_offence) == ["vol"]


def test_counts_which_include_a_list_after_a_comma_list_the_charges() -> None:
    report = """
        ABUJA, Nov 2, 2024 - Five men stayed in custody. Arraigned on 11 counts, which include cybercrime,
        defamation and forgery among other offences, all five entered not guilty pleas.
        """
    assert charges(report) == ["cybercrime", "defamation", "forgery"]
    described = """
        NAIROBI, July 9, 2024 - Thirty protesters were released on bail. Their charges are terrorism-related
        and include destruction of public property and causing bodily harm to officers.
        """
    assert charges(described) == ["destruction of public property", "causing bodily harm to officers"]


def test_charged_with_told_again_before_each_offence_is_a_list() -> None:
    report = """
        DETROIT, March 31, 2010 - Nine militia members were held without bail. John Carver is charged with
        fraud and with forgery.
        """
    assert charges(report) == ["fraud", "forgery"]
    past_a_penalty = """
        DETROIT, March 31, 2010 - Nine militia members were held without bail. Every defendant is charged with
        a firearms offense that brings at least five years behind bars, and with attempted use of weapons of
        mass destruction, punishable by up to life.
        """
    assert charges(past_a_penalty) == ["firearms offense", "attempted use of weapons of mass destruction"]


def test_how_many_offences_before_their_name_is_not_part_of_it() -> None:
    report = """
        QUÉBEC, 6 octobre 2017 - Nouveau passage devant la cour pour Jean Tremblay. Il est accusé de six
        meurtres et de cinq tentatives de meurtre.
        """
    assert charges(report) == ["meurtres", "tentatives de meurtre"]


def test_chefs_weighing_on_them_dont_a_few_list_the_charges() -> None:
    report = """
        TROIS-RIVIÈRES, 3 mai 2021 - Cinq hommes ont comparu hier. Pas moins de 24 chefs pèsent sur eux, dont
        trois pour tentative de meurtre et trois pour voies de fait graves.
        """
    assert charges(report) == ["tentative de meurtre", "voies de fait graves"]


def test_a_sentence_and_its_appositions_may_stand_between_the_verb_and_the_offence() -> None:
    report = """
        Fraude aux titres-services : un patron condamné

        LIÈGE 22/01 (BELGA) = Le tribunal correctionnel de Liège a condamné jeudi Marc Delvaux, 47 ans, gérant
        d'une entreprise de nettoyage et de titres-services établie à Seraing depuis 2015, à une peine de 30
        mois de prison assortie d'un sursis de cinq ans, ainsi qu'à une amende de 8.000 euros, pour faux en
        écritures et fraude sociale.
        """
    assert charges(report) == ["faux en écritures", "fraude sociale"]


def test_a_headline_opened_by_an_offence_before_its_colon_names_the_charge() -> None:
    report = """
        Meurtre d'un commerçant : le procès de Paul Ndayishimiye renvoyé

        BUJUMBURA, 12 mars 2024 - La cour d'appel de Bujumbura a renvoyé hier le procès de Paul Ndayishimiye
        au 3 avril.
        """
    assert charges(report) == ["meurtre d'un commerçant"]
    an_event = """
        Émeutes du 11 novembre : le procès de Paul Dubois renvoyé

        BRUXELLES, 12 mars 2024 - Le tribunal correctionnel de Bruxelles a renvoyé hier le procès de Paul
        Dubois au 3 avril.
        """
    assert charges(an_event) == []


def test_whoever_reproaches_someone_an_offence_names_his_charge() -> None:
    report = """
        GOMA, 3 mai 2021 - Huit militants ont comparu hier devant le tribunal de grande instance de Goma. Le
        parquet leur reproche association de malfaiteurs et incitation à la haine.
        """
    assert charges(report) == ["association de malfaiteurs", "incitation à la haine"]
    no_offence = """
        GOMA, 3 mai 2021 - Paul Kambale, poursuivi pour vol, a comparu hier. Le juge lui reproche son silence.
        """
    assert charges(no_offence) == ["vol"]


def test_a_step_of_procedure_taken_for_an_offence_names_the_charge() -> None:
    for sentence, offence in (
        ("Les 42 prévenus renvoyés pour trouble à l'ordre public seront fixés le 6 septembre.", "trouble"),
        ("Ils ont été écroués sous mandat de dépôt, entre autres pour rébellion.", "rébellion"),
        ("Ce dernier est cité au correctionnel pour diffamation.", "diffamation"),
    ):
        report = f"""
            LIBREVILLE, 3 mai 2021 - Le tribunal de Libreville a siégé hier. {sentence}
            """
        assert [label.split()[0] for label in charges(report)] == [offence], sentence
    adjourned = """
        LIBREVILLE, 3 mai 2021 - Le tribunal de Libreville a siégé hier. Le dossier a été renvoyé pour
        complément d'enquête.
        """
    assert charges(adjourned) == []


def test_a_quotation_opened_before_the_de_of_coupable_holds_the_offence() -> None:
    report = """
        NOUAKCHOTT, 3 mai 2021 - Le tribunal correctionnel a rendu son jugement hier. Reconnue coupable
        «d'organisation d'une manifestation non autorisée», Mariem Sidi a été frappée d'une amende.
        """
    assert charges(report) == ["organisation d'une manifestation non autorisée"]


def test_offences_said_to_figure_among_the_charges_are_charges() -> None:
    first = """
        RABAT, 3 mai 2021 - La cour a examiné hier le cas de douze prévenus. Association de malfaiteurs,
        atteinte à la sûreté de l'Etat et complicité d'assassinat figurent notamment parmi les charges qui
        pèsent sur eux.
        """
    assert charges(first) == [
        "association de malfaiteurs",
        "atteinte à la sûreté de l'Etat",
        "complicité d'assassinat",
    ]
    after = """
        KINSHASA, 3 mai 2021 - Paul Kasongo a été traîné devant les juges par cinq plaignants. Dans leur liste
        de griefs figurent en particulier la torture et les enlèvements.
        """
    assert charges(after) == ["torture", "enlèvements"]


def test_an_offence_joined_by_a_hyphen_to_its_kind_opens_a_charge() -> None:
    report = """
        ABUJA, Jan 26, 2024 - Five lawmakers were sent to custody on Thursday. They were arrested for
        terrorism-linked offences in January.
        """
    assert charges(report) == ["terrorism-linked offences"]


def test_where_no_cue_names_an_offence_the_noun_of_the_case_does() -> None:
    report = """
        HARARE, March 3, 2023 - Bail has been refused to Peter Moyo, the town's mayor, in the fraud matter he
        is answering before the magistrates court.
        """
    assert charges(report) == ["fraud"]
    qualified_only = """
        HARARE, March 3, 2023 - Peter Moyo appeared before the magistrates court. The criminal case was
        adjourned.
        """
    assert charges(qualified_only) == []


def test_a_hedge_told_as_an_incise_after_poursuivis_keeps_the_list() -> None:
    report = """
        NOUAKCHOTT, 3 mai 2021 - Trois militants ont comparu hier. Ils sont poursuivis, entre autres, pour
        « manifestation, incitation à manifester et appartenance à une organisation non reconnue ».
        """
    assert charges(report) == [
        "manifestation",
        "incitation à manifester",
        "appartenance à une organisation non reconnue",
    ]


def test_an_offence_is_known_by_its_head_word_without_the_punctuation_around_it() -> None:
    listed = """
        YAOUNDÉ, 3 mai 2021 - Le tribunal militaire a joint hier les deux procédures. On leur impute la
        sécession, l'insurrection, la révolution et l'hostilité contre la patrie.
        """
    assert charges(listed) == ["sécession", "insurrection", "révolution", "hostilité contre la patrie"]
    quoted = """
        ABIDJAN, 3 mai 2021 - Il comparaît aux côtés du commandant Jean Kouadio, poursuivi pour "complot" et
        "désertion à l'étranger".
        """
    assert charges(quoted) == ["complot", "désertion à l'étranger"]


def test_several_chefs_parmi_lesquels_a_list_are_the_charges() -> None:
    report = """
        CASABLANCA, 3 mai 2021 - La cour d'appel a renvoyé hier le procès. Les accusés doivent répondre de
        plusieurs chefs, parmi lesquels « atteinte à la sûreté de l'État » et « complot ».
        """
    assert sorted(charges(report)) == ["atteinte à la sûreté de l'État", "complot"]


def test_a_charge_sheet_that_lists_offences_lists_the_charges() -> None:
    report = """
        KAMPALA, May 3, 2021 - Four men were remanded on Monday. The charge sheet also lists 10 murders and
        three attempted murders.
        """
    assert charges(report) == ["murders", "attempted murders"]


def test_having_stood_trial_for_an_offence_names_it() -> None:
    report = """
        KUMASI, May 3, 2021 - The 13 men charged with assault were granted bail on Monday. Separately, the
        13 have already stood trial for escaping from court: each was fined.
        """
    assert charges(report) == ["assault", "escaping from court"]


def test_prosecutors_who_accuse_the_pair_of_an_offence_name_the_charge() -> None:
    report = """
        HARARE, May 3, 2021 - Two activists were granted bail on Monday. Prosecutors accuse the pair of
        participating in a public gathering with intention to promote public violence.
        """
    assert charges(report) == [
        "participating in a public gathering with intention to promote public violence",
    ]


def test_offences_then_what_is_reproached_to_them_are_charges() -> None:
    reproached = """
        LIÈGE, 3 mai 2021 - Douze prévenus comparaissent depuis hier. Vols, recels et escroqueries : voilà ce
        qui leur est reproché.
        """
    assert charges(reproached) == ["vols", "recels", "escroqueries"]
    held = """
        GOMA, 3 mai 2021 - Huit militaires ont été condamnés hier. Extorsion et meurtre : telles étaient les
        infractions retenues contre eux.
        """
    assert charges(held) == ["extorsion", "meurtre"]


def test_the_one_whose_premeditated_murder_is_charged_is_its_victim() -> None:
    report = """
        Justice

        VAL-D'OR, 3 mai 2021 - Stéphane Morin est accusé du meurtre prémédité de Serge Paré, un Valdorien de
        61 ans.
        """
    assert roles(report)["Serge Paré"] == "victim"


def test_the_officer_the_accused_assaulted_is_a_victim() -> None:
    report = """
        Court news

        LUWEERO, May 3, 2021 - Ten men were charged with terrorism. They allegedly assaulted Special Police
        Constable Hannington Sekajugo, the officer on guard there.
        """
    assert roles(report)["Hannington Sekajugo"] == "victim"


def test_a_place_before_a_capitalised_bench_title_in_apposition_makes_a_judge() -> None:
    report = """
        Court news

        HARARE, July 30, 2020 - Trainos Utahwashe, a Harare Magistrate, sent Jacob Ngarivhume back to custody
        until August 6 2020.
        """
    assert roles(report)["Trainos Utahwashe"] == "judge"


def test_the_penalty_inflicted_on_a_day_to_x_convicts_x() -> None:
    report = """
        Justice

        NIAMEY, 17 septembre 2025 - Trente mois derrière les barreaux : telle est la peine infligée mardi 16
        septembre à Hassane Zada Badjé par le Tribunal de grande instance de Niamey.
        """
    assert ("2025-09-16", "convicted") in rulings(report)
    assert roles(report)["Hassane Zada Badjé"] == "defendant"


def test_a_page_stamp_with_a_hyphenated_abbreviated_month_is_the_dateline() -> None:
    stamped = parse_bytes(
        textwrap.dedent(
            """
            Deux avocats condamnés

            YAOUNDE - 26-Nov-2020 - 16h13   12390

            Le tribunal de première instance de Douala a condamné Me Jean Ngueko à un an de prison.
            """
        ).encode("utf-8"),
        "test.txt",
    )
    named = parse_bytes(
        "Élèves du lycée 5-Février-1979 devant le juge\n\nLe tribunal a jugé Jean Ngueko.\n".encode(),
        "test.txt",
    )
    assert stamped.articles[0].published == dt.date(2020, 11, 26)
    assert named.articles[0].published is None


def test_an_agency_in_brackets_after_the_date_closes_the_dateline() -> None:
    parsed = parse_bytes(
        textwrap.dedent(
            """
            Español English French Kwéyol

            Haïti-Justice : tollé après la libération de Jean Nelfort

            P-au-P, 20 avril 2015 [AlterPresse] --- Indignation, colère : les réactions s'accumulent depuis
            que le juge Paul Bélizaire a remis en liberté, le vendredi 17 avril 2015, Jean Nelfort.
            """
        ).encode("utf-8"),
        "test.txt",
    )
    assert parsed.articles[0].published == dt.date(2015, 4, 20)


def test_counsel_leading_the_defence_defends() -> None:
    report = """
        Court news

        LUSAKA, May 3, 2021 - Zumani Zimba's trial was adjourned. Jonas Zimba, leading the defence, did not
        oppose the adjournment.
        """
    assert roles(report)["Jonas Zimba"] == "defense_counsel"


def test_the_crowns_prosecutor_in_quebec_prosecutes() -> None:
    report = """
        Justice

        LONGUEUIL, 3 mai 2019 - Lise Dancause a été reconnue coupable de fraude. Pour le procureur de la
        Couronne Julien Tardif, la peine doit être exemplaire.
        """
    assert roles(report)["Julien Tardif"] == "prosecutor"


def test_a_news_sites_edition_label_opening_the_page_dates_it() -> None:
    parsed = parse_bytes(
        textwrap.dedent(
            """
            Actualités of Tuesday, 7 October 2025

            Wouri : le feuilleton judiciaire s'offre un nouvel épisode

            Ce 2 octobre 2025, le litige qui oppose Jean Ekotto à la commune revenait devant le tribunal.
            """
        ).encode("utf-8"),
        "test.txt",
    )
    assert parsed.articles[0].published == dt.date(2025, 10, 7)


def test_counts_denied_or_charged_then_a_dash_list_them() -> None:
    denied = """
        FREETOWN, May 3, 2021 - Six residents appeared on Monday. They denied both counts against them –
        rioting and disorderly behaviour, contrary to law.
        """
    assert charges(denied) == ["rioting", "disorderly behaviour"]  # both counts, one each
    charged_on = """
        FREETOWN, May 3, 2021 - Six residents appeared on Monday. They were charged on three counts – assault,
        arson and throwing missiles – over events of August 10.
        """
    assert charges(charged_on) == ["assault", "arson", "throwing missiles"]


def test_past_an_article_of_law_in_parentheses_the_list_goes_on() -> None:
    report = """
        YAOUNDÉ, 3 mai 2021 - Dix militants ont comparu hier. Ils sont jugés pour attroupement (article 232
        du code pénal) et incitation à la révolte (article 157).
        """
    assert charges(report) == ["attroupement", "incitation à la révolte"]


def test_those_counted_are_this_cases_accused_not_people_in_general() -> None:
    report = """
        KUMASI, May 3, 2021 - The case was adjourned on Monday. Those 13, charged with conspiracy to assault
        a public officer, are also on bail.
        """
    assert charges(report) == ["conspiracy to assault a public officer"]


def test_the_offence_someone_risked_or_was_held_for_is_a_charge() -> None:
    risked = """
        LIBREVILLE, 11 juin 2020 - Paul Mba a été condamné hier à dix ans. Il encourait la réclusion à vie
        pour atteinte à la sûreté de l'Etat.
        """
    assert "atteinte à la sûreté de l'Etat" in charges(risked)
    held = """
        LIBREVILLE, 11 juin 2020 - Paul Mba a été jugé hier. La Cour ne l'a retenu que pour le délit
        d'association de malfaiteurs.
        """
    assert charges(held) == ["délit d'association de malfaiteurs"]


def test_a_word_alone_that_names_no_offence_is_no_charge() -> None:
    report = """
        LUSAKA, May 3, 2021 - Peter Banda, charged with fraud, appeared on Monday. He pleaded not guilty to
        them.
        """
    assert charges(report) == ["fraud"]


def test_a_series_of_offences_is_the_offence() -> None:
    report = """
        NEUCHÂTEL, 3 mai 2021 - Le procès a été renvoyé hier. Les six hommes doivent répondre d'une série de
        cambriolages commis dans des commerces.
        """
    assert charges(report) == ["cambriolages"]
    string_of = """
        PRETORIA, May 3, 2021 - The bail hearing was postponed on Monday. The couple face a string of
        charges, among them fraud and money laundering.
        """
    assert charges(string_of) == ["fraud", "money laundering"]


def test_a_long_incise_may_follow_repondre() -> None:
    report = """
        NEUCHÂTEL, 3 mai 2021 - Le procès a été renvoyé hier. Les six hommes doivent répondre, tout comme un
        septième comparse jugé à part, de cambriolages commis dans des commerces.
        """
    assert charges(report) == ["cambriolages"]


def test_every_offence_listed_before_voila_ce_qui_is_a_charge() -> None:
    report = """
        BOBO-DIOULASSO, 3 mai 2021 - La liberté provisoire a été refusée hier. Abus de fonction, blanchiment
        de capitaux, acceptation de cadeaux indus : voilà ce qui vaut à Paul Sanou d'être jugé.
        """
    assert charges(report) == ["abus de fonction", "blanchiment de capitaux", "acceptation de cadeaux indus"]


def test_a_verb_or_the_same_is_no_offence() -> None:
    report = """
        Court news

        LONDON, May 30, 2013 - John Adebo was remanded in custody. Police shot both men before arresting them;
        the killing they are accused of happened on 22 May. Peter Adebo is also accused of the same offence.
        """
    assert charges(report) == []


def test_similar_facts_name_no_offence() -> None:
    report = """
        Justice

        ALGER, 3 mai 2024 - Six jeunes, dont Ali Ben, ont été condamnés. Lundi, la juridiction examinera les
        dossiers de vingt autres jeunes, poursuivis pour des faits identiques.
        """
    assert "faits identiques" not in charges(report)


def test_the_accused_who_had_their_lawyers_argue_or_came_with_them_are_accused() -> None:
    english = """
        Court news

        PRETORIA, May 3, 2024 - Stephen Nel, 39, Joshua Scholtz, 21, and Dicky van Rooyen, 21, had their
        lawyers argue for their release.
        """
    french = """
        Justice

        KIGALI, 23 novembre 1999 - Mgr Augustin Misago, évêque de Gikongoro, était déjà au tribunal avec ses
        avocats quand ils ont appris que l'audience n'aurait pas lieu.
        """
    assert set(roles(english).values()) == {"defendant"}
    assert roles(french)["Mgr Augustin Misago"] == "defendant"


def test_an_article_of_a_code_with_its_part_letter_does_not_end_a_sentence() -> None:
    from docket.sentences import sentence_spans

    text = (
        "Il est poursuivi selon l'art. L. 121-3 du code. Il a été condamné pour vol. "
        "Au rôle figuraient 18 affaires."
    )
    assert [text[start:end] for start, end in sentence_spans(text)] == [
        "Il est poursuivi selon l'art. L. 121-3 du code.",
        "Il a été condamné pour vol.",
        "Au rôle figuraient 18 affaires.",
    ]


def test_a_verdict_in_the_night_of_one_day_to_the_next_is_the_second_days() -> None:
    report = """
        Justice

        Port-Gentil, 17 septembre 2009 - Jean Ondo et 45 autres émeutiers étaient jugés pour pillage. Le
        verdict est tombé dans la nuit de mercredi à jeudi ; les 42 autres interpellés ont été relaxés.
        """
    assert ("2009-09-17", "acquitted") in rulings(report)


def test_a_sentence_opened_on_were_is_a_condition_not_a_ruling() -> None:
    report = """
        Court news

        FREETOWN, March 6, 2024 - Justice Paul Sesay reserved his ruling on the bail of John Sheriff on
        Tuesday 5th March 2024. Were the pair acquitted, he added, they would in effect have served nine
        months in custody.
        """
    assert not {kind for _, kind in rulings(report)} & {"acquitted"}


def test_the_one_proceedings_are_against_or_who_faces_an_allegation_is_accused() -> None:
    against = """
        Court news

        LILONGWE, May 3, 2024 - Proceedings against Collins Magalasi will resume this afternoon after
        Magistrate Shireen Chirwa stood the matter down.
        """
    alleged = """
        Court news

        LILONGWE, May 3, 2024 - Collins Magalasi, a former executive director, faces an allegation that he
        abused his office in 2018.
        """
    assert roles(against)["Collins Magalasi"] == "defendant"
    assert roles(alleged)["Collins Magalasi"] == "defendant"


def test_a_name_after_prosecutors_say_is_not_a_prosecutor() -> None:
    report = """
        Court news

        Newcastle student murder: Sunderland man, 21, appears in court

        Charged with the murder of a student, a 21-year-old was seen in court by live TV link today.

        Prosecutors say John Ray killed a man aged 24 at the student accommodation in Newcastle last Tuesday.
        """
    assert roles(report).get("John Ray") != "prosecutor"


def test_the_one_out_of_custody_after_paying_bail_is_accused() -> None:
    report = """
        Court news

        NAIROBI, Dec 12, 2019 - Mike Mbuvi Sonko, the governor of Nairobi, is out of police custody after
        paying the Ksh15 million bail set by the court.
        """
    assert roles(report)["Mike Mbuvi Sonko"] == "defendant"


def test_a_mount_is_a_place_not_a_person() -> None:
    report = """
        Court news

        CORK, May 3, 2024 - The accused, John Martin, whose address is Mount Brosna, Mayfield, Cork, was
        linked to Cork District Court by video from prison.
        """
    assert "Mount Brosna" not in roles(report)


def test_a_report_naming_no_court_takes_the_courthouse_of_its_town() -> None:
    report = """
        Procès des motards

        Le palais de justice de Valmont a vécu hier sous haute surveillance. Jean Dupont, prévenu de trafic de
        stupéfiants, a été condamné à deux ans de prison.
        """
    assert courts(report) == ["Palais de justice de Valmont"]
    capitalised = report.replace("palais de justice", "Palais de Justice")
    assert courts(capitalised) == ["Palais de Justice de Valmont"]
    named = report.replace("Jean Dupont, prévenu", "Le tribunal correctionnel de Valmont a jugé Jean Dupont,")
    assert courts(named) == ["Tribunal correctionnel de Valmont"]


def test_a_known_seat_before_a_capitalised_court_names_that_court() -> None:
    report = """
        Nakuru Court Frees 13 Protesters On Cash Bail

        Thirteen people arrested during the protests walked out of court on Sh5,000 cash bail each on
        Tuesday, March 5, 2024, after John Kamau and 12 others denied the charges.
        """
    assert courts(report) == ["Nakuru Court"]


def test_the_seat_of_a_smaller_town_names_its_court() -> None:
    report = """
        Traders in court

        The Mzuzu court on Monday, June 3, 2024 remanded John Banda in custody until June 17.
        """
    assert courts(report) == ["Mzuzu court"]


def test_a_counsel_named_after_the_prosecution_side_prosecutes() -> None:
    report = """
        Court news

        Peter Banda appeared at the High Court in Accra on Monday, charged with murder. For the Crown appears
        senior Treasury counsel John Smith; the defence is in the hands of barrister Paul Jones.
        Senior State prosecutor advocate Mary Dube applied for the matter to be postponed.
        """
    found = roles(report)
    assert found["John Smith"] == "prosecutor"
    assert found["Mary Dube"] == "prosecutor"
    assert found["Paul Jones"] == "defense_counsel"


def test_a_counsel_after_a_clause_about_the_prosecution_stays_the_defence() -> None:
    report = """
        Court news

        Peter Banda appeared at the High Court in Accra on Monday, charged with murder. The prosecution
        opposed bail, but lawyer John Smith argued his client would not flee.
        """
    assert roles(report)["John Smith"] == "defense_counsel"


def test_a_counted_accused_named_in_apposition_is_a_defendant() -> None:
    report = """
        Court news

        Peter Banda and two co-accused, Mark Phiri and Sam Tembo, are charged with murder. A fourth accused,
        Joseph Zulu, is not seeking bail because he faces other charges.
        """
    assert roles(report)["Joseph Zulu"] == "defendant"


def test_an_english_president_is_a_head_of_state_not_a_judge() -> None:
    report = """
        Court news

        LONDON, Oct 9, 2024 - Peter Banda is on trial at the High Court for treason. Banda is accused of
        plotting to topple the elected President, Julius Mada, in 2023.
        """
    assert "Julius Mada" not in roles(report)


def test_the_one_told_between_dashes_as_the_man_charged_is_the_accused() -> None:
    report = """
        Court news

        Clutching a bible, Barry Stone - the man charged with killing TV presenter Jane Doe - appeared
        yesterday before a crowded Old Bailey on the opening day of his trial.
        """
    assert roles(report)["Barry Stone"] == "defendant"


def test_an_ordinal_day_written_with_d_is_a_day() -> None:
    report = """
        Court news

        FREETOWN, Oct 9, 2024 - Trial hearing in the case against Peter Banda will take place on the 22d
        October, 2024, after the judge adjourned the matter.
        """
    assert next_hearings(report) == ["2024-10-22"]


def test_sending_someone_to_jail_for_a_term_is_a_sentence() -> None:
    report = """
        Court news

        KAMPALA, March 4, 2024 - The General Court Martial on Monday sent John Okello to jail for 41 years
        over the murder of a cleric.
        """
    assert ("2024-03-04", "convicted") in rulings(report)
    assert charges(report) == ["murder of a cleric"]


def test_the_one_who_received_the_sentence_is_the_accused() -> None:
    report = """
        Court news

        KAMPALA, March 4, 2024 - The General Court Martial jailed a man for 41 years. John Okello, who
        admitted the offence, received the sentence from the court under its chairman, Brig Gen Peter Musoke.
        """
    found = roles(report)
    assert found["John Okello"] == "defendant"
    assert found["Peter Musoke"] == "judge"


def test_list_items_between_semicolons_may_each_say_where_the_person_is_from() -> None:
    report = """
        Court news

        KAMPALA, March 4, 2024 - The General Court Martial jailed John Okello for 41 years for murder. The
        co-accused who remain in custody are Amos Kojja from Lwemba Village; Sam Konta from Busimba Zone;
        Peter Jagenda, a driver who lives in Lubowa; and Alex Mugiya, a security guard.
        """
    found = roles(report)
    for name in ("Amos Kojja", "Sam Konta", "Peter Jagenda", "Alex Mugiya"):
        assert found[name] == "defendant"


def test_who_else_was_charged_together_is_no_offence() -> None:
    report = """
        Court news

        KAMPALA, March 4, 2024 - The General Court Martial jailed John Okello for 41 years for murder. He had
        been charged in March 2020 together with seven others.
        """
    assert charges(report) == ["murder"]


def test_a_victim_may_be_named_with_a_title() -> None:
    report = """
        Court news

        KAMPALA, March 4, 2024 - The General Court Martial jailed John Okello for 41 years for the murder of
        Sheikh Masuud Kato.
        """
    assert roles(report)["Masuud Kato"] == "victim"


def test_a_verdict_delivered_on_a_weekday_was_given_not_awaited() -> None:
    report = """
        Court news

        LUSAKA, June 4, 2015 - Nine men have been sentenced by magistrate John Tembo to six months each for
        holding a meeting without notifying the police. Magistrate Tembo, who delivered the verdict on Monday,
        suspended every sentence.
        """
    assert next_hearings(report) == []
    assert held(report) == {"2015-06-01"}


def test_a_fresh_offence_is_no_named_offence() -> None:
    report = """
        Court news

        DUBLIN, March 4, 2024 - John Kelly was remanded on bail at Kilrush District Court, charged with a
        fresh offence.
        """
    assert charges(report) == []


def test_the_one_who_gets_off_with_months_of_prison_is_the_accused() -> None:
    report = """
        Court news

        OUAGADOUGOU, 20 mai 2022 - Le tribunal de Tenkodogo a rendu son verdict ce vendredi 20 mai 2022.
        Poursuivi pour incitation à la commission de délits, le crieur public Paul Ouédraogo, un
        septuagénaire, s'en tire avec 6 mois de prison avec sursis.
        """
    assert roles(report)["Paul Ouédraogo"] == "defendant"


def test_those_told_after_arrested_for_his_killing_were_are_accused_not_victims() -> None:
    report = """
        Court news

        THOHOYANDOU, 2 December 2020 - Two men were denied bail by the Mutale Magistrate's Court on Monday.
        The victim was Warrant Officer Peter Mulanduli, 57, who died in the cells on Friday. Arrested for his
        killing were John Morgan, 22, and Sam Nethengwe, 36, his uncle, police said.
        """
    found = roles(report)
    assert found["Peter Mulanduli"] == "victim"
    assert found["John Morgan"] == "defendant"
    assert found["Sam Nethengwe"] == "defendant"


def test_two_among_the_accused_are_defendants_and_will_know_on_a_day_to_come() -> None:
    report = """
        Libération refusée

        SEPT-ÎLES, 10 décembre 2024 - Paul Lemay et Marc Roy, deux Québécois parmi les six personnes accusées
        dans le dossier de l'incendie criminel, sauront le 17 décembre s'ils peuvent sortir de détention.
        """
    found = roles(report)
    assert found["Paul Lemay"] == "defendant"
    assert found["Marc Roy"] == "defendant"
    assert next_hearings(report) == ["2024-12-17"]


def test_the_crowns_lawyer_prosecutes_and_those_who_defend_after_que_are_counsel() -> None:
    report = """
        Les accusés restent en prison

        SEPT-ÎLES, 10 décembre 2024 - Paul Lemay et Marc Roy, accusés d'incendie criminel, ont comparu lundi.
        L'avocat du Directeur des poursuites criminelles et pénales, Me Luc Bérubé, combat la libération des
        deux hommes, que défendent Me Samuel Cozak (Roy) et Me Mathieu Giroux (Lemay).
        """
    found = roles(report)
    assert found["Luc Bérubé"] == "prosecutor"
    assert found["Samuel Cozak"] == "defense_counsel"
    assert found["Mathieu Giroux"] == "defense_counsel"


def test_accused_from_a_town_is_no_offence() -> None:
    report = """
        La Couronne s'oppose à la libération de deux accusés de Québec

        SEPT-ÎLES, 10 décembre 2024 - Paul Lemay et Marc Roy ont comparu lundi au palais de justice.
        """
    assert "québec" not in charges(report)


def test_counsel_told_by_the_verb_after_their_names() -> None:
    report = """
        Court news

        WINDHOEK, July 23, 2019 - The Rundu Magistrate's Court has refused to release on bail John Chen, 29,
        and Peter Zhou, 31. Magistrate Barry Mufana heard the matter. Helvy Gorases prosecuted, while Leena
        Shikongo of Metcalfe Attorneys represented both men.
        """
    found = roles(report)
    assert found["John Chen"] == "defendant"
    assert found["Peter Zhou"] == "defendant"
    assert found["Helvy Gorases"] == "prosecutor"
    assert found["Leena Shikongo"] == "defense_counsel"


def test_his_honour_judges_and_the_one_ordered_to_pay_a_fine_is_accused() -> None:
    report = """
        Court news

        ACCRA, April 15, 2020 - The Yendi Circuit court has ordered Kwaku Mensah, who runs a canoe in the
        district, to pay a fine of GHS 12,000. His Honour Anthony Boateng convicted him on his own plea.
        """
    found = roles(report)
    assert found["Kwaku Mensah"] == "defendant"
    assert found["Anthony Boateng"] == "judge"
    assert courts(report) == ["Yendi Circuit court"]


def test_the_one_who_takes_eight_months_is_the_accused() -> None:
    report = """
        Affaire de la lettre

        BAMAKO, 15 juin 2007 - Le tribunal correctionnel a rendu son jugement. Pour la « complicité d'offense
        au chef de l'Etat », Sidi Touré, patron d'un quotidien, prend huit mois avec sursis.
        """
    assert roles(report)["Sidi Touré"] == "defendant"


def test_those_whose_release_from_prison_the_defence_pleads_for_are_accused() -> None:
    report = """
        Naufrage : le tribunal attendu le 7 août

        Le tribunal correctionnel de Libreville doit statuer le 7 août prochain. Côté détention, la défense
        plaide pour une sortie immédiate de prison de Jean Angoué, qui dirigeait la Marine marchande, et de
        Paul Mbadinga.
        """
    found = roles(report)
    assert found["Jean Angoué"] == "defendant"
    assert found["Paul Mbadinga"] == "defendant"


def test_the_one_whose_lawyer_is_named_is_the_client() -> None:
    report = """
        Court news

        MUTARE, August 10, 2018 - Magistrate Tendai Mahwe freed Innocent Moyo on bail. Moyo, whose lawyer is
        Brian Ncube, must keep residing at the address he gave.
        """
    found = roles(report)
    assert found["Innocent Moyo"] == "defendant"
    assert found["Brian Ncube"] == "defense_counsel"


def test_a_crown_attorney_prosecutes() -> None:
    report = """
        Court news

        WINNIPEG, May 5, 2016 - John Bunn, 27, is still in custody and will learn his sentence at a later date
        after a jury found him guilty of manslaughter in the Court of King's Bench. "These are not the actions
        of someone too drunk," Crown attorney Paul Girdle said in his closing address.
        """
    found = roles(report)
    assert found["Paul Girdle"] == "prosecutor"
    assert found["John Bunn"] == "defendant"


def test_the_one_the_victim_was_a_stranger_to_is_no_victim() -> None:
    report = """
        Court news

        WINNIPEG, May 5, 2016 - John Bunn, 27, is still in custody after a jury found him guilty of
        manslaughter in the Court of King's Bench. The victim was a stranger to Bunn.
        """
    assert roles(report)["John Bunn"] == "defendant"


def test_a_role_noun_followed_by_its_verb_opens_a_clause_not_an_apposition() -> None:
    report = """
        Court news

        DAR ES SALAAM, June 20, 2024 - John Jacob and Paul Malisa, charged with incitement, have complained
        of delays. Before Senior Resident Magistrate Ushindi Swalo, the defence counsel accused the
        prosecution of needless delays.
        """
    assert roles(report)["Ushindi Swalo"] == "judge"


def test_words_of_a_case_and_trades_are_no_part_of_a_name() -> None:
    report = """
        Judge Denies Bond To John Smith In Judge Peter Myles Murder Case

        CHICAGO, June 8, 2017 - John Smith, charged with first-degree murder, will stay in jail: a judge
        refused him bond on Thursday. Electrician Sam Mansaray was discharged.
        """
    found = roles(report)
    assert "Peter Myles Murder Case" not in found
    assert "Electrician Sam Mansaray" not in found


def test_a_person_named_by_initials_only_is_a_party() -> None:
    report = """
        Vol de poulets

        BOBO-DIOULASSO, 14 octobre 2023 - C.A., un cultivateur de 51 ans, a comparu le vendredi 13 octobre
        2023 devant la chambre correctionnelle du TGI de Bobo-Dioulasso. Le même jour, c'est pour détention de
        stupéfiant que M.A. s'est présenté devant le tribunal. La S.A. qui l'employait n'a pas réagi.
        """
    found = roles(report)
    assert found["C.A."] == "defendant"
    assert found["M.A."] == "defendant"
    assert "S.A." not in found


def test_a_list_of_initials_without_their_last_full_stop_names_the_accused() -> None:
    report = """
        Court news

        BOBO-DIOULASSO, 20 mars 2024 - Huit personnes – S.M, H.B, H.S, H.M et S.D – ont comparu ce mardi 19
        mars 2024 devant la chambre criminelle de la cour d'appel de Bobo-Dioulasso.
        """
    found = roles(report)
    for name in ("S.M", "H.B", "H.S", "H.M", "S.D"):
        assert found[name] == "defendant"


def test_a_name_with_an_age_after_a_judges_is_no_judge() -> None:
    report = """
        Matinée au tribunal

        LIÈGE, 23 novembre 2018 - Ce jeudi 22 novembre, tout le monde se presse au tribunal correctionnel.

        Dans la 15ème chambre, que préside le juge Martin, Paul D., 28 ans, souffrant d'un léger retard
        mental, laisse deviner un soulagement.

        Plus tard, Marc T., 40 ans, prévenu de vol, a été condamné à un an de prison.
        """
    found = roles(report)
    assert found["Martin"] == "judge"
    # (named with his age and no part of his own at the tribunal correctionnel, he is the accused)
    assert found.get("Paul D.") != "judge", found


def test_a_conjunction_opening_a_sentence_is_no_part_of_a_name() -> None:
    report = """
        Court news

        PERTH, March 16, 2006 - Conman John Brown was tagged by Perth Sheriff Court yesterday. Because Brown
        had pleaded guilty at the earliest opportunity, the sheriff said, any custodial term would be short.
        """
    assert "Because Brown" not in roles(report)


def test_walking_out_on_bail_is_bail_granted() -> None:
    report = """
        Court news

        MZUZU, 18 October 2017 - Eight vendors accused of torching the council offices walked out on bail on
        Tuesday, courtesy of the Mzuzu High Court.
        """
    assert ("2017-10-17", "bail_granted") in rulings(report)


def test_counted_heads_of_charge_held_against_them_then_their_list() -> None:
    held_against = """
        Court news

        TOAMASINA, 16 octobre 2019 - 23 prévenus ont été placés sous mandat de dépôt. Sept chefs d'inculpation
        sont retenus contre eux, notamment trouble de l'ordre public, pillages et incendie criminel.
        """
    assert charges(held_against) == ["trouble de l'ordre public", "pillages", "incendie criminel"]
    weighing_on = """
        Court news

        ALGER, 3 novembre 2022 - Le tribunal a condamné l'universitaire Hakima Benali. Six chefs pèsent sur
        l'enseignante : l'incitation à un attroupement et l'outrage à corps constitué.
        """
    assert charges(weighing_on) == ["incitation à un attroupement", "outrage à corps constitué"]


def test_the_offence_someone_faces_and_those_they_all_answer_for() -> None:
    faces = """
        Court news

        HARARE, October 17, 2018 - A magistrate has turned down bail for a suspect. The accused, John Moyo
        (43), faces murder. They pleaded not guilty to both.
        """
    assert charges(faces) == ["murder"]
    answer_for = """
        Court news

        YAOUNDÉ, 19 novembre 2019 - Les sept militaires, dont le capitaine Jean Fabas, répondent tous de
        meurtre en coaction et de violation de consignes.
        """
    assert charges(answer_for) == ["meurtre en coaction", "violation de consignes"]


def test_an_item_of_a_charge_list_without_an_offence_noun_stays_when_named_offences_follow() -> None:
    english = """
        Court news

        HARARE, May 3, 2024 - The six went before magistrate Peter Moyo, facing charges that include arson,
        public nuisance, assault and theft.
        """
    french = """
        Chronique judiciaire

        Le commissaire Paul Kaboré doit répondre d'abus de fonction, de conflits d'intérêts et de rébellion.
        """
    assert charges(english) == ["arson", "public nuisance", "assault", "theft"]
    assert charges(french) == ["abus de fonction", "conflits d'intérêts", "rébellion"]


def test_each_quoted_offence_after_its_own_pour_or_article_is_a_charge() -> None:
    again_pour = """
        Chronique judiciaire

        Paul Ndong a été mis en examen, entre autres chefs, pour « incitation à la révolte » et pour
        « actes de nature à troubler la paix publique » commis lors des événements.
        """
    again_article = """
        Chronique judiciaire

        Jugé à Lomé, Paul Amegbo a été reconnu coupable du « complot contre la sûreté de l'État » et le
        « délit de groupement de malfaiteurs ».
        """
    assert charges(again_pour) == ["incitation à la révolte", "actes de nature à troubler la paix publique"]
    assert charges(again_article) == [
        "complot contre la sûreté de l'État",
        "délit de groupement de malfaiteurs",
    ]


def test_what_the_court_held_against_a_number_of_accused_is_a_charge() -> None:
    report = """
        Chronique judiciaire

        Le tribunal de Kara a retenu contre 12 prévenus la rébellion et la dégradation de biens publics.
        """
    assert charges(report) == ["rébellion", "dégradation de biens publics"]


def test_the_charges_running_from_one_offence_to_another_are_each_a_charge() -> None:
    report = """
        Court news

        KAMPALA, May 3, 2024 - The counts against the three range from abuse of office and causing financial
        loss to theft by agent and conspiracy to defraud.
        """
    assert charges(report) == [
        "abuse of office",
        "causing financial loss",
        "theft by agent",
        "conspiracy to defraud",
    ]


def test_the_crimes_of_a_list_dismissed_are_charges() -> None:
    report = """
        Court news

        MONROVIA, May 3, 2024 - Magistrate John Kollie dismissed the crimes of a misdemeanor, criminal
        mischief and arson on Monday.
        """
    assert charges(report) == ["misdemeanor", "criminal mischief", "arson"]


def test_the_section_of_an_act_a_charge_falls_under_names_it_when_nothing_else_does() -> None:
    report = """
        Court news

        LONDON, May 3, 2024 - Two men were remanded in custody at Highbury Magistrates Court. Both are
        accused under section 12 of the Public Safety Act 2010, which covers the keeping of explosives. The
        second man faces a further count under section 3 of the Motor Vehicles Act, driving while banned.
        """
    assert charges(report) == ["section 12 of the Public Safety Act 2010", "driving while banned"]


def test_a_degree_before_the_offence_opens_its_name() -> None:
    report = """
        Court news

        CALGARY, May 3, 2024 - John Carver faces first-degree murder charges in the deaths of two men. His
        brother, Paul Carver, is accused of second-degree murder after the shooting of Tom Reed.
        """
    assert set(charges(report)) == {"first-degree murder", "second-degree murder"}


def test_the_infractions_of_a_list_are_charges() -> None:
    report = """
        Chronique judiciaire

        Dans son arrêt, la cour militaire juge établies les infractions de meurtre, de tentative de meurtre et
        de destruction d'armements reprochées au prévenu Paul Kasongo.
        """
    assert charges(report)[:2] == ["meurtre", "tentative de meurtre"]
    assert charges(report)[2].startswith("destruction d'armements")


def test_what_is_reproached_to_a_named_accused_after_his_apposition_is_a_charge() -> None:
    report = """
        Chronique judiciaire

        Le ministère public reproche à Monsieur Paul Kabila, patron de la brigade criminelle, une extorsion
        de 5 000 dollars.
        """
    assert charges(report) == ["extorsion de 5 000 dollars"]


def test_the_offence_a_cleft_puts_first_is_a_charge() -> None:
    report = """
        Chronique judiciaire

        C'est pour l'assassinat d'un comparse que le tribunal criminel de Vevey a condamné Paul Meyer.
        """
    assert charges(report) == ["assassinat d'un comparse"]


def test_the_numbered_offences_the_accused_face_are_charges_even_on_one_line() -> None:
    report = """
        Court news

        BANJUL, May 3, 2024 - John Jatta appeared before the Brikama Magistrates' Court.

        According to the charge sheet, the accused face:

        1. conspiracy to commit a felony (section 368, Criminal Code Cap 10:01, Laws of The Gambia 2009);
        2. common assault (section 227 of that Code);
        3. theft (section 252 of that Code).
        """
    assert charges(report) == ["conspiracy to commit a felony", "common assault", "theft"]


def test_two_offences_joined_before_the_noun_of_charges_are_two_charges() -> None:
    report = """
        Court news

        GRAHAMSTOWN, May 3, 2024 - Four men facing trial on armed robbery and attempted murder charges were
        released on bail.
        """
    assert charges(report) == ["armed robbery", "attempted murder"]


def test_the_delits_of_a_list_are_charges() -> None:
    report = """
        Chronique judiciaire

        Le juge d'instruction a allégé l'accusation contre Paul Diouf en abandonnant les délits de « recel et
        abus de confiance ».
        """
    assert charges(report) == ["recel", "abus de confiance"]


def test_the_list_goes_on_past_a_circumstance_with_de_and_an_offence() -> None:
    report = """
        Chronique judiciaire

        Les trois accusés devaient répondre de vols en réunion commis la nuit avec effraction, de recel et de
        détention illégale d'armes.
        """
    assert charges(report) == ["vols en réunion", "recel", "détention illégale d'armes"]


def test_the_offences_after_a_kind_of_offences_and_its_colon_are_charges() -> None:
    report = """
        Chronique judiciaire

        Le tribunal de Sion a sanctionné Paul Favre pour une série d'infractions : escroqueries, blanchiment,
        faux dans les titres.
        """
    texts = """
        Chronique judiciaire

        Le tribunal de Sion a condamné Paul Favre pour outrage. Autant d'infractions prévues par trois
        textes : Code pénal suisse, loi sur les armes, code militaire.
        """
    assert charges(report)[-3:] == ["escroqueries", "blanchiment", "faux dans les titres"]
    assert charges(texts) == ["outrage"]


def test_what_the_accused_were_found_not_guilty_of_is_a_charge() -> None:
    report = """
        Chronique judiciaire

        Le tribunal de Douala a condamné Paul Eto'o à six mois de prison. Il l'a par contre déclaré non
        coupable d'outrage à magistrat.
        """
    reproached = """
        Chronique judiciaire

        Le tribunal de Conakry a déclaré Paul Bah non coupable de ce qu'on lui reproche.
        """
    assert charges(report) == ["outrage à magistrat"]
    assert charges(reproached) == []


def test_what_the_accused_was_cleared_of_by_its_head_is_a_charge() -> None:
    report = """
        Chronique judiciaire

        Reconnue coupable d'organisation d'une manifestation non autorisée, Aïssata Ba a en revanche été lavée
        du chef « de violences sur agents des forces de l'ordre ».
        """
    assert charges(report) == [
        "organisation d'une manifestation non autorisée",
        "violences sur agents des forces de l'ordre",
    ]


def test_the_offence_admitted_is_a_charge_but_not_a_deed_admitted() -> None:
    report = """
        Court news

        KINGSTON, May 3, 2024 - John Brown, 41, denied murder but admitted manslaughter. He will be
        sentenced in June.
        """
    deed = """
        Court news

        KINGSTON, May 3, 2024 - John Brown admitted sexual encounters with her.
        """
    assert charges(report) == ["murder", "manslaughter"]
    assert charges(deed) == []


def test_the_quoted_offences_that_remain_are_charges() -> None:
    report = """
        Chronique judiciaire

        Le juge d'instruction a abandonné plusieurs chefs contre Paul Sarr. Restent, pour le procès, le
        « rassemblement illicite » et la « dégradation de biens publics ».
        """
    assert charges(report) == ["rassemblement illicite", "dégradation de biens publics"]


def test_the_one_the_accused_attacked_robbed_or_defrauded_is_a_victim() -> None:
    report = """
        Court news

        LUSAKA, May 3, 2024 - Peter Mulenga and Joseph Banda are charged with assault. The State says they
        jointly attacked Gideon Phiri, injuring him, and defrauded Mercy Tembo of K20,000.
        """
    found = roles(report)
    assert found["Gideon Phiri"] == "victim"
    assert found["Mercy Tembo"] == "victim"
    report = """
        Justice

        ABIDJAN, 3 mai 2024 - Le véhicule conduit par Serge Koné avait percuté Awa Traoré, une élève de 16
        ans. Serge Koné est poursuivi pour homicide involontaire.
        """
    assert roles(report)["Awa Traoré"] == "victim"


def test_the_owner_of_what_the_accused_took_or_damaged_is_a_victim() -> None:
    report = """
        Court news

        LAGOS, May 3, 2024 - Musa Danladi is charged with malicious damage. He smashed the windscreen of a car
        owned by one Kunle Adebayo. He also made off with a phone belonging to Mrs Grace Okafor.
        """
    found = roles(report)
    assert found["Kunle Adebayo"] == "victim"
    assert found["Grace Okafor"] == "victim"


def test_the_one_told_as_killed_in_the_passive_is_the_victim() -> None:
    report = """
        Court news

        SELMA, May 3, 2024 - Terrell Jones is charged with murder. Marcus Hill, who lived in Selma, was shot
        dead on Broad Street. Andre Wilson, the prosecution says, was stabbed by him the same night.
        """
    found = roles(report)
    assert found["Marcus Hill"] == "victim"
    assert found["Andre Wilson"] == "victim"


def test_a_president_named_without_comma_who_leads_the_sitting_is_the_judge() -> None:
    report = """
        Justice

        ABIDJAN, 3 mai 2024 - Koffi Yao est poursuivi pour escroquerie. Une fois la séance ouverte, le
        président Lucien Aka a fait venir à la barre les prévenus présents.
        """
    assert roles(report)["Lucien Aka"] == "judge"
    report = """
        Justice

        COTONOU, 3 mai 2024 - Koffi Yao est poursuivi pour escroquerie. Le président Lucien Aka a nommé un
        nouveau ministre de l'Intérieur.
        """
    assert roles(report).get("Lucien Aka") != "judge"


def test_counsel_told_by_whom_they_defend_or_represent_in_any_tense_takes_the_clients_side() -> None:
    report = """
        Court news

        ZOMBA, May 3, 2024 - Peter Banda is charged with publishing a false statement. Kondwani Phiri, who
        defends him, pleaded that he would not run away.
        """
    assert roles(report)["Kondwani Phiri"] == "defense_counsel"
    report = """
        Justice

        CONAKRY, 3 mai 2024 - Mamadou Bah est poursuivi pour escroquerie. Selon Fatou Camara, qui
        représentait le parquet, le prévenu a fait une chute. Me Ibrahima Sow, qui représentait l'État,
        a réclamé un renvoi.
        """
    found = roles(report)
    assert found["Fatou Camara"] == "prosecutor"
    assert found["Ibrahima Sow"] == "civil_party_counsel"


def test_a_verb_whose_subject_is_an_elided_article_noun_after_que_is_not_the_lawyers() -> None:
    report = """
        Justice

        DAKAR, 3 mai 2024 - Moussa Ndiaye est poursuivi pour escroquerie. Mes Ousmane Diallo et Awa Sarr
        ont exigé que l'affaire soit jugée.
        """
    found = roles(report)
    assert found["Ousmane Diallo"] == "defense_counsel"
    assert found["Awa Sarr"] == "defense_counsel"


def test_the_one_a_party_was_represented_by_is_counsel_of_that_side() -> None:
    report = """
        Court news

        LEEDS, May 3, 2024 - Daniel Hart is charged with burglary. Hart was represented at the hearing by
        Sophie Wren. The State was represented by Mr Colin Drake.
        """
    found = roles(report)
    assert found["Sophie Wren"] == "defense_counsel"
    assert found["Colin Drake"] == "prosecutor"


def test_the_investigating_or_arresting_officer_and_an_irish_garda_give_evidence_as_witnesses() -> None:
    report = """
        Court news

        LUSAKA, May 3, 2024 - Peter Banda is charged with theft. Bail was opposed by investigating officer
        Joseph Mwale. A police officer testifying for the prosecution, Mary Zulu, was reported sick.
        """
    found = roles(report)
    assert found["Joseph Mwale"] == "witness"
    assert found["Mary Zulu"] == "witness"
    report = """
        Court news

        CORK, May 3, 2024 - Paul Ryan is charged with theft. Garda Niall Byrne told the court that the
        accused made no reply when charged.
        """
    assert roles(report)["Niall Byrne"] == "witness"


def test_a_plural_apposition_or_verb_after_a_lists_last_name_gives_the_whole_list_its_role() -> None:
    report = """
        Justice

        NIAMEY, 3 mai 2024 - Ali Moussa est poursuivi pour diffamation. Issa Garba et Hawa Souley, les
        avocats du prévenu, ont quitté la salle. Omar Tanko et Zara Bako, qui défendent le journal, ont suivi.
        """
    found = roles(report)
    assert found["Issa Garba"] == "defense_counsel"
    assert found["Omar Tanko"] == "defense_counsel"
    report = """
        Court news

        LIMERICK, May 3, 2024 - Sean Walsh is charged with murder. Anne Burke (28) and Colm Daly (24) were
        shot dead at a house in the city.
        """
    assert roles(report)["Anne Burke"] == "victim"


def test_a_police_inspector_who_addresses_the_court_prosecutes_but_not_a_detective_inspector() -> None:
    report = """
        Court news

        ACCRA, May 3, 2024 - Kofi Mensah is charged with fraud. Chief Inspector Ama Owusu, giving the facts,
        told the court the accused sold land he did not own.
        """
    assert roles(report)["Ama Owusu"] == "prosecutor"
    report = """
        Court news

        LEEDS, May 3, 2024 - Daniel Hart is charged with burglary. Detective Inspector Mark Hall told the
        court the accused made no reply.
        """
    assert roles(report).get("Mark Hall") != "prosecutor"


def test_what_befalls_the_accused_or_what_they_answer_told_after_their_names_makes_them_accused() -> None:
    report = """
        Justice

        RABAT, 3 mai 2024 - Le tribunal de Rabat a rendu son jugement dans le dossier de Karim Alaoui.
        Youssef Bennani et Omar Tazi se sont vu infliger un an ferme. Driss Amrani s'en tire avec trois mois.
        Nabil Fassi et Samir Idrissi bénéficient d'un non-lieu.
        """
    found = roles(report)
    for name in ("Youssef Bennani", "Omar Tazi", "Driss Amrani", "Nabil Fassi", "Samir Idrissi"):
        assert found[name] == "defendant", name
    report = """
        Court news

        WINDHOEK, May 3, 2024 - The High Court heard the matter of Peter Shikongo on Monday. Johannes Nangolo
        and Elias Amutenya stood trial on Monday. Petrus Haufiku and four others denied both counts.
        """
    found = roles(report)
    for name in ("Johannes Nangolo", "Elias Amutenya", "Petrus Haufiku"):
        assert found[name] == "defendant", name


def test_the_one_a_penalty_is_pronounced_against_or_strikes_and_a_co_defendant_are_accused() -> None:
    report = """
        Justice

        BUJUMBURA, 3 mai 2024 - Trois ans de prison ferme : c'est la peine prononcée mardi par la cour
        d'appel contre Jean Ndayishimiye. La peine la plus lourde, cinq ans, frappe Pierre Nkurunziza et
        Léonce Habonimana.
        """
    found = roles(report)
    for name in ("Jean Ndayishimiye", "Pierre Nkurunziza", "Léonce Habonimana"):
        assert found[name] == "defendant", name
    report = """
        Court news

        LAS VEGAS, May 3, 2024 - Mark Fuller was found guilty of robbery. Sentencing for him and for
        co-defendant Dean Sawyer will take place in December.
        """
    assert roles(report)["Dean Sawyer"] == "defendant"


def test_the_one_who_presides_told_without_the_court_named_is_the_judge() -> None:
    report = """
        Justice

        BRAZZAVILLE, 3 mai 2024 - Marcel Ngoma est poursuivi pour détournement. L'audience a tourné court.
        Alain Mouanda, qui la présidait, a renvoyé l'affaire.
        """
    assert roles(report)["Alain Mouanda"] == "judge"
    report = """
        Court news

        ACCRA, May 3, 2024 - Kofi Mensah is charged with fraud. Bail was refused by the court, with Mr Yaw
        Boateng presiding. Kwame Asare, Accra's Senior Resident Magistrate, put off the hearing.
        """
    found = roles(report)
    assert found["Yaw Boateng"] == "judge"
    assert found["Kwame Asare"] == "judge"


def test_the_victim_named_as_a_counsels_client_lends_the_name_after_it_no_victims_role() -> None:
    report = """
        Justice

        SION, 3 mai 2024 - Marc Favre est poursuivi pour homicide. Satisfaite, l'avocate de la victime, Me
        Laure Rey, estime que le tribunal envoie un message clair.
        """
    assert roles(report)["Laure Rey"] == "civil_party_counsel"


def test_the_crown_in_a_quebec_report_is_the_prosecution_and_de_la_defense_the_defence() -> None:
    report = """
        Justice

        QUÉBEC, 3 mai 2024 - Marc Tremblay est accusé de fraude. Le juge discutait avec les avocats Luc
        Gagnon, de la Couronne, et Marie Côté, de la défense, de la prochaine date. Pour la Couronne, Me
        Paul Roy a informé le tribunal que la preuve avait été transmise.
        """
    found = roles(report)
    assert found["Luc Gagnon"] == "prosecutor"
    assert found["Marie Côté"] == "defense_counsel"
    assert found["Paul Roy"] == "prosecutor"


def test_the_one_named_before_represented_or_acts_for_a_client_is_counsel() -> None:
    report = """
        Court news

        DURBAN, May 3, 2024 - Sipho Dlamini is charged with fraud. Thandi Mokoena, of Mokoena Attorneys,
        represented Dlamini. Lindiwe Zulu, a human rights lawyer, acts for both.
        """
    found = roles(report)
    assert found["Thandi Mokoena"] == "defense_counsel"
    assert found["Lindiwe Zulu"] == "defense_counsel"


def test_the_victim_after_an_offence_noun_may_be_told_with_a_trade_or_a_title() -> None:
    report = """
        Court news

        CALGARY, May 3, 2024 - Dale Hunter, accused of murder in the 2001 shooting death of drug dealer Roy
        Pike, will stand trial this fall. He also faces charges in the deaths of civilians Amy Cole and Ben
        Ross.
        """
    found = roles(report)
    for name in ("Roy Pike", "Amy Cole", "Ben Ross"):
        assert found[name] == "victim", name
    report = """
        Justice

        PORT-AU-PRINCE, 3 mai 2024 - Jean Désir est poursuivi pour l'assassinat de Me Paul Lafontant.
        """
    assert roles(report)["Paul Lafontant"] == "victim"


def test_the_ones_named_right_before_where_they_are_sent_are_accused() -> None:
    report = """
        Court news

        LAGOS, May 3, 2024 - An Ikeja Chief Magistrates' Court on Wednesday sent Musa Bello, 45, and Sule
        Adamu, 60, to custody over accusations of theft.
        """
    found = roles(report)
    assert found["Musa Bello"] == "defendant"
    assert found["Sule Adamu"] == "defendant"


def test_a_number_of_accused_before_a_list_makes_its_names_accused() -> None:
    report = """
        Court news

        KUMASI, May 3, 2024 - The judge ordered that three robbery accused, Yaw Tigre, Kojo Tahiru and Kwesi
        Sarfo, be brought before the High Court on September 14.
        """
    found = roles(report)
    for name in ("Yaw Tigre", "Kojo Tahiru", "Kwesi Sarfo"):
        assert found[name] == "defendant", name


def test_the_counsel_a_possessive_gives_the_victim_named_just_before_is_civil_party_counsel() -> None:
    report = """
        Justice

        MARSEILLE, 3 mai 2024 - Karim Benali est poursuivi pour violences. À l'audience, la victime,
        présente avec son avocate Me Sonia Roux, décrit des faits plus graves.
        """
    assert roles(report)["Sonia Roux"] == "civil_party_counsel"


def test_a_counsel_noun_right_after_a_prosecution_cue_names_one_prosecuting_office() -> None:
    report = """
        Court news

        ABUJA, May 3, 2024 - Musa Danladi is charged with fraud. When the court resumed, prosecuting
        counsel Grace Eze explained that the witness could not be reached. Crown Counsel Advocate Thabo
        Mofokeng asked for a postponement.
        """
    found = roles(report)
    assert found["Grace Eze"] == "prosecutor"
    assert found["Thabo Mofokeng"] == "prosecutor"


def test_the_one_who_embodies_or_bears_the_prosecution_or_is_its_officer_prosecutes() -> None:
    report = """
        Justice

        COTONOU, 3 mai 2024 - Jean Hounkpè est poursuivi pour escroquerie. Le ministère public, incarné hier
        par Serge Adjovi, a sollicité le rabat du délibéré. L'accusation est portée par le commandant Luc
        Dossou. L'officier du ministère public, Rose Agbo, avait sollicité le dessaisissement.
        """
    found = roles(report)
    for name in ("Serge Adjovi", "Luc Dossou", "Rose Agbo"):
        assert found[name] == "prosecutor", name


def test_an_adjective_of_nationality_between_the_proceeding_and_its_party() -> None:
    report = """
        Court news

        WINDHOEK, Feb 10, 2023 - Magistrate Jurina Hochobes postponed the bail hearing of Congolese pastor
        Pedro Marcelino Mbala.
        """
    assert roles(report)["Pedro Marcelino Mbala"] == "defendant"


def test_a_couple_ordered_to_hand_in_their_travel_documents_are_the_accused() -> None:
    report = """
        Fraud couple gets bail

        BULAWAYO, 17 May 2023 - Magistrate Mary Moyo also ordered Peter Ndlovu, 36, and Grace Ndlovu, his
        35-year-old wife, to hand in their travel documents and keep away from State witnesses.
        """
    found = roles(report)
    assert found["Peter Ndlovu"] == "defendant"
    assert found["Grace Ndlovu"] == "defendant"


def test_the_one_a_prison_term_was_handed_to_is_the_accused() -> None:
    report = """
        Coach sentenced at Liverpool Crown Court

        LIVERPOOL, 19 February 2018 - A 30-year prison term was handed to former youth coach John Bennet at
        Liverpool Crown Court for abusing 12 boys.
        """
    assert roles(report)["John Bennet"] == "defendant"


def test_words_of_a_title_case_headline_are_no_part_of_a_name() -> None:
    report = """
        Hernandez Denies Murdering John Lloyd At Superior Court Arraignment

        FALL RIVER, Mass., Aug 22, 2013 - Former football player Aaron Hernandez pleaded not guilty on
        Thursday to murdering John Lloyd.
        """
    found = roles(report)
    assert "Hernandez Arraignment" not in found
    assert "Hernandez Denies Murdering John Lloyd" not in found


def test_a_prison_term_handed_to_someone_is_a_sentence_and_an_indictment_handed_up_is_not() -> None:
    sentenced = """
        Coach sentenced

        LIVERPOOL, 19 February 2018 - On Monday a 30-year prison term was handed to former youth coach John
        Bennet at Liverpool Crown Court.
        """
    assert rulings(sentenced) == {("2018-02-19", "convicted")}
    indicted = """
        Player pleads not guilty

        FALL RIVER, Aug 22, 2013 - John Bennet pleaded not guilty at Fall River Superior Court on Thursday to
        murder. The indictment, handed up last month by a grand jury, concerns a shooting.
        """
    assert rulings(indicted) == set()


def test_a_headline_that_someone_gets_bail_is_bail_granted() -> None:
    report = """
        Fraud couple gets bail

        BULAWAYO, 17 May 2023 - Magistrate Mary Moyo on Wednesday ordered Peter Ndlovu, 36, to hand in his
        travel documents.
        """
    assert any(kind == "bail_granted" for _, kind in rulings(report))


def test_a_numbered_magistrates_court_is_a_court() -> None:
    report = """
        Court news

        FREETOWN, Oct 3, 2024 - Fourteen supporters charged with riotous conduct have been admitted to bail
        by John Bangura, presiding Magistrate of Court No. 1.
        """
    assert courts(report) == ["Court No. 1"]


def test_a_sentence_opened_by_in_prison_since_names_the_accused() -> None:
    report = """
        Court news

        BOBO, 22 février 2022 - En prison depuis décembre 2021, Paul Drissa Ouattara, qui présidait le Conseil
        régional, ne voit toujours pas la fin de son affaire. Ce lundi 21 février 2022, il était à la barre de
        la chambre correctionnelle du TGI de Bobo-Dioulasso.
        """
    assert roles(report)["Paul Drissa Ouattara"] == "defendant"


def test_the_one_a_caption_pictures_as_jailed_is_no_photographer() -> None:
    report = """
        Court news

        NORWICH, 6 December 2021 - Photo: Matthew Sykes, jailed after admitting drugs offences. - Credit:
        Norfolk Constabulary. Police stopped Sykes' BMW, Norwich Crown Court was told.
        """
    assert roles(report)["Matthew Sykes"] == "defendant"


def test_those_a_prison_term_is_told_of_after_their_names_are_the_accused() -> None:
    report = """
        Court news

        OYEM, 12 mars 2024 - Le tribunal correctionnel d'Oyem a rendu son jugement pour braconnage.
        Trois chasseurs, Paul Essono, Marc Obiang et Luc Mba, ont eux aussi pris un an ferme.
        """
    found = roles(report)
    assert [found.get(name) for name in ("Paul Essono", "Marc Obiang", "Luc Mba")] == ["defendant"] * 3


def test_a_caption_after_a_sentence_telling_a_prison_term_names_no_accused() -> None:
    report = """
        Coach jailed

        LEEDS, 19 February 2018 - A 30-year prison term was handed to former coach Peter Brown at Leeds Crown
        Court.

        Photo caption: John Smith and Mark Jones outside Leeds Crown Court
        """
    found = roles(report)
    assert found["Peter Brown"] == "defendant"
    assert found.get("John Smith") != "defendant" and found.get("Mark Jones") != "defendant"


def test_a_list_of_those_standing_before_the_judges_are_no_judges() -> None:
    report = """
        Court news

        KARA, 10 février 2023 - Cinq personnes étaient poursuivies dans ce dossier examiné par la cour
        d'assises, mais quatre seulement se tenaient devant les juges : Paul Essowè, Marc Kodjo, Luc Abalo et
        Jean Tchala.
        """
    found = roles(report)
    names = ("Paul Essowè", "Marc Kodjo", "Luc Abalo", "Jean Tchala")
    assert [found.get(name) for name in names] == ["defendant"] * 4


def test_a_word_for_the_charges_then_a_colon_opens_the_list_of_offences() -> None:
    report = """
        Court news

        BANGUI, 4 mars 2022 - Les juges l'ont reconnu coupable sur les trois chefs qui lui étaient reprochés:
        assassinat, association de malfaiteurs, séquestration. Paul Yakité a été condamné à perpétuité.
        """
    assert {"assassinat", "association de malfaiteurs", "séquestration"} <= set(charges(report))


def test_the_present_of_retenir_names_the_offences_the_verdict_keeps() -> None:
    report = """
        Court news

        GENÈVE, 3 mai 2021 - Le tribunal criminel a condamné Paul Dupont à vingt ans. Le verdict retient
        notamment l'assassinat, le brigandage aggravé et l'atteinte à la paix des morts.
        """
    assert {"assassinat", "brigandage aggravé", "atteinte à la paix des morts"} <= set(charges(report))


def test_the_impersonal_il_etait_reproche_a_names_the_offence() -> None:
    report = """
        Court news

        KARA, 10 février 2023 - Il était reproché à tous les cinq des violences volontaires ayant entraîné la
        mort sans intention de la donner. La cour d'assises a condamné Paul Essowè.
        """
    assert any("violences volontaires ayant entraîné la mort" in label for label in charges(report))


def test_counts_in_apposition_after_faced_are_the_charges() -> None:
    report = """
        Court news

        KAMPALA, 24 July 2024 - Each faced two counts, common nuisance and unlawful assembly, and each pleaded
        not guilty before Chief Magistrate Mary Nankya. Those charged included Peter Okello.
        """
    assert {"common nuisance", "unlawful assembly"} <= set(charges(report))


def test_these_include_after_the_charges_lists_the_offences() -> None:
    report = """
        Court news

        ACCRA, 5 June 2024 - Eleven people were charged before an Accra Circuit Court. These include
        conspiracy to commit crime and defrauding by false pretences. John Mensah pleaded not guilty.
        """
    assert {"conspiracy to commit crime", "defrauding by false pretences"} <= set(charges(report))


def test_the_charges_against_someone_include_the_offences() -> None:
    report = """
        Court news

        DOVER, Ohio, 3 May 2019 - Peter Boyd faces involuntary manslaughter, while the charges against John
        Orr and Mark Rice include aggravated murder and arson.
        """
    assert {"aggravated murder", "arson"} <= set(charges(report))


def test_a_prison_term_then_pour_names_the_offence_it_punishes() -> None:
    report = """
        Court news

        DAKAR, 16 novembre 2021 - Deux ans de prison ferme pour vol simple : c'est la peine infligée à Modou
        Ndiaye, jugé lundi devant le tribunal des flagrants délits.
        """
    assert "vol simple" in charges(report)


def test_extermination_is_an_offence_of_its_own_in_a_list() -> None:
    report = """
        Court news

        KIGALI, 12 mai 2011 - Jean Mugabo, poursuivi pour génocide et extermination, a demandé un délai.
        """
    assert {"génocide", "extermination"} <= set(charges(report))


def test_a_new_verb_after_et_ends_the_offence_the_court_kept() -> None:
    report = """
        Court news

        GENÈVE, 3 mai 2021 - Le tribunal a retenu l'assassinat et lui a infligé une peine de quinze ans
        d'emprisonnement. Paul Dupont fera appel.
        """
    assert charges(report) == ["assassinat"]


def test_an_english_day_may_take_a_comma_before_its_month() -> None:
    report = """
        Court news

        OSOGBO, 5 November 2020 - The magistrate, Mrs. Ruth Bello, ordered their remand in the correctional
        centre and fixed 26, November 2020 for accelerated hearing of the case against John Ade.
        """
    assert next_hearings(report) == ["2020-11-26"]


def test_a_plan_that_had_been_fixed_is_not_the_next_hearing() -> None:
    report = """
        Court news

        ABUJA, March 25, 2024 - Four men accused over a kidnap will now be arraigned on May 13, after Justice
        Peter Obi of the Federal High Court put the matter off. Their plea had been fixed for Monday.
        """
    assert next_hearings(report) == ["2024-05-13"]


def test_put_the_matter_off_is_an_adjournment() -> None:
    report = """
        Court news

        ABUJA, March 25, 2024 - Justice Peter Obi of the Federal High Court on Monday put the matter off in
        the trial of John Ade.
        """
    assert ("2024-03-25", "adjourned") in rulings(report)


def test_a_title_before_the_first_item_does_not_hide_the_lists_role_noun() -> None:
    report = """
        Court news

        ABUJA, March 25, 2024 - The trial was adjourned to May 13 by the Federal High Court.

        The victims of the abduction: Prof Peter Okon, Dr James Eze, Musa Bello and John Obi.
        """
    found = roles(report)
    assert [found.get(n) for n in ("Peter Okon", "James Eze", "Musa Bello", "John Obi")] == ["victim"] * 4


def test_counsel_of_a_public_body_is_civil_party_counsel() -> None:
    report = """
        Court news

        OYEM, 22 novembre 2012 - Le préfet Paul Mba a été jugé jeudi pour braconnage par le tribunal
        correctionnel d'Oyem. Conseil de la Direction de la Faune, Me Jean Nze a demandé des dommages.
        """
    assert roles(report)["Jean Nze"] == "civil_party_counsel"


def test_one_of_the_civil_parties_counsel_is_civil_party_counsel() -> None:
    report = """
        Court news

        BANGUI, 4 mars 2022 - Paul Yakité a été condamné à perpétuité par la cour d'appel. Me Luc Obame, qui
        fait partie des conseils des parties civiles, s'est dit satisfait.
        """
    assert roles(report)["Luc Obame"] == "civil_party_counsel"


def test_the_one_named_with_an_age_after_the_magistrate_is_not_the_magistrate() -> None:
    report = """
        Court news

        CHIPATA, 9 September 2020 - In another matter before the same magistrate, Daniel Phiri, 27, of Mwami
        Border area, appeared today before the Chipata Magistrates Court accused of stealing K90,000.
        """
    assert roles(report)["Daniel Phiri"] == "defendant"


def test_a_prison_term_for_someone_names_the_one_punished() -> None:
    report = """
        Court news

        CASABLANCA, 10 juin 2008 - Verdict sévère lundi au tribunal de Casablanca. Trois mois d'emprisonnement
        pour Karim Alaoui, patron du journal ; deux mois fermes pour Saïd Bennani, auteur de l'article.
        """
    found = roles(report)
    assert (found.get("Karim Alaoui"), found.get("Saïd Bennani")) == ("defendant", "defendant")


def test_staying_in_a_prison_named_by_its_place_is_what_the_accused_do() -> None:
    report = """
        Court news

        KAMPALA, 14 June 2018 - Mr. Peter Okello will stay in Luzira prison until 20th June, 2018, the day the
        Buganda Road court magistrate is to rule on his bail application.
        """
    assert roles(report)["Peter Okello"] == "defendant"


def test_facing_a_list_of_grievances_is_what_the_accused_do() -> None:
    report = """
        Court news

        OYEM, 22 novembre 2012 - Au tribunal correctionnel d'Oyem, Paul Mba, qui dort en prison depuis mai,
        faisait face à une liste de griefs : braconnage, faux en écriture et détention illégale d'armes.
        """
    assert roles(report)["Paul Mba"] == "defendant"


def test_a_road_court_may_be_written_with_a_lower_case_court() -> None:
    report = """
        Court news

        KAMPALA, 14 June 2018 - Two activists have been remanded to Luzira by Buganda Road court grade one
        magistrate Robert Mukasa.
        """
    assert courts(report) == ["Buganda Road court"]


def test_those_who_face_a_number_of_counts_are_the_accused() -> None:
    report = """
        Court news

        OSOGBO, 3 June 2021 - Peter Ade, 40, John Bello, 46 and Musa Okon, 28, face six counts which border on
        conspiracy and breach of peace, before an Osogbo Magistrates' Court.
        """
    found = roles(report)
    assert [found.get(n) for n in ("Peter Ade", "John Bello", "Musa Okon")] == ["defendant"] * 3


def test_those_who_waived_their_right_to_apply_for_bail_are_the_accused() -> None:
    report = """
        Court news

        MAKHANDA, 3 June 2021 - Unexpectedly, Sipho Dlamini and Peter Ndlovu, who had previously waived
        the right to apply for bail, told the magistrate today that they now wished to do so.
        """
    found = roles(report)
    assert (found.get("Sipho Dlamini"), found.get("Peter Ndlovu")) == ("defendant", "defendant")


def test_the_one_to_be_held_at_a_police_station_is_the_accused() -> None:
    report = """
        Court news

        MOMBASA, 31 March 2015 - Ms Amina Hassan will be held at Kilindini police station under orders issued
        on Monday by Mombasa Senior Resident Magistrate Irene Wanjiru.
        """
    assert roles(report)["Amina Hassan"] == "defendant"


def test_the_one_sleeping_in_a_remand_prison_is_the_accused() -> None:
    report = """
        Court news

        KOUPÈLA, 26 novembre 2022 - Le tribunal a siégé en audience foraine. Paul Kaboré, 23 ans, dort
        désormais à la Maison d'arrêt de Koupèla.
        """
    assert roles(report)["Paul Kaboré"] == "defendant"


def test_the_one_brought_from_prison_is_the_accused() -> None:
    report = """
        Court news

        CHARLEROI, 6 mai 2022 - Ce vendredi, Karim Benali a été amené de la prison jusqu'au palais de justice
        pour s'expliquer.
        """
    assert roles(report)["Karim Benali"] == "defendant"


def test_a_headline_that_a_jury_convicts_someone_names_the_accused() -> None:
    report = """
        Jury convicts James Walker in county kidnapping case

        WAUSEON, Ohio, May 17, 2018 - Jurors deliberated for four hours before the verdict was read in court.
        """
    assert roles(report)["James Walker"] == "defendant"


def test_counts_that_border_on_offences_name_them() -> None:
    report = """
        Court news

        ABUJA, 7 March 2022 - Peter Ade took his plea at the Federal High Court. The eight counts they answer
        border on conspiracy and drug trafficking.
        """
    assert {"conspiracy", "drug trafficking"} <= set(charges(report))


def test_an_offence_admitted_at_a_court_is_a_charge() -> None:
    report = """
        Court news

        NEWCASTLE, 14 January 2022 - Leon Smith, 22, today admitted manslaughter at Newcastle Crown Court
        over the death of a 19-year-old.
        """
    assert "manslaughter" in charges(report)


def test_a_threat_is_an_offence_of_its_own_in_a_list() -> None:
    report = """
        Court news

        OSOGBO, 3 June 2021 - Peter Ade faces six counts which border on unlawful invasion, breach of peace
        and threat to life, before an Osogbo Magistrates' Court.
        """
    assert "threat to life" in charges(report)


def test_turning_down_a_request_to_free_someone_on_bond_denies_bail() -> None:
    report = """
        Court news

        ELDORET, 22 March 2023 - On Tuesday, Eldoret Principal Magistrate Jane Menya turned down the request
        to free Peter Kerich on bond.
        """
    found = rulings(report)
    assert ("2023-03-21", "bail_denied") in found and ("2023-03-21", "other") not in found


def test_a_month_marker_gives_a_yearless_wire_dateline_its_year() -> None:
    report = """
        Accueil > Justice
         date 2019-03

        Casse d'une station : sursis pour deux prévenus

        Thiès, 6 mars (APS) - Deux prévenus ont écopé mercredi de trois mois d'emprisonnement assortis du
        sursis devant le tribunal de grande instance de Thiès.
        """
    article = parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles[0]
    assert article.published == dt.date(2019, 3, 6)


def test_a_page_stamp_may_glue_the_day_to_the_month() -> None:
    report = """
        IPP Media | The Guardian

        Three youths get death sentence for murder

        19Sep 2019
        The Guardian Reporter

        The High Court of Tanzania, Mbeya Zone has handed the death sentence to three men it convicted of
        murder.
        """
    article = parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles[0]
    assert article.published == dt.date(2019, 9, 19)


def test_a_list_of_offences_then_ces_faits_after_the_colon_names_them() -> None:
    report = """
        Court news

        GOMA, 21 mars 2018 - Le tribunal militaire a rejugé l'affaire.
        Meurtre, viol, arrestations arbitraires : ils avaient été reconnus coupables de tous ces faits.
        """
    assert {"meurtre", "viol", "arrestations arbitraires"} <= set(charges(report))


def test_a_term_of_years_then_pour_names_the_offence() -> None:
    report = """
        Court news

        TUNIS, 4 juin 2024 - Le tribunal a condamné Karim Mabrouk. Le détail de la peine : un an pour
        falsification de documents bancaires, trois ans pour plusieurs infractions fiscales.
        """
    assert "falsification de documents bancaires" in charges(report)


def test_offences_charged_including_names_them() -> None:
    report = """
        Court news

        CORK, 12 July 2021 - John Burke was refused bail. In all, 20 offences are charged, ten of them against
        him alone, including obstruction of a garda and criminal damage of a Garda car.
        """
    assert {"obstruction of a garda", "criminal damage of a Garda car"} <= set(charges(report))


def test_public_violence_is_an_offence() -> None:
    report = """
        Court news

        BULAWAYO, 9 February 2019 - Peter Moyo, a soldier, and John Ndlovu are on trial for public violence
        before the Western Commonage magistrates court.
        """
    assert "public violence" in charges(report)


def test_defenders_listed_after_a_dash_are_defence_counsel() -> None:
    report = """
        Court news

        PARAKOU, 7 mai 2014 - Seul Ali Bello, poursuivi pour trafic de drogue, a comparu devant la cour.
        Leurs défenseurs – Paul Assogba, Jean Essou et Luc Moussa – ont donc dû garder le silence.
        """
    found = roles(report)
    assert [found.get(n) for n in ("Paul Assogba", "Jean Essou", "Luc Moussa")] == ["defense_counsel"] * 3


def test_assessors_and_the_one_at_the_presidency_are_judges() -> None:
    report = """
        Court news

        PARAKOU, 7 mai 2014 - Ali Bello, poursuivi pour trafic de drogue, a comparu devant la cour d'assises.
        La cour – Marie Balley à la présidence, avec pour assesseurs Paul Gangny et Jean Yéyé – a ordonné que
        le dossier soit scindé.
        """
    found = roles(report)
    assert [found.get(n) for n in ("Marie Balley", "Paul Gangny", "Jean Yéyé")] == ["judge"] * 3


def test_the_one_holding_the_seat_of_the_prosecution_is_the_prosecutor() -> None:
    report = """
        Court news

        PARAKOU, 7 mai 2014 - Ali Bello, poursuivi pour trafic de drogue, a comparu devant la cour d'assises.
        Les coaccusés n'ont pas été joints, selon Pascal Dako, qui occupait le siège du ministère public.
        """
    assert roles(report)["Pascal Dako"] == "prosecutor"


def test_trades_inside_a_list_of_the_accused_are_not_their_parts() -> None:
    report = """
        Court news

        KOUPÉLA, 25 février 2026 - Le tribunal de grande instance a vidé sa saisine. Au bénéfice du doute, il
        a relaxé trois prévenus : le magistrat Jean Ouédraogo, l'avocat Paul Sampébré et le douanier Ali Sow.
        """
    found = roles(report)
    assert [found.get(n) for n in ("Jean Ouédraogo", "Paul Sampébré", "Ali Sow")] == ["defendant"] * 3


def test_a_magistrate_named_by_a_seat_as_the_subject_names_the_court() -> None:
    report = """
        Court news

        LUSAKA, 12 May 2014 - A Mongu magistrate has handed prison terms to 17 activists accused of criminal
        damage.
        """
    assert courts(report) == ["Mongu Magistrates' Court"]


def test_that_year_gives_a_yearless_day_the_year_just_told() -> None:
    report = """
        Court news

        GOMA, 22 mars 2018 - Paul Kabila, poursuivi pour viol, comparaît devant le tribunal militaire. Le
        dossier rappelle celui jugé en 2015 : cette année-là, le samedi 7 mars, la même juridiction avait
        condamné vingt-deux militaires.
        """
    assert ("2015-03-07", "convicted") in rulings(report)


def test_offences_as_the_subject_of_is_the_charge_are_the_charges() -> None:
    report = """
        Court news

        BULAWAYO, 9 February 2019 - Four soldiers were granted bail by the High Court. Murder is the charge
        against Charles Moyo (56) and Bernard Sibanda (18), who were among the mob. Theft of property and
        forgery were the offences alleged against two others.
        """
    assert {"murder", "theft of property", "forgery"} <= set(charges(report))
    found = roles(report)
    assert (found.get("Charles Moyo"), found.get("Bernard Sibanda")) == ("defendant", "defendant")


def test_the_offence_before_accused_or_suspect_is_the_charge() -> None:
    report = """
        Court news

        GABORONE, 1 May 2020 - Broadhurst Magistrate Peter Molefe on Thursday sent murder suspect John Kgosi
        back into custody. Some robbery suspects had walked out on bail before.
        """
    assert charges(report) == ["murder"]


def test_a_qui_any_subject_reproche_names_the_offences() -> None:
    report = """
        Court news

        OUAGADOUGOU, 16 décembre 2025 - Le procès a été renvoyé. Il s'agit de Paul Yé et Laure Zongo, à qui le
        parquet reproche des détournements de deniers publics et l'enrichissement illicite.
        """
    assert {"détournements de deniers publics", "enrichissement illicite"} <= set(charges(report))


def test_found_guilty_on_a_weekday_of_an_offence() -> None:
    report = """
        Court news

        LANCASTER, Aug. 9, 2017 - John Newman was sentenced to life in prison. Newman had been found guilty
        Friday of murder.
        """
    assert "murder" in charges(report)


def test_allegations_then_a_dash_open_the_list_of_offences() -> None:
    report = """
        Court news

        LAGOS, 3 March 2023 - Peter Ade will stay in custody for 30 days, the Chief Magistrate ordered, to
        give the DPP time to advise on the allegations - conspiracy, kidnapping and possession of firearms.
        """
    assert {"conspiracy", "kidnapping", "possession of firearms"} <= set(charges(report))


def test_a_complaint_for_an_offence_names_it() -> None:
    report = """
        Court news

        LOMÉ, 12 mai 2021 - Le tribunal a renvoyé l'affaire. Au cœur de la procédure, la plainte pour
        diffamation introduite par M. Paul Kpatcha contre le journal.
        """
    assert "diffamation" in charges(report)


def test_counts_bordering_on_offences_name_them() -> None:
    report = """
        Court news

        KANO, 8 June 2022 - The state brought 38 counts against the suspects, bordering on conspiracy and
        kidnapping. Peter Obi is listed first on the charge.
        """
    assert {"conspiracy", "kidnapping"} <= set(charges(report))


def test_those_starting_jail_terms_are_the_accused() -> None:
    report = """
        Court news

        LILONGWE, 11 December 2024 - Peter Tembo, 44, who is from Burundi, and John Banda, 52, a Rwandan, are
        starting five-year jail terms with hard labour, the First Grade Magistrate Court said.
        """
    found = roles(report)
    assert (found.get("Peter Tembo"), found.get("John Banda")) == ("defendant", "defendant")


def test_the_sentence_of_someone_names_the_accused() -> None:
    report = """
        Court news

        LIBREVILLE, 3 juin 2024 - C'est vendredi qu'a pris fin la session criminelle de la cour, sur la
        condamnation d'Anatole Obiang, un Gabonais, à 30 ans de réclusion.
        """
    assert roles(report)["Anatole Obiang"] == "defendant"


def test_those_who_stood_before_a_magistrate_after_the_verb_are_the_accused() -> None:
    report = """
        Court news

        DAR ES SALAAM, 11 January 2022 - Three magistrates heard charges against seven officers. Before Chief
        Resident Magistrate Evodia Mushi stood Godson Kimaro and Said Shekule.
        """
    found = roles(report)
    assert (found.get("Godson Kimaro"), found.get("Said Shekule")) == ("defendant", "defendant")


def test_a_prison_term_then_a_comma_and_pour_names_the_offence() -> None:
    report = """
        Court news

        PARIS, 11 octobre 2017 - Le tribunal correctionnel a jugé l'affaire. Cinq ans de prison, dont trois
        ferme, pour « violences aggravées » : Paul Bernard fait partie des sept condamnés.
        """
    assert "violences aggravées" in charges(report)


def test_accused_by_the_prosecution_of_offences_names_them() -> None:
    report = """
        Court news

        YAOUNDÉ, 16 avril 2021 - Les débats n'ont pas pu s'ouvrir devant le tribunal militaire dans le dossier
        des trois militaires accusés par le parquet de coaction de meurtre et violation de consignes.
        """
    assert {"coaction de meurtre", "violation de consignes"} <= set(charges(report))


def test_counts_named_chefs_of_an_offence_name_it() -> None:
    report = """
        Court news

        QUÉBEC, 12 novembre 2021 - Paul Bilodeau a comparu de nouveau au palais de justice. En septembre, il
        avait une première fois comparu sous cinq chefs d'incendie criminel.
        """
    assert "incendie criminel" in charges(report)


def test_an_approximate_span_from_now_gives_no_day_and_leaves_the_told_day_next() -> None:
    report = """
        HUNTSVILLE, Aug. 4, 2021 - Ex-mayor Dale Rimmer will stay in jail until he is sentenced on Aug. 20.
        Without bond, Rimmer will remain in jail until the sentencing hearing, a little more than two weeks
        from now.
        """
    assert next_hearings(report) == ["2021-08-20"]


def test_the_one_who_takes_a_term_is_accused() -> None:
    for verb in ("prend", "a pris"):
        report = f"""
            BRUXELLES, 3 mars 2024 - Le tribunal correctionnel a rendu son jugement dans le dossier des
            cambriolages. Paul Marchal {verb} deux ans, entièrement assortis d'un sursis probatoire.
            """
        assert roles(report).get("Paul Marchal") == "defendant", verb
    report = """
        LEEDS, March 3, 2024 - The Crown Court passed sentence on the gang. Owen Pritchard got five years.
        """
    assert roles(report).get("Owen Pritchard") == "defendant"


def test_initials_that_take_a_term_name_a_person() -> None:
    report = """
        BRUXELLES, 3 mars 2024 - Le tribunal correctionnel a rendu son jugement dans le dossier des
        cambriolages. A.Z. prend trois ans, entièrement assortis d'un sursis probatoire.
        """
    assert roles(report).get("A.Z.") == "defendant"


def test_they_face_a_charge_takes_up_the_first_subject_after_a_dateline() -> None:
    report = """
        Libel trial stalls

        Accra, Aug 18, - Kofi Mensah, who edits the Daily Lantern, and the paper's owners will have to wait
        for their trial to go on: an Accra Circuit Court today put the case on hold. They face a charge of
        criminal libel.
        """
    assert roles(report).get("Kofi Mensah") == "defendant"


def test_stood_briefly_in_the_dock_to_answer_to_offences() -> None:
    report = """
        PRETORIA, March 30, 2023 - Her ex-boyfriend, Sipho Dlamini, stood briefly in the dock at the Pretoria
        magistrate's court on Thursday to answer to murder and to defeating the administration of justice.
        """
    assert roles(report).get("Sipho Dlamini") == "defendant"
    assert "murder" in charges(report)
    assert "defeating the administration of justice" in charges(report)


def test_a_bail_inquiry_undergone_in_quebec_names_the_accused() -> None:
    report = """
        QUÉBEC, 16 août 2017 - C'est la mine sombre, dans la boîte des accusés, que Marc Tremblay a subi mardi
        son enquête sur remise en liberté devant le juge Paul Roy.
        """
    assert roles(report).get("Marc Tremblay") == "defendant"


def test_those_taken_back_to_the_remand_prison_are_accused() -> None:
    report = """
        MBOUR, 3 mars 2024 - Le tribunal de grande instance de Mbour a renvoyé au 10 mars le dossier de
        l'incendie de la mairie. À la fin de l'audience, Paul Seck a repris le chemin de la maison d'arrêt.
        """
    assert roles(report).get("Paul Seck") == "defendant"


def test_a_stray_replacement_character_after_a_full_stop_still_ends_the_line() -> None:
    report = (
        "Procès à Mbour\n\nMBOUR, 3 mars 2024 - Le tribunal de grande instance de Mbour a renvoyé au 10 mars"
        " le dossier des élus poursuivis pour incitation à la violence. Des parents ont quitté"
        " la salle. \ufffd\nÀ la fin de l'audience, Paul Seck et Bira Gueye ont repris le chemin de la maison"
        " d'arrêt de Mbour.\n"
    )
    assert roles(report).get("Bira Gueye") == "defendant"


def test_a_councilman_is_a_title_not_part_of_the_name() -> None:
    report = """
        Councilman Rudd gets a year in federal prison

        TERRE HAUTE, Oct. 16, 2018 - A federal judge sent Sullivan County Councilman Max L. Rudd to prison on
        Monday. Rudd was convicted of election fraud.
        """
    assert "Councilman Rudd" not in roles(report)


def test_the_verb_of_appearance_told_once_for_both_sides_gives_the_second_counsel_their_side() -> None:
    report = """
        DUNDEE, Feb. 9, 2007 - A second suspect in the killing of a historian was briefly in the dock at the
        Dundee Magistrate's Court on Friday. Attorney Farid Khan appeared for the accused, and Sandra
        Kloppers for the state.
        """
    found = roles(report)
    assert found.get("Farid Khan") == "defense_counsel"
    assert found.get("Sandra Kloppers") == "prosecutor"


def test_juge_after_a_quotation_is_a_verb_of_opinion_not_the_trial_of_the_one_named() -> None:
    report = """
        BAMAKO, 10 septembre 2024 - Le tribunal a ordonné lundi la libération des onze prévenus, poursuivis
        pour atteinte au crédit de l'État. Le parquet a fait appel. « Cet appel est inopportun », juge Maître
        Hyacinthe Kanté, l'un des conseils.
        """
    assert roles(report).get("Hyacinthe Kanté") == "defense_counsel"


def test_an_ordinal_opening_a_headline_is_no_name() -> None:
    report = """
        Second Hatton murder accused appears in court

        DUNDEE, Feb. 9, 2007 - A second suspect in the murder of David Hatton was briefly in the dock at the
        Dundee Magistrate's Court on Friday.
        """
    assert "Second Hatton" not in roles(report)


def test_the_defence_of_several_people_names_them_as_accused() -> None:
    report = """
        CASABLANCA, 18 décembre 2009 - La défense de Salem Tarek, Brahim Dahmane et Ahmed Nasri a essuyé un
        refus mercredi : le tribunal de première instance n'a pas accordé la liberté provisoire demandée.
        """
    found = roles(report)
    for name in ("Salem Tarek", "Brahim Dahmane", "Ahmed Nasri"):
        assert found.get(name) == "defendant", name


def test_standing_trial_with_someone_then_the_verb_then_the_names() -> None:
    report = """
        ABUJA, Jan. 10, 2023 - A traditional ruler was on Tuesday arraigned before the Federal High Court in
        Abuja over alleged forgery. Standing trial with the monarch are Muyiwa Fabunde, Alade Samuel and High
        Chief Michael Onikori.
        """
    found = roles(report)
    for name in ("Muyiwa Fabunde", "Alade Samuel", "Michael Onikori"):
        assert found.get(name) == "defendant", name


def test_the_accusations_that_targeted_them_then_dont_lists_the_charges() -> None:
    found = charges(
        """
        DOUALA, 14 décembre 2018 - Le tribunal militaire a ordonné l'arrêt des poursuites contre quatorze
        prévenus. Exit, pour eux, les accusations qui les visaient, dont l'hostilité contre la patrie et la
        non-dénonciation.
        """
    )
    assert "hostilité contre la patrie" in found


def test_a_bylines_writer_is_no_one_in_the_case_and_takes_no_surname() -> None:
    report = """
        Treason trial to resume next month

        By Janet A. Koroma

        FREETOWN, Jan. 10, 2024 - Bail was refused to Bai Mamoud Bangura, the eighth accused, who is ill.
        Arguing the application, Counsel Africanus Koroma described Bangura as a public servant. The case
        against him, Koroma said, amounted to nothing more than an allegation.
        """
    found = roles(report)
    assert "Janet A. Koroma" not in found
    assert found.get("Africanus Koroma") == "defense_counsel"


def test_a_police_inspector_who_gives_evidence_prosecutes() -> None:
    report = """
        LIMERICK, Sept. 24, 2017 - Limerick District Court heard that the driver of a sulky had crossed the
        centre of the road. Insp Paul Reddan gave evidence that the driver ignored the patrol car. Judge Mary
        Larkin fined the defendant, William Rourke, who had admitted dangerous driving.
        """
    assert roles(report).get("Paul Reddan") == "prosecutor"


def test_an_offence_held_against_someone_names_the_accused() -> None:
    report = """
        DAKAR, 14 janvier 2026 - Au terme des débats, le tribunal des flagrants délits de Dakar a retenu
        l'escroquerie contre Fatou Tall. Elle écope de trois mois avec sursis.
        """
    assert roles(report).get("Fatou Tall") == "defendant"


def test_the_case_between_the_prosecution_and_someone_names_the_accused() -> None:
    report = """
        SOKODÉ, 3 avril 2024 - Le tribunal de Sokodé a renvoyé au 8 mai 2024 l'affaire opposant le ministère
        public à Koffi Mensah, poursuivi pour faux.
        """
    assert roles(report).get("Koffi Mensah") == "defendant"


def test_a_sentence_imposed_on_someone_names_the_accused() -> None:
    report = """
        PRESTONSBURG, Dec. 16, 2021 - A county man will spend the rest of his life behind bars for murder. The
        judge imposed the life sentence on Floyd Junior Saxton, 40, on Dec. 10.
        """
    assert roles(report).get("Floyd Junior Saxton") == "defendant"


def test_a_menus_section_after_justice_is_no_judge() -> None:
    report = """
        Senegal5 | Accueil  Politique  Société  Faits divers  Justice  Sport  International

        DAKAR, 14 janvier 2026 - Le tribunal des flagrants délits de Dakar a condamné Fatou Tall à trois mois
        avec sursis pour escroquerie.
        """
    assert "Sport" not in roles(report)


def test_a_role_noun_after_devant_is_where_someone_spoke_not_who_they_are() -> None:
    report = """
        RENNES, 12 avril 2020 - Le tribunal correctionnel de Rennes a relaxé jeudi un homme poursuivi pour
        violation du confinement. Devant les juges, Me Rémi Casset, qui l'assistait, avait demandé
        l'annulation de la procédure.
        """
    assert roles(report).get("Rémi Casset") == "defense_counsel"


def test_courts_named_by_a_seat_and_a_lower_case_kind_or_a_law_court() -> None:
    assert courts(
        """
        KUMASI, June 9, 2021 - Kofi Dako and Ama Sule were admitted to bail by a Kumasi circuit court.
        They are charged with robbery.
        """
    ) == ["Kumasi circuit court"]
    assert courts(
        """
        NAKURU, April 9, 2020 - The magistrate at the Nakuru Law Court freed 40 petty offenders on Thursday.
        Peter Kamau, charged with theft, was remanded.
        """
    ) == ["Nakuru Law Court"]


def test_a_cour_correctionnelle_is_a_court() -> None:
    report = """
        NYON, 20 mars 2014 - Jeudi, la Cour correctionnelle de Nyon a condamné à six ans de prison Marc Dufo,
        poursuivi pour lésions corporelles graves.
        """
    assert courts(report) == ["Cour correctionnelle de Nyon"]


def test_to_stay_in_a_custodial_centre_is_the_accused() -> None:
    report = """
        LAGOS, Jan. 17, 2023 - Paul Adeyemi, aged 47, is to stay in a custodial centre after an Ikeja
        Magistrates' Court ruled on Tuesday that he be remanded.
        """
    assert roles(report).get("Paul Adeyemi") == "defendant"


def test_a_few_words_describing_the_subject_then_he_is_accused_of() -> None:
    report = """
        Arson suspect headed for trial

        Pocahontas resident Jeremy B. Tedman is headed for a trial date in the county's circuit court. He is
        accused of aggravated arson.
        """
    assert roles(report).get("Jeremy B. Tedman") == "defendant"


def test_one_brought_before_the_prosecutor_opening_the_sentence_is_accused() -> None:
    report = """
        DAKAR, 9 mars 2026 - Déféré ce lundi au parquet de Dakar, Cheikh Omar Ndiaye en est ressorti sous
        mandat de dépôt pour diffusion de fausses nouvelles.
        """
    assert roles(report).get("Cheikh Omar Ndiaye") == "defendant"


def test_a_headline_verb_in_title_case_is_no_part_of_a_name() -> None:
    report = """
        Chisoni Stays in Chichiri for Seven More Days

        BLANTYRE, July 20, 2020 - The State has won a seven-day extension of the remand of Paulo Norman
        Chisoni, accused of attempted murder.
        """
    found = roles(report)
    assert "Chisoni Stays" not in found
    assert found.get("Paulo Norman Chisoni") == "defendant"


def test_the_first_appearance_there_of_someone_names_the_accused() -> None:
    report = """
        NEWCASTLE, Sept. 3, 2009 - Newcastle Crown Court yesterday saw the first appearance there of Steven
        Parkes, the 43-year-old charged with murdering his mother.
        """
    assert roles(report).get("Steven Parkes") == "defendant"


def test_a_colon_closes_the_words_before_a_list_of_the_convicted() -> None:
    report = """
        DAR ES SALAAM, May 3, 2023 - The order was made by Senior Resident Magistrate Yusto Rubanga after he
        convicted the four: Beth Ngugi (43) and Florence Dira (34), both from Kenya, and Qlven Swa (26).
        """
    found = roles(report)
    for name in ("Beth Ngugi", "Florence Dira", "Qlven Swa"):
        assert found.get(name) == "defendant", name


def test_a_french_compound_past_between_a_role_noun_and_a_name_ends_the_role() -> None:
    report = """
        LA SARRE, 6 juin 2019 - Sylvain Côtier, qui doit répondre d'accusations de menaces de mort, a comparu
        devant le juge Thierry Poitras. L'accusé a souhaité s'entretenir avec Me Andréa Labbé.
        """
    assert roles(report).get("Andréa Labbé") != "defendant"


def test_the_new_date_is_names_the_next_hearing() -> None:
    report = """
        MASAKA, Dec. 18, 2020 - Magistrate Arthur Zira put the case against Florence Nayanja off to February
        next year after the prosecutor said the witnesses were absent. The new date is February 23, 2021.
        """
    assert next_hearings(report) == ["2021-02-23"]


def test_debates_planned_until_a_weekday_make_that_day_a_sitting_to_come() -> None:
    report = """
        GENÈVE, 18 décembre 2019 - Le tribunal correctionnel de Genève juge depuis lundi Pierre Marchand,
        poursuivi pour abus de confiance. Son conseil avait annoncé une défense repentante pour ces débats
        prévus jusqu'à jeudi.
        """
    assert next_hearings(report) == ["2019-12-19"]


def test_a_decision_told_with_only_its_month_stays_undated() -> None:
    report = """
        MASAKA, Dec. 18, 2020 - Magistrate Arthur Zira on Thursday adjourned the case against Florence
        Nayanja, charged with inciting violence, to February 23, 2021. Back in November, the court released
        the accused on non-cash bail.
        """
    assert ("2020-12-17", "bail_granted") not in rulings(report)


def test_facing_a_murder_charge_with_co_accused_listed_after_a_dash() -> None:
    report = """
        MIDDELBURG, Sept. 11, 2024 - Reinhard Steen, 24, a farm manager in Mpumalanga facing a murder charge,
        has appeared with three co-accused in the Middelburg Magistrate's Court — Dumisani Masilo, 33; Stephan
        Wilsen, 30; and Dumisani Luthando.
        """
    found = roles(report)
    for name in ("Reinhard Steen", "Dumisani Masilo", "Stephan Wilsen", "Dumisani Luthando"):
        assert found.get(name) == "defendant", name


def test_the_number_of_accused_then_are_introduces_their_list() -> None:
    report = """
        HARARE, Nov. 19, 2016 - Six activists were remanded in custody by a Harare magistrate. The six are
        Nyasha Musande, Henry Munanga and Talent Chadema.
        """
    found = roles(report)
    for name in ("Nyasha Musande", "Henry Munanga", "Talent Chadema"):
        assert found.get(name) == "defendant", name


def test_tried_alongside_another_and_kept_in_a_cell_names_the_accused() -> None:
    report = """
        DOUALA, 12 mai 2021 - La cour d'appel du Littoral a accordé la liberté provisoire à Martin Mimbe,
        poursuivi pour complicité de viol. Wilfried Eteki, poursuivi avec lui, reste en revanche en cellule.
        """
    assert roles(report).get("Wilfried Eteki") == "defendant"


def test_offences_in_a_title_case_headline_are_no_name() -> None:
    report = """
        Bakau Residents Bailed After Charged With Multiple Offences

        BANJUL, Dec. 7, 2022 - The Kanifing Magistrates' Court on Tuesday granted bail to Lamin Jatta, charged
        with rioting.
        """
    assert "Multiple Offences" not in roles(report)


def test_a_date_in_figures_reads_month_first_where_the_line_also_names_the_month() -> None:
    report = """
        HUFFPOST DETROIT | Politics | Crime

        Former Mayor Denied Bond

        03/11/2013 02:52 pm ET Updated Mar 11, 2013

        Ex-mayor Kwame Kilpin was refused bond on Monday after a jury convicted him of racketeering.
        """
    assert ("2013-03-11", "bail_denied") in rulings(report)


def test_a_subheading_verdict_le_announces_the_next_date_and_dates_no_decision() -> None:
    report = """
        Procès des manifestants

        Hier, le tribunal de première instance d'Antananarivo a examiné le dossier de Doris Rakotomalala,
        poursuivie pour manifestation interdite lors de la marche du 13 mai 2023.

        Verdict le 23 juin.
        """
    assert next_hearings(report) == ["2023-06-23"]
    assert "2023-06-23" not in held(report)


def test_trial_is_to_begin_on_and_next_appearance_name_the_next_date() -> None:
    assert next_hearings(
        """
        LAGOS, May 12, 2018 - The Federal High Court in Ikoyi remanded Okey Ofoe, charged with fraud. Trial
        is to begin on September 24, 2018.
        """
    ) == ["2018-09-24"]
    assert next_hearings(
        """
        JOHANNESBURG, July 16, 2021 - Forty-four people charged with public violence were remanded in custody
        by the Randburg Magistrates Court on Thursday. Next appearance: 22 July 2021.
        """
    ) == ["2021-07-22"]


def test_counsel_who_acts_for_named_clients_names_them_as_accused() -> None:
    report = """
        WINDHOEK, Nov. 3, 2023 - The High Court has returned the case to the Windhoek Magistrate's Court.
        Gilroy Kasperson acts for Toivo Hermann, Fan Jiang and Guo Linjia.
        """
    found = roles(report)
    assert found.get("Gilroy Kasperson") == "defense_counsel"
    for name in ("Toivo Hermann", "Fan Jiang", "Guo Linjia"):
        assert found.get(name) == "defendant", name
    # acting for "the" body names an institution, no client in the dock
    report = """
        LAGOS, May 3, 2024 - Police prosecutor Morufu Animasha, acting for the Police Zonal Monitoring Unit,
        got what he asked for: a Chief Magistrate's Court remanded five men charged with kidnapping.
        """
    assert roles(report).get("Zonal Monitoring Unit") != "defendant"


def test_an_offence_told_with_its_manner_is_still_the_offence() -> None:
    found = charges(
        """
        GQEBERHA, Sept. 16, 2022 - The bail bid of Quinn Schepp, 20, charged with the brutal murder of the
        single mother Shenice Jonas, has been put off to September 23.
        """
    )
    assert any(label.startswith("brutal murder") for label in found)


def test_the_one_a_suit_is_brought_against_is_the_accused() -> None:
    report = """
        LIBREVILLE, 10 juin 2016 - Le procès en diffamation intenté par le chef de l'Etat, Albert Bongui, à
        Chantal Mbouta Gondi a été renvoyé sine die ce vendredi par le tribunal de Libreville.
        """
    assert roles(report).get("Chantal Mbouta Gondi") == "defendant"


def test_the_number_of_accused_with_an_apposition_then_are_introduces_their_list() -> None:
    report = """
        DAR ES SALAAM, Jan. 20, 2021 - The Kisutu court issued arrest warrants on Tuesday. The three, accused
        of jumping bail, are Edgar Adelin, Reginald Masawa and Pendo Rafael.
        """
    found = roles(report)
    for name in ("Edgar Adelin", "Reginald Masawa", "Pendo Rafael"):
        assert found.get(name) == "defendant", name


def test_a_case_between_the_prosecution_and_a_group_then_a_colon_lists_the_accused() -> None:
    report = """
        GAOUA, 3 juillet 2015 - Le mardi 30 juin 2015, les juges du tribunal de grande instance de Gaoua ont
        tranché le dossier qui mettait aux prises le ministère public et trois orpailleurs : Jérôme Kpiéfa,
        Adou Noufa et Gédéon Diolo.
        """
    found = roles(report)
    for name in ("Jérôme Kpiéfa", "Adou Noufa", "Gédéon Diolo"):
        assert found.get(name) == "defendant", name


def test_arrested_too_with_the_pronoun_between_the_auxiliary_and_the_participle() -> None:
    report = """
        ABIDJAN, 3 mars 2024 - Le tribunal des flagrants délits du Plateau a renvoyé le dossier. Sangaré
        Nouhoum, un ami enseignant, présent au mauvais moment, a lui aussi été arrêté.
        """
    assert roles(report).get("Sangaré Nouhoum") == "defendant"


def test_appearing_at_the_court_then_the_name_opens_on_the_accused() -> None:
    report = """
        IPSWICH, April 16, 2021 - Appearing on Thursday at Ipswich Crown Court for a plea and trial
        hearing, Owen Hopper said little.
        """
    assert roles(report).get("Owen Hopper") == "defendant"


def test_the_one_a_charge_is_faced_jointly_with_is_a_co_accused() -> None:
    report = """
        KITWE, March 4, 2024 - Stephen Kaunga was brought before the Kitwe Magistrates' Court on Monday. He
        faces the charge jointly with Stanley Chanda, the party's provincial vice youth chairman.
        """
    assert roles(report).get("Stanley Chanda") == "defendant"


def test_bail_set_for_someone_and_custody_of_the_service_name_the_accused() -> None:
    report = """
        MALELANE, Oct. 29, 2022 - On Friday the Tonga Magistrates' Court set bail at R10 000 for Muzi Daniel
        Ngwenyama, a former municipal official.
        """
    assert roles(report).get("Muzi Daniel Ngwenyama") == "defendant"
    report = """
        ADO EKITI, March 25, 2022 - Ibrahim Abdullah (28) and Muhammed Umar (23) will stay in the custody of
        the Nigerian Correctional Service after a Chief Magistrates' Court ordered their remand.
        """
    assert roles(report).get("Ibrahim Abdullah") == "defendant"


def test_one_who_spent_the_night_in_remand_is_accused() -> None:
    report = """
        MASVINGO, Nov. 13, 2025 - The payment did not register on the prisons' system, so Tariro Bweri - 1st
        accused and chairman of a farming society - spent the night in remand.
        """
    assert roles(report).get("Tariro Bweri") == "defendant"


def test_initials_in_brackets_after_the_accused_name_the_accused() -> None:
    report = """
        RABAT, 12 mars 2024 - La cour d'appel a ramené de six à cinq ans la sanction du prévenu (N.A) et
        maintenu les cinq ans ferme de l'accusé (A.B), poursuivis pour constitution de bande criminelle.
        """
    found = roles(report)
    assert found.get("N.A") == "defendant"
    assert found.get("A.B") == "defendant"


def test_through_his_lawyer_then_a_name_is_the_lawyer() -> None:
    report = """
        KAMPALA, Jan. 21, 2022 - The writer Kakwenza Rukira, charged with computer misuse, was remanded by the
        Buganda Road court. Through his lawyer Eron Kiza, he told court he had been tortured in custody.
        """
    assert roles(report).get("Eron Kiza") == "defense_counsel"


def test_an_english_weekday_before_a_surname_is_a_given_name_not_a_day() -> None:
    report = """
        LAGOS, Dec. 8, 2020 - Sunday Okafor, a 30-year-old painter accused of defiling a girl, is to be held
        at the Kirikiri Correctional Centre, a Magistrates' Court sitting in Ikeja has ruled.
        The matter was adjourned to Jan. 14, 2021.
        """
    assert roles(report).get("Sunday Okafor") == "defendant"
    assert not held(report)  # no hearing on "Sunday" 6 December
    assert ("2020-12-06", "adjourned") not in rulings(report)
    # before a title, or after "on", a weekday is a day again
    titled = "LAGOS, Dec. 8, 2020 - Monday Justice Ade heard the accused, charged with theft."
    assert held(titled) == {"2020-12-07"}


def test_a_day_told_after_since_before_the_decision_does_not_date_it() -> None:
    report = """
        Publié le 21 juillet 2018
        Détenus depuis le 30 juin 2012, les accusés n'obtiendront pas de liberté provisoire : la chambre
        criminelle a rejeté hier leur demande.
        """
    found = rulings(report)
    assert ("2012-06-30", "bail_denied") not in found
    assert "2012-06-30" not in held(report)
    # "since D, when the court released her": that day's decision
    released = """
        KAMPALA, March 1, 2021 - Jane Akello has been out on bail since Friday the 8th of January, when the
        magistrate released her on a cash bail.
        """
    assert ("2021-01-08", "bail_granted") in rulings(released)


def test_names_bulleted_under_a_list_introducer_take_its_role() -> None:
    report = """
        KAMPALA, March 30, 2023 - Eight activists were sent to Luzira Prison by the Buganda Road court.

        Those remanded are:
        - Samuel Okello
        - Grace Nakato
        - Sergeant Peter Mugisha, of the Kira division

        The court adjourned the case to April 13.
        """
    found = roles(report)
    assert found.get("Samuel Okello") == "defendant"
    assert found.get("Grace Nakato") == "defendant"
    assert found.get("Peter Mugisha") == "defendant"


def test_a_name_after_an_organisations_noun_is_the_organisation() -> None:
    report = """
        ALGER, 4 mars 2020 - Le tribunal de Sidi M'hamed a condamné hier Karim Haddad et Salim Ouali,
        militants de l'association Jeunesse Debout Ensemble, à six mois de prison ferme.
        """
    found = roles(report)
    assert found.get("Karim Haddad") == "defendant"
    assert not any("Jeunesse" in name for name in found)


def test_whose_case_it_is_and_the_convict_in_apposition_are_the_accused() -> None:
    report = """
        JOHANNESBURG, Nov. 20, 2018 - Sipho Dlamini and Thabo Nkosi's case at the Lenasia Magistrates Court
        has been pushed to Wednesday. The matter against Jabu Mokoena also moves to Wednesday.
        """
    found = roles(report)
    assert found.get("Sipho Dlamini") == "defendant"
    assert found.get("Thabo Nkosi") == "defendant"
    assert found.get("Jabu Mokoena") == "defendant"
    convict = "LILONGWE, May 3, 2016 - Peter Banda, the convict, was seized by villagers in January."
    assert roles(convict).get("Peter Banda") == "defendant"
    # the possessive of another noun: "Museveni aide's case" is the aide's, not Museveni's
    aide = "KAMPALA, May 3, 2016 - Museveni aide's case over misrepresenting the President adjourned"
    assert "defendant" not in roles(aide).values()


def test_the_day_told_right_after_the_verb_dates_the_decision_over_one_in_a_clause_before() -> None:
    report = """
        Derby : premières peines

        Quatre supporters impliqués dans les violences du derby, joué le 20 décembre au stade municipal, ont
        été condamnés mardi 29 décembre 2015 par le tribunal de première instance de Casablanca.
        """
    found = rulings(report)
    assert ("2015-12-29", "convicted") in found
    assert ("2015-12-20", "convicted") not in found


def test_offences_bulleted_under_a_sentence_that_announces_them_are_charges() -> None:
    report = """
        SANTA ROSA, April 6, 2022 - The jury found Dale Porter, 27, guilty of three crimes:
        - criminal threats, a felony;
        - felon in unlawful possession of a shotgun, a felony;
        - violating a restraining order, a misdemeanor.
        """
    found = charges(report)
    assert any("criminal threats" in c for c in found)
    assert any("restraining order" in c for c in found)
    # lines that tell who got what are no offences
    sentenced = """
        CARDIFF, Dec. 7, 2022 - The men came before Cardiff Crown Court to be sentenced for drug offences:

        – Jake Morgan (Newport) received 15 years for conspiring to supply Class A drugs

        – Nick Gale (Canton) received 13 years for conspiring to supply Class A drugs

        – Spencer Price, from Mountain Ash
        """
    assert not any("Spencer" in c for c in charges(sentenced))


def test_two_targets_one_of_this_month_are_no_chain_of_past_sittings() -> None:
    report = """
        CASABLANCA, 29 décembre 2015 - Le tribunal de première instance a condamné mardi quatre supporters.
        Pour les dossiers restants, les juges ont renvoyé l'examen au 30 courant et au 5 janvier prochain.
        """
    found = rulings(report)
    assert not any(date and date.startswith("2014") for date, _ in found)
    assert not any(date.startswith("2014") for date in held(report))


def test_english_aliases_after_or_and_known_as_keep_a_list_of_accused_whole() -> None:
    report = """
        ACCRA, Feb. 3, 2022 - Those charged are Kofi Boateng, Yaw Mensah, also known as Agya, Peter Kwame or
        Essien, Daniel Owusu, Felix Nwosu or Felix G and Kwesi Appiah, popularly known as Kid.
        """
    found = roles(report)
    for name in ("Kofi Boateng", "Yaw Mensah", "Peter Kwame", "Daniel Owusu", "Felix Nwosu", "Kwesi Appiah"):
        assert found.get(name) == "defendant", name
    assert "Essien" not in found


def test_a_list_on_the_line_after_a_colon_and_english_absentees_are_the_accused() -> None:
    report = """
        By Aminata Koroma
        The mood was gloomy at the High Court as eleven accused persons whose matters were listed for the day
        failed to appear.
        Among those missing were:
        Musa Kamara, Fatmata Conteh, Ibrahim Koroma and Alusine Bangura, among others.
        The presiding judge asked where the eleven accused were.
        """
    found = roles(report)
    for name in ("Musa Kamara", "Fatmata Conteh", "Ibrahim Koroma", "Alusine Bangura"):
        assert found.get(name) == "defendant", name
    # a service number before the name on a bulleted line
    bulleted = """
        DODOMA, Oct. 1, 2024 - The court convicted four men. Charged together in the case were:
        - MT 140105 Peter Lyimo, a soldier;
        - Prison Officer C.1693 Juma Swai;
        """
    found = roles(bulleted)
    assert found.get("Peter Lyimo") == "defendant"
    assert found.get("Juma Swai") == "defendant"


def test_names_one_a_line_without_bullets_under_a_colon_take_the_groups_role() -> None:
    report = """
        GWERU, July 4, 2023 - Five party members accused of assault were granted bail this afternoon:
        Patrick Chirwa (50)
        Tinashe Mlambo (47)
        Elias Mhlanga (26)

        The court set bail at ZWL$50 000 each.
        """
    found = roles(report)
    for name in ("Patrick Chirwa", "Tinashe Mlambo", "Elias Mhlanga"):
        assert found.get(name) == "defendant", name


def test_counts_against_names_the_accused() -> None:
    report = """
        LAGOS, May 16, 2023 - Magistrate O.Y. Adewale heard three counts against Sule Adio, Kunle Bakare and
        Tunde Lawal over the death of a farmer.
        """
    found = roles(report)
    for name in ("Sule Adio", "Kunle Bakare", "Tunde Lawal"):
        assert found.get(name) == "defendant", name


def test_a_label_alone_and_those_charged_include_introduce_the_accused() -> None:
    report = """
        DURBAN, Jan. 19, 2023 - The matter has been postponed in the Durban Magistrate's court.

        Accused:
        - Sipho Ngcobo
        - Bheki Zulu
        """
    found = roles(report)
    assert found.get("Sipho Ngcobo") == "defendant"
    assert found.get("Bheki Zulu") == "defendant"
    include = """
        CHATO, July 10, 2017 - Fifty-one party members were remanded by the District Court.

        Those charged include:
        - Fabian Kalinga, the party's chairman for the region;
        - Sudi Mrema, his secretary.
        """
    found = roles(include)
    assert found.get("Fabian Kalinga") == "defendant"
    assert found.get("Sudi Mrema") == "defendant"


def test_a_relative_day_restated_in_full_is_that_day() -> None:
    report = """
        MUMBWA RIOTERS JAILED FIVE YEARS AFTER GUILTY PLEAS

        September 23, 2023

        MUMBWA - Of the nine accused persons who appeared before the Mumbwa Magistrate Court today,
        September 22, 2023, over the riots, seven admitted the offences. All seven were jailed for five years.
        """
    assert held(report) == {"2023-09-22"}
    assert ("2023-09-23", "convicted") not in rulings(report)


def test_an_offence_with_its_circumstance_before_charge_is_a_charge() -> None:
    report = """
        DURBAN, March 30, 2023 - Sipho Dube was in the dock of the Durban magistrate's court on Thursday on a
        robbery with aggravating circumstances charge.
        """
    assert any("robbery with aggravating circumstances" in c for c in charges(report))


def test_an_english_charge_cue_ending_on_a_colon_opens_the_lines_below() -> None:
    report = """
        NAIROBI, Nov. 4, 2025 - A Milimani magistrate freed six men on cash bail.
        They are charged with:
        - conspiracy to commit a felony
        - attempted fraud
        """
    found = charges(report)
    assert any("conspiracy to commit a felony" in c for c in found)
    assert any("attempted fraud" in c for c in found)


def test_a_label_telling_what_befell_the_group_introduces_the_accused() -> None:
    report = """
        KAMPALA, Oct. 5, 2025 - The Buganda Road court sent sixteen youths to Luzira on remand.

        The sixteen on remand:
        - Okello Emmanuel
        - Nsubuga Jamir
        """
    found = roles(report)
    assert found.get("Okello Emmanuel") == "defendant"
    assert found.get("Nsubuga Jamir") == "defendant"


def test_offences_said_to_be_on_the_indictment_are_charges() -> None:
    report = """
        FREETOWN, July 31, 2018 - The trial of three men resumed at the High Court. Conspiracy to commit
        murder, larceny and arson are also on the indictment.
        """
    found = charges(report)
    assert any("larceny" in c for c in found)
    assert any("arson" in c for c in found)


def test_a_french_charge_cue_before_a_quotation_mark_opens_the_quoted_offences() -> None:
    report = """
        ALGER, 3 mars 2024 - Le tribunal criminel a jugé Karim Saadi, à qui l'on reproche « adhésion à un
        groupe terroriste armé et vol qualifié ».
        """
    found = charges(report)
    assert any("groupe terroriste" in c for c in found)
    assert any("vol qualifié" in c for c in found)


def test_one_put_under_accusation_or_who_stays_guilty_is_the_accused() -> None:
    accused = """
        QUÉBEC, 3 mars 2024 - Ce lundi matin, c'est Karim Belhadj, 39 ans, qui a été formellement mis en
        accusation au palais de justice pour tentative de meurtre.
        """
    assert roles(accused).get("Karim Belhadj") == "defendant"
    upheld = """
        LAUSANNE, 3 mars 2024 - Denis Favre reste coupable de violence envers les autorités, a jugé le
        tribunal cantonal.
        """
    assert roles(upheld).get("Denis Favre") == "defendant"


def test_offences_listed_before_what_the_accused_were_charged_with_are_charges() -> None:
    report = """
        MONROVIA, Feb. 3, 2023 - Murder, manslaughter, aggravated assault and arson: these are what 37 inmates
        of the central prison were accused of. Criminal Court "A" ordered their release.
        """
    found = charges(report)
    for offence in ("manslaughter", "aggravated assault", "arson"):
        assert any(offence in c for c in found), offence


def test_a_longer_clause_between_the_counts_and_their_colon_still_opens_them() -> None:
    report = """
        BALTIMORE, Feb. 27, 2020 - Of the 11 counts she faced, Mary Pugh admitted four under an agreement with
        federal prosecutors: conspiracy to commit wire fraud and tax evasion.
        """
    found = charges(report)
    assert any("wire fraud" in c for c in found)
    assert any("tax evasion" in c for c in found)


def test_a_run_opened_by_an_untitled_particle_is_a_place_not_a_person() -> None:
    report = """
        THIÈS, 20 mars 2023 - Les cinq responsables de la Coordination départementale de Pastef–Les Patriotes
        de Tivaouane ont été inculpés, puis placés sous mandat de dépôt par le doyen des juges.
        """
    found = roles(report)
    assert not any(name.startswith(("du ", "de ")) for name in found)


def test_bulleted_offences_under_pleas_griefs_a_distant_charge_noun_or_a_verb_then_pour() -> None:
    for intro, lines, offences in (
        (
            "The clerk, Ruth Calder, entered guilty pleas to:",
            ("theft by taking,", "forgery, and"),
            ("theft by taking",),
        ),
        ("Liste non exhaustive des griefs :", ("vol d'armes ;", "homicide involontaire ;"), ("vol d'armes",)),
        (
            "Paul Brown faces 12 charges concerning two boys, the earliest allegedly committed in 1971:",
            ("six of rape,", "six of indecent assault,"),
            ("rape", "indecent assault"),
        ),
        (
            "Les prévenus ont été condamnés, entre autres, pour :",
            ("dégradations,", "rébellion,"),
            ("rébellion",),
        ),
    ):
        bullets = "\n".join(f"        - {line}" for line in lines)
        report = f"""
        ABIDJAN, 3 mars 2024 - Le tribunal a rendu sa décision mardi. {intro}
{bullets}
        - intimidation de témoins.
        """
        found = charges(report)
        for offence in offences:
            assert offence in found, (intro, found)
        assert "intimidation de témoins" in found, intro


def test_dash_bullets_run_together_on_one_line_are_one_offence_each() -> None:
    report = """
        DAKAR, 3 mars 2024 - Le juge a libéré Awa Diallo mardi. Elle avait été écrouée le 26 mai, pour :
        - publication de fausses nouvelles, - usurpation de fonction, - outrage à magistrat.
        """
    found = charges(report)
    for offence in ("publication de fausses nouvelles", "usurpation de fonction", "outrage à magistrat"):
        assert offence in found, found


def test_names_bulleted_under_those_facing_charges_are_no_offences() -> None:
    report = """
        DURBAN, May 2, 2023 - Those facing charges of murder and defeating the ends of justice are:
        - Thandeka;
        - her brother Sipho and her sister Lindiwe;
        - two cousins, Ayanda Dube and Musa Khumalo.
        """
    found = charges(report)
    assert not any("Thandeka" in c or "brother" in c or "cousins" in c for c in found), found


def test_offences_before_a_colon_then_what_is_held_against_the_accused_are_charges() -> None:
    for after in ("voilà ce qui est reproché aux 14 prévenus", "c'est ce qu'on reproche à Marc Joly"):
        report = f"""
        LILLE, 3 mars 2024 - Le procès s'est ouvert lundi devant le tribunal correctionnel de Lille.

        Proxénétisme aggravé et blanchiment d'argent : {after}, jugés jusqu'au 26 mars.
        """
        found = charges(report)
        assert "proxénétisme aggravé" in found, (after, found)
        assert "blanchiment d'argent" in found, (after, found)
    # "c'est" before a town, a chief town ("chef-lieu") or "une accusation" names no list of offences
    elsewhere = """
        NDJAMENA, 3 mars 2024 - Plusieurs sources l'affirment : c'est à Ati, chef-lieu du Batha, que les
        trafiquants sont jugés depuis lundi.
        """
    assert not charges(elsewhere)


def test_the_pair_or_les_deux_hommes_are_then_names_are_the_accused() -> None:
    for report in (
        """
        ACCRA, Sept. 10, 2022 - The district court remanded two men charged with rioting. The pair are Kojo
        Asante, 25, a former student, and Yaw Boakye, a second-year student.
        """,
        """
        ABIDJAN, 10 septembre 2022 - Le tribunal a placé sous mandat de dépôt deux hommes poursuivis pour vol.
        Les deux hommes sont Koffi Brou et Yao Kouamé.
        """,
    ):
        found = roles(report)
        names = ("Kojo Asante", "Yaw Boakye") if "ACCRA" in report else ("Koffi Brou", "Yao Kouamé")
        for name in names:
            assert found.get(name) == "defendant", (name, found)


def test_among_the_counts_are_then_offences_are_charges() -> None:
    report = """
        ACCRA, Sept. 10, 2022 - The court remanded Kojo Asante. Among the counts are conspiracy to commit a
        crime, rioting with offensive weapons and causing harm.
        """
    found = charges(report)
    for offence in ("conspiracy to commit a crime", "rioting with offensive weapons", "causing harm"):
        assert offence in found, found


def test_a_court_a_magistrate_and_a_list_of_names_is_a_court_report_without_a_dated_decision() -> None:
    report = """
        Five suspects in the killing of a businessman lost their bid to have the Kibera Law Courts declared
        without jurisdiction over their case.
        Magistrate Alice Wanjiru held that nothing in law bars her court from hearing the application.
        With that out of the way, the court moves on to the request to have them kept in custody.
        They are Peter Otieno; Paul Omondi and John Awino, a bodyguard and a driver; and Mark Odhiambo.
        """
    assert_roles(report, ("Peter Otieno", "Paul Omondi", "John Awino", "Mark Odhiambo"), "defendant")


def test_conspiracy_entry_and_transport_of_weapons_and_immigration_head_offences() -> None:
    report = """
        YAOUNDÉ, 16 février 2024 - La cour d'appel a acquitté Idriss Mahamat. Conspiration d'assassinat,
        introduction et transports d'armes : sur ces chefs, aucun accusé n'a été jugé coupable.
        """
    found = charges(report)
    assert "conspiration d'assassinat" in found, found
    # "introduction" needs its object: the pair shares "d'armes" and stays one offence
    assert "introduction et transports d'armes" in found, found


def test_an_english_gerund_whose_offence_name_differs_gives_that_offence() -> None:
    for deed, offence in (
        ("raping a 43-year-old woman", "rape"),
        ("defiling a 14-year-old girl", "defilement"),
        ("robbing a taxi driver", "robbery"),
    ):
        report = f"""
        DURBAN, June 28, 2018 - The Regional Court passed sentence on Thursday. Themba Zulu, 56, was
        sentenced to life imprisonment for {deed}.
        """
        assert charges(report) == [offence], deed


def test_a_judge_named_before_a_bulleted_list_gives_the_list_no_judges_role() -> None:
    report = """
        date 2023-02-07

        The High Court has shielded five county members from arrest.

        Justice Daniel Mwangi set personal bonds of Sh200,000 each for:
        - Peter Kamau (Majority Leader)
        - Stanley Omondi
        - Absalom Otieno
        - Calvin Njoroge
        """
    found = roles(report)
    assert found.get("Daniel Mwangi") == "judge"
    for name in ("Peter Kamau", "Stanley Omondi", "Absalom Otieno", "Calvin Njoroge"):
        assert found.get(name) == "defendant", (name, found)


def test_a_long_bulleted_list_of_names_no_role_introduces_is_the_accused_but_not_one_of_offences() -> None:
    report = """
        date 2020-02-26

        The High Court in Banjul on 24 February, 2020 admitted to bail the following members of the movement:
        - Abdou Ceesay
        - Ebrima Jallow
        - Sheriffo Bah
        - Hagi Sowe
        """
    assert_roles(report, ("Abdou Ceesay", "Ebrima Jallow", "Sheriffo Bah", "Hagi Sowe"), "defendant")
    offences = """
        FREETOWN, Sept. 20, 2023 - Forty-three accused persons were remanded by the Magistrate's Court No.3.
        They appeared on a five-count charge sheet:
        - Conspiracy to commit a crime (contrary to law);
        - Unlawful Possession (Public Order Act No. 46 of 1964, s. 17 (3));
        - Riotous Conduct (Public Order Act No. 46 of 1965, s. 12(a));
        - Disorderly Behaviour (Public Order Act No. 46 of 1965, s. 12(a)).
        """
    assert not any(role == "defendant" for role in roles(offences).values()), roles(offences)


def test_a_name_after_a_judge_and_an_irregular_past_is_its_object_not_the_judge() -> None:
    report = """
        date 2020-09-23 Appearing at the Crown Court this week, Peter Hollins, 36, pleaded not guilty to six
        charges, among them assault by beating and causing actual bodily harm.

        Because of a backlog of cases, a judge told Hollins, of Castle Street, it was impossible to say when
        he would stand trial.
        """
    assert roles(report).get("Peter Hollins") == "defendant"
    # "among them" opens the list, it is no part of the first offence
    assert "assault by beating" in charges(report)


def test_names_numbered_one_a_line_under_they_are_take_the_groups_role_but_numbered_terms_do_not() -> None:
    report = """
        date 2023-08-02 Twenty youths remanded over attack on palace

        Charged with conspiracy to commit crime, the accused all pleaded not guilty. They are:
        1. Kojo Amartey (Kitinki)
        2. Richard Mensah Tetteh
        3. Ezekiel Adjei Laryea
        """
    assert_roles(report, ("Kojo Amartey", "Richard Mensah Tetteh", "Ezekiel Adjei Laryea"), "defendant")
    terms = """
        BLANTYRE, June 2, 2021 - The Chief Resident Magistrate granted bail to eight officials charged with
        theft. The court attached these terms to their release:

        1. Each pays cash bail of two hundred Kwacha.

        2. They must report to regional police on Friday.

        3. National IDs lodged with the court.

        4. Passports and other travel papers handed in.
        """
    assert "National IDs" not in roles(terms)


def test_found_or_declared_the_accused_guilty_of_names_the_offences_but_not_when_not_guilty() -> None:
    for sentence, offences in (
        ("Sitting in Zomba, the High Court found Banda guilty of murder and perjury.", ("murder", "perjury")),
        ("Le tribunal a déclaré Jean Kaboré coupable de vol aggravé.", ("vol aggravé",)),
    ):
        report = f"""
        ZOMBA, 3 mai 2021 - Le procès a pris fin lundi. {sentence}
        """
        found = charges(report)
        for offence in offences:
            assert offence in found, (sentence, found)
    acquitted = """
        LONDON, May 3, 2021 - The jury found him not guilty of the fraud conspiracy.
        """
    assert not charges(acquitted)


def test_bulleted_offences_opening_on_no_offence_noun_are_charges_unless_the_lines_name_people() -> None:
    report = """
        ILORIN, May 3, 2021 - He shares the dock with Chief Ade Olawale. The five counts they face are:
        - alleged criminal conspiracy,
        - inciting public disturbance,
        - disturbance of public peace,
        - intentional insult.
        """
    found = charges(report)
    assert "intentional insult" in found, found
    assert "disturbance of public peace" in found, found


def test_a_deed_told_as_a_clause_after_accuses_them_of_having_and_denies_both_are_no_offences() -> None:
    report = """
        LUSAKA, Nov. 17, 2020 - Five people denied theft in the Magistrates' Court. The second count accuses
        the five of having, in the same period, intentionally and without permission, got into a database
        incidental to the essential service of banking, causing the bank a loss.
        """
    found = charges(report)
    assert not any("same period" in c or "essential service" in c or "incidental" in c for c in found), found
    denied = """
        INVERNESS, Aug. 2, 2010 - The court sat on Monday. Appearing in the dock in person was his co-accused,
        Sam Grant (18), of Newtonmore. He is accused of letting himself be carried as a passenger in a stolen
        vehicle and of not naming the driver, and denies both.
        """
    assert "denies both" not in charges(denied)


def test_declared_guilty_in_that_order_and_charges_that_comprise_list_offences() -> None:
    report = """
        FATICK, 20 novembre 2020 - La session s'est tenue jeudi. Ibou Faye, Awa Sarr et Kalidou Ndiaye,
        déclarés coupables, dans l'ordre, de meurtre, d'infanticide et de trafic de chanvre indien, écopent de
        15, 5 et 10 ans.
        """
    found = charges(report)
    for offence in ("meurtre", "infanticide", "trafic de chanvre indien"):
        assert offence in found, found
    comprising = """
        TUNIS, 9 janvier 2018 - Le procès a été reporté. Les charges retenues contre eux comprennent notamment
        des «crimes terroristes» et des «homicides».
        """
    assert {"crimes terroristes", "homicides"} <= set(charges(comprising)), charges(comprising)


def test_bulleted_lines_of_who_then_what_name_the_accused_and_their_charges() -> None:
    report = """
        date 2020-06
        TAMBACOUNDA - La chambre criminelle a examiné jeudi le meurtre d'un gendarme.

        Voici comment se répartissent les poursuites :
        - Issa Sow, Kéba Ba et Modou Diop : association de malfaiteurs, effraction, port d'armes ;
        - Moussa Ndiaye : recel de malfaiteurs ;
        - Khadim Diallo : détention illégale d'une arme à feu.
        """
    assert_roles(report, ("Issa Sow", "Moussa Ndiaye", "Khadim Diallo"), "defendant")
    offences = charges(report)
    for offence in (
        "association de malfaiteurs",
        "recel de malfaiteurs",
        "détention illégale d'une arme à feu",
    ):
        assert offence in offences, offences


def test_now_accused_of_his_murder_and_will_spend_days_in_police_custody() -> None:
    report = """
        LONDON, May 1, 2020 - An Old Bailey judge has dealt with the case. Living in the next-door flat was
        Simon Tate, 42, now accused of his murder.
        """
    assert charges(report) == ["murder"], charges(report)
    remanded = """
        LAGOS, May 1, 2022 - Afrobeat singer Tunde Bakare will spend four more days in police custody after a
        Magistrates' Court yesterday extended his remand over the alleged assault of a police officer.
        """
    assert roles(remanded).get("Tunde Bakare") == "defendant", roles(remanded)


def test_the_counsel_of_the_accused_named_after_them_is_their_counsel_not_one_of_them() -> None:
    report = """
        OUAGADOUGOU, 3 mars 2024 - Le procès de Salif Ouédraogo et Issa Zongo s'est ouvert lundi. Autre avocat
        des deux mêmes prévenus, Me Pierre Kaboré a rappelé que la loi exige cinq jours.
        """
    assert roles(report).get("Pierre Kaboré") == "defense_counsel", roles(report)


def test_a_count_of_people_sentenced_is_this_cases_and_life_behind_bars_is_the_accused() -> None:
    report = """
        Côte d'Ivoire : trois ans ferme pour des manifestants
        Une cinquantaine de personnes ont écopé, jeudi 16 octobre, de trois ans d'emprisonnement ferme, en
        particulier pour « troubles à l'ordre public ». Elles avaient été interpellées le week-end précédent.
        """
    assert "troubles à l'ordre public" in charges(report)
    life = """
        date 2025-04-18 Two young men, Peter Malaka, 23, and Linda Mathebe, 25, will spend life behind bars
        after the Regional Court found them guilty of murdering a tavern patron.
        """
    assert_roles(life, ("Peter Malaka", "Linda Mathebe"), "defendant")


def test_repondre_devant_la_cour_de_names_the_offences_and_groupement_heads_one() -> None:
    report = """
        LOMÉ, 7 mai 2021 - Les audiences se sont tenues jeudi. Son client, la quarantaine, répondait devant la
        cour de plusieurs vols à main armée et de groupement de malfaiteurs.
        """
    found = charges(report)
    assert "vols à main armée" in found, found
    assert "groupement de malfaiteurs" in found, found


def test_an_opening_told_as_a_noun_dates_the_sitting_but_not_a_forums() -> None:
    report = """
        Kindia : le procès des manifestants s'ouvre, puis est renvoyé

        Ouverture ce jeudi 21 mars 2024, au tribunal de première instance de Kindia, du dossier de ceux qu'on
        accuse d'avoir participé à la protestation. Le dossier a finalement été renvoyé au lundi 25 mars
        prochain.
        """
    assert "2024-03-21" in held(report)
    assert ("2024-03-21", "adjourned") in rulings(report)
    forum = """
        ALGER, 27 décembre 2025 - Le tribunal de Sidi M'Hamed a renvoyé mardi le procès de Karim Ziani.
        Ouverture ce samedi à Alger d'un Forum national sur la sécurité juridique.
        """
    assert "2025-12-27" not in held(forum)


def test_an_apposition_that_tells_what_one_was_gives_no_role() -> None:
    report = """
        LITTLE ROCK, Jan. 5, 2016 - A federal judge on Tuesday called off the sentencing hearing. Last year
        Michael Hale, formerly circuit judge for the 20th Judicial District, pleaded guilty to a federal
        charge of bribery.
        """
    assert roles(report).get("Michael Hale") == "defendant", roles(report)


def test_the_trial_in_charge_of_names_no_offence() -> None:
    report = """
        GABORONE, May 3, 2007 - The fraud case of Kabo Williams is back on the calendar. Blame for the delay
        lies with Banyatsi Mmereki, formerly the Principal Magistrate in charge of the trial, whose move from
        the bench left it hanging.
        """
    assert "trial" not in charges(report)


def test_a_plea_of_not_guilty_to_a_further_charge_of_and_pour_entre_autres_name_offences() -> None:
    report = """
        MANCHESTER, Feb. 9, 2017 - Each of them, Stephen Rowe and Brian Gart, entered a plea of not guilty to
        the manslaughter of a passenger. Mr Rowe faces a further charge, of perverting the course of justice.
        """
    found = charges(report)
    assert any("manslaughter" in c for c in found), found
    assert "perverting the course of justice" in found, found
    french = """
        BAFANG, 3 février 2023 - Le tribunal a rendu son jugement. Le jugement est tombé en janvier : deux ans
        d'emprisonnement ferme pour, entre autres, diffamation, à l'encontre de ce journaliste.
        """
    assert "diffamation" in charges(french)


def test_who_tells_the_court_of_a_client_is_counsel_but_not_the_client_named_before() -> None:
    report = """
        KUMASI, Feb. 10, 2023 - Razak Avoli has been remanded into police custody by the Circuit Court. Evans
        Amankwah told the court his client had turned himself in after the police declared him wanted.
        """
    assert roles(report).get("Evans Amankwah") == "defense_counsel", roles(report)
    client_between = """
        NAIROBI, May 3, 2023 - Chebet Kiprono was charged with land fraud at Milimani. Lawyer Brian Ndirangu,
        who represented Chebet, told the court that his client was a respected investor.
        """
    assert roles(client_between).get("Chebet Kiprono") == "defendant", roles(client_between)


def test_who_goes_back_to_prison_is_the_accused() -> None:
    report = """
        ANTANANARIVO, 24 juillet 2014 - Le tribunal a entendu les prévenus. D'ici là, Jean Rakoto et Didier
        Ramano retournent à la prison d'Antanimora, la défense n'ayant pas obtenu leur liberté provisoire.
        """
    assert_roles(report, ("Jean Rakoto", "Didier Ramano"), "defendant")


def test_a_lawyer_named_with_his_co_accused_is_one_of_the_accused() -> None:
    report = """
        LUSAKA, March 3, 2020 - A Lusaka lawyer, Germano Kalulu, and his two co-accused told the Magistrates'
        Court yesterday that they wish to reconcile with the people they are alleged to have cheated.
        """
    assert roles(report).get("Germano Kalulu") == "defendant", roles(report)


def test_initials_whose_last_dot_is_missing_open_the_name() -> None:
    report = """
        MZUZU, Jan. 28, 2020 - Senior Resident Magistrate G.K Mhango jailed the minibus driver Peter Banda for
        helping foreigners into the country.
        """
    found = roles(report)
    assert found.get("G.K Mhango") == "judge", found
    assert "K Mhango" not in found and "G" not in found, found


def test_a_list_introduced_by_a_president_of_something_else_than_a_court_is_no_bench() -> None:
    report = """
        PARAKOU, 20 mai 2014 - La chambre d'accusation a accordé la liberté provisoire aux détenus. Dans le
        dossier de la tentative d'empoisonnement du président de la République : Jean Kpodo, Marc Ahouandjinou
        et Paul Sika.
        """
    assert_roles(report, ("Jean Kpodo", "Marc Ahouandjinou", "Paul Sika"), "defendant")


def test_a_list_goes_on_after_a_semicolon_on_a_bullet_that_names_the_next_matter() -> None:
    report = """
        PORTO-NOVO, 20 mai 2014 - La chambre a accordé la liberté provisoire aux détenus.

        Sont concernés :
        - dans le dossier de la tentative d'empoisonnement : Jean Kpodo, Marc Ahouandjinou et Paul Sika ;
        - dans le dossier de la tentative de coup d'Etat : Luc Dagba et Yves Zinsou.
        """
    assert_roles(report, ("Paul Sika", "Luc Dagba", "Yves Zinsou"), "defendant")


def test_a_decision_owed_by_a_modal_verb_dates_the_next_hearing() -> None:
    french = """
        DOUALA, 20 mai 2014 - Jean Ekane, poursuivi pour vol, a comparu hier devant le tribunal. La chambre
        doit se prononcer le 16 juin 2014 sur la demande de sa défense.
        """
    assert next_hearings(french) == ["2014-06-16"], next_hearings(french)
    english = """
        KANO, May 20, 2014 - John Okafor, charged with theft, appeared yesterday before the Magistrates'
        Court.
        The court is to rule on June 16, 2014.
        """
    assert next_hearings(english) == ["2014-06-16"], next_hearings(english)


def test_a_day_put_first_in_a_cleft_is_the_next_hearing_when_its_clause_looks_ahead() -> None:
    report = """
        DOUALA, 20 mai 2014 - Jean Ekane, poursuivi pour vol, a comparu hier devant le tribunal. C'est le 16
        juin 2014 que la chambre rendra sa décision.
        """
    assert next_hearings(report) == ["2014-06-16"], next_hearings(report)
    past = """
        DOUALA, 20 mai 2014 - Jean Ekane, poursuivi pour vol, a comparu devant le tribunal. C'est le 19 mai
        2014 que la chambre a rendu sa décision.
        """
    assert next_hearings(past) == [], next_hearings(past)


def test_the_decision_a_court_is_to_give_on_a_request_is_no_ruling_yet() -> None:
    report = """
        DOUALA, 20 mai 2014 - Jean Ekane, poursuivi pour vol, a comparu hier devant le tribunal. La chambre
        devrait se prononcer sur l'abandon des poursuites.
        """
    assert not {kind for _, kind in rulings(report)} & {"dismissed"}, rulings(report)


def test_offences_bulleted_under_a_prosecution_that_pursues_the_accused_for_them() -> None:
    report = """
        Quarante personnes ont comparu devant le tribunal de grande instance de Kolwezi.

        Le ministère public les poursuit pour :
        - destruction méchante ;
        - rébellion ;
        - vol qualifié.
        """
    assert charges(report) == ["destruction méchante", "rébellion", "vol qualifié"], charges(report)


def test_a_conviction_told_as_a_noun_with_its_penalty_is_a_ruling_unless_annulled() -> None:
    report = """
        ORAN, 22 décembre 2021 - Le tribunal d'Oran a confirmé le 20 décembre 2021 sa condamnation à un an
        d'emprisonnement ferme, a annoncé Karim Benali.
        """
    assert ("2021-12-20", "convicted") in rulings(report), rulings(report)
    annulled = """
        LIÈGE, 22 décembre 2021 - Le 20 décembre 2021, le juge a annulé la condamnation par défaut à six mois
        de prison qui frappait Karim Benali.
        """
    assert ("2021-12-20", "convicted") not in rulings(annulled), rulings(annulled)


def test_a_term_given_in_absentia_for_someone_names_the_accused() -> None:
    report = """
        Un an de prison ferme par contumace pour Karim Benali

        Le tribunal d'Oran a rendu son verdict le 20 décembre 2021.
        """
    assert roles(report).get("Karim Benali") == "defendant", roles(report)


def test_a_group_told_again_by_a_plural_noun_introduces_its_list() -> None:
    report = """
        DODOMA, Feb. 1, 2018 - Two lawmakers stand accused alongside 41 other people before the Resident
        Magistrate's Court. The MPs are Ms Neema Mollel (Kilosa) and Mr Joseph Kweka (Ulanga).
        """
    assert_roles(report, ("Neema Mollel", "Joseph Kweka"), "defendant")
    judges = """
        DODOMA, Feb. 1, 2018 - Two lawmakers stand accused before the High Court. The judges are Ms Neema
        Mollel and Mr Joseph Kweka.
        """
    assert roles(judges).get("Joseph Kweka") != "defendant", roles(judges)


def test_a_list_that_is_the_object_of_a_killing_names_the_victims() -> None:
    bulleted = """
        DURBAN, June 30, 2023 - Three men charged with murder appeared at the Magistrate's Court. The State
        alleges that on May 14 they killed:
        - Sipho Khumalo
        - Andile Mokoena
        - Bongani Zulu
        - Lwazi Ndlovu
        - Themba Cele
        """
    assert_roles(bulleted, ("Sipho Khumalo", "Lwazi Ndlovu", "Themba Cele"), "victim")
    inline = """
        DURBAN, June 30, 2023 - Three men charged with murder appeared at the Magistrate's Court. Four more
        people were set alight in an attempt to kill them: Sipho Khumalo, Andile Mokoena and Bongani Zulu.
        """
    assert roles(inline).get("Andile Mokoena") == "victim", roles(inline)


def test_a_bracketed_list_that_spells_out_a_noun_is_no_list_of_the_accused() -> None:
    report = """
        ABIDJAN, 22 octobre 2025 - Pendant que les cinq candidats (Paul Kouassi, Marc Yao, Awa Traoré, Anne
        Koffi, Joël Bamba) battent campagne, la justice continue de juger ceux qui ont marché. Le procès de
        quarante manifestants, poursuivis pour troubles à l'ordre public, s'est tenu ce mardi au tribunal.
        """
    found = roles(report)
    for name in ("Paul Kouassi", "Awa Traoré", "Joël Bamba"):
        assert found.get(name) != "defendant", (name, found)


def test_a_verb_of_the_bench_in_a_clause_of_its_own_does_not_make_the_name_before_it_accused() -> None:
    report = """
        ABIDJAN, 22 octobre 2025 - Pendant que Paul Kouassi et Marc Yao battent campagne, le tribunal a jugé
        ce mardi quarante manifestants poursuivis pour troubles à l'ordre public.
        """
    found = roles(report)
    for name in ("Paul Kouassi", "Marc Yao"):
        assert found.get(name) != "defendant", (name, found)


def test_juge_after_a_subject_pronoun_is_a_verb_not_the_bench() -> None:
    report = """
        DAKAR, 8 juin 2017 - Le tribunal correctionnel a renvoyé le dossier au 21 juin. Le président a relevé
        l'absence de trois témoins qu'il juge indispensables : Ousmane Faye, Aliou Ndiaye et Khady Sarr.
        """
    assert_roles(report, ("Ousmane Faye", "Khady Sarr"), "witness")


def test_a_name_with_an_initial_keeps_a_list_of_lines_going() -> None:
    report = """
        BANJUL, Aug. 26, 2025 - Six young people appeared before the Magistrates' Court charged with unlawful
        procession.

        The accused:
        1. Ousman Bojang
        2. Kebba T. Sowe
        3. Modou Ceesay
        4. Awa Njie
        5. Fatou Jobe
        6. Lamin Drammeh
        """
    assert_roles(report, ("Modou Ceesay", "Awa Njie", "Lamin Drammeh"), "defendant")


def test_offences_after_found_at_fault_on_so_many_counts() -> None:
    report = """
        YAOUNDÉ, 12 mars 2020 - Le tribunal a infligé trois mois d'emprisonnement à 33 partisans, déclarés
        fautifs sur trois points : attroupement, manifestations et rébellion simple.
        """
    assert charges(report) == ["attroupement", "manifestations", "rébellion simple"], charges(report)


def test_one_who_condemns_a_decision_in_the_active_voice_is_not_the_convicted() -> None:
    report = """
        TUNIS, 3 octobre 2025 - Le tribunal de Sousse a condamné mercredi un ouvrier à dix
        ans de prison. Karim Mejri, à la tête de la Ligue, a vivement condamné la décision du tribunal.
        """
    assert roles(report).get("Karim Mejri") != "defendant", roles(report)
    convicted = """
        TUNIS, 3 octobre 2025 - Karim Mejri a été lourdement condamné mercredi par le tribunal de Sousse.
        """
    assert roles(convicted).get("Karim Mejri") == "defendant", roles(convicted)


def test_condemned_to_death_is_a_conviction_of_the_one_named_between() -> None:
    report = """
        MWANZA, March 8, 2013 - The High Court has condemned Athumani Kisamo (25), of Igoma village, to death
        after convicting him of murder.
        """
    assert roles(report).get("Athumani Kisamo") == "defendant", roles(report)
    assert (None, "convicted") in rulings(report), rulings(report)
    assert charges(report) == ["murder"], charges(report)


def test_a_bulleted_list_hung_from_a_group_noun_without_a_colon_takes_its_role() -> None:
    report = """
        CONAKRY, 5 mai 2024 - Poursuivis devant le tribunal de Kaloum pour terrorisme, les accusés

        - Mamadou Bah,
        - Ibrahima Sow,
        - Fodé Camara

        bénéficient d'un renvoi des fins de la poursuite.
        """
    assert_roles(report, ("Mamadou Bah", "Ibrahima Sow", "Fodé Camara"), "defendant")


def test_offences_held_against_the_accused_after_a_dash_or_a_colon() -> None:
    report = """
        RABAT, 3 octobre 2025 - La chambre criminelle a condamné 29 accusés. La liste des faits reprochés
        était longue – incendies volontaires ; obstruction de la circulation ; blocage de routes.
        """
    expected = ["incendies volontaires", "obstruction de la circulation", "blocage de routes"]
    assert charges(report) == expected, charges(report)


def test_a_list_the_bench_acts_on_is_the_accused_not_the_bench() -> None:
    report = """
        MATADI, 3 mai 2024 - Le tribunal a condamné dix jeunes. Les juges ont acquitté deux des jeunes, leur
        participation n'ayant pas été prouvée : Jean Mbala et Paul Nsimba.
        """
    assert_roles(report, ("Jean Mbala", "Paul Nsimba"), "defendant")


def test_offences_after_the_counts_held() -> None:
    report = """
        MOUNDOU, 22 mars 2023 - La cour criminelle a condamné dix rebelles à la perpétuité.
        Les chefs retenus : « Acte de terrorisme, mercenariat et atteinte à la vie du chef de l'État ».
        """
    expected = ["acte de terrorisme", "mercenariat", "atteinte à la vie du chef de l'État"]
    assert charges(report) == expected, charges(report)


def test_those_who_each_had_bail_fixed_are_the_accused() -> None:
    report = """
        DURBAN, Dec 23, 2020 - Sipho Dube (53), Andre Botha (56) and Willem Fourie (66) each had bail fixed at
        R100,000 during their appearance at the Magistrate's Court.
        """
    assert_roles(report, ("Sipho Dube", "Andre Botha", "Willem Fourie"), "defendant")


def test_a_day_between_the_auxiliary_and_the_arraignment() -> None:
    report = """
        ABUJA, April 18, 2018 - Musa Bello and Chidi Okeke were on April 17, 2018 arraigned before the High
        Court on two counts of fraud.
        """
    assert_roles(report, ("Musa Bello", "Chidi Okeke"), "defendant")


def test_the_one_a_court_is_ready_to_try_is_the_accused() -> None:
    report = """
        KITWE, Feb 19, 2020 - Unless the State is ready to try Mwamba Chileshe at the next sitting, magistrate
        Ruth Banda says she will set him free.
        """
    assert roles(report).get("Mwamba Chileshe") == "defendant", roles(report)


def test_a_list_that_takes_up_those_the_bench_acted_on_in_the_sentence_before() -> None:
    report = """
        CONAKRY, 9 juillet 2025 - Le tribunal a relaxé trois prévenus. Les juges ont par contre retenu la
        culpabilité des autres, poursuivis pour détention de stupéfiants. Il s'agit notamment de :
        Mariama Diallo, Sekou Keita, Aissatou Barry et Lansana Conté.
        """
    assert_roles(report, ("Mariama Diallo", "Aissatou Barry", "Lansana Conté"), "defendant")


def test_a_bulleted_list_of_those_whose_case_the_bench_decided() -> None:
    report = """
        BANJUL, July 22, 2025 - The magistrate made the point while delivering judgement in the case of three
        Nigerians:
        - Chinedu Okafor
        - Tunde Bakare
        - Uche Nwosu
        """
    assert_roles(report, ("Chinedu Okafor", "Tunde Bakare", "Uche Nwosu"), "defendant")


def test_offences_bulleted_under_what_the_court_held_against_the_accused() -> None:
    report = """
        TUNIS, 9 mars 2024 - Le blogueur Sami Trabelsi a été condamné le 7 mars à sept ans de prison par le
        tribunal militaire du Kef. Le tribunal a également retenu contre lui :
        - l'« incitation au discours de haine » ;
        - l'« atteinte à la sécurité publique ».
        """
    assert charges(report) == ["incitation au discours de haine", "atteinte à la sécurité publique"], charges(
        report
    )


def test_offences_on_the_line_after_a_cue_that_only_announces_them() -> None:
    report = """
        MONROVIA, June 8, 2024 - The City Court released the students. Police picked the group up on June 5
        and charged them with a string of offenses:

        rioting, failure to disperse, disorderly conduct and obstructing highways.
        """
    expected = ["rioting", "failure to disperse", "disorderly conduct", "obstructing highways"]
    assert charges(report) == expected, charges(report)


def test_offences_bulleted_under_among_them_after_a_sentence_that_counts_them() -> None:
    report = """
        LOMÉ, 10 avril 2024 - Le journaliste a été placé sous contrôle judiciaire. Il devait répondre de sept
        chefs d'inculpation. Parmi eux :
        - « diffusion de fausses nouvelles » destinée à amener la population à se soulever ;
        - « apologie du terrorisme ».
        """
    assert charges(report) == ["diffusion de fausses nouvelles", "apologie du terrorisme"], charges(report)


def test_a_number_of_counts_in_french_is_no_offence() -> None:
    report = """
        LOMÉ, 10 avril 2024 - Le journaliste Koffi Mensah, poursuivi pour diffamation, devait répondre de pas
        moins de sept chefs d'inculpation devant le tribunal.
        """
    assert "pas moins de sept chefs d'inculpation" not in charges(report), charges(report)


def test_docked_and_tried_alongside_name_the_accused_and_pending_a_day_is_the_next_hearing() -> None:
    report = """
        LAGOS, June 17, 2011 - Sixty-year-old Tunde Adebayo was docked on Thursday at a Magistrates' Court in
        Lagos over a fraud. Pending June 21, when the magistrate is to decide on bail, he stays in custody. He
        stands trial alongside one Chidi Eze.
        """
    assert_roles(report, ("Tunde Adebayo", "Chidi Eze"), "defendant")
    assert next_hearings(report) == ["2011-06-21"], next_hearings(report)


def test_the_accused_after_v_in_the_name_of_the_case() -> None:
    report = """
        WINDHOEK, July 14, 2020 - Judge Petrus Kauta directed that the case of the State vs Dawid Kooper and
        Japie Swartbooi be wrapped up quickly.
        """
    assert_roles(report, ("Dawid Kooper", "Japie Swartbooi"), "defendant")


def test_an_offence_keeps_no_dangling_and_before_the_next_clause() -> None:
    report = """
        LONDON, July 9, 2024 - Mary Collins was subsequently charged with murder and on Monday morning she was
        brought before the Magistrates' Court.
        """
    assert charges(report) == ["murder"], charges(report)


def test_a_list_of_the_dead_named_as_such_names_the_victims() -> None:
    report = """
        BUKOBA, Aug 21, 2020 - The High Court found Amina Juma guilty of murder. The dead were named as Peter
        Kato (husband), Rose Kato (wife) and their two children: Paul Kato and Anna Kato.
        """
    assert_roles(report, ("Peter Kato", "Rose Kato", "Paul Kato", "Anna Kato"), "victim")


def test_one_sent_into_detention_is_accused() -> None:
    report = """
        BAMAKO, 31 octobre 2023 - Le tribunal de grande instance de la Commune VI a jugé hier Paul Traoré.
        Moussa Diarra avait été envoyé en détention par le procureur pour des propos tenus en ligne.
        """
    found = roles(report)
    assert found.get("Moussa Diarra") == "defendant", found


def test_a_theft_or_an_embezzlement_told_by_its_verb_names_its_offence() -> None:
    stolen = """
        DALOA, 4 mars 2024 - Le tribunal correctionnel de Daloa a jugé hier Paul Kouassi, poursuivi pour
        avoir volé des motos.
        """
    assert charges(stolen) == ["vol"], charges(stolen)
    embezzled = """
        DALOA, 4 mars 2024 - Le tribunal correctionnel de Daloa a jugé hier Paul Kouassi, poursuivi pour
        avoir détourné des fonds publics.
        """
    assert charges(embezzled) == ["détournement"], charges(embezzled)


def test_names_that_allegedly_did_the_deed_are_the_accused() -> None:
    report = """
        MOMBASA, Jan 4, 2024 - A Mombasa court allowed police to hold three suspects for 15 days on Thursday.
        John Otieno, Mary Wanjiru and Peter Kamau allegedly had a handgun with which they meant to commit a
        crime. Investigating officer Paul Mutua said the weapon had been used before.
        """
    assert_roles(report, ("John Otieno", "Mary Wanjiru", "Peter Kamau"), "defendant")


def test_condemned_for_an_offence_names_the_charge() -> None:
    report = """
        25 July 2012 :
        A 38-year-old man, John Doe, has been condemned to death by hanging by the Criminal Court in
        Gbarnga, Bong County, for the murder of a petty trader.
        """
    assert charges(report) == ["murder of a petty trader"], charges(report)


def test_one_who_has_just_been_given_a_term_was_convicted() -> None:
    report = """
        RENNES, 12 août 2024 - Hier après-midi, au tribunal correctionnel de Rennes. Âgé de 23 ans, le prévenu
        vient de se voir infliger deux mois ferme.
        """
    assert [kind for _, kind in rulings(report)] == ["convicted"], rulings(report)


def test_an_offence_before_a_colon_is_the_charge_and_the_accused_follows() -> None:
    report = """
        Remand

        GWERU, October 5, 2023 - Forty head of cattle, six counts of stock theft: Peter Moyo (36) will stay in
        custody until Tuesday next week, when his trial continues.
        """
    assert charges(report) == ["stock theft"], charges(report)


def test_the_day_a_case_resumes_on_is_the_next_hearing() -> None:
    report = """
        Six murder accused moved

        FREETOWN, April 10, 2020 - Justice Peter Kamara of the High Court has ordered that the six accused be
        moved to Pademba Road. The case resumes on Wednesday 22nd April 2020.
        """
    assert next_hearings(report) == ["2020-04-22"], next_hearings(report)


def test_a_penal_court_with_its_seat_is_a_court() -> None:
    report = """
        RABAT, 14 novembre 2020 - Un ex-magistrat a comparu mercredi devant la cour pénale de Casablanca.
        Reconnu coupable de détournement, il s'est vu infliger un an d'emprisonnement ferme.
        """
    assert courts(report) == ["Cour pénale de Casablanca"], courts(report)


def test_an_offence_before_suspect_names_the_charge() -> None:
    report = """
        NAIROBI, March 3, 2024 - John Kamau, the murder suspect on the run from US justice, now says that
        holding him at the Industrial Area Prison breaches the law, his lawyer told Milimani Law Courts
        on Monday.
        """
    assert charges(report) == ["murder"], charges(report)


def test_a_named_court_and_its_named_president_are_a_court_report_without_a_decision_told() -> None:
    report = """
        KAYES, 28 janvier 2026 - Rideau, ce mardi, sur la toute première session tenue par la chambre
        criminelle du Tribunal de Grande Instance de Kayes. M. Seydou Kanté, qui préside la juridiction, s'est
        félicité de la tenue de ces assises.
        """
    assert courts(report) == ["Tribunal de Grande Instance de Kayes"], courts(report)
    assert roles(report).get("Seydou Kanté") == "judge", roles(report)


def test_the_bench_of_a_relative_clause_in_a_list_introducer_is_not_the_lists_group() -> None:
    report = """
        DOUALA, 9 décembre 2021 - Le tribunal militaire de Douala a condamné les manifestants.

        Même sanction, mais avec une main que le juge militaire a voulue plus légère, pour :
        - Paul Kouam
        - Serge Tchakam
        - Annie Ndjole
        - Gaston Feutseu
        """
    assert_roles(report, ("Paul Kouam", "Serge Tchakam", "Annie Ndjole", "Gaston Feutseu"), "defendant")


def test_the_names_after_justices_in_the_plural_are_the_bench() -> None:
    report = """
        Appeals heard

        MASAKA, July 16, 2024 - The Court of Appeal on Monday dismissed the appeal of John Okello.
        It was heard by Justices Hellen Achan, Musa Kibedi and Moses Kazibwe.
        """
    assert_roles(report, ("Hellen Achan", "Musa Kibedi", "Moses Kazibwe"), "judge")


def test_a_compound_a_village_or_a_congress_is_nobody() -> None:
    report = """
        LUSAKA, Aug 21, 2020 - The High Court jailed a man from Lusaka's Kanyama Compound for life for murder.
        Members of the Alternative National Congress protested outside.
        """
    found = roles(report)
    assert "Kanyama Compound" not in found and "Alternative National Congress" not in found, found


def test_names_listed_each_with_a_term_are_the_sentenced() -> None:
    report = """
        DUBLIN, Feb 3, 1999 - The Court of Criminal Appeal yesterday allowed the appeal of the DPP.

        The men concerned:
        - Kevin Coyle (49), Cherry Orchard Avenue, Ballyfermot — six years, suspended;
        - Alan Keane (35), of Rossmore Drive, Ballyfermot — four years, suspended.
        """
    assert_roles(report, ("Kevin Coyle", "Alan Keane"), "defendant")


def test_a_unit_a_squad_or_a_news_site_is_nobody() -> None:
    report = """
        KAMPALA, May 3, 2021 - Four Flying Squad Unit officers accused of robbery will remain behind bars, the
        Nakawa Chief Magistrates Court ruled on Monday. Sources reached by Kampala Info confirmed it.
        """
    found = roles(report)
    assert not any(name.endswith(("Unit", "Info")) for name in found), found


def test_those_who_denied_charges_of_an_offence_are_the_accused() -> None:
    report = """
        Two in court

        ACCRA, March 1, 2004 - Two men appeared before an Accra circuit court on Monday. Kofi Asante, the
        cobbler, and Yaw Boateng, the trader, denied charges of conspiracy and attempted fraud.
        """
    assert_roles(report, ("Kofi Asante", "Yaw Boateng"), "defendant")


def test_a_named_courts_sitting_told_without_a_day_or_a_name_is_a_court_report() -> None:
    report = """
        Quatre jeunes gens avaient été arrêtés dans la foulée. Ils étaient jugés ce soir par le tribunal
        correctionnel de Rennes, devant une quarantaine de sympathisants.
        """
    assert courts(report) == ["Tribunal correctionnel de Rennes"], courts(report)


def test_facts_of_the_same_nature_name_no_offence() -> None:
    report = """
        ANTANANARIVO, 3 mai 2022 - Paul Rakoto a été condamné par le tribunal d'Antananarivo à 30 mois de
        prison ferme pour faux et usage de faux. Cette sanction s'ajoute à une précédente condamnation pour
        des faits de même nature.
        """
    assert "même nature" not in charges(report), charges(report)


def test_one_who_was_in_the_dock_is_accused() -> None:
    report = """
        IPSWICH, July 30, 2021 - Brian Jolly, of Steward Road, was in the dock at Suffolk Magistrates' Court
        on Thursday.
        """
    assert roles(report).get("Brian Jolly") == "defendant", roles(report)


def test_a_surname_written_in_capitals_before_the_given_names_is_part_of_the_name() -> None:
    report = """
        LOMÉ, 14 janvier 2021 - Le tribunal de première instance de Lomé a condamné KOUMA Essowè et le
        Béninois TCHALLA Koffi Messan à six mois de prison. SOKPOR Yawo écope de trois mois avec sursis.
        """
    assert_roles(report, ("KOUMA Essowè", "TCHALLA Koffi Messan", "SOKPOR Yawo"), "defendant")


def test_an_acronym_or_a_headline_in_capitals_is_no_surname() -> None:
    report = """
        A HUNDRED Gokwe villagers remain in custody.

        GOKWE, May 3, 2021 - The magistrate of the CRIET Mario Dossou court remanded Tendai Moyo.
        """
    names = roles(report)
    assert not any(name.startswith(("HUNDRED", "CRIET")) for name in names), names


def test_the_object_of_a_decision_with_an_adverb_before_its_participle_is_the_one_decided_on() -> None:
    report = """
        LOMÉ, 14 janvier 2021 - Le tribunal de première instance de Lomé a condamné trois trafiquants.
        Le juge a en revanche relaxé Kossi Agbeko, un guérisseur.
        """
    assert roles(report).get("Kossi Agbeko") == "defendant", roles(report)


def test_the_noun_juge_and_a_participle_opening_the_sentence_make_no_one_tried() -> None:
    report = """
        LOMÉ, 8 juin 2022 - Le tribunal de Lomé juge les militants. Le juge d'instruction, Abli Tchédré, les a
        entendus. Jugeant le dossier vide, Maître Ferdinand Agbo a saisi le juge d'une demande.
        """
    found = roles(report)
    assert found.get("Abli Tchédré") != "defendant" and found.get("Ferdinand Agbo") != "defendant", found


def test_the_investigating_judge_named_in_apposition_is_a_judge() -> None:
    for apostrophe in ("'", "’"):
        report = f"""
            LOMÉ, 8 juin 2022 - Le tribunal de Lomé juge les militants. Le juge d{apostrophe}instruction,
            Abli Tchédré, les a entendus.
            """
        assert roles(report).get("Abli Tchédré") == "judge", roles(report)


def test_a_bulleted_list_of_surnames_in_capitals_under_the_offence_names_people_not_offences() -> None:
    report = """
        LOMÉ, 14 janvier 2021 - Le tribunal de première instance de Lomé a reconnu coupables de commerce
        illégal d'ivoire :
        - KOUMA Essowè ;
        - TCHALLA Koffi Messan.
        Les deux devront verser 5 millions de francs CFA.
        """
    found = charges(report)
    assert found == ["commerce illégal d'ivoire"], found


def test_one_going_to_prison_and_those_who_changed_their_plea_are_accused() -> None:
    report = """
        LUSAKA, March 3, 2023 - Mary Banda, a 26-year-old resident of Lusaka, is going to prison for two years
        after the Lusaka Magistrates' Court found her guilty of theft. In another matter, Peter Phiri and John
        Mwale yesterday changed their plea before magistrate Ruth Zulu.
        """
    assert_roles(report, ("Mary Banda", "Peter Phiri", "John Mwale"), "defendant")


def test_the_courts_next_act_after_and_ends_the_offence() -> None:
    report = """
        MONROVIA, May 2, 2024 - The Monrovia City Court found Peter Kollie guilty of theft of property and
        handed him six months in jail.
        """
    assert charges(report) == ["theft of property"], charges(report)


def test_the_convicts_named_as_a_group_then_listed_with_their_ages_are_accused() -> None:
    report = """
        MZUZU, May 3, 2022 - A Mzuzu magistrate has jailed four men for 14 years each.

        The laptops had been donated to the youth centre.

        The convicts are Peter Banda aged 31, John Phiri, 24, Luke Zulu, 24, and Paul Mbewe aged 28.
        """
    assert_roles(report, ("Peter Banda", "John Phiri", "Luke Zulu", "Paul Mbewe"), "defendant")


def test_one_at_the_bar_on_a_weekday_and_the_clients_of_les_defenseurs_are_tried() -> None:
    report = """
        CONAKRY, 3 mai 2022 - Le gouverneur de Kindia, Sékou Bangoura, s'est présenté mercredi à la barre du
        tribunal de première instance de Kaloum. Les défenseurs d'El Hadj Diallo et de Sabrine Condé veulent
        plus de temps. Le défenseur des droits de l'homme Alioune Sow a dénoncé le procès.
        """
    assert_roles(report, ("Sékou Bangoura", "El Hadj Diallo", "Sabrine Condé"), "defendant")
    assert "Alioune Sow" not in roles(report), roles(report)


def test_those_named_after_the_killings_of_are_victims() -> None:
    report = """
        ALICE, May 3, 2022 - Three men appeared in the Dimbaza Magistrate's Court. They are charged with the
        killings of Pieter Smit, the fleet manager, and Sipho Dlamini, a security guard.
        """
    assert_roles(report, ("Pieter Smit", "Sipho Dlamini"), "victim")


def test_names_listed_one_a_line_after_the_deaths_of_are_victims() -> None:
    report = """
        KAMPALA, March 31, 2021 - Two men were remanded by the Mwanga II Magistrates court.

        The prosecution says the pair orchestrated the deaths of:
        - Grace Namata;
        - Ruth Akello.
        """
    assert_roles(report, ("Grace Namata", "Ruth Akello"), "victim")


def test_a_court_that_passed_the_sentence_convicted_and_one_adjudged_not_guilty_is_acquitted() -> None:
    report = """
        Sentence welcomed

        MIDDELBURG - Sipho Nkosi robbed a woman in Belfast.
        The Middelburg Regional Court passed the sentence on Wednesday, 05 November 2024.
        """
    assert ("2024-11-05", "convicted") in rulings(report), rulings(report)
    report = """
        Missionary cleared

        MONROVIA, April 18, 2024 - On April 17, 2024, Criminal Court B adjudged Peter Kollie not guilty.
        """
    assert ("2024-04-17", "acquitted") in rulings(report), rulings(report)


def test_the_one_a_warrant_is_out_for_a_verdict_falls_on_or_a_court_handed_a_term_is_accused() -> None:
    report = """
        Court news

        FREETOWN, March 7, 2025 - A bench warrant is out for Mohamed Sesay after the Court of Appeal adjourned
        his case. The High Court handed Daniel Mabunda (47) and Faza Baloyi (45) two life sentences.
        """
    assert_roles(report, ("Mohamed Sesay", "Daniel Mabunda", "Faza Baloyi"), "defendant")
    report = """
        GENÈVE, 3 mai 2022 - La Cour de justice de Genève maintient le verdict de culpabilité contre Dominique
        Favre pour tentative de soustraction de données.
        """
    assert roles(report).get("Dominique Favre") == "defendant", roles(report)


def test_a_role_noun_in_apposition_to_the_name_before_it_is_not_the_next_names() -> None:
    report = """
        CONAKRY, 8 octobre 2024 - Le tribunal de Dixinn a condamné Harouna Bah à dix ans de réclusion. Selon
        Me Issiaga Keita, conseil des parties civiles, Harouna Bah avait laissé partir les autres élèves.
        """
    found = roles(report)
    assert found.get("Harouna Bah") == "defendant", found
    assert found.get("Issiaga Keita") == "civil_party_counsel", found


def test_offences_before_cest_ce_qui_vaut_and_one_awaiting_sentence() -> None:
    report = """
        CONAKRY, 3 mai 2012 - Vol à main armée et association de malfaiteurs : c'est ce qui vaut à une bande
        de présumés coupeurs de route de défiler devant le tribunal de première instance de Dixinn.
        """
    assert set(charges(report)) == {"vol à main armée", "association de malfaiteurs"}, charges(report)
    report = """
        Court news

        SHREWSBURY, May 3, 2022 - The crown court sat on Tuesday. Mr John Tilley, of Conduit Street,
        Leicester, is awaiting sentence for offences of supplying drugs.
        """
    assert roles(report).get("John Tilley") == "defendant", roles(report)


def test_the_charges_against_them_are_and_juges_coupables_list_the_offences() -> None:
    report = """
        MONROVIA, May 3, 2022 - The Monrovia City Court jailed Peter Doe and John Kollie. The police charges
        against them are rioting, disorderly conduct and criminal mischief.
        """
    assert charges(report) == ["rioting", "disorderly conduct", "criminal mischief"], charges(report)
    report = """
        ISIRO, 3 mai 2020 - Le tribunal militaire de garnison d'Isiro a condamné onze militaires. Le tribunal
        les a jugés coupables, entre autres, de viol et de vol qualifié.
        """
    assert charges(report) == ["viol", "vol qualifié"], charges(report)
    report = """
        DUBLIN, May 3, 2022 - Tom Byrne appeared at Dublin District Court. The charge against him is that he
        attempted to take a child.
        """
    assert "that" not in charges(report), charges(report)


def test_those_who_each_got_bail_are_accused() -> None:
    report = """
        WINDHOEK, May 3, 2022 - In the case where they face five counts of theft, psychologist Ockert Jansen
        (54) and his wife Mylene (50) each got bail of N$30 000 in the Windhoek Magistrate's Court.
        """
    assert roles(report).get("Ockert Jansen") == "defendant", roles(report)


def test_a_lettered_court_in_double_quotes_is_a_court() -> None:
    for quoted in ('"B"', "“B”"):
        report = f"""
            Missionary acquitted

            MONROVIA, April 18, 2024 - Criminal Court {quoted} at the Temple of Justice acquitted Peter Kollie
            on April 17, 2024.
            """
        assert courts(report) == [f"Criminal Court {quoted}"], courts(report)


def test_a_renvoi_a_ce_mardi_names_its_target_not_the_day_it_was_ordered() -> None:
    report = """
        Procès renvoyé

        Le président a renvoyé l'affaire à ce mardi 28 novembre 2017.
        Les 54 accusés ont comparu devant le tribunal de première instance de Mamou.
        """
    found = rulings(report)
    assert (None, "adjourned") in found and ("2017-11-28", "adjourned") not in found, found


def test_a_role_noun_whose_verb_said_stands_before_a_name_is_not_that_names() -> None:
    report = """
        MOMBASA, May 3, 2022 - Fawaz Omari, accused of recruiting young people into a militia, is to be held
        at Port Police Station, Mombasa Chief Magistrate Edna Wanjiru ordered.

        The investigating officer said Mr Omari was picked up at his house.
        """
    assert roles(report).get("Fawaz Omari") == "defendant", roles(report)


def test_the_verb_after_a_possessive_name_is_the_possessed_nouns() -> None:
    report = """
        Six granted bail

        ADA, May 3, 2019 - Six of the seven people on trial over the setting on fire of the late chief Kofi
        Amedor's remains were last Friday granted bail by the Ada Magistrate Court.
        """
    assert roles(report).get("Kofi Amedor") != "defendant", roles(report)


def test_a_title_with_an_ex_prefix_is_not_part_of_the_name() -> None:
    report = """
        Ex-congressman Harlow handed 8-year prison term

        Dennis Harlow, the former Ohio congressman, is going to prison for 8 years, a federal judge has
        decided.
        """
    assert set(roles(report)) == {"Dennis Harlow"}, roles(report)


def test_counsel_who_represented_the_state_without_for_is_the_prosecutor() -> None:
    report = """
        Clerk in court

        BULAWAYO, March 4, 2021 - Simba Dube was remanded in custody by a Bulawayo magistrate on Tuesday.
        Tariro Ncube represented the State while Dube's lawyer is Farai Sibanda.
        """
    assert roles(report).get("Tariro Ncube") == "prosecutor", roles(report)


def test_the_remand_hearing_for_names_the_accused() -> None:
    report = """
        Couple in court

        BULAWAYO, March 4, 2021 - The magistrate remanded them in custody on Tuesday.
        It was the initial remand hearing for Nkosana Moyo and Thandiwe Dube.
        """
    assert_roles(report, ("Nkosana Moyo", "Thandiwe Dube"), "defendant")


def test_counts_laid_against_a_name_make_it_the_accused() -> None:
    report = """
        Manager in court

        BULAWAYO, March 4, 2021 - The magistrate remanded the depot manager in custody on Tuesday.
        Two counts of fraud have been laid against Nkosana Moyo.
        """
    assert roles(report).get("Nkosana Moyo") == "defendant", roles(report)


def test_counts_with_a_relative_clause_before_include_open_the_charges() -> None:
    report = """
        Trial stalls

        BANJUL, May 28, 2018 - The twelve counts the five answer include arson and forgery.
        """
    assert {"arson", "forgery"} <= set(charges(report)), charges(report)


def test_a_list_of_charges_parted_by_semicolons_is_read_whole() -> None:
    report = """
        Trial stalls

        BANJUL, May 28, 2018 - The five men were charged with murder; forgery; fabricating evidence; and
        abduction in order to murder.
        """
    found = set(charges(report))
    assert {"murder", "forgery", "fabricating evidence", "abduction in order to murder"} <= found, found


def test_counsel_seated_on_the_states_side_are_prosecutors() -> None:
    report = """
        Trial stalls

        BANJUL, May 28, 2018 - Justice Awa Njie of the Banjul High Court called the case. On the State's side
        sat Lawyers Omar Ceesay and Fatou Touray; Lawyer Lamin Bah was there for the first accused.
        """
    assert_roles(report, ("Omar Ceesay", "Fatou Touray"), "prosecutor")


def test_a_trial_day_for_a_name_makes_it_the_accused() -> None:
    report = """
        Trial stalls

        BANJUL, May 28, 2018 - Yesterday was meant to be another trial day for Mr. Ousman Sowe and four
        fellow officials at the High Court. It came to nothing: counsel for the 2nd accused never showed up.
        """
    assert roles(report).get("Ousman Sowe") == "defendant", roles(report)


def test_today_glossed_by_a_full_date_is_that_date_whatever_the_dateline() -> None:
    report = """
        Two arraigned

        LAGOS, Nov 5, 2019 - Two men, Emeka Obi and Tunde Ojo, were today, November 1, 2019, arraigned before
        Justice Kemi Ade. Both pleaded not guilty. Justice Ade then adjourned the matter to November 21, 2019.
        """
    assert ("2019-11-01", "adjourned") in rulings(report), rulings(report)
    assert held(report) == {"2019-11-01"}, held(report)


def test_a_full_date_glossing_today_is_the_day_of_writing_without_a_dateline() -> None:
    report = """
        Verdict day in murder trial

        Judgement in the murder trial of Ali Juma is due from the High Court today, Tuesday, August 27, 2024.
        Judge Peter Mollel put off the judgement yesterday. The final deadline falls on September 29, 2024.
        """
    assert "2024-08-26" in held(report), held(report)


def test_counsel_who_acts_for_the_prosecution_in_french_is_the_prosecutor() -> None:
    report = """
        Liberté provisoire

        Publié le mardi 27 octobre 2020

        Hier, à Granby, Me Paul Roy a plaidé la demande de Luc Gagné, accusé de meurtre. Me Anne Côté agit
        pour le ministère public.
        """
    assert roles(report).get("Anne Côté") == "prosecutor", roles(report)


def test_a_judge_who_will_make_known_the_answer_on_a_day_reserves_it() -> None:
    report = """
        Liberté provisoire

        Publié le mardi 27 octobre 2020

        Hier, à Granby, Me Paul Roy a plaidé la demande de Luc Gagné, accusé de meurtre. Le juge Marc Bédard
        fera connaître sa réponse le 16 novembre.
        """
    assert ("2020-10-26", "deliberation_reserved") in rulings(report), rulings(report)
    assert next_hearings(report) == ["2020-11-16"], next_hearings(report)


def test_the_one_who_presides_where_the_court_sits_is_the_judge() -> None:
    report = """
        Four remanded

        OSOGBO, April 11, 2022 - Four bricklayers are now in custody on the orders of a Magistrate Court in
        Osogbo, where Dr Bola Adeyemi presides.
        """
    assert roles(report).get("Bola Adeyemi") == "judge", roles(report)


def test_a_bare_list_of_sureties_names_no_accused() -> None:
    report = """
        Officer bailed

        KITGUM, March 20, 2019 - Jim Okello has been charged with cutting timber illegally and freed on bail
        by the Kitgum Magistrates Court. Four sureties came forward: for Okello, Sam Opio, a local councillor,
        and businessman Peter Lule; for his associate, Paul Odongo and Grace Auma.
        """
    assert roles(report) == {"Jim Okello": "defendant"}, roles(report)


def test_the_one_freed_on_bail_together_with_the_accused_is_accused() -> None:
    report = """
        Officer bailed

        KITGUM, March 20, 2019 - Jim Okello has been charged with cutting timber illegally and was freed
        on bail together with his business associate Habib Lubega by the Kitgum Magistrates Court.
        """
    assert roles(report).get("Habib Lubega") == "defendant", roles(report)


def test_what_follows_an_alias_is_told_of_the_one_it_names() -> None:
    report = """
        Court remands gardener

        ACCRA, March 8, 2019 - Kwame Asante, alias Nana Yaw, denied the charge of possessing narcotic drugs.
        """
    assert roles(report).get("Kwame Asante") == "defendant", roles(report)


def test_a_matter_remanded_to_a_day_is_adjourned_not_detained() -> None:
    report = """
        Soldier back in court

        WINDHOEK, April 19, 2017 - Peter Shipena appeared in the Walvis Bay magistrate's court yesterday.
        The matter was remanded to June 19 to allow the police to investigate further.
        """
    found = rulings(report)
    assert ("2017-04-18", "adjourned") in found and ("2017-04-18", "detention_ordered") not in found, found


def test_having_been_on_remand_since_an_arrest_is_no_detention_order() -> None:
    report = """
        Pair plead for bail

        FRANCISTOWN, September 22, 2020 - Police arrested Tebogo Moyo and Kagiso Dube on the 4th of July this
        year following a tip-off, and they have been in custody on remand since.
        """
    assert not {kind for _, kind in rulings(report)} & {"detention_ordered"}, rulings(report)


def test_the_officer_presenting_the_facts_is_the_prosecutor() -> None:
    report = """
        Five remanded

        HO, June 1, 2019 - Kofi Mensah and four others have been remanded by a Ho High Court. Presenting the
        facts, Chief Superintendent Yaw Boateng said the accused forced open the door.
        """
    assert roles(report).get("Yaw Boateng") == "prosecutor", roles(report)


def test_counsel_named_for_the_defence_before_a_verb_of_speech_is_defence_counsel() -> None:
    report = """
        Five remanded

        HO, June 1, 2019 - Kofi Mensah and four others have been remanded by a Ho High Court. In reply, Mr
        Ernest Adzo for the defence described his clients as youth leaders.
        """
    assert roles(report).get("Ernest Adzo") == "defense_counsel", roles(report)


def test_counsel_qui_representait_la_couronne_is_the_prosecutor() -> None:
    report = """
        Trois accusés

        Trois hommes ont comparu ce lundi devant le juge Paul Roy, de la Cour du Québec, à Rimouski. Le juge a
        lancé à Me Julie Bédard, qui représentait la Couronne, une remarque sur la drogue.
        """
    assert roles(report).get("Julie Bédard") == "prosecutor", roles(report)


def test_a_day_named_as_the_date_set_for_the_next_appearance_is_the_next_hearing() -> None:
    report = """
        Five remanded

        Kofi Mensah and four others have been remanded into police custody by the Ho High Court. June 11, this
        year, is the date set for their next appearance. The offence took place on Tuesday May 28, 2019.
        """
    assert next_hearings(report) == ["2019-06-11"], next_hearings(report)
    assert "2019-06-11" not in held(report), held(report)


def test_a_platform_an_academy_or_an_asbl_is_no_person() -> None:
    report = """
        Ten remanded

        LIRA, June 3, 2025 - Chief Magistrate's Court in Lira has remanded ten National Unity Platform (NUP)
        supporters to Lira Central Prison. Seventeen pupils of the Every Nation Academy in Bo, who appeared in
        court for the first time on Wednesday, were refused bail.
        """
    assert not {"National Unity Platform", "Nation Academy"} & set(roles(report)), roles(report)


def test_defending_alone_before_a_name_makes_it_defence_counsel() -> None:
    report = """
        Journalist remanded

        ABUJA, Feb 3, 2023 - Agba Okon pleaded not guilty to defamation before Justice Ada Bello. Defending,
        F. Baba Isa did not object to a trial date.
        """
    assert roles(report).get("F. Baba Isa") == "defense_counsel", roles(report)


def test_counsel_with_esquire_and_the_side_between_commas() -> None:
    report = """
        Journalist remanded

        ABUJA, Feb 3, 2023 - Agba Okon pleaded not guilty to defamation before Justice Zainab Bello. Next,
        Fidelis Obi Esq., for the prosecution, applied for a date for trial.
        """
    assert roles(report).get("Fidelis Obi") == "prosecutor", roles(report)


def test_the_one_to_be_held_at_a_custodial_centre_is_the_accused() -> None:
    report = """
        Journalist remanded

        ABUJA, Feb 3, 2023 - Agba Okon is to be held at the Kuje medium security custodial center on the order
        of a Federal High Court in Abuja.
        """
    assert roles(report).get("Agba Okon") == "defendant", roles(report)


def test_what_one_reproached_the_accused_with_are_the_charges() -> None:
    report = """
        Tchad : un chef condamné

        Tout remonte à 2013. On reprochait alors au chef des coups et blessures mortelles, une détention
        arbitraire et une séquestration. Le tribunal l'a condamné à deux ans avec sursis.
        """
    found = set(charges(report))
    assert {"coups et blessures mortelles", "détention arbitraire", "séquestration"} <= found, found


def test_the_one_named_facing_the_prosecution_is_the_accused() -> None:
    report = """
        Tchad : un chef condamné

        La cour d'appel de Mongo a tenu une session criminelle. Au rôle, un seul dossier : le chef du canton,
        Ali Hassan Brahim, face au ministère public et aux parties civiles.
        """
    assert roles(report).get("Ali Hassan Brahim") == "defendant", roles(report)


def test_a_sultan_or_an_emir_is_a_title_not_a_name() -> None:
    report = """
        Tchad : un sultan condamné

        La cour d'appel de Mongo a tenu une session criminelle. Au rôle, un seul dossier : le Sultan du Fitri,
        Ali Hassan Brahim, face au ministère public et aux parties civiles.
        """
    assert set(roles(report)) == {"Ali Hassan Brahim"}, roles(report)


def test_english_offence_nouns_open_a_list_of_offences() -> None:
    report = """
        13 charged over riot

        MONROVIA, Jan 25, 2023 - Police have forwarded 13 people to court. The 13 face a string of offences,
        according to the police charge sheet: rioting, theft of property, arson and criminal mischief.
        """
    found = set(charges(report))
    assert {"rioting", "theft of property", "arson", "criminal mischief"} <= found, found


def test_a_byline_glued_to_its_date_still_dates_the_page() -> None:
    report = """
        Tchad : le procès des militants renvoyé

        Paul Kemba31 mars 2016

        Le procès des quatre militants a été reporté au 7 avril devant le tribunal de N'Djamena.
        """
    assert [
        article.published for article in parse_bytes(textwrap.dedent(report).encode(), "r.txt").articles
    ] == [dt.date(2016, 3, 31)]


def test_a_case_called_then_put_off_is_adjourned() -> None:
    report = """
        Tchad : le procès des militants renvoyé

        N'DJAMENA, 31 mars 2016 (AFP) - Ce jeudi matin, devant le tribunal de N'Djamena, le procès des quatre
        militants a été appelé puis reporté : il reprendra le 7 avril.
        """
    assert ("2016-03-31", "adjourned") in rulings(report), rulings(report)


def test_names_put_first_with_quant_a_take_the_verb_of_their_pronoun() -> None:
    report = """
        Douze jeunes condamnés

        KOLDA, 10 septembre 2020 - Douze manifestants ont été condamnés par le tribunal régional de Kolda.
        Quant à Moussa Diallo, il a été condamné à un an.
        """
    assert roles(report).get("Moussa Diallo") == "defendant", roles(report)


def test_those_who_benefited_from_une_relaxe_are_the_accused() -> None:
    report = """
        Douze jeunes condamnés

        KOLDA, 10 septembre 2020 - Douze manifestants ont été condamnés par le tribunal régional de Kolda.
        Moussa Diallo et Ali Keita ont bénéficié d'une relaxe au bénéfice du doute.
        """
    assert_roles(report, ("Moussa Diallo", "Ali Keita"), "defendant")


def test_a_listed_name_whose_line_opens_on_its_term_is_the_one_sentenced() -> None:
    report = """
        Guinée : à Labé, les verdicts tombent

        LABÉ, 23 février 2024 - Au TPI de Labé, les audiences criminelles se poursuivent et les décisions
        tombent. Voici les plus récentes :

        - Bachir Condé : 10 ans, après avoir été jugé coupable jeudi d'avoir violé deux mineures à Koubia.
        - Oumou Barry : 3 ans de prison et 10 millions d'amende à verser à la victime, pour le rapt d'un bébé.
        """
    assert_roles(report, ("Bachir Condé", "Oumou Barry"), "defendant")


def test_namely_opens_a_list_as_a_colon_does() -> None:
    report = """
        Critics jailed

        KIGALI, April 12, 2013 - A judge of the High Court ordered their detention. The trial had been due to
        open in March 2013 against the 7 co-defendants, namely
        - John Mutuyimana,
        - Paul Uwiringiyimana,
        - Eric Ufitamahoro.
        """
    assert_roles(report, ("John Mutuyimana", "Paul Uwiringiyimana", "Eric Ufitamahoro"), "defendant")


def test_names_taken_and_killed_in_the_passive_are_the_victims() -> None:
    report = """
        Vigilantes jailed for life

        BHISHO, May 3, 2024 - The High Court sentenced six men to life for the killings. On the strength of
        that unlawful resolution, Lwando Mbeki, Nwabisa Zulu, Zipho Tshabalala and Vuyo Ndlovu were taken by
        force from their homes and killed.
        """
    assert_roles(report, ("Lwando Mbeki", "Nwabisa Zulu", "Zipho Tshabalala", "Vuyo Ndlovu"), "victim")


def test_state_attorneys_who_conducted_the_prosecution_are_prosecutors() -> None:
    report = """
        Three jailed

        SINGIDA, May 3, 2019 - Resident Magistrate Stella Mushi found the three guilty. The prosecution was
        conducted by State Attorneys Salim Mrisho, Patrida Mtui and Juma Majigo.
        """
    assert_roles(report, ("Salim Mrisho", "Patrida Mtui", "Juma Majigo"), "prosecutor")


def test_the_one_punched_in_the_passive_is_the_victim() -> None:
    report = """
        Life sentence for pub killer

        TEESSIDE, January 16, 2024 - Richard Smith was jailed for life for murder at Teesside Crown Court. The
        assault by Richard Smith on July 8 last year was over in seven seconds: Craig Hill was punched to the
        ground.
        """
    assert roles(report).get("Craig Hill") == "victim", roles(report)


def test_the_offences_held_are_those_of_a_list() -> None:
    report = """
        Jeunes condamnés

        KOLDA, 16 mars 2017 - Le tribunal de Kolda a statué. Pour ce mineur, les délits retenus sont
        ceux de violence à agent de la force publique, de dégradation de biens publics et de rassemblement
        illégal.
        """
    found = set(charges(report))
    assert {"violence à agent de la force publique", "dégradation de biens publics"} <= found, found


def test_a_french_charge_cue_before_two_single_quotation_marks() -> None:
    report = """
        Jeunes condamnés

        KOLDA, 16 mars 2017 - Le tribunal a statué. Pour les deux jeunes, les délits retenus sont ceux
        de ‘’détention de chanvre indien’’.
        """
    assert "détention de chanvre indien" in charges(report), charges(report)


def test_a_rejected_request_to_review_bail_is_bail_denied() -> None:
    report = """
        Bail review thrown out

        NAIROBI, June 18, 2019 - Joseph Kamau, accused of murder, will stay in custody after the High Court
        on Tuesday rejected his request to have his bail status reviewed.
        """
    assert ("2019-06-18", "bail_denied") in rulings(report), rulings(report)


def test_les_avocats_generaux_are_prosecutors() -> None:
    report = """
        Session criminelle

        BOBO, 10 juin 2013 - La chambre criminelle de Bobo-Dioulasso a condamné Paul Ouedraogo à dix ans. Le
        parquet était porté par les avocats généraux Rasmane Sawadogo, Flore Zongo et Lamoussa Traoré.
        """
    assert_roles(report, ("Rasmane Sawadogo", "Flore Zongo", "Lamoussa Traoré"), "prosecutor")


def test_a_headline_verb_between_a_title_and_a_name_parts_them() -> None:
    report = """
        Judge wants Chisale murder suspects back at Zomba prison

        ZOMBA, April 3, 2019 - All suspects in the killing of MacDonald Chisale, a man with albinism, must be
        returned to Zomba Central Prison, the High Court in Zomba has ordered.
        """
    assert roles(report).get("MacDonald Chisale") == "victim", roles(report)


def test_the_one_who_took_the_stand_in_her_own_defence_is_the_accused() -> None:
    report = """
        Stepmother gets 85 years

        DALLAS (AP) — A jury had convicted her last week of reckless injury to a child. Tina Alvarez took
        the stand in her own defense.
        """
    assert roles(report).get("Tina Alvarez") == "defendant", roles(report)


def test_names_listed_under_a_charge_cue_are_no_offences() -> None:
    report = """
        Four in court over cows

        ADO-EKITI, Oct 19, 2022 - The police on Wednesday arraigned four men before the Ado-Ekiti Magistrates'
        Court. Standing trial on one count of stealing are:
        – Musa Bello (30),
        – Suleiman Adamu (65),
        – Ibrahim Garba (35), and
        – Ali Sani (45).
        """
    assert not {"musa Bello", "suleiman Adamu", "Musa Bello"} & set(charges(report)), charges(report)


def test_a_court_read_after_a_charge_cue_is_no_offence() -> None:
    report = """
        Official jailed

        BLANTYRE, May 3, 2021 - Magistrate David Phiri, once in charge of the Blantyre Magistrates Court,
        was convicted by that same court on three counts.
        """
    assert not any("Court" in found for found in charges(report)), charges(report)


def test_a_word_for_the_charge_itself_is_no_offence() -> None:
    report = """
        Trader in court

        ACCRA, May 3, 2021 - Kofi Mensah pleaded not guilty to the charge and was granted bail by the Accra
        Circuit Court. He was charged with an offence.
        """
    assert not {"charge", "offence"} & set(charges(report)), charges(report)


def test_a_given_name_before_a_towns_name_is_a_person_whose_surname_is_that_town() -> None:
    report = """
        Journalist granted bail

        CALABAR, Feb 12, 2020 - Journalist Agba Jalingo was granted bail by the Federal High Court. Thirteen
        Makeni youths and a Teenage London man were not in court. Antonio Trillanes and 10 others will be
        arraigned next month, a Quezon City metropolitan trial court has decided.
        """
    found = roles(report)
    assert found.get("Agba Jalingo") == "defendant", found
    assert not {"Thirteen Makeni", "Teenage London", "West Kelowna", "Quezon City"} & set(found), found


def test_the_one_sent_to_prison_or_to_a_prison_named_by_its_place_is_the_defendant() -> None:
    report = """
        Ex-commissioner remanded

        KAMPALA, June 26, 2020 - Anderson Burora, a former deputy commissioner, was likewise sent to Luzira by
        Buganda Road court until July 9. Peter Okello was sent to prison. Mary Akello was sent to London for
        training.
        """
    found = roles(report)
    assert found.get("Anderson Burora") == "defendant", found
    assert found.get("Peter Okello") == "defendant", found
    assert "Mary Akello" not in found, found


def test_a_list_goes_on_past_a_bracketed_alias() -> None:
    report = """
        Airport protesters remanded

        KAITAIA, Sept 20, 2019 - Eva Crockenburg, 59, of Awanui, Joseph Nathan (aka Reti Boynton), 38, of
        Kaitaia, and Robin Popata, 61, of Kaitaia, who face a joint charge of wilful trespass, are due back in
        court on October 22.
        """
    assert_roles(report, ("Eva Crockenburg", "Joseph Nathan", "Robin Popata"), "defendant")


def test_bulleted_names_under_ce_sont_les_chefs_are_people_not_counts() -> None:
    report = """
        Huit notables jugés

        Bafoussam (Cameroun), le 20 juillet 2017 - Huit notables ont été arrêtés. Ce sont les chefs :
        - Naganhoui Anatole,
        - Mbe Kouade Jean Pierre,
        - et Messah Reine, 82 ans.

        Ils sont désormais attendus à la barre le 8 septembre prochain pour répondre de coups et blessures.
        """
    assert_roles(report, ("Naganhoui Anatole", "Mbe Kouade Jean Pierre", "Messah Reine"), "defendant")


def test_the_one_brought_before_the_judge_or_the_prosecutor_is_the_accused() -> None:
    report = """
        Garde à vue prolongée

        Niamey, le 30 décembre 2024 - Moussa Tchangari aurait dû être présenté ce lundi 30 décembre 2024 au
        juge du Tribunal de Grande Instance de Niamey. Amadou Diallo a été déféré au parquet.
        """
    assert_roles(report, ("Moussa Tchangari", "Amadou Diallo"), "defendant")


def test_the_one_put_on_his_defence_is_the_accused() -> None:
    report = """
        Case to answer

        KITWE, Oct 30, 2019 - Moses Kafwelu, 35, of Kamitondo township, will have to open his defence after
        the magistrate ruled. John Banda was put on his defence. Peter Mwale has a case to answer.
        """
    assert_roles(report, ("Moses Kafwelu", "John Banda", "Peter Mwale"), "defendant")


def test_the_one_whose_bail_application_it_is_is_the_accused() -> None:
    report = """
        Bail ruling put off

        BANJUL, March 3, 2021 - Mambury Njie, the former Minister of Foreign Affairs, whose bail application
        was due for ruling at the High Court, waited. Lamin Jammeh's bail hearing was adjourned.
        """
    assert_roles(report, ("Mambury Njie", "Lamin Jammeh"), "defendant")


def test_the_one_an_indictment_charges_is_the_accused() -> None:
    report = """
        Plea stands

        JERSEY CITY, June 30, 2017 - A grand jury returned an indictment in February 2016 charging Manuel
        Pereira with aggravated sexual assault.
        """
    assert_roles(report, ("Manuel Pereira",), "defendant")


def test_counsel_told_by_their_side_after_the_name_or_their_client_in_the_sentence() -> None:
    report = """
        Remanded over shooting

        WHANGAREI, Oct 30, 2019 - John Doe was charged with theft. It was serious, said Bernadette Smith for
        the Crown. Richard Weir QC for the prosecution told jurors the defendant lied. The prosecution, led
        by DPP Farah Nabihah Sofian, sought bail. Represented by Mr Alec Muchadehama, the two face public
        violence charges. Peter Patisani is their lawyer.
        """
    assert_roles(report, ("Bernadette Smith", "Richard Weir", "Farah Nabihah Sofian"), "prosecutor")
    assert_roles(report, ("Alec Muchadehama", "Peter Patisani"), "defense_counsel")


def test_two_initials_without_dots_open_a_name() -> None:
    report = """
        Bail ruling put off

        BANJUL, March 3, 2021 - Mambury Njie was charged with theft. Before that, the Director of Public
        Prosecutions (DPP), SH Barkun, expanded on his affidavit.
        """
    assert_roles(report, ("SH Barkun",), "prosecutor")


def test_local_provincial_parish_and_sessions_courts_are_courts() -> None:
    for court in (
        "Parramatta Local Court",
        "Yorkton Provincial Court",
        "Kingston Parish Court",
        "Selayang Sessions Court",
        "North Shore District Court",
    ):
        report = f"""
            Bail refused

            SYDNEY, Jan 2, 2024 - John Doe was charged with assault. On Monday, {court} refused him bail.
            """
        assert court in courts(report), (court, courts(report))


def test_the_ones_the_sentences_went_to_are_the_accused() -> None:
    report = """
        Six get life

        KIGALI, May 3, 2016 - The High Court sentenced six to life. The remaining life sentences went to:
        Sadik Habimana, Emmanuel Rukera and Agnes Murekatete.
        """
    assert_roles(report, ("Sadik Habimana", "Emmanuel Rukera", "Agnes Murekatete"), "defendant")


def test_the_ones_who_face_counts_are_brought_before_a_court_or_given_a_remand_are_the_accused() -> None:
    report = """
        Remand session

        LAGOS, June 11, 2025 - Bafanabakhe Sacolo faced two counts. Harold Keke and Daniel Fa'afunua were
        given a fourteen-day remand. Kingsley Oni and Olorunwa Abina were brought by the state government
        before the Ikeja Court on one count of defilement.
        """
    assert_roles(
        report,
        ("Bafanabakhe Sacolo", "Harold Keke", "Daniel Fa'afunua", "Kingsley Oni", "Olorunwa Abina"),
        "defendant",
    )


def test_a_surname_with_two_initials_is_one_name_and_its_list_goes_on() -> None:
    report = """
        Bagarre de voisins

        Abidjan, le 12 mars 2022 - Ils sont huit : Lasme K.A. (36 ans), Essi G. (42 ans), Djidjiro A.A. (28
        ans), Yéboua A.A. (37 ans), Dako D.P. (29 ans), Traoré H. (46 ans), Kouamé N.C. (46 ans) et Fofana M.
        (37 ans). La bagarre les a conduits devant le tribunal correctionnel de Yopougon. L'arrêt A.C. a été
        rendu.
        """
    assert_roles(report, ("Lasme K.A.", "Djidjiro A.A.", "Kouamé N.C.", "Fofana M."), "defendant")
    assert not any(name.startswith("L'arrêt") for name in roles(report)), roles(report)


def test_the_ones_whose_pleas_are_taken_are_accused_and_the_one_facts_are_put_before_is_the_judge() -> None:
    report = """
        Four remanded

        ACCRA, June 28, 2017 - The Cape Coast Circuit Court did not take the pleas of Gabriel Akoni, 20,
        Edmond Adjo, 24, Wisdom Agyaho, 26 and Ntephe Mukondjoo, 20, who return on Tuesday, July 11.
        Presenting the facts before Mr Kofi Seshi Ametewee, Police Chief Inspector Charles Anku said the four
        were caught.
        """
    assert_roles(report, ("Gabriel Akoni", "Edmond Adjo", "Wisdom Agyaho", "Ntephe Mukondjoo"), "defendant")
    assert_roles(report, ("Kofi Seshi Ametewee",), "judge")


def test_a_charge_ends_where_a_relative_clause_without_that_opens_on_its_subject() -> None:
    report = """
        Stock theft accused bailed

        HARARE, June 28, 2019 - Priscilla Chinyowa denied all eight counts of stock theft she faces in the
        Mutare Magistrates' Criminal Court. Peter Moyo pleaded guilty to assaulting a young man whom he
        believed to be a thief. The allegations were denied.
        """
    found = charges(report)
    assert "stock theft" in found, found
    assert "assaulting a young man" in found, found
    assert not {"allegations", "assaulting a young man whom"} & set(found), found


def test_the_offence_before_the_word_charges_is_the_charge() -> None:
    report = """
        Man remanded

        LEICESTER, June 28, 2019 - Peter Smith appeared before Leicester Magistrates Court. Because it is a
        robbery charge, the case will have to go to Leicester Crown Court.
        """
    assert "robbery" in charges(report), charges(report)


def test_a_day_fixed_for_mention_or_arraignment_with_an_abbreviated_month_adjourns_the_case() -> None:
    for fixed in ("fixed Sept. 29 for mention", "fixed 12 November 2020 for proper arraignment and trial"):
        report = f"""
            Trader in court

            KANO, Sept 17, 2020 - John Musa was on Thursday arraigned before the Kano Chief Magistrates Court.
            The Chief Magistrate released him on N500,000 bail and {fixed}.
            """
        assert ("2020-09-17", "adjourned") in rulings(report), (fixed, rulings(report))


def test_a_court_a_matter_is_sent_up_to_is_no_new_case_and_an_appearance_before_a_future_is_the_day() -> None:
    report = """
        Policeman remanded over murder charge

        January 23, 2024 4:39 pm

        A police officer aged 28, Fifita Toga, will stay behind bars after appearing this afternoon at the
        Suva Magistrates Court on one murder count.

        Citing the gravity of the offense, the magistrate denied him bail and sent the matter up to the Suva
        High Court, where it will be called again on February 6th.
        """
    cases = cases_of(report)
    assert [case.court for case in cases] == ["Suva Magistrates Court"], [case.court for case in cases]
    assert ("2024-01-23", "bail_denied") in rulings(report), rulings(report)


def test_bail_allowed_grants_it_and_a_case_that_comes_up_again_for_mention_is_adjourned() -> None:
    report = """
        Man claims trial

        MELAKA, Jan 29, 2024 - Abdul Razak Osman was charged today before the Ayer Keroh Magistrate's Court.
        Magistrate Sharda Suleiman allowed bail of RM3,500 with one surety. The case comes up again for
        mention on March 14.
        """
    found = rulings(report)
    assert {("2024-01-29", "bail_granted"), ("2024-01-29", "adjourned")} <= found, found


def test_sent_to_a_custodial_centre_held_in_a_correctional_centre_or_kept_in_custody_is_detention() -> None:
    for told in (
        "Justice Rahman Oshodi sent the trio to the Ikoyi Custodial Centre, where they remain",
        "The three were ordered held in the Makurdi correctional centre",
        "The court kept them in judicial custody for another two weeks",
    ):
        report = f"""
            Three remanded

            LAGOS, June 11, 2025 - Kingsley Oni, Musa Bello and Olorunwa Abina were brought yesterday before
            the Ikeja Sexual Offences Court on one count of defilement. {told}.
            """
        assert ("2025-06-10", "detention_ordered") in rulings(report), (told, rulings(report))


def test_a_term_the_accused_leave_for_or_must_serve_is_a_conviction() -> None:
    report = """
        Cinq ans ferme pour huit accusés

        Bangui, le 4 août 2018 - Ce vendredi 3 août, la Cour criminelle de Bangui a jugé douze accusés : huit
        partent pour 5 ans de prison ferme. Chacun d'eux devra purger cinq années d'emprisonnement ferme.
        """
    assert ("2018-08-03", "convicted") in rulings(report), rulings(report)


def test_a_decision_the_magistrate_defers_is_reserved() -> None:
    report = """
        Bail fate tomorrow

        LILONGWE, Nov 16, 2023 - Bon Kalindo appeared today before the Lilongwe Magistrate Court on a bail
        application. Principal Resident Magistrate Roderick Michongwe deferred his decision by a day.
        """
    assert ("2023-11-16", "deliberation_reserved") in rulings(report), rulings(report)


def test_special_anti_terrorism_queens_bench_and_two_word_seat_magistrates_courts_are_courts() -> None:
    for court in (
        "Colombo Fort Magistrate's Court",
        "Anti-Terrorism Court",
        "Special Criminal Court",
        "Saskatchewan Court of Queen’s Bench",
    ):
        report = f"""
            Man remanded

            DUBLIN, Jan 2, 2024 - John Doe was charged with assault. He appeared before the {court} on Monday.
            """
        assert court in courts(report), (court, courts(report))


def test_a_tribunal_de_base_and_a_cour_de_justice_are_courts() -> None:
    for told, court in (
        ("Il a comparu devant le tribunal de base de Nyarugenge.", "Tribunal de base de Nyarugenge"),
        ("La cour de justice de Sidi Bel-Abbès l'a condamné.", "Cour de justice de Sidi Bel-Abbès"),
    ):
        report = f"""
            Audience

            Kigali, le 3 mars 2022 - Jean Habimana est poursuivi pour vol. {told}
            """
        assert court in courts(report), (court, courts(report))


def test_the_ones_whose_life_was_threatened_who_were_injured_set_upon_or_hospitalized_are_victims() -> None:
    report = """
        Driver committed

        LONDON, Jan 2, 2024 - John Doe was charged at the Telford Magistrates Court. He is alleged to have
        threatened the life of one Utlwanag Mokoe, and caused serious injury to Cole Macera by dangerous
        driving. They are said to have set upon former deputy mayor Jabulani Mtunzi using stones. Two women,
        Rozette Carey and Shaquelle Cash, were hospitalized.
        """
    assert_roles(report, ("Utlwanag Mokoe", "Cole Macera", "Jabulani Mtunzi", "Shaquelle Cash"), "victim")


def test_the_one_who_lost_his_life_is_the_victim() -> None:
    report = """
        Policier tué

        Bertoua, le 3 mars 2022 - Jean Abena comparaît devant le tribunal de Bertoua. Le gardien de la paix
        François Ndongo, affecté à Bertoua, a perdu la vie.
        """
    assert_roles(report, ("François Ndongo",), "victim")


def test_an_airport_a_sum_of_dollars_a_tv_channel_or_a_demonym_is_nobody() -> None:
    report = """
        Protesters remanded

        KAITAIA, Sept 20, 2019 - Five people arrested when Kaitaia Airport was occupied were remanded. Police
        seized Sixty Thousand United States Dollars. A New Zealander and the Buddhist were charged. Nessma TV
        was fined.
        """
    found = roles(report)
    assert not {
        "Kaitaia Airport",
        "Sixty Thousand United States Dollars",
        "New Zealander",
        "Nessma TV",
    } & set(found), found


def test_a_kin_noun_with_an_accent_may_stand_before_the_victims_name() -> None:
    report = """
        Renvois en série

        Dakar, le 6 octobre 2021 - Le tribunal a renvoyé le procès de dame Aïda Mbacké, poursuivie pour
        l'assassinat de son époux Khadim Ndiaye.
        """
    assert_roles(report, ("Khadim Ndiaye",), "victim")


def test_the_day_a_case_comes_back_or_the_accused_are_awaited_at_the_bar_is_the_next_hearing() -> None:
    english = """
        Looters denied bail

        NDOLA, Oct 30, 2020 - Three men appeared before the Ndola Magistrates Court. Each of them entered a
        plea of not guilty, and the case comes back on November 24, 2020.
        """
    french = """
        Huit notables jugés

        Bafoussam, le 20 juillet 2017 - Leur procès a démarré lundi devant le tribunal de Bafoussam. Ils sont
        désormais attendus à la barre le 8 septembre prochain pour répondre de coups et blessures.
        """
    assert next_hearings(english) == ["2020-11-24"], next_hearings(english)
    assert next_hearings(french) == ["2017-09-08"], next_hearings(french)


def test_an_offence_of_not_doing_is_an_item_of_its_list() -> None:
    report = """
        Militaires renvoyés

        Cotonou, le 13 juillet 2022 - Six militaires ont comparu devant la CRIET. On les poursuit pour complot
        contre la sûreté de l'Etat et non dénonciation de crime.
        """
    assert {"complot contre la sûreté de l'Etat", "non dénonciation de crime"} <= set(charges(report)), (
        charges(report)
    )


def test_disturbance_subversion_a_charge_before_the_polices_next_act_and_convicting_the_defendants_of() -> (
    None
):
    for told, offences in (
        (
            "They stand accused of resisting arrest, rescuing persons in custody and disturbance of court.",
            {"resisting arrest", "disturbance of court"},
        ),
        ("Police arrested one, charged him with DV assault and held him in custody.", {"DV assault"}),
        (
            "The judge found enough to convict the 13 remaining defendants of subversive activities.",
            {"subversive activities"},
        ),
    ):
        report = f"""
            Eight remanded

            ACCRA, June 28, 2019 - Three men appeared at the Accra Circuit Court. {told}
            """
        assert offences <= set(charges(report)), (told, charges(report))


def test_the_one_who_committed_the_offence_or_whose_post_arrest_bail_plea_it_is_is_the_accused() -> None:
    report = """
        Bail plea put off

        ISLAMABAD, Sept 13, 2023 - The Anti-Terrorism Court sat on Tuesday. According to the charge, Abdul
        Razak Osman, 53, committed the offence by means of a TikTok clip. The court once more put off the
        hearing of PTI President Parvez Elahi's post-arrest bail plea.
        """
    assert_roles(report, ("Abdul Razak Osman", "Parvez Elahi"), "defendant")


def test_the_one_alleged_to_have_done_it_is_the_accused() -> None:
    report = """
        Manager remanded

        ACCRA, June 28, 2019 - The Accra Circuit Court remanded a man. Stephen Agordotse was Operations
        Manager at Discovery Logistics in Lagos. He is alleged to have made off with the company's vehicle.
        """
    assert_roles(report, ("Stephen Agordotse",), "defendant")


def test_a_president_of_a_named_tribunal_in_apposition_is_the_judge() -> None:
    report = """
        Reprise des audiences

        Bangui, le 23 octobre 2020 - Jean Kossi a été condamné par le tribunal de Kaga-Bandoro. Anatole
        Wedemona, président du tribunal de Kaga-Bandoro, salue cette reprise. Marie Zanga, présidente de
        l'Association des droits de l'Homme, aussi.
        """
    found = roles(report)
    assert found.get("Anatole Wedemona") == "judge", found
    assert "Marie Zanga" not in found, found


def test_a_nickname_quoted_between_given_name_and_surname_is_part_of_no_one_else() -> None:
    report = """
        Three men arraigned

        BRUNSWICK, July 17, 2020 - Greg Carter, his son Travis Carter and their neighbour
        William "Roddie" Bryan were arraigned by webcam on Friday. The judge set the trial for October.
        """
    found = roles(report)
    assert found.get("William Bryan") == "defendant", found
    assert "Roddie" not in " ".join(found), found


def test_the_second_of_a_pair_of_victims_keeps_the_victim_role_whatever_verb_follows() -> None:
    report = """
        Robbery charge

        DURBAN, March 6, 2025 - Sipho Dlamini, who was first arrested over the murders of Kiernan Forbes and
        Tebello Motsoane, appeared in the magistrate's court on Thursday on a robbery charge.
        """
    found = roles(report)
    assert found.get("Tebello Motsoane") == "victim", found
    assert found.get("Sipho Dlamini") == "defendant", found


def test_counsel_the_accused_has_or_seeks_is_no_apposition_of_the_name_after_it() -> None:
    report = """
        Remanded

        GABORONE, Oct 23, 2018 - David Kgowe, 45, is charged with murder. When the court asked if he meant
        to hire counsel, Kgowe said he would defend himself.
        """
    assert roles(report).get("David Kgowe") == "defendant"


def test_the_victim_told_by_kin_then_named_after_a_comma_is_the_victim() -> None:
    report = """
        Killed for a cow's head

        GABORONE, Oct 23, 2018 - The magistrate remanded a man on Tuesday. David Kgowe, 45, is charged with
        murdering his relative, Lemogang Motsholathebe.
        """
    found = roles(report)
    assert found.get("Lemogang Motsholathebe") == "victim", found
    assert found.get("David Kgowe") == "defendant", found


def test_one_presented_to_the_judges_in_any_tense_is_the_accused() -> None:
    report = """
        Retour en prison

        Djibouti, le 11 janvier 2016 - Le 10 janvier, Omar Ali Ewado était présenté aux juges des flagrants
        délits. Le dossier a été mis en délibéré.
        """
    assert roles(report).get("Omar Ali Ewado") == "defendant"


def test_the_one_a_court_appearance_is_for_is_the_accused_in_french_too() -> None:
    report = """
        Délibéré dimanche

        Djibouti, le 11 janvier 2016 - Nouvelle comparution, hier 10 janvier 2016, pour Omar Ali Ewado. Le
        militant est retourné en prison.
        """
    assert roles(report).get("Omar Ali Ewado") == "defendant"


def test_a_station_and_its_commander_in_an_apposition_name_no_one() -> None:
    report = """
        Seven officers in court

        MTWARA, March 8, 2022 - The case was adjourned until March 22.

        The seven accused are:
        1. Gilbert Kalanje, Mtwara District Detective (OC CID), the first accused;
        2. Charles Onyango, Mtwara Police Station Commander (OCS);
        3. Charles Kisinza, Mtwara Regional Criminal Intelligence Officer;
        4. John Msuya, Inspector of Police.
        """
    found = roles(report)
    assert {name for name, role in found.items() if role == "defendant"} == {
        "Gilbert Kalanje",
        "Charles Onyango",
        "Charles Kisinza",
        "John Msuya",
    }, found


def test_the_group_a_court_sends_to_prison_and_lists_after_they_are_is_the_accused() -> None:
    report = """
        Ex-soldiers remanded

        FREETOWN, Aug 4, 2023 - Magistrate Mark Ngegba on Thursday sent five men, among them retired army
        officers, to the Male Correctional Centre at Pademba Road. They are:
        - Morlai Bai Shebura Kamara, 52;
        - Saccoh Kamara, 40, a petty trader;
        - Osman Conteh, 61, a farmer.
        """
    found = roles(report)
    assert found.get("Saccoh Kamara") == "defendant", found
    assert found.get("Mark Ngegba") == "judge", found


def test_a_retired_rank_between_the_bullet_and_the_name_is_the_name_s_title() -> None:
    report = """
        Ex-soldiers remanded

        FREETOWN, Aug 4, 2023 - Five men were sent to prison on Thursday. They are:
        - retired Captain Milton Sam Bangura, 53, gold miner;
        - retired Major Matthew Sorie Kamara, 57, businessman;
        - Saccoh Kamara, 40, a petty trader.
        """
    found = roles(report)
    assert found.get("Captain Milton Sam Bangura", found.get("Milton Sam Bangura")) == "defendant", found


def test_a_list_the_bench_acts_on_in_the_active_voice_is_the_accused() -> None:
    report = """
        Ex-soldiers remanded

        FREETOWN, Aug 4, 2023 - The magistrate remanded the following accused persons on Thursday:
        - Milton Sam Bangura, 53, gold miner;
        - Matthew Sorie Kamara, 57, businessman;
        - Saccoh Kamara, 40, a petty trader.
        """
    found = roles(report)
    assert found.get("Saccoh Kamara") == "defendant", found


def test_those_told_their_fate_after_an_arrest_participle_are_the_accused() -> None:
    report = """
        Ivoire : cinq condamnés

        Libreville, le 20 juillet 2016 - Interpellés les 22 et 23 avril en possession de 8 kg d'ivoire, Lamidi
        Adjaho, Jean Koutou et Jean-Firmin Ekazama ont été fixés sur leur sort devant le tribunal de Makokou.
        """
    found = roles(report)
    assert {name for name, role in found.items() if role == "defendant"} == {
        "Lamidi Adjaho",
        "Jean Koutou",
        "Jean-Firmin Ekazama",
    }, found


def test_a_cite_is_a_place_not_a_person() -> None:
    report = """
        Douze militants jugés

        Dakar, le 5 mars 2021 - Hier, les douze militants interpellés à la Cité Keur Gorgui ont été fixés sur
        leur sort devant le tribunal des flagrants délits de Dakar. Moussa Diop a pris un mois avec sursis.
        """
    found = roles(report)
    assert "Keur Gorgui" not in found and "Cité Keur Gorgui" not in found, found


def test_a_court_named_after_its_magistrates_is_no_group_a_list_unfolds() -> None:
    report = """
        Three remanded for illegal possession of military uniforms

        OSOGBO, July 20, 2018 - Three men appeared yesterday before an Osogbo Chief Magistrates' Court over
        alleged breach of the peace. They are Ogundeji Mutiu, 31, Akeem Yekini, 26 and Isiaka Kehinde, 22.
        """
    found = roles(report)
    assert {name for name, role in found.items() if role == "defendant"} == {
        "Ogundeji Mutiu",
        "Akeem Yekini",
        "Isiaka Kehinde",
    }, found


def test_a_magistrate_who_orders_their_remand_orders_detention() -> None:
    report = """
        Three remanded

        OSOGBO, July 20, 2018 - Ogundeji Mutiu, 31, appeared yesterday before the court charged with theft.
        Magistrate Aishat Oloyade ordered his remand, saying the offence was grave.
        """
    assert ("2018-07-19", "detention_ordered") in rulings(report)


def test_a_hearing_that_continues_on_a_day_names_the_next_hearing() -> None:
    report = """
        Three remanded

        OSOGBO, July 20, 2018 - Ogundeji Mutiu, 31, appeared yesterday before the court charged with theft.
        His bail request was refused. Hearing continues on August 2.
        """
    assert next_hearings(report) == ["2018-08-02"]


def test_a_bail_bid_that_failed_is_bail_denied_and_going_back_to_custody_is_detention() -> None:
    report = """
        No bail for teen

        CHRISTCHURCH, 4 April 2019 - A teen charged with distributing objectionable material appeared in the
        Youth Court today: his bail bid has failed. John Smith, 16, goes back into custody until 7 May.
        """
    found = {kind for _, kind in rulings(report)}
    assert {"bail_denied", "detention_ordered"} <= found, found


def test_the_counts_between_two_dashes_end_at_the_second_dash() -> None:
    report = """
        Three remanded

        OSOGBO, July 20, 2018 - Pleading not guilty to the five counts — conspiracy, unlawful possession,
        assault and breach of the peace — Ogundeji Mutiu and Akeem Yekini asked to be released on bail.
        """
    assert charges(report) == ["conspiracy", "unlawful possession", "assault", "breach of the peace"]


def test_counsel_of_a_firm_told_in_an_apposition_with_commas_who_acted_for_the_accused() -> None:
    report = """
        Gardaí in court

        LIMERICK, Sept 13, 2019 - John Banda, 41, is charged with theft. Liz Hughes, of Hughes Murphy
        Solicitors in Wellington Quay, Dublin, acted for every one of the accused. Paul Nugent, of Houston's
        Nugent & Peterson, who acted for Banda, said the risk was small.
        """
    found = roles(report)
    assert found.get("Liz Hughes") == "defense_counsel", found
    assert found.get("Paul Nugent") == "defense_counsel", found


def test_a_police_officer_named_after_for_the_prosecution_is_the_prosecutor() -> None:
    report = """
        Arson suspects bailed

        ACCRA, Feb 10, 2022 - John Mensah, 30, is charged with arson. For the prosecution, Detective Sergeant
        Richard Amoah objected to bail.
        """
    assert roles(report).get("Richard Amoah") == "prosecutor"


def test_a_public_defender_and_attorneys_at_law_are_titles_not_names() -> None:
    report = """
        Converter thefts

        SACRAMENTO, May 3, 2023 - John Hamilton is charged with theft. His lawyer, Assistant Public Defender
        Tatiana Cottam, could not say. Attorneys-at-law Carole Phillips and Donahue Martin represented him.
        """
    found = roles(report)
    assert found.get("Tatiana Cottam") == "defense_counsel", found
    assert found.get("Carole Phillips") == "defense_counsel", found


def test_the_day_a_defendant_will_be_tried_is_the_next_hearing_whichever_comes_first() -> None:
    for sentence in (
        "Henry Generet sera jugé le 7 septembre pour l'assassinat de sa compagne.",
        "Le 7 septembre, Henry Generet sera jugé pour l'assassinat de sa compagne.",
        "Premier dossier au rôle, le 7 septembre : Henry Generet sera jugé pour l'assassinat de sa compagne.",
    ):
        report = f"""
        Assises de Liège

        Liège, le 20 août 2020 - {sentence}
        """
        assert next_hearings(report) == ["2020-09-07"], sentence


def test_a_name_closing_its_sentence_is_taken_up_by_a_demonstrative_describing_it() -> None:
    report = """
        Assises de Liège

        Liège, le 20 août 2020 - On commence le 7 septembre avec Henry Generet. Ce Verviétois de 37 ans est
        accusé d'avoir assassiné sa compagne.
        """
    assert roles(report).get("Henry Generet") == "defendant"


def test_alleged_opening_a_headline_and_an_anchorage_area_name_no_one() -> None:
    report = """
        Alleged Kasoa teen killers denied bail

        ACCRA, Feb 10, 2022 - Kwame Boateng, 17, was denied bail on Thursday. He was arrested at the Lagos
        Anchorage Area, the court heard.
        """
    found = roles(report)
    assert not {"Alleged Kasoa", "Anchorage Area", "Lagos Anchorage Area"} & set(found), found


def test_a_verdict_told_by_its_term_is_a_conviction() -> None:
    for sentence in (
        "Le verdict est tombé le 20 juillet 2018 : 12 mois de prison ferme pour Yao Kouassi.",
        "Le 20 juillet 2018, le tribunal a jugé Yao Kouassi et Kanga Raymond : 12 mois ferme pour chacun.",
    ):
        report = f"""
        Pangolin

        Abidjan, le 21 juillet 2018 - {sentence}
        """
        assert ("2018-07-20", "convicted") in rulings(report), sentence


def test_a_chamber_that_decides_to_keep_the_accused_in_detention_denies_release() -> None:
    report = """
        Cadavres en Meuse

        Liège, le 12 août 2021 - Ce lundi, le suspect a été présenté à la chambre du conseil de Liège. Son
        avocat, Me Fabrice Giovannangeli, a plaidé pour une remise en liberté. La juridiction a malgré tout
        décidé de le maintenir en détention.
        """
    assert ("2021-08-09", "bail_denied") in rulings(report)


def test_those_whose_freedom_a_bail_sum_buys_are_the_accused() -> None:
    report = """
        Women get $6m bail each

        PORT OF SPAIN, June 3, 2021 - Freedom will cost $6 million each for Krystiana Sankar and Yannis
        Augustine. Defence attorney Criston J Williams, appearing for Augustine, asked for the case's details.
        """
    found = roles(report)
    assert found.get("Krystiana Sankar") == "defendant", found
    assert found.get("Yannis Augustine") == "defendant", found


def test_a_long_aside_between_the_charges_and_their_colon_still_opens_the_bulleted_list() -> None:
    report = """
        Bail refused

        MACKAY, Dec 29, 2021 - James Charles Brown, 30, appeared before the Mackay Magistrates Court.

        The charges, all linked to events alleged to have happened at Sarina on December 27, are:
        - unlawful use of a motor vehicle;
        - evading police;
        - obstructing a police officer.
        """
    assert set(charges(report)) >= {"unlawful use of a motor vehicle", "evading police"}


def test_one_who_appeared_for_his_own_arraignment_is_the_accused() -> None:
    report = """
        Man remanded

        NASSAU, Nov 10, 2020 - Carl Ferguson appeared for his murder arraignment before Chief Magistrate
        Roberto Reckley.
        """
    found = roles(report)
    assert found.get("Carl Ferguson") == "defendant", found


def test_a_term_taken_after_an_incise_between_commas_is_a_conviction() -> None:
    report = """
        Antenne-relais incendiée

        Douai, le 31 juillet 2020 - Jeudi 30 juillet, deux hommes, Jean Martin et Paul Leroy, ont écopé pour
        cela, respectivement, d'un an et de 9 mois d'emprisonnement ferme.
        """
    assert ("2020-07-30", "convicted") in rulings(report)


def test_one_taken_straight_to_detention_after_the_decision_is_detained_by_it() -> None:
    report = """
        Antenne-relais incendiée

        Douai, le 31 juillet 2020 - Jeudi 30 juillet, le tribunal a condamné Jean Martin à un an ferme.
        Présenté comme le meneur, il a été conduit tout droit en détention sitôt la décision rendue.
        """
    assert ("2020-07-30", "detention_ordered") in rulings(report)


def test_one_who_vanished_after_an_apposition_is_the_victim() -> None:
    report = """
        Daughter accused of mother's murder

        STAFFORD, Oct 9, 2020 - Mary Hill, of Shifnal, vanished in June. Anna Stone, 38, is charged with her
        murder and appeared at Stafford Crown Court on Friday.
        """
    found = roles(report)
    assert found.get("Mary Hill") == "victim", found


def test_appearing_at_a_court_on_a_day_far_down_the_report_dates_its_hearing() -> None:
    report = """
        Star | News | Crime | Sport

         date 2020-10-09 Daughter back before judge

        Accused of killing her mother, a woman has been back in the dock.

        Photo: the family home

        The mother vanished in June; a month on, her remains were found.

        Anna Stone, the daughter, stands charged with her murder.

        Appearing at Stafford Crown Court on Friday, Stone, 38, did not enter any pleas.

        Proceedings were adjourned by Judge Paul Glenn, who remanded Stone in custody.
        """
    assert ("2020-10-09", "adjourned") in rulings(report), rulings(report)


def test_the_day_of_the_main_verb_after_an_arrest_participle_is_the_court_s() -> None:
    report = """
        24 suspects sent to custody

         date 2020-11-04 Kano court

        KANO — No fewer than 24 people arrested over the protest in Kano State were on Wednesday ordered
        remanded by a Chief Magistrate Court sitting at Nomansland. They are charged with riot.
        """
    assert ("2020-11-04", "detention_ordered") in rulings(report), rulings(report)


def test_an_offence_spelt_with_a_hyphen_is_the_charge_before_its_noun() -> None:
    report = """
        Stay refused

        HARARE, May 3, 2023 - Vimbai Dzingirai faces a cyber-bullying charge over social media posts. The
        magistrate remanded her to May 17.
        """
    assert charges(report) == ["cyber-bullying"], charges(report)


def test_a_defendant_who_must_return_to_a_named_court_on_a_day_has_that_next_hearing() -> None:
    report = """
        Father and son stay in custody

        IPSWICH, Nov 30, 2021 - Judge Ann Moss refused bail to Tom Reed and Sam Reed on Monday, both charged
        with murder. Both defendants must return to Ipswich Crown Court on January 6, 2022.
        """
    assert next_hearings(report) == ["2022-01-06"], next_hearings(report)


def test_a_page_that_opens_on_its_lead_reads_the_offences_of_that_first_sentence() -> None:
    # no headline: the first sentence is prose, not a headline's paraphrase of the case
    report = (
        "Deux hommes interpellés samedi soir à Rennes, en marge d'un barrage routier, ont été jugés cet "
        "après-midi pour menaces de mort, rébellion et violences. Le parquet réclamait de la prison ferme ; "
        "ils repartent avec du sursis.\n"
    )
    assert charges(report) == ["menaces de mort", "rébellion", "violences"], charges(report)


_OSOGBO_LEAD = """
        Court remands youths

        OSOGBO, June 17, 2019 - Twenty men appeared before a Chief Magistrates' Court on Monday charged with
        breach of public peace. Their counsel urged the court to admit all of them to bail on liberal terms.
        """


def test_a_day_fixed_for_the_next_hearing_is_an_adjournment_on_the_day_the_court_sat() -> None:
    report = _OSOGBO_LEAD + "She fixed June 25 for the next hearing.\n"
    assert ("2019-06-17", "adjourned") in rulings(report), rulings(report)


def test_an_order_that_the_accused_be_kept_behind_bars_is_a_detention_order() -> None:
    report = _OSOGBO_LEAD + "The magistrate ordered that the accused be kept behind bars until then.\n"
    assert ("2019-06-17", "detention_ordered") in rulings(report), rulings(report)


def test_a_crowd_demanding_that_the_accused_be_kept_behind_bars_is_no_detention_order() -> None:
    report = _OSOGBO_LEAD + "Outside, women stood with placards demanding that the men be kept behind bars.\n"
    assert ("2019-06-17", "detention_ordered") not in rulings(report), rulings(report)


def test_warrants_of_committal_the_accused_were_given_are_a_detention_order() -> None:
    report = """
        Neuf nouveaux détenus

        Présentés au juge du tribunal de Cotonou ce mercredi 11 mai 2022, neuf présumés escrocs se sont vu
        décerner des mandats de dépôt. Ils resteront en détention jusqu'à leur procès.
        """
    assert ("2022-05-11", "detention_ordered") in rulings(report), rulings(report)


def test_accused_who_were_heard_before_a_decision_make_no_request_of_it() -> None:
    # "entendus": heard by the judge, not "entend faire appel" (an intention)
    report = """
        Neuf nouveaux détenus

        Présentés au juge du tribunal de Cotonou ce mercredi 11 mai 2022, neuf présumés escrocs ont été
        entendus puis placés sous mandat de dépôt.
        """
    assert ("2022-05-11", "detention_ordered") in rulings(report), rulings(report)


def test_a_publication_marker_glued_to_the_end_of_the_standfirst_dates_the_page() -> None:
    standfirst = (
        "Conséquence des troubles qui ont secoué le week-end les villes du nord de l'île, la comparution "
        "immédiate de ce lundi a connu une affluence inhabituelle, et les premières sanctions sont sévères. "
        "Par Paul Durand - Publié le Mardi 4 Juillet 2023 à 11:21"
    )
    report = (
        "A la Une . Nuit d'émeutes : les premières condamnations\n\n"
        f"{standfirst}\n\n"
        "Trois jeunes majeurs, jugés pour attroupement, écopent chacun de 18 mois d'emprisonnement.\n"
    )
    articles = parse_bytes(report.encode(), "x.txt").articles
    assert [a.published for a in articles] == [dt.date(2023, 7, 4)]


def test_a_day_a_case_is_put_off_to_is_the_next_hearing_on_a_page_without_a_dateline() -> None:
    # no dateline: the article's latest day stands in for it, and a day put off to is no day past
    report = """
        Treason trial put off

        By Staff Writer

        The trial of Peter Lual and seven co-accused before the Special Court will not go on this week. "It is
        this balance of interests that led the court to defer this session to the coming Monday, 29 September
        2025," the court's spokesman said.
        """
    assert next_hearings(report) == ["2025-09-29"], next_hearings(report)


def test_a_day_fixed_for_further_hearing_is_not_the_day_the_court_sat() -> None:
    # the page was saved after the day set: that day is past, and still not the one the court sat
    report = """
        date 2025-05-23

        Cultism: court remands two

        Two men charged with belonging to an unlawful society were remanded by an Ikeja Magistrates' Court.
        The magistrate sent the case file to the DPP for advice and fixed May 21, 2025 for further hearing.
        """
    assert ("2025-05-21", "detention_ordered") not in rulings(report), rulings(report)


def test_unfaithful_management_opens_a_list_of_offences_as_their_head() -> None:
    # "gestion déloyale" (Swiss criminal code): an offence's name, the first of the list
    report = """
        Un élu condamné

        Trente mois de prison, dont douze ferme : c'est la sanction infligée à l'ancien municipal pour gestion
        déloyale, corruption et blanchiment d'argent. Le tribunal de Lausanne a suivi le procureur.
        """
    assert charges(report) == ["gestion déloyale", "corruption", "blanchiment d'argent"], charges(report)


def test_two_terms_inflicted_one_per_accused_are_a_conviction() -> None:
    report = """
        Procès en appel

        DRAGUIGNAN, 15 mai 2019 - Un père et son fils sont rejugés par la cour d'assises du Var : le 14
        décembre 2017, les assises des Bouches-du-Rhône leur avaient infligé respectivement trente et treize
        ans de réclusion.
        """
    assert ("2017-12-14", "convicted") in rulings(report), rulings(report)


def test_what_they_were_reproached_announced_before_a_colon_is_the_bulleted_list_below() -> None:
    report = """
        Sursis pour les manifestants

        ANTANANARIVO, 12 janvier 2019 - Le tribunal correctionnel a condamné les manifestants à du sursis.

        On leur reprochait deux choses :
        - attroupement illicite ;
        - rébellion.
        """
    assert charges(report) == ["attroupement illicite", "rébellion"], charges(report)


def test_a_fine_given_or_a_defendant_fined_is_a_conviction() -> None:
    for sentence in (
        "Ong Kim Hwa was given the S$3,500 fine on June 10.",
        "Ong Kim Hwa was fined S$3,500 by a district court on June 10.",
        "On June 10 the district judge fined him S$3,500.",
    ):
        report = f"""
            Man fined for breaking safe distancing rules

            SINGAPORE, June 13, 2020 - A man admitted to two charges in the District Court. {sentence}
            """
        assert ("2020-06-10", "convicted") in rulings(report), sentence


_COURT_NEWS = "Court news\n\nLONDON, March 3, 2020 - "


def test_those_due_to_return_to_a_named_court_are_the_accused() -> None:
    report = _COURT_NEWS + "Darren Flint and Jordan Hale are due to return to Shrewsbury Crown Court.\n"
    assert roles(report) == {"Darren Flint": "defendant", "Jordan Hale": "defendant"}, roles(report)


def test_one_who_did_not_appear_before_the_court_is_the_accused_all_the_same() -> None:
    report = _COURT_NEWS + "The 25-year-old, Manod Marx, chose not to appear before Melbourne Local Court.\n"
    assert roles(report) == {"Manod Marx": "defendant"}, roles(report)


def test_the_facts_a_session_s_cases_bear_on_are_the_list_after_the_colon() -> None:
    report = """
        Session criminelle

        PARAKOU, 15 juillet 2024 - La cour d'assises de Parakou a ouvert sa session. Douze affaires sont
        inscrites au rôle. Elles portent sur des faits graves : meurtres, coups mortels et viols sur mineurs.
        """
    assert charges(report) == ["meurtres", "coups mortels", "viols sur mineurs"], charges(report)


def test_a_decision_granting_the_prosecution_s_requests_is_no_request_of_its_own() -> None:
    report = """
        Libérés

        YAOUNDÉ, 15 décembre 2018 - Au tribunal militaire de Yaoundé, vendredi 14 décembre 2018, la présidente
        accède aux réquisitions et constate l'arrêt des poursuites contre les 289 détenus.
        """
    assert ("2018-12-14", "dismissed") in rulings(report), rulings(report)


def test_a_bench_that_convicted_the_accused_in_the_active_is_a_conviction() -> None:
    report = """
        Ex-mayor convicted

        MANILA, April 17, 2019 - In its April 5 decision, the anti-graft court's 2nd Division convicted former
        mayor Myra Torez of graft.
        """
    assert ("2019-04-05", "convicted") in rulings(report), rulings(report)


def test_the_convicted_man_the_court_heard_of_is_no_conviction() -> None:
    report = """
        Inquest opens

        MANILA, April 17, 2019 - On April 5 the Manila Regional Trial Court heard that the convicted man had
        escaped twice.
        """
    assert ("2019-04-05", "convicted") not in rulings(report), rulings(report)


def test_a_verdict_told_then_the_day_it_fell_takes_that_day() -> None:
    report = """
        Dix ans de prison pour quatorze manifestants

        Quatorze personnes arrêtées en 2018 lors des marches de l'opposition ont chacune écopé de 10 ans de
        réclusion criminelle. Le verdict est tombé le lundi 3 février 2025 devant le tribunal de Lomé.
        """
    assert ("2025-02-03", "convicted") in rulings(report), rulings(report)


_CHINHOYI = """
    Panners out on bail

    CHINHOYI, July 13, 2021 - Two men charged with robbery appeared before Chinhoyi Magistrates' Court on
    Monday.
    """


def test_bail_granted_to_the_accused_named_with_their_ages_is_granted() -> None:
    report = _CHINHOYI + "Magistrate Mel Rwizi granted Enoch Ndara (27) and Rod Ndoro (24) bail of $3 000.\n"
    assert ("2021-07-12", "bail_granted") in rulings(report), rulings(report)


def test_a_case_the_court_remanded_to_a_day_is_put_off_not_detained() -> None:
    report = _CHINHOYI + "Magistrate Melly Rwizi remanded the case to 29 August for routine remand.\n"
    assert rulings(report) == {("2021-07-12", "adjourned")}, rulings(report)


def test_what_the_court_did_after_its_reported_words_is_no_request() -> None:
    report = """
        Pupils remanded

        OSOGBO, February 24, 2021 - On Wednesday an Osogbo Chief Magistrates' Court sent three pupils to a
        correctional centre on remand. The magistrate said the trio would stay in custody, before adjourning
        until March for judgment.
        """
    assert ("2021-02-24", "adjourned") in rulings(report), rulings(report)


def test_a_decision_joined_after_the_court_s_reported_words_is_its_own() -> None:
    report = """
        Fitness report for robbery accused

        ROTORUA, September 30, 2019 - A man charged with armed robbery appeared in the Rotorua District Court
        today. The judge said suppression of his name would stay in place until that report is available, and
        remanded him in custody until October 21.
        """
    assert ("2019-09-30", "detention_ordered") in rulings(report), rulings(report)


def test_a_day_fixed_for_commencement_of_hearing_is_an_adjournment() -> None:
    report = """
        Magistrate warns against adjournments

        LOKOJA, May 25, 2023 - Ruling on the matter yesterday, the Lokoja Chief Magistrate fixed June 7 for
        commencement of hearing in the case.
        """
    assert ("2023-05-24", "adjourned") in rulings(report), rulings(report)


def test_a_byline_date_followed_by_its_weekday_and_an_at_sign_clock_dates_the_page() -> None:
    report = (
        "Court frees man arrested over cannabis\n\n"
        "General |Author: Dan Laur Edited by: Bet Bonne | September 8, 2017, Friday @ 10:36| 4978 views\n\n"
        "A man aged 62 walked free on Thursday on the orders of the Magistrates' Court.\n"
    )
    articles = parse_bytes(report.encode(), "x.txt").articles
    assert [a.published for a in articles] == [dt.date(2017, 9, 8)]


def test_a_page_stamp_that_glues_the_year_to_its_comma_dates_the_page() -> None:
    report = (
        "Politician sent to jail on judicial remand\n\n"
        "06 September,2023 12:23 pm\n\n"
        "KARACHI (Web Desk) - The politician will stay in prison, an anti-terrorism court ordered.\n"
    )
    articles = parse_bytes(report.encode(), "x.txt").articles
    assert [a.published for a in articles] == [dt.date(2023, 9, 6)]


def test_a_day_in_someone_s_quoted_words_is_no_hearing_day() -> None:
    report = """
        Un prévenu absent

        MONACO, 10 janvier 2018 - Devant le tribunal correctionnel, le juge explique pourquoi le prévenu n'est
        pas là : « Depuis le 13 décembre 2017, il se trouve à la maison d'arrêt de Nice. »
        """
    assert "2017-12-13" not in held(report), held(report)


def test_today_s_session_is_the_day_the_court_sat() -> None:
    report = """
        date 2017-08-10 10 August 2017

        Bail refused for 44 officials

        Bail has been denied by Federal High Court judges to the 44 officials suspected of corruption.

        They are drawn from five institutions, among them the Sugar Corporation and the Roads Authority.

        The five institutions had been audited by the Federal Auditor General in the previous year.

        The audit reports named several procurement contracts awarded without tenders.

        The bench took up the files over two days. In today's session it allowed police investigators another
        14 days.
        """
    assert ("2017-08-10", "bail_denied") in rulings(report), rulings(report)


def test_one_who_goes_before_the_bench_is_the_accused() -> None:
    report = """
        Policier suspect : décision reportée

        BRUXELLES, 20 septembre 2017 - Il faudra attendre mercredi pour que Mohammed Salah passe devant la
        chambre du conseil de Bruxelles.
        """
    assert roles(report) == {"Mohammed Salah": "defendant"}, roles(report)


def test_a_penalty_inflicted_by_a_court_named_at_length_is_a_conviction() -> None:
    report = """
        Agadir : dix ans de réclusion

        AGADIR, 8 octobre 2025 - Dix ans de réclusion criminelle : c'est la peine infligée mardi par la
        Chambre criminelle de première instance près la Cour d'appel d'Agadir à un homme.
        """
    assert ("2025-10-07", "convicted") in rulings(report), rulings(report)


_BINDURA = """
    Stock theft accused out on bail

    BINDURA, October 8, 2018 - A farmer charged with stock theft appeared before Bindura Magistrates' Court on
    Monday.
    """


def test_remanded_to_a_day_on_bail_is_no_detention_order() -> None:
    report = _BINDURA + "The magistrate remanded him to October 21 on $50 000 bail.\n"
    assert ("2018-10-08", "detention_ordered") not in rulings(report), rulings(report)


def test_one_who_remains_held_without_bail_is_in_a_state_not_under_a_new_order() -> None:
    report = _BINDURA + "His co-accused, a herdsman, remains held without bail.\n"
    assert ("2018-10-08", "detention_ordered") not in rulings(report), rulings(report)


def test_time_already_spent_on_remand_is_no_detention_order() -> None:
    report = _BINDURA + "The magistrate fined him, crediting the year he had already spent on remand.\n"
    assert ("2018-10-08", "detention_ordered") not in rulings(report), rulings(report)


def test_jailed_as_an_adjective_after_a_determiner_is_no_conviction() -> None:
    report = _BINDURA + "His brother is the jailed leader of a cattle rustling gang.\n"
    assert ("2018-10-08", "convicted") not in rulings(report), rulings(report)


def test_a_remand_told_in_the_pluperfect_is_an_earlier_one() -> None:
    report = """
        Eleven out on bail

        MASAKA, January 22, 2021 - The Masaka Chief Magistrate's Court heard the accused on Tuesday over Zoom.
        They spoke of Kitalya prison, where the military court had remanded them.
        """
    assert ("2021-01-19", "detention_ordered") not in rulings(report), rulings(report)


def test_an_acquittal_of_an_offence_names_the_charge_the_accused_stood_trial_for() -> None:
    report = """
        MELBOURNE, May 3, 2022 - A judge of the County Court of Victoria sitting without a jury has given her
        verdicts. Phong Truoung, 56, was acquitted of cultivating cannabis, while Thi Bui was convicted of
        trafficking.
        """
    assert "cultivating cannabis" in charges(report)


def test_offences_first_then_the_people_a_colon_introduces_are_the_accused_listed_below() -> None:
    report = """
        Kankan, le 8 mai 2023 - Le tribunal de première instance de Kankan a rendu son jugement. Sont reconnus
        coupables de destruction de biens privés, de vols et de complicité les prévenus suivants :
        - Sékou KEITA,
        - Namory CONDÉ,
        - Ibrahima Daffé.
        """
    found = roles(report)
    assert found.get("Namory CONDÉ") == "defendant" and found.get("Ibrahima Daffé") == "defendant"
    assert "complicité" in charges(report)


def test_names_listed_under_a_term_passed_for_them_are_the_accused() -> None:
    report = """
        Parakou, le 30 novembre 2018 - La cour d'assises de Parakou a rendu son verdict hier.
        Peine de 10 ans de travaux forcés pour :
        - Odjo Fousséni ;
        - Agba Soumanou.
        Peine de 02 ans de travaux forcés, avec sursis total, pour :
        - Alassane Kpimbi Harissou ;
        - Alassane Kpimbi Sabikou.
        """
    found = roles(report)
    assert found.get("Agba Soumanou") == "defendant" and found.get("Alassane Kpimbi Sabikou") == "defendant"


def test_a_session_roll_told_as_offences_and_their_counts_names_the_charges() -> None:
    report = """
        Bamako, le 7 décembre 2017 - La cour d'assises de Bamako a ouvert hier sa deuxième session.
        Le procureur général a détaillé les 76 affaires à examiner :
        - vols qualifiés : 12
        - parricide : 1
        - assassinats : 6
        - faux et usage de faux : 5
        """
    found = charges(report)
    assert "vols qualifiés" in found and "assassinats" in found and "faux et usage de faux" in found


def test_those_on_trial_are_colon_then_a_name_a_line_are_the_accused_not_the_witnesses_before() -> None:
    report = """
        JUBA, March 12, 2014 - The treason trial before the special court was adjourned again on Tuesday
        because the prosecution's witnesses did not turn up.
        The four on trial are:
        - Pagan Amum Okiech, once the party's Secretary General;
        - Oyay Deng Ajak, a former Security Minister.
        """
    found = roles(report)
    assert found.get("Pagan Amum Okiech") == "defendant" and found.get("Oyay Deng Ajak") == "defendant"


def test_an_age_between_commas_then_the_repeated_de_goes_on_with_the_list() -> None:
    report = """
        Gagnoa, le 3 mars 2021 - Au tribunal de première instance de Gagnoa, trois prévenus se sont
        volatilisés avant le verdict. Il s'agit de Zako Bilé, 28 ans, et de Ikpo Franck et Gballou Jean Luc.
        """
    found = roles(report)
    assert found.get("Ikpo Franck") == "defendant" and found.get("Gballou Jean Luc") == "defendant"


def test_will_spend_years_in_rigorous_imprisonment_is_a_sentence_passed() -> None:
    report = """
        MUMBAI, Sept 17, 2022 - A 27-year-old man who groped a schoolgirl on her way home
        will spend three years in rigorous imprisonment, the Dindoshi Sessions Court ruled on Friday.
        """
    assert ("2022-09-16", "convicted") in rulings(report)


def test_a_charge_that_ended_in_an_acquittal_is_an_acquittal() -> None:
    report = """
        LUSAKA, May 15, 2017 - A charge of using insulting language brought against an opposition leader
        has ended in his acquittal at the Lusaka Magistrate Court today.
        """
    assert ("2017-05-15", "acquitted") in rulings(report)


def test_jailed_the_same_day_as_a_day_named_before_takes_that_day() -> None:
    report = """
        Le tribunal de grande instance hors classe de Niamey a relaxé le militant le 31 mars 2023. Les deux
        hommes avaient été arrêtés le 9 mars 2023 et écroués le même jour sous mandat de dépôt à la prison
        civile de Niamey.
        """
    assert ("2023-03-09", "detention_ordered") in rulings(report)


def test_customary_and_sharia_courts_are_courts() -> None:
    monarch = """
        FRANCISTOWN, Feb. 2, 2005 - The Monarch Customary Court has sentenced Simon Tapuwa to five strokes
        of the cane for theft.
        """
    assert "Monarch Customary Court" in courts(monarch)
    kaduna = """
        KADUNA, March 3, 2021 - The Upper Sharia Court in Tudun Wada has granted bail to two men charged with
        illegal possession of arms.
        """
    assert any(court and "Sharia Court" in court for court in courts(kaduna))
    mbabane = """
        MBABANE, Dec 2, 2022 - The Mbabane National Court has fined a man accused of threatening his neighbour
        over a disputed plot.
        """
    assert "Mbabane National Court" in courts(mbabane)


def test_ce_qui_leur_etait_reproche_colon_lists_the_charges() -> None:
    report = """
        Kananga, le 5 juin 2021 - Le tribunal militaire de garnison de Kananga a ouvert le procès de douze
        miliciens. Ce qui leur était reproché : participation à un mouvement insurrectionnel, crimes de
        guerre, association de malfaiteurs et terrorisme.
        """
    found = charges(report)
    assert "association de malfaiteurs" in found and "terrorisme" in found


def test_those_who_deny_wrongdoing_are_the_accused() -> None:
    report = """
        GLASGOW, Aug 3, 2018 - Three men appeared at Glasgow Sheriff Court charged with directing others to
        commit serious offences. All three - Brian Ferguson, Andrew Gallacher and Robert Pickett - deny
        wrongdoing.
        """
    assert roles(report).get("Andrew Gallacher") == "defendant"


def test_a_common_pleas_court_is_a_court() -> None:
    report = """
        CLEVELAND, Feb 9, 2023 - At his arraignment Thursday in Cuyahoga County Common Pleas Court, bond
        was set at $750,000 for a man accused of assaulting a police officer.
        """
    assert "Cuyahoga County Common Pleas Court" in courts(report)


def test_a_lodge_or_a_pharmacy_named_in_a_list_is_no_person() -> None:
    report = """
        LIRA, Sept 29, 2023 - The Anti-Corruption Court remanded four land officials. Those sent to jail are
        Joseph Ocen, 50, the land officer, businessman Peter Okodo, 37, who runs Galilee Pharmacy, and
        Eramu Opio, 57, who once chaired a land committee.
        """
    found = roles(report)
    assert "Galilee Pharmacy" not in found and found.get("Eramu Opio") == "defendant"


def test_a_people_in_the_plural_is_no_one_s_name() -> None:
    report = """
        GABORONE, Feb 10, 2021 - The Village Magistrate's Court chief magistrate, Mr Daniel Nkau, on Monday
        ordered two South Africans to pay P5000 on each of two counts for illegally possessing firearms.
        """
    assert "South Africans" not in roles(report)


def test_one_who_owned_up_to_or_admitted_the_counts_is_the_accused() -> None:
    owned = """
        FREEPORT, May 5, 2020 - Before a Freeport magistrate, Seagrape resident Andrew Harvey owned up to
        three counts: violating curfew, not wearing a mask, and resisting arrest.
        """
    assert roles(owned).get("Andrew Harvey") == "defendant"
    admitted = """
        PORT OF SPAIN, March 4, 2021 - At the Arima High Court, Ronald Cobham, of George Street, took the
        unusual step on Monday of admitting murder, knowing the death penalty would follow.
        """
    assert roles(admitted).get("Ronald Cobham") == "defendant"


def test_a_thousands_comma_in_an_amount_does_not_cut_the_charge() -> None:
    report = """
        SUVA, June 3, 2023 - Two of the eight accused before the Suva Magistrates Court are further charged
        with possessing more than $7,000 in cash suspected to be proceeds of crime.
        """
    assert charges(report) == ["possessing more than $7,000 in cash suspected to be proceeds of crime"]


def test_the_counts_they_answer_to_border_on_among_others_a_list() -> None:
    report = """
        OSOGBO, March 5, 2022 - Seven people were arraigned before the Osun State High Court. The 11 counts
        they answer to border on, among others, conspiracy to commit murder, felony and altering of evidence.
        """
    assert charges(report) == ["conspiracy to commit murder", "felony", "altering of evidence"]


def test_a_complaint_charging_him_with_colon_lists_the_charges_below() -> None:
    report = """
        RAPID CITY, Jan 8, 2019 - At his appearance in Pennington County Court, the man faced a criminal
        complaint charging him with:
        - second-degree rape;
        - aggravated assault with a deadly weapon;
        - obstruction.
        """
    assert charges(report) == ["second-degree rape", "aggravated assault with a deadly weapon", "obstruction"]


def test_the_identity_the_bench_reads_out_names_the_accused() -> None:
    report = """
        Abidjan, le 12 mai 2019 - Au tribunal des flagrants délits d'Abidjan-Plateau, la juge a condamné
        plusieurs voleurs à la prison ferme.
        -Koné Daouda, né en 1991, sans emploi. Il vous est reproché d'avoir volé un téléphone.
        """
    assert roles(report).get("Koné Daouda") == "defendant"


def test_those_who_face_allegations_are_the_accused() -> None:
    report = """
        SUVA, Nov 29, 2018 - Two police officers were brought before the Suva High Court this morning. The
        officers, Kelepi Kolinisau and Selema Tikoenaburevere, face allegations over the death of a man.
        """
    assert roles(report).get("Selema Tikoenaburevere") == "defendant"


def test_a_known_seat_before_the_high_court_names_it() -> None:
    report = """
        JOHANNESBURG, May 4, 2021 - The Johannesburg High Court revoked the soldier's bail on Tuesday and
        sent him back to custody.
        """
    assert "Johannesburg High Court" in courts(report)


def test_a_renvoi_told_with_de_nouveau_inside_the_verb_is_an_adjournment() -> None:
    report = """
        Conakry, le 20 avril 2016 - Au tribunal de première instance de Kaloum, le procès de Mamadou Bah a
        de nouveau été reporté, à la demande de la défense, lors de l'audience du mardi 19 avril.
        """
    assert ("2016-04-19", "adjourned") in rulings(report)


def test_without_a_dateline_a_renvoi_followed_by_ce_and_a_day_is_dated_that_day() -> None:
    report = """
        Le procès de Mamadou Bah devant le tribunal de première instance de Kaloum a été reporté ce 12
        avril, à sa demande. Il en avait déjà obtenu un lors de la première audience, le mardi 5 avril.

        L'affaire revient le mardi 19 avril 2016 devant le tribunal de première instance de Kaloum.
        """
    assert ("2016-04-12", "adjourned") in rulings(report)
    assert ("2016-04-19", "adjourned") not in rulings(report)


def test_accused_discharged_on_a_day_by_a_judge_are_dismissed() -> None:
    report = """
        BANJUL, June 13, 2019 - Lamin Jobe and Awa Ceesay were discharged on 12 June, 2019 by Justice Musa
        Bah of the High Court in Banjul after the state dropped the case.
        """
    assert ("2019-06-12", "dismissed") in rulings(report)


def test_a_patient_discharged_from_hospital_is_no_dismissal() -> None:
    report = """
        BANJUL, June 13, 2019 - Lamin Jobe, who was discharged from hospital on Monday, appeared before the
        High Court in Banjul.
        """
    assert not any(kind == "dismissed" for _, kind in rulings(report))


def test_judges_who_give_the_accused_back_their_liberty_grant_release() -> None:
    report = """
        Djibouti, le 23 juin 2011 - Mercredi 22 juin 2011, les juges de la chambre d'accusation de la cour
        d'appel de Djibouti ont décidé de rendre d'office leur liberté aux six opposants incarcérés.
        """
    assert ("2011-06-22", "bail_granted") in rulings(report)


def test_a_hearing_that_did_not_give_them_back_their_liberty_grants_no_release() -> None:
    report = """
        Cotonou, le 21 février 2018 - Au tribunal de première instance de Cotonou, l'audience d'hier ne leur a
        pas rendu la liberté : le dossier est renvoyé au 6 mars.
        """
    assert not any(kind == "bail_granted" for _, kind in rulings(report))


def test_a_judge_who_discharged_two_men_held_without_trial_dismissed_their_case() -> None:
    report = """
        FREETOWN, Feb 3, 2022 - Yesterday, at the Ross Road Magistrates' Court, Justice Mary Koroma discharged
        two men who had been held in prison without their case ever being heard.
        """
    assert ("2022-02-02", "dismissed") in rulings(report)


def test_the_one_handed_a_charge_is_the_defendant() -> None:
    report = """
        SINGAPORE, Jan 25, 2024 - Tan Wei Ming was handed a single charge of attempted murder on Wednesday
        at the State Courts.
        """
    assert roles(report).get("Tan Wei Ming") == "defendant"


def test_names_with_the_two_accused_in_apposition_are_defendants() -> None:
    report = """
        KINGSTON, March 3, 2021 - Paul Brown and Owen Clarke, the two accused concerned, were not in court on
        Monday morning when the matter was called in the Home Circuit Court.
        """
    assert_roles(report, ("Paul Brown", "Owen Clarke"), "defendant")


def test_every_accused_person_after_a_judges_name_makes_no_defendant_of_the_judge() -> None:
    report = """
        LILONGWE, May 3, 2020 - Senior Resident Magistrate Peter Banda granted bail. Under the conditions set
        by Banda, every accused person must pay a K100,000 bail bond.
        """
    assert roles(report).get("Peter Banda") != "defendant"


def test_a_month_abbreviation_whose_dot_stands_for_the_space_names_the_next_hearing() -> None:
    report = """
        LAGOS, Sept 11, 2023 - A herdsman appeared before the Chief Magistrates' Court in Badagry on Monday.
        The magistrate granted him bail and put the case off until Oct.12 for mention.
        """
    assert next_hearings(report) == ["2023-10-12"]


def test_the_day_an_incident_happened_at_an_hour_is_no_hearing() -> None:
    report = """
        LAGOS, Sept 27, 2024 - The police prosecutor told the Badagry Magistrates' Court the incident happened
        at about 3.00pm on Sept 22 in the Caroline area. The magistrate remanded the defendant on Thursday.
        """
    assert "2024-09-22" not in held(report)


def test_an_arrest_in_an_apposition_leaves_the_day_the_sentences_verb_names() -> None:
    report = """
        NAIROBI, April 6, 2019 - Their governor, Moses Kamau, arrested and charged in the same week,
        returns on April 29 to plead afresh before the Milimani court.
        """
    assert next_hearings(report) == ["2019-04-29"]


def test_the_one_whose_bail_was_set_is_the_defendant() -> None:
    report = """
        AITKIN, May 26, 2022 - Bail for James Holt was set Wednesday at $500,000 with conditions by an Aitkin
        County district court judge.
        """
    assert roles(report).get("James Holt") == "defendant"


def test_those_who_faced_the_chief_magistrate_are_defendants() -> None:
    report = """
        NASSAU, Sept 3, 2022 - Paul Rolle, 24, and Dylan Moss, 20, faced Chief Magistrate Andrew Forbes on
        charges of murder and attempted murder.
        """
    assert_roles(report, ("Paul Rolle", "Dylan Moss"), "defendant")
    assert roles(report).get("Andrew Forbes") == "judge"


def test_on_trial_are_a_described_group_then_its_names_after_the_colon() -> None:
    report = """
        KINGSTON, May 3, 2022 - A trial opened in the Home Circuit Court on Monday. On trial are three St Mary
        men: Mark Adams, 26, from Industry Village; Kemar Dale, 18, from Standpipe; and Rohan Tate, 21.
        """
    assert_roles(report, ("Mark Adams", "Kemar Dale", "Rohan Tate"), "defendant")


def test_a_bulleted_list_of_those_found_guilty_with_lower_case_ranks_names_the_defendants() -> None:
    report = """
        Douala, le 28 octobre 2008 - Au tribunal militaire de Douala, le verdict est attendu.

        Ont été jugés coupables hier de « vol » :
        - le gendarme major Paul Ateba ;
        - le sergent Etienne Mbida ;
        - Samuel Nkodo.
        """
    assert_roles(report, ("Paul Ateba", "Etienne Mbida", "Samuel Nkodo"), "defendant")


def test_the_list_of_those_freed_names_the_defendants() -> None:
    report = """
        MONROVIA, April 18, 2025 - Judge Roland Weah of the Criminal Court ordered three men out of pretrial
        detention yesterday.
        The list of those freed:
        - Isaac Obed
        - Levi Parker
        - Sam Jallah
        """
    assert_roles(report, ("Isaac Obed", "Levi Parker", "Sam Jallah"), "defendant")


def test_bail_for_a_named_man_set_at_a_sum_grants_bail() -> None:
    report = """
        AITKIN, May 26, 2022 - Bail for James Holt was set Wednesday at $500,000 with conditions by an Aitkin
        County district court judge.
        """
    assert ("2022-05-25", "bail_granted") in rulings(report)


def test_men_convicted_on_several_counts_then_a_name_a_line_are_the_defendants() -> None:
    report = """
        DURBAN, May 3, 2022 - The Durban High Court sentenced three men on Monday.
        After a detailed investigation and trial, three men were convicted on several counts:
        - Sipho David Zulu, 29 — life for murder; ten years for attempted murder.
        - Themba Ntuli, 30 — life for murder, plus ten years for attempted murder.
        """
    assert_roles(report, ("Sipho David Zulu", "Themba Ntuli"), "defendant")


def test_the_accused_listed_by_occupation_a_trade_before_each_name_are_defendants() -> None:
    report = """
        ACCRA, May 3, 2022 - Twenty-one people were remanded by the Accra Circuit Court on Monday.
        The accused, by occupation:
        - pupil teacher Justine Abotsi
        - farmer Joshua Lawoe
        - driver Patrick Doe
        """
    assert_roles(report, ("Justine Abotsi", "Joshua Lawoe", "Patrick Doe"), "defendant")


def test_an_item_a_line_opened_by_an_article_names_no_defendant() -> None:
    report = """
        LUSAKA, May 3, 2022 - The Lusaka Magistrate's Court jailed John Banda for burglary on Monday.
        The accused stole:
        - three wrist watches (US $2,700);
        - a Wahl Deluxe shaving kit set (K550).
        """
    assert "Wahl Deluxe" not in roles(report)


def test_those_given_a_term_of_years_are_defendants() -> None:
    report = """
        BAHIR DAR, May 3, 2022 - The Amhara Supreme Court sentenced five officials on Monday. Three received
        18 years, while Alemu Worku and Tadesse Bekele were given 17 years.
        """
    assert_roles(report, ("Alemu Worku", "Tadesse Bekele"), "defendant")


def test_the_one_a_sentence_of_years_is_imposed_on_is_the_defendant() -> None:
    report = """
        GLASGOW, May 15, 2024 - Lord Matthews, sitting at the High Court in Glasgow, imposed a sentence of
        4 years and 6 months imprisonment on James Gault, who had pled guilty to assault.
        """
    assert roles(report).get("James Gault") == "defendant"


def test_the_one_named_after_hma_v_is_the_accused() -> None:
    report = """
        GLASGOW, May 15, 2024 - HMA v James Gault. The High Court in Glasgow sentenced him on Wednesday.
        """
    assert roles(report).get("James Gault") == "defendant"


def test_the_one_an_allegation_is_against_is_the_accused() -> None:
    report = """
        SUNDERLAND, May 3, 2022 - At Newcastle Crown Court on Monday, the allegation against Adam Marten is
        that he assaulted the complainant at Roker Park. He denies it and was granted bail.
        """
    assert roles(report).get("Adam Marten") == "defendant"


def test_felony_murder_and_a_second_offence_before_counts_are_the_charges() -> None:
    report = """
        STATESBORO, Aug 19, 2020 - A judge denied bond Tuesday to Jordan Willis in Bulloch County Superior
        Court. Willis faces felony murder and aggravated assault counts in the killing of a teenager.
        """
    assert charges(report) == ["felony murder", "aggravated assault"]


def test_a_felony_count_names_no_charge_felony() -> None:
    report = """
        OROVILLE, May 3, 2019 - A Butte County Superior Court jury returned a guilty verdict against John
        Carter, 46, on one felony count of corporal injury to a spouse.
        """
    assert "felony" not in charges(report)


def test_chefs_d_inculpation_parmi_lesquels_lists_the_charges() -> None:
    report = """
        Toamasina, le 3 mai 2022 - Vingt-trois contestataires ont été placés sous mandat de dépôt par le
        tribunal de Toamasina. Les prévenus font face à sept chefs d'inculpation, parmi lesquels pillages,
        incendie criminel et destruction de biens privés.
        """
    assert charges(report) == ["pillages", "incendie criminel", "destruction de biens privés"]


def test_the_offence_a_case_is_about_is_its_charge() -> None:
    report = """
        Conakry, le 5 septembre 2017 - Au tribunal de première instance de Dixinn, Mamadou Bah a comparu lundi
        pour la première audience de son procès. Le dossier porte sur un viol.
        """
    assert charges(report) == ["viol"]


def test_a_role_noun_opening_a_clause_after_a_comma_is_no_apposition() -> None:
    report = """
        PRETORIA, May 3, 2022 - The murder trial of five men was postponed in the Pretoria High Court on
        Monday. According to prosecutor George Baloi, the next witness was meant to fly in from Durban.
        """
    assert roles(report).get("George Baloi") == "prosecutor"


def test_what_counsel_wants_struck_out_is_no_dismissal() -> None:
    report = """
        DAR ES SALAAM, Oct 29, 2019 - His lawyer wants the laundering count against taxi driver Musa Twalib
        struck out at the Kisutu Resident Magistrate's Court, which would open the way to bail.
        """
    assert not any(kind == "dismissed" for _, kind in rulings(report))


def test_without_a_dateline_the_day_of_the_incident_a_charge_arose_from_dates_no_conviction() -> None:
    report = """
        Jury convicts Beaumont man

        On Wednesday, jurors in the 89th District Court convicted James Harper of possessing methamphetamine,
        a charge arising from an incident on Sept. 8, 2009.
        """
    assert ("2009-09-08", "convicted") not in rulings(report)


def test_sera_examinee_le_names_the_next_hearing() -> None:
    report = """
        Liège, le 10 juin 2018 - Le tribunal correctionnel de Liège a reporté le procès de Karim Bensaid.
        L'affaire sera examinée le 5 septembre.
        """
    assert next_hearings(report) == ["2018-09-05"]


def test_due_back_for_a_committal_mention_names_the_next_hearing() -> None:
    report = """
        GEELONG, June 5, 2024 - Bail was refused to John Reiss in Geelong Magistrates' Court on Tuesday. He is
        due back before the Geelong Magistrates' Court for a committal mention on July 30, 2024.
        """
    assert next_hearings(report) == ["2024-07-30"]


def test_the_courts_answer_on_a_day_names_the_next_hearing() -> None:
    report = """
        Abidjan, le 4 juillet 2025 - Dix ans ferme : c'est la peine réclamée par le ministère public contre
        deux jeunes jugés cette semaine par le tribunal de première instance d'Abidjan-Plateau.
        Réponse du tribunal le 15 juillet 2025.
        """
    assert next_hearings(report) == ["2025-07-15"]


def test_the_one_the_accused_unlawfully_wounded_is_the_victim() -> None:
    report = """
        FRANCISTOWN, March 3, 2021 - Bail was denied to Oagile Loeto at the Francistown Magistrate's Court on
        Monday. According to the state, Loeto, 23, unlawfully wounded Chawada Mabaa at Mathangwane village.
        """
    assert roles(report).get("Chawada Mabaa") == "victim"


def test_a_counsel_noun_whose_name_holds_a_particle_gives_no_role_to_the_name_before() -> None:
    report = """
        DUBLIN, May 3, 2022 - Abdullah Kane appeared on Wednesday at Cloverhill District Court, by video link,
        in front of Judge Alan Mitchell, with solicitor Matthew de Courcy acting for him.
        """
    assert roles(report).get("Alan Mitchell") == "judge"


def test_le_president_with_the_other_members_of_the_court_is_the_judge() -> None:
    report = """
        Oyem, le 3 mai 2022 - Jean Mba ne s'est pas présenté lundi devant la cour d'appel d'Oyem.

        Le président Bruno Ondo Eyi et les autres membres de la Cour ont vivement déploré son absence.
        """
    assert roles(report).get("Bruno Ondo Eyi") == "judge"


def test_advocates_before_two_names_is_a_title_not_part_of_the_first_name() -> None:
    report = """
        JUBA, May 3, 2022 - The trial continued at the Juba High Court on Monday. Prosecutor Sabri Ladu asked
        the judges to strike Advocates Warnyang Kiir and Deng John off the defence team.
        """
    assert roles(report).get("Warnyang Kiir") == "defense_counsel"


def test_a_south_asian_seat_before_the_high_court_names_it() -> None:
    report = """
        ISLAMABAD, March 24, 2020 - Bail petitions of 26 accused will be heard on Wednesday after the
        Islamabad High Court on Tuesday adjourned the matter.
        """
    assert "Islamabad High Court" in courts(report)


def test_a_parish_named_after_a_saint_is_no_defendant() -> None:
    report = """
        BRIDGETOWN, May 3, 2022 - Three men from St Michael were remanded by the District A Magistrates' Court
        on Monday. Mark Forde, of Field Place, St Michael, was charged with burglary.
        """
    assert "St Michael" not in roles(report)
    assert "Field Place" not in roles(report)
    assert roles(report).get("Mark Forde") == "defendant"


def test_a_nationality_of_two_words_is_no_defendant() -> None:
    report = """
        VICTORIA, May 3, 2022 - The Court of Appeal threw out the appeal of Makavita Dilesh, a Sri Lankan aged
        43 who was convicted of illegally fishing in Seychelles waters.
        """
    assert "Sri Lankan" not in roles(report)


def test_offences_in_capitals_on_their_lines_are_no_defendants() -> None:
    report = """
        BO, May 3, 2022 - Eighteen people charged after the riot have pleaded guilty at the Bo Magistrate
        Court to:
        - Riotous Conduct;
        - Disorderly Behavior;
        - Malicious Damage.
        """
    found = roles(report)
    assert not {"Riotous Conduct", "Disorderly Behavior", "Malicious Damage"} & set(found)


def test_a_man_given_two_life_sentences_is_convicted() -> None:
    report = """
        TAMPA, July 14, 2023 - Following a murder trial at the Hillsborough County Courthouse, a Tampa man was
        given two life sentences on Thursday.
        """
    assert ("2023-07-13", "convicted") in rulings(report)


def test_a_term_inflicted_on_each_of_them_is_a_conviction() -> None:
    report = """
        Djibouti, le 20 juillet 1999 - Après délibéré, le tribunal correctionnel de Djibouti a infligé à
        chacun d'eux un an d'emprisonnement ferme, le 14 juillet 1999.
        """
    assert ("1999-07-14", "convicted") in rulings(report)


def test_perpetuite_inflicted_is_a_conviction() -> None:
    report = """
        Gitega, le 16 janvier 2016 - Vendredi 15 janvier, la Cour suprême du Burundi a infligé la perpétuité à
        quatre généraux.
        """
    assert ("2016-01-15", "convicted") in rulings(report)


def test_a_court_that_decided_in_favour_of_the_renvoi_adjourned() -> None:
    report = """
        Koulikoro, le 16 janvier 2008 - Mardi 15 janvier, le juge du tribunal de Koulikoro a tranché en
        faveur du renvoi, demandé par la défense.
        """
    assert ("2008-01-15", "adjourned") in rulings(report)


def test_rejecting_the_request_for_release_as_a_participle_denies_bail() -> None:
    report = """
        Koulikoro, le 16 janvier 2008 - Mardi 15 janvier, le juge du tribunal de Koulikoro a renvoyé
        l'affaire au 29 janvier tout en rejetant la demande de mise en liberté provisoire.
        """
    assert ("2008-01-15", "bail_denied") in rulings(report)


def test_remanded_out_of_custody_grants_bail() -> None:
    report = """
        BINDURA, May 9, 2020 - Takudzwa Moyo was on Friday remanded out of custody to May 27 by Bindura
        magistrate Maria Msika after he denied robbing a pedestrian.
        """
    assert ("2020-05-08", "bail_granted") in rulings(report)


def test_the_one_the_prosecution_is_against_in_a_roll_entry_is_the_defendant() -> None:
    report = """
        Bamako, le 3 mai 2022 - À la cour d'appel de Bamako, le dossier n° 37 du rôle, ministère public contre
        Kadia Diallo, matrone domiciliée à Mountougoula, a été renvoyé.
        """
    assert roles(report).get("Kadia Diallo") == "defendant"


def test_au_nombre_des_condamnes_figure_names_a_defendant() -> None:
    report = """
        Bamako, le 3 mai 2022 - La cour d'assises de Bamako a rendu son verdict. Au nombre des condamnés par
        contumace figure Mimi Ould Baba, interpellé en janvier 2017.
        """
    assert roles(report).get("Mimi Ould Baba") == "defendant"


def test_those_the_court_acquitted_in_a_participle_clause_are_defendants() -> None:
    report = """
        Alger, le 3 mai 2022 - Le tribunal criminel de Dar El Beida en a décidé autrement, en acquittant
        Kaddour Chouicha, Jamila Loukil et Saïd Boudour.
        """
    assert_roles(report, ("Kaddour Chouicha", "Jamila Loukil", "Saïd Boudour"), "defendant")


def test_the_facts_tried_after_a_colon_are_the_charges() -> None:
    report = """
        Brazzaville, le 3 mai 2022 - La cour d'appel de Brazzaville a clos sa session criminelle. Parmi les
        faits jugés : meurtre, vol aggravé et viol.
        """
    assert charges(report) == ["meurtre", "vol aggravé", "viol"]


def test_the_offences_of_the_following_qualifications_are_the_charges() -> None:
    report = """
        Pointe-Noire, le 3 mai 2022 - La cour d'appel de Pointe-Noire ouvre sa session criminelle. Les
        dossiers enrôlés relèvent notamment des qualifications suivantes : association de malfaiteurs ;
        escroquerie.
        """
    assert charges(report) == ["association de malfaiteurs", "escroquerie"]


def test_offences_among_which_one_is_named_after_dont() -> None:
    report = """
        Thiès, le 3 mai 2022 - Au tribunal de Thiès, Cheikh Ndiaye, à qui l'on reproche plusieurs infractions,
        dont la complicité de meurtre, a comparu lundi.
        """
    assert charges(report) == ["complicité de meurtre"]


def test_a_willful_failure_to_comply_is_a_charge() -> None:
    report = """
        MONROVIA, May 3, 2022 - Jane Doe appeared before Criminal Court A on Monday. She stands accused of
        willful failure to comply with the law relating to procurement.
        """
    assert charges(report) == ["willful failure to comply with the law relating to procurement"]


def test_the_counts_they_face_relate_to_lists_the_charges() -> None:
    report = """
        LAGOS, May 3, 2022 - Three men were arraigned before the Federal High Court in Lagos on Monday. The
        nine counts they face relate to conspiracy, forgery and obtaining by false pretence.
        """
    assert charges(report) == ["conspiracy", "forgery", "obtaining by false pretence"]


def test_condamne_a_une_peine_pour_une_offence_names_it() -> None:
    report = """
        Djibouti, le 5 octobre 2016 - Le tribunal des flagrants délits de Djibouti a condamné à un an de
        prison avec sursis, pour une « manifestation illicite », les opposants Ali Guedi et Hamze Hassan.
        """
    assert charges(report) == ["manifestation illicite"]


def test_condamne_pour_se_pourvoir_or_pour_lequel_names_no_offence() -> None:
    report = """
        Fianarantsoa, le 3 mai 2022 - Les cinq condamnés par la cour criminelle de Fianarantsoa, pour lesquels
        la défense a trois jours pour se pourvoir en cassation, ont été reconduits en prison.
        """
    assert charges(report) == []


def test_connaitra_la_decision_le_names_the_next_hearing() -> None:
    report = """
        Chicoutimi, le 30 novembre 2018 - Jean Tremblay a demandé sa remise en liberté au palais de justice de
        Chicoutimi. Il connaîtra la décision le 11 décembre.
        """
    assert next_hearings(report) == ["2018-12-11"]


def test_the_court_va_deliberer_le_names_the_next_hearing() -> None:
    report = """
        Moroni, le 20 octobre 2014 - Au procès de la tentative de coup d'État, la cour d'assises de Moroni va
        délibérer le jeudi 23 octobre.
        """
    assert next_hearings(report) == ["2014-10-23"]


def test_brought_back_on_a_day_names_the_next_hearing() -> None:
    report = """
        ACCRA, March 6, 2019 - The Accra Circuit Court ordered that he be kept in custody and brought back on
        March 12, when the court will give its ruling on the bail application.
        """
    assert next_hearings(report) == ["2019-03-12"]


def test_a_case_that_comes_up_for_hearing_on_a_day_names_the_next_hearing() -> None:
    report = """
        NAIROBI, May 3, 2019 - The High Court in Nairobi dismissed the bail review of Joseph Irungu on Friday.
        Their case comes up for hearing on 25th June this year.
        """
    assert next_hearings(report) == ["2019-06-25"]


def test_bail_granted_in_a_condition_is_no_ruling() -> None:
    report = """
        BRIKAMA, June 13, 2025 - Two men were remanded by the Brikama Magistrates' Court on Thursday.
        Objecting to bail, the prosecutor said: "If they are granted bail, they will interfere with the
        investigation."
        """
    assert not any(kind == "bail_granted" for _, kind in rulings(report))


def test_connaitra_son_sort_on_a_day_names_the_next_hearing() -> None:
    report = """
        Port-Louis, le 20 février 2023 - Au tribunal de Moka, la défense a plaidé. Jean Laurent connaîtra son
        sort le lundi 27 février 2023.
        """
    assert next_hearings(report) == ["2023-02-27"]


def test_a_court_that_turned_it_down_after_a_bail_application_denied_bail() -> None:
    report = """
        KUMASI, Nov 17, 2021 - John Aggrey applied for bail at the Kumasi High Court. When the application
        was called on Tuesday, November 16, 2021, the court turned it down.
        """
    assert ("2021-11-16", "bail_denied") in rulings(report)


def test_a_court_that_reserved_its_order_put_its_decision_to_deliberation() -> None:
    report = """
        NEW DELHI, March 25, 2023 - Manish Sharma appeared before the Rouse Avenue court in New Delhi on
        Friday, when the court reserved its order on his bail application.
        """
    assert ("2023-03-24", "deliberation_reserved") in rulings(report)


def test_a_verdict_annulled_by_the_supreme_court_is_a_ruling_of_kind_other() -> None:
    report = """
        Port-Louis, le 6 août 2025 - Mardi 5 août, la Cour suprême a annulé le verdict et la sentence
        prononcés par la cour de district de Moka contre Shivam Mohan.
        """
    assert ("2025-08-05", "other") in rulings(report)


def test_an_order_set_aside_is_a_ruling_of_kind_other() -> None:
    report = """
        KISUMU, March 13, 2026 - Justice Joe Omido of the Kisumu High Court, in a judgment handed down on
        March 12, 2026, set aside an order that a subordinate court had made.
        """
    assert ("2026-03-12", "other") in rulings(report)


def test_a_dispute_referred_to_mediation_is_a_ruling_of_kind_other() -> None:
    report = """
        KAMPALA, Nov 10, 2017 - When the matter came up yesterday, High Court Judge Henrietta Wolayo referred
        the dispute to mediation.
        """
    assert ("2017-11-09", "other") in rulings(report)


def test_suspects_committed_to_the_high_court_are_a_ruling_of_kind_other() -> None:
    report = """
        LILONGWE, Feb 13, 2020 - The suspects in the murder of a young woman were on Wednesday committed to
        the High Court by Lilongwe's principal magistrate court.
        """
    assert ("2020-02-12", "other") in rulings(report)


def test_those_who_obtained_their_provisional_release_are_defendants() -> None:
    report = """
        DAKAR, 12 mars 2024 - Mardi, Ibou Ndiaye et Modou Sarr ont obtenu leur liberté provisoire devant le
        tribunal correctionnel de Dakar.
        """
    assert roles(report) == {"Ibou Ndiaye": "defendant", "Modou Sarr": "defendant"}


def test_offences_bulleted_under_the_allegations_are_charges() -> None:
    report = """
        CORK, March 4, 2024 - Sean Barry appeared before Cork District Court on Monday. Sergeant Tom Roche
        said the State opposed bail.

        The judge noted the allegations:
        - dangerous driving
        - driving without insurance

        "I will not grant bail," the judge said.
        """
    assert {"dangerous driving", "driving without insurance"} <= set(charges(report))


def test_offences_bulleted_under_the_rest_of_the_counts_are_charges() -> None:
    report = """
        WEST PALM BEACH, March 4, 2024 - Circuit Judge Ann Cole adjudicated Tim Rowe guilty of burglary of a
        dwelling, the most serious of the counts. Adjudication was withheld on the others:
        - grand theft
        - petty theft

        Rowe was sentenced to two years.
        """
    assert {"grand theft", "petty theft"} <= set(charges(report))


def test_a_day_told_at_a_named_court_is_a_day_the_court_sat() -> None:
    report = """
        date 2020-10-13

        Garda Tom Roche outlined the allegations earlier today at Cork District Court, where gardaí objected
        to bail for Sean Barry, 27, of Main Street, Cork.
        """
    assert held(report) == {"2020-10-13"}


def test_terms_inflicted_in_a_list_under_a_colon_are_a_conviction() -> None:
    report = """
        Bujumbura, mardi 24 novembre 2015 — Le tribunal de grande instance de Bujumbura a acquitté ce jour
        douze personnes poursuivies pour insurrection.

        Côté condamnations, le juge a infligé :

        – 6 mois de servitude pénale pour 1 individu ;
        – 2 ans de servitude pénale pour 22 individus.
        """
    assert ("2015-11-24", "convicted") in rulings(report)


def test_any_place_then_a_date_and_a_dash_opening_the_lead_paragraph_is_the_dateline() -> None:
    lead = (
        "Gitega, mardi 24 novembre 2015 — Le tribunal de grande instance de Gitega a acquitté ce jour douze "
        "personnes poursuivies pour insurrection dans le dossier des manifestations, et prononcé des peines "
        "de prison contre huit autres prévenus."
    )
    (article,) = parse_bytes(lead.encode(), "gitega.txt").articles
    assert article.published == dt.date(2015, 11, 24)


def test_the_president_who_questions_the_accused_is_the_judge() -> None:
    report = """
        MONACO, 3 mai 2022 - Le tribunal correctionnel de Monaco a condamné mardi deux Polonais à un an de
        prison. Le président Henri Valmont lui demande pourquoi ce vol.
        """
    assert roles(report).get("Henri Valmont") == "judge"


def test_the_president_named_after_the_debates_is_the_judge_but_not_after_a_condemnation() -> None:
    report = """
        NOUMÉA, 3 mai 2022 - Le tribunal correctionnel de Nouméa juge trois hommes pour un braquage. Mais
        avant que les débats ne s'engagent, la présidente Claire Morand a soulevé deux problèmes. Les
        violences ont été fermement condamnées par le président Marc Ilunga.
        """
    found = roles(report)
    assert found.get("Claire Morand") == "judge"
    assert found.get("Marc Ilunga") != "judge"


def test_a_named_judge_at_a_sitting_makes_a_court_report_though_no_court_is_named() -> None:
    report = """
        Histoires judiciaires

        À la barre du président Paul Marin, l'homme garde son calme. Rien à voir avec la scène qu'on lui
        prête chez le voisin de son ancienne épouse.
        """
    (article,) = parse_bytes(textwrap.dedent(report).encode(), "x.txt").articles
    assert article.is_court_report
    assert roles(report).get("Paul Marin") == "judge"


def test_a_lower_case_high_court_of_a_named_state_is_the_court() -> None:
    report = """
        JUBA, Sept 16, 2020 - A 28-year-old man was sentenced on Monday to death by hanging by the high court
        of Western Lakes State, which found him guilty of murder.
        """
    assert courts(report) == ["high court of Western Lakes State"]


def test_a_role_noun_that_owns_another_noun_gives_no_role_to_the_name_after() -> None:
    report = """
        TRAVERSE CITY, May 20, 2024 - Dale Morton is charged with two counts of malicious use of a
        telecommunications device. A further matter is under review by the Michigan Attorney General's office
        over calls Morton placed to state officials.
        """
    assert roles(report).get("Dale Morton") == "defendant"


def test_the_one_who_admitted_both_sets_of_charges_is_the_defendant() -> None:
    report = """
        BELLINGHAM, Feb 27, 2024 - A federal judge in Seattle sentenced a 28-year-old man to twelve years.
        Dean Walker admitted both sets of charges in October.
        """
    assert roles(report).get("Dean Walker") == "defendant"


def test_the_agent_of_a_passive_is_not_the_group_a_list_after_they_are_unfolds() -> None:
    report = """
        BANJUL, May 3, 2021 - Five men were last week arraigned by police prosecutors before Magistrate Ida
        Joof of the Brikama Magistrates' Court on a charge of common nuisance.

        They are:
        Lamin Ceesay, Ousman Touray and Musa Njie.
        """
    found = roles(report)
    assert {found.get(name) for name in ("Lamin Ceesay", "Ousman Touray", "Musa Njie")} == {"defendant"}


def test_a_magistrates_court_written_without_its_space_is_no_group_of_magistrates() -> None:
    report = """
        BANJUL, May 3, 2021 - Five men appeared before the Brikama Magistrates'Court on a charge of common
        nuisance.

        They are:
        Lamin Ceesay, Ousman Touray and Musa Njie.
        """
    found = roles(report)
    assert "judge" not in {found.get(name) for name in ("Lamin Ceesay", "Ousman Touray", "Musa Njie")}


def test_offences_bulleted_under_their_other_convictions_are_charges() -> None:
    report = """
        DURBAN, June 5, 2024 - Two men were sentenced on Wednesday in the Durban Regional Court for the
        murders of three accomplices.

        Their other convictions:
        - attempted murder
        - unlawful possession of a police radio
        """
    assert {"attempted murder", "unlawful possession of a police radio"} <= set(charges(report))


def test_penal_code_sections_one_a_line_with_their_offences_are_charges() -> None:
    report = """
        KARACHI, Nov 14, 2017 - The antiterrorism court on Tuesday extended the remand of the suspect.

        In the main case, the Pakistan Penal Code sections applied are:
        302 – premeditated murder;
        120-B – criminal conspiracy;
        427 – mischief causing damage
        """
    assert {"premeditated murder", "criminal conspiracy"} <= set(charges(report))


def test_the_day_the_court_was_expecting_the_accused_is_not_the_next_hearing() -> None:
    report = """
        Rattrapé après dix jours de fuite, l'évadé était attendu ce lundi 1er décembre par le tribunal
        correctionnel de Rennes. Mais son procès ne s'est pas tenu : renvoi au 22 janvier 2026.
        """
    assert next_hearings(report) == ["2026-01-22"]


def test_a_sentence_imposed_with_its_term_between_dashes_is_a_conviction() -> None:
    report = """
        date 2021-12-01

        The sentence - 12 months and one day, then three years' probation - was imposed Wednesday on Gary Moss
        by U.S. District Judge Alan Price.
        """
    assert ("2021-12-01", "convicted") in rulings(report)


def test_accused_discharged_by_the_high_court_with_the_day_told_between_are_a_dismissal() -> None:
    report = """
        By: Abu Kamara
        Six accused persons on trial for arson and malicious damage were today, 12th March 2025, discharged
        by the High Court of Sierra Leone sitting at Bo.
        """
    assert ("2025-03-12", "dismissed") in rulings(report)


def test_the_one_who_presides_the_tribunal_is_the_judge() -> None:
    for sentence in (
        "Luc Ferrand présidait l'audience collégiale.",
        "« Asseyez-vous » : excédé, Luc Ferrand, qui préside le tribunal, interpelle un prévenu agité.",
    ):
        report = f"""
            MAMOUDZOU, 12 avril 2023 - Ali Saïd a été condamné à un an de prison par le tribunal
            correctionnel. {sentence}
            """
        assert roles(report).get("Luc Ferrand") == "judge", sentence


def test_the_day_the_accused_must_wait_for_or_their_case_is_called_again_is_the_next_hearing() -> None:
    for sentence in (
        "Les militants poursuivis devant le tribunal de grande instance devront attendre le 3 juin 2020 : "
        "c'est à cette date que le tribunal a repoussé leur procès.",
        "Présents devant la Cour criminelle, Paul Yakité et ses coaccusés verront leur dossier rappelé le 3 "
        "juin prochain.",
    ):
        report = f"Actualités\n\nBANGUI, 24 février 2020 - {sentence}"
        assert next_hearings(report) == ["2020-06-03"], sentence
        assert "2020-06-03" not in held(report), sentence


def test_an_acquittal_the_accused_hopes_for_is_no_ruling() -> None:
    report = """
        KINSHASA, 11 janvier 2025 - La Cour d'appel a renvoyé l'affaire au 17 janvier. L'avocat a souligné que
        son client venait à l'audience dans l'espoir d'établir son innocence et d'être acquitté.
        """
    assert {kind for _, kind in rulings(report)} == {"adjourned"}


def test_the_penalty_the_law_sets_for_anyone_convicted_is_no_ruling() -> None:
    report = """
        NASSAU, July 19, 2017 - Kevin Rolle was brought before Chief Magistrate Ann Moss on Monday afternoon
        and charged with rape. Anyone convicted of rape can be jailed for life.
        """
    assert "convicted" not in {kind for _, kind in rulings(report)}


def test_accused_sent_back_into_custody_are_a_detention_order() -> None:
    report = """
        KINGSTON, Jan 12, 2023 - Three men appeared in the St Thomas Parish Court on Wednesday. All three
        accused were sent back into custody.
        """
    assert ("2023-01-11", "detention_ordered") in rulings(report)


def test_names_listed_under_each_for_ten_years_are_defendants() -> None:
    report = """
        ABIDJAN, 7 mai 2024 - Le tribunal du pôle pénal économique et financier a jugé dix-neuf prévenus pour
        trafic de cocaïne.

        À San Pedro, plusieurs notables tombent avec eux, chacun pour 10 ans :
        - Paul Yao, élu au Conseil régional ;
        - Serge Koffi, à la tête de la base navale de la ville.
        """
    found = roles(report)
    assert (found.get("Paul Yao"), found.get("Serge Koffi")) == ("defendant", "defendant")


def test_the_court_a_case_is_sent_to_is_not_the_court_that_sat() -> None:
    report = """
        Lodge killing: Kitwe man sent to High Court for trial

        KITWE, March 12, 2021 - John Banda, accused of murder, has been committed to the High Court by the
        Kitwe Magistrates Court. A judge is now to be allocated so the trial can start.
        """
    assert courts(report) == ["Kitwe Magistrates Court"]


def test_a_court_named_as_a_matter_for_or_as_where_one_may_turn_is_not_the_court_that_sat() -> None:
    report = """
        TRINCOMALEE, Jan 19, 2026 - Nine suspects were today ordered by the Trincomalee Magistrate's Court to
        remain in remand custody. The magistrate refused bail today, saying bail is a matter for the High
        Court. Anyone wishing to challenge his order may turn to the High Court, he added.
        """
    assert courts(report) == ["Trincomalee Magistrate's Court"]


def test_a_magistrate_who_refused_after_a_bail_plea_denied_bail() -> None:
    report = """
        date 2022-01-14

        Colombo Additional Magistrate Ravi Perera ordered the remand when the suspect was produced in court
        earlier today. His lawyer asked that he be granted bail. The additional magistrate refused, observing
        that the investigations were still at a preliminary stage.
        """
    assert ("2022-01-14", "bail_denied") in rulings(report)


def test_a_month_marker_glued_to_a_paragraph_opening_on_a_quotation_gives_the_year() -> None:
    report = (
        ' date 2023-08 "Complètement ridicule", reconnaît à la barre un marin-pêcheur. Ils étaient quatre, '
        "ce mardi 22 août, à être convoqués au tribunal judiciaire du Havre pour violences."
    )
    assert held(report) == {"2023-08-22"}


def test_the_day_counsel_told_the_court_is_a_day_the_court_sat() -> None:
    report = """
        date 2023-01-12

        Delroy Grant is charged with dealing in cocaine. His lawyer told the court on Wednesday that he is
        ill.
        """
    assert held(report) == {"2023-01-11"}


def test_the_one_whose_application_the_court_rejects_is_the_defendant() -> None:
    report = """
        ALOR SETAR, April 7, 2020 - The Sessions Court today dismissed the application for a stay of sentence.
        In rejecting the application of Siti Aminah Yusof, 20, Judge Ali Amran found the offence grave.
        """
    assert roles(report).get("Siti Aminah Yusof") == "defendant"


def test_terms_handed_to_each_of_them_or_got_in_a_cleft_are_convictions() -> None:
    for sentence in (
        "Delivering his ruling today, Justice Kofi Asare first handed each of them two weeks in prison.",
        "Five years in hard labour: that is what one Lamin Sowe got from Magistrate Omar Jobe today.",
        "Five men who looted shops will each spend three years in prison, the magistrate ruled today.",
    ):
        report = f"ACCRA, July 27, 2020 - {sentence}"
        assert ("2020-07-27", "convicted") in rulings(report), sentence


def test_accused_left_free_under_judicial_supervision_until_the_trial_are_bailed() -> None:
    for sentence in (
        "Le tribunal a renvoyé le procès ce vendredi : deux prévenus restent libres, sous contrôle "
        "judiciaire.",
        "Renvoi au 19 juin, et d'ici là contrôle judiciaire : le tribunal correctionnel a statué ce "
        "vendredi.",
    ):
        report = f"DIJON, 12 avril 2019 - {sentence}"
        assert ("2019-04-12", "bail_granted") in rulings(report), sentence


def test_the_one_the_judge_told_on_passing_sentence_is_the_defendant() -> None:
    report = """
        LEEDS, Nov 6, 2024 - A man who fed a fire during the Harehills disorder was jailed at Leeds Crown
        Court. Passing sentence, the judge told Robert Dunn the disorder had been terrifying.
        """
    assert roles(report).get("Robert Dunn") == "defendant"


def test_offences_after_deux_delits_lui_etaient_imputes_are_charges() -> None:
    report = """
        MONTPELLIER, 12 juin 2019 - Le tribunal correctionnel a renvoyé le procès de Paul Marty. Deux délits
        lui étaient imputés : « participation à un attroupement » et « menaces de mort ».
        """
    assert {"participation à un attroupement", "menaces de mort"} <= set(charges(report))


def test_the_offence_a_guilty_plea_was_to_is_a_charge() -> None:
    report = """
        PITTSBURGH, Dec 1, 2021 - Gary Moss was sentenced on Wednesday by U.S. District Judge Alan Price. His
        guilty plea was to obstruction of law enforcement during a civil disorder.
        """
    assert any(charge.startswith("obstruction of law enforcement") for charge in charges(report))


def test_bill_opening_a_name_is_a_given_name_not_a_statute() -> None:
    report = """
        FLOYD, May 3, 2022 - The circuit court sentenced Tom Reed on Monday to life for the 2014 murder of
        Bill Dunn.
        """
    assert roles(report).get("Bill Dunn") == "victim"


def test_the_one_named_after_the_manslaughter_of_is_the_victim() -> None:
    report = """
        HULL, May 3, 2022 - At Hull Crown Court on Monday, Tom Reed entered a plea of not guilty to the
        manslaughter of Jack Dunn.
        """
    assert roles(report).get("Jack Dunn") == "victim"


def test_the_one_who_died_of_his_injuries_is_the_victim() -> None:
    report = """
        SHERBROOKE, 3 mai 2022 - Paul Roy a été condamné lundi à dix ans de prison. Marc Giroux, 51 ans, est
        mort de ses blessures.
        """
    assert roles(report).get("Marc Giroux") == "victim"


def test_the_one_presiding_in_apposition_is_the_judge_and_the_one_who_prosecuted_is_the_prosecutor() -> None:
    report = """
        ACCRA, June 3, 2021 - The Accra Circuit Court remanded Kofi Mensah into custody on Monday. A bail
        request by defence lawyer Mr. Gary Owusu was turned down, Mrs. Ama Boateng, presiding, saying the
        investigation was not complete. Anna Vigo, QC, prosecuted.
        """
    found = roles(report)
    assert (found.get("Ama Boateng"), found.get("Anna Vigo")) == ("judge", "prosecutor")


def test_the_judge_a_chamber_has_and_the_judges_beside_the_president_are_judges() -> None:
    report = """
        BRAZZAVILLE, 3 mai 2022 - Le procès s'est ouvert lundi devant la première chambre correctionnelle, que
        préside Paul Ebaka. Marie Lima présidait la Cour, entourée de Jean Bakpé et de Rose Kploca ; Henri
        Doté représentait le ministère public.
        """
    found = roles(report)
    assert [found.get(name) for name in ("Paul Ebaka", "Jean Bakpé", "Rose Kploca")] == ["judge"] * 3


def test_the_names_after_judges_in_the_plural_are_judges() -> None:
    report = """
        WINDHOEK, May 3, 2022 - The conviction of Tom Haufiku was set aside in the High Court yesterday by
        Judges Claudia Classen and Peter Unengu.
        """
    found = roles(report)
    assert (found.get("Claudia Classen"), found.get("Peter Unengu")) == ("judge", "judge")


def test_a_bare_they_are_list_takes_the_group_named_two_sentences_before() -> None:
    report = """
        CARDIFF, 3 May 2022 - Three defendants awaiting trial over the disorder have admitted their part.
        Their trial had been listed to start on Tuesday. They are:
        - Owen Price, 20, from Marina Road;
        - Dylan Hughes, 22, from Heol Street;
        - Rhys Morgan, 23, from Park Lane.
        """
    assert_roles(report, ("Owen Price", "Dylan Hughes", "Rhys Morgan"), "defendant")


def test_the_one_who_maintains_his_denial_is_the_accused() -> None:
    report = """
        CARDIFF, 3 May 2022 - Three men admitted riot at Cardiff Crown Court on Monday. A fourth man, Gareth
        Lloyd, 24, maintains his denial of any role in the disorder.
        """
    assert roles(report).get("Gareth Lloyd") == "defendant"


def test_the_ones_a_judge_passes_sentence_on_are_the_accused() -> None:
    report = """
        LEEDS, 3 May 2022 - Judge Paul Hart, passing sentence at Leeds Crown Court yesterday on Dean Slater
        and on Mark Pelham, called them ruthless.
        """
    assert_roles(report, ("Dean Slater", "Mark Pelham"), "defendant")


def test_a_role_noun_between_commas_before_a_speech_verb_is_no_apposition() -> None:
    report = """
        LEEDS, 3 May 2022 - Judge Paul Hart jailed Dean Slater and Mark Pelham for life at Leeds Crown Court
        yesterday. Slater and Pelham, the judge went on, did as they were told.
        """
    assert_roles(report, ("Dean Slater", "Mark Pelham"), "defendant")


def test_an_acquittal_told_with_its_manner_names_the_acquitted() -> None:
    report = """
        PARAKOU, 3 mai 2022 - La cour d'assises a prononcé jeudi l'acquittement pur et simple de Bio Sanni
        Bagoudé et l'acquittement au bénéfice du doute d'Amidou Zakaria.
        """
    assert_roles(report, ("Bio Sanni Bagoudé", "Amidou Zakaria"), "defendant")


def test_the_days_a_place_went_through_are_no_sitting() -> None:
    report = """
        COTONOU, 3 mai 2022 - Les huit accusés des événements qu'a connus Banikoara les 11 et 14 octobre 2014
        ont été acquittés jeudi par la cour d'assises.
        """
    assert (rulings(report), held(report)) == ({("2022-04-28", "acquitted")}, {"2022-04-28"})


def test_a_state_high_court_keeps_its_state_and_a_seat_of_two_words() -> None:
    report = """
        PORT HARCOURT, May 3, 2022 - A Rivers State High Court in Port Harcourt has ordered that three men be
        kept in custody until their trial.
        """
    assert courts(report) == ["Rivers State High Court in Port Harcourt"]


def test_a_charge_filed_against_names_the_accused() -> None:
    report = """
        LAGOS, May 3, 2022 - The charge was filed by the Police against Samuel Okoro and Promise George.
        Justice Ade Popoola adjourned the matter.
        """
    assert_roles(report, ("Samuel Okoro", "Promise George"), "defendant")


def test_a_name_numbered_as_a_defendant_in_brackets_is_the_accused() -> None:
    report = """
        LAGOS, May 3, 2022 - The matter concerns:
        - Samuel Okoro (1st defendant);
        - Promise George (2nd defendant).
        Justice Ade Popoola adjourned the matter.
        """
    assert_roles(report, ("Samuel Okoro", "Promise George"), "defendant")


def test_a_given_name_and_a_country_may_be_a_person_but_not_a_paper_named_for_its_country() -> None:
    report = """
        DURBAN, May 3, 2022 - Lindelani Chili, 24, was convicted of murder in the Durban High Court, Ouest
        France reported.
        """
    found = roles(report)
    assert (found.get("Lindelani Chili"), "Ouest France" in found) == ("defendant", False)


def test_likewise_of_a_name_then_a_participle_is_the_participles_subject() -> None:
    report = """
        MORONI, 3 mai 2022 - La cour d'assises a siégé lundi. Ainsi de Mhadji Salim alias Chanazi, jugé pour
        avoir agressé sa nièce.
        """
    assert roles(report).get("Mhadji Salim") == "defendant"


def test_the_appellant_of_a_criminal_appeal_is_the_accused() -> None:
    report = """
        SINGAPORE, May 3, 2022 - The High Court cut the sentence on Monday. The appellant, David Newman, an
        Australian aged 44, has already served the original term.
        """
    assert roles(report).get("David Newman") == "defendant"


def test_the_one_who_remains_on_bail_or_claims_trial_is_the_accused() -> None:
    report = """
        GLASGOW, May 3, 2022 - Jurors at Glasgow Sheriff Court convicted a man on Monday. William McNeil
        remains on bail in the meantime. In Kuala Lumpur, Azlan Rahim claimed trial at the sessions court to
        a charge of criminal breach of trust.
        """
    assert_roles(report, ("William McNeil", "Azlan Rahim"), "defendant")


def test_those_who_are_to_learn_their_fate_are_the_accused() -> None:
    report = """
        BANGUI, 3 mai 2022 - La cour criminelle a siégé lundi. Dans la salle, Bienvenu Ngoko et Félix
        Feïdanga vont connaître leur sort.
        """
    assert_roles(report, ("Bienvenu Ngoko", "Félix Feïdanga"), "defendant")


def test_a_new_renvoi_on_a_day_then_to_another_dates_the_renvoi_on_the_first() -> None:
    report = """
        DOUALA, 10 février 2007 - Au tribunal de grande instance du Wouri, nouveau renvoi le 25 janvier
        dernier, au 22 mars cette fois.
        """
    assert (rulings(report), next_hearings(report)) == ({("2007-01-25", "adjourned")}, ["2007-03-22"])


def test_without_a_dateline_a_renvoi_day_called_past_dates_the_writing() -> None:
    report = """
        Au tribunal de grande instance du Wouri, première audience le 23 novembre 2006, avec renvoi au 28
        décembre dernier. L'affaire passe ensuite au 25 janvier 2007. Nouveau renvoi le 25 janvier dernier,
        au 22 mars cette fois.
        """
    assert next_hearings(report) == ["2007-03-22"]


def test_a_new_renvoi_is_an_adjournment() -> None:
    report = """
        DOUALA, 3 mai 2022 - Au tribunal de grande instance du Wouri, lundi, nouveau renvoi.
        """
    assert rulings(report) == {("2022-05-02", "adjourned")}


def test_under_a_month_marker_a_judgment_day_in_that_month_is_still_to_come() -> None:
    report = """
        date 2021-07

        Quatre ans de prison : c'est la peine réclamée lundi par le parquet devant le tribunal
        correctionnel de Liège contre Marc Dufour, jugé pour tentative d'assassinat.

        Jugement le 14 juillet.
        """
    assert (next_hearings(report), held(report)) == (["2021-07-14"], set())


def test_judicial_custody_and_a_physical_remand_granted_are_detention_orders() -> None:
    sent = """
        NEW DELHI, Jan 9, 2026 - Eight people accused of rioting appeared before the Tis Hazari court. The
        court on Friday sent all eight to judicial custody till January 21.
        """
    granted = """
        LAHORE, Feb 27, 2024 - Ali Khan, accused of locking a judge in his chamber, appeared before the
        anti-terrorism court. On Tuesday the court granted the 3-day physical remand of Ali Khan.
        """
    assert (rulings(sent), rulings(granted)) == (
        {("2026-01-09", "detention_ordered")},
        {("2024-02-27", "detention_ordered")},
    )


def test_the_one_the_accused_is_represented_by_is_counsel() -> None:
    report = """
        LUSAKA, May 3, 2022 - Six rioters appeared in court charged with unlawful assembly. The accused,
        represented by Petra Kafue of the Legal Aid Board, asked for bail.
        """
    assert roles(report).get("Petra Kafue") == "defense_counsel"


def test_a_magistrate_named_before_the_accused_opening_the_clause_stays_the_magistrate() -> None:
    report = """
        LUSAKA, May 3, 2022 - Six rioters appeared in court charged with unlawful assembly. Appearing on
        Monday before Chief Resident Magistrate Lameck Banda, the accused, who are all students, asked for
        bail.
        """
    assert roles(report).get("Lameck Banda") == "judge"


def test_those_together_with_the_accused_before_a_magistrate_are_not_magistrates() -> None:
    report = """
        PORT OF SPAIN, May 3, 2022 - Yesterday the former player John Stern was again in the Eighth Court
        before Chief Magistrate Marcia Ayers, together with Denise Myers and Terry Ann Hume, charged with
        breaching the curfew.
        """
    found = roles(report)
    assert (found.get("Denise Myers"), found.get("Terry Ann Hume")) == ("defendant", "defendant")


def test_a_court_that_kept_to_a_term_convicted() -> None:
    report = """
        FORT-DE-FRANCE, 18 juin 2025 - Le tribunal correctionnel de Fort-de-France jugeait mardi Marc Lebon
        pour homicide involontaire. Le parquet avait requis 8 ans ; le tribunal s'en est tenu à 6 ans de
        détention.
        """
    assert ("2025-06-17", "convicted") in rulings(report)


def test_a_name_a_line_with_its_term_after_an_english_colon_is_the_one_sentenced() -> None:
    report = """
        LONDON, 3 May 2022 - The Court of Appeal increased four sentences yesterday.

        The increases ordered yesterday:
        - Michael Gordon, 21: nine years' detention raised to 12 years;
        - Mark Simons, 23: seven and a half years raised to 12 years.
        """
    assert_roles(report, ("Michael Gordon", "Mark Simons"), "defendant")


def test_the_one_a_judge_handed_a_term_to_is_the_accused() -> None:
    report = """
        VANCOUVER, May 3, 2022 - The Court of Appeal cut a sentence on Monday. Justice Murray had handed the
        eight-year term to Jagdeep Cheema, then aged 26.
        """
    assert roles(report).get("Jagdeep Cheema") == "defendant"


def test_those_named_before_their_lawyer_are_his_clients_but_not_a_magistrate() -> None:
    report = """
        KAMPALA, May 3, 2022 - The City Hall court sat on Monday. Magistrate Beatrice Kato humiliated Norman
        Tumwine and Robert Mayanja, their lawyer Isaac Ssemwogerere says. Before Chief Magistrate Davies
        Chibwe, her lawyer Isaac Simbeye sought an adjournment.
        """
    found = roles(report)
    assert [found.get(name) for name in ("Norman Tumwine", "Robert Mayanja", "Davies Chibwe")] == [
        "defendant",
        "defendant",
        "judge",
    ]


def test_a_past_verb_with_its_object_before_a_weekday_dates_the_day_past() -> None:
    report = """
        BLOEMFONTEIN, 3 May 2023 - Bail applications will now be heard on May 11 and 12, after the
        Bloemfontein magistrate's court postponed the matter on Wednesday, leaving Nandi Maduna in custody.
        """
    assert next_hearings(report) == ["2023-05-11"]


def test_a_day_set_as_the_date_for_the_matter_is_the_next_hearing() -> None:
    report = """
        FREETOWN, November 14, 2024 - Magistrate Santigie Bangura remanded Abu Kamara in custody at Pademba
        Road Court and set November 19, 2024 as the date for the matter to continue.
        """
    assert next_hearings(report) == ["2024-11-19"]


def test_custody_till_a_day_the_roll_and_a_matter_stood_over_name_the_next_hearing() -> None:
    custody = """
        KOLKATA, July 18, 2025 - The special CBI court remanded Subho Sen and three others on Friday. All
        four will stay in judicial custody till July 31.
        """
    roll = """
        GQEBERHA, 15 June 2023 - Three suspects appeared in the New Brighton Magistrate's Court on Thursday.
        Both matters are back on the roll on June 23.
        """
    stood = """
        PORT MORESBY, 8 January 2016 - Justice Allan David heard the bail applications of 11 soldiers. Judge
        David stood the matter over to 9:30am on Monday 11th January.
        """
    assert [next_hearings(r) for r in (custody, roll, stood)] == [
        ["2025-07-31"],
        ["2023-06-23"],
        ["2016-01-11"],
    ]


def test_a_county_criminal_court_and_a_military_tribunal_named_in_english_are_courts() -> None:
    county = """
        CROSSVILLE, Tenn., Sept. 20, 2023 - Trial dates were set on Monday in Cumberland County Criminal Court
        for Jude Penning, charged with first-degree murder.
        """
    military = """
        YAOUNDE, Feb. 2, 2017 - The trial of Felix Agbor, charged with secession, was adjourned on Wednesday
        at the Yaounde Military Tribunal.
        """
    assert (courts(county), courts(military)) == (
        ["Cumberland County Criminal Court"],
        ["Yaounde Military Tribunal"],
    )


def test_prosecutors_who_accuse_him_of_name_the_offences() -> None:
    report = """
        DERRY, May 3, 2022 - John Logan appeared at Derry Magistrates' Court on Monday. Prosecutors accuse him
        of making explosive substances.
        """
    assert charges(report) == ["making explosive substances"]


def test_whose_convictions_are_for_and_a_possessive_charges_are_name_the_offences() -> None:
    convictions = """
        CHRISTCHURCH, May 3, 2022 - John Smith appeared at the District Court on Monday, whose convictions
        are for dangerous driving and resisting police.
        """
    possessive = """
        SENEKAL, May 3, 2022 - John Pienaar appeared at the Senekal Magistrate's Court on Monday. Pienaar's
        charges are attempted murder, public violence and malicious damage to property.
        """
    assert (charges(convictions), charges(possessive)) == (
        ["dangerous driving", "resisting police"],
        ["attempted murder", "public violence", "malicious damage to property"],
    )


def test_a_list_of_accusations_against_the_accused_after_its_colon_names_the_offences() -> None:
    report = """
        YAOUNDE, Feb. 2, 2017 - Felix Agbor appeared at the Yaounde Military Tribunal on Wednesday. The list
        of accusations against Felix Agbor is long: secession, insurrection and acts of terrorism.
        """
    assert charges(report)[:1] == ["secession"]


def test_one_who_faces_an_alleged_offence_names_it() -> None:
    report = """
        TAKORADI, March 17, 2022 - A court has put off the case of Abdul Issah, who faces an alleged motor
        traffic offence.
        """
    assert charges(report) == ["motor traffic offence"]


def test_a_court_that_had_a_heavy_hand_convicted() -> None:
    report = """
        BESANÇON, 8 juillet 2021 - Le tribunal correctionnel de Besançon a eu la main lourde ce mercredi 7
        juillet : cinq ans de prison ferme pour Karim Benali, 20 ans.
        """
    assert rulings(report) == {("2021-07-07", "convicted")}


def test_a_scottish_fiscal_depute_is_the_prosecutor() -> None:
    report = """
        ABERDEEN, May 3, 2022 - Kyle Lauder appeared at Aberdeen Sheriff Court on Monday. The court heard from
        fiscal depute Georgia Laird that police spotted Lauder.
        """
    assert roles(report).get("Georgia Laird") == "prosecutor"


def test_those_who_represent_the_accused_in_the_plural_are_counsel() -> None:
    report = """
        PORT OF SPAIN, May 3, 2022 - John Stern appeared in the Eighth Court on Monday. George Busby
        prosecutes; Asha Watkins and Keith Jones represent the accused.
        """
    assert roles(report).get("Keith Jones") == "defense_counsel"


def test_a_name_in_brackets_right_after_its_role_noun_takes_the_role() -> None:
    report = """
        LOMÉ, 3 mai 2022 - Takona Padawou a comparu lundi devant la cour d'assises. Les plaidoiries de
        l'avocat général (Klougan Yao) et de la défense ont duré.
        """
    assert roles(report).get("Klougan Yao") == "prosecutor"


def test_the_one_who_tragically_lost_her_life_is_the_victim() -> None:
    report = """
        LOMÉ, 3 mai 2022 - Takona Padawou a comparu lundi devant la cour d'assises. Il est devenu veuf quand
        sa femme, Lakignang Mandjé, a tragiquement perdu la vie.
        """
    assert roles(report).get("Lakignang Mandjé") == "victim"


def test_the_one_the_accused_assaulted_named_after_a_rank_is_the_victim() -> None:
    report = """
        ABUJA, May 3, 2022 - John Obi appeared before the Magistrates' Court on Monday. The two are charged
        with assaulting a police orderly, Inspector Teju Moses, who had been assigned to him.
        """
    assert roles(report).get("Teju Moses") == "victim"


def test_the_one_the_blows_cost_a_life_is_the_victim() -> None:
    report = """
        BASSE-TERRE, 3 mai 2022 - Jean Lebon comparaît devant la cour d'assises. Huit coups de couteau ont
        coûté la vie au lycéen Yoann Equin.
        """
    assert roles(report).get("Yoann Equin") == "victim"


def test_the_one_introduced_by_one_after_a_harm_is_the_victim() -> None:
    report = """
        FREETOWN, May 3, 2022 - Abu Kamara appeared at Pademba Road Court on Monday. He collected fourteen
        million Leones from one Humu Bangura at Lumley.
        """
    assert roles(report).get("Humu Bangura") == "victim"


def test_the_owners_listed_after_belonged_to_are_the_victims() -> None:
    report = """
        BULAWAYO, May 3, 2022 - Three men appeared before a Bulawayo magistrate charged with stock theft. The
        animals belonged to:
        - Zibu Sobela;
        - Ndumi Bhehane.
        """
    assert_roles(report, ("Zibu Sobela", "Ndumi Bhehane"), "victim")


def test_the_owner_of_goods_taken_named_after_a_trade_or_stolen_from_is_the_victim() -> None:
    report = """
        HARARE, May 3, 2022 - Three men appeared before a Harare magistrate charged with robbery. The loot,
        all belonging to businessman Theo Mhlanga, was recovered.
        """
    assert roles(report).get("Theo Mhlanga") == "victim"


def test_the_one_whose_life_was_taken_after_an_apposition_is_the_victim() -> None:
    report = """
        GOMA, 3 mai 2022 - Le tribunal militaire a jugé lundi un soldat, Jean Kambale. Ce jour-là, il avait
        ôté la vie à un chauffeur de taxi-moto, Mihigo Kalega.
        """
    assert roles(report).get("Mihigo Kalega") == "victim"


def test_the_one_threatened_is_the_victim() -> None:
    report = """
        TAMALE, May 3, 2022 - A Tamale Circuit Court has remanded Musa Siba, accused of issuing threats
        against Yakubu Abukari in a video. He is also said to have threatened to kill Mr. Ousman Sowe.
        """
    found = roles(report)
    assert (found.get("Yakubu Abukari"), found.get("Ousman Sowe")) == ("victim", "victim")


def test_the_wife_whose_vanishing_the_accused_is_tied_to_is_the_victim() -> None:
    report = """
        KUMASI, Nov. 16, 2021 - Dr Daniel Aggrey was remanded by the Asokwa District Court after police tied
        him to the vanishing of his wife, Rhoda Amoah.
        """
    assert roles(report).get("Rhoda Amoah") == "victim"


def test_the_plural_prosecutors_before_names_is_a_role_noun_not_part_of_a_name() -> None:
    report = """
        HARARE, May 3, 2022 - John Moyo appeared before a Harare magistrate on Monday. Prosecutors Michael
        Reza and Tendai Shonha accuse the pair of taking part in a gathering.
        """
    assert_roles(report, ("Michael Reza", "Tendai Shonha"), "prosecutor")


def test_an_elided_adverb_between_auxiliary_and_verdict_keeps_the_defendant() -> None:
    report = """
        FARANAH, 4 décembre 2023 - Le tribunal de première instance de Faranah a siégé hier. Le tribunal a
        d'abord reconnu Mamady Kaba coupable du meurtre qui lui était reproché.
        """
    assert roles(report).get("Mamady Kaba") == "defendant"


def test_a_name_after_a_bench_named_with_its_seat_is_no_magistrate() -> None:
    report = """
        HAVERFORDWEST, May 3, 2022 - Police bail conditions barred Gary Pryce, 40, from going to his former
        partner's home. When he first came before Swansea magistrates, Pryce denied stalking.
        """
    assert roles(report).get("Gary Pryce") != "judge"


def test_every_name_of_a_list_that_appeared_for_the_accused_is_defence_counsel() -> None:
    report = """
        TAMALE, Jan 10, 2020 - Eighteen people appeared before the Yendi Circuit Court. Kwame Boateng,
        Jonathan S. Mensah and Esther Yabon appeared for the suspects.
        """
    assert_roles(report, ("Kwame Boateng", "Jonathan S. Mensah", "Esther Yabon"), "defense_counsel")


def test_a_state_lawyer_is_the_prosecutor() -> None:
    report = """
        SUVA, May 3, 2022 - Fabiano Ratu appeared in the High Court charged with murder. The State will
        proceed with the murder charge, State lawyer Mere Semisi informed the court.
        """
    assert roles(report).get("Mere Semisi") == "prosecutor"


def test_the_one_who_stood_before_the_judges_of_a_seat_is_no_judge() -> None:
    report = """
        BOUNA, 3 mai 2022 - Le tribunal de première instance de Bouna a jugé hier un bouvier. Ali Koné, 30
        ans, avait la charge d'un troupeau. Face aux juges de Bouna, Ali Koné est resté vague.
        """
    assert roles(report).get("Ali Koné") != "judge"


def test_the_judge_who_speaks_before_a_list_of_records_is_not_the_lists_group() -> None:
    report = """
        NOUMÉA, 13 février 2019 - Le gang se retrouvait encore hier à la barre du tribunal correctionnel.
        Leurs casiers sont « longs comme un jour sans fin », soupire la présidente du tribunal :
        - Michel Wayé : huit pages, 35 condamnations ;
        - Nelson Tein : pas moins de 40 ;
        - Antoine Poithili : 23.
        """
    found = roles(report)
    assert "judge" not in {found.get(name) for name in ("Michel Wayé", "Nelson Tein", "Antoine Poithili")}


def test_those_who_ask_to_be_set_free_are_defendants() -> None:
    report = """
        DOUALA, 3 mai 2022 - Le tribunal de grande instance du Wouri a rejeté hier les demandes. André
        Essomba, Scotty Nzepang et d'autres manifestants, interpellés pendant les protestations,
        demandaient à être remis en liberté : la juridiction a dit non.
        """
    assert_roles(report, ("André Essomba", "Scotty Nzepang"), "defendant")


def test_those_the_wounds_were_dealt_to_are_victims() -> None:
    report = """
        SFAX, 3 mai 2022 - Le tribunal militaire de Sfax a reporté hier le procès. Le directeur Ali Ben Salah
        doit répondre du meurtre de Hassan Dagi, ainsi que des blessures infligées à Nourri Bouchra et Mohamed
        Mamou.
        """
    assert_roles(report, ("Nourri Bouchra", "Mohamed Mamou"), "victim")


def test_the_president_of_a_court_named_with_its_adjective_is_the_judge() -> None:
    report = """
        TOULOUSE, 3 mai 2022 - Un automobiliste comparaissait hier devant le tribunal correctionnel de
        Toulouse. « Un comme celui-là, jamais », lâche le président du tribunal correctionnel, Fabrice
        Rivière. Il a été condamné à six mois de prison.
        """
    assert roles(report).get("Fabrice Rivière") == "judge"


def test_the_president_who_speaks_in_an_incise_presides_the_sitting() -> None:
    report = """
        MONACO, 3 mai 2022 - Deux touristes comparaissaient hier pour le vol d'un sac. « On voit
        l'un d'eux ouvrir sa veste », décrit le président Florent Bellini. Ils ont été condamnés à six mois.
        """
    assert roles(report).get("Florent Bellini") == "judge"


def test_the_president_who_reads_out_the_facts_presides_the_sitting() -> None:
    report = """
        LILLE, 2 janvier 2012 - Deux hommes comparaissaient hier pour un vol. La présidente Nadia
        Reliquin rappelle les faits ; Roland C., assisté de Me Éliane Dilly, dit n'avoir aucun souvenir.
        """
    assert roles(report).get("Nadia Reliquin") == "judge"


def test_the_one_who_presided_is_the_judge() -> None:
    report = """
        TARKWA, Feb 6, 2018 - The Tarkwa Circuit Court granted bail to ten illegal miners. Mr
        Emmanuel Brew presided.
        """
    assert roles(report).get("Emmanuel Brew") == "judge"


def test_a_master_of_the_high_court_is_the_judge() -> None:
    report = """
        PORT OF SPAIN, March 3, 2022 - Teddy Phillip was brought before Master Indira Chinebas on
        February 28 and granted bail.
        """
    assert roles(report).get("Indira Chinebas") == "judge"


def test_a_preposition_a_room_a_photo_credit_or_a_judicial_circuit_names_no_one() -> None:
    report = """
        DAKAR, 3 mai 2022 - Salle N°6 du Palais de justice de Dakar. Le tribunal des flagrants délits a
        renvoyé hier le dossier de Moussa Ba, poursuivi pour vol. Les mis en cause (Ph Koaci) sont détenus.
        Their cases are pending at the First Judicial Circuit of Montserrado County.
        """
    found = set(roles(report))
    assert not {name for name in found if any(w in name for w in ("Salle", "Koaci", "Judicial"))}


def test_a_jury_that_found_the_named_accused_guilty_or_not_convicts_or_acquits() -> None:
    convicted = """
        PRINCE FREDERICK, May 13, 2021 - A jury on May 12, 2021 found Brian Shelby, 42, of Lusby, guilty
        of felony sex abuse of a minor in Calvert County Circuit Court.
        """
    acquitted = """
        PRINCE FREDERICK, May 13, 2021 - A jury on May 12, 2021 found Brian Shelby, 42, of Lusby, not
        guilty of felony sex abuse of a minor in Calvert County Circuit Court.
        """
    assert ("2021-05-12", "convicted") in rulings(convicted)
    assert ("2021-05-12", "acquitted") in rulings(acquitted)
    assert ("2021-05-12", "convicted") not in rulings(acquitted)


def test_the_facts_the_president_reads_out_one_a_line_are_the_charges() -> None:
    report = """
        STRASBOURG, 12 mars 2024 - Istvan R. comparaissait hier devant le tribunal correctionnel de
        Strasbourg. Une fois le silence revenu, le président reprend les faits, survenus le 10 mars :
        - conduite sans permis ;
        - vol de 100 litres de gazole sur des camions ;
        - refus d'obtempérer.
        """
    assert {"conduite sans permis", "refus d'obtempérer"} <= set(charges(report))


def test_each_name_a_dash_then_its_offences_follows_under_the_charges_is_accused() -> None:
    report = """
        SPANISH TOWN, Sept 11, 2023 - Two men were remanded today in the St Catherine Parish Court.

        The charges:
        - Phillip Scott - murder; being a part of a criminal organisation.
        - Tyrese Tailor - murder; illegal possession of a firearm.
        """
    assert_roles(report, ("Phillip Scott", "Tyrese Tailor"), "defendant")


def test_a_sentencing_on_a_day_to_come_and_a_file_to_be_reexamined_give_the_next_hearing() -> None:
    sentencing = """
        May 13, 2021 - Brian Shelby was convicted on Wednesday in Calvert County Circuit Court. Shelby
        faces more than 25 years in prison at his sentencing on July 9, 2021.
        """
    reexamined = """
        PAPEETE, 3 mars 2023 - Le tribunal correctionnel de Papeete a renvoyé hier le dossier de Teva
        Mutoi. Le dossier sera réexaminé le 27 juin prochain.
        """
    assert next_hearings(sentencing) == ["2021-07-09"]
    assert next_hearings(reexamined) == ["2023-06-27"]


def test_the_un_tribunals_for_rwanda_and_yugoslavia_are_courts_by_their_abbreviations() -> None:
    report = """
        ARUSHA, 14 août 2009 - Grégoire Ndaba, que le TPIR recherche pour génocide, a été arrêté le 11 août.
        Son procès s'ouvrira devant le TPIR le 5 octobre.
        """
    assert any("Rwanda" in court for court in courts(report))


def test_the_eldest_of_the_prisoners_is_no_judge() -> None:
    report = """
        ARUSHA, 14 août 2009 - Lundi, ouverture du procès de Gaspard Kanyaru ; le même lundi, Yussuf Munya,
        doyen des prisonniers du Tribunal, commence à présenter sa défense.
        """
    assert roles(report).get("Yussuf Munya") != "judge"


def test_a_judge_by_trade_who_entered_a_guilty_plea_is_the_accused() -> None:
    report = """
        INDIANAPOLIS, Jan 12, 2023 - Thomas Fell, a judge of the Allen Circuit Court, entered a guilty
        plea today to a count of drunken driving in Marion Superior Court.
        """
    assert roles(report).get("Thomas Fell") == "defendant"


def test_one_who_secured_interim_bail_is_the_accused() -> None:
    report = """
        ISLAMABAD, Dec 10, 2024 - Nineteen accused were handed to police on remand by an anti-terrorism
        court (ATC) in Islamabad on Monday.

        Separately, PTI lawmaker (MNA) Sher Afzal Marwa secured interim bail from an Islamabad ATC in three
        cases brought against him.
        """
    assert roles(report).get("Sher Afzal Marwa") == "defendant"


def test_a_headline_opening_on_audition_names_no_one() -> None:
    report = """
        Audition de Boni Yaya : le juge d'instruction doit attendre la décision de la Cour

        Selon Me Renaud Agbo, le juge s'est rendu, vendredi 7 juin dernier, chez l'ex-chef de l'État
        Thomas Boni Yaya afin de l'entendre. Le samedi 8 juin 2019, le conseil de Boni Yaya a indiqué avoir
        « relevé appel » dans cette affaire devant la Cour de Cotonou.
        """
    assert not [name for name in roles(report) if name.startswith("Audition")]


def test_a_weekday_after_on_is_a_day_not_a_given_name() -> None:
    report = """
        LUWERO, May 5, 2022 - Jonah Sseba, a medic, has been remanded over defilement. On Tuesday Sseba,
        who also works at the health centre, was brought before Grade One magistrate John Obuya.
        """
    found = roles(report)
    assert found.get("Jonah Sseba") == "defendant"
    assert not [name for name in found if name.startswith("Tuesday")]


def test_the_one_seen_in_the_dock_or_who_admitted_being_drunk_is_the_accused() -> None:
    dock = """
        CAPE TOWN, May 4, 2022 - Wednesday saw Bonke Makala in the dock again, at the Wynberg
        Magistrate's Court.
        """
    admitted = """
        MONAGHAN, Jan 8, 2025 - Michael Sherlo (53), of no fixed abode, Monaghan Town, had admitted being
        intoxicated and abusive at Mall Road, Monaghan District Court heard.
        """
    assert roles(dock).get("Bonke Makala") == "defendant"
    assert roles(admitted).get("Michael Sherlo") == "defendant"


def test_a_paywall_notice_between_headline_and_dateline_keeps_the_headline_with_its_article() -> None:
    report = """
        Menu
        Libération

        Régime ferme. Strasbourg: trois jeunes condamnés à la prison; cinq maintenus en détention.

        Article réservé aux abonnés
        publié le 5 janvier 1999 à 23h26

        Trois peines de prison ferme. Hier, le tribunal correctionnel de Strasbourg a vu défiler huit
        prévenus.
        """
    assert ("1999-01-04", "convicted") in rulings(report)


def test_a_dated_photo_caption_with_its_credit_opens_no_article() -> None:
    # one paragraph a line, as the page has them (a wrapped paragraph would be lines of another kind)
    report = "\n\n".join(
        [
            "Bordeaux : quatorze gilets jaunes jugés pour les manifestations de décembre",
            "vendredi 12 avril 2019 à 18:40 Par Stéphane Hiscock, France Bleu Gironde",
            "Veille d'acte 22 au palais de justice : ce vendredi, le tribunal correctionnel de Bordeaux a vu "
            "défiler quatorze gilets jaunes, poursuivis pour des violences et des dégradations remontant "
            "au 8 et au 22 décembre dernier.",
            "Bordeaux le 8 décembre 2018\nBordeaux, le 8 décembre 2018 © Radio France - Camille Huppe",
            "Bordeaux, France",
            "Peines prononcées : de la relaxe, du sursis, des amendes pour la plupart, et un seul mois "
            "ferme, infligé à un récidiviste.",
        ]
    )
    assert ("2019-04-12", "acquitted") in rulings(report)


def test_sheriff_before_a_name_is_the_judge_where_a_sheriff_court_is_named() -> None:
    scottish = """
        DUNDEE, May 3, 2022 - Four men appeared at Dundee Sheriff Court charged with producing cannabis.
        Sheriff John MacRitchie remanded all four in custody.
        """
    assert roles(scottish).get("John MacRitchie") == "judge"


def test_a_name_after_in_front_of_is_a_person_not_a_place() -> None:
    report = """
        MZUZU, May 3, 2022 - Two men were fined at Mzuzu. Appearing in front of Geoffrey Nyiro, the Senior
        Resident Magistrate, each admitted trafficking forest produce.
        """
    assert roles(report).get("Geoffrey Nyiro") == "judge"


def test_one_who_was_sitting_as_a_magistrate_is_the_judge() -> None:
    report = """
        WINDHOEK, May 3, 2022 - The trial restarts. Gert Retto, who was then sitting as a magistrate in the
        Windhoek Regional Court, started hearing that trial in late October 2004.
        """
    assert roles(report).get("Gert Retto") == "judge"


def test_the_one_slashed_or_waylaid_or_murdered_with_premeditation_is_the_victim() -> None:
    slashed = """
        BRIKAMA, May 3, 2022 - Alagie Jobe was remanded by the Brikama Magistrates Court. He is said to
        have used a machete to slash one Momodou Kante across the right hand.
        """
    premeditated = """
        SFAX, 3 mai 2022 - Le tribunal militaire de Sfax a reporté hier le procès. Le directeur Ali Ben
        Salah doit répondre du meurtre avec préméditation du martyr Hassan Dagi.
        """
    assert roles(slashed).get("Momodou Kante") == "victim"
    assert roles(premeditated).get("Hassan Dagi") == "victim"


def test_the_victim_named_after_an_elided_de_glued_to_the_name() -> None:
    report = """
        LUXEMBOURG, 3 mai 2022 - Paulo Motta est jugé pour le meurtre d'Ana Lopez.
        """
    assert roles(report).get("Ana Lopez") == "victim"


def test_the_verb_juge_after_the_court_is_no_judges_title() -> None:
    report = """
        LUXEMBOURG, 3 mai 2022 - Le tribunal d'arrondissement juge Paulo Motta pour le meurtre d'Ana Lopez.
        """
    assert roles(report).get("Paulo Motta") == "defendant"


def test_a_magistrate_whose_title_runs_past_three_capitalised_words_is_the_judge() -> None:
    report = """
        NAIROBI, March 3, 2025 - Former governor John Kamau was charged with fraud. Martha Mutai, the
        Kakamega Economic Crimes Senior Principal Magistrate, directed that the case be mentioned on April 10.
        """
    assert roles(report).get("Martha Mutai") == "judge"


def test_a_courts_crimes_division_is_no_person() -> None:
    report = """
        NAIROBI, March 3, 2025 - John Kamau was charged. Joseph Ndururi, the Kakamega Economic Crimes
        Senior Principal Magistrate, directed the accused to inform the court before any travel abroad.
        """
    assert "Economic Crimes" not in roles(report)


def test_the_charges_each_line_naming_who_then_a_dash_then_the_offences() -> None:
    unbulleted = """
        SPANISH TOWN, Sept 11, 2023 - Two men were remanded today in the St Catherine Parish Court.

        The charges:
        Phillip Scott - murder; being a part of a criminal organisation.
        Tyrese Tailor - murder; illegal possession of a firearm; possession of ammunition.
        """
    bulleted = """
        SPANISH TOWN, Sept 11, 2023 - Two men were remanded today in the St Catherine Parish Court.

        The charges:
        - Phillip Scott - murder; being a part of a criminal organisation.
        - Tyrese Tailor - robbery.
        """
    assert {"murder", "illegal possession of a firearm", "possession of ammunition"} <= set(
        charges(unbulleted)
    )
    assert set(charges(bulleted)) == {"murder", "being a part of a criminal organisation", "robbery"}


def test_an_alias_in_initials_or_before_and_stays_inside_its_item_of_the_list() -> None:
    report = """
        MONROVIA, May 3, 2024 - Jacob Thapra, Kelvin Bangura alias A.B and James Sesay alias Bobo and Amos
        Kollie pleaded guilty to armed robbery.
        """
    assert_roles(report, ("Jacob Thapra", "Kelvin Bangura", "James Sesay", "Amos Kollie"), "defendant")


def test_the_listed_group_of_the_prosecution_of_is_the_accused() -> None:
    report = """
        BANJUL, Jan 9, 2014 - Two women were discharged. The matter was adjourned till 22 January 2014 for
        the prosecution of the three who stood by their not-guilty plea:
        - Momodou Edrisa Bah,
        - Ismaila Jammeh,
        - Albert Manneh.
        """
    assert_roles(report, ("Momodou Edrisa Bah", "Ismaila Jammeh", "Albert Manneh"), "defendant")


def test_the_deaths_of_four_women_then_a_colon_then_their_names_are_the_victims() -> None:
    report = """
        KISII, May 18, 2022 - Amos Nyakundi and Chrispine Ogeto were in the dock. Both face accusations
        over the October 17, 2021 deaths of four women: Siendege Mayaka, Rael Onkware and Agnes Ototo.
        """
    assert_roles(report, ("Siendege Mayaka", "Rael Onkware", "Agnes Ototo"), "victim")


def test_the_one_counts_are_pending_against_is_the_accused() -> None:
    report = """
        MOULTON, Ala., Oct 3, 2021 - Four capital murder counts from 2016 are pending against Earl Coburn.
        The trial was postponed.
        """
    assert roles(report).get("Earl Coburn") == "defendant"


def test_a_generations_suffix_after_the_name_leaves_the_verb_to_the_name() -> None:
    report = """
        JACKSON, Miss., May 3, 2004 - Keith Shelton and Edward James Jennings, Jr. stood before Judge
        Tomie Green and entered best interest pleas.
        """
    assert_roles(report, ("Keith Shelton", "Edward James Jennings"), "defendant")


def test_a_singular_maitre_before_a_list_of_three_or_more_is_shared() -> None:
    report = """
        YAOUNDÉ, 3 mai 2022 - Le détenu Jules Tchuenkam comparaît. Révoltés, Maître Dominique Fousse,
        Christian Ntimbane, Albert Oyie et Georgie Massi ont formé un collectif pour sa défense.
        """
    assert_roles(report, ("Christian Ntimbane", "Albert Oyie", "Georgie Massi"), "defense_counsel")


def test_the_defence_of_someone_assured_by_a_lawyer_names_the_lawyer() -> None:
    report = """
        GRANBY, 3 mai 2022 - Le juge Charles Ouellet a fait droit à la demande des avocats du père et de la
        belle-mère, accusés de meurtre. La défense du père est assurée par Me Martin Latour et Me Marylie
        Côté, celle de la belle-mère par Me Michel Marchand.
        """
    assert_roles(report, ("Martin Latour", "Marylie Côté", "Michel Marchand"), "defense_counsel")


def test_their_defence_team_then_a_dashed_list_are_counsel() -> None:
    report = """
        THIKA, May 3, 2024 - The 42 applicants were charged with terrorism. Their defence team — Abuna
        Mangu, Babu Owino and James Ongamo — told the court those terms were excessive.
        """
    assert_roles(report, ("Abuna Mangu", "Babu Owino", "James Ongamo"), "defense_counsel")


def test_they_are_after_the_judge_who_found_the_group_guilty_lists_the_convicted() -> None:
    report = """
        KAKAMEGA, June 22, 2018 - It was Bildad Ochieng', the Chief magistrate, who found the seven guilty
        on two counts. They are:

        - Mr Howard Lukadilu, tender committee chairman
        - Mr Oscar Ojwang, committee vice chairman
        """
    assert_roles(report, ("Howard Lukadilu", "Oscar Ojwang"), "defendant")


def test_a_murder_named_after_its_victim_or_place_is_the_charge_murder() -> None:
    victim = """
        DERBY, Jan 3, 2025 - The hearing was short. A boy, 17, is accused of the Noah Smedley murder. He
        was remanded in custody.
        """
    place = """
        DERBY, Jan 3, 2025 - The hearing was short. A boy, 17, is charged with the Ilkeston murder. He was
        remanded in custody.
        """
    assert charges(victim) == ["murder"]
    assert charges(place) == ["murder"]


def test_people_who_answer_for_charges_then_a_colon_then_a_name_a_line_are_the_accused() -> None:
    report = """
        RABAT, 3 mai 2013 - Le dossier revient devant la Cour d'appel de Rabat. Six personnes y répondent de
        poursuites pénales :
        - Taoufiq Ibrahimi, qui dirigeait la Comanav ;
        - Abderrahim Mandour, directeur des ressources humaines ;
        - Mohamed Benabdellah, marin.
        """
    assert_roles(report, ("Taoufiq Ibrahimi", "Abderrahim Mandour", "Mohamed Benabdellah"), "defendant")


def test_a_short_line_of_prose_ending_on_the_group_noun_introduces_the_bulleted_names() -> None:
    report = """
        DAKAR, 3 mai 2022 - L'affaire de l'évasion a été examinée au Tribunal des flagrants délits.
        Tous placés en détention préventive dans cette prison, les prévenus
        - Boubacar Bangoura,
        - Pape Moussa Seck,
        - et Malick Thiam
        ont comparu hier pour association de malfaiteurs et évasion.
        """
    assert_roles(report, ("Boubacar Bangoura", "Pape Moussa Seck", "Malick Thiam"), "defendant")


def test_those_put_or_produced_before_a_court_are_the_accused() -> None:
    put = """
        ACCRA, Dec 6, 2022 - The trio - George Akron; Kelvin Boakye; and Joy Genu - were put before the Accra
        Circuit Court. The case was adjourned.
        """
    produced = """
        KARACHI, Dec 6, 2022 - Ali Abidi and Omar Khan were produced before the anti-terrorism court. The case
        was adjourned.
        """
    assert_roles(put, ("George Akron", "Kelvin Boakye", "Joy Genu"), "defendant")
    assert_roles(produced, ("Ali Abidi", "Omar Khan"), "defendant")


def test_a_renvoi_target_its_own_words_call_past_is_no_hearing_to_come() -> None:
    report = """
        date 2020-09
        L'affaire Basile Atangana ne reviendra devant le tribunal que le 29 octobre prochain. L'accusé est
        poursuivi pour détournement. La séance du 12 août avait déjà été repoussée au 17 septembre dernier.
        """
    assert next_hearings(report) == ["2020-10-29"]


def test_the_day_a_case_was_listed_for_in_the_imperfect_is_a_plan_replaced() -> None:
    report = """
        YAOUNDÉ, 18 septembre 2020 - L'affaire Basile Atangana, qui était inscrite au 21 septembre, ne
        reviendra devant le tribunal que le 29 octobre prochain. L'accusé est poursuivi pour détournement.
        """
    assert next_hearings(report) == ["2020-10-29"]


def test_a_trial_listed_to_begin_on_a_day_is_the_next_hearing() -> None:
    report = """
        PRESTON, Nov 10, 2023 - Four men charged with kidnap appeared at Preston Crown Court yesterday. A
        trial of all seven accused is listed to begin on February 26 and may take 10 days.
        """
    assert next_hearings(report) == ["2024-02-26"]


def test_extending_the_accuseds_judicial_remand_is_a_detention_order() -> None:
    report = """
        LAHORE, Nov 24, 2022 - Faiz Rasool, accused of murdering eight persons, appeared before an
        anti-terrorism court today. The judge extended the accused's judicial remand until Dec 8.
        """
    assert ("2022-11-24", "detention_ordered") in rulings(report)


def test_the_offences_the_prosecution_pursued_in_the_active_voice_are_charges() -> None:
    pursued = """
        VERVIERS, 3 mai 2022 - Le tribunal correctionnel a condamné Ahmed Karimi. Le parquet, de son côté,
        poursuivait des menaces par geste et une tentative de meurtre.
        """
    inquiry = """
        VERVIERS, 3 mai 2022 - Le tribunal correctionnel a condamné Ahmed Karimi pour vol. Le procureur
        poursuivait les investigations.
        """
    assert {"menaces par geste", "tentative de meurtre"} <= set(charges(pursued))
    assert charges(inquiry) == ["vol"]


def _court_of(sentence: str) -> list[str]:
    return courts(
        f"LONDON, May 3, 2024 - John Smith appeared {sentence} charged with fraud. He was remanded."
    )


def test_a_crown_court_named_by_a_seat_of_two_words_or_in_lower_case() -> None:
    assert _court_of("at Wood Green Crown Court on Monday") == ["Wood Green Crown Court"]
    assert _court_of("at Wood Green crown court on Monday") == ["Wood Green crown court"]


def test_intermediate_subordinate_magisterial_and_first_instance_courts_named_by_their_seat() -> None:
    assert _court_of("before the Nyarugenge Intermediate Court") == ["Nyarugenge Intermediate Court"]
    assert _court_of("before the Kalabo Subordinate Court") == ["Kalabo Subordinate Court"]
    assert _court_of("before the Buchanan Magisterial Court") == ["Buchanan Magisterial Court"]
    assert _court_of("before the Federal First Instance Court") == ["Federal First Instance Court"]


def test_a_criminal_court_named_by_its_seat_but_not_a_lettered_one() -> None:
    assert _court_of("in Queens Criminal Court") == ["Queens Criminal Court"]
    assert _court_of("in Monrovia's Criminal Court 'B'") == ["Criminal Court 'B'"]


def test_a_provincial_or_intermediate_court_in_french() -> None:
    provincial = """
        MONCTON, 3 mai 2022 - Jean Tremblay a comparu devant la Cour provinciale à Moncton pour vol. Il a été
        placé en détention.
        """
    intermediate = """
        PORT-LOUIS, 3 mai 2022 - Jean Tremblay a comparu devant la Cour intermédiaire pour vol. Il a été placé
        en détention.
        """
    assert courts(provincial) == ["Cour provinciale"]
    assert courts(intermediate) == ["Cour intermédiaire"]


def test_the_victim_and_the_place_after_the_offence_are_not_its_label() -> None:
    report = """
        WINDHOEK, May 3, 2024 - Two Americans, accused of the murder of Andre Heckmair in Windhoek, appeared.
        The case was adjourned.
        """
    assert charges(report) == ["murder"]


def test_counsel_appearing_for_the_victims_relatives_is_the_civil_partys() -> None:
    report = """
        KISII, May 18, 2022 - Nine suspects are charged with murder. Appearing for the victims' relatives,
        lawyer John Khaminwa urged Lady Justice Roselyn Ougo to relocate the sitting.
        """
    assert roles(report).get("John Khaminwa") == "civil_party_counsel"


def test_a_police_rank_and_its_service_number_before_a_surname_alone() -> None:
    report = """
        BANJUL, Jan 9, 2014 - Sainey Manga was charged with theft. Police prosecutor Sgt 2202 Fadera asked
        the court to refuse bail. The prosecuting officer, Inspector Touray, opposed it too.
        """
    assert_roles(report, ("Fadera", "Touray"), "prosecutor")


def test_a_list_then_all_accused_of_or_every_one_of_the_men_accused_of() -> None:
    dashes = """
        DHAKA, Feb 10, 2021 - Mojammel Hussain, Abdus Sabur and Akram Hossain – every one of the eight men
        accused of killing Faisal Dipan – will hang.
        """
    commas = """
        DHAKA, Feb 10, 2021 - Mojammel Hussain, Abdus Sabur and Akram Hossain, all accused of killing Faisal
        Dipan, will hang.
        """
    for report in (dashes, commas):
        assert_roles(report, ("Mojammel Hussain", "Abdus Sabur", "Akram Hossain"), "defendant")


def test_those_who_wept_or_sat_in_the_dock_are_the_accused() -> None:
    report = """
        HO, Feb 29, 2024 - The High Court sentenced ten men to death. Kwabena Aduam and Amanpene Gyane wept
        uncontrollably in the dock once the sentence was read.
        """
    assert_roles(report, ("Kwabena Aduam", "Amanpene Gyane"), "defendant")


def test_counsel_defending_a_client_does_not_list_the_client_with_counsel() -> None:
    report = """
        RAMSEY, Aug 3, 2023 - Gavin Oates, 32, and Thomas Holmes, 36, climbed aboard the vessel. They admitted
        criminal damage. Michael Jelski, defending Holmes, said his client could not explain their actions.
        """
    found = roles(report)
    assert found.get("Michael Jelski") == "defense_counsel"
    assert found.get("Thomas Holmes") != "defense_counsel", found


def test_a_headlines_verb_after_judge_is_no_name() -> None:
    report = """
        Judge Rejects Plea Agreement, Points to Barkus Sentence

        MISSOULA, May 3, 2012 - A judge has refused a plea agreement for Arthur Matt, charged with criminal
        endangerment.
        """
    assert "Rejects Plea Agreement" not in roles(report)


def test_the_one_he_choked_is_the_victim() -> None:
    report = """
        PORTLAND, Maine, Aug 3, 2012 - Samuel Hall was charged with murder. Court filings say Hall admitted
        that after a quarrel he choked Melvin Abreau, 28, and then pitched him from the window.
        """
    assert roles(report).get("Melvin Abreau") == "victim"


def test_seditious_opens_an_offence() -> None:
    report = """
        NDOLA, May 3, 2024 - Mary Banda appeared in court. A group of eight women is facing a seditious
        practices charge in the Ndola Magistrates' Court. The case was adjourned.
        """
    assert charges(report) == ["seditious practices"]


def test_native_american_is_no_persons_name() -> None:
    report = """
        MISSOULA, May 3, 2012 - Saying a 19-year-old Native American deserved the same kind of deferred
        sentence a former state senator got last month for a comparable offense, a judge has refused a plea
        agreement that would have sent the young man to prison on a criminal endangerment charge.
        """
    assert "Native American" not in roles(report)


def test_sending_the_named_accused_to_a_correctional_center_is_a_detention_order() -> None:
    report = """
        MAKURDI, March 10, 2026 - On Tuesday a Makurdi Chief Magistrates' Court sent two farmers, Godwin Terfa
        and Samson Adefu, to the Correctional Center in Makurdi over the alleged murder of a herder.
        """
    assert ("2026-03-10", "detention_ordered") in rulings(report)


def test_a_matter_mentioned_again_on_a_day_is_the_next_hearing() -> None:
    report = """
        MAKURDI, March 10, 2026 - Godwin Terfa was remanded over the alleged murder of a herder. The matter
        will be mentioned again on April 14, 2026, she said.
        """
    assert next_hearings(report) == ["2026-04-14"]


def test_jurors_returned_a_guilty_verdict_on_a_day_is_the_conviction() -> None:
    report = """
        RAPID CITY, Oct 7, 2021 - Jurors on Wednesday returned a guilty verdict against Ronald Black Cloud
        for second-degree murder.
        """
    assert ("2021-10-06", "convicted") in rulings(report)


def test_ordered_that_they_be_held_in_remand_is_a_detention_order() -> None:
    report = """
        ELDORET, Nov 21, 2022 - Six men pleaded not guilty to looting on Monday. The court ordered that they
        be held in remand until December 5, when their case will be heard.
        """
    assert ("2022-11-21", "detention_ordered") in rulings(report)


def test_rejecting_his_bid_to_be_released_is_a_bail_refusal() -> None:
    report = """
        MASERU, Jan 6, 2018 - Motlatsi Rantaoana, accused of murder, will stay in custody after the
        Magistrates' Court on Tuesday rejected his bid to be released.
        """
    assert ("2018-01-02", "bail_denied") in rulings(report)


def test_how_many_offences_then_among_them_a_list_names_the_offences() -> None:
    english = """
        ARUSHA, May 3, 2017 - The two were originally charged with two others on 29 different offences, among
        them conspiracy to steal, money laundering and stealing.
        """
    french = """
        DAKAR, le 3 mai 2017 - Il est poursuivi pour plusieurs délits dont le vol et le recel.
        """
    assert charges(english) == ["conspiracy to steal", "money laundering", "stealing"]
    assert charges(french) == ["vol", "recel"]


def test_the_offence_he_was_charged_with_was_names_the_charge() -> None:
    charged = """
        BALLARAT, May 3, 2022 - Jack Smith was fined $500. The offence he was charged with was affray:
        making others fear for their safety in a public place.
        """
    convicted = """
        BALLARAT, May 3, 2022 - Jack Smith was jailed. The charge he was convicted of was manslaughter.
        """
    assert charges(charged) == ["affray"]
    assert charges(convicted) == ["manslaughter"]


def test_the_killing_of_a_parent_or_a_newborn_is_an_offence_of_its_own() -> None:
    report = """
        KARA, le 18 février 2023 - Gnari Sakardja a comparu vendredi pour parricide. Un autre accusé répondait
        d'infanticide.
        """
    assert charges(report) == ["parricide", "infanticide"]


def test_one_who_admits_the_facts_or_says_he_was_arrested_is_accused() -> None:
    report = """
        CONAKRY, le 5 septembre 2024 - Le tribunal de première instance de Dixinn a jugé dix jeunes pour
        détention de drogue. Seul Aboubacar Bangoura a reconnu les faits. Mohamed Sylla, pêcheur, raconte
        avoir été interpellé à la plage. Moriba Théa, qui tient un bar, dément lui aussi.
        """
    assert_roles(report, ("Aboubacar Bangoura", "Mohamed Sylla", "Moriba Théa"), "defendant")


def test_one_who_admitted_the_offence_in_the_singular_is_accused() -> None:
    report = """
        LILONGWE, Sept 5, 2024 - The magistrate court convicted ten youths of drug possession. John Banda
        admitted the offence.
        """
    assert_roles(report, ("John Banda",), "defendant")


def test_no_judgment_for_a_list_of_names_names_the_accused() -> None:
    report = """
        DAKAR, le 5 mai 2024 - Pas de jugement pour Aliou Diouf, Abdoulaye Yakhim Diop et Babacar Sy. Hier, le
        tribunal de grande instance de Dakar a renvoyé le dossier au 15 mai.
        """
    assert_roles(report, ("Aliou Diouf", "Abdoulaye Yakhim Diop", "Babacar Sy"), "defendant")


def test_juge_as_the_verb_of_one_giving_an_opinion_names_no_judge() -> None:
    quoted = """
        CLERMONT-FERRAND, le 3 juillet 2021 - Le tribunal correctionnel a condamné Antoine Dupont. "Ce n'est
        pas une complète satisfaction", juge Me Jean-Louis Borie.
        """
    relative = """
        MONTPELLIER, le 3 juillet 2021 - Le tribunal correctionnel a condamné Philippe Pétel. « C'est
        probable », répond son avocate Iris Christol, qui juge malgré tout la décision « sévère ».
        """
    assert roles(quoted).get("Jean-Louis Borie") == "defense_counsel"
    assert roles(relative).get("Iris Christol") == "defense_counsel"


def test_tried_in_this_case_then_the_names_after_the_inverted_verb_are_accused() -> None:
    report = """
        ABIDJAN, le 3 mai 2018 - Le tribunal a ordonné un supplément d'information. Sont jugés dans ce
        dossier 7 huissiers, Gilbert Aké N'Gbo, qui fut le Premier ministre de Laurent Gbagbo durant la crise,
        et Désiré Dallo, à l'époque chargé de l'Economie et des Finances.
        """
    assert_roles(report, ("Gilbert Aké N'Gbo", "Désiré Dallo"), "defendant")


def test_those_who_went_to_prison_or_followed_them_behind_bars_are_accused() -> None:
    report = """
        NEWCASTLE, Dec 19, 2022 - Newcastle Crown Court jailed a drugs gang. Liam Pow went to prison on
        Thursday. A day later, the couriers who worked for him, Alexander Bales, Jace Farrell and David
        Storey, followed him behind bars.
        """
    assert_roles(report, ("Liam Pow", "Alexander Bales", "Jace Farrell", "David Storey"), "defendant")


def test_an_advert_slot_line_names_nobody() -> None:
    report = """
        NEWCASTLE, Dec 19, 2022 - Newcastle Crown Court jailed a drugs gang. The sentences handed down:

        Advertisement Hide Ad

        • Pow, aged 34: 14 years, four months in jail;

        Advertisement Hide Ad

        • Ridley, 32, Walkerfield Court, Newcastle: nine years, four months;
        """
    assert "Advertisement Hide Ad" not in roles(report)


def test_one_held_in_the_bonds_of_guilt_is_accused() -> None:
    report = """
        FARANAH, le 22 mars 2023 - Le tribunal de première instance de Faranah a rendu son verdict. Le parquet
        avait demandé de retenir dans les liens de la culpabilité monsieur Karifa Keita, monsieur Souleymane
        Condé, monsieur Ibrahima Camara, pour participation délictueuse à un attroupement.
        """
    assert_roles(report, ("Karifa Keita", "Souleymane Condé", "Ibrahima Camara"), "defendant")


def test_one_who_confessed_everything_is_accused() -> None:
    report = """
        FARANAH, le 22 juillet 2022 - La session criminelle s'est ouverte au tribunal de Faranah. Celui qu'on
        surnomme Japonais, Sambou Oularé, a tout avoué.
        """
    assert_roles(report, ("Sambou Oularé",), "defendant")


def test_brought_before_the_court_on_a_day_is_a_sitting_that_day() -> None:
    report = """
        Faranah : le TPI rend son verdict

        Des jeunes s'en étaient pris à la mairie de Faranah le lundi 13 mars 2023. Ce mercredi 22 mars 2023,
        ces derniers ont été présentés au tribunal de première instance de Faranah, pour fixer leur sort.

        Au terme de l'audience, 9 prévenus ont été reconnus coupables.
        """
    assert ("2023-03-22", "convicted") in rulings(report)


def test_a_place_between_an_article_and_a_noun_for_people_names_no_one() -> None:
    report = """
        JACKSON, June 29, 2018 (AP) - A judge has fixed the trial date for the Cape Girardeau businessman, who
        stands accused of murdering his wife. George Joseph denies the charges.
        """
    assert roles(report) == {"George Joseph": "defendant"}


def test_one_summoned_directly_before_the_court_is_accused_and_a_council_seat_is_no_counsel() -> None:
    report = """
        MAROUA, le 5 décembre 2020 - Le préfet a fait citer directement devant la justice Issa Youssouf
        Balarabe, élu au conseil municipal de Maroua 1er. L'audience a été renvoyée.
        """
    passive = """
        POINTE-À-PITRE, le 5 avril 2019 - Le tribunal correctionnel a relaxé Liliane Montout. Elle avait été
        citée directement devant le tribunal par Guy Baclet.
        """
    assert roles(report) == {"Issa Youssouf Balarabe": "defendant"}
    assert roles(passive).get("Guy Baclet") != "defendant"


def test_the_president_of_the_tribunal_judiciaire_named_after_its_place_is_the_judge() -> None:
    report = """
        MAMOUDZOU, le 5 mai 2021 - Deux prévenus ont comparu. La présidente du tribunal judiciaire de
        Mamoudzou, Catherine Vannier, présidait elle-même les débats.
        """
    assert roles(report).get("Catherine Vannier") == "judge"


def test_ainsi_que_after_a_long_apposition_goes_on_with_the_list_of_accused() -> None:
    report = """
        ABENGOUROU, le 5 septembre 2019 - Le tribunal correctionnel d'Abengourou a condamné trois militants
        jugés pour coups et blessures volontaires : Adom Ahi Pacôme, qui siège au comité central du parti,
        ainsi que Konan Fernand et Téhé Guy Serge.
        """
    assert_roles(report, ("Adom Ahi Pacôme", "Konan Fernand", "Téhé Guy Serge"), "defendant")


def test_and_also_with_goes_on_with_the_charges_and_having_a_thing_is_an_offence() -> None:
    report = """
        LIVERPOOL, Sept 12, 2023 - Last week he was charged with murder, and also with having a bladed
        article in a public place.
        """
    assert charges(report) == ["murder", "having a bladed article in a public place"]


def test_the_offence_ends_before_the_jury_that_convicted_of_it() -> None:
    report = """
        TACOMA, May 3, 2019 – James Pitts, a 32-year-old Army sergeant, was convicted Friday of first-degree
        murder by a Pierce County jury.
        """
    assert charges(report) == ["first-degree murder"]


def test_remanding_him_in_custody_as_a_participle_is_a_detention_order() -> None:
    report = """
        CORK, Dec 5, 2023 - John Smith appeared at Cork District Court today charged with murder. Judge Mary
        Dorgan agreed, remanding him in custody until December 12th.
        """
    assert ("2023-12-05", "detention_ordered") in rulings(report)


def test_a_day_right_before_an_events_noun_names_the_event_not_a_ruling() -> None:
    report = """
        Seven jailed in Makeni over September 11 protest

        MAKENI, Oct 3, 2023 - At the Mena Hills Magistrate's Court, Magistrate Mustapha Braima-Jah on Monday
        2nd October handed prison terms to seven people.
        """
    assert rulings(report) == {("2023-10-02", "convicted")}


def test_the_day_the_court_heard_that_something_happened_is_the_facts_day() -> None:
    report = """
        BLANTYRE, April 30, 2023 - The Principal Resident Magistrate Court in Blantyre found Dickson Babu
        guilty of theft by servant. The court heard from state prosecutor Davie Kusamale that on 24 April,
        2023, Blantyre Police received a report of a garage break-in.
        """
    recalled = """
        KANIFING, May 2, 2014 - Two women were discharged. Readers will recall that on 23 December 2013
        Magistrate Jobarteh convicted four others of disobeying a lawful order.
        """
    assert ("2023-04-24", "convicted") not in rulings(report)
    assert ("2013-12-23", "convicted") in rulings(recalled)


def test_aiding_and_abetting_is_one_offence_and_a_second_faces_counts_opens_its_own_list() -> None:
    report = """
        BELFAST, Aug 10, 2024 - Four men were remanded in custody at Belfast Magistrates Court. Mr Brogan,
        accused of riot, also faces counts of aiding and abetting a car arson on 3 August.
        """
    assert charges(report) == ["riot", "aiding and abetting a car arson"]


def test_plus_goes_on_with_a_list_of_counts() -> None:
    report = """
        BELFAST, Aug 10, 2024 - Four men were remanded in custody at Belfast Magistrates Court. Audley Diego
        is accused of two counts of riot, plus two of arson.
        """
    assert charges(report) == ["riot", "arson"]


def test_one_who_entered_a_plea_of_not_guilty_is_accused() -> None:
    report = """
        CARDIFF, June 4, 2021 - A man appeared at Cardiff Crown Court. David Maggs, 70, from Pontypool,
        entered a plea of not guilty to murdering his wife.
        """
    assert_roles(report, ("David Maggs",), "defendant")


def test_those_the_prosecution_alleges_did_it_are_accused() -> None:
    report = """
        PALAPYE, Nov 20, 2019 - Two men appeared before the Chief Magistrate. The prosecution alleges that
        Tapologo Moreetsi, 18, and Oagile Bareetseng, 25, killed a young man at a bar.
        """
    assert_roles(report, ("Tapologo Moreetsi", "Oagile Bareetseng"), "defendant")


def test_those_whose_requests_for_provisional_release_were_heard_are_accused() -> None:
    report = """
        KIGALI, le 4 juin 2021 - Le tribunal de grande instance de Nyarugenge a rejeté les requêtes en
        libération provisoire présentées par Didace Nduguyangu et Antoine Karemera.
        """
    assert_roles(report, ("Didace Nduguyangu", "Antoine Karemera"), "defendant")


def test_those_the_proof_was_against_and_the_alleged_gunman_are_accused() -> None:
    proof = """
        NYANZA, Feb 15, 2008 - The High Court ruled on Thursday. The judges found that prosecutors had not
        produced sufficient proof against Jean Claude Kamanzi and Athanase Mbonyimana.
        """
    gunman = """
        WORCESTER, Feb 20, 2018 - A man was convicted in Worcester Superior Court. According to the
        prosecution, the alleged gunman, Emil Encarnacion, 20, of Worcester, got out of a car.
        """
    assert_roles(proof, ("Jean Claude Kamanzi", "Athanase Mbonyimana"), "defendant")
    assert_roles(gunman, ("Emil Encarnacion",), "defendant")


def test_one_who_admitted_on_a_day_to_an_offence_is_accused() -> None:
    report = """
        SINGAPORE, April 24, 2020 - A man was jailed by a district court. Alan Tham Xiang Sheng, aged 34,
        admitted on 16 April to an offence under the Infectious Diseases Act.
        """
    assert_roles(report, ("Alan Tham Xiang Sheng",), "defendant")


def test_a_trial_that_should_open_on_a_day_is_the_next_hearing() -> None:
    report = """
        CARDIFF, Aug 4, 2021 - David Maggs denied murder at Cardiff Crown Court on Monday. A two-week trial
        should open on August 23.
        """
    assert next_hearings(report) == ["2021-08-23"]


def test_a_mention_on_a_day_is_the_next_hearing() -> None:
    report = """
        KUALA LUMPUR, Feb 4, 2025 - The High Court heard the sedition case today. Documents are to be handed
        over at a mention on March 6, the date set by the court.
        """
    assert next_hearings(report) == ["2025-03-06"]


def test_due_before_the_court_again_on_a_day_is_the_next_hearing_unless_past() -> None:
    report = """
        GALWAY, Sept 13, 2023 - Judge Deirdre Gearty refused bail. The two men were sent back into custody and
        are due before Galway District Court again on September 20th.
        """
    past = """
        BUEA, July 27, 2016 - Ten activists were due before the Buea Magistrate's Court on Tuesday, July 26.
        That hearing has now been moved to Wednesday, 27th July 2016.
        """
    assert next_hearings(report) == ["2023-09-20"]
    assert "2016-07-26" not in next_hearings(past)


def test_the_barrister_defending_after_the_name_is_defence_counsel() -> None:
    report = """
        CARDIFF, July 19, 2021 - A pensioner came before Judge Michael Fitton QC at Cardiff Crown Court, with
        Patrick Harrington QC defending and Matthew Jones QC prosecuting.
        """
    assert roles(report).get("Patrick Harrington") == "defense_counsel"


def test_a_defence_agent_is_defence_counsel() -> None:
    report = """
        ABERDEEN, Jan 22, 2021 - A jury at Aberdeen Sheriff Court convicted a man of assault. After the
        verdict, defence agent Gregor Kelly moved for sentence to be deferred.
        """
    assert roles(report).get("Gregor Kelly") == "defense_counsel"


def test_killing_told_again_beside_the_murder_charge_is_no_second_charge() -> None:
    report = """
        LIVERPOOL, Sept 12, 2023 - John Smith appeared at Liverpool Crown Court on Monday, accused of killing
        Matthew Horton in Litherland. Last week he was charged with murder.
        """
    alone = """
        MASERU, Feb 5, 2020 - Maesaiah Thabane appeared in the magistrates' court on a charge of killing
        Lipolelo Thabane.
        """
    assert charges(report) == ["murder"]
    assert charges(alone) == ["murder"]  # the killing told as the charge, no offence named beside it


def test_trying_to_kill_told_beside_attempted_murder_is_no_second_charge() -> None:
    report = """
        BELFAST, Nov 27, 2006 - Michael Stone was remanded in custody. He is charged with attempted murder,
        accused of trying to kill Gerry Adams.
        """
    assert charges(report) == ["attempted murder"]


def test_the_facts_the_court_heard_told_after_their_day_are_no_sitting() -> None:
    heard = """
        Surrey judge gives man house arrest after cop finds him drunk in taxi with rifle

        No jail for a 43-year-old caught with a rifle in a cab: a Surrey provincial court judge has ordered
        him to serve two years' house arrest.

        On Nov. 7, 2020, the court heard, Owen Reginald Bitternose spent the evening drinking with
        acquaintances in front of a hotel on 104 Avenue. One of them then agreed to head back to his place,
        Judge Valliammai Chettiar recounted.
        """
    assert held(heard) == set()


def test_a_weekday_followed_by_next_week_is_that_day_of_the_week_to_come() -> None:
    report = """
        BULAWAYO, Monday July 18, 2022 - Magistrate Nobuhle Ndlovu jailed two men at Bulawayo Magistrates
        Court today. Each got six months in jail, beginning on Monday next week. A third man returns to court
        on Thursday next week.
        """
    assert rulings(report) == {("2022-07-18", "convicted")}
    assert next_hearings(report) == ["2022-07-28"]


def test_found_themselves_before_the_court_on_a_day_is_a_sitting() -> None:
    report = """
        QUIMPER, le 25 janvier 2021 - Ils ont entre 20 et 28 ans. Lundi 25 janvier 2021, ces quatre hommes se
        sont retrouvés face au tribunal correctionnel de Quimper, soupçonnés d'avoir participé aux troubles.
        """
    assert held(report) == {"2021-01-25"}


def test_a_headlines_bare_participle_condamnes_then_its_day_is_the_conviction() -> None:
    report = """
        Violences urbaines : quatre jeunes hommes condamnés ce lundi 25 janvier 2021 à Quimper.

        Par Matthieu Gain

        Ils ont entre 20 et 28 ans. Ces quatre hommes se sont retrouvés face au tribunal correctionnel.
        """
    assert rulings(report) == {("2021-01-25", "convicted")}


def test_sent_an_initialled_name_to_state_prison_for_years_is_the_conviction() -> None:
    report = """
        WORCESTER, Feb 20, 2018 - Judge Daniel M. Wrenn on Tuesday sent Connor M. Ferguson of Leicester to
        state prison for 8½ to 12½ years in Worcester Superior Court.
        """
    assert rulings(report) == {("2018-02-20", "convicted")}


def test_a_court_that_cleared_some_of_the_accused_acquitted_them() -> None:
    report = """
        NYANZA, Feb 15, 2008 - Survivors wailed this Thursday when the High Court cleared five of nine people
        charged with killing the president of a Gacaca court.
        """
    way = """
        NYANZA, Feb 15, 2008 - On Thursday the High Court cleared the way for the trial of nine people.
        """
    assert rulings(report) == {("2008-02-14", "acquitted")}
    assert ("2008-02-14", "acquitted") not in rulings(way)


def test_a_judge_named_in_full_who_sentences_someone_names_the_one_sentenced() -> None:
    report = """
        On camera, Judge Nicholas Dean KC sentences Shiloh Pottinger for the stabbing that killed a student,
        at Manchester Crown Court.
        """
    assert_roles(report, ("Shiloh Pottinger",), "defendant")
    assert_roles(report, ("Nicholas Dean",), "judge")


def test_someones_sentencing_for_an_offence_makes_them_the_accused() -> None:
    report = """
        Shiloh Pottinger's sentencing for the manslaughter of Luke was the first case to be filmed at
        Manchester Crown Court.
        """
    assert_roles(report, ("Shiloh Pottinger",), "defendant")


def test_a_name_with_so_many_others_charged_with_him_is_the_accused() -> None:
    report = """
        Robert Kyagulanyi and 32 others charged with him in the treason case must wait until next month, the
        Gulu court said.
        """
    assert_roles(report, ("Robert Kyagulanyi",), "defendant")


def test_a_constituency_before_its_legislator_is_no_one() -> None:
    report = """
        Robert Kyagulanyi, the Kyadondo East legislator, and two others accused in the treason case must
        wait, the Gulu court said.
        """
    assert roles(report) == {"Robert Kyagulanyi": "defendant"}


def test_a_judge_against_whom_the_charges_are_brought_is_the_accused() -> None:
    report = """
        The criminal charges against Justice Gregory Geason could be heard by a magistrate from interstate,
        Hobart Magistrates Court heard.
        """
    assert_roles(report, ("Gregory Geason",), "defendant")
    french = "Le procès du juge Alain Kouassi s'est ouvert lundi devant le tribunal de Bouaké."
    assert_roles(french, ("Alain Kouassi",), "defendant")


def test_a_judge_who_faces_charges_is_the_accused_and_one_who_convicts_is_the_bench() -> None:
    accused = """
        HOBART, Feb 6, 2024 - Justice Gregory Geason faces assault and emotional abuse charges, the Hobart
        Magistrates Court heard.
        """
    bench = """
        HOBART, Feb 6, 2024 - Justice Gregory Geason convicted Ben Smith of assault in the Supreme Court.
        """
    assert_roles(accused, ("Gregory Geason",), "defendant")
    assert_roles(bench, ("Gregory Geason",), "judge")


def test_offences_before_the_charges_a_group_faces() -> None:
    report = """
        NAIROBI, July 21, 2023 - Calvin Gaucho and five others face subversion charges alongside the
        legislator at the Milimani court.
        """
    assert charges(report) == ["subversion"]


def test_the_offences_a_grand_jury_indicted_them_for() -> None:
    report = """
        FLAGSTAFF, May 3, 2012 - Anthony Martinez and Elizabeth Archibeque, indicted by a grand jury for first
        degree murder, child abuse and kidnapping, sat in a small room at the jail.
        """
    assert charges(report) == ["first degree murder", "child abuse", "kidnapping"]


def test_the_two_offences_an_accused_denied_both_of() -> None:
    report = """
        CARDIFF, Oct 2, 2023 - Appearing at Cardiff Crown Court, John Gauci denied both murder and violent
        disorder. He was remanded in custody.
        """
    assert charges(report) == ["murder", "violent disorder"]
    counts = """
        LOS ANGELES, April 6, 2009 - At his arraignment on Monday, Chris Brown denied both felony counts he
        faces over his girlfriend.
        """
    assert charges(counts) == []


def test_a_first_instance_court_named_with_its_class_then_its_seat() -> None:
    report = """
        PARAKOU, 22 août 2019 - Le Tribunal de première instance de deuxième classe de Natitingou a condamné
        mercredi Sanni Sabi à dix ans de prison pour vol à main armée.
        """
    assert courts(report) == ["Tribunal de première instance de deuxième classe de Natitingou"]


def test_a_headlines_tpi_and_its_seat_is_the_court_the_body_names_with_its_class() -> None:
    report = """
        TPI de Parakou / Vol à main armée : l'affaire renvoyée à une session ultérieure

        PARAKOU, 22 août 2019 - Sanni Sabi devait répondre de vol à main armée devant le Tribunal de
        première instance de première classe de Parakou. Mercredi 21 août 2019, l'audience a été renvoyée.
        """
    assert courts(report) == ["Tribunal de première instance de première classe de Parakou"]


def test_a_court_that_pushed_their_matter_to_that_date_adjourned_it() -> None:
    report = """
        KAMPALA, Dec 3, 2018 - Robert Kyagulanyi and 32 others charged with him in the treason case must wait
        until 10th January 2019: Gulu magistrate's court pushed their matter to that date this morning.
        """
    assert rulings(report) == {("2018-12-03", "adjourned")}


def test_a_bail_application_struck_out_is_bail_refused() -> None:
    passive = """
        DAR ES SALAAM, July 4, 2017 - The bail application filed by Jamal Malinzi and two others was struck
        out yesterday by the Kisutu Resident Magistrate's Court.
        """
    active = """
        DAR ES SALAAM, July 4, 2017 - Kisutu Court strikes out bail application by TFF officials. Jamal
        Malinzi was in court yesterday.
        """
    assert rulings(passive) == {("2017-07-03", "bail_denied")}
    assert rulings(active) == {("2017-07-03", "bail_denied")}


def test_the_case_reviewed_that_of_someone_jailed_names_the_accused() -> None:
    report = """
        MASAKA, March 3, 2019 - One of the cases reviewed by the Court of Appeal was that of Geoffrey
        Rwishosha, 50, jailed for life in 2011 for defiling a girl.
        """
    assert_roles(report, ("Geoffrey Rwishosha",), "defendant")


def test_the_second_accused_in_an_apposition() -> None:
    report = """
        UYO, Oct 20, 2021 - Frank Akpan, his father and the second accused, answers one count: accessory
        after the fact, before the State High Court.
        """
    assert_roles(report, ("Frank Akpan",), "defendant")
    agent = """
        GEITA, Dec 12, 2018 - He transferred Sh4 million to M-Pesa agent Keziah Mayenga, from whom the second
        accused later took the money, the court heard.
        """
    assert "Keziah Mayenga" not in roles(agent) or roles(agent)["Keziah Mayenga"] != "defendant"


def test_arrested_on_one_charge_of_an_offence_names_the_accused() -> None:
    report = """
        WELLINGTON, March 4, 2022 - Among them was Brett Power, arrested last month on one charge of
        disorderly behaviour, in the Wellington District Court.
        """
    assert_roles(report, ("Brett Power",), "defendant")


def test_counsels_clients_and_the_pleas_by_two_people_are_the_accused() -> None:
    clients = """
        WINDHOEK, Jan 4, 2017 - Lawyer George Namandje told the Windhoek Magistrate's Court the charges had
        still not been explained to his clients, Chinese nationals Tao Huizhong, 46, and Jinrong Huang, 36.
        """
    pleas = """
        CASTLE DALE, Jan 28, 2014 - The pleas by Glenn Taylor and David Hall came Tuesday afternoon, before
        Utah's Seventh District Court in Castle Dale.
        """
    assert_roles(clients, ("Tao Huizhong", "Jinrong Huang"), "defendant")
    assert_roles(pleas, ("Glenn Taylor", "David Hall"), "defendant")


def test_those_to_whom_the_deeds_are_laid_il_est_reproche_a() -> None:
    report = """
        BANGUI, 28 juin 2022 - Le tribunal de grande instance de Bangui a mis l'affaire en délibéré. Il est
        reproché à Faustin Bambou et Cyrus Emmanuel Sandy d'avoir fait paraître des articles diffamatoires.
        """
    assert_roles(report, ("Faustin Bambou", "Cyrus Emmanuel Sandy"), "defendant")
    counsel = """
        OUAGADOUGOU, 12 mars 2024 - Au tribunal de grande instance, compte tenu de la gravité de ce qui est
        reproché à son client, Maître Sosthène Dabiré a demandé que l'affaire soit renvoyée.
        """
    assert roles(counsel).get("Sosthène Dabiré") != "defendant"


def test_a_run_before_subcounty_or_village_is_a_place() -> None:
    report = """
        BUSIA, May 24, 2023 - Separately, Geoffrey Esike and Fred Omodia of Kamolo village, Teso North
        subcounty, were arraigned at Malaba Law Courts after they were allegedly found selling chang'aa.
        """
    assert roles(report) == {"Geoffrey Esike": "defendant", "Fred Omodia": "defendant"}


def test_the_offences_an_accused_admitted() -> None:
    report = """
        SALEM, March 2, 2021 - Back in February, Joe Sumlin admitted manslaughter as well as driving under
        the influence of intoxicants at Marion County Circuit Court. He denied bail conditions were breached.
        """
    assert charges(report) == ["manslaughter", "driving under the influence of intoxicants"]
    deed = """
        JOHANNESBURG, March 2, 2021 - At the Booysens court, Kemo Manneh admitted beating the man.
        """
    assert charges(deed) == []


def test_remanded_over_alleged_possession() -> None:
    report = """
        ILORIN, May 3, 2022 - Two suspected cultists, Sulyman Bankole and Balogun Ibrahim, have been ordered
        remanded by a Magistrate Court in Ilorin over alleged possession of dangerous weapons.
        """
    assert charges(report) == ["possession of dangerous weapons"]


def test_tax_opens_an_offence_of_a_list() -> None:
    report = """
        WINDHOEK, Jan 4, 2017 - No interpreter could be found for two of the three men accused of fraud and
        tax evasion at the Windhoek Magistrate's Court.
        """
    assert charges(report) == ["fraud", "tax evasion"]


def test_the_offence_before_the_charges_opening_the_sentence_or_after_heard() -> None:
    opening = """
        BRADFORD, May 4, 2020 - Affray charges have been brought against four men, who appeared before
        Bradford Magistrates' Court.
        """
    heard = """
        MERU, May 5, 2022 - A Maua court in Meru County on Wednesday heard attempted murder charges against
        five men over an April attack.
        """
    assert charges(opening) == ["affray"]
    assert charges(heard) == ["attempted murder"]


def test_the_day_someone_learned_his_sentence_is_the_conviction() -> None:
    report = """
        CHEROKEE, Sept. 12, 2023 - Jason Ballou, 52, of Cherokee, learned his sentence on Monday, Sept. 11, in
        federal court. He had pleaded guilty to being a prohibited person in possession of a firearm.
        """
    assert rulings(report) == {("2023-09-11", "convicted")}


def test_bail_pending_mention_of_the_case_on_a_day_names_the_next_hearing() -> None:
    report = """
        BUSIA, May 24, 2023 - At Malaba Law Courts, Juma pleaded not guilty and was told to pay Sh20,000 cash
        bail pending mention of his case on June 19.
        """
    assert next_hearings(report) == ["2023-06-19"]


def test_a_federal_courts_seat_of_two_words_but_not_its_day() -> None:
    two_words = """
        CHEROKEE, Sept. 12, 2023 - Jason Ballou was sentenced on Monday in federal court in Sioux City.
        """
    weekday = """
        BALTIMORE, Sept. 12, 2023 - In federal court in Baltimore Monday, Jason Ballou was sentenced to four
        years.
        """
    assert courts(two_words) == ["federal court in Sioux City"]
    assert courts(weekday) == ["federal court in Baltimore"]


def test_a_hong_kong_magistracy_and_a_french_tribunal_de_proximite_are_courts() -> None:
    magistracy = """
        HONG KONG, April 6, 2021 - Five of the group of 12 were mentioned at Sha Tin Magistracy on Monday and
        were remanded in custody. John Lee, 19, was charged with rioting.
        """
    proximite = """
        Saint-Martin, le 4 mars 2022 - Saisi d'une demande de mise en liberté, le tribunal de proximité de
        Saint-Martin l'a rejetée vendredi.
        """
    assert courts(magistracy) == ["Sha Tin Magistracy"]
    assert courts(proximite) == ["Tribunal de proximité de Saint-Martin"]


def test_the_director_of_public_prosecution_in_the_singular_is_the_prosecutor() -> None:
    report = """
        LAGOS, May 3, 2019 - Reacting, the state's Director of Public Prosecution, Ms Titilayo Shitta-Bey,
        said the accused John Evans was out to stall the case at the Lagos High Court.
        """
    assert_roles(report, ("Titilayo Shitta-Bey",), "prosecutor")


def test_an_officer_who_prosecutes_is_the_prosecutor() -> None:
    report = """
        BRIKAMA, Oct 19, 2018 - According to Sergeant 3533 Bobo Jarju, who prosecutes, the trial of Yankuba
        Janneh is now set for 23 October 2018 at Brikama Magistrates Court.
        """
    assert_roles(report, ("Bobo Jarju",), "prosecutor")


def test_her_worship_is_the_magistrate() -> None:
    report = """
        KUMASI, Feb 3, 2020 - Her Worship Akua Adu Boahen granted the prayer and adjourned the case of Kofi
        Mensah, charged with murder, at the Asokwa District Court.
        """
    assert_roles(report, ("Akua Adu Boahen",), "judge")


def test_a_county_a_region_by_its_compass_point_and_a_drug_class_are_no_one() -> None:
    county = """
        CASTLEREA, July 3, 2020 - Stephen Silver, of Aughaward, Foxford, Co Mayo, faces a charge of murder,
        Harristown District Court heard.
        """
    region = """
        MOLD, Feb 3, 2020 - Four men who conspired to flood North Wales with drugs have been jailed at Mold
        Crown Court. John Preston, who admitted possessing a Class B drug, was jailed for ten years.
        """
    assert roles(county) == {"Stephen Silver": "defendant"}
    assert roles(region) == {"John Preston": "defendant"}


def test_refused_post_arrest_bail_and_a_run_before_stations_is_a_place() -> None:
    report = """
        LAHORE, May 5, 2024 - Awais Younas and Ahmer Rasheed Bhatti were refused post-arrest bail by the
        Anti-Terrorism Court. In two other cases, from the Lorry Adda and Masti Gate stations, they were
        given bail.
        """
    assert roles(report) == {"Awais Younas": "defendant", "Ahmer Rasheed Bhatti": "defendant"}


def test_racial_opens_an_offence() -> None:
    racial = """
        GOBABIS, 30 JUN (NAMPA) - Bail was granted here on Friday to Niko Kotze and Frederick du Plessis, two
        residents charged with assault and racial discrimination, by the Gobabis Magistrate Court.
        """
    assert charges(racial) == ["assault", "racial discrimination"]


def test_charged_past_the_with_of_a_pronoun() -> None:
    report = """
        LOKOJA, May 3, 2021 - Police have charged the monarch and the others said to have acted with him with
        criminal conspiracy, attempted culpable homicide, and aiding and abetting, the court heard.
        """
    assert charges(report) == ["criminal conspiracy", "attempted culpable homicide", "aiding and abetting"]


def test_the_offence_an_accused_owned_up_to() -> None:
    report = """
        WORCESTER, Nov 2, 2018 - At Worcester Crown Court on Thursday, Joseph Roberts owned up to wounding
        with intent.
        """
    assert charges(report) == ["wounding with intent"]


def test_placed_in_remand_custody_and_further_remand_ordered_are_detention() -> None:
    placed = """
        COLOMBO, March 7, 2013 - Duminda Silva was today placed in remand custody by the Colombo Additional
        Magistrate.
        """
    further = """
        COLOMBO, Dec 27, 2019 - Further remand until January 06 has been ordered today for the two men,
        Anthony Fernando and Athula Madanayake, by the Colombo Chief Magistrate.
        """
    assert rulings(placed) == {("2013-03-07", "detention_ordered")}
    assert rulings(further) == {("2019-12-27", "detention_ordered")}


def test_the_prosecutor_named_with_the_seat_of_the_office() -> None:
    report = """
        MULHOUSE, 3 avril 2020 - La procureure de la République à Mulhouse, Edwige Roux-Morizot, a salué la
        condamnation de Kevin Muller à deux mois de prison.
        """
    assert roles(report) == {"Edwige Roux-Morizot": "prosecutor", "Kevin Muller": "defendant"}


def test_an_undated_verdict_takes_the_date_its_judgment_carries() -> None:
    report = """
        Ten sentenced to death

        Judge Latifa Mansoor of the High Court in Tanga convicted all ten of murder and sentenced them to
        death. Her judgment carries the date June 21, 2023.
        """
    assert rulings(report) == {("2023-06-21", "convicted")}


def test_the_day_they_committed_the_offence_at_a_place_is_the_facts() -> None:
    report = """
        TANGA, June 25, 2023 - Judge Latifa Mansoor convicted all ten of murder, finding that they committed
        the offence at the village office on October 23, 2013.
        """
    assert ("2013-10-23", "convicted") not in rulings(report)


def test_put_before_the_court_and_made_his_plea_on_a_day_are_sittings() -> None:
    put = """
        OBUASI, Jan 9, 2026 - Nine men were remanded. They were put before the court on January 8, 2026,
        charged with assaulting public officers at the park.
        """
    plea = """
        FORT SMITH, Feb 3, 2023 - Robert Altes, 74, made his plea on January 23 in the Circuit Court of
        Sebastian County.
        """
    assert held(put) == {"2026-01-08"}
    assert held(plea) == {"2023-01-23"}


def test_the_day_a_protest_was_organised_is_no_sitting() -> None:
    report = """
        NIORT, 7 janvier 2023 - Quatre hommes répondaient devant le tribunal de Niort de violences commises au
        cours d'une manifestation organisée le 22 septembre 2021 sur le chantier. Jugement rendu ce vendredi
        6 janvier : un prévenu relaxé.
        """
    assert held(report) == {"2023-01-06"}
    sittings = """
        N'DJAMENA, 5 décembre 2022 - Les prévenus ont été jugés lors d'audiences foraines organisées du 29
        novembre au 2 décembre derniers à Koro Toro.
        """
    assert "2022-11-29" in held(sittings)


def test_a_sitting_from_a_day_to_come_a_compter_du_or_a_session_held_du() -> None:
    compter = """
        AMQUI, 4 décembre 2023 - Steeve Gagnon, soupçonné de l'attaque, subira son enquête préliminaire au
        palais de justice d'Amqui à compter du 15 janvier.
        """
    session = """
        BANGUI, 30 octobre 2022 - La Cour criminelle tiendra sa deuxième session ordinaire à Bangui du 7
        novembre au 6 décembre 2022. Jean Ngaba, accusé de meurtre, y sera jugé.
        """
    assert next_hearings(compter) == ["2024-01-15"]
    assert next_hearings(session) == ["2022-11-07"]
    served = """
        PORT-LOUIS, 20 novembre 2020 - La Cour suprême a remplacé les 45 jours de prison de Jean Li par 75
        heures de travaux d'intérêt public, à compter du 27 novembre 2020.
        """
    assert next_hearings(served) == []


def test_one_representing_himself_is_the_accused_not_counsel() -> None:
    report = """
        TAURANGA, March 2, 2022 - Tio Faulkner, representing himself, stood before Judge Prudence Steven in
        the Tauranga District Court.
        """
    assert_roles(report, ("Tio Faulkner",), "defendant")


def test_the_proceedings_against_a_conviction_for_and_bail_granted_to_name_the_accused() -> None:
    contre = """
        AMQUI, 4 décembre 2023 - On suivra les procédures contre Steeve Gagnon au palais de justice d'Amqui, a
        dit le tribunal.
        """
    condamnation = """
        PARIS, 3 novembre 2022 - Condamnation à vie pour Kunti Kamara. La cour d'assises de Paris a rendu son
        verdict.
        """
    granted = """
        GOBABIS, 30 JUN (NAMPA) - Bail was granted here on Friday to Niko Kotze and Frederick du Plessis at
        the Gobabis Magistrate Court.
        """
    assert_roles(contre, ("Steeve Gagnon",), "defendant")
    assert_roles(condamnation, ("Kunti Kamara",), "defendant")
    assert_roles(granted, ("Niko Kotze", "Frederick du Plessis"), "defendant")


def test_sent_to_a_correctional_centre_names_the_accused() -> None:
    report = """
        LOKOJA, Oct 3, 2020 - A traditional ruler, Momoh Nasir, and 10 others were on Friday sent to a
        correctional centre by a Senior Magistrate Court.
        """
    assert_roles(report, ("Momoh Nasir",), "defendant")


def test_a_name_alone_between_brackets_is_an_aside_unless_a_role_opens_them() -> None:
    employer = """
        ABIDJAN, 3 mars 2021 - Ce vaguemestre, que son employeur (Fraternité Matin) avait licencié en 2009,
        était poursuivi pour escroquerie. Le tribunal a condamné Yao Ouattara à six mois.
        """
    accused = """
        ABIDJAN, 3 mars 2021 - Le tribunal a condamné l'accusé (Yao Ouattara) à six mois pour escroquerie.
        """
    assert roles(employer) == {"Yao Ouattara": "defendant"}
    assert roles(accused) == {"Yao Ouattara": "defendant"}
    general = """
        LOMÉ, 3 mars 2021 - La cour d'assises a entendu l'avocat général (Klougan Yao Hilarion) requérir
        contre Koffi Padawou, accusé de meurtre.
        """
    assert roles(general).get("Klougan Yao Hilarion") == "prosecutor"


def test_offences_set_out_with_dashes_after_juger_pour_or_leur_reproche() -> None:
    juger = """
        METZ, 12 avril 2025 - Le tribunal correctionnel de Metz devait le juger pour : - menaces de mort en
        état de récidive ; - violences sur personne en état d'ivresse manifeste. Il a été relaxé.
        """
    reproche = """
        NADOR, 3 mars 2022 - Le tribunal de Nador a reporté le procès de sept hommes. La justice leur reproche
        : - "rassemblement armé" ; - "non-respect des forces publiques" ; - "menaces physiques".
        """
    assert charges(juger) == [
        "menaces de mort en état de récidive",
        "violences sur personne en état d'ivresse manifeste",
    ]
    assert charges(reproche) == [
        "rassemblement armé",
        "non-respect des forces publiques",
        "menaces physiques",
    ]


def test_the_charges_a_savoir_past_words_between_and_pled_guilty_and_a_retrial_on() -> None:
    savoir = """
        ANNABA, 3 mars 2022 - Trois chefs d'inculpation pèsent sur les prévenus, à savoir l'« atteinte à
        l'emblème national » et la « destruction de biens publics ». La cour d'Annaba a renvoyé l'affaire.
        """
    pled = """
        DUNDEE, Dec 7, 2021 - The 38-year-old pled guilty to the assault when he appeared at Dundee Sheriff
        Court.
        """
    retrial = """
        EDMONTON, Dec 7, 2021 - John Cairney's conviction came Nov. 19 at the close of a retrial on
        second-degree murder at the Court of Queen's Bench in Edmonton.
        """
    assert charges(savoir) == ["atteinte à l'emblème national", "destruction de biens publics"]
    assert charges(pled) == ["assault"]
    assert charges(retrial) == ["second-degree murder"]


def test_offences_the_prosecution_holds_against_them_after_a_colon() -> None:
    report = """
        KISANGANI, 3 mars 2022 - Le tribunal militaire de garnison juge deux militaires. Le ministère public
        retient donc contre eux : - l'arrestation arbitraire ; - l'outrage au magistrat.
        """
    assert charges(report) == ["arrestation arbitraire", "outrage au magistrat"]


def test_a_term_given_for_each_offence_and_the_case_opened_for_offences() -> None:
    terms = """
        MZUZU, April 13, 2017 - On Wednesday this week they were given one month for criminal trespass and
        three months for conducting reconnaissance.
        """
    term = """
        PIERRE, May 3, 2023 - Samuel White Horse, 33, got the term for assault and tampering with evidence,
        federal prosecutors said after the hearing at the federal court in Pierre.
        """
    opened = """
        ÉVRY, 3 mars 2022 - Le tribunal d'Évry a jugé trois jeunes. Des enquêteurs ont travaillé sur ce
        dossier ouvert pour dégradations de biens publics ainsi que pour participation à un groupement.
        """
    assert charges(terms) == ["criminal trespass", "conducting reconnaissance"]
    assert charges(term) == ["assault", "tampering with evidence"]
    assert charges(opened) == ["dégradations de biens publics", "participation à un groupement"]


def test_offences_that_are_the_two_counts_of_the_trial() -> None:
    report = """
        LAGOS, May 3, 2019 - The trial was adjourned at the Lagos High Court. Conspiracy and kidnapping are
        the two counts on which Chukwudumeme Onwuamadike and Victor Aduba stand trial.
        """
    assert charges(report) == ["conspiracy", "kidnapping"]


def test_a_lead_that_names_this_day_dates_the_decisions_that_follow() -> None:
    report = """
        Jour de vérité ce jeudi 4 juillet 2019 à Kolda. Le tribunal de grande instance y siégeait pour rendre
        sa décision dans le dossier des faux billets.

        Le prévenu Abdou Faye est relaxé au bénéfice du doute.
        """
    assert rulings(report) == {("2019-07-04", "acquitted")}
    assert held(report) == {"2019-07-04"}


def test_a_relative_in_apposition_is_the_one_tried_when_the_verdict_is_theirs() -> None:
    sentenced = """
        POLOKWANE, March 3, 2023 - Thabo Mokoena was stabbed at his home. His wife, Lerato Mokoena, has now
        been sentenced to 27 years in prison by the Polokwane High Court for planning the killing.
        """
    speaks = """
        POLOKWANE, March 3, 2023 - The Polokwane High Court sentenced Sipho Dube for the killing. His wife,
        Lerato Dube, said the family would appeal.
        """
    assert roles(sentenced).get("Lerato Mokoena") == "defendant"
    assert roles(speaks).get("Lerato Dube") != "defendant"


def test_the_one_who_allegedly_did_the_deed_is_the_accused() -> None:
    report = """
        NYERI, March 3, 2023 - The High Court in Nyeri released a man on bond. The businessman, Peter Kamau
        Njoroge, 74, allegedly planned the murder of his son.
        """
    victim = """
        NYERI, March 3, 2023 - The High Court in Nyeri heard the case. Mary Wanjiku, who was allegedly
        attacked by her neighbour, told the court she was afraid.
        """
    assert roles(report).get("Peter Kamau Njoroge") == "defendant"
    assert roles(victim).get("Mary Wanjiku") != "defendant"


def test_the_breach_of_a_named_law_is_an_offence_but_a_kind_of_offences_is_not() -> None:
    law = """
        SION, 3 mars 2023 - Le tribunal de district a reconnu Jean Bornet coupable d'infraction à la loi
        fédérale sur les armes.
        """
    kind = """
        SION, 3 mars 2023 - Le tribunal de district a reconnu Jean Bornet coupable d'une infraction passible
        de trois ans de prison ou plus.
        """
    assert charges(law) == ["infraction à la loi fédérale sur les armes"]
    assert charges(kind) == []


def test_an_abridged_month_or_what_comes_besides_ends_the_offence() -> None:
    abridged = """
        WINNIPEG, March 3, 2023 - The Court of King's Bench sentenced Mark Watt to eight years. He struck a
        plea bargain and admitted manslaughter on Aug. 27.
        """
    besides = """
        KITWE, March 3, 2023 - The High Court freed John Banda. He also faced counts of rape and aggravated
        robbery on top of the murder charge.
        """
    assert charges(abridged) == ["manslaughter"]
    assert charges(besides) == ["rape", "aggravated robbery"]


def test_the_offence_a_plea_is_entered_to_but_not_a_lesser_count_untold() -> None:
    alford = """
        ST LOUIS, March 3, 2023 - The circuit court sentenced Tom Renick. He took a deal for the 10-year term,
        entering an Alford plea to felony involuntary manslaughter.
        """
    lesser = """
        BOISE, March 3, 2023 - The district court sentenced Tom Renick to probation after his guilty plea to a
        lesser charge.
        """
    assert charges(alford) == ["felony involuntary manslaughter"]
    assert charges(lesser) == []


def test_a_bare_weekday_after_the_offence_is_when_not_what() -> None:
    report = """
        NEW YORK, March 3, 2023 - A Manhattan judge set bail for Tom Graves, who pleaded not guilty to murder
        Friday.
        """
    assert charges(report) == ["murder"]


def test_the_offence_answered_for_on_a_day_told_between() -> None:
    report = """
        BESANÇON, 3 mars 2023 - Seul majeur de la bande, Paul Durand a dû répondre ce vendredi de violences
        avec arme devant le tribunal correctionnel de Besançon.
        """
    assert charges(report) == ["violences avec arme"]


def test_the_offences_the_proceedings_bear_on_after_a_hedge() -> None:
    report = """
        KANANGA, 3 mars 2023 - La cour militaire a ouvert son audience foraine contre Jean Kalala et Paul
        Mbuyi. Les poursuites portent entre autres sur la participation à un mouvement insurrectionnel, des
        viols et un meurtre.
        """
    assert charges(report) == ["participation à un mouvement insurrectionnel", "viols", "meurtre"]


def test_the_one_the_bench_had_before_it_is_the_accused() -> None:
    was_before = """
        CHIPATA, March 3, 2023 - The magistrates court jailed a villager for keeping ivory. Martin Banda was
        before Magistrate Moses Phiri yesterday, when the sentence was passed.
        """
    stood_before = """
        ATLANTA, March 3, 2023 - The court sentenced a father to probation. Marcus Moore stood before the
        Fulton County Superior Court and admitted guilt to two offenses.
        """
    admitted_at = """
        CAMBRIDGE, March 3, 2023 - A drug dealer was jailed for six years by the crown court. Tarrell Hinds,
        of Roles Grove, had admitted at Cambridge Crown Court the supply of cocaine.
        """
    assert roles(was_before).get("Martin Banda") == "defendant"
    assert roles(stood_before).get("Marcus Moore") == "defendant"
    assert roles(admitted_at).get("Tarrell Hinds") == "defendant"


def test_the_one_who_owns_up_to_a_deed_or_enters_a_plea_is_the_accused() -> None:
    admitted = """
        GLASGOW, March 3, 2023 - The sheriff court deferred sentence on a man. At the hearing, John McBride
        admitted attacking his spouse as well as police officers.
        """
    confessed = """
        DAMATURU, March 3, 2023 - The High Court in Damaturu adjourned the trial of two soldiers. Lance
        Corporals John Gabriel and Adamu Gideon had confessed to taking part in the murder.
        """
    plea = """
        LANSING, March 3, 2023 - The circuit court will sentence a former clerk in May. Theresa Brown entered
        a guilty plea Tuesday to perjury.
        """
    assert roles(admitted).get("John McBride") == "defendant"
    assert roles(confessed).get("Adamu Gideon") == "defendant"
    assert roles(plea).get("Theresa Brown") == "defendant"


def test_the_ones_apprehended_are_the_suspects() -> None:
    report = """
        KITALE, March 3, 2023 - The Kitale Law Courts released three men on bail. John Makhanu and Frank
        Wabwire were apprehended outside the court on Tuesday.
        """
    assert roles(report).get("John Makhanu") == "defendant"
    assert roles(report).get("Frank Wabwire") == "defendant"


def test_the_one_who_learnt_their_fate_is_the_accused() -> None:
    report = """
        TCHIBANGA, 3 mars 2023 - La cour criminelle a siégé mardi. Selon le quotidien local, Dieudonné
        Moussavou y a connu son sort au terme de l'audience.
        """
    assert roles(report).get("Dieudonné Moussavou") == "defendant"


def test_the_one_a_sentence_was_imposed_on_is_the_accused() -> None:
    report = """
        TALLAHASSEE, March 3, 2023 - The 1st District Court of Appeal overturned an 80-year term. The panel
        held that the sentence imposed on Antonio Demetrius Floyd, who is now 31, amounts to a life sentence.
        """
    assert roles(report).get("Antonio Demetrius Floyd") == "defendant"


def test_a_day_of_birth_is_neither_the_article_s_day_nor_a_sitting() -> None:
    report = """
        Accused in hit-and-run case appears before magistrates

        Matthew Tvrdon, 45, appeared at Cardiff magistrates court on Monday charged with murder. He was
        remanded in custody by district judge Bodfan Jenkins.

        He gave his date of birth as 13 November 1980 and said he had no fixed address.
        """
    found = parse_bytes(textwrap.dedent(report).encode(), "report.txt")
    article = found.articles[0]
    assert article.published is None
    assert not any(h.date == dt.date(1980, 11, 10) for case in article.cases for h in case.hearings)


def test_the_days_between_which_the_offences_ran_are_no_sitting() -> None:
    report = """
        CRAIGAVON, March 3, 2023 - A former teacher was jailed for seven years at Craigavon Crown Court. Last
        month he was found guilty of six counts of indecent assault, all on dates between 2 April 1980 and 1
        April 1983.
        """
    assert "1980-04-02" not in held(report)
    assert not any(day == "1980-04-02" for day, _ in rulings(report))


def test_the_day_a_term_runs_from_is_not_the_day_it_was_given() -> None:
    report = """
        CHIPATA, March 3, 2023 - The magistrates court jailed a villager for keeping ivory. Magistrate Moses
        Phiri jailed him for five years with hard labour, running from December 31st 2017.
        """
    assert ("2017-12-31", "convicted") not in rulings(report)


def test_an_offence_as_yet_alleged_is_still_the_offence() -> None:
    murder = """
        KOFORIDUA, Jan 18, 2023 - A commercial driver on trial for the alleged murder of his wife, Gifty
        Mensah, has been remanded into police custody by the Koforidua District Court.
        """
    vague = """
        KOFORIDUA, Jan 18, 2023 - The Koforidua District Court remanded Kofi Mensah, who is on trial for the
        alleged crimes, into police custody.
        """
    assert charges(murder)[0].startswith("murder")
    assert charges(vague) == []


def test_the_charges_of_named_offences_in_french() -> None:
    report = """
        N'DJAMENA, 3 mars 2023 - La cour criminelle a jugé Mahamat Abakar. Le procureur a jugé pleinement
        prouvées les charges d'assassinats, de tentatives d'assassinat et d'association de malfaiteurs.
        """
    assert charges(report) == ["assassinats", "tentatives d'assassinat", "association de malfaiteurs"]


def test_counts_touching_on_offences() -> None:
    report = """
        ABUJA, March 3, 2023 - The Federal High Court adjourned the trial of Bello Adoke. The EFCC filed an
        amended charge of 14 counts touching on alleged money laundering and corruption.
        """
    assert sorted(charges(report)) == ["corruption", "money laundering"]


def test_the_offence_an_appellant_was_convicted_of() -> None:
    report = """
        GABORONE, March 3, 2023 - The Court of Appeal dismissed the appeal of Kabo Mosweu, finding the High
        Court had been right to convict the appellant of murder.
        """
    assert charges(report) == ["murder"]


def test_counts_set_out_between_double_hyphens() -> None:
    report = """
        LANSING, March 3, 2023 - The circuit court sentenced Theresa Brown to jail. Two counts she had faced
        -- perjury and tampering with evidence -- were dismissed.
        """
    assert charges(report) == ["perjury", "tampering with evidence"]


def test_the_counts_of_one_charge_set_out_between_dashes() -> None:
    report = """
        KADUNA, March 3, 2023 - The Kaduna High Court remanded Isiaka Adamu and Abubakar Isah. The pair are
        answering a two-count charge — conspiracy and kidnapping — to which each pleaded not guilty.
        """
    assert charges(report) == ["conspiracy", "kidnapping"]


def test_the_cases_of_a_session_told_by_their_offences() -> None:
    report = """
        IMPFONDO, 3 mars 2023 - La cour d'appel a jugé Paul Mbemba et Jean Okemba. Au total, seize affaires :
        un meurtre, plusieurs viols et des coups mortels.
        """
    assert charges(report) == ["meurtre", "viols", "coups mortels"]


def test_the_offence_an_acquittal_clears_and_its_apposition() -> None:
    report = """
        TCHIBANGA, 3 mars 2023 - La cour criminelle a jugé Dieudonné Moussavou. La cour l'a acquitté, faute de
        preuve, du meurtre de Théophile Nziengui, crime pour lequel il était détenu depuis deux ans.
        """
    assert charges(report) == ["meurtre"]


def test_the_offences_among_criminal_cases_but_not_the_cases() -> None:
    report = """
        DELHI, March 3, 2023 - A trial court's decision to free Ravi Kumar, facing nine criminal cases --
        among them murder, attempt to murder and extortion -- on temporary bail has been frozen by the Delhi
        High Court.
        """
    assert charges(report) == ["murder", "attempt to murder", "extortion"]


def test_a_month_after_the_high_court_is_no_seat() -> None:
    report = """
        WELLINGTON, March 3, 2023 - Judge Andy Nicholls remanded John Bird in custody, without plea, to appear
        next in the High Court in May.
        """
    assert courts(report) == ["High Court"]


def test_a_court_of_two_districts() -> None:
    report = """
        SION, 3 mars 2023 - Jean-Marie Bornet a été jugé coupable de vol par le Tribunal des districts
        d'Hérens et Conthey.
        """
    assert courts(report) == ["Tribunal des districts d'Hérens"]


def test_the_one_standing_in_as_prosecutor() -> None:
    report = """
        FRANCISTOWN, March 3, 2023 - The High Court heard the bail application of Kabo Mothobi. Keene
        Manyothwane, standing in as prosecutor, had informed the court that the accused attended every
        mention.
        """
    assert roles(report).get("Keene Manyothwane") == "prosecutor"


def test_counsel_leading_the_client_s_defence_or_named_for_the_client() -> None:
    leading = """
        MERU, March 3, 2023 - The Meru court released Paul Mwirigi on bond. Ken Muriuki, leading his defence,
        told the magistrate that the accused was entitled to bail.
        """
    for_client = """
        BRISTOL, March 3, 2023 - Bristol Crown Court jailed Tom Capaldi. John Stokes, for Capaldi, said his
        client now saw how foolish he had been.
        """
    assert roles(leading).get("Ken Muriuki") == "defense_counsel"
    assert roles(for_client).get("John Stokes") == "defense_counsel"


def test_maitres_spelt_without_its_accent_is_counsel_for_each_name() -> None:
    report = """
        PAU, 3 mars 2023 - Le tribunal correctionnel de Pau a relaxé Paul Durand. Maitres Thierry Sagardoytho
        et Maxime Barnaba, avocats de Paul Durand, ont relevé les failles.
        """
    assert roles(report).get("Thierry Sagardoytho") == "defense_counsel"
    assert roles(report).get("Maxime Barnaba") == "defense_counsel"


def test_the_justices_of_appeal_named_after_their_title() -> None:
    report = """
        PORT OF SPAIN, March 3, 2023 - The Court of Appeal freed John Parris. Prosecutor Nigel Pilgrim told
        Justices of Appeal Mark Mohammed and Maria Wilson he could not defend the order.
        """
    assert roles(report).get("Mark Mohammed") == "judge"
    assert roles(report).get("Maria Wilson") == "judge"


def test_what_a_whose_clause_names_is_not_the_person_s_role() -> None:
    report = """
        NYAHURURU, March 3, 2023 - The court jailed Peter Kamau for life. Prosecutor Joshua Mokua, whose
        witnesses tied the accused to the crime, had asked for a life term.
        """
    assert roles(report).get("Joshua Mokua") == "prosecutor"


def test_the_date_named_in_apposition_as_the_one_fixed_for_hearing() -> None:
    report = """
        KADUNA, January 20, 2020 - The Kaduna High Court remanded Isiaka Adamu. Justice Hanatu Balogun
        directed that they stay in custody at the facility till February 28, the date fixed for hearing.
        """
    assert next_hearings(report) == ["2020-02-28"]


def test_the_day_an_offence_was_committed_at_a_place_is_no_sitting() -> None:
    report = """
        MOSHI, March 3, 2023 - The High Court jailed Ali Khat for thirty years. The State Attorney told the
        court the offence was committed at Majengo in Moshi on December 19, 2017.
        """
    assert "2017-12-19" not in held(report)


def test_the_day_a_body_turned_up_is_no_sitting_but_the_accused_turning_up_is() -> None:
    body = """
        UPPER MARLBORO, March 3, 2023 - The jury convicted Juan Blanco of killing Antoine Dorsey, whose body
        turned up on July 5, 2022, on Beaver Dam Road.
        """
    accused = """
        GULU, July 6, 2022 - Magistrate Isaac Kintu sent the case of Robert Kyagulanyi off to the High Court
        when the accused turned up before him on July 5, 2022 for mention.
        """
    assert "2022-07-05" not in held(body)
    assert "2022-07-05" in held(accused)


def test_a_bay_a_quay_a_farm_a_settlement_or_a_movement_is_no_one() -> None:
    report = """
        MOLD, March 3, 2023 - Mold Crown Court jailed Tom Davies and Rhys Evans after a brawl in Connah's
        Quay. The two had driven from Nelson Mandela Bay Farm to Rietspruit Farm. A Boko Haram suspect was
        remanded in another case.
        """
    found = roles(report)
    assert found.get("Tom Davies") == "defendant"
    assert not any(name.endswith(("Quay", "Farm", "Haram", "Bay")) for name in found)


def test_a_court_that_allowed_them_out_on_bond_granted_bail() -> None:
    report = """
        MALINDI, July 25, 2023 - Pauline Njoroge, a blogger, walked free together with two co-accused after a
        Malindi court on July 24, 2023 allowed them out on free bond.
        """
    assert rulings(report) == {("2023-07-24", "bail_granted")}


def test_the_ones_a_judgment_declares_guilty_in_its_own_words() -> None:
    report = """
        BANGUI, 3 mars 2023 - La Cour d'Appel de Bangui a jugé l'affaire. « Déclare Dieudonné Ngaïbona et
        Fulbert Bondo, coupables d'association de malfaiteurs ».
        """
    assert roles(report) == {"Dieudonné Ngaïbona": "defendant", "Fulbert Bondo": "defendant"}


def test_freedom_recovered_under_judicial_supervision_is_bail_granted() -> None:
    report = """
        DIOURBEL, 18 décembre 2019 - La chambre criminelle a jugé Abdou Dème pour meurtre. Il avait recouvré
        la liberté sous contrôle judiciaire le 3 août 2017.
        """
    assert rulings(report) == {("2017-08-03", "bail_granted")}


def test_the_one_whose_home_was_broken_into_is_the_victim() -> None:
    english = """
        HWANGE, March 3, 2023 - The magistrate jailed Morven Mudari, who broke into the homestead of Mr
        Wellington Ziweya and made off with a solar panel.
        """
    french = """
        DIOURBEL, 3 mars 2023 - La chambre criminelle a acquitté Abdou Dème. Des hommes armés avaient attaqué
        le domicile d'Oumar Ba, emportant 3,5 millions.
        """
    assert roles(english).get("Wellington Ziweya") == "victim"
    assert roles(french).get("Oumar Ba") == "victim"


def test_the_wife_named_after_the_murder_of_his_wife_is_the_victim() -> None:
    victim = """
        PERTH, March 3, 2023 - Perth Sheriff Court remanded Neil Cumming (45), arrested in the inquiry into
        last month's murder of his wife, Jane Cumming (40).
        """
    fronted = """
        VALLEYFIELD, 3 mars 2023 - La Cour supérieure entend la requête. Accusé du meurtre de sa conjointe,
        Stéphane Massé réclame sa liberté provisoire.
        """
    assert roles(victim).get("Jane Cumming") == "victim"
    assert roles(fronted).get("Stéphane Massé") == "defendant"


def test_the_day_a_victim_is_off_work_until_is_no_hearing() -> None:
    report = """
        BOURGES, 23 octobre 2017 - Le tribunal correctionnel de Bourges a condamné Paul Durand. L'adjudant
        Réau garde une boiterie et un arrêt de travail jusqu'au 6 novembre.
        """
    assert next_hearings(report) == []


def test_the_date_of_a_numbered_law_is_no_hearing() -> None:
    report = """
        Le Tribunal criminel spécial a encore renvoyé le procès de Paul Ateba. On est loin du calendrier prévu
        par la Loi N°2011/028 du 14 décembre 2011, qui a institué ce tribunal.
        """
    assert next_hearings(report) == []


def test_a_deadline_running_until_a_day_is_no_hearing() -> None:
    report = """
        DAKAR, 20 novembre 2025 - Le tribunal d'instance de Dakar est saisi du recours de Moussa Ndiaye. Le
        juge dispose encore d'un délai courant jusqu'au 4 décembre pour statuer.
        """
    assert next_hearings(report) == []


def test_a_mention_that_came_up_on_a_weekday_was_held() -> None:
    report = """
        DAMATURU, September 21, 2022 - The Yobe State High Court adjourned the trial of two soldiers. When the
        matter came up for mention on Monday, the Attorney General sought more time.
        """
    assert next_hearings(report) == []


def test_a_list_item_who_represents_a_sub_county_is_no_counsel_and_the_list_goes_on() -> None:
    report = """
        KASESE, March 26, 2024 - Two councillors appeared before the Grade II magistrate's court in Kasese
        charged with inciting violence. They are Abdu Saad, who represents Maliba sub-county, and Elly
        Masereka Magwara, councillor for Kyabarungira. The magistrate remanded them until April 9th.
        """
    assert_roles(report, ("Abdu Saad", "Elly Masereka Magwara"), "defendant")


def test_those_on_remand_are_the_defendants() -> None:
    report = """
        KAMPALA, September 20, 2021 - Two opposition legislators, Makindye West MP Allan Ssewanyana and
        Kawempe North MP Muhammad Ssegirinya, are now on remand in Kitalya prison over killings in Masaka. The
        chief magistrate's court in Masaka adjourned the case. Separately, Paul Okello has been held on remand
        since April 9.
        """
    assert_roles(report, ("Allan Ssewanyana", "Muhammad Ssegirinya", "Paul Okello"), "defendant")


def test_a_name_a_line_under_the_defendants_with_their_charges_in_apposition() -> None:
    report = """
        ABUJA, June 15, 2021 - An FCT High Court adjourned the abduction trial to July 5.

        The defendants, charged by the police on four counts relating to armed robbery and abduction, are:
        Justus Alex,
        Victor Alex,
        Marcus Eze,
        John Ofor.

        Justice Kezziah Ogbonnaya set the date.
        """
    assert_roles(report, ("Justus Alex", "Victor Alex", "Marcus Eze", "John Ofor"), "defendant")


def test_a_surname_spelt_as_a_determiner_closes_the_name_but_not_before_a_noun() -> None:
    report = """
        BANFORA, 5 mars 2022 - Le tribunal de grande instance de Banfora a condamné Mandion Son, 72 ans, et
        Soura Kamon. L'attaque a coûté la vie au gendarme G.T. Sa fiancée de l'époque a témoigné.
        """
    found = roles(report)
    assert found.get("Mandion Son") == "defendant", found
    assert "G.T. Sa" not in found, found


def test_the_charge_laid_on_a_list_and_a_sentence_imposed_somewhere_on_someone_name_the_accused() -> None:
    charged = """
        BANFORA, 5 mars 2022 - Le tribunal de grande instance de Banfora a jugé l'affaire. L'instruction a
        abouti à l'inculpation de Paul Traoré, de Soura Kamon et de Hié Issa.
        """
    sentenced = """
        NEW YORK, May 3, 2022 - Judge Kaplan imposed the sentence in Manhattan on Sylvia Ash, 64, a former
        justice found guilty in December of obstruction of justice.
        """
    assert_roles(charged, ("Paul Traoré", "Soura Kamon", "Hié Issa"), "defendant")
    assert roles(sentenced).get("Sylvia Ash") == "defendant"


def test_unbulleted_offences_a_line_each_closed_by_commas_are_charges() -> None:
    report = """
        NEW YORK, May 3, 2022 - Judge Kaplan sentenced Sylvia Ash, found guilty of the following charges:
        conspiracy,
        obstruction of justice,
        making a false statement to a federal agent.

        Kaplan said the offences went to the core of the justice system.
        """
    assert {"obstruction of justice", "making a false statement to a federal agent"} <= set(charges(report))


def test_an_act_of_terrorism_and_the_enrolment_of_minors_are_offences() -> None:
    report = """
        N'DJAMENA, 20 août 2019 - La Cour criminelle spéciale a condamné Paul Mahamat pour acte de terrorisme
        et enrôlement de mineurs.
        """
    assert {"acte de terrorisme", "enrôlement de mineurs"} <= set(charges(report))


def test_the_penalties_pronounced_for_offences_name_them() -> None:
    report = """
        N'DJAMENA, 20 août 2019 - La Cour criminelle spéciale a rendu son verdict contre Paul Mahamat. De la
        perpétuité à dix ans de prison : telles sont les peines prononcées pour meurtre, vol et viol.
        """
    assert {"meurtre", "vol", "viol"} <= set(charges(report))


def test_lines_that_open_on_the_term_then_name_the_one_sentenced() -> None:
    dashed = """
        LEEDS, Nov 20, 2023 - Thirteen motorcyclists were jailed at Leeds Crown Court.
        Who got what:
        two years – David Armitage (26), Headingley, Brookfield Road;
        12 months – Omar Ahmed (24), Meanwood, Stonegate View;
        14 months – Anton Rojas (26), Burmantofts, Skelton Avenue.
        """
    bulleted = """
        BLOEMFONTEIN, 5 March 2024 - Twelve gang members were sentenced in the High Court on Thursday.
        Who got what:
        - 12 years direct imprisonment: Patrick Matsemela (21)
        - life imprisonment plus 81 years: Peneas Tseuoa (21)
        """
    assert roles(dashed) == {
        "David Armitage": "defendant",
        "Omar Ahmed": "defendant",
        "Anton Rojas": "defendant",
    }
    assert_roles(bulleted, ("Patrick Matsemela", "Peneas Tseuoa"), "defendant")


def test_the_ones_whose_guilt_is_established_or_who_were_linked_to_a_killing_are_accused() -> None:
    guilt = """
        POINTE-NOIRE, 12 juin 2024 - Le Tribunal de grande instance de Pointe-Noire a jugé l'affaire. Pour les
        juges, la culpabilité de Philippe Mboumba et de Davy Mancacath est établie.
        """
    linked = """
        KAKAMEGA, March 3, 2023 - The High Court in Kakamega acquitted two men. James Wakhungu and Kennedy
        Waswa had been linked to the killing of Paul Makokha in Simuli village.
        """
    assert_roles(guilt, ("Philippe Mboumba", "Davy Mancacath"), "defendant")
    assert_roles(linked, ("James Wakhungu", "Kennedy Waswa"), "defendant")
    assert roles(linked).get("Paul Makokha") == "victim"


def test_those_who_went_before_a_magistrate_are_the_accused() -> None:
    report = """
        SOLWEZI, September 19, 2020 - Sixteen miners pleaded not guilty. A second group, made up of farmer
        Emmanuel Samakayi, 39, and sampler Sichula Mayembe, 33, went before Senior Resident Magistrate Tamara
        Kakusa.
        """
    assert_roles(report, ("Emmanuel Samakayi", "Sichula Mayembe"), "defendant")
    assert roles(report).get("Tamara Kakusa") == "judge"


def test_a_killing_told_as_the_accusation_is_the_murder_charge_unless_an_offence_is_named() -> None:
    told = """
        GQEBERHA, March 3, 2023 - Two men appeared in the Gqeberha Magistrate's Court. They are accused of
        killing Marvin Draghoender, 27.
        """
    named = """
        GQEBERHA, March 3, 2023 - Two men appeared in the Gqeberha Magistrate's Court on a charge of
        manslaughter. They are accused of killing Marvin Draghoender, 27.
        """
    assert charges(told) == ["murder"]
    assert charges(named) == ["manslaughter"]


def test_a_group_sent_on_remand_names_the_accused_listed_under_they_are() -> None:
    report = """
        SOROTI, March 4, 2022 - Three students accused of smoking opium have been sent on remand by the Soroti
        Grade One Magistrates Court. They are:
        Moses Esayu, 18,
        Emmanuel Kenyi, 19, and
        Emmanuel Echodu, 18.
        """
    assert_roles(report, ("Moses Esayu", "Emmanuel Kenyi", "Emmanuel Echodu"), "defendant")


def test_bulleted_names_each_with_a_term_are_the_sentenced_without_a_colon_above() -> None:
    report = """
        BASTIA, 15 septembre 2022 - Le tribunal correctionnel de Bastia a jugé sept jeunes. D'autres
        infractions valent à cinq d'entre eux leur condamnation.
        - Guillaume Amadei : 12 mois, aménagés sous bracelet électronique
        - Yohann Hemery : 12 mois sous bracelet
        """
    assert_roles(report, ("Guillaume Amadei", "Yohann Hemery"), "defendant")


def test_a_dash_after_the_group_opens_a_numbered_list_of_the_accused() -> None:
    report = """
        BOMET, April 3, 2024 - Three men were charged over the rally chaos.

        The accused —
        1. Michael Ngeno alias Cheboror
        2. Donex Kiplangat Biegon
        3. Paul Kiprono Bett
        — pleaded not guilty in front of Principal Magistrate M. O. Rabera in Bomet.
        """
    assert_roles(report, ("Michael Ngeno", "Donex Kiplangat Biegon", "Paul Kiprono Bett"), "defendant")


def test_the_one_who_leaves_the_court_free_is_the_accused() -> None:
    report = """
        MAMOU, 20 juillet 2018 - Le tribunal de première instance de Mamou a jugé six jeunes. Faute du moindre
        élément à son encontre, Thierno Bah repart libre.
        """
    assert roles(report).get("Thierno Bah") == "defendant"


def test_a_court_in_the_title_of_one_who_once_sat_on_it_is_not_the_acting_court() -> None:
    english = """
        NEW YORK, May 3, 2022 - Sylvia Ash, 64, a former State Supreme Court justice, was sentenced by the
        United States District Court in Manhattan.
        """
    french = """
        THIÈS, 3 mai 2022 - Paul Diop, ancien premier président de la Cour d'appel de Dakar, a été condamné
        hier par les juges.
        """
    assert "Supreme Court" not in str(courts(english)), courts(english)
    assert courts(french) == [None]


def test_the_day_of_a_deed_taken_part_in_or_of_unrest_that_shook_a_town_is_no_hearing() -> None:
    disorder = """
        LONGFORD, May 3, 2019 - A judge at Longford Circuit Court has turned down an application by Paul Brady
        to withdraw his guilty plea to taking part in violent disorder at a bar in Granard on October 7, 2018.
        """
    unrest = """
        PORT-GENTIL, 17 septembre 2009 - Le tribunal de première instance de Port-Gentil juge 63 prévenus
        interpellés lors des violences qui ont secoué la ville du 3 au 6 septembre dernier.
        """
    assert held(disorder) == set()
    assert held(unrest) == set()


def test_the_group_a_prosecutor_names_as_a_list_takes_the_role_the_sentence_before_gave_it() -> None:
    report = """
        BOLGATANGA, June 16, 2017 - An evangelist and four farmers were remanded by the Bolgatanga District
        Court. The prosecutor, Police Inspector Gilbert Addae, named the four farmers as Doug Sapak, Mba
        Gudabe, Missah Samlate, Malupaaya Mbanyia.
        """
    assert_roles(report, ("Doug Sapak", "Mba Gudabe", "Missah Samlate", "Malupaaya Mbanyia"), "defendant")
    assert roles(report).get("Gilbert Addae") == "prosecutor"


def test_the_one_remanded_or_accused_alongside_the_accused_is_accused_too() -> None:
    remanded = """
        ARUA, May 3, 2023 - The Arua chief magistrate remanded Paul Andiandu. He was remanded on Friday
        alongside Owen Onzima, the community facilitator for the area.
        """
    accused = """
        ROSEAU, March 3, 2011 - Earl Grant was granted bail by the High Court. Grant is accused, along with
        Denny Shillingford, of conspiracy to commit arson.
        """
    assert roles(remanded).get("Owen Onzima") == "defendant"
    assert roles(accused).get("Denny Shillingford") == "defendant"


def test_those_who_answered_not_guilty_and_the_one_petitioned_against_are_accused() -> None:
    answered = """
        ELDORET, Aug 17, 2023 - Joshua Lelei and Meshack Rono all answered "not guilty" in front of Senior
        Principal Magistrate Alloys Ndege at the Eldoret Law Courts.
        """
    petitioned = """
        WARRI, May 3, 2022 - The Warri magistrate's court adjourned the case. It was the palace of the Olu of
        Warri that petitioned against Chief Ayiri Emami, leading to the charge.
        """
    assert_roles(answered, ("Joshua Lelei", "Meshack Rono"), "defendant")
    assert roles(petitioned).get("Ayiri Emami") == "defendant"


def test_the_day_a_story_goes_back_to_is_no_hearing_but_going_back_to_custody_until_a_day_is() -> None:
    began = """
        Life terms for gang

        Twelve members of the gang were sentenced on Thursday in the High Court of South Africa.

        It all goes back to 16 November 2020. That day the gang clashed with a rival gang in Botshabelo.
        """
    french = """
        Le procès de Paul Saidi renvoyé

        Le tribunal criminel de Constantine a renvoyé le procès de Paul Saidi, poursuivi pour vol qualifié.
        D'après l'arrêt de renvoi, tout remonte au 18 février 2008, vers 19 heures.
        """
    custody = """
        HARARE, October 14, 2020 - The magistrate disagreed, and Job Karembera goes back to custody until
        October 28, the date set for his bail application.
        """
    assert next_hearings(began) == [] and next_hearings(french) == []
    assert next_hearings(custody) == ["2020-10-28"]


def test_names_set_off_by_dashes_after_the_attack_are_those_arrested_not_its_victims() -> None:
    report = """
        CAPE TOWN, March 3, 2022 - Today three men arrested this week over the attack - Moegamat Hartzenberg,
        Jonathan Witbooi and Marawaan Sofaar - stood in the dock at the Mitchells Plain magistrate's court.
        """
    assert_roles(report, ("Moegamat Hartzenberg", "Jonathan Witbooi", "Marawaan Sofaar"), "defendant")


def test_the_one_at_the_bar_or_behind_bars_is_the_accused_but_lawyers_in_turn_at_the_bar_are_not() -> None:
    at_the_bar = """
        DAKAR, 3 mai 2023 - Mame Cheikh Fall, 29 ans, présenté comme chef religieux et domicilié à Touba,
        était hier à la barre de la chambre des flagrants délits du tribunal de grande instance de Dakar.
        """
    lawyers = """
        N'DJAMENA, 3 mai 2023 - La Cour d'appel de N'Djamena a refusé la liberté provisoire à Paul Laadé. Me
        Sirina Jean et Me Alain Kagongé, qui se sont succédé à la barre, estiment la détention illégale.
        """
    behind_bars = """
        MANCHESTER, Aug 3, 2024 - Daylan Burgess, aged 20, is now behind bars for joining in the trouble at
        Piccadilly Gardens, Manchester Crown Court heard.
        """
    assert roles(at_the_bar).get("Mame Cheikh Fall") == "defendant"
    assert roles(lawyers).get("Sirina Jean") == "defense_counsel", roles(lawyers)
    assert roles(behind_bars).get("Daylan Burgess") == "defendant"


def test_the_one_tried_with_the_day_between_the_verb_and_the_name_is_the_accused() -> None:
    report = """
        LIBREVILLE, 9 juin 2021 - Une source judiciaire rapporte que la Cour criminelle spéciale a jugé ce
        mardi 8 juin 2021 Ismaël Ondias Souna.
        """
    assert roles(report).get("Ismaël Ondias Souna") == "defendant"


def test_calumny_in_a_list_of_offences_is_an_offence() -> None:
    report = """
        CASABLANCA, 3 mars 2023 - Diffamation, outrage à magistrat et calomnie : pour ces faits, le tribunal
        correctionnel d'Ain Sebaa a condamné Paul Alaoui.
        """
    assert "calomnie" in charges(report), charges(report)


def test_the_one_a_term_and_fine_are_for_in_the_dock_or_given_the_heaviest_penalty_is_accused() -> None:
    fined = """
        ABIDJAN, 3 mai 2020 - Le tribunal correctionnel d'Abidjan a rendu son verdict : 12 mois de prison
        ferme et une amende de 5 millions pour Philipe Kouadio Yao, arrêté le 8 mars.
        """
    in_the_box = """
        LOKOSSA, 3 mai 2020 - Le tribunal de Lokossa a jugé l'affaire. Il désigne alors l'une d'elles, Gérard
        Hessou, qui s'est retrouvé dans le box.
        """
    heaviest = """
        POITIERS, 3 mai 2020 - Le tribunal correctionnel de Poitiers a jugé six prévenus. Steven Avinin,
        présenté comme le fournisseur, reçoit la sanction la plus lourde.
        """
    assert roles(fined).get("Philipe Kouadio Yao") == "defendant"
    assert roles(in_the_box).get("Gérard Hessou") == "defendant"
    assert roles(heaviest).get("Steven Avinin") == "defendant"


def test_the_offence_before_a_case_named_by_its_accused_or_followed_by_of_is_the_charge() -> None:
    possessive = """
        LUSAKA, Sept 9, 2023 - Jailed PF member Chishimba Kambwili's unlawful assembly case could not proceed
        on Tuesday at the Lusaka magistrate's court.
        """
    of = """
        LUSAKA, Sept 9, 2023 - The unlawful assembly case of Chishimba Kambwili could not proceed on Tuesday
        at the Lusaka magistrate's court.
        """
    assert charges(possessive) == ["unlawful assembly"]
    assert charges(of) == ["unlawful assembly"]


def test_what_the_prosecution_bears_on_is_the_charge() -> None:
    report = """
        KIGALI, 26 mai 2022 - Le tribunal de Kicukiro a libéré Paul Iradukunda. Les poursuites contre elle
        portent sur le « faux et usage de faux en écriture ».
        """
    assert charges(report) == ["faux et usage de faux en écriture"]


def test_those_who_stood_at_the_bar_listed_under_a_colon_are_the_accused() -> None:
    report = """
        BASTIA, 22 mai 2019 - Le procureur de la République de Bastia a parlé de dégradations aggravées.

        À la barre du tribunal correctionnel de Bastia ce mardi 21 mai se tenaient :
        - Ilyess Casta-Toularhmine, 22 ans
        - Lisandru Costantini, 19 ans
        """
    assert_roles(report, ("Ilyess Casta-Toularhmine", "Lisandru Costantini"), "defendant")


def test_one_who_lost_his_bid_for_bail_was_denied_bail() -> None:
    report = """
        SYDNEY, Dec 14, 2019 - Damion Flower, accused of bringing cocaine into the country, lost his bid for
        bail in the NSW Supreme Court on Friday.
        """
    assert rulings(report) == {("2019-12-13", "bail_denied")}


def test_two_of_one_family_with_other_middle_names_are_two_people() -> None:
    family = """
        MAMOU, 20 juillet 2018 - Le tribunal de première instance de Mamou a condamné Mamadou Djouldé Diallo
        et relaxé Mamadou Kaba Diallo.
        """
    assert_roles(family, ("Mamadou Djouldé Diallo", "Mamadou Kaba Diallo"), "defendant")


def test_a_given_name_told_by_its_initial_is_the_same_person() -> None:
    report = """
        BAMAKO, 3 mai 2019 - Le tribunal de la commune III de Bamako a mis en délibéré le procès de Tiégoum
        Boubacar Maïga. Tiégoum B Maïga comparaissait libre.
        """
    assert list(roles(report)) == ["Tiégoum Boubacar Maïga"], roles(report)


def test_a_page_flattened_to_one_line_dates_itself_once() -> None:
    # "Publié le …" dates the page; a day told in a later sentence of the same line is the case's
    report = (
        "Publié le 12 septembre 2026. Le tribunal correctionnel de Nantes a renvoyé le procès de "
        "Paul Durand, poursuivi pour escroquerie. Le procès reprendra le 30 septembre 2026."
    )
    assert next_hearings(report) == ["2026-09-30"]


def test_days_listed_before_a_month_share_it() -> None:
    report = """
        LUSAKA, September 10, 2025 - The Lusaka Magistrates Court has set the trial of John Banda, who is
        charged with theft by public servant, down for 2nd, 7th, 12th and 13th October.
        """
    assert next_hearings(report) == ["2025-10-02"]


def test_a_statutes_numbers_before_a_days_range_are_no_days() -> None:
    dates = find_dates("poursuivi sur le fondement des articles 5, 12 et 13 mars", "fr", dt.date(2025, 9, 10))
    assert [m.text for m in dates] == ["12", "13 mars"]


def test_the_name_after_an_appearance_for_the_accused_is_the_accused() -> None:
    report = """
        ACCRA, Nov 2, 2017 - It was the first court appearance for the accused, Kofi Asamoah. The court
        admitted Asamoah to bail.
        """
    assert_roles(report, ("Kofi Asamoah",), "defendant")


def test_one_who_goes_on_trial_is_the_accused() -> None:
    report = """
        BOWLING GREEN, Oct 5, 2019 - Darnell Whitaker, 26, goes on trial in January.
        """
    assert_roles(report, ("Darnell Whitaker",), "defendant")


def test_a_chiefdom_is_a_place_not_a_person() -> None:
    report = """
        LUSAKA, Oct 2, 2023 - Moses Hachinene, who comes from Kasamba village in Mwanza West, Chikanta
        Chiefdom, admitted the offence and was convicted by Magistrate Peter Lungu.
        """
    found = roles(report)
    assert found.get("Moses Hachinene") == "defendant", found
    assert not any("Chiefdom" in name for name in found), found


def test_those_who_each_received_a_sum_as_bail_are_the_accused() -> None:
    report = """
        NELSPRUIT, July 11, 2020 - Jan Coetzee, 53, and Pieter Botha, 48, a professional hunter, each received
        R50 000 bail on Friday.
        """
    assert_roles(report, ("Pieter Botha",), "defendant")


def test_a_lawyer_a_prison_term_is_for_is_the_accused() -> None:
    report = """
        KAMPALA, July 2, 2016 - Sixteen years in prison for city lawyer Brian Ssemanda, nine for Henry Okello:
        the Anti-Corruption court has passed sentence in the pension fraud case.
        """
    assert_roles(report, ("Brian Ssemanda", "Henry Okello"), "defendant")


def test_the_one_the_defence_team_is_to_meet_is_not_counsel() -> None:
    report = """
        BOWLING GREEN, Oct 5, 2019 - Darnell Whitaker is charged with murder. Prison rules made it impossible
        for the defense team to meet Whitaker face to face.
        """
    assert_roles(report, ("Darnell Whitaker",), "defendant")


def test_a_manor_is_a_place_not_a_person() -> None:
    report = """
        Glen Manor mother gets bail

        DURBAN, March 3, 2021 - Thandiwe Mkhize, 24, who lives in Glen Manor, was granted bail on Monday.
        """
    found = roles(report)
    assert found.get("Thandiwe Mkhize") == "defendant", found
    assert "Glen Manor" not in found, found


def test_an_authors_name_over_the_time_of_writing_does_not_open_a_new_article() -> None:
    report = """
        Fribourg. Il est en partie acquitté des accusations de son ex-épouse

        Le Tribunal de la Glâne a rendu son jugement mardi, deux mois après une audience tendue.

        Jeanne-Marie Rochat

        7 janvier 2025 à 17:33, mis à jour à 18:05

        Un homme d'une cinquantaine d'années n'a finalement été reconnu coupable que de menaces.
        """
    parsed = parse_bytes(textwrap.dedent(report).encode("utf-8"), "test.txt")
    assert len(parsed.articles) == 1
    assert parsed.articles[0].published == dt.date(2025, 1, 7)


def test_one_who_faced_a_magistrate_on_counts_is_the_accused() -> None:
    report = """
        BELMOPAN, June 3, 2021 - Tomas Reyes, 29, a businessman, faced a Senior Magistrate earlier today on
        two counts of wounding.
        """
    assert_roles(report, ("Tomas Reyes",), "defendant")


def test_one_not_called_upon_to_plead_is_the_accused() -> None:
    report = """
        BRIDGETOWN, June 3, 2021 - Marlon Anthony Greaves, an auto repairman of Bank Hall, was not called upon
        to plead to the indictable count.
        """
    assert_roles(report, ("Marlon Anthony Greaves",), "defendant")


def test_one_jointly_accused_with_the_accused_is_accused_too() -> None:
    report = """
        LIMERICK, June 3, 2021 - Sean Tierney is charged with assault. He is jointly accused with Kevin Daly
        (47) of Castletroy.
        """
    assert_roles(report, ("Sean Tierney", "Kevin Daly"), "defendant")


def test_whose_guilty_pleas_they_are_is_the_accused() -> None:
    report = """
        DES MOINES, June 3, 2021 - Mark Jennings' guilty pleas cover two counts of fraud.
        """
    assert_roles(report, ("Mark Jennings",), "defendant")


def test_one_who_is_to_serve_the_jail_term_is_the_accused() -> None:
    report = """
        KATHMANDU, June 3, 2021 - According to the verdict, Ram Bahadur Karki of Dhangadi is to serve the jail
        term.
        """
    assert_roles(report, ("Ram Bahadur Karki",), "defendant")


def test_the_one_a_fine_is_for_is_the_accused_but_not_a_headlines_man_who() -> None:
    assert_roles(
        "SHERBROOKE, 3 juin 2021 - Méfaits: 500 $ d'amende pour Luc Tremblay", ("Luc Tremblay",), "defendant"
    )
    report = """
        $500 Fine For Man Who Went Out To Charge Phone

        NASSAU, April 3, 2020 - Derek Rolle was fined $500 for breaking the curfew.
        """
    assert "Man Who Went Out" not in roles(report)


def test_a_chinese_given_name_ending_in_ing_is_no_participle() -> None:
    report = """
        BELMOPAN, June 3, 2021 - Wenjing Zhao, 29, was charged with wounding.
        """
    assert_roles(report, ("Wenjing Zhao",), "defendant")


def test_those_found_guilty_after_an_apposition_are_the_accused() -> None:
    report = """
        KITWE, June 3, 2021 - Mr Justice Paul Mulenga found Peter Banda, 26, and Joseph Phiri, 73, guilty of
        murder. Justice Ruth Tembo found Grace Mwale, who lives in Kalulushi, guilty of theft.
        """
    assert_roles(report, ("Peter Banda", "Joseph Phiri", "Grace Mwale"), "defendant")


def test_the_one_sent_to_a_correctional_facility_is_the_accused() -> None:
    report = """
        KANO, June 3, 2021 - The court then sent the trader concerned, Sani Bello, to a correctional facility
        on remand.
        """
    assert_roles(report, ("Sani Bello",), "defendant")


def test_a_zone_is_a_place_not_a_person() -> None:
    report = """
        MBEYA, June 3, 2021 - The magistrate sent Joseph Mwakyusa and Emmanuel Kibona, the party's secretary
        for the Northern Lakes Zone, to jail for five months.
        """
    assert not any("Zone" in name for name in roles(report)), roles(report)


def test_the_hearing_a_remand_is_pending_is_the_next_one() -> None:
    report = """
        LEEDS, Nov 10, 2023 - Judge Paul Ward remanded Jack Holt, 15, into youth detention accommodation
        pending a plea and trial preparation hearing at the same court on December 8.
        """
    assert next_hearings(report) == ["2023-12-08"]


def test_the_day_a_remand_runs_until_does_not_date_the_remand() -> None:
    report = """
        Anura Perera to stay in remand till 25 May 2022

        Anura Perera was remanded till 25 May 2022 by the Fort Magistrate.
        """
    assert rulings(report) == {(None, "detention_ordered")}


def test_having_a_quantity_in_ones_possession_is_the_possession_of_it() -> None:
    report = """
        GEORGETOWN, Feb 9, 2024 - Dwayne Pollard and Mark Sealey denied a charge of having 15.85 pounds of
        cannabis in their possession for the purpose of trafficking.
        """
    assert charges(report) == ["possession of cannabis for the purpose of trafficking"]


def test_various_offences_of_a_kind_are_that_offence() -> None:
    report = """
        CARAQUET, 3 mars 2021 – Paul Robichaud devait subir mercredi son procès pour diverses infractions de
        trafic de stupéfiants devant la Cour provinciale.
        """
    assert charges(report) == ["trafic de stupéfiants"]


def test_those_it_is_alleged_of_are_the_accused() -> None:
    report = """
        GEORGETOWN, Nov 21, 2020 - At the Georgetown Magistrates Court, it is alleged that Kevin Fraser and
        Tricia Holder, on November 19 in Georgetown, had 39 grams of cannabis in their possession.
        """
    assert_roles(report, ("Kevin Fraser", "Tricia Holder"), "defendant")


def test_one_on_trial_told_in_a_dashs_aside_is_the_accused() -> None:
    report = """
        MONROVIA, May 2, 2022 - Joseph Kollie — on trial since his indictment for theft — moved 114 chairs,
        Criminal Court C heard.
        """
    assert_roles(report, ("Joseph Kollie",), "defendant")


def test_one_beamed_into_court_is_the_accused() -> None:
    report = """
        PERTH, May 3, 2022 - Liam Carter, 22, was beamed into Stirling Magistrates Court from Hakea Prison on
        Tuesday.
        """
    assert_roles(report, ("Liam Carter",), "defendant")


def test_one_who_failed_to_persuade_the_court_is_the_accused() -> None:
    report = """
        LUSAKA, Jan 18, 2024 - Brian Mwale yesterday failed to persuade the Economic and Financial Crimes
        Court to put off his trial.
        """
    assert_roles(report, ("Brian Mwale",), "defendant")


def test_one_whose_request_for_release_was_rejected_is_the_accused() -> None:
    report = """
        BEYROUTH, 3 mai 2025 - Karim Haddad, ancien directeur, a vu rejeter la cinquième demande de libération
        qu'il avait présentée le 23 avril, a décidé la chambre d'accusation.
        """
    assert_roles(report, ("Karim Haddad",), "defendant")


def test_arrested_and_charged_then_the_name_is_the_accused() -> None:
    report = """
        CARAQUET, 3 mars 2021 – Arrêté et inculpé en juillet 2014, Luc Thériault, 38 ans, a vu son procès
        remis deux fois par la cour provinciale.
        """
    assert_roles(report, ("Luc Thériault",), "defendant")


def test_the_one_a_term_was_handed_to_on_a_day_is_the_accused() -> None:
    report = """
        ARUSHA, Mar 15, 2005 - Six years in jail: that was the term handed on Monday to Jean Habimana, a
        former local leader, by the International Criminal Tribunal for Rwanda.
        """
    assert_roles(report, ("Jean Habimana",), "defendant")


def test_the_one_a_kidnapping_case_is_against_is_the_accused() -> None:
    report = """
        KARACHI, Aug 2, 2019 - An anti-terrorism court put off until September 12 the hearing of a kidnapping
        case against Tariq Mehmood, chief of a party, and others.
        """
    assert_roles(report, ("Tariq Mehmood",), "defendant")


def test_the_day_the_accused_are_next_due_in_court_is_the_next_hearing() -> None:
    report = """
        EDMONTON, June 17, 2020 - With both now held in jail, Ray Tallman and Dean Loyie are next due in Court
        on August 13 at 9:30 am, at St Paul Provincial Court.
        """
    assert next_hearings(report) == ["2020-08-13"]


def test_one_sent_to_a_correctional_centre_was_remanded_that_day() -> None:
    report = """
        ADO-EKITI, Nov 22, 2021 - Tunde Ajayi, aged 20, was on Monday sent to a correctional centre by a
        Magistrates' Court sitting in Ado-Ekiti.
        """
    assert ("2021-11-22", "detention_ordered") in rulings(report)


def test_a_court_of_justice_is_a_court() -> None:
    report = """
        SUDBURY, Dec 16, 2022 - Mark Belanger pleaded guilty in Ontario Court of Justice on Thursday.
        """
    assert courts(report) == ["Ontario Court of Justice"]


def test_a_special_jurisdictions_court_in_lower_case_is_a_court() -> None:
    report = """
        LAHORE, Nov 29, 2022 - Hearing in a case against Ali Raza was put off by an anti-terrorism court (ATC)
        on Monday until December 1.
        """
    assert courts(report) == ["anti-terrorism court (ATC)"]


def test_a_cour_municipale_is_a_court() -> None:
    report = """
        SHERBROOKE, 3 mars 2021 - Luc Gagnon a été condamné par la cour municipale de Sherbrooke.
        """
    assert courts(report) == ["Cour municipale de Sherbrooke"]


def test_a_chamber_named_by_its_seat_is_the_court_where_no_court_is_named() -> None:
    report = """
        DAKAR, 3 mars 2021 - Moussa Diouf a comparu devant la chambre criminelle de Tambacounda pour meurtre.
        """
    assert courts(report) == ["Chambre criminelle de Tambacounda"]


def test_a_surname_opening_on_its_article_is_whole() -> None:
    report = """
        MAMOUDZOU, 3 août 2023 - Ali Said a comparu devant le tribunal correctionnel de Mamoudzou. Le
        procureur de la République, Erwan Le Goff, a évoqué l'émotion suscitée.
        """
    assert_roles(report, ("Erwan Le Goff",), "prosecutor")


def test_a_recorder_is_a_judge_but_not_a_papers_name() -> None:
    report = """
        NEWCASTLE, Aug 6, 2024 - Paul Ferguson was jailed at Newcastle Crown Court. Passing sentence, Mr
        Recorder Tom Hewitt KC described an entrenched pattern of offending.
        """
    assert_roles(report, ("Tom Hewitt",), "judge")
    paper = """
        Business Recorder Report Published 13 Sep, 2023

        ISLAMABAD - An anti-terrorism court adjourned the bail plea of Ahmed Raza.
        """
    assert "Report Published" not in roles(paper)


def test_a_nickname_after_dit_does_not_break_a_list_of_the_accused() -> None:
    report = """
        BOUAKE, 3 mai 2024 - Acquittés, les deux derniers accusés – Issa Koné dit Grand Kader et Adama
        Touré alias caporal Touré – sont ressortis libres du tribunal de Bouaké.
        """
    assert_roles(report, ("Issa Koné", "Adama Touré"), "defendant")


def test_the_day_one_was_dealt_with_at_court_is_a_hearing() -> None:
    report = """
        PRESTON, Oct 8, 2021 - Jordan Platt, 27, was dealt with at Preston Crown Court on Thursday, October 7.
        """
    assert held(report) == {"2021-10-07"}


def test_the_opening_of_a_session_is_a_hearing() -> None:
    report = """
        TAMBACOUNDA, 25 juin 2020 - Ce mercredi 24 juin 2020 a marqué l'ouverture de la session de la chambre
        criminelle de Tambacounda. Moussa Diallo, accusé de meurtre, a comparu.
        """
    assert "2020-06-24" in held(report)


def test_conduct_likely_to_cause_a_breach_of_the_peace_is_a_charge() -> None:
    report = """
        KITWE, Sep 16, 2018 - Thirteen teenagers now stand convicted of conduct likely to cause a breach of
        the peace, following a judgement of the Kitwe Magistrate's Court.
        """
    assert charges(report) == ["conduct likely to cause a breach of the peace"]


def test_driving_while_disqualified_keeps_its_while() -> None:
    report = """
        NELSON, May 3, 2021 - Paul Tane is charged with murder. He also faces seven more counts, among them
        dangerous driving and driving while disqualified.
        """
    assert charges(report) == ["murder", "dangerous driving", "driving while disqualified"]


def test_the_court_that_convicted_ends_the_charge() -> None:
    report = """
        KITWE, Sep 16, 2018 - Thirteen teenagers were convicted of breach of the peace by the Kitwe
        Magistrate's Court.
        """
    assert charges(report) == ["breach of the peace"]


def test_a_charge_does_not_end_on_the_last_of_last_saturday() -> None:
    report = """
        DUNFERMLINE, May 3, 2021 - Robert Stevens, 53, has been before Dunfermline Sheriff Court on a charge
        of making a false call from a telephone kiosk last Saturday.
        """
    assert charges(report) == ["making a false call from a telephone kiosk"]


def test_the_one_the_state_says_did_the_deed_is_the_accused() -> None:
    report = """
        GABORONE, May 3, 2021 - The High Court sat on Monday. According to the State, Kabelo Molefe killed a
        herdsman at a cattle post. According to the state, the couple misled Tebogo Furniture Shop.
        """
    found = roles(report)
    assert found.get("Kabelo Molefe") == "defendant", found
    assert "Tebogo Furniture Shop" not in found, found


def test_one_out_on_bond_is_the_accused() -> None:
    assert_roles(
        "NAKURU, May 3, 2021 - Ex-governor Daniel Kamau out on Sh10m bond", ("Daniel Kamau",), "defendant"
    )


def test_one_who_admits_a_role_in_the_offence_is_the_accused() -> None:
    report = """
        CARDIFF, Jan 6, 2021 - Arben Kola admits role in producing the Class B drug at Cardiff Magistrates
        Court.
        """
    assert_roles(report, ("Arben Kola",), "defendant")


def test_one_sent_to_a_prison_named_by_its_place_is_the_accused() -> None:
    report = """
        BUCHANAN, June 24, 2019 - A farmer, Joseph Togba, has been sent to the Grand Bassa Prison Center for
        life by the Second Judicial Circuit Court.
        """
    assert_roles(report, ("Joseph Togba",), "defendant")


def test_the_one_prison_awaits_is_the_accused() -> None:
    report = """
        SYDNEY, Dec 14, 2019 - Christmas behind bars awaits Damien Fowler. The NSW Supreme Court refused bail.
        """
    assert_roles(report, ("Damien Fowler",), "defendant")


def test_the_offence_one_admits_taking_part_in_is_a_charge() -> None:
    report = """
        DUBLIN, May 3, 1997 - At Dublin Circuit Criminal Court, Gerard Byrne (19) had admitted taking part in
        violent disorder on July 5th, 1996.
        """
    assert charges(report) == ["violent disorder"]


def test_the_offence_one_gets_life_for_is_a_charge() -> None:
    report = """
        Liberia: Farmer, 60, Gets Life for Rape and Murder of Girl, 11

        BUCHANAN, June 24, 2019 - The Second Judicial Circuit Court sent Joseph Togba to prison.
        """
    assert "rape" in charges(report)


def test_one_who_pled_guilty_is_the_accused() -> None:
    report = """
        OBAN, March 4, 2025 - At Oban Sheriff Court, Ewan Drummond, 44, pled guilty to assaulting a neighbour.
        """
    assert_roles(report, ("Ewan Drummond",), "defendant")


def test_a_town_named_for_its_fort_or_port_in_an_address_is_no_person() -> None:
    report = """
        INVERNESS, March 4, 2025 - Inverness Sheriff Court heard the case. Calum Rennie, 51, of Kilmallie
        Road, Fort Augustus, pled guilty to breach of the peace.
        """
    found = roles(report)
    assert found.get("Calum Rennie") == "defendant", found
    assert "Fort Augustus" not in found, found


def test_a_renvoi_told_without_a_verb_is_an_adjournment_on_the_day_the_court_sat() -> None:
    report = """
        THIÈS - Mardi 8 mars 2022, un boutiquier comparaissait devant le tribunal de grande instance de Thiès
        pour abus de confiance.
        Renvoi de l'audience au 15 mars 2022.
        """
    assert ("2022-03-08", "adjourned") in rulings(report)


def test_a_court_brought_to_resolve_on_a_renvoi_adjourns() -> None:
    report = """
        BASSE-TERRE, 12 mai 2025 - Faute de jurés en nombre suffisant, la cour d'assises n'a pas pu juger
        l'accusé ce lundi. La cour a donc dû se résoudre au renvoi.
        """
    assert "adjourned" in {kind for _, kind in rulings(report)}


def test_those_a_titled_magistrate_found_guilty_are_the_accused() -> None:
    report = """
        HARARE, March 3, 2021 - Harare magistrate Ms Tendai Ncube found Farai Dube (23) and Tatenda Moyo (21)
        guilty.
        """
    assert_roles(report, ("Farai Dube", "Tatenda Moyo"), "defendant")


def test_those_committed_to_prison_on_remand_are_the_accused() -> None:
    report = """
        BANJUL, March 3, 2021 - Lamin Ceesay and Ebrima Touray were last Monday committed to the State Central
        Prison on remand by the Banjul Magistrates Court.
        """
    assert_roles(report, ("Lamin Ceesay", "Ebrima Touray"), "defendant")


def test_the_offences_a_sessions_cases_are_about_are_charges() -> None:
    report = """
        PORT-GENTIL, 12 mai 2025 - La session criminelle de la cour d'appel s'ouvre lundi. Une trentaine des
        dossiers portent sur des viols sur mineur.
        """
    assert "viols sur mineur" in charges(report)


def test_a_day_held_until_today_is_the_day_the_court_sat() -> None:
    report = """
        date 2023-06-21 The case of the twelve accused was adjourned to June 23, 2023.

        The twelve were kept in police custody until today, Monday, June 5, 2023, when they were put before
        the Tamale District Court.
        """
    assert ("2023-06-05", "adjourned") in rulings(report)


def test_a_bail_told_by_its_sum_is_granted() -> None:
    report = """
        ACCRA, June 6, 2023 - Bail of GH¢6,000 each, with one surety: that was the ruling of an Accra Circuit
        Court for the 21 accused on Monday, June 5, 2023.
        """
    assert ("2023-06-05", "bail_granted") in rulings(report)


def test_one_on_bail_of_a_sum_is_not_granted_bail_again() -> None:
    report = """
        ACCRA, June 5, 2023 - The Accra Circuit Court adjourned the trial of Kofi Mensah to July 3. He is on
        bail of GH¢6,000 with two sureties.
        """
    assert "bail_granted" not in {kind for _, kind in rulings(report)}


def test_one_who_is_in_prison_is_the_accused() -> None:
    report = """
        NOUAKCHOTT, 3 mars 2021 - Le tribunal correctionnel de Nouakchott a jugé le journaliste. Le
        journaliste Sidi Ould Baba était en prison depuis fin juin.
        """
    assert_roles(report, ("Sidi Ould Baba",), "defendant")


def test_those_who_made_their_first_appearance_on_a_charge_are_the_accused() -> None:
    report = """
        IPSWICH, March 3, 2021 - Tom Larkin, 51, and Jane Pryor, 41, of Rushton Avenue, Watford, made their
        first appearance on the charge of conspiring to burgle at South East Suffolk Magistrates Court.
        """
    assert_roles(report, ("Tom Larkin", "Jane Pryor"), "defendant")


def test_one_tried_while_free_is_the_accused() -> None:
    report = """
        CONAKRY, 3 mars 2021 - Le tribunal de première instance de Dixinn a renvoyé l'affaire. Quant à Mamadou
        Saliou Bah alias Cams, poursuivi libre, il n'est pas passé à la barre.
        """
    assert_roles(report, ("Mamadou Saliou Bah",), "defendant")


def test_a_lawyer_named_in_apposition_then_charged_is_the_accused() -> None:
    report = """
        BUTTERWORTH, Aug 7, 2021 - The Sessions Court heard a graft case. The counsel, Tan Boon Huat, 43, was
        first charged on July 6, 2020.
        """
    assert_roles(report, ("Tan Boon Huat",), "defendant")


def test_an_hhj_asj_or_justice_of_the_peace_is_the_judge() -> None:
    report = """
        LONDON, March 3, 2021 - The Crown Court heard the case of John Brown, charged with theft.
        HHJ Mary Lloyd-Evans sat later. In Delhi, ASJ Ravi Kumar took the bonds. The men appeared before
        justice of the peace Peter Gibbs.
        """
    assert_roles(report, ("Mary Lloyd-Evans", "Ravi Kumar", "Peter Gibbs"), "judge")


def test_a_procurator_fiscal_and_an_assistant_us_attorney_prosecute() -> None:
    report = """
        LOCHMADDY, March 3, 2021 - At Lochmaddy Sheriff Court, procurator fiscal Karen Dunn confirmed the
        trial of Iain Morrison. In New Orleans, Assistant US Attorney Matt Cole told reporters the case would
        go on.
        """
    assert_roles(report, ("Karen Dunn", "Matt Cole"), "prosecutor")


def test_the_lawyer_of_the_prosecuting_office_or_for_the_prosecution_prosecutes() -> None:
    report = """
        MBABANE, March 3, 2021 - The High Court heard the bail application of Sipho Dlamini, charged with
        murder. Themba Nkosi of the Director of Public Prosecutions opposed it. In Osogbo, lawyer Ade Bello
        of the Ministry of Justice took over. Veena Rao resisted the plea on the prosecution's behalf.
        """
    assert_roles(report, ("Themba Nkosi", "Ade Bello", "Veena Rao"), "prosecutor")


def test_one_whose_death_is_told_with_her_town_and_trade_is_the_victim() -> None:
    report = """
        MELBOURNE, March 3, 2021 - Scott Parker, accused over the 2013 death of Pakenham mother Kylie Dunn,
        appeared in Melbourne Magistrates Court.
        """
    assert_roles(report, ("Kylie Dunn",), "victim")


def test_one_the_accused_is_said_to_have_hit_or_wounded_is_the_victim() -> None:
    report = """
        MUMBAI, March 3, 2022 - Ravi Shaikh was granted bail by the Sessions Court. The prosecution's case is
        that a quarrel ended with Ravi Shaikh hitting Kasam Ali with a chopper.
        """
    assert_roles(report, ("Kasam Ali",), "victim")


def test_the_offence_held_against_the_accused_by_its_noun_is_a_charge() -> None:
    report = """
        LOUGA, 3 mars 2021 - Au tribunal de grande instance de Louga, le prévenu Modou Fall, à qui il est
        reproché une escroquerie de 12 millions, a nié.
        """
    assert any(label.startswith("escroquerie") for label in charges(report))


def test_the_offence_one_is_summoned_for_is_a_charge() -> None:
    report = """
        CONAKRY, 3 mars 2021 - Devant le tribunal de première instance de Kaloum, le journaliste Ibrahima Sow,
        attrait pour « diffamation », a demandé pardon.
        """
    assert charges(report) == ["diffamation"]


def test_a_provisional_charge_is_a_charge() -> None:
    report = """
        PORT-LOUIS, 3 mars 2021 - La Cour suprême a rejeté la demande de Ravi Ramsamy. Le requérant avait été
        inculpé provisoirement de trafic de drogue devant le tribunal de Pamplemousses.
        """
    assert charges(report) == ["trafic de drogue"]


def test_the_crime_the_defendant_is_held_for_is_a_charge() -> None:
    report = """
        MONROVIA, March 3, 2021 - The Sixth Judicial Circuit Court sentenced John Flomo. The evidence was
        enough to hold the defendant for the crime of rape, the judge said.
        """
    assert charges(report) == ["rape"]


def test_misbehaviour_and_misconduct_in_office_head_a_list_of_counts() -> None:
    report = """
        PORT OF SPAIN, March 3, 2021 - Mary Ramdial appeared before the Chief Magistrate. Her own counts:
        conspiracy to defraud, money laundering, misbehaviour in public office.
        """
    assert "misbehaviour in public office" in charges(report)


def test_the_offence_a_fine_punishes_is_a_charge() -> None:
    report = """
        BOUNA, 3 mars 2021 - La section de tribunal de Bouna a condamné les prévenus à payer 50 millions de
        francs CFA d'amende pour orpaillage illégal.
        """
    assert charges(report) == ["orpaillage illégal"]


def test_a_shariah_court_spelt_with_its_h_is_a_court() -> None:
    report = """
        KANO, March 3, 2024 - Musa Bello was yesterday sent to remand by an Upper Shariah Court in Kano.
        """
    assert courts(report) == ["Upper Shariah Court"]


def test_a_printed_pages_date_before_the_leads_capitals_is_its_dateline() -> None:
    report = """
        Cape Argus

        Residents kept out of court as trial stalls

        WEDNESDAY FEBRUARY 3 2016 POLICE tape kept residents out of the Simon's Town Magistrate's Court
        yesterday.
        """
    parsed = parse_bytes(textwrap.dedent(report).encode("utf-8"), "test.txt")
    assert parsed.articles[0].published == dt.date(2016, 2, 3)


def test_an_additional_sessions_judge_is_no_person_named_sessions() -> None:
    report = """
        NEW DELHI, January 8, 2025 - A Delhi trial court on Wednesday accepted the bail bonds of Ravi Kumar,
        who was freed by the Additional Sessions Judge.
        """
    assert "Additional Sessions" not in roles(report), roles(report)


def test_the_one_whose_hearing_it_was_and_who_faces_counts_is_the_accused() -> None:
    report = """
        WOODLAND, April 28, 2020 - A Yolo Superior Court prosecutor filed the motion at what had been
        scheduled as the preliminary hearing of Joseph Dean, who faces several felony counts.
        """
    assert_roles(report, ("Joseph Dean",), "defendant")


def test_those_the_crown_says_killed_are_the_accused() -> None:
    report = """
        MASERU, March 3, 2021 - The High Court heard the murder trial. According to the crown, Lefu Mokoena
        and Thabo Ramone murdered a neighbour on July 9, 2001.
        """
    assert_roles(report, ("Lefu Mokoena", "Thabo Ramone"), "defendant")


def test_the_main_accused_named_in_apposition_is_the_accused() -> None:
    report = """
        MOGADISHU, March 3, 2021 - The Banadir Regional Court adjourned the trial of three soldiers charged
        with torture. The main accused, Ahmed Ali Warsame, was filmed beating a man.
        """
    assert_roles(report, ("Ahmed Ali Warsame",), "defendant")


def test_the_one_a_verdict_was_given_against_is_the_accused() -> None:
    report = """
        BAMAKO, 3 mars 2021 - La cour d'assises de Bamako a jugé l'affaire. Le verdict a été rendu contre le
        Tunisien Karim Ben Salah.
        """
    assert_roles(report, ("Karim Ben Salah",), "defendant")


def test_a_courts_criminal_session_is_no_judge() -> None:
    report = """
        MAGBURAKA, July 7, 2021 - Justice Unisa Kamara passed the death sentence on Musa Koroma while
        presiding over the ongoing High Court Criminal Session in Magburaka Town.
        """
    assert "Criminal Session" not in roles(report), roles(report)


def test_ones_own_deeds_answered_for_are_no_charge() -> None:
    report = """
        COTONOU, 3 mars 2021 - La CRIET a condamné le commissaire adjoint Paul Agbo à sept ans pour
        corruption. Une sanction qui rappelle que chacun répond de ses propres actes.
        """
    assert charges(report) == ["corruption"]


def test_an_office_in_charge_of_a_file_is_no_charge() -> None:
    report = """
        DAR ES SALAAM, March 3, 2021 - The Kisutu Resident Magistrate's Court adjourned the case of Maxence
        Melo, charged with obstruction of justice. Prosecutor Mohamed Salum, a State Attorney in charge of
        both files, sought more time.
        """
    assert charges(report) == ["obstruction of justice"]


def test_the_offence_told_before_accused_of_is_no_charge_of_its_own() -> None:
    report = """
        NASSAU, March 3, 2021 - Dino Lockhart, charged with murder, told the chief magistrate his ankle
        monitor would show where he was when the murder he is accused of took place.
        """
    assert charges(report) == ["murder"]


def test_facts_told_by_what_they_are_like_are_no_charge() -> None:
    report = """
        SAINT-ÉTIENNE, 3 avril 2020 - Le tribunal correctionnel a condamné Karim Benali à quatre mois ferme
        pour vol. Il avait déjà été condamné pour des faits comparables.
        """
    assert charges(report) == ["vol"]


def test_an_administration_or_an_auditor_is_no_person() -> None:
    report = """
        SOLWEZI, March 3, 2021 - Fabian Mumba, a former Permanent Secretary for the Provincial
        Administration, was convicted by the Solwezi Magistrates Court. The magistrate yesterday found Kapoko
        Banda and an Internal Auditor guilty.
        """
    found = roles(report)
    assert not {"Provincial Administration", "Internal Auditor"} & set(found), found


def test_a_constituency_by_its_compass_point_a_coast_or_a_town_is_no_person() -> None:
    report = """
        NAIROBI, March 3, 2021 - The Milimani Law Courts freed Paul Otieno, the MP for Embakasi East, on
        bail. He had been arrested in Spanish Town while visiting the Ivory Coast embassy.
        """
    found = roles(report)
    assert found.get("Paul Otieno") == "defendant", found
    assert not {"Embakasi East", "Spanish Town", "Ivory Coast"} & set(found), found


def test_a_french_number_a_board_or_a_youth_wing_is_no_person() -> None:
    report = """
        NICE, 3 mars 2021 - Trois Géorgiens ont été jugés par le tribunal correctionnel de Nice pour vol. La
        Water Board et la UMNO Youth ont réagi.
        """
    found = roles(report)
    assert not {"Trois Géorgiens", "Water Board", "UMNO Youth"} & set(found), found


def test_new_years_eve_and_a_menus_economy_are_no_people() -> None:
    report = """
        L'ESSOR | Accueil  Politique  Société  Justice  Économie  Sports

        New charge added for Zinhle Mkhize murder suspect

        date 2020-01-16

        The suspect in the killing of Zinhle Mkhize, 29, who disappeared in New Germany on New Year's Eve and
        was later found dead, was expected in court on Thursday.

        DURBAN - Constable Sipho Dube, 30, abandoned his bail bid in the Umbumbulu Magistrate's Court.
        """
    found = roles(report)
    assert "New Year's Eve" not in found and "Économie" not in found, found


def test_a_magistrates_rank_is_no_seat_of_a_court() -> None:
    report = """
        BANJUL, March 3, 2021 - Ebrima Jallow was remanded at Mile 2 by Principal Magistrate Omar Cham of the
        Kanifing Magistrates' Court.
        """
    assert courts(report) == ["Kanifing Magistrates' Court"]


def test_a_court_named_for_a_sitting_to_come_is_not_the_court_that_sat() -> None:
    report = """
        CHRISTCHURCH, March 3, 2021 - Security worries kept the public out of the Christchurch District Court,
        where Jane Doe, 34, faced a murder charge. Judge Paul Kellar remanded her in custody until August 25,
        the date of her High Court pre-trial call-over.
        """
    assert courts(report) == ["Christchurch District Court"]


def test_a_court_the_accused_will_face_is_where_the_case_goes() -> None:
    report = """
        BRIKAMA, March 3, 2021 - Fifteen residents of Busumbala will now face the High Court: Magistrate Omar
        Jallow of the Brikama Magistrates' Court remanded them.
        """
    assert courts(report) == ["Brikama Magistrates' Court"]


def test_the_attorney_generals_chambers_is_no_person() -> None:
    report = """
        BANJUL, March 3, 2021 - The Banjul Magistrates' Court adjourned the sedition trial of Moses Jallow.
        State counsel Lamin Jobe of the Attorney General's Chambers asked for more time.
        """
    assert "General's Chambers" not in roles(report), roles(report)


def test_a_college_or_a_party_of_change_is_no_person() -> None:
    report = """
        LUSAKA, May 30, 2022 - A 46-year-old Evelyn Hone College driver has been found guilty by the Lusaka
        Magistrates' Court. Thirty-six members of the Forum for Democratic Change, held on terrorism charges,
        were further remanded.
        """
    found = roles(report)
    assert not {"Evelyn Hone College", "Democratic Change"} & set(found), found


def test_the_day_the_accused_came_before_the_court_is_a_hearing_held() -> None:
    report = """
        date 2020-09-06

        The charge was read to George Parker when he came before the Magistrate Court on September 4.

        A preliminary inquiry is set for December 15, 2020.
        """
    assert held(report) == {"2020-09-04"}, held(report)


def test_the_accused_s_kc_named_in_apposition_is_defence_counsel() -> None:
    report = """
        LEEDS, March 3, 2022 - Mark Metcalfe, 39, will stand trial charged with killing Terri Jordan.

        According to his KC, Mark McKone, the defendant will plead not guilty to both charges.
        """
    assert roles(report).get("Mark McKone") == "defense_counsel", roles(report)


def test_those_listed_with_terms_under_the_judge_who_passed_them_are_the_accused() -> None:
    report = """
        CONAKRY, 3 mars 2022 - Plusieurs accusés ont été déclarés coupables par le juge président, qui a
        infligé ces peines :
        – Mohamed Camara : 20 ans de réclusion criminelle, pour viol ;
        – Aboubacar Soumah : 15 ans de réclusion, pour assassinat.
        """
    assert_roles(report, ("Mohamed Camara", "Aboubacar Soumah"), "defendant")


def test_a_listed_term_may_follow_the_offence_it_punishes() -> None:
    report = """
        CONAKRY, 3 mars 2022 - Plusieurs accusés ont été déclarés coupables par le juge président, qui a
        infligé ces peines :
        – Mohamed Camara : pour viol, 20 ans de réclusion criminelle ;
        – Aboubacar Soumah : pour assassinat, 15 ans de réclusion criminelle.
        """
    assert_roles(report, ("Mohamed Camara", "Aboubacar Soumah"), "defendant")


def test_a_court_the_law_reserves_the_case_to_is_not_the_court_that_sat() -> None:
    report = """
        DUBLIN, March 3, 2021 - John Byrne, 43, stayed silent when charged with murder, Limerick District
        Court was told. The judge noted that in murder cases bail can only be sought in the High Court, as
        only the High Court may try the charge.
        """
    assert courts(report) == ["Limerick District Court"], courts(report)


def test_a_list_after_the_men_are_unfolds_the_group_the_sentence_before_charged() -> None:
    report = """
        DERRY, March 3, 2021 - Three men have been charged with explosives offences in Derry.

        The men are Damien Harkin, 47, Neil Hegarty, 47, and Jason Ceulemans, 42.
        """
    assert_roles(report, ("Damien Harkin", "Neil Hegarty", "Jason Ceulemans"), "defendant")


def test_a_list_the_next_sentence_lays_the_charge_against_is_of_the_accused() -> None:
    report = """
        DERRY, March 3, 2021 - Bail was refused at Derry Magistrates' Court yesterday.

        According to evidence put before the court, the device was in a state of readiness. The men are Damien
        Harkin, of Westland Avenue, and Neil Hegarty, of Sackville Court. The charge against them is that on
        December 6 they had the device in their possession.
        """
    assert_roles(report, ("Damien Harkin", "Neil Hegarty"), "defendant")


def test_the_one_who_answers_to_a_charge_before_its_article_elided_is_the_accused() -> None:
    report = """
        QUÉBEC, 3 mars 2022 - Le procès s'ouvre. Marc Lebel répond d’une accusation de meurtre non prémédité.
        """
    assert roles(report).get("Marc Lebel") == "defendant", roles(report)


def test_the_one_who_answers_with_a_smile_answers_to_no_charge() -> None:
    report = """
        OUAGADOUGOU, 25 octobre 2017 - Un car de la gendarmerie arrive au tribunal militaire.
        « Mon général ! », lance quelqu'un dans la foule. Gilbert Diendéré répond d’un large sourire.
        """
    assert roles(report).get("Gilbert Diendéré") != "defendant", roles(report)


def test_those_who_stood_charged_are_the_accused() -> None:
    report = """
        TAMALE, March 3, 2021 - Peter Nanyom and John Dzakpaki stood charged on 10 counts of possessing
        firearms at the High Court.
        """
    assert_roles(report, ("Peter Nanyom", "John Dzakpaki"), "defendant")


def test_a_crisis_is_no_person() -> None:
    report = """
        BUEA, March 3, 2021 - The Military Court dropped the case against 99 people held over the Anglophone
        Crisis. They stood charged with acts of secession.
        """
    assert "Anglophone Crisis" not in roles(report), roles(report)


def test_those_named_on_the_charge_after_an_apposition_are_the_accused() -> None:
    report = """
        ABUJA, March 3, 2021 - Police brought them to court on Tuesday. Named on the one-count charge, all
        with no fixed address, were: Ibrahim Abdullahi, 20; Gadafi Usman, 23; Abubakar Adamu, 19.
        """
    assert_roles(report, ("Ibrahim Abdullahi", "Gadafi Usman", "Abubakar Adamu"), "defendant")


def test_a_name_a_line_under_those_named_on_the_charge_are_the_accused_not_counts() -> None:
    report = """
        ABUJA, March 3, 2021 - Police brought them to court on Tuesday.

        Named on the one-count charge, all with no fixed address, were:
        Ibrahim Abdullahi, 20;
        Gadafi Usman, 23;
        Abubakar Adamu, 19.
        Each of them denied the charge.
        """
    assert_roles(report, ("Ibrahim Abdullahi", "Gadafi Usman", "Abubakar Adamu"), "defendant")


def test_an_offence_named_again_by_a_demonstrative_is_no_charge_of_its_own() -> None:
    report = """
        TAMALE, March 3, 2021 - Sentence was passed on Thursday for possession of firearms without lawful
        authority. Peter Nanyom stood charged on 10 counts of that offence at the High Court.
        """
    assert "that offence" not in charges(report), charges(report)


def test_a_demonstrative_before_the_offences_own_word_names_it() -> None:
    report = """
        KOLWEZI, 3 mars 2022 - Le tribunal de grande instance a condamné Jean Kasongo à mort pour ce meurtre
        commis sur la route de Likasi.
        """
    assert "meurtre" in charges(report), charges(report)


def test_a_deed_told_by_a_narrative_verb_is_no_charge() -> None:
    report = """
        KISUMU, March 3, 2021 - John Otieno was acquitted by the Kisumu Magistrates' Court, where he had been
        accused of beating his neighbour in a land row.
        """
    assert not any(label.startswith("beating") for label in charges(report)), charges(report)


def test_a_count_of_things_that_are_no_offence_is_no_charge() -> None:
    report = """
        LYON, 3 mars 2022 - Jean Martin, poursuivi pour trois dossiers examinés ensemble, a comparu devant le
        tribunal correctionnel de Lyon.
        """
    assert not any(label.startswith("trois") for label in charges(report)), charges(report)


def test_a_phrase_opening_on_a_preposition_or_a_pronoun_is_no_charge() -> None:
    report = """
        TOULOUSE, 3 mars 2022 - Trois manifestants ont comparu devant le tribunal correctionnel. Il leur était
        reproché leur participation, samedi place Jean Jaurès, aux affrontements avec les forces de l'ordre.
        """
    assert not any(label.startswith("leur") for label in charges(report)), charges(report)


def test_an_offence_told_by_adverb_and_gerund_is_named_by_its_noun() -> None:
    report = """
        TORONTO, March 3, 2021 - John Smith, 45, was charged with sexually assaulting an 11-year-old girl, the
        Ontario Court of Justice heard. Peter Jones was charged with unlawfully possessing narcotic drugs.
        """
    found = charges(report)
    assert {"sexual assault", "unlawful possession of narcotic drugs"} <= set(found), found


def test_the_death_or_the_clashes_are_the_event_not_the_offence() -> None:
    report = """
        ABIDJAN, 3 mars 2022 - Jean Kouassi, poursuivi pour la mort de sa mère, a comparu devant le tribunal
        criminel d'Abidjan.
        """
    assert not any(label.startswith("mort") for label in charges(report)), charges(report)


def test_justice_in_the_name_of_a_courthouse_is_no_judges_title() -> None:
    report = """
        N’DJAMENA, 3 mars 2022 - Grosse affluence mercredi au Palais de Justice de N’Djamena. Le procès de
        Paul Mahamat s'est ouvert devant le tribunal de grande instance.
        """
    assert "judge" not in roles(report).values(), roles(report)


def test_a_commissioner_for_justice_is_no_judge() -> None:
    report = """
        KANO, March 3, 2021 - The state's Attorney General and Commissioner for Justice, Haruna Dederi,
        brought Musa Abubakar before the Upper Shariah Court on three counts of arson.
        """
    assert roles(report).get("Haruna Dederi") != "judge", roles(report)


def test_counsel_a_fronted_phrase_puts_on_the_victims_side_is_civil_party_counsel() -> None:
    report = """
        NAIROBI, March 3, 2021 - Peter Otieno was charged at Milimani Law Courts. Speaking for the family of
        the abducted officer, lawyer Alfred Nyandieka objected to bail.
        """
    assert roles(report).get("Alfred Nyandieka") == "civil_party_counsel", roles(report)


def test_a_headlines_verb_is_no_part_of_a_name() -> None:
    report = """
        allAfrica | Namibia | Crime | Courts

        Namibia: Maasdorp Must Wait Until February for Bail Decision

        Wentzel Maasdorp will find out in three weeks whether he is to be freed on bail, the Windhoek
        Magistrate's Court heard on Friday.

        Maasdorp, 40, allegedly murdered Delia Weimers, then his girlfriend, at her flat last April.
        """
    assert not any("Must" in name for name in roles(report)), roles(report)


def test_a_park_is_no_person() -> None:
    report = """
        date 2022-05-23 Contributors
        No bail for Millennium Park gun suspect shot by security guard

        By William Lee, Chicago Tribune

        Daniel Jackson was denied bail by Cook County Judge Mary Smith on Sunday.
        """
    assert "Millennium Park" not in roles(report), roles(report)


def test_a_group_taken_before_several_courts_was_heard_that_day() -> None:
    report = """
        KITWE, March 16, 2021 - The case stems from a scuffle in Kitwe last Friday that left an officer hurt.

        Police said the suspects were split into two batches and taken before two different Courts today.

        Batch one faced Magistrate Chipama in Court 04. The case now stands adjourned to 19th March 2021.
        """
    assert held(report) == {"2021-03-16"}, held(report)


def test_a_court_named_only_as_where_bail_must_be_sought_is_not_the_reports_court() -> None:
    report = """
        GABORONE, March 3, 2021 - Magistrate Mmesi refused Tumelo Thamae bail on robbery charges. She told the
        young man to approach the High Court with his application.
        """
    assert courts(report) == [None], courts(report)


def test_a_court_the_accused_are_to_be_brought_before_next_is_not_the_court_that_sat() -> None:
    report = """
        BALLINA, July 2, 2008 - Public order charges brought nine people to a specially convened Ballina
        District Court. The women went on remand, to be brought before a Dublin court on Friday next.
        """
    assert courts(report) == ["Ballina District Court"], courts(report)


def test_a_belgian_pre_trial_chamber_named_by_its_seat_is_the_court() -> None:
    report = """
        Tournai : remis en liberté sous conditions

        Le conducteur a comparu mardi 4 février 2020 devant la chambre du conseil de Tournai, qui l'a libéré.
        """
    assert courts(report) == ["Chambre du conseil de Tournai"], courts(report)
    appeal = """
        La chambre des mises en accusation de Bruxelles a confirmé mardi 4 février 2020 le mandat d'arrêt.
        """
    assert courts(appeal) == ["Chambre des mises en accusation de Bruxelles"], courts(appeal)


def test_the_counsel_a_fronted_through_phrase_names_is_no_item_of_the_clients_list() -> None:
    report = """
        Mumbai court denies bail to two accused in a murder case

        The Sessions Court refused bail on March 3, 2022. Through advocate Ganesh Iyer, Rohit Mahalunghe and
        Akash Suryavanshi said they were innocent and had been wrongly roped in.
        """
    assert roles(report).get("Rohit Mahalunghe") != "defense_counsel", roles(report)
    assert roles(report).get("Ganesh Iyer") == "defense_counsel", roles(report)


def test_after_selon_l_avocat_and_its_comma_the_name_that_goes_on_to_a_verb_is_not_the_lawyer() -> None:
    report = """
        Dakar : la chambre d'accusation refuse la liberté provisoire

        La chambre d'accusation a rejeté le 14 janvier 2020 la demande de liberté provisoire. Selon l'avocat,
        Guy Marius Sagna offre toutes les garanties de représentation.
        """
    assert roles(report).get("Guy Marius Sagna") != "defense_counsel", roles(report)


def test_a_given_name_alone_with_an_age_after_it_is_a_person() -> None:
    report = """
        Lyon : trois mois ferme pour la canette

        Publié le 3 mai 2017. Prostré dans le box, Olivier, ébéniste de 36 ans, écoute son avocate plaider.
        Le tribunal correctionnel de Lyon l'a condamné à trois mois ferme. Basile, 20 ans, a été relaxé.
        Un Quinquagénaire (51 ans), habitant de Seraing, 30 ans, est venu témoigner.
        """
    assert roles(report) == {"Olivier": "defendant", "Basile": "defendant"}, roles(report)


def test_a_place_before_man_at_a_headlines_opening_is_no_defendant() -> None:
    report = """
        Pennington Gap man convicted after trial in unusual venue

        JONESVILLE, Va., Sept. 25, 2019 - A jury convicted Bobby Webb on Friday of abducting the mother of
        his child.
        """
    assert "Pennington Gap" not in roles(report), roles(report)


def test_a_charge_ends_before_the_court_and_the_time_of_the_plea() -> None:
    report = """
        BEND, Ore., Jan. 9, 2018 - Edwin Lara entered guilty pleas to robbery and aggravated murder in
        Deschutes County Court this morning, the result of a plea deal.
        """
    assert "aggravated murder" in charges(report), charges(report)


def test_the_case_was_called_that_day_with_a_relative_clause_between() -> None:
    report = """
        Jos killings: ruling on bail fixed for November 19

        Nine accused persons will know on November 19, 2021 whether the Jos High Court grants them bail.

        When the case, which is before Justice Musa Ashom, was called on Wednesday, October 13, 2021, the
        prosecuting counsel informed the court that it was slated for ruling.
        """
    assert held(report) == {"2021-10-13"}, held(report)


def test_a_speaker_who_said_the_defendant_had_admitted_the_charges_is_not_the_defendant() -> None:
    report = """
        NORWICH, March 3, 2023 - Michael Etheridge was jailed for four years at Norwich Crown Court.
        In mitigation, Michael Clare said the defendant had admitted the charges and knew he faced prison.
        """
    assert roles(report).get("Michael Clare") != "defendant", roles(report)


def test_the_two_other_key_accused_in_apposition_are_defendants() -> None:
    report = """
        KOLKATA, Oct 10, 2014 - The public prosecutor confirmed the orders: "Hasem Molla was remanded to the
        NIA's custody till Oct 31", while Razia Bibi and Alima Bibi, the two other key accused, go to judicial
        custody until Nov 5.
        """
    assert roles(report).get("Alima Bibi") == "defendant", roles(report)


def test_the_legal_representative_of_the_accused_is_defence_counsel() -> None:
    report = """
        CAPE TOWN, March 3, 2023 - Magistrate Nonkosi Saba postponed the matter. However, Pearl Mathibela, the
        legal representative of the nine accused, objected to the delay.
        """
    assert roles(report).get("Pearl Mathibela") == "defense_counsel", roles(report)


def test_the_matter_of_names_its_accused_as_the_case_of_does() -> None:
    report = """
        MTHATHA, Sept 24, 2020 - The court postponed the matter of Luthando Silwana, 24, and Lunga
        Khimbili, 28, convicted of murder.
        """
    assert roles(report).get("Luthando Silwana") == "defendant", roles(report)


def test_a_past_perfect_after_the_day_does_not_make_the_days_decision_recalled() -> None:
    report = """
        Man to serve life in jail for defiling his niece

        Tuesday, May 09, 2023

        A man will spend the rest of his life in jail after a Nyahururu court found him guilty of incest.

        Senior Resident Magistrate Vincent Kiplagat delivered the judgement on Tuesday, holding that the case
        against the accused had been proved beyond reasonable doubt.
        """
    assert rulings(report) == {("2023-05-09", "convicted")}, rulings(report)


def test_a_number_joined_to_its_noun_after_a_weekday_is_no_day_of_the_month() -> None:
    report = """
        date 2025-04-22 The teenager accused of murdering Leo Ross has been remanded in custody again.

        At Birmingham Crown Court on Tuesday the 15-year-old only confirmed his name and was remanded in
        custody.
        """
    assert ("2025-04-15", "detention_ordered") not in rulings(report), rulings(report)


def test_at_a_court_on_a_weekday_the_court_sat_that_day() -> None:
    report = """
        Wexford court hears remands by video link

        Wednesday, March 4, 2015

        At Wexford District Court on Tuesday the two men, linked by video from Cloverhill, only confirmed
        their names.
        """
    assert held(report) == {"2015-03-03"}, held(report)


def test_the_object_of_attempting_to_murder_is_a_victim() -> None:
    report = """
        GEORGETOWN, Dec. 24, 2024 - Two men were charged at the Georgetown Magistrates' Court. The second
        accused, Devon Thomas, 37, is charged with attempting to murder Ronette Mentore at Laing Avenue.
        """
    assert roles(report).get("Ronette Mentore") == "victim", roles(report)


def test_counsel_named_after_through_their_advocates_are_not_the_clients() -> None:
    report = """
        NAIROBI, March 3, 2021 - The magistrate detained Alai and Safari for ten days. Through their
        advocates, Angela Mwadumbo and Sam Nyaberi, the two had opposed being detained.
        """
    assert roles(report).get("Sam Nyaberi") != "defendant", roles(report)
    listed = """
        NAIROBI, March 3, 2021 - The MPs applied through their advocates Francis Munyoro, Harisson Kinyanjui
        and Wycliffe Osundwa to join the suit.
        """
    assert roles(listed).get("Wycliffe Osundwa") != "defendant", roles(listed)


def test_the_offences_of_an_earlier_conviction_are_no_charges_of_the_case() -> None:
    report = """
        Charleroi : trois ans pour avoir frappé son épouse

        Publié le 4 mars 2021. L'homme a déjà été condamné à de nombreuses reprises pour des violences
        similaires. Le tribunal correctionnel de Charleroi l'a condamné mercredi pour coups et blessures.
        """
    assert "violences similaires" not in charges(report), charges(report)
    assert "coups et blessures" in charges(report), charges(report)


def test_a_clause_with_a_pronoun_subject_is_no_charge() -> None:
    report = """
        AGONA SWEDRU, May 3, 2019 - Hadi was convicted on his own plea of guilty with an explanation: he said
        he had not meant to destroy the posters.
        """
    assert "he said" not in charges(report), charges(report)


def test_the_presiding_judge_who_calls_the_accused_to_order_presides_the_sitting() -> None:
    report = """
        Béthune : tentative d'évasion au tribunal

        Publié le 4 mars 2021. Devant le tribunal correctionnel de Béthune, le prévenu refuse de s'expliquer.
        Agacée par ses airs goguenards, la présidente Virginie Vasseur le prévient : « Changez de ton ! »
        """
    assert roles(report).get("Virginie Vasseur") == "judge", roles(report)


def test_the_vice_procureur_is_of_the_prosecution() -> None:
    report = """
        LORIENT, 3 juillet 2023 - Selon Vincent Mailly, vice-procureur de permanence ce week-end, deux mineurs
        sont poursuivis devant le tribunal correctionnel de Lorient.
        """
    assert roles(report) == {"Vincent Mailly": "prosecutor"}, roles(report)


def test_a_seat_in_capitals_before_a_kind_of_court_in_lower_case_is_the_court() -> None:
    for sentence, court in (
        (
            "Instead of entering pleas in Dartmouth provincial court, the two men",
            "Dartmouth provincial court",
        ),
        (
            "Two men appeared in Mecklenburg County superior court, where they",
            "Mecklenburg County superior court",
        ),
        ("Two teenagers appeared at Leeds youth court, where they", "Leeds youth court"),
    ):
        found = courts(
            f"HALIFAX, March 2, 2022 - {sentence} were charged with fraud. The case was adjourned."
        )
        assert found == [court], (sentence, found)
    # a sentence's first word is no seat, nor is a country's possessive
    for sentence in ("In district court, two men", "Canada's provincial court saw two men who"):
        found = courts(
            f"HALIFAX, March 2, 2022 - {sentence} were charged with fraud. The case was adjourned."
        )
        assert not any(found), (sentence, found)


def test_representing_himself_before_the_name_tells_the_accused_not_counsel() -> None:
    report = """
        CARDIFF, March 3, 2024 - Louis Hale, 23, was found over the limit, Cardiff magistrates heard.
        Prosecutor Mike Curry told the court that Hale had hit another car.
        Representing himself, Hale entered guilty pleas to drink driving and to driving with no licence.
        """
    assert roles(report).get("Louis Hale") == "defendant", roles(report)


def test_lawyers_named_for_the_accused_by_their_title_are_counsel() -> None:
    report = """
        TOULOUSE, 5 mars 2024 - Jean Dupont a été condamné à sept ans par la cour criminelle de la
        Haute-Garonne. Pour les autres accusés plaidaient Mes Océane Desboeufs, Brice Zanin et Sophie Cau.
        """
    found = roles(report)
    assert found.get("Jean Dupont") == "defendant", found
    assert {found.get(name) for name in ("Océane Desboeufs", "Brice Zanin", "Sophie Cau")} == {
        "defense_counsel"
    }, found


def test_one_who_entered_his_plea_is_the_accused() -> None:
    report = """
        MONTGOMERY, Oct. 31, 2020 - A former judge admitted theft at the Limestone County court. Because
        Doug Patterson entered his plea Friday, the trial set for two weeks from now will not take place.
        """
    assert roles(report).get("Doug Patterson") == "defendant", roles(report)


def test_one_to_be_tried_again_is_the_accused() -> None:
    report = """
        BEYROUTH, 12 mars 2014 - Fayez Karam va être rejugé. La Cour de cassation militaire a cassé le
        verdict du tribunal militaire permanent.
        """
    assert roles(report).get("Fayez Karam") == "defendant", roles(report)


def test_one_the_prosecution_pursues_in_a_relative_clause_is_the_accused() -> None:
    report = """
        BANGUI, 16 juillet 2018 - Un seul dossier était appelé devant la Cour d'appel de Bangui : celui de
        Rose Kpiamalet, que la justice poursuit pour meurtre. L'audience a été suspendue.
        """
    assert roles(report).get("Rose Kpiamalet") == "defendant", roles(report)


def test_one_whose_cassation_appeal_is_rejected_is_the_accused() -> None:
    report = """
        PARIS, 18 mai 2018 - Le pourvoi en cassation de Pierre Dupont, maire de Prunelli, a été rejeté par la
        chambre criminelle de la Cour de cassation : sa condamnation est définitive.
        """
    assert roles(report).get("Pierre Dupont") == "defendant", roles(report)


def test_the_appellants_named_after_the_appeal_of_are_the_accused() -> None:
    report = """
        NYERI, June 3, 2014 - Justices Michael Khamoni and Hannah Okwengu allowed the appeal of Dickson Mwangi
        and Paul Wakanywa Mwai, who had been condemned to hang over a violent robbery.
        Justice Elijah Legwaila, put forward for the Court of Appeal by President Ian Khama,
        sat for the first time.
        """
    found = roles(report)
    assert found.get("Ian Khama") != "defendant", found
    assert found.get("Dickson Mwangi") == "defendant", found
    assert found.get("Paul Wakanywa Mwai") == "defendant", found


def test_those_to_spend_time_behind_bars_in_french_are_the_accused() -> None:
    report = """
        LIBREVILLE, 14 août 2020 - Idriss Tidjani et Alemand Makaya passeront un an derrière les barreaux, a
        décidé le tribunal de Tchibanga. En voyant son client, Me Luc Poelaert comprend que c'est la décision
        d'octobre qui l'a mené derrière les barreaux.
        """
    found = roles(report)
    assert found.get("Idriss Tidjani") == found.get("Alemand Makaya") == "defendant", found
    assert found.get("Luc Poelaert") == "defense_counsel", found


def test_the_court_acting_in_the_reports_tense_is_the_cases_court_over_one_recalled_in_the_pluperfect() -> (
    None
):
    report = """
        PARIS (Reuters) - Saisie par les époux Dupont, la Cour de cassation a rejeté mardi leur pourvoi : leur
        condamnation dans le dossier des faux électeurs devient ainsi définitive.
        Le 12 mars 2013, la cour d'appel de Paris avait infligé à Jean Dupont dix mois d'emprisonnement avec
        sursis et trois ans d'inéligibilité.
        """
    assert courts(report)[0] == "Cour de cassation", courts(report)


def test_an_offence_faced_under_a_section_is_a_charge_without_a_charge_noun() -> None:
    report = """
        KAMPALA, March 5, 2024 - Thirty-one soldiers appeared before the General Court Martial in Makindye.
        The soldiers face treason under section 129(a) of the UPDF Act, 2005. Another faces one count of
        murder contrary to section 203 of the Penal Code Act.
        """
    found = charges(report)
    assert "treason" in found, found
    assert "one count of murder" not in found, found


def test_a_case_put_off_with_remettre_is_adjourned() -> None:
    report = """
        NEW CARLISLE, 31 mars 2025 - Pascal Bergeron, accusé d'agression sexuelle, a comparu ce lundi
        au palais de justice de New Carlisle. La défense voulant étudier la preuve, la juge Célestina Almeida
        a remis le dossier au 9 juin.
        """
    assert ("2025-03-31", "adjourned") in rulings(report), rulings(report)


def test_the_president_whom_messages_insulted_or_whose_kin_are_tried_is_no_judge() -> None:
    report = """
        COTONOU, 28 novembre 2024 - Le prévenu Jean Houngnibo a comparu devant la CRIET. Le parquet estime que
        ses messages insultaient le président Patrice Talon, d'où l'arrestation du prévenu. Le procès des
        neveux du président Ben Ali est renvoyé.
        """
    found = roles(report)
    assert found.get("Patrice Talon") != "judge" and found.get("Ben Ali") != "judge", found


def test_a_country_s_president_in_an_english_apposition_is_no_judge() -> None:
    report = """
        CAIRO, June 21, 2014 - A Cairo criminal court sentenced 75 people to death over protests staged after
        the army removed Mohamed Morsy, the democratically elected president, in 2013.
        """
    assert roles(report).get("Mohamed Morsy") != "judge", roles(report)


def test_one_named_by_an_office_then_convicted_is_the_accused() -> None:
    report = """
        ABIDJAN, 5 mars 2016 - Poursuivi pour le meurtre d'un homme pendant la nuit de Noël, le magistrat
        Placide Kouassi a finalement été condamné à trente-six mois d'emprisonnement par la cour d'assises.
        """
    assert roles(report).get("Placide Kouassi") == "defendant", roles(report)


def test_one_ordered_held_until_a_hearing_is_the_accused() -> None:
    report = """
        GREENBELT, Jan. 22, 2020 - The magistrate ordered Patrik Mathews held until his Jan. 30 preliminary
        hearing in federal court.
        """
    assert roles(report).get("Patrik Mathews") == "defendant", roles(report)


def test_one_out_of_prison_is_the_accused() -> None:
    report = """
        TUNIS, 5 mai 2020 - Nasreddine Ben Saïda est sorti de prison hier, a décidé le tribunal de première
        instance.
        """
    assert roles(report).get("Nasreddine Ben Saïda") == "defendant", roles(report)


def test_one_arrested_on_the_spot_before_the_name_is_the_accused() -> None:
    report = """
        DAKAR, 7 décembre 2022 - Devant la chambre criminelle de Dakar. Arrêté sur place, Souleymane Kandé a
        reconnu qu'il cultivait le chanvre.
        """
    assert roles(report).get("Souleymane Kandé") == "defendant", roles(report)


def test_a_deed_alleged_in_the_conditional_tells_the_accused() -> None:
    report = """
        MBOUR, 7 décembre 2022 - Devant la chambre criminelle de Mbour. Toumany Touré aurait abusé à trois
        reprises de la petite S D.
        """
    assert roles(report).get("Toumany Touré") == "defendant", roles(report)


def test_one_standing_trial_in_apposition_is_the_accused() -> None:
    report = """
        CHOBA, May 3, 2022 - The Chief Magistrate Court Choba ordered one Isaiah Francis, standing trial for
        the alleged defilement of a girl, remanded.
        """
    assert roles(report).get("Isaiah Francis") == "defendant", roles(report)


def test_the_accused_role_noun_then_an_age_before_the_name_names_the_accused() -> None:
    report = """
        SCARBOROUGH, Feb. 15, 2018 - The accused, 50-year-old Dexter Romeo, known as Old Man, lives at Roach
        Trace.
        """
    assert roles(report).get("Dexter Romeo") == "defendant", roles(report)


def test_one_discharged_by_a_magistrate_or_on_whom_penalties_were_imposed_is_the_accused() -> None:
    report = """
        SUVA, May 3, 2024 - A challenge to the penalties imposed on Frank Bainimarama, Fiji's ex-leader, was
        heard in the High Court. Magistrate Seini Puamau had discharged Sitiveni Qiliho absolutely.
        """
    found = roles(report)
    assert found.get("Frank Bainimarama") == found.get("Sitiveni Qiliho") == "defendant", found
    assert found.get("Seini Puamau") == "judge", found


def test_a_given_name_alone_pursued_or_a_certain_one_is_a_person() -> None:
    report = """
        CHARLEROI, 5 mars 2024 - Le tribunal correctionnel de Charleroi a bâti son calendrier.
        Premier dossier, celui de Samir, poursuivi pour harcèlement envers son ex-compagne.
        Manquait l'inculpé principal, un certain Nourridine, pourtant détenu.
        Les Chinois, poursuivis pour travail illégal, étaient absents.
        """
    found = roles(report)
    assert found.get("Samir") == found.get("Nourridine") == "defendant", found
    assert "Chinois" not in found, found


def test_an_offence_naming_the_accused_in_a_headline_is_a_charge() -> None:
    report = """
        Kottana murder suspects sent to High Court by Magistrate Viva

        LILONGWE, Feb. 14, 2020 - Principal Resident Magistrate Viva Nyimba committed the case to the High
        Court.
        """
    assert "murder" in charges(report), charges(report)
    general = """
        ACCRA, Jan. 5, 2021 - The circuit court remanded Kofi Mensah into police custody. A robbery suspect
        would normally go to a magistrate court first, his lawyer said.
        """
    assert "robbery" not in charges(general), charges(general)


def test_an_offence_after_a_term_of_reclusion_criminelle_is_a_charge() -> None:
    report = """
        NOUMÉA, 5 mars 2024 - La cour d'assises a prononcé douze ans de réclusion criminelle pour meurtre
        contre Jean Wamytan.
        """
    assert "meurtre" in charges(report), charges(report)


def test_an_offence_after_accused_in_or_linked_to_is_a_charge() -> None:
    kidnap = """
        DAR ES SALAAM, Oct. 28, 2019 - Musa Twaleb, the cab driver accused in the kidnapping of tycoon
        Mohammed Dewji, asked the Kisutu court for bail.
        """
    assert any(c.startswith("kidnapping") for c in charges(kidnap)), charges(kidnap)
    theft = """
        HARARE, Jan. 5, 2021 - Two men accused of taking part in the theft of US$52 000 from a hardware shop
        appeared in court.
        """
    assert any(c.startswith("theft") for c in charges(theft)), charges(theft)
    linked = """
        KWEKWE, Jan. 5, 2021 - The seven, John Moyo among them, are linked to theft, property damage and the
        assault of three party officials, the magistrates court heard.
        """
    assert {"theft", "property damage"} <= set(charges(linked)), charges(linked)
    numbered = """
        DAR ES SALAAM, Oct. 28, 2019 - Idris Sultan, charged in criminal case number 78/2020, appeared at
        Kisutu court.
        """
    assert not any("case number" in c for c in charges(numbered)), charges(numbered)


def test_one_who_outlines_the_state_case_is_the_prosecutor() -> None:
    report = """
        GWERU, Sept 11, 2023 - Patrick Cheza was remanded in custody. The State case, as outlined by Mr Taurai
        Mabuto, is that Cheza yelled at the former minister.
        """
    assert roles(report).get("Taurai Mabuto") == "prosecutor", roles(report)


def test_the_victim_of_a_murder_qualified_by_its_degree_is_a_victim() -> None:
    report = """
        CAMPBELLTON, 5 mars 2023 - L'enquête préliminaire de Luc Meade, l'homme accusé du meurtre au second
        degré de Scott Devereaux, est reportée. Abiram Subramaniam est accusé du meurtre non prémédité de
        Joshua Williams.
        """
    found = roles(report)
    assert found.get("Scott Devereaux") == found.get("Joshua Williams") == "victim", found


def test_a_law_firm_is_no_person() -> None:
    report = """
        GWERU, Sept 11, 2023 - Peter Moyo (50) was remanded in custody by magistrate Ann Dube on a charge of
        public violence. He came to the police with his lawyer, Mr John Banda of Banda and Sibanda Legal
        Practice. Another accused is defended by Ncube Solicitors.
        """
    found = roles(report)
    assert not {"Banda and Sibanda Legal Practice", "Sibanda Legal Practice", "Ncube Solicitors"} & set(
        found
    ), found
    assert found.get("Peter Moyo") == "defendant", found


def test_a_run_ending_on_a_word_for_a_town_or_a_dwelling_names_a_place_not_a_person() -> None:
    report = """
        KATSINA, March 2, 2024 - Usman Lawal, 22, of Ringin Village, Giwa LGA, and Dahiru Bello, 25, of
        Flat 3, Unity Apartments, were charged before the Senior Magistrates' Court with theft. The Resident
        Magistrate for Mattru Jong Town was on leave.
        """
    found = roles(report)
    assert not {"Giwa LGA", "Unity Apartments", "Mattru Jong Town"} & set(found), found
    assert found.get("Usman Lawal") == "defendant", found


def test_the_one_who_had_his_case_put_off_is_its_defendant() -> None:
    report = """
        HOBART, March 2, 2022 - In the Supreme Court, Waverley man Kerry Lee Whiting (44), had his case
        adjourned to March 15. Instead of entering pleas in provincial court, Jeremy MacKenzie, 36, saw his
        matter postponed to July 5.
        """
    found = roles(report)
    assert found == {"Kerry Lee Whiting": "defendant", "Jeremy MacKenzie": "defendant"}, found


def test_the_one_a_prison_term_has_been_imposed_on_is_the_defendant() -> None:
    report = """
        LILONGWE, March 2, 2022 - A four-year prison term has been imposed on Reverend Christopher Ngwira by
        the Mzimba magistrate for abuse of office.
        """
    assert roles(report) == {"Christopher Ngwira": "defendant"}, roles(report)


def test_a_line_opened_by_a_plural_of_people_and_closed_by_are_introduces_a_list_of_them() -> None:
    report = """
        NAIROBI, August 19, 2021 - The High Court has put off to Thursday the bail hearing of six police
        officers accused of murdering two brothers.

        The officers facing the murder charge over the killing of Benson Ndwiga and Emmanuel Ndwiga are:
          • Benson Mputhia
          • Consolata Kariuki
        """
    found = roles(report)
    assert found.get("Benson Mputhia") == "defendant", found
    assert found.get("Consolata Kariuki") == "defendant", found


def test_a_name_after_a_verb_that_follows_the_bench_is_its_object_not_the_bench() -> None:
    report = """
        ST JOHN'S, March 2, 2022 - Roan Hector pleaded guilty to possessing a firearm. The magistrate put off
        dealing with Roan Hector until the trial is over.
        """
    assert roles(report) == {"Roan Hector": "defendant"}, roles(report)
    # the agent of a passive "put by" is still the one the role noun names
    report = """
        ACCRA, March 2, 2022 - Four men were remanded for illegal mining. The case for the State was put by
        Police Inspector Emmanuel Asare.
        """
    assert roles(report).get("Emmanuel Asare") == "prosecutor", roles(report)


def test_battery_is_an_offence_and_admitted_obstructing_names_one() -> None:
    report = """
        ST JOHN'S, March 2, 2022 - At the magistrates court, Eric Rattary admitted obstructing a constable.
        Alton Stoner admitted battery on a police officer, obstruction and resisting arrest.
        """
    found = charges(report)
    for label in (
        "obstructing a constable",
        "battery on a police officer",
        "obstruction",
        "resisting arrest",
    ):
        assert label in found, found


def test_a_full_date_far_from_the_pages_month_marker_is_no_dateline() -> None:
    report = """
        Cour d'assises : le procès du meurtre de la place Léopold s'ouvre

        date 2020-06 Le procès s'ouvre ce lundi 22 juin devant la cour d'assises du Hainaut.

        Le 25 juin 2018 - Un client poignarde un jeune homme de 19 ans devant un bar.
        """
    assert published(report) is None
    # a day of the month before the marker is still the page's: filed when it was saved
    report = """
        date 2017-02

        Abidjan, le 31 janvier 2017 - La cour d'appel a renvoyé le procès au 14 février.
        """
    assert published(report) == "2017-01-31"


def test_a_date_then_its_hour_in_words_and_a_full_stop_opens_the_story() -> None:
    report = """
        Drame de la place Léopold

        25 juin 2018, 20 heures. Il fait doux, les terrasses sont pleines. Le procès s'ouvre devant la cour
        d'assises du Hainaut.
        """
    assert published(report) is None


def test_the_accused_after_a_sentence_opening_passive_in_any_tense() -> None:
    report = """
        CONSTANTINE, 2 mars 2022 - Le procès de militants du Hirak s'ouvre devant le tribunal de Constantine.

        Seront notamment jugés Fateh Farez, originaire de l'Aouinet, et Abdelhafid Laghbech, de Ngaous.
        """
    found = roles(report)
    assert found.get("Fateh Farez") == "defendant", found
    assert found.get("Abdelhafid Laghbech") == "defendant", found


def test_an_alias_after_aka_without_its_last_dot_stays_inside_the_list() -> None:
    report = """
        ABUJA, March 2, 2022 - The trial was adjourned. Those in the dock: Mohammed Usman (a.k.a Khalid
        Al-Barnawi), Mohammed Bashir Saleh, Umar Mohammed Bello (a.k.a Abu Azzan) and Yakubu Nuhu.
        """
    found = roles(report)
    for name in ("Mohammed Usman", "Mohammed Bashir Saleh", "Umar Mohammed Bello", "Yakubu Nuhu"):
        assert found.get(name) == "defendant", found


def test_a_list_of_the_group_the_accusation_before_takes_as_its_object_names_the_accused() -> None:
    report = """
        NAIROBI, March 2, 2022 - The Chief Magistrate refused bail to four Somalis. Further counts accuse them
        of giving the gunmen support. According to court papers, the men are Mohamed Ahmed Abdi, Liban
        Abdullah Omar and Hussein Hassan.
        """
    found = roles(report)
    for name in ("Mohamed Ahmed Abdi", "Liban Abdullah Omar", "Hussein Hassan"):
        assert found.get(name) == "defendant", found


def test_the_regional_court_of_a_seat_in_lower_case_is_the_court() -> None:
    found = courts(
        "HARGEISA, March 2, 2022 - Four journalists were fined by the regional court of Maroodi-Jeh on "
        "Tuesday for breach of the peace."
    )
    assert found == ["regional court of Maroodi-Jeh"], found


def test_set_sentencing_for_a_day_points_ahead_past_the_latest_date_of_the_text() -> None:
    report = """
        District Court News

        A Sheridan man changed his plea Tuesday in District Court. Judge Darci Phillips ordered a presentence
        investigation and set sentencing for April 9. Police were called on July 31, 2025, about burglaries.
        """
    assert next_hearings(report) == ["2026-04-09"], next_hearings(report)


def test_the_french_title_magistrat_is_no_part_of_the_name() -> None:
    report = """
        BAMBARI, 2 mars 2022 - Vingt-quatre prévenus comparaissent devant le tribunal de grande instance pour
        vol. Le Magistrat Olivier Wanaboum préside ; à ses côtés siègent deux assesseurs.
        """
    assert roles(report) == {"Olivier Wanaboum": "judge"}, roles(report)


def test_the_vice_president_of_a_court_named_by_its_abbreviation_sits_on_the_bench() -> None:
    report = """
        FOIX, 2 mars 2022 - Vingt-trois dossiers figuraient au rôle du tribunal correctionnel de Foix.
        Blandine Arrial, vice-présidente du TGI de Foix, a renvoyé les affaires.
        """
    assert roles(report) == {"Blandine Arrial": "judge"}, roles(report)


def test_a_plural_role_noun_after_one_name_opens_the_next_clause_not_an_apposition() -> None:
    report = """
        WHEATON, March 2, 2022 - Before Judge Brian Telander, lawyers for Noah Spielman, 21, entered not
        guilty pleas to hazing charges.
        """
    found = roles(report)
    assert found.get("Brian Telander") == "judge", found
    # after a list, the plural noun is the list's apposition
    report = """
        NICE, 2 mars 2022 - Le tribunal correctionnel a condamné Yan X. Avec : Me Richard Pyné-Dixon et Me
        Franck Chouman, avocats de la défense.
        """
    assert roles(report).get("Franck Chouman") == "defense_counsel", roles(report)


def test_courts_of_a_special_jurisdiction_named_by_their_seat_or_field() -> None:
    for sentence, court in (
        ("A boy was granted bail in Bendigo Children's Court on Tuesday", "Bendigo Children's Court"),
        ("The inquest was opened at Norfolk Coroner's Court on Tuesday", "Norfolk Coroner's Court"),
        ("The Code of Conduct Tribunal adjourned the trial of the senator", "Code of Conduct Tribunal"),
        ("The National Industrial Court in Kaduna adjourned the case", "National Industrial Court in Kaduna"),
        ("The Ikeja Special Offences Court remanded three men", "Ikeja Special Offences Court"),
    ):
        found = courts(f"LAGOS, March 2, 2022 - {sentence}, charged with fraud. The case was adjourned.")
        assert found == [court], (sentence, found)


def test_a_sessions_court_named_by_its_seat_after_in_is_the_court() -> None:
    found = courts(
        "CHENNAI, March 2, 2022 - The Sessions court in Chennai convicted John Rajesh of attempt to murder."
    )
    assert found == ["Sessions court in Chennai"], found


def test_one_named_with_an_age_and_no_other_part_in_a_court_report_is_the_accused() -> None:
    report = """
        BRIDGETOWN, March 2, 2024 - A man accused of car theft was granted bail by the Magistrates' Court on
        Tuesday. Jason Henderson Goddard, 43, a labourer from Redman Village, wore a grey suit.
        """
    assert roles(report) == {"Jason Henderson Goddard": "defendant"}, roles(report)
    # the bench is not told by its age, and a part told outright still wins
    report = """
        BRIDGETOWN, March 2, 2024 - Magistrate Alison Burke granted bail on Tuesday. The car's owner, Dale
        Montague, 51, told the court he wanted it back.
        """
    assert roles(report).get("Alison Burke") == "judge", roles(report)


def test_one_named_with_an_age_whom_the_sentence_then_tells_dead_is_no_accused() -> None:
    report = """
        LIMERICK, March 2, 2024 - Two men were remanded by the District Court on Tuesday.
        Breda Waters (28) and Des Kelly (24) were shot dead at O'Malley Park. Michael Brown, 64, of Hammond,
        died in January.
        """
    found = roles(report)
    assert not {"Breda Waters", "Michael Brown"} & {n for n, r in found.items() if r == "defendant"}, found


def test_one_named_with_a_home_and_no_other_part_in_a_court_report_is_the_accused() -> None:
    report = """
        LIMERICK, March 2, 2024 - Two men were remanded in custody by the District Court on Tuesday. Thomas
        Stewart, of The Cedars, Briarfield, wore a grey suit.
        """
    assert roles(report) == {"Thomas Stewart": "defendant"}, roles(report)


def test_the_offences_after_among_the_counts_someone_faces_are_the_charges() -> None:
    for sentence in (
        "ACCRA, March 2, 2024 - Three men were remanded. Among the counts they face are robbery, "
        "conspiracy to commit crime and possession of a firearm without lawful authority.",
        "ACCRA, March 2, 2024 - Three men were remanded. Among the charges the trio is facing are "
        "robbery, conspiracy to commit crime and possession of a firearm without lawful authority.",
    ):
        found = charges(sentence)
        assert found == [
            "robbery",
            "conspiracy to commit crime",
            "possession of a firearm without lawful authority",
        ], (sentence, found)


def test_the_offences_of_a_sentence_taking_up_the_counts_before_are_the_charges() -> None:
    found = charges(
        "LAGOS, May 2, 2023 - Four men were first brought before the court to answer six counts. These were "
        "conspiracy, armed robbery, murder and kidnapping."
    )
    assert found == ["conspiracy", "armed robbery", "murder", "kidnapping"], found
    found = charges(
        "DAKAR, 2 mai 2023 - Les quatre hommes répondent de trois chefs d'accusation. Il s'agit de "
        "l'association de malfaiteurs, du vol en réunion et du meurtre."
    )
    assert len(found) == 3, found
    # "They were …" after any other sentence is no list of offences
    found = charges("LAGOS, May 2, 2023 - Four men appeared in court. They were remanded in custody.")
    assert found == [], found


def test_a_section_with_its_own_brackets_does_not_end_the_list_of_charges() -> None:
    found = charges(
        "LAGOS, May 2, 2023 - Four men were charged with conspiracy (section 6(b)) and armed robbery "
        "(section 1(1)(a))."
    )
    assert found == ["conspiracy", "armed robbery"], found


def test_together_with_after_a_statute_goes_on_with_the_list_of_charges() -> None:
    found = charges(
        "LAGOS, May 2, 2023 - Four men were charged with armed robbery (section 1) under the Robbery Act, "
        "together with murder and kidnapping."
    )
    assert found == ["armed robbery", "murder", "kidnapping"], found


def test_a_weekday_ending_a_name_before_an_age_is_a_surname() -> None:
    report = """
        OSOGBO, Jan. 16, 2023 - The High Court sentenced four men to death on Monday. Tunde Bello (37),
        Femi Sunday (29) and Yusuf Lawal (54) had been charged with armed robbery.
        """
    assert "Femi Sunday" in roles(report), roles(report)
    # a weekday after a name and no age is the day: "remanded Godwin Okon Friday"
    report = """
        LAGOS, Jan. 16, 2023 - Magistrate Ade Bello remanded Godwin Okon Friday on a charge of theft.
        """
    assert "Godwin Okon Friday" not in roles(report), roles(report)


def test_a_court_that_fixes_the_day_the_case_comes_back_adjourns_it() -> None:
    for sentence in (
        "Il a ensuite fixé au 24 juillet prochain l'ouverture de l'audition des témoins.",
        "Le juge a fixé la prochaine audience au mardi 24 juillet.",
    ):
        report = f"""
            YAOUNDE, 17 juillet 2012 - Ce lundi 16 juillet, Paul Ndong a comparu au tribunal. {sentence}
            """
        assert ("2012-07-16", "adjourned") in rulings(report), (sentence, rulings(report))
    # a bail's amount fixed is no day to come back
    report = """
        YAOUNDE, 17 juillet 2012 - Ce lundi 16 juillet, la caution de Paul Ndong a été fixée à 500 000 francs.
        """
    assert not {kind for _, kind in rulings(report)} & {"adjourned"}, rulings(report)


def test_the_bail_and_remand_court_is_a_court_in_french_reports_too() -> None:
    for sentence in (
        "La magistrate Anjali Ramsaran, qui siège à la Bail and Remand Court, a rejeté sa motion.",
        "La Bail and Remand Court (BRC) a maintenu Paul Ramdin en détention.",
    ):
        found = courts(f"PORT-LOUIS, 3 mars 2024 - {sentence}")
        assert found == ["Bail and Remand Court"], (sentence, found)


def test_the_one_whose_release_the_court_grants_or_refuses_is_the_accused() -> None:
    for sentence in (
        "La magistrate refuse la liberté à Paul Ramdin.",
        "Le tribunal a accordé la liberté provisoire à Paul Ramdin.",
        "Pas de libération, en revanche, pour Paul Ramdin.",
    ):
        report = f"PORT-LOUIS, 3 mars 2024 - Le tribunal de Port-Louis a siégé hier. {sentence}"
        assert roles(report) == {"Paul Ramdin": "defendant"}, (sentence, roles(report))


def test_counsel_named_after_represente_par_is_no_item_of_a_list() -> None:
    report = """
        PORT-LOUIS, 3 mars 2024 - Le tribunal de Port-Louis a condamné Paul Ramdin, représenté par Me Ravi
        Seeburn.
        """
    assert roles(report) == {"Paul Ramdin": "defendant", "Ravi Seeburn": "defense_counsel"}, roles(report)


def test_a_hearing_that_was_the_object_of_a_renvoi_was_adjourned_on_its_day() -> None:
    report = """
        ALBI, 3 mai 2023 - Cinq manifestants comparaissaient ce mardi 2 mai 2023 devant le tribunal d'Albi.
        Leur comparution immédiate, programmée le 31 mars dernier, avait fait l'objet d'un renvoi, les
        prévenus Jean Dupont et Paul Martin ayant demandé du temps.
        """
    assert ("2023-03-31", "adjourned") in rulings(report), rulings(report)
    # a session's tally of cases put off is no ruling of this case
    report = """
        HINCHE, 3 mai 2023 - Jean Dupont a été condamné mardi 2 mai 2023 par le tribunal de Hinche; deux cas
        ont fait l'objet d'un renvoi.
        """
    assert ("2023-05-02", "adjourned") not in rulings(report), rulings(report)


def test_a_name_whose_apposition_says_also_accused_of_is_the_accused() -> None:
    for apposition in ("also accused of the murder", "also charged with murder"):
        report = f"""
            NAIROBI, July 19, 2019 - The High Court sat on Friday. For his part Otieno Ouma, {apposition},
            said he was content for the judge to keep the file.
            """
        assert roles(report) == {"Otieno Ouma": "defendant"}, (apposition, roles(report))


def test_the_offences_of_a_sessions_roll_told_with_their_counts_are_the_charges() -> None:
    found = charges(
        "RUKUNGIRI, Aug 24, 2025 - The High Court opened its criminal session. The 40 cases break down as "
        "follows: murder (10), aggravated defilement (13), rape (9) and aggravated robbery (7)."
    )
    assert found == ["murder", "aggravated defilement", "rape", "aggravated robbery"], found
    found = charges(
        "NIAMEY, 3 mars 2014 - La cour d'assises a ouvert sa session. Le procureur général a donné le "
        "détail : 13 affaires de viol, 6 de vol, 4 d'infanticide et 2 de meurtre."
    )
    assert found == ["viol", "vol", "infanticide", "meurtre"], found
    # two counts are no roll
    found = charges("NIAMEY, 3 mars 2014 - Le tribunal a siégé. Il a fixé 2 de ses audiences au 4 mars.")
    assert found == [], found


def test_counsel_appearing_for_a_prosecuting_agency_is_the_prosecutor() -> None:
    report = """
        LAGOS, May 2, 2023 - Three men were arraigned before the Federal High Court on Tuesday. Mrs Ngozi
        Eze, appearing for the NDLEA, said the offences took place in 2022.
        """
    assert roles(report) == {"Ngozi Eze": "prosecutor"}, roles(report)


def test_leading_the_prosecution_and_an_agencys_counsel_name_the_prosecutor() -> None:
    for sentence in (
        "Leading the prosecution, Kwame Mensah told the court the witnesses were ready.",
        "EFCC counsel John Saidi then urged the judge to fix a trial date.",
    ):
        report = f"LAGOS, May 2, 2023 - Three men were arraigned before the Federal High Court. {sentence}"
        assert set(roles(report).values()) == {"prosecutor"}, (sentence, roles(report))


def test_one_who_led_the_prosecutors_is_the_prosecutor() -> None:
    report = """
        OSOGBO, May 2, 2023 - Four men were sentenced by the High Court on Monday. Tunde Adeyemi, who led
        the Ministry of Justice prosecutors, called three witnesses.
        """
    assert roles(report) == {"Tunde Adeyemi": "prosecutor"}, roles(report)


def test_one_named_after_dans_ses_requisitions_is_the_prosecutor() -> None:
    report = """
        DAKAR, 2 mai 2023 - Le tribunal a jugé Moussa Diop mardi. Dans ses réquisitions, Amadou Koné a
        retracé le scénario de l'arrestation.
        """
    assert roles(report) == {"Moussa Diop": "defendant", "Amadou Koné": "prosecutor"}, roles(report)


def test_the_victim_named_after_a_deeds_day_or_a_former_title_and_place() -> None:
    for sentence, victim in (
        ("The charge concerns the death on August 10, 2018 of Ryan Miller.", "Ryan Miller"),
        ("The trial is over the murder of former Kiru principal Peter Kamau.", "Peter Kamau"),
    ):
        report = (
            f"KINGSTON, Oct 2, 2022 - Tommy Davis appeared in the Home Circuit Court on Tuesday. {sentence}"
        )
        assert roles(report).get(victim) == "victim", (sentence, roles(report))


def test_a_justice_de_paix_named_by_its_seat_is_a_court() -> None:
    found = courts("CONAKRY, 3 mars 2020 - La justice de paix de Tougué a condamné Amadou Bah à deux ans.")
    assert found == ["Justice de paix de Tougué"], found


def test_a_sites_clock_over_the_page_is_not_the_articles_date() -> None:
    report = """
        Facebook Twitter Les dernières actualités
        vendredi 26 avril 2024
        Antananarivo | 03h30

        Trafic de tortues : la justice frappe fort

        vendredi 26 octobre 2018 | Arena R.

        Le tribunal correctionnel de Toliara a condamné hier Jean Rakoto à six ans de prison.
        """
    assert published(report) == "2018-10-26", published(report)


DAKAR_VERDICT = "DAKAR, 3 mars 2021 - Le tribunal correctionnel de Dakar a rendu son verdict mardi."


def test_those_who_stay_held_are_the_accused() -> None:
    report = f"{DAKAR_VERDICT} Ne restent donc en détention que Ousmane Diallo et Cheikh Ndiaye."
    assert roles(report) == {"Ousmane Diallo": "defendant", "Cheikh Ndiaye": "defendant"}, roles(report)


def test_the_one_whose_arrest_the_inquiry_led_to_is_the_accused() -> None:
    report = f"{DAKAR_VERDICT} L'enquête a conduit à l'arrestation de M. Abdou Karim Mbella."
    assert roles(report) == {"Abdou Karim Mbella": "defendant"}, roles(report)


def test_the_prosecutors_role_noun_does_not_reach_over_a_requis_contre() -> None:
    report = (
        f"{DAKAR_VERDICT} Cinq ans, c'est ce que le représentant du parquet a requis contre Alioune Faye."
    )
    assert roles(report) == {"Alioune Faye": "defendant"}, roles(report)
    # the inverted subject after "avaient pris place" keeps the role noun before it
    report = f"{DAKAR_VERDICT} Sur le banc des prévenus avaient pris place Pierre Lambert et sa femme."
    assert roles(report) == {"Pierre Lambert": "defendant"}, roles(report)


def test_one_who_denied_everything_is_the_accused() -> None:
    report = f"{DAKAR_VERDICT} Des mois durant, Jean Mballa a tout nié."
    assert roles(report) == {"Jean Mballa": "defendant"}, roles(report)


def test_a_headlines_participle_without_its_auxiliary_tells_the_accused() -> None:
    for headline in (
        "Makerere lecturer Grace Namara charged and sent to Luzira",
        "Grace Namara remanded in custody",
    ):
        report = f"{headline}\n\nKAMPALA, April 10, 2017 - The court sat on Monday.\n"
        assert roles(report) == {"Grace Namara": "defendant"}, (headline, roles(report))


def test_a_middle_initial_without_its_full_stop_stays_in_the_name() -> None:
    report = """
        BANJUL, May 3, 2021 - Five men appeared in court on Tuesday. Magistrate Lamin L Jallow has told the
        prosecution to be ready.
        """
    assert roles(report) == {"Lamin L Jallow": "judge"}, roles(report)


def test_one_who_chairs_the_court_martial_is_the_judge() -> None:
    report = """
        MOGADISHU, May 3, 2021 - Two majors were sentenced on Tuesday. Brig Gen. Peter Okello, who chairs
        the GCM, said the flight of the convicts was grave.
        """
    assert roles(report) == {"Peter Okello": "judge"}, roles(report)


def test_a_recorder_in_lower_case_is_the_judge() -> None:
    report = """
        WORCESTER, May 3, 2021 - Five men were sentenced on Tuesday. Sentencing all five at Worcester Crown
        Court, recorder Simon Hartley QC said deterrence mattered.
        """
    assert roles(report) == {"Simon Hartley": "judge"}, roles(report)


def test_counsel_of_the_legal_aid_bureau_is_defence_counsel() -> None:
    report = """
        LILONGWE, May 3, 2021 - The High Court sentenced John Phiri on Tuesday. Chisomo Banda of the Legal
        Aid Bureau, speaking for him in mitigation, asked for leniency.
        """
    assert roles(report) == {"John Phiri": "defendant", "Chisomo Banda": "defense_counsel"}, roles(report)


def test_counsel_who_appears_for_a_client_named_by_surname_is_defence_counsel() -> None:
    report = """
        KINGSTON, May 3, 2021 - Two constables went on trial on Tuesday. Marcia Grant-Wilson appears for
        Adams, while Bucknor is represented by Kenneth Hall.
        """
    assert roles(report).get("Marcia Grant-Wilson") == "defense_counsel", roles(report)


def test_a_title_case_headlines_verbs_and_adverbs_are_no_part_of_a_name() -> None:
    for run, name in (
        ("Farai Chuma Back", "Farai Chuma"),  # "Farai Chuma Back in Custody as State Adds …"
        ("Civil Law Court Officials Sent", None),  # "Two Civil Law Court Officials Sent To Jail"
    ):
        assert clean_name(run, 0)[0] == name, (run, clean_name(run, 0))


def test_what_the_prosecution_wants_or_prays_for_is_no_ruling() -> None:
    for report, kind in (
        (
            """
            CONAKRY, le 16 avril 2022 - Le tribunal de Kaloum a jugé vendredi Mamadou Bah et Ibrahima Sow.
            Le procureur veut qu'ils soient déclarés coupables d'escroquerie.
            """,
            "convicted",
        ),
        (
            """
            LAGOS, April 16, 2022 - The Ikeja Magistrates' Court on Friday heard the case of John Okafor. The
            prosecutor then prayed for the bench warrant to be extended and for a fresh arraignment date.
            """,
            "other",
        ),
    ):
        assert kind not in {k for _, k in rulings(report)}, rulings(report)


def test_the_ones_brought_by_a_named_agency_before_the_court_are_defendants() -> None:
    report = """
        LAGOS, March 23, 2023 - Two men, Taiwo Ade and Bola Ayo, were brought on Thursday by the Economic and
        Financial Crimes Commission (EFCC) before the Special Offences Court, Ikeja.
        """
    assert roles(report) == {"Taiwo Ade": "defendant", "Bola Ayo": "defendant"}, roles(report)


def test_the_offences_the_counts_cover_are_charges() -> None:
    report = """
        LAGOS, March 23, 2023 - The Special Offences Court in Ikeja heard Taiwo Ade and Bola Ayo on Thursday.
        The agency filed 19 counts against the three, covering money laundering, conspiracy to steal and
        stealing.
        """
    assert charges(report) == ["money laundering", "conspiracy to steal", "stealing"], charges(report)


def test_a_date_glued_to_the_sources_name_is_the_pages_date() -> None:
    report = """
        La mère restera détenue

        La Presse11-07-2025
        Le juge Paul Gagnon a refusé vendredi la remise en liberté de Marie Tremblay au palais de justice.
        """
    assert published(report) == "2025-07-11", published(report)


def test_criminal_negligence_after_another_offence_is_a_charge_of_its_own() -> None:
    report = """
        MONTRÉAL, 11 juillet 2025 - La Cour du Québec a entendu vendredi Marie Tremblay. Elle est accusée
        d'abandon d'enfant et de négligence criminelle causant des blessures.
        """
    assert charges(report) == ["abandon d'enfant", "négligence criminelle causant des blessures"], charges(
        report
    )


def test_a_court_of_first_instance_is_named_with_its_seat() -> None:
    for sentence, court in (
        (
            "The trial of Peter Ndi Tanyi at the Buea Court of First Instance was put off.",
            "Buea Court of First Instance",
        ),
        (
            "Paul Ewane appeared at the Court of First Instance in Yaounde.",
            "Court of First Instance in Yaounde",
        ),
    ):
        report = f"""
            BUEA, April 24, 2017 - {sentence}
            """
        assert courts(report) == [court], (sentence, courts(report))


def test_the_one_who_se_voit_infliger_a_sentence_is_the_defendant() -> None:
    report = """
        STRASBOURG, 22 mai 2024 - Karim B. se voit infliger la peine la plus lourde possible : trente années
        de réclusion criminelle.
        """
    assert roles(report) == {"Karim B.": "defendant"}, roles(report)


def test_those_who_lost_their_bid_to_overturn_a_sentence_are_defendants() -> None:
    report = """
        MOMBASA, May 3, 2024 - Peter Ouma and John Otieno have lost their bid to overturn the life
        imprisonment imposed on them.
        """
    assert roles(report) == {"Peter Ouma": "defendant", "John Otieno": "defendant"}, roles(report)


def test_the_client_of_the_lawyer_for_a_described_person_is_the_defendant() -> None:
    report = """
        GWERU, May 3, 2024 - Tendai Moyo, the lawyer for local businessman Farai Chuma, objected during the
        fraud trial at the Gweru Magistrates' Court.
        """
    assert roles(report) == {"Tendai Moyo": "defense_counsel", "Farai Chuma": "defendant"}, roles(report)


def test_a_list_set_out_after_the_offences_count_holds_its_short_names_to_its_end() -> None:
    report = """
        KAMLOOPS, May 3, 2024 - John Smith appeared in provincial court on Friday. He is charged with four
        offences: sexual assault; sexual interference of a person under 16; child luring; and invitation to
        sexual touching.
        """
    assert charges(report) == [
        "sexual assault",
        "sexual interference of a person under 16",
        "child luring",
        "invitation to sexual touching",
    ], charges(report)


def test_a_dash_after_the_offences_count_announces_their_list() -> None:
    report = """
        KAMLOOPS, May 3, 2024 - John Smith appeared in provincial court on Friday. He is charged with three
        offences — sexual assault; uttering threats; and child luring.
        """
    assert charges(report) == ["sexual assault", "uttering threats", "child luring"], charges(report)


def test_what_the_accused_must_explain_set_out_after_a_colon_are_charges() -> None:
    report = """
        MONS, 3 mai 2024 - Paul Favre comparaît devant le tribunal correctionnel de Mons. Il doit s'expliquer
        sur : - plusieurs tentatives de meurtre ; - port d'arme ; - une entrave méchante à la circulation.
        """
    assert charges(report) == ["tentatives de meurtre", "port d'arme", "entrave méchante à la circulation"], (
        charges(report)
    )


def test_charges_counted_then_named_in_apposition_are_charges() -> None:
    report = """
        ENNIS, May 3, 2024 - John Byrne appeared in Ennis District Court on Friday, facing two new charges,
        trespass and assault.
        """
    assert charges(report) == ["trespass", "assault"], charges(report)


def test_a_day_the_bench_set_for_the_case_to_come_up_is_an_adjournment() -> None:
    report = """
        KAMPALA, November 7, 2017 - Peter Okello appeared before the City Hall Magistrate's Court on Monday.
        The matter will come up for mention on November 22, the magistrate ruled.
        """
    assert ("2017-11-06", "adjourned") in rulings(report), rulings(report)


def test_the_accused_sent_into_police_custody_are_remanded() -> None:
    report = """
        ACCRA, May 9, 2019 - Peter Okello appeared before the Accra High Court on Wednesday. He was sent into
        police custody.
        """
    assert ("2019-05-08", "detention_ordered") in rulings(report), rulings(report)


def test_the_one_brought_to_a_court_is_the_defendant() -> None:
    report = """
        BRIDGETOWN, June 3, 2024 - John Clarke was brought to the District "D" Magistrates' Court.
        """
    assert roles(report) == {"John Clarke": "defendant"}, roles(report)


def test_a_relative_clause_closed_between_the_accused_and_the_verb_has_no_subject_of_the_verb() -> None:
    report = """
        DAKAR, 3 mai 2024 - Paul Diouf, que le parquet avait une première fois renvoyé, a comparu hier
        devant le juge d'instruction.
        """
    assert roles(report) == {"Paul Diouf": "defendant"}, roles(report)


def test_the_day_a_case_was_put_off_on_is_no_next_hearing() -> None:
    report = """
        Juba court adjourns trial

        April 26, 2012 (JUBA) - The case of James Lado was put off by a court in Juba on Thursday.
        """
    assert next_hearings(report) == [], next_hearings(report)
    assert ("2012-04-26", "adjourned") in rulings(report), rulings(report)


def test_a_committal_court_and_a_court_house_named_by_its_building_are_courts() -> None:
    for sentence, court in (
        ("Peter Kila appeared before the Waigani Committal Court.", "Waigani Committal Court"),
        ("Ravi Kumar was produced at the Patiala House Court.", "Patiala House Court"),
    ):
        report = f"""
            PORT MORESBY, May 3, 2024 - {sentence} He was remanded in custody.
            """
        assert courts(report) == [court], (sentence, courts(report))


def test_a_grade_one_magistrate_in_lower_case_names_the_court_by_its_seat() -> None:
    report = """
        JINJA, May 3, 2024 - Peter Wasswa stood before Jinja Grade one Magistrate Allan Okello on Tuesday.
        """
    assert courts(report) == ["Jinja Grade one Magistrate"], courts(report)


def test_the_owner_of_a_firm_is_no_victim() -> None:
    report = """
        ACCRA, July 22, 2021 - The trial of John Mensah was adjourned by the Accra High Court. Yaw Boateng
        heads MC Services, a firm reportedly owned by Mr Mensah.
        """
    assert roles(report) == {"John Mensah": "defendant"}, roles(report)


def test_one_named_with_an_age_whom_the_deed_was_done_to_is_no_defendant() -> None:
    report = """
        NEWCASTLE, May 3, 2024 - Peter Grant, 31, was jailed at Newcastle Crown Court. His car demolished
        the bus stop where Norman Hall, 68, stood waiting.
        """
    assert roles(report).get("Norman Hall") != "defendant", roles(report)


def test_the_lawyer_who_pleads_for_the_civil_party_is_its_counsel() -> None:
    for sentence in (
        "Maître Keïta plaidait pour la partie civile.",
        "Me Keïta, du collectif qui défend la partie civile, privilégie une autre piste.",
    ):
        report = f"""
            BAMAKO, 3 mai 2024 - Le tribunal a jugé Moussa Traoré pour diffamation. {sentence}
            """
        assert roles(report).get("Keïta") == "civil_party_counsel", (sentence, roles(report))


def test_the_one_the_offences_were_committed_against_is_the_victim() -> None:
    report = """
        PRESTON, May 28, 2024 - Liam Hughes is charged with three offences against teenager Dylan Ward.
        """
    assert roles(report) == {"Liam Hughes": "defendant", "Dylan Ward": "victim"}, roles(report)


def test_lordship_is_an_honour_not_part_of_the_judge_s_name() -> None:
    report = """
        KUMASI, May 3, 2024 - Her Lordship Ama Serwaa Boateng convicted Kofi Antwi of stealing.
        """
    assert roles(report) == {"Ama Serwaa Boateng": "judge", "Kofi Antwi": "defendant"}, roles(report)


def test_a_judge_s_name_after_six_words_of_titles_is_read_whole() -> None:
    report = """
        KUMASI, May 3, 2024 - Trial ends.
        High Court Judge Her Honour Ama Serwaa Boateng convicted Kofi Antwi of stealing.
        """
    assert roles(report) == {"Ama Serwaa Boateng": "judge", "Kofi Antwi": "defendant"}, roles(report)


def test_those_who_appear_together_with_the_accused_before_a_magistrate_are_accused() -> None:
    report = """
        KAMPALA, May 3, 2024 - Peter Okello was charged.
        Okello stood before Grade One Magistrate Ruth Nabirye together with Sam Kato and Ali Waiswa.
        All three face one count of affray.
        """
    assert roles(report) == {
        "Peter Okello": "defendant",
        "Ruth Nabirye": "judge",
        "Sam Kato": "defendant",
        "Ali Waiswa": "defendant",
    }, roles(report)


def test_a_day_followed_by_a_deed_in_the_passive_is_the_deed_s_day_not_the_ruling_s() -> None:
    report = """
        Le jeudi 6 octobre 2022, cinq hommes attendent leur sort à Tarbes. Tous sortent de prison.
        On leur reproche ceci : le lundi 3 octobre, du matériel a été saccagé dans la cour du centre.
        C'est en comparution immédiate que le tribunal correctionnel les a jugés.
        Les cinq étrangers écopent de prison : 8 mois pour quatre d'entre eux.
        """
    assert ("2022-10-03", "convicted") not in rulings(report), rulings(report)


def test_standing_before_the_judges_is_a_sitting() -> None:
    report = """
        Le jeudi 6 octobre 2022, cinq hommes se tiennent côte à côte devant les juges du tribunal de Tarbes.
        """
    assert held(report) == {"2022-10-06"}, held(report)


def test_the_one_named_after_a_la_presidence_opening_a_clause_presides() -> None:
    report = """
        STRASBOURG, 3 mai 2024 - Le tribunal correctionnel jugeait Karim Benali.
        À la présidence, Paul Weber souffle.
        """
    assert roles(report) == {"Karim Benali": "defendant", "Paul Weber": "judge"}, roles(report)


def test_the_president_telling_the_accused_what_is_tried_presides_the_sitting() -> None:
    report = """
        NICE, 3 mai 2024 - Le tribunal correctionnel jugeait Karim Benali.
        Le président Jean Morel lui indique alors qu'on ne jugera pas les faits ce jour-là.
        """
    assert roles(report) == {"Karim Benali": "defendant", "Jean Morel": "judge"}, roles(report)


def test_justices_in_lower_case_name_the_appeal_bench_and_their_finding_is_no_list() -> None:
    report = """
        LUSAKA, May 3, 2024 - The appeal of Peter Banda was heard.
        Its head, Mary Phiri, sitting with justices Ruth Tembo and Ann Mwale, found Peter Banda's appeal weak.
        """
    found = roles(report)
    assert {name: found.get(name) for name in ("Ruth Tembo", "Ann Mwale")} == {
        "Ruth Tembo": "judge",
        "Ann Mwale": "judge",
    }, found
    assert found.get("Peter Banda") != "judge", found


def test_the_president_of_an_english_court_of_appeal_presides() -> None:
    report = """
        LUSAKA, May 3, 2024 - An appeal failed.
        The Deputy Judge President of the Court of Appeal, Mary Phiri, dismissed the appeal.
        """
    assert roles(report) == {"Mary Phiri": "judge"}, roles(report)


def test_the_one_named_in_the_prosecution_seat_without_a_comma_prosecutes() -> None:
    for seat in ("occupant le siège du Ministère public", "au siège du Procureur"):
        report = f"""
            CONAKRY, 13 mai 2019 - Le tribunal jugeait Moussa Camara.
            L'audience était présidée par Paul Keïta, Awa Sow {seat}.
            """
        assert roles(report).get("Awa Sow") == "prosecutor", (seat, roles(report))


def test_the_other_charges_and_the_death_a_plea_is_over_are_no_part_of_the_offence() -> None:
    for plea in (
        "entered guilty pleas to involuntary manslaughter and other charges over the death of Ann Lee",
        "pleaded guilty to involuntary manslaughter and several related counts",
        "pleaded guilty to involuntary manslaughter over the death of Ann Lee",
    ):
        report = f"""
            CLEVELAND, May 3, 2024 - A man was jailed on Thursday.
            Tom Reed, 28, {plea}.
            """
        assert charges(report) == ["involuntary manslaughter"], (plea, charges(report))


def test_the_one_whose_acquittal_is_contested_is_the_accused() -> None:
    report = """
        ISLAMABAD, May 3, 2024 - An appeal was heard.
        The bureau contests the acquittal of ex-president Omar Raza, the High Court heard.
        """
    assert roles(report) == {"Omar Raza": "defendant"}, roles(report)


def test_the_one_before_his_judges_is_the_accused() -> None:
    report = """
        BEYROUTH, 3 mai 2019 - Le tribunal militaire a siégé hier.
        Karim Haddad, mêlé en 2013 à des affrontements, s'est borné devant ses juges à décliner son identité.
        """
    assert roles(report) == {"Karim Haddad": "defendant"}, roles(report)


def test_an_arabic_article_glued_to_a_surname_is_part_of_the_name() -> None:
    report = """
        BEYROUTH, 3 mai 2019 - Le tribunal militaire a siégé hier.
        Karim al-Haddad s'est borné devant ses juges à décliner son identité.
        """
    assert roles(report) == {"Karim al-Haddad": "defendant"}, roles(report)


def test_an_adverb_of_time_may_stand_between_repondre_and_the_offence() -> None:
    report = """
        YAOUNDE, 3 mai 2019 - Sept jeunes gens répondent désormais d'assassinat devant le tribunal de Yaoundé.
        """
    assert charges(report) == ["assassinat"], charges(report)


def test_the_counts_they_face_are_a_list_of_offences() -> None:
    report = """
        ABUJA, March 22, 2021 - Three suspects were remanded. The counts they face are murder and conspiracy.
        """
    assert charges(report) == ["murder", "conspiracy"], charges(report)


def test_the_bench_holding_the_accused_guilty_names_the_offence() -> None:
    report = """
        MZUZU, May 3, 2024 - The trial ended.
        Justice Ann Banda of the High Court held the pair - Tom Phiri, 21, and Joe Mwale - guilty of murder.
        """
    assert charges(report) == ["murder"], charges(report)


def test_an_offence_named_in_capitals_is_no_person() -> None:
    report = """
        FREETOWN, May 3, 2024 - In another matter:
        Justice Ann Lebbie cautioned and discharged Tom Kargbo, a man charged with Attempted Suicide.
        """
    assert roles(report) == {"Ann Lebbie": "judge", "Tom Kargbo": "defendant"}, roles(report)


def test_those_the_charges_are_read_to_are_the_accused() -> None:
    report = """
        KAMPALA, May 3, 2024 - Three men appeared.
        Terrorism: those are the charges read this Friday at Nakawa court to Ali Musa and Sam Kato.
        """
    assert roles(report) == {"Ali Musa": "defendant", "Sam Kato": "defendant"}, roles(report)


def test_the_one_a_judge_ordered_be_evaluated_is_the_accused() -> None:
    report = """
        CODY, May 3, 2024 - An appeal failed.
        Judge Joey Dunn acted within his powers when he ordered that Joe Reed be evaluated.
        """
    assert roles(report) == {"Joey Dunn": "judge", "Joe Reed": "defendant"}, roles(report)


def test_the_charges_laid_against_someone_are_for_the_offences_named() -> None:
    report = """
        BAIE-COMEAU, 3 mai 2024 - Paul Roy a comparu.
        Sept accusations ont été déposées contre lui, notamment pour menaces de mort et pour voies de fait.
        """
    assert charges(report) == ["menaces de mort", "voies de fait"], charges(report)


def test_one_of_several_offences_named_after_the_count_is_a_charge() -> None:
    report = """
        CODY, May 3, 2024 - Joe Reed is charged with several offenses, one of them disposing of a dead body.
        """
    assert charges(report) == ["disposing of a dead body"], charges(report)


def test_the_charges_they_face_in_apposition_are_listed() -> None:
    report = """
        KADUNA, May 3, 2024 - Ten clerics were arraigned before a Kaduna Chief Magistrate Court.
        They denied the two charges they face, criminal conspiracy and disobedience to public orders.
        """
    assert charges(report) == ["criminal conspiracy", "disobedience to public orders"], charges(report)


def test_the_one_an_apposition_calls_the_deceased_or_the_one_attacked_is_the_victim() -> None:
    for sentence in (
        "Ann Moyo, the deceased, was leaving a shop when the three shot her.",
        "Ann Moyo (36), the woman he is alleged to have attacked with a machete, was there.",
    ):
        report = f"""
            MUTARE, May 3, 2024 - Tom Ncube appeared before the High Court.
            {sentence}
            """
        assert roles(report).get("Ann Moyo") == "victim", (sentence, roles(report))


def test_the_deceased_s_kin_in_apposition_is_no_victim() -> None:
    report = """
        LUSAKA, May 3, 2024 - Tom Ncube appeared before the High Court.
        Grace Zulu, the deceased's sister, told the trial that Tom Ncube had lived with her.
        """
    assert roles(report).get("Grace Zulu") != "victim", roles(report)


def test_going_back_to_court_sentence_following_and_the_day_set_to_rule_are_next_dates() -> None:
    for sentence, day in (
        ("The magistrate refused them bail and they go back to court on 4 September.", "2012-09-04"),
        ("Sentence will follow on 11 November.", "2012-11-11"),
        ("He set Friday, September 7 as the day he will rule on the bail application.", "2012-09-07"),
    ):
        report = f"""
            LONDON, August 29, 2012 - Tom Reed appeared at Southwark Crown Court yesterday.
            {sentence}
            """
        assert next_hearings(report) == [day], (sentence, next_hearings(report))


def test_an_appeal_court_named_by_its_seat_in_lower_case_or_after_in_is_a_court() -> None:
    for sentence, court in (
        ("The Salé appeal court sentenced Tom Reed.", "Salé appeal court"),
        ("The Court of Appeal in Nairobi sentenced Tom Reed.", "Court of Appeal in Nairobi"),
    ):
        report = f"""
            RABAT, May 3, 2024 - {sentence}
            """
        assert courts(report) == [court], (sentence, courts(report))


def test_an_appeals_court_named_by_its_seat_and_a_court_of_misdemeanours_are_courts() -> None:
    for sentence, court in (
        ("The Dubai Appeals Court cleared Tom Reed yesterday.", "Dubai Appeals Court"),
        ("The Dubai court of misdemeanors moved Tom Reed's hearing.", "Dubai court of misdemeanors"),
        ("The Misdemeanor Court found Tom Reed not guilty.", "Misdemeanor Court"),
    ):
        report = f"""
            DUBAI, May 3, 2024 - {sentence}
            """
        assert courts(report) == [court], (sentence, courts(report))
