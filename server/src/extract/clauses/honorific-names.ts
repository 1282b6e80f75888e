// A person's name that an honorific may open ("Sir Keir Starmer", "Dame Cindy Kiro", "Dr. Alfred Mutua",
// "H.E. X", "Sheikh Tamim"): where the name is not found at the position, the mention right after the
// honorific. Used where a name is set beside a role ("the mayor, Sir X,", "The Governor-General, Dame X,").
import type { Ctx } from '../context.js';
import type { Mention } from '../entities/index.js';
import { mentionAt } from './mention-lists.js';
import { HONORIFIC_ONE } from '../honorifics.js';

/** Honorifics (one or more) before a name. */
const HONORIFIC_LEAD = new RegExp(
  String.raw`^\s*(?:(?:${HONORIFIC_ONE}|(?:Lord|Lady|Sheikh|Shaikh)\.?)\s+)+(?=\p{Lu})`,
  'u',
);

/** The person mention at pos, or right after the honorifics at pos. */
export function personAfterHonorific(c: Ctx, pos: number, limit: number): Mention | undefined {
  const m = mentionAt(c, pos, limit);
  if (m?.entity.type === 'Person') return m;
  const lead = HONORIFIC_LEAD.exec(c.work.slice(pos, limit));
  const after = lead ? mentionAt(c, pos + lead[0].length, limit) : undefined;
  return after?.entity.type === 'Person' && after.start === pos + lead![0].length ? after : undefined;
}
