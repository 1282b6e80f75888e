// Speaker coreference by role: "the spokesman said", "the minister told reporters", "the ambassador
// added" is the person the text last introduced with that role, whether the role stood in the run of
// titles before the name ("The spokesman for Iran's foreign ministry X said"), in an apposition after it
// ("X, the country's ambassador to Y,") or in the title the entity step gave the person. Read only when
// no other reading of the phrase names a speaker, and only among persons named before the quotation.
// "The top diplomat", "Norway's top diplomat", "the head of Norwegian diplomacy" are a foreign minister.
// "The minister" alone is never the prime minister, and the role words before a name stop at the name
// before them ("foreign minister X on the visit of India's prime minister Y": Y is no foreign minister).
import type { Entity, Mention } from '../entities/index.js';
import { matchesOf } from '../regex-matches.js';
import { BODY_TITLE_WORDS, SPEAKS_FOR_BODY, SPEAKS_FOR_BODY_TITLE, SPOKESPERSON } from '../role-nouns.js';

/**
 * The titles of two words among the shared body titles ("press secretary", "secretary-general", "chief
 * executive"), as one role head: "The Secretary General added" is the person titled so, not a secretary.
 */
const COMPOUND_TITLES = BODY_TITLE_WORDS.filter((w) => /[ -]/.test(w));
const COMPOUND_HEAD = new RegExp(String.raw`^(?:${COMPOUND_TITLES.join('|')})$`, 'i');

/**
 * Heads of one person each that are no office title on the lists above: a sovereign or a prelate, and the
 * holders of a seat ("the king said" after "King X", "the pontiff added" after "Pope X", "the governor
 * noted" after "Governor X"). Not "the general" (the general public, assembly), nor "the prince" of a
 * crown prince named only as a prince's son.
 */
const SOVEREIGN_HEADS = 'king|queen|monarch|emir|sultan|pope|pontiff|governor|mayor|senator';

/** "the spokesman", "the foreign minister", "the Chinese ambassador" (modifiers in group 1, a portfolio in 2, the role's head in 3). */
export const THE_ROLE = new RegExp(
  String.raw`^(?:the|this)\s+((?:(?:new|former|top|senior|veteran|visiting|outgoing|incoming|interim|acting|[\p{L}-]+(?:al|an|ese|ish|ic))\s+){0,2}?)((?:foreign|defen[cs]e|prime|finance|interior)\s+)?(${COMPOUND_TITLES.join('|')}|${SPOKESPERSON}|minister|ambassador|envoy|diplomat|president|premier|chancellor|secretary|commissioner|leader|official|${SOVEREIGN_HEADS})\b(?![ -](?:general|of\s+staff|executive)\b)(?!\s+(?:of|for|to|in|at)\s+\p{Lu})(?!['’]s)`,
  'iu',
);

/** The titles a role head stands for ("the diplomat" is the envoy or a consul; "the leader" the head of government). */
const HEAD_TITLES: Record<string, RegExp> = {
  spokes: new RegExp(String.raw`\b${SPEAKS_FOR_BODY}\b`, 'i'),
  minister: /\bminister\b/i,
  ambassador: /\bambassador\b|\bhigh commissioner\b/i,
  envoy: /\benvoy\b|\bambassador\b/i,
  diplomat: /\bambassador\b|\benvoy\b|\bdiplomat\b|\bcharg[ée] d['’]affaires\b|\bconsul\b/i,
  president: /\bpresident\b/i,
  premier: /\bpremier\b|\bprime minister\b/i,
  chancellor: /\bchancellor\b/i,
  secretary: /\bsecretary\b/i,
  commissioner: /\bcommissioner\b/i,
  leader: /\bpresident\b|\bprime minister\b|\bchancellor\b|\bleader\b/i,
  // ("the official said": a person the text titled as a holder of office.)
  king: /\bking\b/i,
  queen: /\bqueen\b/i,
  monarch: /\bking\b|\bqueen\b|\bemir\b|\bsultan\b|\bmonarch\b/i,
  emir: /\bemir\b|\bamir\b/i,
  sultan: /\bsultan\b/i,
  pope: /\bpope\b|\bpontiff\b/i,
  pontiff: /\bpope\b|\bpontiff\b/i,
  governor: /\bgovernor\b|\bgov\./i,
  mayor: /\bmayor\b/i,
  senator: /\bsenator\b|\bsen\./i,
  official:
    /\bminister\b|\bambassador\b|\bsecretary\b|\bspokes(?:wo)?man\b|\bspokesperson\b|\bofficial\b|\bdirector\b|\bcommissioner\b/i,
};

/** A country's foreign minister, whom "the top diplomat" and "the head of X diplomacy" name. */
const FOREIGN_MINISTER =
  /\bforeign\s+(?:affairs\s+)?minister\b|\bminister\s+(?:of|for)\s+foreign\b|\bsecretary\s+of\s+state\b|\bforeign\s+secretary\b|\bexternal\s+affairs\s+minister\b/i;

/** "Norway's top diplomat", "the head of Norwegian diplomacy" (the country or demonym in group 1 or 2). */
const TOP_DIPLOMAT =
  /^(?:(?:the\s+)?(\p{Lu}[\p{L}.]+)['’]s\s+top\s+diplomat|the\s+head\s+of\s+(?:the\s+)?(\p{Lu}\p{L}+)\s+diplomacy)\b/u;

/** The foreign minister "Norway's top diplomat" or "the head of Norwegian diplomacy" at the start of rest names. */
export function topDiplomat(
  work: string,
  persons: readonly Mention[],
  rest: string,
  anchor: number,
): { entity: Entity; length: number } | undefined {
  const m = TOP_DIPLOMAT.exec(rest);
  if (!m) return undefined;
  const entity = personByRole(work, persons, 'diplomat', anchor, `top ${m[1] ?? m[2]!}`);
  return entity && { entity, length: m[0].length };
}

/** A minister's title that is not "prime minister" (which "the minister" alone never names). */
const MINISTER_NOT_PRIME = /(?<!\bprime\s)\bminister\b/i;

/** The key of a role head in HEAD_TITLES (every title that speaks for a body, "press secretary" too, is a
 * spokesperson's; another compound title its own). */
const headOf = (word: string) =>
  SPEAKS_FOR_BODY_TITLE.test(word) ? 'spokes' : word.toLowerCase().replace(/[\s-]+/g, ' ');

/** The titles a role head stands for: its HEAD_TITLES entry, or a compound title itself ("chief executive"). */
function titlesOf(word: string): RegExp | undefined {
  const head = headOf(word);
  if (HEAD_TITLES[head]) return HEAD_TITLES[head];
  if (!COMPOUND_HEAD.test(word)) return undefined;
  return new RegExp(String.raw`\b${head.replace(/ /g, String.raw`[\s-]+`)}\b`, 'i');
}

/** "of Information and Culture", "for Foreign Affairs and Trade": a portfolio whose words "and" joins. */
const PORTFOLIO_AND = /\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+){1,3}and\s+\p{Lu}/gu;

/**
 * The words that give a person mention its role: the run of titles before it in its sentence (no verb of
 * saying, sentence break or other name between), and an apposition set off by commas right after it (closed by its comma: in
 * "…, X, the spokesman said" the role is the next clause's subject).
 */
function roleContext(work: string, m: Mention, persons: readonly Mention[]): string {
  // (Not past another's name before it: "foreign minister X regarding the visit of the prime minister Y".)
  const prev = persons.filter((x) => x.end <= m.start && x.entity !== m.entity).pop();
  const before = work.slice(Math.max(0, m.start - 90, prev?.end ?? 0), m.start);
  // (An "and" inside a capitalised portfolio joins its words, no other clause: "Minister of Information
  // and Culture", "Secretary for Health and Social Care".)
  const joined = before.replace(PORTFOLIO_AND, (x) => x.replace(/\band\b/, '&&&'));
  const cut = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('\n'),
    // (Nor past a relative's "what", "who" or "which": "the spokesman responded to what President X said".)
    joined.search(
      /\b(?:said|says|told|added|met|with|and|what|who|which)\b(?![\s\S]*\b(?:said|says|told|added|met|with|and|what|who|which)\b)/,
    ),
  );
  // (Nor past a verb in the past, lower-case: in "The monarch also praised X's roots" the role is the
  // clause's subject, not X's title; "newly appointed ambassador X" keeps the role after the verb.)
  const verb = matchesOf(/\b\p{Ll}+ed\b/gu, before).pop();
  const run = before.slice(Math.max(cut + 1, verb ? verb.index + verb[0].length : 0));
  const appo = /^,\s+(?:the|a|an|\p{Lu}[\p{L}.]*['’]s)\s+[^,.;“”"\n]{2,80}?,/u.exec(
    work.slice(m.end, m.end + 100),
  );
  return `${run} ${appo?.[0] ?? ''}`;
}

/**
 * The role a person titled as another's counterpart holds ("President X met his Ukrainian counterpart Y":
 * Y is a president): the other's title and title run, when the words before Y name no role but
 * "counterpart" (a demonym of Y's own stays Y's; the other's is never read as Y's).
 */
function counterpartRole(work: string, m: Mention, persons: readonly Mention[]): string {
  const other = persons.filter((x) => x.end <= m.start && x.entity !== m.entity).pop();
  const between = other && work.slice(other.end, m.start);
  if (!between || !COUNTERPART.test(between) || /[.;\n]/.test(between)) return '';
  return `${other!.entity.title ?? ''} ${roleContext(work, other!, persons)}`;
}

/** "met his Ukrainian counterpart", "and her French counterpart" right before the name. */
const COUNTERPART =
  /\b(?:his|her|their|its)\s+(?:\p{Lu}\p{L}+\s+)?counterparts?(?:\s+from\s+\p{Lu}\p{L}+)?,?\s+$/u;

/** The persons named before anchor whose title, title run or apposition holds the role's head. */
export function roleHolders(
  work: string,
  persons: readonly Mention[],
  roleWord: string,
  anchor: number,
  modifiers = '',
  portfolio = '',
): { holders: Set<Entity>; official: boolean } {
  // ("the Norwegian top diplomat": a country's foreign minister, not an envoy.)
  const top = headOf(roleWord) === 'diplomat' && /\btop\b/i.test(modifiers);
  // ("the minister", "the Indian minister": a minister of a portfolio, never the prime minister.)
  const bareMinister = headOf(roleWord) === 'minister' && !portfolio.trim();
  const want = top ? FOREIGN_MINISTER : bareMinister ? MINISTER_NOT_PRIME : titlesOf(roleWord);
  if (!want) return { holders: new Set(), official: false };
  // ("the Chinese ambassador": a capitalised modifier, a demonym, must be in the person's own role words.)
  // (A portfolio, "the foreign minister", "the prime minister", must be in them too.)
  const stems = matchesOf(/\p{Lu}\p{Ll}{3,}/gu, modifiers).map((x) => x[0].slice(0, 4).toLowerCase());
  const kind = portfolio.trim().slice(0, 5).toLowerCase();
  const holders = new Set<Entity>();
  for (const m of persons) {
    if (m.end > anchor || m.nominal) continue;
    // (The mention's own words too, when the title is part of the name: "King X", "Pope X".)
    const context = `${roleContext(work, m, persons)} ${work.slice(m.start, m.end)}`;
    const words = `${m.entity.title ?? ''} ${m.entity.nationality ?? ''} ${context}`.toLowerCase();
    // (A title the entity step shortened, "minister" of "prime minister", yields to the words before it.)
    const own =
      (want.test(m.entity.title ?? '') && !(bareMinister && /\bprime\s+minister\b/i.test(context))) ||
      want.test(context);
    // (Or the role of the one the person is counterpart to, its portfolio too; a demonym stays the person's own.)
    const counterpart = own ? '' : counterpartRole(work, m, persons).toLowerCase();
    const role = own ? words : counterpart && want.test(counterpart) ? counterpart : undefined;
    if (role !== undefined && stems.every((x) => words.includes(x)) && role.includes(kind))
      holders.add(m.entity);
  }
  return { holders, official: want === HEAD_TITLES.official };
}

/**
 * An official the text does not name: "a senior official", "a senior U.S. official", "one US official",
 * "a State Dept. official" (modifiers with dots: abbreviations), not the adjective ("an official visit").
 */
const UNNAMED_OFFICIAL =
  /\b(?:a|an|one|another)\s+(?:[\p{L}.-]+\s+){0,3}?officials?\b(?!\s+(?:statement|visit|trip|note|letter|document|website|account|channel|capacity|talks|meeting|ceremony|residence|reception|position|response|version|figures?|data|results?)\b)/iu;

/** The person last named before anchor whose title, title run or apposition holds the role's head. */
export function personByRole(
  work: string,
  persons: readonly Mention[],
  roleWord: string,
  anchor: number,
  modifiers = '',
  portfolio = '',
): Entity | undefined {
  const { holders, official } = roleHolders(work, persons, roleWord, anchor, modifiers, portfolio);
  if (!holders.size) return undefined;
  // The one named last before the phrase.
  for (let j = persons.length - 1; j >= 0; j--) {
    const m = persons[j]!;
    if (m.end <= anchor && holders.has(m.entity))
      // ("A senior official said …. The official added": an unnamed official named since is that one.)
      return official && UNNAMED_OFFICIAL.test(work.slice(m.end, anchor)) ? undefined : m.entity;
  }
  return undefined;
}
