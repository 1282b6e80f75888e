// Collects entities and mentions while the chunks of an article are classified: one entity per type and
// name (its id the slug), a mention per span, the surface forms as aliases; places and organisations get
// their canonical names here ("U.S." → United States; "China's Ministry of Foreign Affairs" → "Chinese
// Ministry of Foreign Affairs").
import { canonicalOrg, canonicalPlace, demonymCountry, demonymOf, isKnownPlace } from '../lexicon.js';
import { slugify, type Token } from '../text.js';
import type { Entity, EntityIndex, EntityType, Mention } from './types.js';

/** A single capitalised word left for after the full names are known (a surname, a titled name, …). */
export type PendingSingle = Token & { titled?: boolean; title?: string; nat?: string; commonOnly?: boolean };

export class Builder {
  entities = new Map<string, Entity>();
  mentions: Mention[] = [];
  roleLinks: EntityIndex['roleLinks'] = [];
  envoyLinks: EntityIndex['envoyLinks'] = [];
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

  placeMention(start: number, end: number, surface: string, rule: string): Entity {
    const e = this.get('Place', canonicalPlace(surface), rule);
    this.mention(e, start, end);
    return e;
  }

  orgMention(start: number, end: number, surface: string, rule: string): Entity {
    let name = canonicalOrg(surface);
    name = name.replace(
      /\b(embassy|ministry|military|government|consulate)\b/g,
      (w) => w[0]!.toUpperCase() + w.slice(1),
    );
    // A generic name ("Ministry of Foreign Affairs", "Foreign Ministry") takes the country named just
    // before it ("China's Ministry of Foreign Affairs" → "Chinese Ministry of Foreign Affairs").
    if (
      /^(?:Ministry|Foreign Ministry|Defen[cs]e Ministry|Embassy|Government|Parliament|Foreign Office|Armed Forces)\b/.test(
        name,
      )
    ) {
      const before = /(\p{Lu}[\p{L}.]*)(?:['’]s)?\s+(?:the\s+)?$/u.exec(
        this.work.slice(Math.max(0, start - 30), start),
      );
      const country = before
        ? (demonymCountry(before[1]!) ?? (isKnownPlace(before[1]!) ? canonicalPlace(before[1]!) : undefined))
        : undefined;
      const dem = country ? demonymOf(country) : undefined;
      if (dem) name = `${dem} ${name}`;
    }
    const e = this.get('Organization', name, rule);
    this.mention(e, start, end);
    return e;
  }
}
