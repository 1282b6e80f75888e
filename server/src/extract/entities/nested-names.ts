// Names inside longer names: the gold never nests one mention in another, so a person or place whose
// every mention lies inside a longer name of another entity ("Obama" of "the Obama administration",
// "Addis Ababa" of "Addis Ababa University") names nothing of its own and is dropped (rule
// nested-name). Nominal mentions (role phrases) neither count nor contain. The spans go to
// Builder.unnamed so that the learned step does not name them again.
import type { Builder } from './builder.js';
import type { Mention } from './types.js';

/** A longer name mention of another entity around m. */
const inside = (ms: Mention[], m: Mention) =>
  ms.some(
    (o) =>
      o.entity !== m.entity &&
      !o.nominal &&
      o.start <= m.start &&
      o.end >= m.end &&
      o.end - o.start > m.end - m.start,
  );

/** Drops the persons and places whose every name mention a longer name of another entity contains. */
export function dropNestedNames(b: Builder): void {
  for (const e of [...b.entities.values()]) {
    if (e.type === 'Organization') continue;
    const ms = b.mentions.filter((m) => m.entity === e && !m.nominal);
    if (!ms.length || !ms.every((m) => inside(b.mentions, m))) continue;
    b.unnamed.push(...ms.map(({ start, end }) => ({ start, end })));
    b.mentions = b.mentions.filter((m) => m.entity !== e);
    b.entities.delete(e.id);
  }
}
