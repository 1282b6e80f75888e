// A country's office holder named by role ("the president of Serbia said", "added the prime minister of
// Fiji"): the one person the text titled with that role of that country ("President of Serbia, Aleksandar
// Vucic", "Fiji's Prime Minister X"), not the country. With no such person the caller keeps the country.
import type { Entity, Mention } from '../entities/index.js';
import { titledWith } from './role-titles.js';

/** "the president of ", "the prime minister of the " right before the country's name (role in group 1). */
const ROLE_OF =
  /(?:^|\s)(?:the\s+)?(president|vice[- ]president|prime\s+minister|deputy\s+prime\s+minister|premier|chancellor|foreign\s+minister|king|emir|head\s+of\s+state)\s+of\s+(?:the\s+)?$/i;

/** The person `before` (the text right before the country's mention `place`) names by a role of it. */
export function holderOfPlaceRole(
  work: string,
  persons: readonly Mention[],
  before: string,
  place: Mention,
): Entity | undefined {
  const m = place.entity.type === 'Place' ? ROLE_OF.exec(before) : null;
  if (!m) return undefined;
  const role = m[1]!.replace(/\s+/g, ' ');
  const name = work.slice(place.start, place.end);
  return (
    titledWith(work, persons, `${role} of ${name}`) ??
    titledWith(work, persons, `${role} of the ${name}`) ??
    titledWith(work, persons, `${name}'s ${role}`) ??
    titledWith(work, persons, `${name}’s ${role}`)
  );
}
