// The article read with the mentions inside quotations too: what a name is said to be ("Roberto Martinez –
// Ambassador of Honduras in Israel", "our ambassador to Israel (Margarita Manjarrez)") holds whoever
// quotes it, so the role readers (titles, appositions, envoys) see every mention, not only those outside
// quotations as the verb and event rules do.
import { Ctx } from '../context.js';

const cache = new WeakMap<Ctx, Ctx>();

/** A context over the same article whose mentions include those inside quotations. */
export function withQuotedMentions(c: Ctx): Ctx {
  let whole = cache.get(c);
  if (!whole) {
    whole = new Ctx(c.text, c.work, c.sents, c.idx, [], c.dates);
    cache.set(c, whole);
  }
  return whole;
}
