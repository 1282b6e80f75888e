// A person's name that an honorific may open ("Sir Keir Starmer", "Dame Cindy Kiro", "Dr. Alfred Mutua",
// "H.E. X", "Sheikh Tamim"): where the name is not found at the position, the mention right after the
// honorific. Used where a name is set beside a role ("the mayor, Sir X,", "The Governor-General, Dame X,").
// A rank or title in capitals may open it too ("the army chief, General X", "the militia's commander,
// Colonel X", "its leader, Major General X"): capitalised title words (lexicon TITLE_WORDS, one to three,
// a "Major"/"Lieutenant" grade before them), then the person's mention, which must start right there.
import type { Ctx } from '../context.js';
import type { Mention } from '../entities/index.js';
import { mentionAt } from './mention-lists.js';
import { HONORIFIC_ONE } from '../honorifics.js';
import { TITLE_WORDS } from '../lexicon.js';

/** Honorifics (one or more) before a name. */
const HONORIFIC_LEAD = new RegExp(
  String.raw`^\s*(?:(?:${HONORIFIC_ONE}|(?:Lord|Lady|Sheikh|Shaikh)\.?)\s+)+(?=\p{Lu})`,
  'u',
);

/** A grade before a title word: "Major General", "Lieutenant Colonel", "Rear Admiral". */
const GRADE = /^(?:major|lieutenant|maj\.|brig\.|rear|vice|air|field)$/;

/** The length of the capitalised title words (up to three) opening text, before a capital: "Major General ". */
function rankLead(text: string): number {
  const word = /^\s*(\p{Lu}\p{Ll}*\.?)\s+/u;
  let len = 0;
  let titled = 0;
  for (let n = 0; n < 3; n++) {
    const m = word.exec(text.slice(len));
    const w = m?.[1]!.toLowerCase();
    if (!m || !w || !(TITLE_WORDS.has(w) || GRADE.test(w))) break;
    len += m[0].length;
    if (TITLE_WORDS.has(w)) titled = len;
  }
  return titled && /^\p{Lu}/u.test(text.slice(titled)) ? titled : 0;
}

/** The person mention at pos, or right after the honorifics (or a rank) at pos. */
export function personAfterHonorific(c: Ctx, pos: number, limit: number): Mention | undefined {
  const m = mentionAt(c, pos, limit);
  if (m?.entity.type === 'Person') return m;
  const lead = HONORIFIC_LEAD.exec(c.work.slice(pos, limit));
  const after = lead ? mentionAt(c, pos + lead[0].length, limit) : undefined;
  if (after?.entity.type === 'Person' && after.start === pos + lead![0].length) return after;
  const rank = rankLead(c.work.slice(pos, limit));
  const ranked = rank ? mentionAt(c, pos + rank, limit) : undefined;
  return ranked?.entity.type === 'Person' && ranked.start === pos + rank ? ranked : undefined;
}
