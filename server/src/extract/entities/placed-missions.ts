// A body's mission or delegation named with the place it serves: "the United Nations Mission in South
// Sudan", "the UN Assistance Mission in Afghanistan", "the OSCE Special Monitoring Mission to Ukraine", "the
// EU Delegation to Ukraine", "the African Union Mission in Somalia". The chunker stops at "Mission" or at
// "in", leaving only the parent body ("United Nations") and the place, so "the mission said" found no
// mission, or the parent. The whole phrase is one organisation, named as worded (rule
// entities/placed-missions:in-place); the parent and the place inside it are no mentions of their own.
// Only a capitalised "Mission" or "Delegation" (with up to three capitalised words before it: "Special
// Monitoring") right after a body's name, then "in" or "to" and a place's name; a state's mission to the UN
// is permanent-missions.ts's, an embassy in a city mission-places.ts's.
import type { Builder } from './builder.js';

/** After a body's name: capitalised words, the head, "in"/"to" and "the" up to the place. */
const AFTER_BODY =
  /^[^\S\n]+((?:\p{Lu}[\p{L}-]*[^\S\n]+){0,3}?)(?:Mission|Delegation)[^\S\n]+(?:in|to)[^\S\n]+(?:the[^\S\n]+)?$/u;
/** A body's name that ends with the head itself ("the Kazakh Mission"), then "in"/"to" and the place. */
const AFTER_HEAD = /^[^\S\n]+(?:in|to)[^\S\n]+(?:the[^\S\n]+)?$/;

export function placedMissions(b: Builder): void {
  const { work } = b;
  if (!/\b(?:Mission|Delegation)[^\S\n]+(?:in|to)\s/.test(work)) return;
  const places = b.mentions.filter((x) => x.entity.type === 'Place' && !x.nominal);
  for (const m of [...b.mentions]) {
    if (m.entity.type !== 'Organization' || m.nominal || !b.mentions.includes(m)) continue;
    // (The place right after, within a few words: "Special Monitoring Mission to" is under 60 characters.)
    const place = places.find((p) => p.start > m.end && p.start - m.end < 60 && b.mentions.includes(p));
    if (!place) continue;
    const between = work.slice(m.end, place.start);
    const headed = /(?:Mission|Delegation)$/.test(work.slice(m.start, m.end));
    if (!(headed ? AFTER_HEAD : AFTER_BODY).test(between)) continue;
    // (Not a state's mission to the UN: a place is what follows here, never the UN.)
    const surface = work.slice(m.start, place.end).replace(/\s+/g, ' ');
    const from = m.entity;
    b.mentions = b.mentions.filter((x) => x !== m && x !== place);
    b.orgMention(m.start, place.end, surface, 'entities/placed-missions:in-place');
    for (const e of [from, place.entity])
      if (!b.mentions.some((x) => x.entity === e)) b.entities.delete(e.id);
  }
}
