// A summons told without the verb "summon": "the Foreign Office called in the Russian ambassador", "the
// Chinese ambassador was called in to the Foreign Ministry", "X, the Ambassador of Kyrgyzstan, was invited to
// the Ministry of Foreign Affairs of Tajikistan, where he was handed a note". Said of anyone else these are no
// summons ("called in the army", "was invited to the summit"), so the one acted on must be an envoy, and an
// invitation must be to a foreign ministry. The clause is read as the summons rule reads "summoned".
import type { EventRule } from './hit.js';
import { readSummons } from './summons.js';

/** "to the Foreign Ministry", "to the Ministry of Foreign Affairs", "to the MFA", "to the Foreign Office". */
const TO_MINISTRY =
  /^(?:\s+(?:[\p{L}'’-]+\s+){0,6}?)?\s*to\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}]*\s+){0,2}(?:Foreign|External)\s+(?:Ministry|Office|Affairs\s+Ministry)|(?:[\p{Lu}][\p{L}]*\s+)?Ministry\s+of\s+(?:Foreign|External)\s+Affairs|MFA|MOFA|(?:foreign|external)\s+(?:ministry|office|affairs\s+ministry)|ministry\s+of\s+(?:foreign|external)\s+affairs)\b(?!['’])/u;

export const calledInSummons: EventRule = {
  id: 'events/summons:called-in',
  type: 'summons',
  re: /\b(?:called|calls|call|calling)\s+in\b(?!\s+(?:sick|to\s+(?:say|a\s+(?:radio|television|tv)\b)))|\b(?:invited|invites|invite|inviting)\b/g,
  guard: { words: ['call', 'invit'] },
  run(h) {
    const word = h.c.work.slice(h.at, h.end);
    // An invitation summons only to a foreign ministry, named within a few words of the verb.
    if (/^invit/.test(word) && !TO_MINISTRY.test(h.c.work.slice(h.end, h.s.end))) return;
    readSummons(h, true);
  },
};
