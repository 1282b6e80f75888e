// Relations read from titles before names: "Kremlin spokesman Dmitry Peskov", "the President's press
// secretary X", "White House press secretary X" (SPOKESPERSON_OF), "Deputy Secretary of State Wendy
// Sherman" (MEMBER_OF), a body's spokesperson by role alone ("the Presidential Office spokesman said":
// the person the text titled as a spokesperson before it), and envoy phrases ("Russia's envoy to the
// United States X": AMBASSADOR_TO). A bare "Secretary of State X" is not made a member of the State Department the
// article names: the reviewed pages never annotate it so.
import type { Ctx } from '../context.js';
import type { RelOut } from '../events/index.js';
import type { Entity } from '../entities/index.js';
import { BODY_TITLE, HEAD_POST_TITLE, SPEAKS_FOR_BODY, SPEAKS_FOR_BODY_TITLE } from '../role-nouns.js';
import { bodyNamedBefore } from './bodies.js';
import { span } from '../text.js';
import { personByRole } from '../quotes/role-coreference.js';
import { withQuotedMentions } from './whole-text.js';

/** A title that holds a spokesperson's word or phrase: "Foreign Ministry Spokeswoman", "Press Secretary". */
const SPEAKS_FOR_BODY_IN_TITLE = new RegExp(String.raw`\b${SPEAKS_FOR_BODY}\b`, 'i');
/** "<body> spokesman" with no name after it ("the Presidential Office spokesman said"). */
const BODY_SPOKESPERSON = new RegExp(String.raw`^\s+(${SPEAKS_FOR_BODY})\b(?!\s*,?\s*\p{Lu})`, 'u');

/** A body's officer's title right before a name (an academic honorific between them changes nothing). */
const TITLE_BEFORE_NAME = new RegExp(String.raw`(?:^|\s)(${BODY_TITLE}),?\s+(?:(?:Dr|Prof)\.?\s+)?$`, 'i');

/** Between a body and the title after it: a possessive, a bracketed abbreviation, up to three lower-case
 * words of the post ("EU foreign policy chief X", "Google's chief executive X", "UN senior official X"). */
const ORG_THEN_TITLE = /^\)?(?:['’]s)?\s+(?:\(\p{Lu}[\p{L}.]{1,10}\)\s+)?(?:\p{Ll}[\p{Ll}-]+\s+){0,3}$/u;
/** …but not a word that ends the body's phrase: a function word, a verb of saying or another title
 * ("the ministry spokesperson about President X"). */
const TITLE_GAP_STOP =
  /\b(?:about|of|for|to|by|with|and|or|on|in|from|at|as|the|a|an|his|her|its|their|that|who|which|said|says|told|met|and|spokes\w*|minister|secretary|ambassador|envoy|official)\s/;

/** The body the (up to three) words right before `pos` name again: "Foreign Ministry", "ministry". */
function bodyBefore(c: Ctx, pos: number): Entity | undefined {
  const words = /(?:\p{L}+\s+){0,2}\p{L}+\s+$/u.exec(c.work.slice(Math.max(0, pos - 40), pos));
  if (!words) return undefined;
  const ws = words[0].trim().split(/\s+/);
  for (let k = ws.length; k >= 1; k--) {
    const body = bodyNamedBefore(c, ws.slice(-k).join(' '), pos);
    if (body) return body;
  }
  return undefined;
}

export function titleRelations(article: Ctx): RelOut[] {
  const c = withQuotedMentions(article);
  const out: RelOut[] = [];
  const text = c.text;
  // "Kremlin spokesman Dmitry Peskov", "White House press secretary X": an organisation, a lower-case title, a name
  // (an academic honorific between title and name changes nothing: "NATO Secretary General Dr. X").
  for (const m of c.mentions) {
    if (m.entity.type !== 'Person' || m.nominal) continue;
    const lead = c.work.slice(Math.max(0, m.start - 40), m.start);
    const t = TITLE_BEFORE_NAME.exec(lead);
    if (!t) continue;
    const titleStart = m.start - lead.length + t.index + (t[0].length - t[0].trimStart().length);
    if (/envoy/i.test(t[1]!)) continue;
    const found = c.inRange(Math.max(0, titleStart - 60), titleStart, ['Organization']).pop();
    let org: { entity: Entity; start: number } | undefined =
      found &&
      ORG_THEN_TITLE.test(c.work.slice(found.end, titleStart)) &&
      !TITLE_GAP_STOP.test(c.work.slice(found.end, titleStart))
        ? found
        : undefined;
    let rule = 'relations/titles:organization-title-name';
    // "the Foreign Ministry Spokesman, X": a body named again by its head words, the one named before.
    const body = org ? undefined : bodyBefore(c, titleStart);
    if (!org && body) {
      org = { entity: body, start: titleStart };
      rule = 'relations/titles:body-named-again-title-name';
    }
    // "the President's press secretary X", "the ministry's spokeswoman X": the possessor a spokesperson speaks for.
    const owner = SPEAKS_FOR_BODY_TITLE.test(t[1]!)
      ? c.inRange(Math.max(0, titleStart - 60), titleStart, ['Person', 'Organization']).pop()
      : undefined;
    if (
      !org &&
      owner &&
      /^['’]s\s+(?:(?:chief|senior|deputy|official)\s+)?$/i.test(c.work.slice(owner.end, titleStart))
    ) {
      org = owner;
      rule = 'relations/titles:owner-spokesperson-name';
    }
    if (!org) continue;
    // The head of the body leads it ("U.N. Secretary General X", "World Bank President X", "Gazprom CEO
    // X"); anyone else is a member.
    const type = SPEAKS_FOR_BODY_TITLE.test(t[1]!)
      ? 'SPOKESPERSON_OF'
      : HEAD_POST_TITLE.test(t[1]!) &&
          // (The head of a part of the body leads the part, not the body: "EU foreign policy chief X".)
          !(org === found && /\s\p{Ll}[\p{Ll}-]*\s+$/u.test(c.work.slice(found.end, titleStart))) &&
          !/\b(?:deputy|vice|assistant|senior)\s+$/i.test(
            c.work.slice(Math.max(0, titleStart - 12), titleStart),
          )
        ? 'LEADS'
        : 'MEMBER_OF';
    const s = c.sentenceAt(m.start);
    out.push({
      source: m.entity,
      type,
      target: org.entity,
      evidence: [s ? c.evidence(s) : span(text, org.start, m.end)],
      rule,
    });
  }
  // Titles before names: "Foreign Ministry Spokeswoman Maria Zakharova", "Deputy Secretary of State Wendy Sherman".
  for (const l of c.idx.roleLinks) {
    // ("NATO Secretary General X", "Authority General Manager X" lead the body; "Deputy Director X" is a member.)
    const type = SPEAKS_FOR_BODY_IN_TITLE.test(l.title)
      ? 'SPOKESPERSON_OF'
      : HEAD_POST_TITLE.test(l.title)
        ? 'LEADS'
        : 'MEMBER_OF';
    const s = c.sentenceAt(l.evidence.start);
    out.push({
      source: l.person,
      type,
      target: l.org,
      evidence: [s ? c.evidence(s) : l.evidence],
      rule: 'relations/titles:title-before-name',
    });
  }
  // "… ,” the Presidential Office spokesman said": a body's spokesperson named by role alone is the one
  // the text introduced with a spokesperson's title before it.
  const persons = c.mentions.filter((x) => x.entity.type === 'Person');
  for (const org of c.mentions) {
    if (org.entity.type !== 'Organization' || org.nominal) continue;
    if (!/\bthe\s+$/i.test(c.work.slice(Math.max(0, org.start - 4), org.start))) continue;
    const role = BODY_SPOKESPERSON.exec(c.work.slice(org.end, org.end + 60));
    if (!role) continue;
    const p = personByRole(c.work, persons, role[1]!, org.start);
    const s = c.sentenceAt(org.start);
    if (p && s)
      out.push({
        source: p,
        type: 'SPOKESPERSON_OF',
        target: org.entity,
        evidence: [c.evidence(s)],
        rule: 'relations/titles:body-spokesperson-by-role',
      });
  }
  for (const l of c.idx.envoyLinks) {
    const s = c.sentenceAt(l.evidence.start);
    out.push({
      source: l.person,
      type: 'AMBASSADOR_TO',
      target: l.target,
      evidence: [s ? c.evidence(s) : l.evidence],
      rule: 'relations/titles:envoy-phrase',
    });
  }
  return out;
}
