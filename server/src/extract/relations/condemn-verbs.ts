// The verbs of condemning (criticise, condemn, lambast, chide, reprove …) in one list that every stance
// rule builds its pattern from (verbs.ts, act-anaphora.ts, called-acts.ts, quote-stance.ts), so that a verb
// one rule reads is read by all: each rule used to write out its own members. Forms are spelt out (no stems),
// so that "pan" or "blast" match no other word.
import { longestFirst, type VerbForms } from '../verb-forms.js';

/** The verbs of condemning. */
const CONDEMN_VERBS: readonly VerbForms[] = [
  ['criticize', 'criticizes', 'criticized', 'criticizing'],
  ['criticise', 'criticises', 'criticised', 'criticising'],
  ['condemn', 'condemns', 'condemned', 'condemning'],
  ['denounce', 'denounces', 'denounced', 'denouncing'],
  ['slam', 'slams', 'slammed', 'slamming'],
  ['blast', 'blasts', 'blasted', 'blasting'],
  ['pan', 'pans', 'panned', 'panning'],
  ['lambast', 'lambasts', 'lambasted', 'lambasting'],
  ['lambaste', 'lambastes', 'lambasted', 'lambasting'],
  ['rebuke', 'rebukes', 'rebuked', 'rebuking'],
  ['deplore', 'deplores', 'deplored', 'deploring'],
  ['decry', 'decries', 'decried', 'decrying'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['castigate', 'castigates', 'castigated', 'castigating'],
  ['excoriate', 'excoriates', 'excoriated', 'excoriating'],
  ['berate', 'berates', 'berated', 'berating'],
  ['chide', 'chides', 'chided', 'chiding'],
  ['reprove', 'reproves', 'reproved', 'reproving'],
  ['upbraid', 'upbraids', 'upbraided', 'upbraiding'],
  ['assail', 'assails', 'assailed', 'assailing'],
];

const alternation = (forms: string[]) => `(?:${longestFirst(forms).join('|')})`;
/** A form whose first letter may be a capital (a headline's "Slams", a sentence's first word). */
const capitalisable = (form: string) => `[${form[0]!.toUpperCase()}${form[0]}]${form.slice(1)}`;

/** The base forms: "to condemn", "We condemn". */
export const CONDEMN_BASE = alternation(CONDEMN_VERBS.map((v) => v[0]));
/** The gerunds: "condemning". */
const CONDEMN_GERUND = alternation(CONDEMN_VERBS.map((v) => v[3]));
/** Every form, lower case (for a case-insensitive pattern). */
export const CONDEMN_ANY = alternation(CONDEMN_VERBS.flatMap((v) => [...v]));
/** The finite forms with a capital allowed on the first letter ("Slams", "Condemned"). */
const CONDEMN_FINITE_CAPITALISABLE = `(?:${longestFirst(CONDEMN_VERBS.flatMap((v) => [v[1], v[2]]))
  .map(capitalisable)
  .join('|')})`;

/**
 * A verb of condemning in a clause: a finite form ("Slams", "condemned"), a gerund ("condemning"), or the
 * base form after "to" ("had to lambast him", "to condemn the move").
 */
export const CONDEMN_IN_CLAUSE = String.raw`\b(?:${CONDEMN_FINITE_CAPITALISABLE}|${CONDEMN_GERUND}|attacked verbally|(?<=\bto )${CONDEMN_BASE})\b`;

/**
 * The verbs of objecting to an act ("rejected the statements of X", "dismissing X's remarks"): each form
 * is read (verbs.ts opposed-act), so that a gerund or a third person is never missing from one verb.
 */
const OBJECTION_VERBS: readonly VerbForms[] = [
  ['oppose', 'opposes', 'opposed', 'opposing'],
  ['reject', 'rejects', 'rejected', 'rejecting'],
  ['regret', 'regrets', 'regretted', 'regretting'],
  ['protest', 'protests', 'protested', 'protesting'],
  ['repudiate', 'repudiates', 'repudiated', 'repudiating'],
  ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
];

/** The objection verbs' bare forms (read only after "to": "summoned the envoy to protest …"). */
export const OBJECTION_BASE = alternation(OBJECTION_VERBS.map((v) => v[0]));
/** An objection verb in a clause: a finite form or a gerund, or the bare form after "to". */
export const OBJECTION_IN_CLAUSE = String.raw`\b(?:${alternation(OBJECTION_VERBS.flatMap((v) => [v[1], v[2], v[3]]))}|(?<=\bto )${OBJECTION_BASE})\b`;
