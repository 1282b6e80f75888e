// Whether an organisation is of the kind a body noun names ("the ministry", "the mission", "the agency"):
// its name or one of its aliases has the noun in it, or the text named it with the noun right before one
// of its mentions, its long name or an apposition ("the United Nations Mission in South Sudan (UNMISS)",
// "the UN refugee agency UNHCR": the mission, the agency), so that an acronym's body is found by its kind.
import { patternOf } from '../regex-matches.js';
import type { Entity, Mention } from '../entities/index.js';

/** The noun, then only capitalised words, small joining words or an opening bracket up to the mention. */
function kindBefore(head: string): RegExp {
  const h = head.replace(/[^\p{L}]/gu, '');
  const first = `[${h[0]!.toUpperCase()}${h[0]!.toLowerCase()}]${h.slice(1).toLowerCase()}`;
  return patternOf(
    String.raw`\b${first}(?:\s+(?:in|of|for|to|on|the|and|\p{Lu}[\p{L}.’'-]*))*\s*\(?\s*$`,
    'u',
  );
}

/** Whether `entity` is a body of the kind `head` names (name, alias or the words right before a mention). */
export function isOfKind(work: string, mentions: readonly Mention[], entity: Entity, head: string): boolean {
  const h = head.toLowerCase();
  if ([entity.name, ...(entity.aliases ?? [])].some((n) => n.toLowerCase().includes(h))) return true;
  const re = kindBefore(h);
  return mentions.some(
    (m) =>
      m.entity === entity &&
      re.test(
        work
          .slice(Math.max(0, m.start - 60), m.start)
          .split('\n')
          .pop()!,
      ),
  );
}
