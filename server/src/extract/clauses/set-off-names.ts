// Whether a name set off after a role ("the US envoy, X," / "the US envoy, X." / "the envoy, X, in Rome")
// stands in apposition to it, from what follows the name: a mark, the clause's end, a preposition or a
// conjunction. A verb says the name is the next clause's subject instead ("met the envoy, X said later").

const AFTER_APPOSED_NAME =
  /^(?:\s*(?:[,.;:)]|$)|\s+(?:and|in|on|at|for|during|to|as|ahead|last|this|earlier|over|about|with|from|after|before|who|when|while|where|amid)\b)/;

/** Whether `rest` (the text right after a set-off name) lets the name be the role's apposition. */
export function apposedNameEnds(rest: string): boolean {
  return AFTER_APPOSED_NAME.test(rest);
}
