// Relations read from what a name is said to be, in apposition or in a relative clause: "Grant Leaity, deputy
// humanitarian coordinator for OCHA," and "X, UNICEF representative in Ethiopia" (MEMBER_OF), "X, the commander
// of the Army Ground Forces", "X, speaker of the Knesset" (LEADS; a deputy is a member), "X, a spokeswoman for
// Foreign Minister Y" (SPOKESPERSON_OF), "A and B, both of whom are senior officials in the Morality Police",
// "OCHA's A, B and C" (MEMBER_OF each), "the Basij, a subsidiary force of the IRGC" (MEMBER_OF between
// organisations), "X, director-general of the ministry's Asian Affairs Department" (LEADS the department,
// MEMBER_OF the ministry named before), "the ministry, led by Secretary X," (LEADS), "X, Secretary-General of
// the United Nations", "X, CEO of mining company Y" (LEADS), "by spokesman of the ministry X" (no article), and
// a role the subject acts in ("X attended as chairman of the African Union", "in his capacity as Chair of A and
// Chair of B": LEADS each), and a role after a copula ("Mr X is the chief executive of Y"). Evidence is the
// sentence.
import { listAfter, listBefore, mentionAt } from '../clauses/noun-phrase.js';
import type { Ctx } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import { bodyNamedBefore } from './bodies.js';
import { withQuotedMentions } from './whole-text.js';
import { matchesOf } from '../regex-matches.js';
import { HONORIFIC_ONE } from '../honorifics.js';
import { HEAD_POST_PHRASE, HEAD_POST_TITLE } from '../role-nouns.js';

/** A post that heads its body (role-nouns.ts's shared list). */
const LEAD = HEAD_POST_TITLE;
/** Lower-case words that say what kind of body follows: "CEO of mining company X". */
const BODY_KIND = String.raw`(?:(?:[\p{Ll}-]+\s+){0,3}?(?:company|firm|giant|group|corporation|conglomerate|bank|producer|maker|operator|carrier)\s+)?`;
const MEMBER =
  /^(?:coordinator|representative|official|officials|officer|officers|executive|executives|member|members|adviser|advisor|aide|staffer|employee|envoy|diplomat|analyst|commander|chief|head|director|minister|secretary|under-?secretary|deputy|commissioner|negotiator|delegate|lawmaker|legislator|senator|congress(?:wo)?man|mp|inspector|investigator|prosecutor|researcher|strategist|administrator|manager|spokes(?:wo)?man|spokesperson|counselor|counsellor|attach[eé]|consul|(?:d['’])?affaires|councillor|councilor)$/;
/** An apposition or copula that lists a body's members: ", a|is a <noun phrase> consisting of|made up of|comprising ". */
const MADE_OF =
  /^(?:(?:\s+(?:member\s+)?(?:countries|states|nations))?(?:,|\s+(?:is|was))\s+(?:an?|the)\s+[^,;()]{0,80}?\b(?:consisting of|made up of|comprising|composed of|that (?:includes|brings together)|which (?:includes|brings together)|grouping|bringing together)|\s+(?:consists of|comprises|is made up of|is composed of))\s+(?:the\s+)?/;
/** Between a role's comma and the name: "Ambassador" or one honorific or style ("…, Hon. X", "…, H.E. X"). */
const NAME_LEAD = String.raw`(?:(?:Ambassador\.?|${HONORIFIC_ONE})\s+)?`;
/** "the <role> of|at|in|for <body>, " right before a name ("A spokeswoman for the embassy, X," at a sentence's start too). */
const ROLE_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s+(?:of|at|in|for)\s+[^,;()]{2,70}),\s+${NAME_LEAD}$`,
  'u',
);
/** "the <role> of|at|in|for <body> " right before a name, without a comma (the body checked as a mention). */
const ROLE_BEFORE_TIGHT =
  /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s+(?:of|at|in|for)\s+[^,;()]{2,70}?)\s+$/u;
/** A capitalised title of a body, with or without an article, before ", Name": "President of the Libyan
 * Presidential Council, Mohammed Younis Menfi", "the Secretary-General of NATO, X" (an honorific or
 * "Ambassador" after the comma: "the Head of the Mission, Ambassador X"). */
const CAP_ROLE_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,3}(?:of|at)\s+[^,;()]{2,70}),\s+${NAME_LEAD}$`,
  'u',
);
/** The same with no article, the role word first: "reported by spokesman of the Foreign Ministry X". */
const ROLE_BARE_TIGHT =
  /(?:^|\b(?:by|from|with|to|and)\s+)((?:spokes(?:wo)?man|spokesperson|head|chief|director|chairman|chairwoman)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[^,;()]{2,70}?)\s+$/u;
/** A copula right after a name, then a role phrase up to the clause's end: "is the chief executive of X". */
const COPULA_ROLE =
  /^\s+(?:is|was|has been|had been|remains|became|serves as|served as)\s+(?:also\s+|now\s+|currently\s+|still\s+)?(?:an?\s+|the\s+)?((?:[\p{L}-]+\s+){1,4}(?:of|at|for|in)\s+[^,;()]{2,90}?)(?=\s*(?:[,;().]|$|\s+(?:and|since|until|from|who|which|when|while)\b))/u;
/** ", led by " after a body's name. */
const LED_BY = /^,\s+(?:which\s+is\s+|now\s+)?(?:led|headed|chaired)\s+by\s+(?:the\s+)?/;
/** Capitalised title words (and a bracketed abbreviation) before a name: "Cabinet Secretary (CS) ". */
const TITLE_WORDS = /^(?:(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}+\)|of|for)\s+){0,5}$/u;
const PART = /^(?:element|unit|branch|wing|subsidiary|arm|part|member|affiliate|division|force|body|agency)$/;
const DEPUTY = /\b(?:deputy|vice|assistant|acting|senior)\b/;
/** Where an "as" role ends: a comma or bracket, or a conjunction that does not start another role of a body. */
const AS_ROLE_END =
  /[,;()]|\s+(?:and|to|in order|where|while|after|before|since)\s+(?!\p{Lu}\p{Ll}+\s+(?:of|for)\s)/u;
/** Before a sentence's subject: titles or an article only. */
const LEADING = /^\s*(?:(?:\p{Lu}[\p{L}.'’-]*|the)\s+){0,5}$/u;
/** "in his capacity as ", "as " before a role of a body (not "replaced as", "known as", "such as"). */
const AS_ROLE =
  /\b(?:in\s+(?:his|her|their)\s+capacity\s+as|(?<!\b(?:replaced|resigned|stepped\s+down|removed|dismissed|ousted|sacked|succeeded|known|such|well|so|same|serve|elected|named|appointed|nominated)\s)as)\s+(?:the\s+)?(?=(?:[\p{L}-]+\s+){1,3}?(?:of|for|at)\s)/gu;

/** Words of a body's standing before its name: "the leader of the opposition Labour Party". */
const BODY_STANDING = String.raw`(?:(?:ruling|opposition|governing|main|global|powerful|banned|outlawed|militant|far-right|far-left|right-wing|left-wing|nationalist|centre-right|center-right|centre-left|center-left|conservative|liberal|separatist|rebel)\s+){0,2}`;
/** "<role> for|of|at|in|from <body>" up to the body: "deputy humanitarian coordinator for OCHA", "CEO of mining
 * company X", "a lawmaker from the ruling X party". */
const PRE_ROLE = new RegExp(
  String.raw`(?:^|\s)(${HEAD_POST_PHRASE}|CEO|MP|(?:d['’])?[\p{Ll}-]+)\s+(?:for|of|at|in|with|to|from)\s+(?:the\s+)?${BODY_STANDING}${BODY_KIND}(?:(?:\p{Lu}[\p{L}.]*\s+(?:of\s+(?:the\s+)?)?){0,3}\S+['’]s\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$`,
  'u',
);
/** "<role> of <field> at|in|with|for <body>": "chief of mission at the", "director of policy at". */
const ROLE_FIELD = new RegExp(
  String.raw`(?:^|\s)([\p{Ll}-]+)\s+of\s+(?:[\p{Ll}-]+\s+(?:and\s+)?){1,3}(?:at|in|with|for)\s+(?:the\s+)?${BODY_STANDING}(?:\p{Lu}[\p{L}.]*\s+){0,3}$`,
  'u',
);
/** A capitalised title (hyphenated too: "Secretary-General") before "of|at" and the body. */
const CAP_ROLE = new RegExp(
  String.raw`(?:^|\s)((?:\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?\s+)?\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?|CEO)\s+(?:of|at)\s+(?:the\s+)?${BODY_KIND}$`,
  'u',
);

/** CAP_ROLE_BEFORE's match, unless the role is the apposition of a name before it ("A, Vice Chairman of X, B"). */
function capRoleBefore(c: Ctx, from: number, to: number): RegExpExecArray | null {
  const m = CAP_ROLE_BEFORE.exec(c.work.slice(from, to));
  if (!m) return null;
  const roleAt = from + m.index + m[0].indexOf(m[1]!);
  const prev = c.inRange(from, roleAt, ['Person']).pop();
  return prev && /^\s*,\s*(?:(?:the|its|their)\s+)?$/i.test(c.work.slice(prev.end, roleAt)) ? null : m;
}

/** A relative's noun opening an apposition: "wife of", "the eldest son of", "a niece of". */
const KIN_OF =
  /^(?:(?:the|an?|his|her|their)\s+)?(?:[\p{Ll}-]+\s+)?(?:wife|husband|spouse|widow|widower|partner|fianc[eé]e?|son|daughter|child|father|mother|parent|brother|sister|sibling|half-brother|half-sister|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandfather|grandmother|(?:son|daughter|brother|sister|father|mother)-in-law|stepson|stepdaughter|stepfather|stepmother)\s+of\b/iu;

/** A word of a role held no more: "former", "ex-", "one-time", "erstwhile". */
const FORMER = /\b(?:former|ex-|one-time|onetime|erstwhile)/i;

/** The relation that "<Name>, <apposition>" states, read from the apposition's role word and its body. */
function fromApposition(
  c: Ctx,
  who: Mention,
  from: number,
  to: number,
): { type: string; target: Entity; also?: Entity[]; within?: Entity } | undefined {
  const text = c.work.slice(from, to);
  if (/\b(?:said|says|told|was|were|is|are|has|had|who|which|when)\b/.test(text)) return undefined;
  // "X, wife of the president of the government", "the son of the founder of Y": a relative of the holder.
  if (KIN_OF.test(text)) return undefined;
  // "Mr X, a former GRU officer", "the ex-head of Interpol, X": a role held no more (but in a leader's
  // administration the role is of its time: "a former deputy secretary of state in the Obama administration").
  if (
    who.entity.type === 'Person' &&
    FORMER.test(text) &&
    !c
      .inRange(from, to, ['Organization'])
      .some((m) => /\b(?:administration|government)$/i.test(m.entity.name))
  )
    return undefined;
  // "Mayor of Moscow X, Deputy Chairman of the Security Council Y and …": a list of titled names; a
  // capitalised title after the comma that runs into a name is that name's (not "a spokeswoman for
  // Minister Y", which starts lower-case).
  if (
    /^\p{Lu}/u.test(text) &&
    c
      .inRange(from, to, ['Person'])
      .some(
        (m) =>
          m.entity !== who.entity &&
          !m.nominal &&
          /\p{Lu}[\p{L}.]*\s+$/u.test(c.work.slice(Math.max(from, m.start - 40), m.start)),
      )
  )
    return undefined;
  const bodies = c.inRange(from, to, ['Organization', 'Person']).filter((m) => m.entity !== who.entity);
  for (const [i, body] of bodies.entries()) {
    const before = c.work.slice(from, body.start);
    const after = c.work.slice(body.end, to);
    // "<role> for|of|at|in <body>": "deputy humanitarian coordinator for OCHA", "the commander of the X".
    const pre = PRE_ROLE.exec(before);
    // "<body> <role>": "UNICEF representative in Ethiopia", "the LEF commander of the … province"; the
    // body's possessive names the role's head noun before "for|of|at|in" or the apposition's end ("the
    // Treasury Department's undersecretary for terrorism", "the ministry's top sanctions official").
    const owned = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)(?=\s+(?:for|of|at|in|on)\b|\s*$)/u.exec(
      after,
    );
    const post = owned ?? /^\s+([\p{Ll}-]+)\b/u.exec(after);
    // A capitalised title that heads the body: "X, the Secretary General of NATO", "X, President of the
    // European Commission".
    const cap = CAP_ROLE.exec(before);
    const capRole =
      cap && LEAD.test(cap[1]!.toLowerCase().replace(/\s+/, ' ')) ? cap[1]!.toLowerCase() : undefined;
    if (
      capRole &&
      who.entity.type === 'Person' &&
      body.entity.type === 'Organization' &&
      !DEPUTY.test(before.toLowerCase())
    )
      return { type: 'LEADS', target: body.entity };
    // "X, Minister Counselor at the US embassy", "X, Vice Chairman of the agency": a capitalised member
    // title before the body (a head's title with a deputy's word is a member's).
    const capLast = cap?.[1]!.toLowerCase().split(/\s+/).pop();
    const capMember = capLast && (MEMBER.test(capLast) || LEAD.test(capLast));
    // "acting deputy chief of mission at the embassy", "director of policy at X": a role with its field,
    // a member of the body (not its head).
    const field = pre && !MEMBER.test(pre[1]!) && !LEAD.test(pre[1]!) ? ROLE_FIELD.exec(before) : null;
    const role =
      field?.[1] ??
      pre?.[1]!.toLowerCase().replace(/\s+/g, ' ') ??
      (capMember ? capLast : undefined) ??
      post?.[1];
    if (!role) continue;
    // A parliament's speaker ("speaker of the Knesset", "the Knesset speaker"), not one who speaks at a
    // body's event ("a guest speaker at Harvard University").
    if (/speaker$/.test(role) && !(pre ? /\sof\s/.test(pre[0]) : /^the\s/i.test(text))) continue;
    // "a CIA and National Security Council staffer", "an EU and NATO member": the role after the last
    // of two bodies joined by "and" is held in each.
    const prev = bodies[i - 1];
    const also =
      !pre &&
      post &&
      prev?.entity.type === 'Organization' &&
      /^\s+and\s+$/.test(c.work.slice(prev.end, body.start))
        ? [prev.entity]
        : undefined;
    // "Poland, an EU and NATO member": a state a member of a body.
    if (who.entity.type === 'Place') {
      if (role === 'member' && body.entity.type === 'Organization')
        return { type: 'MEMBER_OF', target: body.entity, also };
      continue;
    }
    if (who.entity.type === 'Organization') {
      if (pre && PART.test(role) && body.entity.type === 'Organization')
        return { type: 'MEMBER_OF', target: body.entity };
      continue;
    }
    if (/^spokes/.test(role)) return { type: 'SPOKESPERSON_OF', target: body.entity };
    if (body.entity.type !== 'Organization') continue;
    // ("vice-chairman", "co-chair": a deputy's prefix on a head's title.)
    const head = role.replace(/^(?:vice|co|sub|deputy|assistant|ex)-/, '');
    if (!MEMBER.test(head) && !LEAD.test(head)) continue;
    // (A hyphen makes a deputy only in "vice-", "co-", "sub-", "under-": a "director-general" heads.)
    const deputy = DEPUTY.test(before.toLowerCase()) || /^(?:co|sub|under|vice|ex)-/.test(role);
    // The commander of a place ("the LEF commander of the … province") is a member of his own body.
    // The head of a body's part ("head of the party's international department") is a member of the body.
    const ofPart = /^['’]s?\s/.test(after);
    const leads = pre && !field && LEAD.test(role) && !deputy && !ofPart;
    // "director-general of the ministry's Asian Affairs Department": a member of the ministry too.
    const owner = /\bthe\s+((?:\p{Ll}+\s+)?\p{Ll}+)['’]s\s+$/u.exec(c.work.slice(from, body.start));
    const within = owner ? bodyNamedBefore(c, owner[1]!, from) : undefined;
    return { type: leads ? 'LEADS' : 'MEMBER_OF', target: body.entity, also, within };
  }
  // "X, the official spokesman for the ministry": a body named again by its head words (bodies.ts).
  const again = /(?:^|\s)([\p{Ll}-]+)\s+(?:for|of|at|in)\s+the\s+((?:\p{L}+\s+)?\p{L}+)\s*$/u.exec(text);
  if (!bodies.length && again && who.entity.type === 'Person') {
    const body = bodyNamedBefore(c, again[2]!, from);
    const role = again[1]!;
    if (body && /^spokes/.test(role)) return { type: 'SPOKESPERSON_OF', target: body };
    if (body && (MEMBER.test(role) || LEAD.test(role)))
      return { type: LEAD.test(role) && !DEPUTY.test(text) ? 'LEADS' : 'MEMBER_OF', target: body };
  }
  return undefined;
}

export function appositionRelations(article: Ctx): RelOut[] {
  const c = withQuotedMentions(article);
  const out: RelOut[] = [];
  const add = (source: Entity, type: string, target: Entity, at: number, rule: string) => {
    const s = c.sentenceAt(at);
    if (s && source !== target)
      out.push({ source, type, target, evidence: [c.evidence(s)], rule: `relations/appositions:${rule}` });
  };
  for (const m of c.mentions) {
    if (m.nominal) continue;
    const s = c.sentenceAt(m.start);
    if (!s) continue;
    // "X, <apposition>,": up to the next comma, semicolon, bracket or the sentence's end.
    // (Or after a dash when the name opens a line: "Ivan Petrov – Head of the Federal Penitentiary
    // Service", a list's line.)
    const lineLead = /(?:^|\n)[^\S\n]*(?:[-–—•*·]|\d{1,2}[.)])?[^\S\n]*$/.test(
      c.work.slice(Math.max(0, m.start - 8), m.start),
    );
    const appo = (
      lineLead
        ? /^(?:,|[^\S\n]+[–—])\s+(?!and\b|who\b|which\b)([^,;()–—]{3,110})/
        : /^,\s+(?!and\b|who\b|which\b)([^,;()]{3,110})/
    ).exec(c.work.slice(m.end, s.end));
    if (appo) {
      const from = m.end + appo[0].length - appo[1]!.length;
      const r = fromApposition(c, m, from, from + appo[1]!.length);
      const rule =
        m.entity.type === 'Person' ? 'role' : m.entity.type === 'Place' ? 'state-member' : 'part-of';
      for (const target of r ? [r.target, ...(r.also ?? [])] : [])
        add(m.entity, r!.type, target, m.start, rule);
      if (r?.within && r.within !== r.target)
        add(m.entity, 'MEMBER_OF', r.within, m.start, 'role-within-body');
      if (m.entity.type === 'Place') continue;
      // "X, Official Spokesperson, Ministry of External Affairs": a bare role, then its body after a comma.
      const bare = /^(?:(?:the|an?)\s+)?(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)\s*$/u.exec(appo[1]!);
      const role = bare?.[1]!.toLowerCase();
      const next = from + appo[1]!.length;
      const body = /^,\s+(?:the\s+)?/.exec(c.work.slice(next, next + 8));
      const org = body ? mentionAt(c, next + body[0].length, s.end) : undefined;
      if (
        !r &&
        m.entity.type === 'Person' &&
        role &&
        (/^spokes/.test(role) || MEMBER.test(role) || LEAD.test(role)) &&
        body &&
        org?.start === next + body[0].length &&
        org.entity.type === 'Organization'
      )
        add(
          m.entity,
          /^spokes/.test(role) ? 'SPOKESPERSON_OF' : 'MEMBER_OF',
          org.entity,
          m.start,
          'role-then-body',
        );
    }
    if (m.entity.type !== 'Person') continue;
    // "the first secretary of the US embassy in Moscow, Jeffrey Sillin": a role phrase before the name.
    const pre =
      ROLE_BEFORE.exec(c.work.slice(Math.max(s.start, m.start - 140), m.start)) ??
      capRoleBefore(c, Math.max(s.start, m.start - 140), m.start);
    if (pre) {
      const from = m.start - pre[0].length + pre[0].indexOf(pre[1]!);
      const r = fromApposition(c, m, from, m.start - pre[0].length + pre[0].lastIndexOf(','));
      if (r) add(m.entity, r.type, r.target, m.start, 'role-before-name');
    }
    // "The spokesman for Iran's foreign ministry Seyyed Abbas Mousavi": no comma, the body right before the name.
    const lead = c.work.slice(Math.max(s.start, m.start - 140), m.start);
    const tight = pre ? null : (ROLE_BEFORE_TIGHT.exec(lead) ?? ROLE_BARE_TIGHT.exec(lead));
    const bodyEnd = tight ? c.inRange(m.start - tight[0].length, m.start, ['Organization']).pop() : undefined;
    if (tight && bodyEnd && /^\s+$/.test(c.work.slice(bodyEnd.end, m.start))) {
      const from = m.start - tight[0].length + tight[0].indexOf(tight[1]!);
      const r = fromApposition(c, m, from, bodyEnd.end);
      if (r) add(m.entity, r.type, r.target, m.start, 'role-before-name');
    }
    // "Mr Sechin is the chief executive of Rosneft", "X has been director of Y since 2019": a copula's role.
    const copula = COPULA_ROLE.exec(c.work.slice(m.end, s.end));
    // (A verb in the phrase is no role: "is expected to meet officials of X".)
    const roleWords = copula?.[1]!.split(/\s+(?:of|at|for|in)\s/)[0]!.split(/\s+/) ?? [];
    const verbal = roleWords.some(
      (w) =>
        w === 'to' ||
        (/(?:ed|ing)$/.test(w) &&
          !/^(?:acting|managing|presiding|ranking|outgoing|founding|leading)$/.test(w)),
    );
    if (copula && !verbal) {
      const from = m.end + copula[0].length - copula[1]!.length;
      const r = fromApposition(c, m, from, from + copula[1]!.length);
      if (r && r.type !== 'SPOKESPERSON_OF') add(m.entity, r.type, r.target, m.start, 'copula-role');
    }
    // "A and B, both of whom are senior officials in the Morality Police".
    const rel =
      /^,\s+(?:both|all|each|two|three)?\s*(?:of\s+whom|who)\s+(?:are|is|were|was)\s+(?:an?\s+|the\s+)?([^,;]{3,90})/.exec(
        c.work.slice(m.end, s.end),
      );
    if (rel) {
      const from = m.end + rel[0].length - rel[1]!.length;
      const r = fromApposition(c, m, from, from + rel[1]!.length);
      if (r)
        for (const p of listBefore(c, s.start, m)) add(p.entity, r.type, r.target, m.start, 'relative-role');
    }
  }
  // "X is playing a role in his capacity as Chair of A and Chair of B", "X attended as chairman of the
  // African Union": the subject holds each role (not "replaced as", "stepped down as", "known as").
  for (const s of c.sents)
    for (const a of matchesOf(AS_ROLE, c.work.slice(s.start, s.end))) {
      const at = s.start + a.index;
      // The person opening the sentence (titles before it), and no other person before "as".
      const ps = c.inRange(s.start, at, ['Person']);
      const m = ps.length === 1 && LEADING.test(c.work.slice(s.start, ps[0]!.start)) ? ps[0] : undefined;
      let from = at + a[0].length;
      const end = from + (AS_ROLE_END.exec(c.work.slice(from, s.end))?.index ?? s.end - from);
      // Each role of "Chair of A and Chair of B".
      for (const part of c.work.slice(from, end).split(/(\s+and\s+)/)) {
        const r = m && !/^\s+and\s+$/.test(part) ? fromApposition(c, m, from, from + part.length) : undefined;
        if (r && r.type !== 'SPOKESPERSON_OF') add(m!.entity, r.type, r.target, at, 'as-role');
        from += part.length;
      }
    }
  // "OCHA's Kwesi Sansculotte, Saeed Hersi and Marcy Vigoda": a body's people.
  for (const org of c.mentions) {
    if (org.entity.type !== 'Organization') continue;
    const poss = /^['’]s?\s+/.exec(c.work.slice(org.end, org.end + 4));
    if (!poss) continue;
    const first = mentionAt(c, org.end + poss[0].length, org.end + poss[0].length + 40);
    if (!first || first.entity.type !== 'Person' || first.start !== org.end + poss[0].length) continue;
    const s = c.sentenceAt(org.start);
    for (const p of listAfter(c, first, s?.end ?? first.end))
      add(p.entity, 'MEMBER_OF', org.entity, org.start, 'possessive');
  }
  // "the ministry, led by Foreign Secretary X,": the person a body is said to be led by.
  for (const org of c.mentions) {
    if (org.entity.type !== 'Organization') continue;
    const led = LED_BY.exec(c.work.slice(org.end, org.end + 40));
    const at = org.end + (led?.[0].length ?? 0);
    const p = led ? c.inRange(at, at + 80, ['Person'], true)[0] : undefined;
    if (p && !p.nominal && TITLE_WORDS.test(c.work.slice(at, p.start)))
      add(p.entity, 'LEADS', org.entity, org.start, 'led-by');
  }
  // "the Quad, a grouping made up of A, B and C", "MIKTA member countries, a platform consisting of A,
  // B and C": the members of a body its apposition lists.
  for (const org of c.mentions) {
    if (org.entity.type !== 'Organization') continue;
    const s = c.sentenceAt(org.start);
    if (!s) continue;
    const made = MADE_OF.exec(c.work.slice(org.end, Math.min(s.end, org.end + 160)));
    if (!made) continue;
    const at = org.end + made[0].length;
    const first = mentionAt(c, at, s.end);
    if (!first || first.start !== at || first.entity.type === 'Person') continue;
    for (const x of listAfter(c, first, s.end))
      add(x.entity, 'MEMBER_OF', org.entity, org.start, 'made-up-of');
  }
  return out;
}
