// A sea region named by the states round it: the region's name before a plural of states, islands or
// "family" names the region, not the states ("leaders of Pacific island nations", "the Pacific family",
// "South Pacific island states", "three Gulf states", "Caribbean island states") -> Place "Pacific",
// "South Pacific", "Gulf", "Caribbean".
// Deliberately not: a compound's second half ("Asia-Pacific countries", "Indo-Pacific nations"), a body's
// words ("the Pacific Islands Forum", "Caribbean States (CELAC)" once a body rule took them), "Pacific
// nations" without the island word (news uses it for the states), "the Baltic states" (gold keeps it whole,
// and the expulsion rules then take it for its three states: dev pairs precision fell, so left out).
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';

const SEA_STATES = new RegExp(
  String.raw`(?<![-\p{L}])((?:(?:South|North|Western|Eastern|Southern|Northern)[^\S\n]+)?(?:Pacific|Caribbean)|Gulf)(?:[^\S\n]+(?:[Ii]slands?[^\S\n]+(?:[Nn]ations|[Cc]ountries|[Ss]tates|[Ll]eaders)|[Ii]sland['’]s|[Ff]amily)|(?<=Gulf)[^\S\n]+(?:[Ss]tates|[Cc]ountries))\b`,
  'gu',
);

/** Adds the sea regions named before their states ("Pacific island nations", "Gulf states"). */
export function regionGroups(b: Builder): void {
  const { work } = b;
  if (!/Pacific|Caribbean|Gulf/.test(work)) return;
  const add = (s: number, e: number, name: string) => {
    const over = b.mentions.filter((m) => m.start < e && m.end > s);
    // (A place rule's span from the same word gives way, "Pacific Island"; a longer name that starts before
    // it, "the Persian Gulf states", or any other kind of name keeps its words.)
    if (over.some((m) => m.entity.type !== 'Place' || m.start < s)) return;
    b.mentions = b.mentions.filter((m) => !over.includes(m));
    b.mention(b.get('Place', name, 'entities/region-groups:sea-states'), s, e);
  };
  for (const m of matchesOf(SEA_STATES, work))
    add(m.index, m.index + m[1]!.length, m[1]!.replace(/\s+/g, ' '));
}
