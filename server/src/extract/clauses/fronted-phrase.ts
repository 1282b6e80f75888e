// A fronted adverbial phrase that ends in a list of names, then the subject after its closing comma:
// "In response to the expulsions by Britain, Germany and Poland, Russia expelled …", "After talks with
// Germany, France expelled …", "Responding to the move by A and B, C and D ordered …". The names right
// after the phrase's preposition belong to the phrase, and a list closed by "and" (or a bare pair) does not
// go on past a bare comma: the subject is what follows the last bare comma before the verb. Only when the
// sentence (past a dateline) opens with a preposition or an -ing word and no comma closes the phrase before
// the list; not "Along/Together with A, B" (companions, who act too), not a list with no bare comma ("by A and
// B Russia expelled").
import type { Ctx } from '../context.js';
import type { Mention } from '../entities/index.js';
import type { Sentence } from '../text.js';

/** A dateline ("MOSCOW —", "PARIS (AFP) -"), then the sentence's first word. */
const OPENER = /^\s*(?:\p{Lu}{2,}[\p{Lu}\s,.'’]*(?:\s*\([^)]{1,40}\))?\s*[—–-]{1,2}\s*)?(\p{Lu}\p{Ll}+)\b/u;
const FRONTED_WORD =
  /^(?:in|after|following|despite|amid|amidst|before|since|unlike|like|given|over|for|from|against|with|without|among|during|at|on|by|through|upon|under|ahead|prior|because|due|owing|regarding|concerning|beyond|besides)$/;

/** A bare comma between two items (not ", and", ", or"). */
const BARE_COMMA = /^\s*,\s*$/;

/**
 * The items of a list ending right before a verb that follow a fronted phrase's closing comma, when the
 * list's first item sits right after that phrase's preposition (`before` ends with the preposition).
 */
export function afterFrontedPhrase(c: Ctx, s: Sentence, items: Mention[]): Mention[] | undefined {
  if (items.length < 2) return undefined;
  const lead = c.work.slice(s.start, items[0]!.start);
  const opener = OPENER.exec(lead);
  const word = opener?.[1]?.toLowerCase();
  if (!word || !(FRONTED_WORD.test(word) || /^\p{Ll}{3,}ing$/u.test(word))) return undefined;
  // The phrase must still be open at the list: "On Tuesday, Belarusian diplomats in A, B and C were expelled"
  // closed it before the list, whose names are the subject's own.
  if (/[,;:]/.test(lead.slice(opener!.index + opener![0].length))) return undefined;
  for (let i = items.length - 1; i > 0; i--)
    if (BARE_COMMA.test(c.work.slice(items[i - 1]!.end, items[i]!.start))) return items.slice(i);
  return undefined;
}
