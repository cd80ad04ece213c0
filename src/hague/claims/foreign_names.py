"""Where a French, Spanish, Portuguese or Russian text names a State: CLDR's territory names (through
Babel, never typed here), the forms news uses that CLDR lacks (short forms, abbreviations, capitals
standing for the government, adjectives of nationality) and groups of States ("pays africains").

The hand-kept forms are ordinary words of each language, listed in `EXTRA`, `DEMONYMS` and
`METONYMS`; each resolves to an ISO3 code that hague.ledger.names holds (a test checks it). Russian
declines its nouns and adjectives: a name's words are matched by their stem and a short ending
("Россия", "России", "Россией"), which is how CLDR's nominative forms serve every case.

Matching is linear: every place a word starts is looked up by its first two letters (folded), and
only the few forms that begin so are tried there.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from hague.claims.mentions import Mention
from hague.ledger import names

LANGS = ("fr", "es", "pt", "ru")

# Short forms and variants news uses beside CLDR's name (CLDR gives one name per territory).
EXTRA: dict[str, dict[str, str]] = {
    "fr": {
        "Etats-Unis": "USA",
        "États-Unis d'Amérique": "USA",
        "USA": "USA",
        "Amérique": "USA",
        "Russie": "RUS",
        "Fédération de Russie": "RUS",
        "Royaume-Uni": "GBR",
        "Grande-Bretagne": "GBR",
        "RDC": "COD",
        "RD Congo": "COD",
        "Congo": "COD",
        "République démocratique du Congo": "COD",
        "Centrafrique": "CAF",
        "Côte d'Ivoire": "CIV",
        "Birmanie": "MMR",
        "Palestine": "PSE",
        "État de Palestine": "PSE",
        "Etat de Palestine": "PSE",
        "Territoires palestiniens": "PSE",
        "Territoires palestiniens occupés": "PSE",
        "Vietnam": "VNM",
        "Corée du Sud": "KOR",
        "Tchéquie": "CZE",
        "République tchèque": "CZE",
        "Pays-Bas": "NLD",
        "Hollande": "NLD",
        "Gambie": "GMB",
        "Timor-Leste": "TLS",
        "Macédoine": "MKD",
        "Cap-Vert": "CPV",
        "Vatican": "VAT",
        "Saint-Siège": "VAT",
    },
    "es": {
        "EE.UU.": "USA",
        "EE. UU.": "USA",
        "EE UU": "USA",
        "EEUU": "USA",
        "EUA": "USA",
        "Estados Unidos de América": "USA",
        "Rusia": "RUS",
        "Federación de Rusia": "RUS",
        "Federación Rusa": "RUS",
        "Gran Bretaña": "GBR",
        "RDC": "COD",
        "Congo": "COD",
        "República Democrática del Congo": "COD",
        "Costa de Marfil": "CIV",
        "Birmania": "MMR",
        "Palestina": "PSE",
        "Estado de Palestina": "PSE",
        "Territorios Palestinos": "PSE",
        "Territorios palestinos": "PSE",
        "Holanda": "NLD",
        "Arabia Saudita": "SAU",
        "Kenia": "KEN",
        "Malí": "MLI",
        "Mali": "MLI",
        "Níger": "NER",
        "Sudáfrica": "ZAF",
        "República Checa": "CZE",
        "Vaticano": "VAT",
        "Santa Sede": "VAT",
    },
    "pt": {
        "EUA": "USA",
        "Estados Unidos da América": "USA",
        "Rússia": "RUS",
        "Federação Russa": "RUS",
        "Federação da Rússia": "RUS",
        "Grã-Bretanha": "GBR",
        "RDC": "COD",
        "República Democrática do Congo": "COD",
        "Congo": "COD",
        "Palestina": "PSE",
        "Estado da Palestina": "PSE",
        "Holanda": "NLD",
        "Birmânia": "MMR",
        "Burkina Faso": "BFA",
        "Quênia": "KEN",
        "Quénia": "KEN",
        "Ucrânia": "UKR",
        "Vaticano": "VAT",
        "Santa Sé": "VAT",
    },
    "ru": {
        "РФ": "RUS",
        "Российская Федерация": "RUS",
        "США": "USA",
        "Соединенные Штаты Америки": "USA",
        "Соединённые Штаты": "USA",
        "Америка": "USA",
        "ЮАР": "ZAF",
        "Великобритания": "GBR",
        "ДРК": "COD",
        "ДР Конго": "COD",
        "Демократическая Республика Конго": "COD",
        "Конго": "COD",
        "ЦАР": "CAF",
        "Кот-д’Ивуар": "CIV",
        "Кот-д'Ивуар": "CIV",
        "Палестина": "PSE",
        "Государство Палестина": "PSE",
        "Бирма": "MMR",
        "Нидерланды": "NLD",
        "Голландия": "NLD",
        "Молдавия": "MDA",
        "Киргизия": "KGZ",
        "Белоруссия": "BLR",
        "Ватикан": "VAT",
    },
}

# Places inside a State that name a situation ("les crimes commis au Darfour"): places, never the
# State acting.
REGIONS: dict[str, dict[str, str]] = {
    "fr": {
        "Darfour": "SDN",
        "Gaza": "PSE",
        "Cisjordanie": "PSE",
        "Jérusalem-Est": "PSE",
        "Crimée": "UKR",
        "Donbass": "UKR",
        "Ossétie du Sud": "GEO",
        "Abkhazie": "GEO",
        "Ituri": "COD",
        "Kivu": "COD",
        "Nord-Kivu": "COD",
        "Rakhine": "MMR",
        "Mindanao": "PHL",
    },
    "es": {
        "Darfur": "SDN",
        "Gaza": "PSE",
        "Cisjordania": "PSE",
        "Crimea": "UKR",
        "Donbás": "UKR",
        "Osetia del Sur": "GEO",
        "Abjasia": "GEO",
        "Ituri": "COD",
        "Kivu": "COD",
        "Rakhine": "MMR",
        "Mindanao": "PHL",
    },
    "pt": {
        "Darfur": "SDN",
        "Gaza": "PSE",
        "Cisjordânia": "PSE",
        "Crimeia": "UKR",
        "Donbass": "UKR",
        "Ossétia do Sul": "GEO",
        "Ituri": "COD",
        "Kivu": "COD",
        "Rakhine": "MMR",
    },
    "ru": {
        "Дарфур": "SDN",
        "Сектор Газа": "PSE",
        "Газа": "PSE",
        "Западный берег": "PSE",
        "Крым": "UKR",
        "Донбасс": "UKR",
        "Южная Осетия": "GEO",
        "Абхазия": "GEO",
        "Итури": "COD",
        "Ракхайн": "MMR",
    },
}

# Capitals and seats of government standing for the State ("Manille a annoncé", "Москва").
METONYMS: dict[str, dict[str, str]] = {
    "fr": {
        "Kinshasa": "COD",
        "Bangui": "CAF",
        "Khartoum": "SDN",
        "Tripoli": "LBY",
        "Abidjan": "CIV",
        "Bamako": "MLI",
        "Ouagadougou": "BFA",
        "Niamey": "NER",
        "Nairobi": "KEN",
        "Kaboul": "AFG",
        "Tbilissi": "GEO",
        "Kuala Lumpur": "MYS",
        "Tokyo": "JPN",
        "Ottawa": "CAN",
        "Bogota": "COL",
        "Dacca": "BGD",
        "Oulan-Bator": "MNG",
        "Douchanbé": "TJK",
        "Washington": "USA",
        "Moscou": "RUS",
        "le Kremlin": "RUS",
        "Manille": "PHL",
        "Pretoria": "ZAF",
        "Bujumbura": "BDI",
        "Banjul": "GMB",
        "Budapest": "HUN",
        "Kiev": "UKR",
        "Kyiv": "UKR",
        "Caracas": "VEN",
        "Ramallah": "PSE",
        "Tel-Aviv": "ISR",
        "Pékin": "CHN",
        "Erevan": "ARM",
    },
    "es": {
        "Kinsasa": "COD",
        "Bangui": "CAF",
        "Jartum": "SDN",
        "Trípoli": "LBY",
        "Abiyán": "CIV",
        "Bamako": "MLI",
        "Uagadugú": "BFA",
        "Niamey": "NER",
        "Nairobi": "KEN",
        "Kabul": "AFG",
        "Tiflis": "GEO",
        "Kuala Lumpur": "MYS",
        "Tokio": "JPN",
        "Ottawa": "CAN",
        "Bogotá": "COL",
        "Brasilia": "BRA",
        "Buenos Aires": "ARG",
        "Ulán Bator": "MNG",
        "Dusambé": "TJK",
        "Washington": "USA",
        "Moscú": "RUS",
        "el Kremlin": "RUS",
        "Manila": "PHL",
        "Pretoria": "ZAF",
        "Buyumbura": "BDI",
        "Bujumbura": "BDI",
        "Banjul": "GMB",
        "Budapest": "HUN",
        "Kiev": "UKR",
        "Caracas": "VEN",
        "Pekín": "CHN",
        "Ereván": "ARM",
    },
    "pt": {
        "Kinshasa": "COD",
        "Bangui": "CAF",
        "Cartum": "SDN",
        "Trípoli": "LBY",
        "Abidjan": "CIV",
        "Bamako": "MLI",
        "Nairóbi": "KEN",
        "Cabul": "AFG",
        "Tbilisi": "GEO",
        "Kuala Lumpur": "MYS",
        "Tóquio": "JPN",
        "Otava": "CAN",
        "Bogotá": "COL",
        "Buenos Aires": "ARG",
        "Ulan Bator": "MNG",
        "Washington": "USA",
        "Moscou": "RUS",
        "Moscovo": "RUS",
        "o Kremlin": "RUS",
        "Manila": "PHL",
        "Pretória": "ZAF",
        "Budapeste": "HUN",
        "Kiev": "UKR",
        "Caracas": "VEN",
        "Brasília": "BRA",
        "Pequim": "CHN",
    },
    "ru": {
        "Киншаса": "COD",
        "Хартум": "SDN",
        "Триполи": "LBY",
        "Бамако": "MLI",
        "Найроби": "KEN",
        "Кабул": "AFG",
        "Тбилиси": "GEO",
        "Токио": "JPN",
        "Оттава": "CAN",
        "Богота": "COL",
        "Улан-Батор": "MNG",
        "Минск": "BLR",
        "Вашингтон": "USA",
        "Москва": "RUS",
        "Кремль": "RUS",
        "Манила": "PHL",
        "Претория": "ZAF",
        "Будапешт": "HUN",
        "Киев": "UKR",
        "Каракас": "VEN",
        "Ереван": "ARM",
        "Пекин": "CHN",
        "Душанбе": "TJK",
    },
}

# Heads of State or government whom news names for their State's acts ("le président Adama Barrow a
# révoqué"), by surname as the press of each language writes it. Each held office when the acts of
# the corpus were reported; a surname names its State whatever the day (a known simplification).
LEADERS: dict[str, dict[str, str]] = {
    "fr": {
        "Trump": "USA",
        "Biden": "USA",
        "Obama": "USA",
        "Bush": "USA",
        "Marcos": "PHL",
        "Kenyatta": "KEN",
        "Ruto": "KEN",
        "Museveni": "UGA",
        "Béchir": "SDN",
        "el-Béchir": "SDN",
        "Kadhafi": "LBY",
        "Gbagbo": "CIV",
        "Ouattara": "CIV",
        "Kagame": "RWA",
        "Erdogan": "TUR",
        "Loukachenko": "BLR",
        "Medvedev": "RUS",
        "Lavrov": "RUS",
        "Zakharova": "RUS",
        "Mandela": "ZAF",
        "Ramaphosa": "ZAF",
        "Abbas": "PSE",
        "Poutine": "RUS",
        "Duterte": "PHL",
        "Nkurunziza": "BDI",
        "Jammeh": "GMB",
        "Barrow": "GMB",
        "Zuma": "ZAF",
        "Maduro": "VEN",
        "Orbán": "HUN",
        "Orban": "HUN",
        "Clinton": "USA",
        "Nétanyahou": "ISR",
        "Netanyahou": "ISR",
        "Zelensky": "UKR",
    },
    "es": {
        "Trump": "USA",
        "Biden": "USA",
        "Obama": "USA",
        "Bush": "USA",
        "Marcos": "PHL",
        "Kenyatta": "KEN",
        "Ruto": "KEN",
        "Museveni": "UGA",
        "Bashir": "SDN",
        "al Bashir": "SDN",
        "Gadafi": "LBY",
        "Gbagbo": "CIV",
        "Kagame": "RWA",
        "Erdogan": "TUR",
        "Lukashenko": "BLR",
        "Medvédev": "RUS",
        "Lavrov": "RUS",
        "Zajárova": "RUS",
        "Mandela": "ZAF",
        "Ramaphosa": "ZAF",
        "Abbas": "PSE",
        "Chávez": "VEN",
        "Petro": "COL",
        "Santos": "COL",
        "Uribe": "COL",
        "Bukele": "SLV",
        "Milei": "ARG",
        "Boric": "CHL",
        "Putin": "RUS",
        "Duterte": "PHL",
        "Nkurunziza": "BDI",
        "Jammeh": "GMB",
        "Barrow": "GMB",
        "Zuma": "ZAF",
        "Maduro": "VEN",
        "Orbán": "HUN",
        "Clinton": "USA",
        "Netanyahu": "ISR",
        "Zelenski": "UKR",
    },
    "pt": {
        "Trump": "USA",
        "Biden": "USA",
        "Obama": "USA",
        "Bush": "USA",
        "Lula": "BRA",
        "Bolsonaro": "BRA",
        "Cardoso": "BRA",
        "Marcos": "PHL",
        "Kenyatta": "KEN",
        "Bashir": "SDN",
        "Kadafi": "LBY",
        "Gbagbo": "CIV",
        "Erdogan": "TUR",
        "Lavrov": "RUS",
        "Mandela": "ZAF",
        "Ramaphosa": "ZAF",
        "Abbas": "PSE",
        "Chávez": "VEN",
        "Lukashenko": "BLR",
        "Putin": "RUS",
        "Duterte": "PHL",
        "Nkurunziza": "BDI",
        "Zuma": "ZAF",
        "Maduro": "VEN",
        "Orbán": "HUN",
        "Netanyahu": "ISR",
        "Zelensky": "UKR",
    },
    "ru": {
        "Трамп": "USA",
        "Байден": "USA",
        "Обама": "USA",
        "Буш": "USA",
        "Медведев": "RUS",
        "Лавров": "RUS",
        "Захарова": "RUS",
        "Песков": "RUS",
        "Лукашенко": "BLR",
        "Эрдоган": "TUR",
        "Башир": "SDN",
        "Каддафи": "LBY",
        "Рамафоса": "ZAF",
        "Аббас": "PSE",
        "Пашинян": "ARM",
        "Токаев": "KAZ",
        "Рахмон": "TJK",
        "Львова-Белова": "RUS",
        "Галлант": "ISR",
        "Путин": "RUS",
        "Дутерте": "PHL",
        "Нкурунзиза": "BDI",
        "Мадуро": "VEN",
        "Орбан": "HUN",
        "Нетаньяху": "ISR",
        "Зеленский": "UKR",
        "Хачатурян": "ARM",
    },
}
# The registry's spelling (English) of a surname the press of a language writes otherwise, for warrants.
PERSON_FORMS: dict[str, dict[str, str]] = {
    "fr": {
        "Poutine": "Putin",
        "Nétanyahou": "Netanyahu",
        "Netanyahou": "Netanyahu",
        "el-Béchir": "Bashir",
        "Béchir": "Bashir",
        "Kadhafi": "Gaddafi",
    },
    "es": {
        "Putin": "Putin",
        "Netanyahu": "Netanyahu",
        "Duterte": "Duterte",
        "al Bashir": "Bashir",
        "Gadafi": "Gaddafi",
    },
    "pt": {"Putin": "Putin", "Netanyahu": "Netanyahu", "Duterte": "Duterte", "Kadafi": "Gaddafi"},
    "ru": {
        "Путин": "Putin",
        "Нетаньяху": "Netanyahu",
        "Дутерте": "Duterte",
        "Львова-Белова": "Lvova-Belova",
        "Башир": "Bashir",
        "Каддафи": "Gaddafi",
        "Галлант": "Gallant",
    },
}

# Adjectives of nationality (lower case in these languages), as stems: "le président russe", "el
# gobierno burkinés", "российские власти". The endings a stem takes are matched by `_ENDING`.
DEMONYMS: dict[str, dict[str, str]] = {
    "fr": {
        "nigérian": "NGA",
        "guinéen": "GIN",
        "irakien": "IRQ",
        "syrien": "SYR",
        "japonais": "JPN",
        "néerlandais": "NLD",
        "belge": "BEL",
        "italien": "ITA",
        "espagnol": "ESP",
        "polonais": "POL",
        "mexicain": "MEX",
        "argentin": "ARG",
        "chilien": "CHL",
        "péruvien": "PER",
        "bolivien": "BOL",
        "canadien": "CAN",
        "iranien": "IRN",
        "turc": "TUR",
        "tchadien": "TCD",
        "bangladais": "BGD",
        "birman": "MMR",
        "biélorusse": "BLR",
        "sénégalais": "SEN",
        "rwandais": "RWA",
        "tanzanien": "TZA",
        "namibien": "NAM",
        "kenyan": "KEN",
        "jordanien": "JOR",
        "égyptien": "EGY",
        "saoudien": "SAU",
        "suisse": "CHE",
        "azerbaïdjanais": "AZE",
        "mexicaine": "MEX",
        "turque": "TUR",
        "russe": "RUS",
        "américain": "USA",
        "burundais": "BDI",
        "philippin": "PHL",
        "israélien": "ISR",
        "palestinien": "PSE",
        "ukrainien": "UKR",
        "sud-africain": "ZAF",
        "gambien": "GMB",
        "hongrois": "HUN",
        "vénézuélien": "VEN",
        "burkinabè": "BFA",
        "malien": "MLI",
        "nigérien": "NER",
        "géorgien": "GEO",
        "afghan": "AFG",
        "soudanais": "SDN",
        "kényan": "KEN",
        "libyen": "LBY",
        "ivoirien": "CIV",
        "centrafricain": "CAF",
        "congolais": "COD",
        "ougandais": "UGA",
        "chinois": "CHN",
        "indien": "IND",
        "arménien": "ARM",
        "malaisien": "MYS",
        "tadjik": "TJK",
        "mongol": "MNG",
        "brésilien": "BRA",
        "colombien": "COL",
        "français": "FRA",
        "allemand": "DEU",
        "britannique": "GBR",
    },
    "es": {
        "nigeriano": "NGA",
        "guineano": "GIN",
        "iraquí": "IRQ",
        "sirio": "SYR",
        "japonés": "JPN",
        "japonesa": "JPN",
        "neerlandés": "NLD",
        "holandés": "NLD",
        "belga": "BEL",
        "italiano": "ITA",
        "español": "ESP",
        "española": "ESP",
        "polaco": "POL",
        "mexicano": "MEX",
        "boliviano": "BOL",
        "iraní": "IRN",
        "turco": "TUR",
        "chadiano": "TCD",
        "birmano": "MMR",
        "bielorruso": "BLR",
        "senegalés": "SEN",
        "ruandés": "RWA",
        "namibio": "NAM",
        "jordano": "JOR",
        "egipcio": "EGY",
        "saudí": "SAU",
        "británico": "GBR",
        "francés": "FRA",
        "francesa": "FRA",
        "alemán": "DEU",
        "alemana": "DEU",
        "keniata": "KEN",
        "suizo": "CHE",
        "tayiko": "TJK",
        "ruso": "RUS",
        "rusa": "RUS",
        "estadounidense": "USA",
        "norteamericano": "USA",
        "burundés": "BDI",
        "burundesa": "BDI",
        "filipino": "PHL",
        "filipina": "PHL",
        "israelí": "ISR",
        "palestino": "PSE",
        "palestina": "PSE",
        "ucraniano": "UKR",
        "ucraniana": "UKR",
        "sudafricano": "ZAF",
        "sudafricana": "ZAF",
        "gambiano": "GMB",
        "húngaro": "HUN",
        "húngara": "HUN",
        "venezolano": "VEN",
        "venezolana": "VEN",
        "burkinés": "BFA",
        "maliense": "MLI",
        "nigerino": "NER",
        "georgiano": "GEO",
        "afgano": "AFG",
        "sudanés": "SDN",
        "keniano": "KEN",
        "libio": "LBY",
        "marfileño": "CIV",
        "centroafricano": "CAF",
        "congoleño": "COD",
        "ugandés": "UGA",
        "chino": "CHN",
        "china": "CHN",
        "indio": "IND",
        "armenio": "ARM",
        "malasio": "MYS",
        "mongol": "MNG",
        "brasileño": "BRA",
        "colombiano": "COL",
        "colombiana": "COL",
        "argentino": "ARG",
        "chileno": "CHL",
        "peruano": "PER",
        "canadiense": "CAN",
        "paraguayo": "PRY",
    },
    "pt": {
        "nigeriano": "NGA",
        "japonês": "JPN",
        "japonesa": "JPN",
        "alemão": "DEU",
        "alemã": "DEU",
        "francês": "FRA",
        "francesa": "FRA",
        "britânico": "GBR",
        "colombiano": "COL",
        "argentino": "ARG",
        "chileno": "CHL",
        "peruano": "PER",
        "canadense": "CAN",
        "canadiano": "CAN",
        "mexicano": "MEX",
        "boliviano": "BOL",
        "iraniano": "IRN",
        "turco": "TUR",
        "polonês": "POL",
        "espanhol": "ESP",
        "italiano": "ITA",
        "holandês": "NLD",
        "belga": "BEL",
        "queniano": "KEN",
        "ugandense": "UGA",
        "líbio": "LBY",
        "marfinense": "CIV",
        "maliano": "MLI",
        "congolês": "COD",
        "centro-africano": "CAF",
        "burundês": "BDI",
        "gambiano": "GMB",
        "armênio": "ARM",
        "arménio": "ARM",
        "tajique": "TJK",
        "suíço": "CHE",
        "sírio": "SYR",
        "iraquiano": "IRQ",
        "russo": "RUS",
        "russa": "RUS",
        "americano": "USA",
        "norte-americano": "USA",
        "estadunidense": "USA",
        "burundiano": "BDI",
        "filipino": "PHL",
        "israelense": "ISR",
        "israelita": "ISR",
        "palestino": "PSE",
        "ucraniano": "UKR",
        "sul-africano": "ZAF",
        "húngaro": "HUN",
        "venezuelano": "VEN",
        "brasileiro": "BRA",
        "brasileira": "BRA",
        "chinês": "CHN",
        "português": "PRT",
        "portuguesa": "PRT",
        "indiano": "IND",
        "georgiano": "GEO",
        "afegão": "AFG",
        "sudanês": "SDN",
        "mongol": "MNG",
    },
    "ru": {
        "японск": "JPN",
        "германск": "DEU",
        "немецк": "DEU",
        "французск": "FRA",
        "британск": "GBR",
        "колумбийск": "COL",
        "аргентинск": "ARG",
        "чилийск": "CHL",
        "перуанск": "PER",
        "канадск": "CAN",
        "мексиканск": "MEX",
        "иранск": "IRN",
        "турецк": "TUR",
        "польск": "POL",
        "испанск": "ESP",
        "итальянск": "ITA",
        "нидерландск": "NLD",
        "голландск": "NLD",
        "бельгийск": "BEL",
        "кенийск": "KEN",
        "угандийск": "UGA",
        "ливийск": "LBY",
        "малийск": "MLI",
        "конголезск": "COD",
        "центральноафриканск": "CAF",
        "сирийск": "SYR",
        "иракск": "IRQ",
        "нигерийск": "NGA",
        "белорусск": "BLR",
        "азербайджанск": "AZE",
        "казахстанск": "KAZ",
        "молдавск": "MDA",
        "эстонск": "EST",
        "латвийск": "LVA",
        "литовск": "LTU",
        "российск": "RUS",
        "русск": "RUS",
        "американск": "USA",
        "бурундийск": "BDI",
        "филиппинск": "PHL",
        "израильск": "ISR",
        "палестинск": "PSE",
        "украинск": "UKR",
        "южноафриканск": "ZAF",
        "гамбийск": "GMB",
        "венгерск": "HUN",
        "венесуэльск": "VEN",
        "армянск": "ARM",
        "грузинск": "GEO",
        "афганск": "AFG",
        "суданск": "SDN",
        "китайск": "CHN",
        "индийск": "IND",
        "таджикск": "TJK",
        "монгольск": "MNG",
        "бразильск": "BRA",
        "швейцарск": "CHE",
    },
}

# Regional groups by the words news uses ("34 pays africains", "varios países de África").
GROUP_WORDS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (r"(?:pays|États|Etats|nations)\s+(?:d['’]Afrique|africains)", "African States"),
        (r"(?:pays|États|Etats|nations)\s+(?:d['’]Asie|asiatiques)", "Asia-Pacific States"),
        (
            r"(?:pays|États|Etats|nations)\s+(?:d['’]Amérique\s+latine|latino-américains)",
            "Latin American and Caribbean States",
        ),
    ],
    "es": [
        (r"(?:países|estados|Estados|naciones)\s+(?:de\s+África|africanos|africanas)", "African States"),
        (r"(?:países|estados|Estados|naciones)\s+(?:de\s+Asia|asiáticos)", "Asia-Pacific States"),
        (
            r"(?:países|estados|Estados|naciones)\s+(?:de\s+América\s+Latina|latinoamericanos)",
            "Latin American and Caribbean States",
        ),
    ],
    "pt": [
        (r"(?:países|estados|Estados|nações)\s+(?:da\s+África|de\s+África|africanos)", "African States"),
        (r"(?:países|estados|Estados|nações)\s+(?:da\s+Ásia|asiáticos)", "Asia-Pacific States"),
        (
            r"(?:países|estados|Estados|nações)\s+(?:da\s+América\s+Latina|latino-americanos)",
            "Latin American and Caribbean States",
        ),
    ],
    "ru": [
        (r"(?:африканск\w*\s+(?:стран|государств)\w*|(?:стран|государств)\w*\s+Африки)", "African States"),
        (r"(?:азиатск\w*\s+(?:стран|государств)\w*)", "Asia-Pacific States"),
        (r"(?:латиноамериканск\w*\s+(?:стран|государств)\w*)", "Latin American and Caribbean States"),
    ],
}
# A quantifier before a group: how many members it asks for at least.
QUANTIFIERS: dict[str, dict[str, int]] = {
    "fr": {"plusieurs": 3, "quelques": 2, "des": 2, "de nombreux": 5, "trois": 3, "deux": 2, "certains": 2},
    "es": {"varios": 3, "varias": 3, "algunos": 2, "muchos": 5, "tres": 3, "dos": 2},
    "pt": {"vários": 3, "várias": 3, "alguns": 2, "muitos": 5, "três": 3, "dois": 2},
    "ru": {"несколько": 3, "многие": 5, "три": 3, "две": 2, "два": 2},
}
_ENDING = {
    "fr": r"(?:e|s|es|ne|nes|nne|nnes)?",
    "es": r"(?:s|es|a|as|os)?",
    "pt": r"(?:s|es|a|as|os)?",
    "ru": r"[а-яё]{0,4}",
}
# Names that hold a State's name but are not that State.
NOT_STATES: dict[str, list[str]] = {
    "fr": ["Amérique latine", "Amérique du Sud", "Amérique du Nord", "Amérique centrale", "Afrique de l'Ouest"],
    "es": ["América Latina", "América del Sur", "América del Norte", "África Occidental", "Estado Islámico"],
    "pt": ["América Latina", "América do Sul", "América do Norte", "África Ocidental"],
    "ru": ["Латинская Америка", "Южная Америка", "Северная Америка"],
}
#: CLDR's regional variants read too, after the language's own names: Portugal's spelling in Portuguese
#: ("Tajiquistão", "Irão", "Quénia"), Latin America's in Spanish ("Rumania"), Canada's in French ("Nigéria").
VARIANTS: dict[str, tuple[str, ...]] = {"fr": ("fr_CA",), "es": ("es_419", "es_MX"), "pt": ("pt_PT",), "ru": ()}
#: Variant names that are as often something else: "Salvador" (pt_PT's El Salvador) is a Brazilian city.
NOT_VARIANTS = {"Salvador"}


def fold(text: str) -> str:
    """Lower case without accents: the look-up key of a form."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Form:
    regex: re.Pattern[str]
    iso3: str | None
    via: str


_RU_SUFFIX = re.compile(r"(?:ая|ий|ый|ое|ие|ые|ой|[аяоеиыйьую])$")


def _ru_pattern(form: str) -> str:
    """A Russian name as stems with short endings: "Соединенные Штаты" matches "Соединенных Штатов"."""
    parts = []
    for word in re.split(r"(\s+|-|—)", form):
        if not word or word.isspace() or word in ("-", "—"):
            parts.append(r"\s+" if word.isspace() else re.escape(word))
        elif len(word) > 3 and not word.isupper():
            parts.append(re.escape(_RU_SUFFIX.sub("", word)) + r"[а-яё]{0,3}")
        else:
            parts.append(re.escape(word))
    return "".join(parts)


def _literal(form: str, lang: str) -> str:
    if lang == "ru":
        return _ru_pattern(form)
    return r"\s+".join(re.escape(w) for w in form.split())


@cache
def surfaces(lang: str) -> dict[str, tuple[str | None, str]]:
    """Every name form of `lang` -> (iso3, how it names the State); None for a name that is no State."""
    from babel import Locale

    territories = Locale.parse(lang).territories
    out: dict[str, tuple[str | None, str]] = {}
    for iso3 in names.all_states():
        local = territories.get(names.alpha2(iso3))
        if local:
            out[local] = (iso3, "name")
            bare = re.sub(r"\s*\([^)]*\)", "", local)
            out.setdefault(bare, (iso3, "name"))
            for inner in re.findall(r"\(([^)]+)\)", local):
                out.setdefault(inner, (iso3, "name"))
    for variant in VARIANTS[lang]:
        other = Locale.parse(variant).territories
        for iso3 in names.all_states():
            local = other.get(names.alpha2(iso3))
            if local and local not in NOT_VARIANTS:
                out.setdefault(local, (iso3, "name"))
                for inner in re.findall(r"\(([^)]+)\)", local):
                    out.setdefault(inner, (iso3, "name"))
                out.setdefault(re.sub(r"\s*\([^)]*\)", "", local), (iso3, "name"))
    for form, iso3 in EXTRA[lang].items():
        out[form] = (iso3, "name")
    for form in NOT_STATES[lang]:
        out[form] = (None, "name")
    for form, iso3 in METONYMS[lang].items():
        out.setdefault(form, (iso3, "metonym"))
    for form, iso3 in LEADERS[lang].items():
        out.setdefault(form, (iso3, "leader"))
    for form, iso3 in REGIONS[lang].items():
        out.setdefault(form, (iso3, "region"))
    return out


@cache
def _index(lang: str) -> dict[str, list[_Form]]:
    out: dict[str, list[_Form]] = {}
    entries: list[tuple[str, str, str | None, str]] = []
    for form, (iso3, via) in surfaces(lang).items():
        variants = {form, "".join(c for c in unicodedata.normalize("NFD", form) if not unicodedata.combining(c))}
        if lang == "fr":
            variants |= {v.replace("É", "E") for v in variants}
        for v in variants:
            entries.append((v, _literal(v, lang) + r"(?![\w])", iso3, via))
    for stem, iso3 in DEMONYMS[lang].items():
        entries.append((stem, re.escape(stem) + _ENDING[lang] + r"(?![\w])", iso3, "demonym"))
    entries.sort(key=lambda e: len(e[0]), reverse=True)
    for text, rx, iso3, via in entries:
        flags = re.IGNORECASE if via == "demonym" else 0
        out.setdefault(fold(text)[:2], []).append(_Form(re.compile(rx, flags), iso3, via))
    return out


@cache
def _groups(lang: str) -> re.Pattern[str]:
    quant = "|".join(sorted(map(re.escape, QUANTIFIERS[lang]), key=len, reverse=True))
    alts = "|".join(f"(?P<g{i}>{rx})" for i, (rx, _) in enumerate(GROUP_WORDS[lang]))
    return re.compile(rf"(?:(?P<q>{quant}|\d{{1,3}})\s+)?(?:{alts})(?![\w])", re.IGNORECASE)


_WORD_START = re.compile(r"(?<![\w])\w")


def find(text: str, lang: str, offset: int = 0) -> list[Mention]:
    """Every State or group of States named in `text` (a text in `lang`), in order, without overlaps."""
    index = _index(lang)
    found: list[Mention] = []
    for m in _groups(lang).finditer(text):
        name = next(GROUP_WORDS[lang][int(k[1:])][1] for k, v in m.groupdict().items() if k != "q" and v)
        q = (m.group("q") or "").lower()
        least = int(q) if q.isdigit() else QUANTIFIERS[lang].get(q, 2)
        most = int(q) if q.isdigit() else None
        found.append(Mention(m.start() + offset, m.end() + offset, m.group(0), None, "group", name, least, most))
    taken = 0
    for m in _WORD_START.finditer(text):
        i = m.start()
        if i < taken:
            continue
        # "le Kremlin": a metonym written with its article is keyed by the article.
        for form in index.get(fold(text[i : i + 2]), ()):
            hit = form.regex.match(text, i)
            if hit is None:
                continue
            taken = hit.end()
            if form.iso3 is not None:
                found.append(Mention(i + offset, hit.end() + offset, hit.group(0), form.iso3, form.via))
            break
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[Mention] = []
    for mention in found:
        if not out or mention.start >= out[-1].end:
            out.append(mention)
    return out
