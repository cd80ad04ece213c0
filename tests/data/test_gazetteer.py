"""data/claims: the leaders and the places that stand for a State (issue 14, "States"), and their loader."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from hague.claims import gazetteer
from hague.claims.gazetteer import LANGS, Role
from hague.errors import DataError
from hague.ledger import names
from hague.meta import default_data_dir

DATA = default_data_dir() / "claims"


def raw(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def test_the_bundled_files_validate():
    assert gazetteer.check() == []


def test_every_term_has_a_public_source_url_and_from_before_to():
    for person in raw("leaders.yaml")["leaders"]:
        assert person["iso3"] in names.all_states(), person["name"]
        for term in person["terms"]:
            assert "to" in term, f"{person['name']}: 'to' must be given (null while in office)"
            assert term["source"]["url"].startswith(("https://", "http://")), person["name"]
            if term["to"] is not None:
                assert term["from"] <= term["to"], person["name"]


def test_no_two_heads_of_state_of_one_state_overlap_unless_noted():
    """Terms touch on a handover day; longer overlaps are the disputed presidencies, noted on both
    sides: Côte d'Ivoire 2010-2011 (Gbagbo and Ouattara), the Gambia January 2017 (Jammeh and Barrow)."""
    heads: dict[str, list[tuple[str, date, date | None, str | None]]] = {}
    for p in raw("leaders.yaml")["leaders"]:
        for t in p["terms"]:
            if t["role"] == "head_of_state":
                heads.setdefault(p["iso3"], []).append((p["name"], t["from"], t["to"], t.get("overlap")))
    noted = set()
    for iso3, terms in heads.items():
        for i, (n1, f1, t1, o1) in enumerate(terms):
            for n2, f2, t2, o2 in terms[i + 1 :]:
                if (t1 is None or f2 < t1) and (t2 is None or f1 < t2):
                    assert o1 and o2, f"{iso3}: {n1} and {n2} overlap without a note"
                    noted.add(iso3)
    assert noted == {"CIV", "GMB"}


@pytest.mark.parametrize(
    ("iso3", "name", "role", "start", "end", "source"),
    [
        # each as read in the page named (the `pages` corpus of the search tool)
        (
            "PHL",
            "Rodrigo Duterte",
            "head_of_state",
            date(2016, 6, 30),
            date(2022, 6, 30),
            "en.wikipedia.org/wiki/Rodrigo_Duterte",
        ),
        (
            "BDI",
            "Pierre Nkurunziza",
            "head_of_state",
            date(2005, 8, 26),
            date(2020, 6, 8),
            "en.wikipedia.org/wiki/Pierre_Nkurunziza",
        ),
        ("RUS", "Dmitry Medvedev", "head_of_state", date(2008, 5, 7), date(2012, 5, 7), "thetimelinegeek.com"),
        ("UGA", "Yoweri Museveni", "head_of_state", date(1986, 1, 29), None, "statehouse.go.ug"),
        ("KEN", "Uhuru Kenyatta", "head_of_state", date(2013, 4, 9), date(2022, 9, 13), "standardmedia.co.ke"),
        ("UKR", "Petro Poroshenko", "head_of_state", date(2014, 6, 7), date(2019, 5, 20), "studymaterialz.in"),
        (
            "GMB",
            "Yahya Jammeh",
            "head_of_state",
            date(1994, 7, 22),
            date(2017, 1, 21),
            "piglix.com/piglix/Yahya_Jammeh",
        ),
        ("MYS", "Mahathir Mohamad", "head_of_government", date(2018, 5, 10), date(2020, 2, 24), "Second_premiership"),
        ("HUN", "Viktor Orbán", "head_of_government", date(2010, 5, 29), date(2026, 5, 9), "wiki.av1.space"),
        ("ZAF", "Jacob Zuma", "head_of_state", date(2009, 5, 9), date(2018, 2, 14), "onthisday.com/people/jacob-zuma"),
        # moved from the claim finder's typed table (2026-12-01), each read in the page named
        ("TUR", "Recep Tayyip Erdoğan", "head_of_state", date(2014, 8, 28), None, "simple.m.wikipedia.org"),
        ("TUR", "Recep Tayyip Erdoğan", "head_of_government", date(2003, 3, 14), date(2014, 8, 28), "Recep_Tayyip"),
        ("BLR", "Alexander Lukashenko", "head_of_state", date(1994, 7, 20), None, "piglix.com"),
        ("BRA", "Luiz Inácio Lula da Silva", "head_of_state", date(2023, 1, 1), None, "wikiwand.com"),
        ("BRA", "Jair Bolsonaro", "head_of_state", date(2019, 1, 1), date(2022, 12, 31), "Jair_Bolsonaro"),
        ("COL", "Juan Manuel Santos", "head_of_state", date(2010, 8, 7), date(2018, 8, 7), "Juan_Manuel_Santos"),
        ("CHL", "Gabriel Boric", "head_of_state", date(2022, 3, 11), date(2026, 3, 11), "President_of_Chile"),
        ("TJK", "Emomali Rahmon", "head_of_state", date(1994, 11, 16), None, "Emomali_Rahmon"),
        ("RUS", "Maria Zakharova", "official", date(2015, 8, 10), None, "wikimili.com/en/Maria_Zakharova"),
        ("RUS", "Maria Lvova-Belova", "official", date(2021, 10, 27), None, "tass.com/politics/1354905"),
        ("ISR", "Yoav Gallant", "official", date(2022, 12, 29), date(2024, 11, 7), "onenewspage.co.uk"),
    ],
)
def test_checked_entries(iso3, name, role, start, end, source):
    found = [p for p in gazetteer.leaders() if p.name == name and p.start == start]
    assert len(found) == 1, name
    p = found[0]
    assert (p.iso3, p.role, p.end) == (iso3, Role(role), end)
    assert source in p.source


def test_who_was_in_office():
    assert [p.name for p in gazetteer.in_office("PHL", date(2019, 3, 17))] == ["Rodrigo Duterte"]
    # 27 October 2016, Burundi's notice of withdrawal
    assert [p.name for p in gazetteer.in_office("BDI", date(2016, 10, 27), role="head_of_state")] == [
        "Pierre Nkurunziza"
    ]
    # a handover day: both; the next day only the new holder
    assert {p.name for p in gazetteer.in_office("USA", date(2017, 1, 20))} == {"Barack Obama", "Donald Trump"}
    assert [p.name for p in gazetteer.in_office("USA", date(2017, 1, 21))] == ["Donald Trump"]
    assert [p.name for p in gazetteer.in_office("RUS", date(2010, 1, 1), role=Role.head_of_state)] == [
        "Dmitry Medvedev"
    ]
    assert {p.name for p in gazetteer.in_office("RUS", date(2010, 1, 1), role="head_of_government")} == {
        "Vladimir Putin"
    }
    assert gazetteer.in_office("ISL", date(2010, 1, 1)) == []


def test_forms_by_language_and_titles_made_by_the_loader():
    putin = {lang: next(p for p in gazetteer.leaders(lang) if p.name == "Vladimir Putin") for lang in LANGS}
    assert "Putin" in putin["en"].forms and "President Putin" in putin["en"].titled
    assert "Poutine" in putin["fr"].forms and "le président Poutine" in putin["fr"].titled
    assert "Путин" in putin["ru"].forms and "президент Путин" in putin["ru"].titled
    assert putin["es"].forms == putin["en"].forms  # no Spanish form given: the English ones
    netanyahu = next(p for p in gazetteer.leaders("fr") if p.name == "Benjamin Netanyahu")
    assert "Netanyahou" in netanyahu.forms and "Premier ministre Netanyahou" in netanyahu.titled
    # the titles are not typed in the data
    text = (DATA / "leaders.yaml").read_text(encoding="utf-8")
    assert "President Putin" not in text and "Prime Minister Netanyahu" not in text


def test_an_official_has_no_title_and_a_common_short_form_is_ambiguous_where_listed():
    peskov = next(p for p in gazetteer.leaders("ru") if p.name == "Dmitry Peskov")
    assert peskov.role is Role.official and peskov.titled == () and "Песков" in peskov.forms
    moi = {lang: next(p for p in gazetteer.leaders(lang) if p.name == "Daniel arap Moi") for lang in LANGS}
    assert moi["fr"].ambiguous and not moi["es"].ambiguous  # 'moi' is a French word (common_in: [fr])
    assert gazetteer.leaders("en")[0].english == "Karzai"  # the English short form: the registry's spelling


def test_every_hand_kept_name_is_sourced_or_says_why_and_every_region_names_its_situation():
    data = raw("names.yaml")
    for entry in data["names"]:
        assert entry["iso3"] in names.all_states(), entry
        sourced = "source" in entry and entry["source"]["url"].startswith(("https://", "http://"))
        assert sourced or entry["note"].strip(), entry
    folder = DATA.parent / "situations"
    situations = {yaml.safe_load(p.read_text(encoding="utf-8"))["id"] for p in folder.glob("icc-*.yaml")}
    for entry in data["regions"]:
        assert entry.get("situation") in situations or entry["note"].strip(), entry
    for entry in data["not_states"]:
        assert entry["reason"].strip()


def test_name_forms_per_language():
    fr = gazetteer.name_forms("fr")
    assert fr.states["RDC"] == "COD" and fr.states["Fédération de Russie"] == "RUS"
    assert "Amérique latine" in fr.not_states and fr.regions["Darfour"] == "SDN" and fr.demonyms["russe"] == "RUS"
    assert gazetteer.name_forms("ru").states["РФ"] == "RUS"
    en = gazetteer.name_forms("en")  # beside hague.ledger.names, which the English finder reads
    assert en.states["DRC"] == "COD" and en.states["Turkey"] == "TUR" and "Congo" not in en.states
    assert "Latin America" in en.not_states and en.regions["Darfur"] == "SDN" and en.demonyms["Russian"] == "RUS"
    assert "Darfur" not in gazetteer.name_forms("es").states  # no language borrows another's forms


def test_english_names_are_none_the_ledger_gives_and_cldrs_are_cldrs():
    """An English form the finder reads from hague.ledger.names is not typed again; one whose note says
    it is CLDR's is among Babel's English territory names (the finder does not load Babel)."""
    pytest.importorskip("babel")
    import re

    from babel import Locale

    ledger = {text for iso3 in names.all_states() for text in (names.name(iso3), names.official_name(iso3))}
    territories = Locale.parse("en").territories
    cldr: dict[str, str] = {}
    for iso3 in names.all_states():
        local = territories.get(names.alpha2(iso3))
        if local:
            for form in (local, re.sub(r"\s*\([^)]*\)", "", local), *re.findall(r"\(([^)]+)\)", local)):
                cldr[form] = iso3
    entries = [e for e in raw("names.yaml")["names"] if "en" in e]
    assert len(entries) > 20
    for entry in entries:
        for form in entry["en"]:
            assert form not in ledger, entry
            if entry.get("note", "").startswith("CLDR's English"):
                assert cldr.get(form) == entry["iso3"], entry
    data = raw("names.yaml")
    assert data["demonyms_source"]["en"]["url"].startswith("https://github.com/mledoze/countries/blob/")


def test_russian_forms_are_cyrillic():
    for person in raw("leaders.yaml")["leaders"]:
        for form in person.get("names", {}).get("ru", []):
            assert any("\u0400" <= c <= "\u04ff" for c in form), f"{person['name']}: {form!r}"


def test_metonyms_in_each_language():
    assert gazetteer.metonyms("en")["Moscow"] == "RUS"
    assert gazetteer.metonyms("en")["the Kremlin"] == "RUS"
    assert gazetteer.metonyms("fr")["Moscou"] == "RUS"
    assert gazetteer.metonyms("es")["Moscú"] == "RUS"
    assert gazetteer.metonyms("ru")["Москва"] == "RUS"
    assert gazetteer.metonyms("ru")["Кремль"] == "RUS"
    assert gazetteer.metonyms("en")["Malacañang"] == "PHL"
    assert gazetteer.metonyms("fr")["Manille"] == "PHL"
    assert gazetteer.metonyms("en")["Washington"] == "USA"
    assert gazetteer.metonyms("en")["Kyiv"] == gazetteer.metonyms("en")["Kiev"] == "UKR"
    for name, iso3 in {
        "Pretoria": "ZAF",
        "Bujumbura": "BDI",
        "Banjul": "GMB",
        "Budapest": "HUN",
        "Caracas": "VEN",
        "Nairobi": "KEN",
        "Khartoum": "SDN",
        "Yerevan": "ARM",
        "Kuala Lumpur": "MYS",
        "Ulaanbaatar": "MNG",
        "Ouagadougou": "BFA",
        "Bamako": "MLI",
        "Niamey": "NER",
        "Jerusalem": "ISR",
    }.items():
        assert gazetteer.metonyms("en")[name] == iso3, name
    assert gazetteer.metonyms("fr")["Oulan-Bator"] == "MNG"


def test_excluded_names_never_stand_for_a_state():
    for lang in LANGS:
        banned = gazetteer.excluded(lang)
        assert banned, lang
        held = {m.casefold() for m in gazetteer.metonyms(lang)}
        assert not {b.casefold() for b in banned} & held, lang
    assert "The Hague" in gazetteer.excluded("en") and "La Haye" in gazetteer.excluded("fr")
    assert "Kampala" in gazetteer.excluded("en") and "Kampala" in gazetteer.excluded("es")
    assert "Rome" not in gazetteer.metonyms("en") and "Tel Aviv" not in gazetteer.metonyms("en")
    assert "Review Conference" in gazetteer.excluded("en")["Kampala"]


def test_jerusalem_carries_its_caution():
    entry = next(m for m in gazetteer.metonym_entries("en") if m.name == "Jerusalem")
    assert entry.iso3 == "ISR" and entry.note and "Palestine" in entry.note


def test_every_hand_added_metonym_is_sourced_and_every_exclusion_has_a_reason():
    data = raw("metonyms.yaml")
    for entry in data["added"]:
        assert entry["source"]["url"].startswith(("https://", "http://")), entry
        assert entry["iso3"] in names.all_states()
    for entry in data["exclude"]:
        assert entry["reason"].strip()
    assert data["capitals_source"]["url"].startswith("https://github.com/mledoze/countries/blob/")


def test_the_generated_capitals_are_those_of_cldr():
    """The forms in other languages are CLDR's exemplar cities of the zone named, as Babel has them."""
    pytest.importorskip("babel")
    from babel.dates import get_timezone, get_timezone_location

    checked = 0
    for entry in raw("metonyms.yaml")["capitals"]:
        zone = entry.get("cldr_zone")
        if not zone:
            continue
        for lang in ("fr", "es", "pt", "ru"):
            if lang in entry:
                assert entry[lang] == [get_timezone_location(get_timezone(zone), lang, return_city=True)], entry
                checked += 1
    assert checked > 250


def test_bad_files_are_refused_naming_file_line_and_field(tmp_path: Path):
    folder = tmp_path / "claims"
    shutil.copytree(DATA, folder)
    leaders = folder / "leaders.yaml"
    text = leaders.read_text(encoding="utf-8")
    leaders.write_text(text.replace("to: 2014-09-29", "to: 2004-01-01", 1), encoding="utf-8")
    problems = gazetteer.check(tmp_path)
    assert len(problems) == 1 and "leaders.yaml:" in problems[0].message
    assert "to: 2004-01-01 is before from: 2004-12-07" in problems[0].message
    with pytest.raises(DataError):
        gazetteer.leaders(data_dir=tmp_path)

    leaders.write_text(text.replace("iso3: AFG", "iso3: XXX", 1), encoding="utf-8")
    problems = gazetteer.check(tmp_path)
    assert problems and "iso3: 'XXX' is not a State" in problems[0].message

    leaders.write_text(text.replace("role: head_of_state", "role: king", 1), encoding="utf-8")
    assert "role" in gazetteer.check(tmp_path)[0].message

    leaders.write_text(text, encoding="utf-8")
    metonyms = folder / "metonyms.yaml"
    mtext = metonyms.read_text(encoding="utf-8")
    metonyms.write_text(
        mtext.replace(
            "  - iso3: MYS\n    kind: seat\n    en: [Putrajaya]", "  - iso3: MYS\n    kind: seat\n    en: [Manila]"
        ),
        encoding="utf-8",
    )
    problems = gazetteer.check(tmp_path)
    assert problems and "'Manila' stands for" in problems[0].message

    metonyms.write_text(mtext, encoding="utf-8")
    kept = folder / "names.yaml"
    ntext = kept.read_text(encoding="utf-8")
    kept.write_text(ntext.replace("  - iso3: GBR\n", "  - iso3: GBX\n", 1), encoding="utf-8")
    problems = gazetteer.check(tmp_path)
    assert len(problems) == 1 and "names.yaml:" in problems[0].message and "'GBX'" in problems[0].message
    no_note = ntext.replace(
        '    note: "the name before North Macedonia\'s 2019 change of name, in older texts; typed"\n', "", 1
    )
    assert no_note != ntext
    kept.write_text(no_note, encoding="utf-8")
    assert "needs its source" in gazetteer.check(tmp_path)[0].message
    kept.write_text(ntext.replace("demonyms_source:\n  en:", "demonyms_source:\n  xx:", 1), encoding="utf-8")
    assert "demonyms_source: 'xx' is not a language" in gazetteer.check(tmp_path)[0].message


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="lang: 'de'"):
        gazetteer.leaders("de")


def test_validate_reports_a_broken_gazetteer(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from hague.cli import app

    data = tmp_path / "data"
    shutil.copytree(default_data_dir(), data)
    path = data / "claims" / "metonyms.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("reason: >-", "reasons: >-", 1), encoding="utf-8")
    monkeypatch.setenv("HAGUE_DATA", str(data))
    r = CliRunner().invoke(app, ["validate"])
    assert r.exit_code == 1
    assert "metonyms.yaml" in r.stderr and "reasons" in r.stderr
