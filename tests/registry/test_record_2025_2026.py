"""Facts of 2025-2026 added or corrected in the registry by the audit of 2026-12-02 (issue 15), each test
naming the source it rests on (the same sources as the comments in data/situations/)."""

from __future__ import annotations

from datetime import date

from hague.registry import of as registry_of


def events(ledger, ident: str, kind: str) -> list[dict]:
    return [e for e in registry_of(ledger).situation(ident)["events"] if e["kind"] == kind]


def case(ledger, ident: str, person: str, day: str | None = None) -> dict | None:
    on = date.fromisoformat(day) if day else None
    return next((c for c in registry_of(ledger).cases(ident, on=on)["cases"] if person in c["person"]), None)


def test_palestine_ptc_i_refused_to_withdraw_the_warrants_published_16_july_2025(ledger):
    """https://www.lbcgroup.tv/news/middleeastnews/867704/icc-judges-reject-israels-request-to-withdraw-netanyahu-arrest-warrant/en
    (Reuters, 16-07-2025: "on Wednesday rejected Israel's request to withdraw arrest warrants"; the decision is
    dated 9 July 2025 per Middle East Eye, recorded on the day it was made public)."""
    rulings = {e["date"]: e for e in events(ledger, "icc-01-18", "jurisdiction_ruling")}
    assert "2025-07-16" in rulings and "2025-07-09" not in rulings
    assert "art. 19(7)" in rulings["2025-07-16"]["note"]
    # The warrants stand: Netanyahu and Gallant are still at large after the ruling.
    assert case(ledger, "icc-01-18", "Netanyahu", "2025-07-17")["status"] == "at_large"
    assert case(ledger, "icc-01-18", "Gallant", "2025-07-17")["status"] == "at_large"


def test_palestine_appeals_chamber_art_18_1_judgment_15_december_2025(ledger):
    """https://www.alhaq.org/advocacy/27184.html ("On 15 December 2025 the ... Appeals Chamber rejected Israel's
    appeal against the Pre-Trial Chamber's decision of November 2024"), also ifi.today of 15 Dec 2025."""
    rulings = {e["date"]: e for e in events(ledger, "icc-01-18", "jurisdiction_ruling")}
    assert "18(1)" in rulings["2025-12-15"]["note"]
    stage = next(r for r in registry_of(ledger).situations(date(2025, 12, 15))["situations"] if r["id"] == "icc-01-18")
    assert stage["stage"] == "investigation"


def test_al_hassan_appeals_discontinued_17_december_2024_so_no_appeal_judgment(ledger):
    """https://www.icc-cpi.int/news/statement-icc-prosecutor-karim-aa-khan-kc-discontinuance-appeals-filed-case-against-mr-al
    (17 Dec 2024: both appeals discontinued; "The verdict and the sentence in this case are now final", the Court's
    release at miragenews.com)."""
    al_hassan = case(ledger, "icc-01-12", "Al Hassan", "2026-12-01")
    assert al_hassan["status"] == "convicted"
    assert not [e for e in al_hassan["events"] if e["kind"] == "appeal_judgment"]


def test_el_hishri_in_custody_no_confirmation_decision_found(ledger):
    """https://libyaherald.com/?p=150013 (OTP, 18 Jul 2025: warrant of 10 Jul 2025, arrest on 16 Jul 2025) and
    https://www.aa.com.tr/en/world/international-criminal-court-sets-next-may-to-confirm-charges-against-libyan-war-crimes-suspect-el-hishri/3761214
    (confirmation hearing set for 19 May 2026; no decision on the charges found up to 2026-12-01)."""
    el_hishri = case(ledger, "icc-01-11", "El Hishri", "2026-12-01")
    assert el_hishri["status"] == "in_custody"
    kinds = [e["kind"] for e in el_hishri["events"]]
    # the application of 3 April 2025 (the OTP's statement of 18 July 2025, same Libya Herald report) precedes the warrant
    assert kinds == ["warrant_application", "warrant", "arrest", "surrender", "initial_appearance"]
    assert el_hishri["events"][1]["date"] == "2025-07-10"


def test_duterte_case_number_icc_01_21_01_25_no_trial_opening_recorded(ledger):
    """https://mindanews.com/top-stories/2025/03/ex-president-rodrigo-duterte-makes-initial-appearance-before-icc-next-hearing-on-sept-25/
    ("His case was assigned the number ICC 0121-0125", 14 Mar 2025). The trial set for 30 Nov 2026
    (https://mb.com.ph/2026/06/20/icc-finalizes-rules-for-dutertes-nov-30-trial) was not found to have opened."""
    duterte = case(ledger, "icc-01-21", "Duterte", "2026-12-01")
    assert duterte["case"] == "ICC-01/21-01/25"
    assert duterte["status"] == "in_custody"
    assert "trial_opened" not in [e["kind"] for e in duterte["events"]]


def test_libya_declaration_lodged_with_the_registrar_12_may_2025(ledger):
    """https://www.icj.org/?p=2048199 ("On 12 May 2025, the Government of National Unity ... lodged a declaration,
    pursuant to article 12(3) ... with the Registrar of the Court")."""
    (declaration,) = events(ledger, "icc-01-11", "declaration_12_3")
    assert declaration["date"] == "2025-05-12" and declaration["by"] == ["LBY"]
    assert declaration["source"]["url"] == "https://www.icj.org/?p=2048199"


def test_said_still_on_trial_no_verdict_found_after_closing_statements_of_november_2025(ledger):
    """https://fr.allafrica.com/stories/202511270305.html (RFI, 27 Nov 2025: the judges began deliberating on
    Wednesday 26 November after the closing statements); no verdict found up to 2026-12-01."""
    said = case(ledger, "icc-01-14", "Said Abdel Kani", "2026-12-01")
    assert said["status"] == "trial"


def test_abd_al_rahman_sentenced_9_december_2025_appeal_pending(ledger):
    """https://menafn.com/1110459257/Ali-Muhammad-Ali-Abd-Al-Rahman-Ali-Kushayb-Sentenced-To-20-Years-Of-Imprisonment
    (the Court's release of 9 Dec 2025: 20 years; the appeal against the conviction of 6 Oct 2025 pending)."""
    kushayb = case(ledger, "icc-02-05", "Abd-Al-Rahman", "2026-12-01")
    assert kushayb["status"] == "convicted"
    by_kind = {e["kind"]: e["date"] for e in kushayb["events"]}
    assert by_kind["convicted"] == "2025-10-06" and by_kind["sentenced"] == "2025-12-09"
    assert "appeal_judgment" not in by_kind


def test_no_public_case_in_bangladesh_myanmar_or_venezuela_i_on_1_december_2026(ledger):
    """https://pantaing.com/en_US/icc-continues-process-to-issue-arrest-warrant-for-min-aung-hlaing (the application
    for Min Aung Hlaing still pending, 2025) and https://secure.military.com/feature/2026/01/03/reported-capture-of-nicolas-maduro.html
    (3 Jan 2026: Maduro captured by US forces; no ICC warrant issued for him): no public case in either situation."""
    for ident in ("icc-01-19", "icc-02-18"):
        assert registry_of(ledger).cases(ident, on=date(2026, 12, 1))["cases"] == []
