"""Shapes of court reporting the parser must read in any report: lists, reference dates, adjournments,
roles, every kind of decision. One test a rule, each on a short report written for it (names invented)."""

from __future__ import annotations

from reading import cases_of, charges, courts, held, roles, rulings


def test_without_a_dateline_hier_stays_undated_but_a_year_less_date_takes_the_articles_year() -> None:
    report = """
        Procès des militants : la cour renvoie

        La cour d'appel de Ouagadougou a renvoyé hier le procès de Salif Ouédraogo au 12 mars prochain. Il
        avait été condamné le 3 février 2025 pour incitation à la révolte.
        """
    found = rulings(report)
    assert (None, "adjourned") in found
    assert not held(report)
    assert [c.next_hearing.date.isoformat() for c in cases_of(report) if c.next_hearing] == ["2025-03-12"]


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


def test_deciding_to_adjourn_is_an_adjournment_and_its_target_the_next_hearing() -> None:
    report = """
        Publié le 12/03/2024

        ABIDJAN - Le tribunal correctionnel d'Abidjan a décidé de renvoyer le procès de Koffi Yao au 9
        novembre. Il est poursuivi pour escroquerie.
        """
    assert rulings(report) == {(None, "adjourned")}
    assert not held(report)
    assert [c.next_hearing.date.isoformat() for c in cases_of(report) if c.next_hearing] == ["2024-11-09"]


def test_without_a_dateline_the_articles_latest_day_dates_what_follows() -> None:
    report = """
        Duvalier convoqué

        Les avocats ont formé, le lundi 18 février 2013, un pourvoi en cassation. Le 21 février, la cour
        d'appel de Port-au-Prince a décerné un mandat d'amener contre Jean-Claude Duvalier, qui doit répondre
        de crimes contre l'humanité. Il devra être présent à sa prochaine audition fixée au jeudi 28 février.
        """
    assert ("2013-02-21", "other") in rulings(report)
    assert [c.next_hearing.date.isoformat() for c in cases_of(report) if c.next_hearing] == ["2013-02-28"]


def test_prochain_rendez_vous_announces_the_next_hearing() -> None:
    report = """
        ABIDJAN, 19 mai 2021 - Le tribunal criminel d'Abidjan a rejeté ce mercredi la demande de mise en
        liberté des accusés, poursuivis pour complot. Prochain rendez-vous : le 26 mai.
        """
    assert [c.next_hearing.date.isoformat() for c in cases_of(report) if c.next_hearing] == ["2021-05-26"]


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
    assert [c.next_hearing.date.isoformat() for c in cases_of(report) if c.next_hearing] == ["2023-06-21"]


def test_this_morning_is_the_days_hearing_and_held_without_bail_is_detention() -> None:
    report = """
        date 2017-07-26

        Angelo Colon-Ortiz entered a not guilty plea this morning to a charge of murder before Worcester
        Superior Court, and the court ordered him held without bail. He is due back in court on Aug. 24.
        """
    assert ("2017-07-26", "detention_ordered") in rulings(report)
    assert "2017-07-26" in held(report)
    assert [c.next_hearing.date.isoformat() for c in cases_of(report) if c.next_hearing] == ["2017-08-24"]


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
    assert [c.next_hearing.date.isoformat() for c in cases_of(report) if c.next_hearing] == ["2021-03-11"]


def test_putting_a_case_off_and_directing_the_prosecution_are_rulings() -> None:
    report = """
        DAR ES SALAAM, 4 March 2020 - Tito Magoti and Theodory Giyan were back at the Kisutu Resident
        Magistrate's Court today. The magistrate told the prosecution to bring the investigation to an end
        and put the case off to 18th March 2020.
        """
    found = rulings(report)
    assert ("2020-03-04", "adjourned") in found and ("2020-03-04", "other") in found
    assert roles(report) == {"Tito Magoti": "defendant", "Theodory Giyan": "defendant"}
    assert [c.next_hearing.date.isoformat() for c in cases_of(report) if c.next_hearing] == ["2020-03-18"]


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
    assert [c.next_hearing.date.isoformat() for c in cases_of(report) if c.next_hearing] == ["2013-06-26"]


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
