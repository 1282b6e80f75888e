// The title words the speech-subject rules read around a name (speech-subject.ts): a title's own preposition
// ("Minister for …"), the words between a body and its officer's name ("Foreign Ministry spokesman X"),
// and capitalised appositions after a name. Their head-of-mission titles come from role-nouns.ts, so a
// high commissioner is read where an ambassador is.
import { HEAD_OF_MISSION, SPOKESPERSON } from '../role-nouns.js';

/** A title's own preposition ("Chairman of the …", "Minister for …"): no object of a verb. */
export const TITLE_OF = new RegExp(
  String.raw`\b(?:chairman|chairwoman|chair|head|minister|secretary|director|president|member|speaker|governor|mayor|${HEAD_OF_MISSION}|representative|${SPOKESPERSON})\s+(?:of|on|for|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,6}$`,
  'iu',
);

/** What may stand between a body and the name of its officer ("Foreign Ministry spokesman X"). */
export const RUN_GAP = new RegExp(
  String.raw`^\s+(?:(?:deputy|chief|senior|foreign|press|${SPOKESPERSON}|secretary|minister|chairman|chairwoman|head|director|official|${HEAD_OF_MISSION}|representative)\s+){0,2}$`,
);

/** Capitalised appositions after a name, then perhaps where it was said: ", Spokesperson, Ministry of X, in Delhi". */
export const APPOSITIVES = new RegExp(
  String.raw`^(?:\s*,\s*(?:(?:of|for|the|and|on)\s+|\p{Lu}[\p{L}.’'-]*\s*|(?:${SPOKESPERSON}|minister|${HEAD_OF_MISSION}|secretary|official|adviser|director|head|chief|deputy|senior|foreign|press)\s+)+)+,?\s*(?:(?:in|at|during|on|while)\s+[^,]{0,40}?)?\s*(?:(?:has|have|also)\s+)?$`,
  'u',
);
