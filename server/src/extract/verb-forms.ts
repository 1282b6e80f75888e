// Verb tables that several rules build patterns from (relations/condemn-verbs.ts, relations/labelling-verbs.ts,
// events/sanction-measures.ts): each verb written out as its forms, no stems, and an alternation ordered
// longest first so that a pattern takes the whole form ("lambasted" before "lambast").

/** One verb as [base, third person, past, gerund]. */
export type VerbForms = readonly [string, string, string, string];

/** The forms without repeats, longest first (for an alternation). */
export function longestFirst(forms: readonly string[]): string[] {
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}
