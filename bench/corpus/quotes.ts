// What the synthetic corpus's people say: each speaker has a few lines of their own (built from parts,
// chosen by a hash of the speaker's id, so different speakers rarely share one), which they repeat from
// article to article, as politicians do. A small share of articles gives a speaker another person's line
// (a misattribution): the quotation disputes the bench graph holds are those, as in real reporting.

/** Lines each speaker has. */
export const LINES_PER_SPEAKER = 4;
/** One article in this many gives its speaker the other person's line. */
export const MISATTRIBUTED_ONE_IN = 100;

const OPENINGS = [
  'We are ready for dialogue on',
  'The decision was taken without consulting us on',
  'Our position has not changed on',
  'This is a difficult moment for',
  'We expect concrete steps on',
  'The talks were constructive and frank on',
  'We will respond in a measured way to',
  'Nobody wants an escalation over',
  'The door remains open on',
  'We regret the unfriendly step on',
  'There is no alternative to talks on',
  'We have made our proposals on',
  'Our partners must understand our concerns about',
  'We will not accept an ultimatum on',
  'It is too early to speak of progress on',
  'We welcome the first signs of movement on',
];
const TOPICS = [
  'the border agreement',
  'the gas transit contract',
  'the grain corridor',
  'the visa regime',
  'the prisoner exchange',
  'the trade quotas',
  'the fishing rights',
  'the embassy staff',
  'the sanctions list',
  'the nuclear talks',
  'the water treaty',
  'the airspace closure',
  'the minority schools',
  'the election observers',
  'the port concession',
  'the debt restructuring',
  'the peacekeeping mandate',
  'the pipeline route',
  'the cultural centre',
  'the extradition request',
];
const CLOSINGS = [
  'and we said so clearly',
  'and time is running out',
  'whatever others may claim',
  'as we have always said',
  'and the ball is in their court',
  'but words are not enough',
  'and we will not be rushed',
  'and our citizens expect results',
  'and that is our last word',
  'and we remain hopeful',
  'and the coming weeks will tell',
  'but patience has limits',
];

const SETTINGS = [
  'this week',
  'at this stage',
  'in Geneva',
  'after the summit',
  'before the vote',
  'in the coming days',
  'at the ministry',
  'in our view',
  'for the record',
  'as of today',
  'after the last round',
  'ahead of the talks',
  'in private and in public',
  'in our letter',
  'once again',
  'on behalf of the government',
];

/** FNV-1a over the string, then MurmurHash3's finaliser (FNV's low bits alone mix poorly): 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Line `k` (0 ≤ k < LINES_PER_SPEAKER) of the speaker with this id. */
export function speakerLine(speakerId: string, k: number): string {
  const h = (salt: string) => hash(`${speakerId}#${k}#${salt}`);
  const topics = [TOPICS[h('t1') % TOPICS.length]!, TOPICS[h('t2') % TOPICS.length]!];
  const second = topics[1] === topics[0] ? '' : ` and ${topics[1]}`;
  const setting = SETTINGS[h('s') % SETTINGS.length];
  return `${OPENINGS[h('o') % OPENINGS.length]} ${topics[0]}${second} ${setting}, ${CLOSINGS[h('c') % CLOSINGS.length]}`;
}

/**
 * What article `index` quotes its speaker as saying, from `r` (a uniform draw in [0, 1)): one of the
 * speaker's lines, or, in one article in MISATTRIBUTED_ONE_IN, one of `other`'s.
 */
export function quoteFor(index: number, speakerId: string, otherId: string, r: number): string {
  const k = Math.floor(r * LINES_PER_SPEAKER);
  const misattributed = hash(`article#${index}`) % MISATTRIBUTED_ONE_IN === 0;
  return speakerLine(misattributed ? otherId : speakerId, k);
}
