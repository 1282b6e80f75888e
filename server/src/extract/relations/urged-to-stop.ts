// CRITICIZED from a demand that a party stop or undo its own act: "urged Russia to stop its aggression",
// "called on Iran to respect Iraq's sovereignty", "demands Israel apologize", "pressed Beijing to refrain
// from …". The one asked (a name right after the verb, or a state's adjective before "government",
// "authorities", an envoy's role) is the one criticised; the one asking is the verb's subject, or, inside a
// quotation, its speaker when the clause names no one else ("“… and urges Russia to stop the aggression,”
// the minister said"). Read from the clause's shape only: the verb of asking, its object, then "to" and a
// verb of ceasing or amending (never "urged X to act", "called on X to join"). Not: a list of parties asked
// alike ("urged Armenia and Azerbaijan to refrain": a call to both sides), a passive ("was urged by"), a
// negated verb, the asker's own side, an act of another named after the verb ("urged the UN to stop
// Israel's strikes").
import { matchesOf } from '../regex-matches.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import { namedEnvoy } from '../clauses/clause.js';
import { isParticipleClause, mainClausePhrase, subjectOf } from '../clauses/subject.js';
import { ANY, entitiesOf, stateOf, subjectEntities } from '../events/parties.js';
import { demonymCountry } from '../lexicon.js';
import { indexAt, type Sentence } from '../text.js';
import { negatedVerb } from './judging.js';
import { ownSide } from './quote-stance.js';
import { unnamedStanceSubject } from './stance-subjects.js';
import { withQuotedMentions } from './whole-text.js';

/** A verb of asking a party (group 1: "demand", which may take a bare verb: "demands Israel apologize"). */
const ASK =
  /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|press(?:es|ed|ing)?|exhort(?:s|ed|ing)?|(demand(?:s|ed|ing)?(?:\s+that)?))\s+(?:the\s+)?/gu;
/** What the one asked must do: cease or undo its act ("to stop", "to immediately cease", "to apologise"). */
const CEASE = String.raw`(?:(?:immediately|once again|again|also)\s+)?(?:stop|cease|halt|desist|refrain|apologi[sz]e|retract|respect|withdraw|abandon|reverse|revoke|rescind)\b`;
/** After the name: a head that makes it the state's ("Iranian government"), then "to" and the verb. */
const TO_CEASE = new RegExp(
  String.raw`^\s+(?:(?:government|authorities|leadership|regime|side)\s+)?to\s+${CEASE}`,
  'u',
);
const BARE_CEASE = new RegExp(
  String.raw`^\s+(?:(?:government|authorities|leadership|regime|side)\s+)?(?:to\s+)?${CEASE}`,
  'u',
);
/** A state's adjective and the head that stands for it or for its envoy: "the Philippine envoy to". */
const DEMONYM_ASKED =
  /^(\p{Lu}\p{Ll}+)\s+(?:(government|authorities|leadership|regime|side)|(?:envoy|ambassador))(?=\s)/u;
/** After a verb of stopping: another's act ("stop Israel's strikes", "halt the attacks by X"). */
const OTHERS_ACT =
  /^(?:stop|cease|halt)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.-]*\s+){0,3}?\p{Lu}[\p{L}.-]*['’]s\b|(?:\p{Ll}+\s+){1,2}(?:by|from)\s+\p{Lu})/u;

/** Asked to withdraw its envoy ("demanded that Vilnius withdraw its ambassador"): a diplomatic step, no judgement. */
const ENVOY_WITHDRAWN =
  /^withdraw\s+(?:(?:its|his|her|their|the)\s+)?(?:own\s+)?(?:\p{Ll}+\s+)?(?:envoys?|ambassadors?|diplomats?|charg|staff|mission)/u;

/** Between a subject's name and its verb: auxiliaries, adverbs, a day ("has once again", "on Monday"). */
const NAME_TO_VERB =
  /^(?:\s+(?:has|have|had|also|then|again|once|further|now|would|will|\p{Ll}+ly|on \p{Lu}\p{Ll}+))*\s+$/u;

/** The party asked at `at` and where the verb of ceasing ends, or none. */
function asked(c: Ctx, s: Sentence, at: number, bare: boolean): { target: Entity; end: number } | undefined {
  const cease = bare ? BARE_CEASE : TO_CEASE;
  const m = c.inRange(at, Math.min(s.end, at + 80), ANY, true)[0];
  if (m && m.start === at) {
    const tail = cease.exec(c.work.slice(m.end, s.end));
    return tail ? { target: m.entity, end: m.end + tail[0].length } : undefined;
  }
  const dem = DEMONYM_ASKED.exec(c.work.slice(at, s.end));
  const country = dem ? demonymCountry(dem[1]!) : undefined;
  if (!dem || !country) return undefined;
  const tail = cease.exec(c.work.slice(at + dem[0].length, s.end));
  if (!tail) return undefined;
  const state = c.idx.countryEntity(country) ?? c.countryByDemonym(country, at, at + dem[1]!.length);
  const target = dem[2] ? state : namedEnvoy(c, state, true);
  return target ? { target, end: at + dem[0].length + tail[0].length } : undefined;
}

/** Who asks: the speaker of the quotation holding the verb, when its clause names no one else; else the subject. */
function asker(c: Ctx, article: Ctx, s: Sentence, at: number, known: RelOut[]): Entity[] {
  const q = article.quotes.find((x) => at >= x.start && at < x.end);
  if (q) {
    if (!q.speaker) return [];
    const own = ownSide(c, q.speaker, known);
    // ("“… the UN urged Russia to stop …”": the speaker reports another's demand.)
    const prev = c
      .inRange(Math.max(q.start, s.start), at, ANY, true)
      .filter((x) => !x.nominal)
      .pop();
    const other = prev && !own.has(prev.entity) && NAME_TO_VERB.test(c.work.slice(prev.end, at));
    return other ? [] : [q.speaker];
  }
  const end = at + (/^\S+/.exec(c.work.slice(at))?.[0].length ?? 0);
  const a = article;
  const np = isParticipleClause(a, s, at, end) ? mainClausePhrase(a, s, at, end) : subjectOf(a, s, at);
  // ("US ambassador to Poland demands …": the envoy the article names, not his state.)
  const envoy = entitiesOf(a, np, ['Person'], { at, envoys: true });
  const srcs = envoy.length ? envoy : subjectEntities(a, np, ANY, { at });
  return srcs.length ? srcs : unnamedStanceSubject(a, s, at);
}

export function urgedToStopRelations(article: Ctx, known: RelOut[]): RelOut[] {
  const c = withQuotedMentions(article);
  const out: RelOut[] = [];
  if (!c.sents.length) return out;
  const seen = new Set<string>();
  const from = c.sents[0]!.start;
  for (const m of matchesOf(ASK, c.work.slice(from, c.sents[c.sents.length - 1]!.end))) {
    const at = from + m.index;
    const s = c.sents[indexAt(c.sents, at)];
    if (!s || at + m[0].length > s.end) continue;
    const before = c.work.slice(s.start, at);
    if (negatedVerb(before) || /\b(?:is|are|was|were|been|being|be)\s+$/.test(before)) continue;
    const hit = asked(c, s, at + m[0].length, !!m[1]);
    if (!hit) continue;
    const verb = hit.end - /\S+$/.exec(c.work.slice(at, hit.end))![0].length;
    const rest = c.work.slice(verb, s.end);
    if (OTHERS_ACT.test(rest) || ENVOY_WITHDRAWN.test(rest)) continue;
    for (const src of asker(c, article, s, at, known)) {
      if (src === hit.target || stateOf(c, src) === hit.target || stateOf(c, hit.target) === src) continue;
      const key = `${src.id}|${hit.target.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        source: src,
        type: 'CRITICIZED',
        target: hit.target,
        date: c.dateNear(s, at)?.value ?? null,
        evidence: [c.evidence(s)],
        rule: 'relations/urged-to-stop',
      });
    }
  }
  return out;
}
