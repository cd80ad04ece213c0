"""Write src/hague/i18n/articles.json: the article each State's name takes in French and Spanish.

hague names a State by CLDR (hague.ledger.names.local_name), which gives no article. French
sentences need one ("la Russie a signé", "du Burundi", "aux Philippines"), Spanish a few ("el
Reino Unido", "la República Centroafricana"). This derives them, once, from public tables, and
writes each State's article with the basis it rests on; hague.i18n.article reads the file.

French: ISO 3166-1's French short names, which carry the article in parentheses ("Burundi (le)",
"Philippines (les)", "Cuba": none), as the `teritorio` package (PyPI) ships them in
teritorio/_data/country.json. Where ISO's article belongs to a longer form than CLDR's name
("Russie (la Fédération de)", "Lao (la République démocratique populaire)"), a contraction in the
parentheses still tells the gender ("Congo (la République démocratique du)": le Congo), and
failing that the rule of French grammar that names ending in a mute -e are feminine, the others
masculine, l' before a vowel. The script checks that rule against every article ISO gives and
lists in the file where they differ (plurals, which the rule does not model, and the masculine
exceptions such as le Mexique, le Cambodge, le Zimbabwe): ISO wins wherever it speaks, and the
rule decides 14 States only (Russie, Corée du Sud and du Nord, Laos, Moldavie, Tanzanie, Bolivie,
Micronésie, Biélorussie, Syrie, Cap-Vert, Salvador, and the two names that begin with "État").

Gender and number (the verbs and participles agree with the State: "la Russie n'est jamais
devenue", "les Philippines ont notifié leur retrait"): the article gives them for le and la;
les is plural. For l', les and names without an article, where the article says nothing of the
gender, the United Nations' own list of country names does: the UN Protocol and Liaison Service's
"Country Names UNTERM2" table (UNTERM EFSRCA.xlsx) marks the French short name "[fém.]" or
"[masc.]" ("Bahamas (les) [fém.]", "Tuvalu (les) [masc.]", "Cuba [fém.]", "Angola (l') [masc.]"),
as the `datasets/country-codes` repository shipped it, column "UNTERM French Short", at its commit
4b783b0 (2020-10-15; later commits read a newer UN file without the marks). The UN's gender wins
there; it differs from the ending rule for 12 States: the plural island States Bahamas, Fidji and
Tonga (feminine: "les Bahamas ... devenues"), and the islands named without an article that the
rule made masculine (Antigua-et-Barbuda, Cuba, Kiribati, Madagascar, Nauru, Singapour, Sri Lanka,
Sao Tomé-et-Principe, Saint-Vincent-et-les Grenadines). Where the UN table gives no mark (Émirats
arabes unis, États-Unis, Pays-Bas, Palaos, Îles Cook, Îles Marshall, Îles Salomon, Iran, Niue,
Eswatini and the two names that begin with "État") the gender stays the ending rule's, and the file
lists them (gender_by_rule). The French government's list (Journal officiel, 24 September 2008,
"Recommandation concernant les noms d'États...") marks gender the same way; the stored copy
reachable here (https://vdoc.pub/documents/terminologie-pays-habitants-villes-4fpnvp2a3000) shows
only its first rows (Afghanistan (m.), Angola (m.), Antigua-et-Barbuda (f.): the same as the UN's),
so it is cited as agreeing where read, not used. Doubts, left as the UN table or the rule has them:
Tuvalu, "[masc.]" for the UN, is feminine plural for the IGN (as Wiktionary's entry notes); Palaos,
unmarked by the UN and masculine by the rule, is written with feminine agreement by Larousse's
encyclopedia ("les Palaos sont situées", larousse.fr/encyclopedie/pays/Palaos/136823).

Spanish: FundéuRAE's recommendation, after the Diccionario panhispánico de dudas: a name that
begins with a word for a kind of State or of political organisation (reino, república, países,
emiratos, estado, federación) takes the article ("el Reino Unido", "los Países Bajos", "la
República Dominicana"); others do not, "Estados Unidos" included (either form is correct, the
DPD says; hague uses it without, so that the verb stays singular).

Spanish gender (the participles and pronouns agree with the State: "Rusia ... en vigor para ella"):
the article gives it where there is one (el, los: masculine; la, las: feminine); a one-word name
without one follows the Diccionario panhispánico de dudas ("género2", 4): a name ending in an
unstressed -a is feminine (Rusia, Colombia, Ucrania), one ending in a stressed -á, another vowel or
a consonant usually masculine (Canadá, Perú, Burundi, Israel). The DPD's is a tendency with
exceptions, so hague records no gender where the ending says little: a one-word name ending in -s
(Filipinas, Bahamas, Comoras) and a name of several words without an article (Costa Rica, Arabia
Saudí, Corea del Sur: its first word decides, which the rule does not model); hague.i18n.agreement
then gives the masculine, as before.

Usage: python scripts/state_articles.py PATH/TO/teritorio/_data/country.json PATH/TO/country-codes.csv
(pip download --no-deps teritorio==2025.11.11; unzip the wheel. The CSV: git show
4b783b025f20754680389f7604a86f51d9de30c9:data/country-codes.csv in a clone of
https://github.com/datasets/country-codes.)
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "hague" / "i18n" / "articles.json"
TERITORIO = "teritorio 2025.11.11 (PyPI), teritorio/_data/country.json, column french_name"
UNTERM_COMMIT = "4b783b025f20754680389f7604a86f51d9de30c9"
#: The UN table's gender mark on a French short name.
UNTERM_MARK = re.compile(r"\[(fém|masc)\.\]")
ARTICLES = ("le", "la", "l'", "les")
#: Spanish: the first words of a name that take the article (FundéuRAE), and which.
ES_HEADS = {
    "reino": "el",
    "república": "la",
    "países": "los",
    "emiratos": "los",
    "estado": "el",
    "federación": "la",
    "confederación": "la",
}
SOURCES = {
    "iso": {
        "ref": "ISO 3166-1, French short names with their article in parentheses, as shipped by " + TERITORIO,
        "url": "https://github.com/spapanik/teritorio",
    },
    "unterm": {
        "ref": f"United Nations Protocol and Liaison Service, 'Country Names UNTERM2' (UNTERM EFSRCA.xlsx), French "
        f"short names marked [fém.] or [masc.], as shipped by datasets/country-codes at commit {UNTERM_COMMIT} "
        "(2020-10-15), data/country-codes.csv, column 'UNTERM French Short'",
        "url": "https://github.com/datasets/country-codes/blob/" + UNTERM_COMMIT + "/data/country-codes.csv",
        "original": "https://protocol.un.org/dgacm/pls/site.nsf/files/Country%20Names%20UNTERM2/$FILE/UNTERM%20EFSRCA.xlsx",
    },
    "fr_rule": {
        "ref": "French grammar: country names ending in a mute -e are feminine (la, l'), others masculine (le, "
        "l'); e.g. Académie française, 'Dire, ne pas dire', and the EU Interinstitutional Style Guide, Annex A5 "
        "(short name with article and gender M/F)",
        "url": "https://style-guide.europa.eu/o/opportal-service/isg?resource=fr%2Fannex-a5-list-countries-"
        "territories-currencies.html",
    },
    "es_gender_rule": {
        "ref": "Diccionario panhispánico de dudas (RAE), 'género2', 4: names of countries ending in an unstressed -a "
        "agree in the feminine; those ending in a stressed -a, another vowel or a consonant usually in the "
        "masculine (quoted by Fundéu Argentina after the Gramática de la lengua española)",
        "url": "https://fundeu.fiile.org.ar/page/recomendaciones/id/586/title/g%C3%A9nero-en-ciudades-y-pa%C3%ADses-",
    },
    "es_rule": {
        "ref": "FundéuRAE, after the Diccionario panhispánico de dudas: names beginning with a word for a kind of "
        "State or political organisation take the article (el Reino Unido, los Países Bajos, los Emiratos Árabes "
        "Unidos, la República Dominicana); Estados Unidos with or without",
        "url": "https://periodistas-es.com/toponimos-en-espanol-el-reino-unido-mejor-que-reino-unido-173378",
    },
}


def fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def vowel(text: str) -> bool:
    return fold(text)[:1] in "aeiouy"


def by_ending(name: str) -> str:
    """The article French grammar gives a name by its first word's ending."""
    word = re.split(r"[\s\-]", name)[0]
    if vowel(word):
        return "l'"
    return "la" if word.endswith("e") else "le"


def french_gender(name: str, article: str) -> tuple[str, str]:
    """("m" or "f", "sg" or "pl"): the article says it for le and la; for l', les and none, the
    first word's ending (a plural's without its -s), as by_ending."""
    if article in ("le", "la"):
        return ("m" if article == "le" else "f"), "sg"
    word = re.split(r"[\s\-]", name)[0]
    number = "pl" if article == "les" else "sg"
    if number == "pl" and word.endswith("s"):
        word = word[:-1]
    return ("f" if word.endswith("e") else "m"), number


def un_gender(unterm: str | None) -> str | None:
    """The gender, "f" or "m", where the UN table marks the French short name "[fém.]" or "[masc.]", else None."""
    m = UNTERM_MARK.search(unterm or "")
    return None if m is None else ("f" if m.group(1) == "fém" else "m")


def french(cldr: str, iso: str | None) -> tuple[str, str, str]:
    """(article, basis, ISO's name) for CLDR's French name."""
    if iso is None:
        return by_ending(cldr), "fr_rule", ""
    m = re.fullmatch(r"(.*?)\s*\((.*)\)", iso)
    base, par = (m.group(1), m.group(2)) if m else (iso, None)
    same = fold(base)[:3] == fold(cldr)[:3]
    if par is None:
        if same:
            return "", "iso", iso
        return by_ending(cldr), "fr_rule", iso
    low = fold(par)
    if same and low in ARTICLES:
        return low, "iso", iso
    if low.startswith(("les iles", "les îles")) and fold(cldr).startswith("iles"):
        return "les", "iso", iso
    words = par.split()
    if len(words) == 2 and fold(words[0]) in ARTICLES and fold(cldr).startswith(fold(words[1])):
        return fold(words[0]), "iso", iso  # "dominicaine (la République)": la République dominicaine
    if same:
        last = fold(words[-1])
        if last == "du":
            return ("l'" if vowel(cldr) else "le"), "iso", iso
        if last == "des":
            return "les", "iso", iso
        if last.endswith("d'"):
            return "l'", "iso", iso
    return by_ending(cldr), "fr_rule", iso


def main(path: str, unterm_csv: str) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from hague.ledger.names import local_name

    iso_names = {code: row["french_name"] for code, row in json.loads(Path(path).read_text("utf-8")).items()}
    with open(unterm_csv, encoding="utf-8", newline="") as f:
        unterm = {row["ISO3166-1-Alpha-3"]: row["UNTERM French Short"] for row in csv.DictReader(f)}
    codes = sorted(p.stem.upper() for p in (ROOT / "data" / "states").glob("*.yaml"))
    fr: dict[str, Any] = {}
    es: dict[str, Any] = {}
    differ = []
    un_differs, by_rule = [], []
    for code in codes:
        name = local_name(code, "fr")
        article, basis, iso = french(name, iso_names.get(code))
        gender, number = french_gender(name, article)
        gender_basis = basis if article in ("le", "la") else "fr_rule"
        un = un_gender(unterm.get(code))
        if article in ("le", "la"):
            if un is not None and un != gender:
                raise SystemExit(f"{code}: the UN table's gender ({un}) contradicts the article {article!r}")
        elif un is not None:
            if un != gender:
                un_differs.append(f"{name} ({un})")
            gender, gender_basis = un, "unterm"
        else:
            by_rule.append(name)
        fr[code] = {
            "name": name,
            "article": article,
            "basis": basis,
            "gender": gender,
            "number": number,
            "gender_basis": gender_basis,
            **({"iso": iso} if iso else {}),
            **({"unterm": unterm[code].strip()} if gender_basis == "unterm" else {}),
        }
        if basis == "iso" and article and by_ending(name) != article:
            differ.append(f"{name} ({article})")
        es_name = local_name(code, "es")
        es_article = _es_article(es_name)
        es[code] = {"name": es_name, "article": es_article, "number": "pl" if es_article in ("los", "las") else "sg"}
        es[code] |= _es_gender(es_name, es_article)
    out = {
        "about": "The article each State's CLDR name takes (hague.i18n.article), written by scripts/state_articles.py "
        "from the sources below; 'basis' names the source of each French article. Do not edit by hand: rerun the "
        "script.",
        "sources": SOURCES,
        "fr_rule_differs_from_iso": differ,
        "unterm_gender_differs_from_rule": un_differs,
        "gender_by_rule": by_rule,
        "fr": fr,
        "es": es,
    }
    TARGET.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{len(fr)} States; French from ISO {sum(v['basis'] == 'iso' for v in fr.values())}, by rule "
        f"{sum(v['basis'] == 'fr_rule' for v in fr.values())}; the rule differs from ISO for {len(differ)}: {differ}; "
        f"gender from the UN table {sum(v['gender_basis'] == 'unterm' for v in fr.values())}, where it differs from "
        f"the rule {len(un_differs)}: {un_differs}; l', les or no article and no UN mark, by rule {len(by_rule)}: "
        f"{by_rule}"
    )
    return 0


def _es_gender(name: str, article: str) -> dict[str, str]:
    """The gender of a Spanish name, and its basis (the module's docstring); none where the rule says little."""
    if article:
        return {"gender": "f" if article in ("la", "las") else "m", "gender_basis": "es_rule"}
    if " " in name or name.endswith("s"):
        return {}
    return {"gender": "f" if name.endswith("a") else "m", "gender_basis": "es_gender_rule"}


def _es_article(name: str) -> str:
    return ES_HEADS.get(name.split()[0].casefold(), "") if name else ""


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
