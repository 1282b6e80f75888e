// A capitalised title "of" a body run straight into the name, with no comma: "Deputy Chairman of the
// Security Council X", "Chairman of the Prime Minister's Office Sheikha X", "Director of the Federal
// Security Service X" (appositions.ts reads the forms with a comma or an article and a lower-case role).
// The post's words are role-nouns.ts's shared lists: a head post LEADS, a spokesperson speaks for the body,
// any other body title is a member.
import type { Ctx } from '../context.js';
import type { RelOut } from '../events/index.js';
import { BODY_TITLE, HEAD_POST, HEAD_POST_TITLE, SPEAKS_FOR_BODY_TITLE } from '../role-nouns.js';
import { HONORIFIC_ONE } from '../honorifics.js';

/** Capitalised title words (a body title last) and "of (the)" right before the body: "Deputy Chairman of the ". */
const CAP_TITLE_OF = new RegExp(
  String.raw`(?:^|[\s(])((?:\p{Lu}[\p{Ll}-]+\s+){0,2}?(?:${HEAD_POST}|${BODY_TITLE}))\s+of\s+(?:the\s+)?$`,
  'iu',
);
/** A deputy's word before a head's post makes a member: "Deputy Chairman", "Vice President". */
const DEPUTY_WORD = /^(?:deputy|vice|assistant|acting|senior|first\s+deputy)\s+/i;
/** Between the body and the name: nothing, an honorific ("Dr") or one capitalised title ("General", "Sheikha"). */
const NAME_LEAD = new RegExp(String.raw`^\s+(?:(?:${HONORIFIC_ONE}|\p{Lu}\p{Ll}+)\s+)?$`, 'u');

export function titleOfBodyRelations(c: Ctx): RelOut[] {
  const out: RelOut[] = [];
  for (const m of c.mentions) {
    if (m.entity.type !== 'Person' || m.nominal) continue;
    const s = c.sentenceAt(m.start);
    if (!s) continue;
    const body = c.inRange(Math.max(s.start, m.start - 90), m.start, ['Organization']).pop();
    if (!body) continue;
    const gap = c.work.slice(body.end, m.start);
    if (!NAME_LEAD.test(gap)) continue;
    const t = CAP_TITLE_OF.exec(c.work.slice(Math.max(s.start, body.start - 60), body.start));
    if (!t) continue;
    // The capitalised words only (the pattern reads case-blind): "met Premier" is "Premier"; a lower-case
    // word inside is a clause, not a title ("the head of the …" is appositions.ts's).
    const words = t[1]!.split(/\s+/);
    while (words.length && !/^\p{Lu}/u.test(words[0]!)) words.shift();
    if (!words.length || words.some((w) => !/^\p{Lu}/u.test(w))) continue;
    const title = words.join(' ');
    const leads = HEAD_POST_TITLE.test(title.replace(DEPUTY_WORD, '')) && !DEPUTY_WORD.test(title);
    out.push({
      source: m.entity,
      type: SPEAKS_FOR_BODY_TITLE.test(title) ? 'SPOKESPERSON_OF' : leads ? 'LEADS' : 'MEMBER_OF',
      target: body.entity,
      evidence: [c.evidence(s)],
      rule: 'relations/title-of-body:cap-title-of-body-name',
    });
  }
  return out;
}
