// Collects entities and mentions while the chunks of an article are classified: one entity per type and
// name (its id the slug), a mention per span, the surface forms as aliases; places and organisations get
// their canonical names here ("U.S." → United States; "China's Ministry of Foreign Affairs" → "Chinese
// Foreign Ministry").
import {
  canonicalOrg,
  canonicalPlace,
  CAPITALS,
  demonymCountry,
  demonymOf,
  isKnownPlace,
} from '../lexicon.js';
import { slugify, type Token } from '../text.js';
import type { Entity, EntityIndex, EntityType, Mention } from './types.js';
import { isVenue } from './venues.js';

/** A single capitalised word left for after the full names are known (a surname, a titled name, …). */
export type PendingSingle = Token & { titled?: boolean; title?: string; nat?: string; commonOnly?: boolean };

export class Builder {
  entities = new Map<string, Entity>();
  mentions: Mention[] = [];
  roleLinks: EntityIndex['roleLinks'] = [];
  envoyLinks: EntityIndex['envoyLinks'] = [];
  /** Spans a rule read as part of something else's name (bound-places.ts): no later step names them. */
  unnamed: { start: number; end: number }[] = [];
  constructor(
    readonly text: string,
    readonly work: string,
  ) {}

  /** The entity of that type and name, made (and credited to `rule`) when it is new. */
  get(type: EntityType, name: string, rule: string): Entity {
    const prefix = type === 'Person' ? 'person' : type === 'Place' ? 'place' : 'organization';
    const id = `${prefix}:${slugify(name)}`;
    let e = this.entities.get(id);
    if (!e) {
      e = { id, type, name, aliases: new Set(), mentions: [], rule };
      this.entities.set(id, e);
    }
    return e;
  }
  mention(e: Entity, start: number, end: number, nominal = false): void {
    if (end <= start) return;
    this.mentions.push({ start, end, entity: e, nominal });
    if (!nominal) {
      const surface = this.text.slice(start, end).replace(/\s+/g, ' ');
      if (surface !== e.name) e.aliases.add(surface);
    }
  }

  /** The demonym of the country whose capital follows `end` ("Foreign Ministry in Athens"). */
  private capitalAfter(end: number): string | undefined {
    const m = /^\s+in\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\b/u.exec(this.work.slice(end, end + 30));
    const country = m && [m[1]!, m[1]!.split(/\s+/)[0]!].map((w) => CAPITALS[w.toLowerCase()]).find(Boolean);
    return country ? demonymOf(country) : undefined;
  }

  /** The demonym of a country named just before `start` ("South Korea's ", "China's the "). */
  private countryBefore(start: number): string | undefined {
    const before = /((?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*)(?:['’]s)?\s+(?:the\s+)?$/u.exec(
      this.work.slice(Math.max(0, start - 40), start),
    );
    if (!before) return undefined;
    // The longest run of capitalised words that names a country: "South Korea", else "Korea".
    const words = before[1]!.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const w = words.slice(i).join(' ');
      const country = demonymCountry(w) ?? (isKnownPlace(w) ? canonicalPlace(w) : undefined);
      const dem = country ? demonymOf(country) : undefined;
      if (dem) return dem;
    }
    return undefined;
  }

  /** Merges `from` into `into`: its mentions become `into`'s, its name and aliases `into`'s aliases. */
  absorb(from: Entity, into: Entity): void {
    for (const m of this.mentions) if (m.entity === from) m.entity = into;
    into.aliases.add(from.name);
    for (const a of from.aliases) into.aliases.add(a);
    this.entities.delete(from.id);
  }

  placeMention(start: number, end: number, surface: string, rule: string): Entity {
    const e = this.get('Place', canonicalPlace(surface), rule);
    this.mention(e, start, end);
    return e;
  }

  orgMention(start: number, end: number, surface: string, rule: string): Entity {
    if (isVenue(surface)) return this.placeMention(start, end, surface, 'entities/venues:venue');
    let name = canonicalOrg(surface);
    name = name.replace(
      /\b(embassy|ministry|military|government|consulate)\b/g,
      (w) => w[0]!.toUpperCase() + w.slice(1),
    );
    // (A foreign ministry with a second field is the foreign ministry: "Ministry of Foreign Affairs and
    // European Integration", "… and International Cooperation", "… and Expatriates".)
    name = name.replace(
      /^((?:\p{Lu}[\p{L}]*\s+)?Ministry of Foreign Affairs) and (?:\p{Lu}[\p{L}]*\s?){1,3}$/u,
      '$1',
    );
    // One name for the body however the page words it: "Ministry of Foreign Affairs (of Iran)" and
    // "Foreign Ministry of Iran" are the (Iranian) Foreign Ministry, as "Ministry of Defence" is the
    // Defence Ministry.
    const longForm =
      /^(\p{Lu}[\p{L}]*\s+)?Ministry of (Foreign Affairs|Defen[cs]e|Internal Affairs|Interior|Finance)(?:\s+of\s+(?:the\s+)?(.+))?$/u.exec(
        name,
      );
    const ofPlace = /^(Foreign|Defen[cs]e) Ministry of (?:the\s+)?(.+)$/u.exec(name);
    const place = longForm?.[3] ?? ofPlace?.[2];
    const placeDem = place && isKnownPlace(place) ? demonymOf(canonicalPlace(place)) : undefined;
    // (A bare "Ministry of Foreign Affairs" stays as worded: the country is read from before it below.)
    if ((longForm && (place ? placeDem : longForm[1])) || (ofPlace && placeDem)) {
      const kind = (longForm?.[2] ?? ofPlace![1]!)
        .replace('Foreign Affairs', 'Foreign')
        .replace('Internal Affairs', 'Interior')
        // (One spelling for the one body: "Ministry of Defense" is the Defence Ministry too.)
        .replace('Defense', 'Defence');
      const lead = placeDem ? `${placeDem} ` : (longForm?.[1] ?? '');
      name = `${lead}${kind} Ministry`;
    }
    // "Embassy of Kazakhstan", "High Commission of the Maldives": the country's mission, named as
    // "<Demonym> Embassy" is (mission-places.ts adds where it sits).
    const mission = /^(Embassy|High Commission|Consulate(?: General)?) of (?:the\s+)?(.+)$/u.exec(name);
    const missionDem =
      mission && isKnownPlace(mission[2]!) ? demonymOf(canonicalPlace(mission[2]!)) : undefined;
    if (missionDem) name = `${missionDem} ${mission![1]}`;
    // A generic name ("Ministry of Foreign Affairs", "Foreign Ministry") takes the country named just
    // before it ("China's Ministry of Foreign Affairs", "South Korea's Foreign Ministry").
    if (
      /^(?:Ministry|Foreign Ministry|Defen[cs]e Ministry|Embassy|Government|Parliament|Foreign Office|Armed Forces)\b/.test(
        name,
      )
    ) {
      // (Or the country whose capital follows a ministry: "the Foreign Ministry in Athens"; not an
      // embassy's, which sits abroad.)
      const dem =
        this.countryBefore(start) ??
        (/^(?:Foreign Ministry|Defen[cs]e Ministry|Foreign Office)$/.test(name)
          ? this.capitalAfter(end)
          : undefined);
      if (dem)
        name = `${dem} ${name}`.replace(
          /^(\S+) Ministry of (Foreign Affairs|Defen[cs]e)$/,
          (_m, d: string, k: string) =>
            `${d} ${k.replace('Foreign Affairs', 'Foreign').replace('Defense', 'Defence')} Ministry`,
        );
    }
    const e = this.get('Organization', name, rule);
    this.mention(e, start, end);
    return e;
  }
}
