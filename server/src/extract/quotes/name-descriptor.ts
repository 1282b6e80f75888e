// What may stand between a speaker's name and its verb of saying without being a speaker itself: a
// lower-case common noun that says what kind of body the name is ("IRNA state news agency said", "the
// Ruritan Herald daily wrote"), and, before a body's acronym in parentheses, its long name that the
// extractor did not take for an entity ("the Office of the President (OPR) said": the acronym speaks).
import type { Entity, Mention } from '../entities/index.js';
import { SPEECH_AFTER } from './speaker-phrases.js';
import { OWNER_RULES, ownOutletEnd } from './statement-vehicle.js';

/** A speaker and the rule that found them (speakers.ts's Attribution, not imported: it imports this file). */
interface Attribution {
  speaker?: Entity;
  rule: string;
  deferred?: boolean;
}

/** A lower-case descriptor of a news outlet or body after its name, up to the verb. */
const DESCRIPTOR =
  /^\s+(?:(?:state|state-run|state-owned|official|semi-official|government|government-run|national|public|private|independent|local|news)\s+){0,2}(?:news\s+agency|agency|newspaper|daily|weekly|broadcaster|television|radio|channel|network|outlet|website|portal|news\s+site)\b[\s,]*/;

/** The length of a descriptor after a name (0 when none). */
function descriptorAfter(work: string, end: number): number {
  return DESCRIPTOR.exec(work.slice(end, end + 60))?.[0].length ?? 0;
}

/** A capitalised long name (perhaps "the", "of", "for", "and" inside) ending in an opening parenthesis. */
const LONG_NAME_PAREN =
  /^[\s,]*(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}.’'-]*){0,6}\s*\(\s*/u;

/** Where an acronym in parentheses after a long name starts ("the Office of the President (" …), or -1. */
function acronymAfterLongName(work: string, pos: number, limit: number): number {
  const m = LONG_NAME_PAREN.exec(work.slice(pos, limit));
  return m ? pos + m[0].length : -1;
}

/** The length of the closing parenthesis after an acronym (0 when there is none). */
function closingParen(work: string, end: number): number {
  return /^\s*\)\s*/.exec(work.slice(end, end + 6))?.[0].length ?? 0;
}

/** A verb of saying at pos, past commas and spaces. */
const verbAt = (work: string, pos: number) =>
  SPEECH_AFTER.test(work.slice(pos, pos + 40).replace(/^[\s,]+/, ''));

/**
 * The speaker of an attribution at pos: the phrase `who` read at pos when a verb of saying follows it, or
 * follows the descriptor after a body's name, or the acronym in parentheses after a long name.
 */
export function describedSpeaker(
  work: string,
  all: readonly Mention[],
  who: { att: Attribution; end: number } | undefined,
  pos: number,
  limit: number,
): Attribution | undefined {
  if (who && verbAt(work, who.end)) return who.att;
  // ("the ministry's website said": a body's own site speaks for it.)
  const own = who && who.att.speaker && who.att.speaker.type !== 'Place' && ownOutletEnd(work, who.end);
  if (who && own && own > who.end && OWNER_RULES.has(who.att.rule) && verbAt(work, own)) return who.att;
  const body = who?.att.speaker?.type === 'Organization' && who.att.rule === 'quotes:name';
  const d = who ? descriptorAfter(work, who.end) : 0;
  if (body && d && verbAt(work, who.end + d)) return who.att;
  const at = acronymAfterLongName(work, pos, limit);
  const acronym = at < 0 ? undefined : all.find((m) => m.start === at && m.entity.type === 'Organization');
  const close = acronym ? closingParen(work, acronym.end) : 0;
  if (acronym && close && verbAt(work, acronym.end + close))
    return { speaker: acronym.entity, rule: 'quotes:name-acronym' };
  return undefined;
}
