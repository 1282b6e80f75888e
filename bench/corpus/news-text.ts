// A seeded synthetic corpus of raw news TEXT (no annotations): what the extractor reads. Each article is
// a title, a dateline paragraph and a few paragraphs built from sentence templates of diplomatic news
// ("Russia expelled Anna Petrov, the ambassador of Austria, on Monday.", quotes with "said", meetings,
// recalls, returns, sanctions), with dates relative to the publication date and a recurring cast: the
// same person keeps the same country and role across articles, and popular people recur (Zipf-like).
// The same options always give the same articles.
import { seededRandom } from './generate-corpus.js';
import { CITIES, COUNTRIES, FIRST_NAMES, ORG_KINDS, OUTLETS, QUOTES, SURNAMES } from './names.js';

export interface NewsCorpusOptions {
  articles: number;
  seed: number;
  /** How many distinct people the corpus talks about (at most FIRST_NAMES × SURNAMES). */
  people?: number;
}

/** One article as plain text plus the metadata a person would give with it. */
export interface NewsArticle {
  id: string;
  title: string;
  outlet: string;
  /** ISO day. */
  published: string;
  text: string;
}

interface Person {
  name: string;
  surname: string;
  country: string;
  role: string;
}

const DEMONYMS: Record<string, string> = {
  Austria: 'Austrian',
  Brazil: 'Brazilian',
  Canada: 'Canadian',
  Denmark: 'Danish',
  Egypt: 'Egyptian',
  Finland: 'Finnish',
  Germany: 'German',
  Hungary: 'Hungarian',
  India: 'Indian',
  Japan: 'Japanese',
  Kenya: 'Kenyan',
  Latvia: 'Latvian',
  Mexico: 'Mexican',
  Norway: 'Norwegian',
  Oman: 'Omani',
  Poland: 'Polish',
  Qatar: 'Qatari',
  Romania: 'Romanian',
  Spain: 'Spanish',
  Turkey: 'Turkish',
  Ukraine: 'Ukrainian',
  Vietnam: 'Vietnamese',
  Russia: 'Russian',
  'United States': 'American',
  France: 'French',
  Italy: 'Italian',
  Chile: 'Chilean',
  Ghana: 'Ghanaian',
  Peru: 'Peruvian',
  Serbia: 'Serbian',
};

const ROLES = [
  'ambassador',
  'foreign minister',
  'deputy foreign minister',
  'envoy',
  'defence minister',
  'spokesperson',
];
const INTERNATIONAL = ['the United Nations', 'NATO', 'the European Union', 'the OSCE', 'the Red Cross'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FILLERS = [
  'The talks are expected to continue next month.',
  'Officials did not give further details.',
  'Neither side commented on how long the visit would last.',
  'The ministry declined to comment further.',
  'The decision follows weeks of tension between the two capitals.',
  'Diplomats described the atmosphere as tense but businesslike.',
  'A joint statement is expected later this week.',
];

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The cast: distinct first-name × surname pairs in a seeded order, each with a country and a role. */
function makeCast(count: number, random: () => number): Person[] {
  const pairs: [string, string][] = [];
  for (const f of FIRST_NAMES) for (const s of SURNAMES) pairs.push([f, s]);
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
  }
  return pairs.slice(0, Math.min(count, pairs.length)).map(([first, surname]) => ({
    name: `${first} ${surname}`,
    surname,
    country: COUNTRIES[Math.floor(random() * COUNTRIES.length)]!,
    role: ROLES[Math.floor(random() * ROLES.length)]!,
  }));
}

/** Renders one article. `random` drives every choice; `cast` is shared by the whole corpus. */
export function renderNewsArticle(index: number, cast: Person[], random: () => number): NewsArticle {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const zipf = <T>(xs: readonly T[]) => xs[Math.floor(xs.length * random() ** 2.2)]!;
  const other = <T>(xs: readonly T[], not: T) => {
    let x = pick(xs);
    while (x === not) x = pick(xs);
    return x;
  };

  const publishedMs = Date.UTC(
    2015 + Math.floor(random() * 10),
    Math.floor(random() * 12),
    1 + Math.floor(random() * 28),
  );
  const day = (ms: number) => new Date(ms);
  const published = day(publishedMs).toISOString().slice(0, 10);
  /** "on Monday" (1–6 days before publication), "on March 18" or "on March 18, 2021". */
  const when = () => {
    const back = 1 + Math.floor(random() * 6);
    const d = day(publishedMs - back * 86_400_000);
    const r = random();
    if (r < 0.5) return `on ${WEEKDAYS[d.getUTCDay()]}`;
    if (r < 0.8) return `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
    return `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  };
  const ministry = (country: string) => `the ${DEMONYMS[country]} ${pick(ORG_KINDS)}`;
  const org = () => (random() < 0.2 ? pick(INTERNATIONAL) : ministry(pick(COUNTRIES)));
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const role = (p: Person) =>
    p.role === 'ambassador' || p.role === 'envoy'
      ? `the ${p.role} of ${p.country}`
      : `${p.country}'s ${p.role}`;

  // As in real news, a person is named in full first and by surname after that.
  const introduced = new Set<Person>();
  const full = (p: Person) => {
    introduced.add(p);
    return p.name;
  };
  const ref = (p: Person) => (introduced.has(p) ? p.surname : full(p));

  const a = zipf(cast);
  const b = other(cast, a);
  const c = other(cast, a);
  const hostCountry = other(COUNTRIES, a.country);
  const city = pick(CITIES);
  const outlet = OUTLETS[index % OUTLETS.length]!;
  const quote = () => pick(QUOTES);

  const lead = pick([
    () => ({
      title: `${hostCountry} expels ${a.country}'s ambassador`,
      sentence: `${hostCountry} expelled ${full(a)}, the ambassador of ${a.country}, ${when()}.`,
    }),
    () => ({
      title: `${a.country} recalls its envoy from ${hostCountry}`,
      sentence: `${a.country} recalled its ambassador, ${full(a)}, from ${hostCountry} ${when()} for consultations.`,
    }),
    () => ({
      title: `${a.name} meets ${b.name} in ${city}`,
      sentence: `${full(a)}, ${role(a)}, met ${full(b)} in ${city} ${when()}.`,
    }),
    () => ({
      title: `${hostCountry} imposes sanctions over ${a.country} dispute`,
      sentence: `${hostCountry} imposed sanctions on ${ministry(a.country)} ${when()}, ${outlet} reported.`,
    }),
  ])();

  const middle = [
    () => `"${quote()}," ${ref(a)} said.`,
    () => `"${quote()}," said ${ref(b)}, ${role(b)}.`,
    () => `${ref(a)} told reporters in ${city}: "${quote()}."`,
    () => `${ref(b)} said ${when()} that "${quote().toLowerCase()}".`,
    () => `${ref(a)} returned to ${pick(CITIES)} ${when()}.`,
    () => `${ref(b)} left ${city} ${when()}.`,
    () => `${cap(org())} criticized the decision.`,
    () => `${ref(b)} criticized ${ref(a)} for the remarks.`,
    () => `${ref(a)} thanked ${ref(c)} for the invitation.`,
    () => `${ref(c)}, ${role(c)}, invited ${ref(a)} to ${pick(CITIES)}.`,
    () => `${ref(a)} met ${ref(c)} at ${org()} headquarters ${when()}.`,
    () => `${cap(ministry(hostCountry))} summoned ${ref(a)} ${when()}.`,
    () => pick(FILLERS),
  ];
  const paragraphs: string[] = [`${city.toUpperCase()} (${outlet}) - ${lead.sentence} ${pick(middle)()}`];
  const count = 4 + Math.floor(random() * 4);
  for (let p = 0; p < count; p++) {
    const sentences = 2 + Math.floor(random() * 3);
    paragraphs.push(Array.from({ length: sentences }, () => pick(middle)()).join(' '));
  }
  paragraphs.push(pick(FILLERS));
  const text = `${lead.title}\n\n${paragraphs.join('\n\n')}\n`;
  return {
    id: `${slug(outlet)}-${published}-synthetic-${index}`,
    title: lead.title,
    outlet,
    published,
    text,
  };
}

/** The whole corpus, lazily. */
export function* generateNewsCorpus(options: NewsCorpusOptions): Generator<NewsArticle> {
  const random = seededRandom(options.seed);
  const cast = makeCast(options.people ?? 1500, random);
  for (let i = 0; i < options.articles; i++) yield renderNewsArticle(i, cast, random);
}
