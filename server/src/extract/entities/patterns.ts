// Entities found by patterns over the text rather than by chunks: long organisation names with lower-case
// words, the network X, "Channel 1", "<Demonym> embassy", "Russia's foreign ministry", "X airport".
import {
  canonicalOrg,
  canonicalPlace,
  CAPITALS,
  DEMONYM_ORG_HEADS,
  demonymCountry,
  demonymOf,
  isKnownPlace,
  LONG_ORG_NAMES,
} from '../lexicon.js';
import type { Builder } from './builder.js';

/** Patterns over the text: "Channel 1", "<Demonym> embassy", "X Airport" in lower case. */
export function extraPatterns(b: Builder, work: string): void {
  // Long names with lower-case words or hyphens: one organisation, nothing inside it.
  for (const m of work.matchAll(LONG_ORG_NAMES)) {
    const [s0, e0] = [m.index, m.index + m[0].length];
    b.mentions = b.mentions.filter((x) => !(x.start >= s0 && x.end <= e0));
    b.mention(b.get('Organization', canonicalOrg(m[0]), 'entities/patterns:long-organization-name'), s0, e0);
  }
  // The social network X: "wrote on X", "in a post on X".
  for (const m of work.matchAll(/\b(?:on|to|via)\s+(X)(?=[.,;:]|\s+(?:that|on|in|after|and)\b)/g)) {
    const at = m.index + m[0].length - 1;
    b.mention(b.get('Organization', 'X', 'entities/patterns:network-x'), at, at + 1);
  }
  for (const m of work.matchAll(/\bChannel (\d+|One)\b/g)) {
    const e = b.get('Organization', canonicalOrg(m[0]), 'entities/patterns:channel');
    b.mention(e, m.index, m.index + m[0].length);
  }
  for (const m of work.matchAll(
    /\b(\p{Lu}[\p{L}.]*)\s+(military|army|navy|government|parliament|embassy|consulate|foreign ministry|defen[cs]e ministry|security service|armed forces|central bank|delegation)\b/gu,
  )) {
    const country = demonymCountry(m[1]!);
    if (!country || !DEMONYM_ORG_HEADS.test(m[2]!)) continue;
    const head = m[2]!.replace(/\b\p{Ll}/gu, (x) => x.toUpperCase());
    const name = `${m[1]} ${head}`;
    const e = b.get('Organization', name, 'entities/patterns:demonym-institution');
    b.mention(e, m.index, m.index + m[0].length);
    if (
      !b.mentions.some(
        (x) =>
          x.start <= m.index && x.end >= m.index + m[1]!.length && x !== b.mentions[b.mentions.length - 1],
      )
    )
      if (isKnownPlace(m[1]!)) {
        const p = b.get('Place', canonicalPlace(m[1]!), 'entities/patterns:demonym-institution');
        b.mention(p, m.index, m.index + m[1]!.length);
      }
  }
  // "Russia's foreign ministry" is the Russian Foreign Ministry, "Algeria's presidency" the Algerian
  // Presidency, "Ethiopia's Foreign Affairs ministry" the Ethiopian Foreign Ministry.
  for (const m of work.matchAll(
    /\b(\p{Lu}[\p{L}.]*)['’]s\s+((?:[Ff]oreign(?: [Aa]ffairs)?|[Dd]efen[cs]e) [Mm]inistry|embassy|parliament|presidency)\b/gu,
  )) {
    const dem = demonymOf(canonicalPlace(m[1]!));
    if (!dem || !isKnownPlace(m[1]!)) continue;
    const head = m[2]!
      .replace(/ [Aa]ffairs/, '')
      .toLowerCase()
      .replace(/\b\p{Ll}/gu, (x) => x.toUpperCase());
    const e = b.get('Organization', `${dem} ${head}`, 'entities/patterns:country-institution');
    const at = m.index + m[0].length - m[2]!.length;
    const end = m.index + m[0].length;
    // Nothing inside the body's name is a person ("Foreign Affairs" is no "Affairs").
    b.mentions = b.mentions.filter((x) => !(x.entity.type === 'Person' && x.start >= at && x.end <= end));
    b.mention(e, at, end, true);
  }
  for (const m of work.matchAll(/\b(\p{Lu}[\p{L}-]+)\s+airport\b/gu)) {
    if (isKnownPlace(m[1]!) && CAPITALS[m[1]!.toLowerCase()]) continue;
    const e = b.get('Place', `${m[1]} Airport`, 'entities/patterns:airport');
    b.mention(e, m.index, m.index + m[0].length);
  }
}
