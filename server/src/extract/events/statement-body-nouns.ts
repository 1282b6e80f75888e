// A statement's issuer called by its kind alone, in lower case, wherever the statement's phrase puts it
// ("…," the ministry said in a statement; read the foreign ministry's statement; a statement issued by /
// from the ministry; a government news release said): the last organisation named before whose name holds
// the same word, and for "the government" the state acting before (read by events/statements.ts).
import { actorBefore } from '../clauses/antecedent.js';
import { isOutlet } from '../clauses/outlets.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { actorOf } from './parties.js';

/** The kinds of body an issuer may be called by (one list: every shape below builds from it). */
export const BODY_NOUNS = [
  'ministry',
  'government',
  'embassy',
  'office',
  'department',
  'presidency',
  'mission',
  'cabinet',
  'secretariat',
  'agency',
  'council',
] as const;
const BODY = BODY_NOUNS.join('|');
/** "the ministry", "the foreign ministry", "its embassy": up to two lower-case words before the kind. */
const PHRASE = String.raw`(?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(${BODY})`;
/** The phrase ending the text, after a clause's edge ("…," the ministry | said in a statement). */
const ENDING = new RegExp(String.raw`(?:^|[,;:"“”]\s*)${PHRASE}\s*$`, 'u');
/** The phrase as possessor right before the noun ("read the foreign ministry's | statement"). */
const OWNER = new RegExp(
  String.raw`\b${PHRASE}['’]s?\s+(?:(?:joint|written|official|brief|latest|press|news|new)\s+)?$`,
  'u',
);
/** The phrase opening the text, its article taken ("issued by the | ministry", "from the | ministry"). */
const OPENING = new RegExp(String.raw`^(?:(?:the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(${BODY})\b`, 'u');
/** The kind as a modifier of the noun ("a government news | release", "a ministry | statement"). */
const MODIFIER = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he)\s+(${BODY})\s+(?:(?:news|press|official|written)\s+)?$`,
  'u',
);

/** The body "the ministry" ending `before` (which ends at pos) stands for, read as the shapes above allow. */
export function bodyNounEnding(c: Ctx, before: string, pos: number): Entity | undefined {
  const m = ENDING.exec(before) ?? OWNER.exec(before) ?? MODIFIER.exec(before);
  return m ? bodyOfKind(c, m[1]!, pos) : undefined;
}

/** The body "the ministry" opening `after` (which starts at pos) stands for. */
export function bodyNounOpening(c: Ctx, after: string, pos: number): Entity | undefined {
  const m = OPENING.exec(after);
  return m ? bodyOfKind(c, m[1]!, pos) : undefined;
}

/**
 * The body a kind stands for at pos: the last organisation named before whose name holds the word ("the
 * ministry": the Slovak Foreign Ministry); "the government": the state acting before. "The ministry" of an
 * article that names none is no one (test/unit/extract-events-role-parties.test.ts).
 */
export function bodyOfKind(c: Ctx, kind: string, pos: number): Entity | undefined {
  const org = c
    .inRange(0, pos, ['Organization'])
    .reverse()
    .find((x) => x.entity.name.toLowerCase().includes(kind));
  if (org) return org.entity;
  return kind === 'government' ? bodyBefore(c, pos) : undefined;
}

/** The body or state acting in the text before pos (actorBefore), never an outlet. */
export function bodyBefore(c: Ctx, pos: number): Entity | undefined {
  const a = actorBefore(c, pos);
  if (!a || a.type === 'Person' || (a.type === 'Organization' && isOutlet(c, a, pos, pos))) return undefined;
  return actorOf(c, a);
}
