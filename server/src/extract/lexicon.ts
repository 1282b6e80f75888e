// Word lists the rules share: compromise's lexicon (first names, surnames, countries, cities, regions,
// organisations, common words) loaded once, plus small hand lists of what news about states and
// diplomacy needs: demonyms, country aliases, capitals, titles, organisation heads, agencies and outlets.
import nlp from 'compromise';
import { COUNTRY_DEMONYM, DEMONYMS } from './demonyms.js';

export { DEMONYMS } from './demonyms.js';
export { CAPITALS } from './capitals.js';
import { CAPITALS } from './capitals.js';
import { PERSON_SHAPED_COMPANIES } from './known-companies.js';
import { BODY_ALIASES, KNOWN_LEGISLATURES, LONG_BODY_NAMES, PLACE_SHAPED_OUTLETS } from './known-bodies.js';
import { KNOWN_MOVEMENTS } from './known-movements.js';

type Tags = string | string[] | undefined;
const LEX = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, Tags> } } } }).world()
  .model.one.lexicon;

/** Stands in the cache for a remembered `undefined`, so that a hit costs one Map lookup, not two. */
const NONE: unique symbol = Symbol('none');

/**
 * A word lookup remembered per word as written (a bounded Map): the lists never change after loading, and
 * a Map lookup is cheaper than lower-casing and finding the word among the lexicon's object keys again.
 */
function remembered<T>(look: (w: string) => T): (w: string) => T {
  const cache = new Map<string, T | typeof NONE>();
  return (w) => {
    const hit = cache.get(w);
    if (hit !== undefined) return hit === NONE ? (undefined as T) : hit;
    if (cache.size > 50_000) cache.clear();
    const v = look(w);
    cache.set(w, v === undefined ? NONE : v);
    return v;
  };
}

/** The lexicon's tags of a word (any case); callers only read the list. */
export const lexTags: (word: string) => string[] = remembered((word) => {
  const t = LEX[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
});
const hasTag = (word: string, tags: string[]) => lexTags(word).some((t) => tags.includes(t));

/**
 * First names the lexicon files only as months ("Jan Lipavsky", "Jan Hamacek"); news writes that month
 * "Jan." or "January", and the chunker keeps month names apart before it asks.
 */
const MONTH_SHAPED_FIRST_NAMES = new Set(['Jan']);
/** A known first name, also written with accents the lexicon leaves out ("Andrés", "José"). */
export const isFirstName: (w: string) => boolean = remembered((w) => {
  if (MONTH_SHAPED_FIRST_NAMES.has(w) || hasTag(w, ['MaleName', 'FemaleName', 'FirstName'])) return true;
  const plain = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain !== w && hasTag(plain, ['MaleName', 'FemaleName', 'FirstName']);
});
export const isLastName: (w: string) => boolean = remembered((w) => hasTag(w, ['LastName']));
export const isLexPlace: (w: string) => boolean = remembered((w) =>
  hasTag(w, ['Country', 'City', 'Region', 'Place']),
);
export const isLexOrg: (w: string) => boolean = remembered((w) => hasTag(w, ['Organization', 'SportsTeam']));
/** A short word the lexicon knows only as an abbreviation ("Ma", "Min", a month's "Jun"): capitalised, a name's. */
const NAME_ABBREVIATION_TAG = /^(?:Abbreviation|Noun|Month)$/;
export function isNameLikeAbbreviation(w: string): boolean {
  const tags = lexTags(w);
  return w.length <= 3 && tags.includes('Abbreviation') && tags.every((t) => NAME_ABBREVIATION_TAG.test(t));
}
/** "Previously", "Recently", "Separately": an adverb made of an adjective the lexicon knows (not "Connolly"). */
function adverbOfAdjective(w: string): boolean {
  if (!/^\p{L}{4,}ly$/u.test(w)) return false;
  const stem = w.slice(0, -2).toLowerCase();
  const adjective = (x: string) => lexTags(x).includes('Adjective');
  // ("Finally" ← "final", "Additionally" ← "additional", "Happily" ← "happy".)
  return (
    adjective(stem) ||
    (stem.endsWith('i') && adjective(`${stem.slice(0, -1)}y`)) ||
    (w.length >= 8 && /(?:ous|al|ent|ant|ive|ate|ar|ing|ed|ful|less|ib|ab|ic)ly$/.test(w))
  );
}
/** A capitalised word that is usually just a common word (sentence-initial "Before", "Members"). */
export const isCommonWord: (w: string) => boolean = remembered(commonWord);
function commonWord(w: string): boolean {
  if (MONTH_SHAPED_FIRST_NAMES.has(w)) return false;
  const tags = lexTags(w);
  if (!tags.length) return COMMON_EXTRA.has(w.toLowerCase()) || adverbOfAdjective(w);
  if (isNameLikeAbbreviation(w)) return false;
  return !tags.some((t) =>
    [
      'MaleName',
      'FemaleName',
      'FirstName',
      'LastName',
      'Country',
      'City',
      'Region',
      'Place',
      'Organization',
      'Demonym',
      'ProperNoun',
      'Person',
    ].includes(t),
  );
}
const COMMON_EXTRA = new Set(
  'members image photo images photos read more share top stories related advertisement sign subscribe home news world interviewed given repairing bilateral diplomatic frankly nearly around about within things want support dear once monthly annual continue preview subscribers relations talks however meanwhile moreover also earlier later yesterday today tomorrow'.split(
    ' ',
  ),
);

const COUNTRY_ALIASES: Record<string, string> = {
  us: 'United States',
  'u.s.': 'United States',
  usa: 'United States',
  'u.s.a.': 'United States',
  'united states': 'United States',
  'united states of america': 'United States',
  america: 'United States',
  uk: 'United Kingdom',
  'u.k.': 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  'united kingdom': 'United Kingdom',
  'russian federation': 'Russia',
  kiev: 'Kyiv',
  delhi: 'New Delhi',
  'd.c.': 'Washington',
  dc: 'Washington',
  'washington, dc': 'Washington',
  'washington, d.c.': 'Washington',
  'washington dc': 'Washington',
  "people's republic of china": 'China',
  prc: 'China',
  holland: 'Netherlands',
  'the netherlands': 'Netherlands',
  czechia: 'Czech Republic',
  'south korea': 'South Korea',
  korea: 'South Korea',
  'republic of korea': 'South Korea',
  'north korea': 'North Korea',
  dprk: 'North Korea',
  "democratic people's republic of korea": 'North Korea',
  uae: 'United Arab Emirates',
  'st. petersburg': 'Saint Petersburg',
  'st petersburg': 'Saint Petersburg',
  'gaza strip': 'Gaza',
  türkiye: 'Turkey',
  'northern macedonia': 'North Macedonia',
  'republic of north macedonia': 'North Macedonia',
  turkiye: 'Turkey',
};
/** Canonical place name for a surface form (aliases and all-caps datelines folded). */
/** A name's key: lower case, single spaces, a dotted abbreviation's last dot restored ("U.S" → "u.s."). */
export function nameKey(surface: string): string {
  const k = surface.toLowerCase().replace(/\s+/g, ' ');
  return /^(?:\p{L}\.)+\p{L}$/u.test(k) ? `${k}.` : k;
}
/** A place's name as the graph spells it ("U.S." → United States), remembered per surface: places recur. */
export const canonicalPlace: (surface: string) => string = remembered((surface) => {
  const k = nameKey(surface);
  if (COUNTRY_ALIASES[k]) return COUNTRY_ALIASES[k];
  return titleCaseIfCaps(surface.replace(/\s+/g, ' '));
});
export function titleCaseIfCaps(s: string): string {
  if (s.length > 3 && s === s.toUpperCase() && /[A-Z]{4}/.test(s))
    return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  return s;
}
export const isKnownPlace: (surface: string) => boolean = remembered((surface) => {
  const k = nameKey(surface);
  return k in COUNTRY_ALIASES || isLexPlace(k) || EXTRA_PLACES.has(k) || COUNTRIES.has(k) || k in CAPITALS;
});
/** Every country of the demonym table ("Jordan", which compromise knows only as a person). */
const COUNTRIES = new Set([...COUNTRY_DEMONYM.keys()].map((c) => c.toLowerCase()));
const EXTRA_PLACES = new Set(
  "donbas|donbass|luhansk|donetsk|kherson|zaporizhzhia|mariupol|kharkiv|odesa|odessa|lviv|bucha|crimea|sevastopol|transnistria|abkhazia|south ossetia|kaliningrad|siberia|chechnya|gaza|west bank|golan heights|taiwan|kosovo|tbilisi|minsk|chisinau|riga|tallinn|vilnius|warsaw|prague|bratislava|budapest|bucharest|sofia|belgrade|ankara|istanbul|doha|riyadh|tehran|baghdad|damascus|beirut|kabul|islamabad|new delhi|tokyo|seoul|pyongyang|beijing|hanoi|canberra|ottawa|brussels|the hague|strasbourg|luxembourg|helsinki|stockholm|oslo|copenhagen|reykjavik|dublin|lisbon|madrid|rome|athens|valletta|nicosia|vienna|bern|zurich|davos|geneva|camp david|salisbury|fukushima|sochi|st. petersburg|saint petersburg|vladivostok|yekaterinburg|novosibirsk|kazan|murmansk|belgorod|kursk|bakhmut|avdiivka|kramatorsk|zaporizhzhia|dnipro|mykolaiv|chernihiv|sumy|irpin|hostomel|mosul|aleppo|idlib|raqqa|kandahar|herat|nagorno-karabakh|kaliningrad|transcarpathia|ramallah|jenin|rafah|khan younis|hebron|tel aviv|haifa|eilat|sderot|quetta|lahore|karachi|mumbai|shanghai|hong kong|xinjiang|tibet|guam|okinawa|anchorage|north macedonia|skopje|yerevan|baku|tashkent|astana|bishkek|dushanbe|ashgabat|ulaanbaatar|taipei|manila|jakarta|bangkok|kuala lumpur|singapore|canberra|wellington|pretoria|nairobi|addis ababa|cairo|algiers|rabat|tunis|tripoli|khartoum|abuja|dakar|accra|brasilia|buenos aires|santiago|lima|bogota|caracas|havana|mexico city|seattle|san francisco|new york|los angeles|chicago|houston|montreal|toronto|vancouver|east jerusalem|balkans|western balkans|sahel|caucasus|south caucasus|maghreb|baltics|indo-pacific|horn of africa|port moresby|port sudan|port-au-prince|sharm el-sheikh|thimphu|vientiane|naypyidaw|naypyitaw|yangon|rangoon|manama|gaborone|freetown|monrovia|lomé|lome|cotonou|yaoundé|yaounde|bangui|n’djamena|n'djamena|nouakchott|asmara|juba|asunción|asuncion|podgorica|dar es salaam|kashmir|jammu and kashmir|balochistan|baluchistan|sindh|gilgit-baltistan|ladakh|mindanao|aceh|darfur|tigray|amhara|oromia|western sahara|caribbean|soviet union|erbil|basra|hodeidah|latakia|tartus|misrata|goma|maiduguri|nuuk|svalbard|davao|bali|papua|aden|pristina|chișinău|tiraspol|bryansk|rostov-on-don|krasnodar|grozny|pskov|khabarovsk|nakhchivan|karabakh|shusha|batumi|gyumri|samarkand|bukhara|osh|mazar-i-sharif|jalalabad|peshawar|gwadar|srinagar|lhasa|hiroshima|nagasaki|agra|pune|eswatini|cabo verde|timor-leste|côte d’ivoire|côte d'ivoire|cote d’ivoire|cote d'ivoire".split(
    '|',
  ),
);

/** The adjective of a country: Russia → Russian, United States → US. */
export function demonymOf(country: string): string | undefined {
  return COUNTRY_DEMONYM.get(country);
}
export const demonymCountry: (w: string) => string | undefined = remembered((w) => DEMONYMS[w.toLowerCase()]);

/** Words of a title or office that may precede a name ("Deputy Secretary of State Wendy Sherman"). */
export const TITLE_WORDS = new Set(
  "president vice prime minister foreign defense defence interior finance treasury secretary deputy ambassador envoy spokeswoman spokesman spokesperson chancellor king queen prince princess senator sen. rep. representative gov. governor mayor general gen. colonel col. commodore admiral brigadier judge justice pope mr. mrs. ms. dr. mr mrs ms mme madam madame dr prof prof. chairman chairwoman chair director leader state of chief commander premier lt. sgt. ceo head speaker former counterpart councilor councillor sheikh emir crown lawmaker congressman congresswoman diplomat official officer attorney press adviser advisor strategist counsellor counselor minister-counsellor minister-counselor charge chargé d'affaires consul consul-general ambassador-designate president-elect opposition activist journalist correspondent analyst secretary-general under-secretary undersecretary sir dame lord lady baroness high commissioner high-commissioner presidents ministers leaders ambassadors envoys pm fm eam mp mep mla extraordinary plenipotentiary attaché attache h.e. manager prosecutor".split(
    ' ',
  ),
);
// Plural and abbreviated plural titles before a list of names ("Senators Marco Rubio and Ted Cruz", "Reps. X and Y").
for (const w of 'heads senators sens. reps. representatives congressmen congresswomen lawmakers governors mayors generals justices judges secretaries chancellors premiers kings princes sheikhs commissioners councillors councilors diplomats officials spokesmen spokeswomen'.split(
  ' ',
))
  TITLE_WORDS.add(w);

/** Organisation heads: a capitalised phrase ending in one of these is an organisation. */
export const ORG_HEADS = new Set(
  'ministry community department authority embassy consulate council institute agency office party bank committee commission parliament senate congress assembly duma bundestag university network news times post journal herald tribune gazette telegraph guardian union organization organisation association corporation corp inc ltd company group service services foundation center centre court army navy police guard forces administration government cabinet kremlin pentagon press channel tv television radio broadcasting alliance fund federation league movement front coalition secretariat directorate bureau command academy school club watch international fleet brigade battalion regiment hospital clinic society societies corps airways airlines airline shipping freight logistics trading tankers telecom petroleum railways holdings industries prison force enterprise programme program board forum fc afc llc fze fzco dmcc jsc pjsc ojsc cjsc plc gmbh llp'.split(
    ' ',
  ),
);
/** Heads read after a demonym ("the Ukrainian embassy"); lower-case generic ones are the state (entities/patterns.ts). */
export const DEMONYM_ORG_HEADS =
  /^(military|army|navy|air force|government|parliament|embassy|consulate(?: general)?|foreign ministry|defen[cs]e ministry|security service|intelligence|armed forces|central bank|delegation|authorities|administration)$/i;

/** Institutions, agencies and outlets that are organisations whatever the context. */
export const KNOWN_ORGS = new Map<string, string>(
  [
    'Kremlin',
    'White House',
    'Pentagon',
    'State Department',
    'Downing Street',
    'Elysee',
    'Élysée',
    'Bundestag',
    'Duma',
    'State Duma',
    'Knesset',
    'NATO',
    'European Union',
    'EU',
    'United Nations',
    'UN',
    'U.N.',
    'OSCE',
    'IAEA',
    'G7',
    'G20',
    'FBI',
    'CIA',
    'NSA',
    'KGB',
    'FSB',
    'SVR',
    'GRU',
    'OPEC',
    // (Regional blocs some styles write in title case: "Brics", "Caricom", "Ecowas".)
    'BRICS',
    'Mercosur',
    'CARICOM',
    'ECOWAS',
    'WHO',
    'IMF',
    'World Bank',
    'TASS',
    'RIA Novosti',
    'Interfax',
    'Sputnik',
    'RT',
    'Reuters',
    'AFP',
    'AP',
    'Associated Press',
    'Bloomberg',
    'Politico',
    'Axios',
    'CNN',
    'BBC',
    'ABC',
    'NBC',
    'CBS',
    'Fox News',
    'MSNBC',
    'NPR',
    'Al Jazeera',
    'Xinhua',
    'Kommersant',
    'Izvestia',
    'Vedomosti',
    'Novaya Gazeta',
    'Meduza',
    'Der Spiegel',
    'Le Monde',
    'Facebook',
    'Twitter',
    'Telegram',
    'YouTube',
    'Instagram',
    'VKontakte',
    'Gazprom',
    'Rosneft',
    // Russian companies that sanctions news names most (no head word tells they are bodies).
    'Sberbank',
    'Gazprombank',
    'Alfa-Bank',
    'Rosatom',
    'Rostec',
    'Transneft',
    'Lukoil',
    'Novatek',
    'Channel One',
    'Republican Party',
    'Democratic Party',
    'Security Council',
    'European Commission',
    'European Parliament',
    'Foreign Office',
    'Quai d’Orsay',
    'Hamas',
    'Hezbollah',
    'Wagner',
    'Wagner Group',
    'Rosatom',
    'Roscosmos',
    'National Security Council',
    'Group of Seven',
    'Group of Twenty',
    'Council of Europe',
    'European Council',
    'African Union',
    'Arab League',
    'ASEAN',
    'CCTV',
    'Kyodo',
    'Kyodo News',
    'Yonhap',
    'PAP',
    'ANSA',
    'EFE',
    'DPA',
    'Anadolu',
    // Seats of government named for the office: "the Treasury said", "the Blue House", "Malacañang said".
    'Treasury',
    'Blue House',
    'Malacañang',
    ...PERSON_SHAPED_COMPANIES,
    ...PLACE_SHAPED_OUTLETS,
    ...KNOWN_MOVEMENTS,
    ...KNOWN_LEGISLATURES,
  ].map((n) => [n.toLowerCase(), n]),
);
/** Spelling variants of known organisations folded to one canonical name. */
export const ORG_ALIASES: Record<string, string> = {
  malacanang: 'Malacañang',
  'ria novosti': 'RIA Novosti',
  ria: 'RIA Novosti',
  'u.n.': 'United Nations',
  un: 'United Nations',
  eu: 'European Union',
  'foreign office': 'Foreign Office',
  // The US Treasury by any of its names (the real pages' gold: "Treasury Department").
  treasury: 'Treasury Department',
  'us treasury department': 'Treasury Department',
  'u.s. treasury department': 'Treasury Department',
  'department of the treasury': 'Treasury Department',
  'us department of the treasury': 'Treasury Department',
  'u.s. department of the treasury': 'Treasury Department',
  elysee: 'Élysée',
  osce: 'Organization for Security and Co-operation in Europe',
  'organization for security and co-operation in europe':
    'Organization for Security and Co-operation in Europe',
  'organization for security and cooperation in europe':
    'Organization for Security and Co-operation in Europe',
  'organisation for security and co-operation in europe':
    'Organization for Security and Co-operation in Europe',
  g7: 'Group of Seven',
  'group of seven': 'Group of Seven',
  ...BODY_ALIASES,
};
/** Long organisation names that contain lower-case words or hyphens, matched over the text. */
export const LONG_ORG_NAMES = new RegExp(
  [
    String.raw`\bOrgani[sz]ation for Security and Co-?operation in Europe\b|\bNorth Atlantic Treaty Organi[sz]ation\b|\bInternational Atomic Energy Agency\b|\bShanghai Cooperation Organi[sz]ation\b`,
    ...LONG_BODY_NAMES,
  ].join('|'),
  'g',
);
export function canonicalOrg(surface: string): string {
  const k = nameKey(surface);
  // A single all-caps word is an acronym ("OCHA"); several are a shouted name ("FOREIGN MINISTRY").
  const name = surface.replace(/\s+/g, ' ');
  return ORG_ALIASES[k] ?? KNOWN_ORGS.get(k) ?? (/\s/.test(name) ? titleCaseIfCaps(name) : name);
}
/**
 * All-caps tokens that are not organisations: times and zones, numerals, countries, titles (POTUS), words
 * of page furniture, and the acronyms news uses for treaties (JCPOA, INF, NPT), weapons and goods (ICBM,
 * LNG) and common terms (GDP, MoU as MOU, VIP).
 */
export const NOT_ACRONYM_ORGS = new Set(
  [
    'UTC GMT EST PST CET MSK AM PM',
    'II III IV VI VII VIII IX XI XX',
    'US UK USA UAE DC',
    'CEO FM MP MPS POTUS FLOTUS VIP',
    'TV OK ID PR IT AI PHOTO VIDEO UPDATE BREAKING WATCH LIVE READ NEWS',
    'JCPOA INF NPT CTBT TPP CPTPP RCEP',
    'ICBM ICBMS UAV UAVS WMD LNG GPS CCTV SUV',
    'COVID HIV AIDS PPE GDP FDI FTA MOU LGBT LGBTQ',
  ]
    .join(' ')
    .split(' '),
);

/** Photo and news agencies and picture desks that appear in credits ("Vladislav Pavlov / TASS"). */
export const CREDIT_AGENCIES =
  /^(?:TASS|AFP|AP|AP Photo|Reuters|Getty Images|Getty|dpa|picture[ -]alliance|EPA|EPA-EFE|EFE|Sputnik|RIA Novosti|Xinhua|Anadolu(?: Agency)?|Bloomberg|Shutterstock|Pool|Alamy|Imago|NurPhoto|SOPA Images|ZUMA(?: Press)?|Kremlin Press Service|Wikimedia Commons|Wikimedia|Kommersant|Press Service|Handout|AA|ANP|PAP|Belga|Ritzau|Scanpix|Keystone|Xinhua News Agency|UPI|Abaca|Avalon|LightRocket|Sipa(?: Press)?|Polaris|Redux|Bloomberg via Getty Images)(?:[ /].*)?$/i;
/** A dotted abbreviation of a known place or body ("U.S.", "U.N."), its last point there or not. */
export const isKnownAbbreviation = (w: string): boolean => isKnownPlace(w) || KNOWN_ORGS.has(nameKey(w));
