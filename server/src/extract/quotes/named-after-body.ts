// A role phrase whose body runs straight into a person's name: "“…,” said spokesman for the Ministry of
// Foreign Affairs Elman Abdullayev", "the spokeswoman of the Ministry of Foreign Affairs Ana Torres said":
// the person named speaks, not the body (rule quotes:named-after-body; speakers.ts reads the body alone
// otherwise, and "X, a spokeswoman for Minister Y," is X's, whose name comes first).
import type { Mention } from '../entities/index.js';

const ROLE_FOR_BODY =
  /^(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:spokes(?:wo)?man|spokesperson|representative|official)\s+(?:for|of|at)\s+/iu;

/** The person named right after the body a role phrase at `p` (text `rest`) names, if any. */
export function personAfterBody(
  rest: string,
  p: number,
  persons: Mention[],
  firstAt: (pos: number) => Mention | undefined,
): { att: { speaker: Mention['entity']; rule: string }; end: number } | undefined {
  const m = ROLE_FOR_BODY.exec(rest);
  const body = m ? firstAt(p + m[0].length) : undefined;
  if (body?.entity.type !== 'Organization') return undefined;
  const who = persons.find((x) => x.start === body.end + 1);
  return who ? { att: { speaker: who.entity, rule: 'quotes:named-after-body' }, end: who.end } : undefined;
}
