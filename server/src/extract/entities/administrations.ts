// A government named after the person who leads it: "<Surname> administration", "<Surname>'s government"
// ("the Trudeau government", "President Trump's administration") is an organisation when the word before
// the head is the surname of a person the page names. A country's ("the US government") is left alone.
import type { Builder } from './builder.js';

const LED_BODY = /\b(\p{Lu}[\p{L}'’-]*?)(['’]s)?[^\S\n]+([Aa]dministration|[Gg]overnment)\b/gu;

/** Adds "<Surname> administration/government" organisations for the surnames of the page's persons. */
export function leaderGovernments(b: Builder): void {
  const surnames = new Set<string>();
  for (const e of b.entities.values()) {
    const last = e.type === 'Person' ? e.name.split(/\s+/).pop() : undefined;
    if (last && /^\p{Lu}\p{Ll}/u.test(last)) surnames.add(last);
  }
  if (!surnames.size) return;
  for (const m of b.work.matchAll(LED_BODY)) {
    const surname = m[1]!;
    if (!surnames.has(surname)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (b.mentions.some((x) => x.entity.type === 'Organization' && x.start < end && start < x.end)) continue;
    b.orgMention(
      start,
      end,
      `${surname} ${m[3]!.toLowerCase()}`,
      'entities/administrations:leader-government',
    );
  }
}
