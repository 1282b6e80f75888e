// A pope is known by "Pope" and a regnal name ("Pope Francis", "Pope Leo XIV", "Pope John Paul II"): the
// title is part of the name in English (the gold's convention too), where the title steps left "Francis",
// a surname-like single name that matched no one. A person all of whose name follows "Pope" directly in
// the text, in at most three words (a regnal numeral among them), is named with it; the bare name stays an
// alias. Not "Alexander Pope" (a surname, nothing after it), not a lower-case "pope".
import type { Builder } from './builder.js';

/** A regnal name: one to three capitalised words, the last one maybe a Roman numeral. */
const REGNAL = /^(?:\p{Lu}\p{Ll}+)(?:\s(?:\p{Lu}\p{Ll}+|[IVXL]+)){0,2}$/u;

export function papalNames(b: Builder): void {
  for (const e of [...b.entities.values()]) {
    if (e.type !== 'Person' || !REGNAL.test(e.name)) continue;
    const ms = b.mentions.filter((m) => m.entity === e && !m.nominal);
    const titled = ms.some((m) =>
      /(?:^|[^\p{L}])Pope\s$/u.test(b.work.slice(Math.max(0, m.start - 6), m.start)),
    );
    if (!titled) continue;
    const named = b.get('Person', `Pope ${e.name}`, 'entities/papal-names:pope');
    if (named !== e) b.absorb(e, named);
  }
}
