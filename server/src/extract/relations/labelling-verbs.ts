// The verbs of labelling (call, describe, term, brand, label, dub) and of judging as (deem, regard,
// consider, view, refer to) in one list that every stance rule builds from (verbs.ts, act-anaphora.ts,
// called-acts.ts, quote-stance.ts): each rule used to write out its own members. Forms are spelt out (no
// stems), so that "term" matches neither "territory" nor "terminal".
import { longestFirst, type VerbForms } from '../verb-forms.js';

/** The verbs that name their object ("called it a provocation"). */
const LABEL_VERBS: readonly VerbForms[] = [
  ['call', 'calls', 'called', 'calling'],
  ['describe', 'describes', 'described', 'describing'],
  ['term', 'terms', 'termed', 'terming'],
  ['brand', 'brands', 'branded', 'branding'],
  ['label', 'labels', 'labelled', 'labelling'],
  ['label', 'labels', 'labeled', 'labeling'],
  ['dub', 'dubs', 'dubbed', 'dubbing'],
];

/** Verbs that judge their object "as" something rather than name it. */
const JUDGE_AS_VERBS: readonly VerbForms[] = [
  ['deem', 'deems', 'deemed', 'deeming'],
  ['regard', 'regards', 'regarded', 'regarding'],
  ['consider', 'considers', 'considered', 'considering'],
  ['view', 'views', 'viewed', 'viewing'],
  ['refer to', 'refers to', 'referred to', 'referring to'],
];

/** "called in the envoy", "called on X to …", "called for", "called off": a summons or a demand, no label. */
const NOT_A_LABEL = String.raw`(?!\s+(?:in|on|upon|for|off|up|back|out)\b)`;

/** The forms as one alternation, each form of "call" barred from "called in", "calls for" … */
const alternation = (forms: string[]) =>
  `(?:${longestFirst(forms)
    .map((f) => (/^call/.test(f) ? f + NOT_A_LABEL : f))
    .join('|')})`;
const finite = (v: readonly string[]) => [v[1]!, v[2]!];

/** The labelling verbs' finite forms: "called", "terms", "branded" (lower case). */
export const LABEL_FINITE = alternation(LABEL_VERBS.flatMap(finite));
/** The labelling and judging-as verbs' finite forms: "called", "deemed", "views" (lower case). */
export const LABEL_OR_JUDGE_FINITE = alternation([...LABEL_VERBS, ...JUDGE_AS_VERBS].flatMap(finite));
/** Every form of the labelling and judging-as verbs, gerunds and bases too (lower case). */
export const LABEL_OR_JUDGE_ANY = alternation([...LABEL_VERBS, ...JUDGE_AS_VERBS].flatMap((v) => [...v]));
/**
 * The labelling verbs' gerunds: "branding", "describing" (lower case); not "calling", which more often
 * names a friend than judges a foe ("calling X “our protecting power”").
 */
export const LABEL_GERUND = alternation(LABEL_VERBS.map((v) => v[3]).filter((g) => g !== 'calling'));
