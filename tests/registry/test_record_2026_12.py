"""Facts added or corrected in the registry by the data check of 2026-12-01 (issue 15, parts 1-3),
each test naming the source it rests on (the same sources as in data/situations/ and
research/situations_check_2026-12-01.yaml)."""

from __future__ import annotations

from datetime import date

from hague.registry import of as registry_of


def stage(ledger, ident: str, day: str) -> str | None:
    rows = registry_of(ledger).situations(date.fromisoformat(day))["situations"]
    return next((r["stage"] for r in rows if r["id"] == ident), None)


def case(ledger, ident: str, person: str, day: str | None = None) -> dict | None:
    on = date.fromisoformat(day) if day else None
    return next((c for c in registry_of(ledger).cases(ident, on=on)["cases"] if person in c["person"]), None)


def test_car_i_investigation_phase_concluded_16_december_2022(ledger):
    """https://apnews.com/article/central-african-republic-the-hague-international-criminal-court-eea3d1fc27f97b734851d05b14d90f75
    (AP, 16 Dec 2022; statement quoted at https://lacemac.info/?p=9118): both CAR investigations concluded."""
    assert stage(ledger, "icc-01-05", "2022-12-15") == "investigation"
    assert stage(ledger, "icc-01-05", "2022-12-16") == "completed"
    last = registry_of(ledger).situation("icc-01-05")["events"][-1]
    assert last["kind"] == "investigation_completed" and last["date"] == "2022-12-16"


def test_car_ii_investigation_phase_concluded_16_december_2022(ledger):
    """https://lacemac.info/?p=9118 (the Prosecutor's statement of Friday 16 Dec 2022 naming the investigations
    of 22 May 2007 and 24 Sep 2014) and AP of the same day."""
    assert stage(ledger, "icc-01-14", "2022-12-15") == "investigation"
    assert stage(ledger, "icc-01-14", "2022-12-16") == "completed"
    assert stage(ledger, "icc-01-14", "2026-12-01") == "completed"


def test_georgia_investigation_phase_concluded_16_december_2022(ledger):
    """https://apnews.com/article/central-african-republic-the-hague-international-criminal-court-eea3d1fc27f97b734851d05b14d90f75
    (AP, 16 Dec 2022), a second source for the date already recorded from news360.es."""
    assert stage(ledger, "icc-01-15", "2022-12-15") == "investigation"
    assert stage(ledger, "icc-01-15", "2022-12-16") == "completed"


def test_kenya_investigation_phase_concluded_27_november_2023(ledger):
    """https://www.icc-cpi.int/news/statement-icc-deputy-prosecutor-nazhat-shameem-khan-announcing-her-decision-conclude
    (dated by https://the-star.co.ke/news/2023-11-27-icc-closes-investigations-into-200708-post-poll-chaos)."""
    assert stage(ledger, "icc-01-09", "2023-11-26") == "investigation"
    assert stage(ledger, "icc-01-09", "2023-11-27") == "completed"
    # The art. 70 cases go on: Barasa and Bett stay at large after the conclusion.
    assert case(ledger, "icc-01-09", "Barasa", "2023-11-28")["status"] == "at_large"
    assert case(ledger, "icc-01-09", "Bett", "2023-11-28")["status"] == "at_large"


def test_uganda_investigation_phase_concluded_1_december_2023(ledger):
    """https://www.icc-cpi.int/news/statement-prosecutor-international-criminal-court-karim-aa-khan-kc-announcing-his-decision
    (Statement of the Prosecutor, 1 December 2023)."""
    assert stage(ledger, "icc-02-04", "2023-11-30") == "investigation"
    assert stage(ledger, "icc-02-04", "2023-12-01") == "completed"
    # The case against Kony continues after the conclusion.
    assert case(ledger, "icc-02-04", "Kony", "2023-12-02")["status"] == "at_large"


def test_venezuela_ii_examination_closed_12_march_2026_no_reasonable_basis(ledger):
    """https://www.devdiscourse.com/article/law-order/3835792-icc-clears-us-sanctions-of-crimes-against-humanity-allegations
    (Reuters, 12 Mar 2026; also https://menafn.com/1110854592/ICC-Drops-The-Investigation-Into-Whether-US-Sanctions-On-Venezuela-Count-As-Crimes-Against-Humanity)."""
    assert stage(ledger, "pe-venezuela-ii", "2026-03-11") == "preliminary_examination"
    assert stage(ledger, "pe-venezuela-ii", "2026-03-12") == "closed"
    closed = registry_of(ledger).situation("pe-venezuela-ii")["events"][-1]
    assert closed["kind"] == "pe_closed" and closed["outcome"] == "no_reasonable_basis"
    # Venezuela I is a separate situation and stays under investigation.
    assert stage(ledger, "icc-02-18", "2026-03-12") == "investigation"


def test_nouradine_adam_warrant_of_7_january_2019_unsealed_28_july_2022(ledger):
    """https://amp.dw.com/en/icc-wants-former-central-african-republic-government-minister-arrested/a-62632497
    (DW, 28 Jul 2022: unsealed that Thursday, issued under seal in January 2019) and
    https://africanleadershipmagazine.co.uk/?p=51941 (issued 7 Jan 2019, the day of Said's warrant)."""
    adam = case(ledger, "icc-01-14", "Nouradine Adam", "2026-12-01")
    assert adam is not None and adam["status"] == "at_large"
    warrant = adam["events"][0]
    assert warrant["kind"] == "warrant" and warrant["date"] == "2019-01-07"
    assert warrant["unsealed"] == "2022-07-28"
    assert adam["crimes"] == ["crimes_against_humanity", "war_crimes"]
    assert case(ledger, "icc-01-14", "Nouradine Adam", "2019-01-06") is None


def test_said_warrant_of_7_january_2019_made_public_24_january_2021(ledger):
    """https://www.icc-cpi.int/news/situation-central-african-republic-ii-mahamat-said-abdel-kani-surrendered-icc-crimes-against
    (press release of 24 Jan 2021: surrendered "on account of an ICC warrant of arrest issued under seal on 7 January 2019")."""
    said = case(ledger, "icc-01-14", "Said Abdel Kani", "2021-01-24")
    warrant = said["events"][0]
    assert warrant["date"] == "2019-01-07" and warrant["unsealed"] == "2021-01-24"
    assert said["status"] == "in_custody"


def test_mokom_warrant_of_10_december_2018_made_public_14_march_2022(ledger):
    """https://africanewswatch.com/2022/03/chad-hands-over-anti-balaka-militia-leader-maxime-mokom-to-icc/
    (the Court's statement of 14 Mar 2022: warrant "issued under seal on 10 December 2018")."""
    mokom = case(ledger, "icc-01-14", "Mokom", "2022-03-14")
    warrant = mokom["events"][0]
    assert warrant["date"] == "2018-12-10" and warrant["unsealed"] == "2022-03-14"
    assert mokom["status"] == "in_custody"


TARHUNAH = {
    "Abdurahem Khalefa Abdurahem Elshgagi (Al Kani)",
    "Makhlouf Makhlouf Arhoumah Doumah",
    "Abdelbari Ayyad Ramadan Al Shaqaqi",
    "Fathi Faraj Mohamed Salim Al Zinkal",
    "Nasser Muhammad Muftah Daou",
    "Mohamed Mohamed Al Salheen Salmi",
}


def test_tarhunah_six_public_from_4_october_2024_warrants_known_to_the_year(ledger):
    """https://www.icc-cpi.int/news/statement-icc-prosecutor-karim-aa-khan-kc-unsealing-six-arrest-warrants-situation-libya
    (the Prosecutor, "Today, Pre-Trial Chamber I ... has granted my Office's request to unseal warrants of arrest
    against the following six Libyan nationals"; the day, Friday 4 Oct 2024, from Opinio Juris, 29 Nov 2024).
    Issued four on 6 Apr and two in July 2023, which persons not stated (Libya Observer, Cameroon Tribune): so
    each warrant is dated 2023 with precision year. War crimes only."""
    on_day = {c["person"]: c for c in registry_of(ledger).cases("icc-01-11", on=date(2024, 10, 4))["cases"]}
    assert set(on_day) >= TARHUNAH
    for person in TARHUNAH:
        c = on_day[person]
        assert (c["status"], c["status_since"], c["status_since_precision"]) == ("at_large", "2023-01-01", "year")
        assert (c["public_since"], c["public_since_precision"]) == ("2024-10-04", "day")
        assert c["nationality"] == "LBY" and c["crimes"] == ["war_crimes"]
        warrant = c["events"][0]
        assert (warrant["kind"], warrant["date"], warrant["precision"], warrant["unsealed"]) == (
            "warrant",
            "2023-01-01",
            "year",
            "2024-10-04",
        )
    before = {c["person"] for c in registry_of(ledger).cases("icc-01-11", on=date(2024, 10, 3))["cases"]}
    assert not TARHUNAH & before
