// The link index: every typed relation between entities (its ends, type, date, weight, event), kept in
// memory beside the mention index, so that the overview of a new period finds the links among its ranked
// entities without reading their relations in Neo4j (for a month of the 70,000-article bench archive,
// ~22,700 database hits per request otherwise, and then only a hub's newest relations). It answers as
// readCandidateLinks does when that reads every relation (same period test on the relation's date,
// undated relations in every period; per pair and type, the weights summed and the most reported
// relationship kept; among equally reported ones, the lowest element id), reading all of a hub's
// relations, which the query bounds. Built with the mention index, for the same archive version.
import type { CandidateLink, Period } from '../neo4j/repositories/overview-reads.js';
import type { LinkRow } from '../neo4j/repositories/mention-reads.js';

/** A date of any precision as a number that sorts like its first (`-00` padded) or last possible day. */
const dayNumber = (date: string, pad: '00' | '99') =>
  Number(`${date}-${pad}-${pad}`.slice(0, 10).replace(/-/g, ''));
const UNDATED_LOWER = 0;
const UNDATED_UPPER = 99_999_999;

export class LinkIndex {
  /** Entity positions (in `entityIds`) of each relation's ends; relations grouped by source (CSR). */
  private readonly offsets: Int32Array;
  private readonly targets: Int32Array;
  private readonly typeOf: Uint16Array;
  private readonly lower: Int32Array;
  private readonly upper: Int32Array;
  private readonly weights: Int32Array;
  /** Event ids, each kept once (a relation's event, or null). */
  private readonly events: (string | null)[];
  /**
   * Relationship element ids: Neo4j 5's are "<prefix>:<number>", with one prefix per database, kept as
   * the prefix and a number each (a tenth of the memory of 280,000 strings); `relIds` holds them whole
   * when they are of another shape.
   */
  private readonly relPrefix: string;
  private readonly relNumbers: Float64Array;
  private readonly relIds: string[] | null;
  private readonly types: string[];
  private readonly position: Map<string, number>;

  /**
   * `entities`: element ids and ids of the entities, in the mention index's order; `rows`: the relations
   * (ends by element id; rows whose ends are not among the entities are left out).
   */
  constructor(
    private readonly entities: { ids: string[]; elementIds: string[] },
    rows: LinkRow[],
  ) {
    this.position = new Map(entities.elementIds.map((e, i) => [e, i]));
    const kept = rows
      .map((r) => ({ r, s: this.position.get(r.source), t: this.position.get(r.target) }))
      .filter((x): x is { r: LinkRow; s: number; t: number } => x.s !== undefined && x.t !== undefined)
      .sort((a, b) => a.s - b.s);
    this.types = [...new Set(kept.map((x) => x.r.type))].sort();
    const typeAt = new Map(this.types.map((t, i) => [t, i]));
    const n = kept.length;
    this.offsets = new Int32Array(entities.ids.length + 1);
    this.targets = new Int32Array(n);
    this.typeOf = new Uint16Array(n);
    this.lower = new Int32Array(n);
    this.upper = new Int32Array(n);
    this.weights = new Int32Array(n);
    this.events = new Array<string | null>(n);
    const shape = /^(.*:)(\d{1,15})$/;
    this.relPrefix = shape.exec(kept[0]?.r.rel ?? '')?.[1] ?? '';
    const compact = kept.every(({ r }) => shape.exec(r.rel)?.[1] === this.relPrefix);
    this.relNumbers = new Float64Array(compact ? n : 0);
    this.relIds = compact ? null : new Array<string>(n);
    const eventIds = new Map<string, string>();
    kept.forEach(({ r, s, t }, k) => {
      this.offsets[s + 1]!++;
      this.targets[k] = t;
      this.typeOf[k] = typeAt.get(r.type)!;
      this.lower[k] = r.date ? dayNumber(r.date, '00') : UNDATED_LOWER;
      this.upper[k] = r.date ? dayNumber(r.date, '99') : UNDATED_UPPER;
      this.weights[k] = r.weight;
      this.events[k] =
        r.event === null ? null : (eventIds.get(r.event) ?? (eventIds.set(r.event, r.event), r.event));
      if (this.relIds) this.relIds[k] = r.rel;
      else this.relNumbers[k] = Number(r.rel.slice(this.relPrefix.length));
    });
    for (let i = 0; i < entities.ids.length; i++) this.offsets[i + 1]! += this.offsets[i]!;
  }

  /** The element id of relation k. */
  private relOf(k: number): string {
    return this.relIds ? this.relIds[k]! : `${this.relPrefix}${this.relNumbers[k]!}`;
  }

  /** How many relations the index holds. */
  get size(): number {
    return this.targets.length;
  }

  /** The typed relations among the given entities in the period: per pair and type, as readCandidateLinks. */
  candidates(entities: { elementIds: string[] }, period: Period): CandidateLink[] {
    const from = period.from ? dayNumber(period.from, '00') : null;
    const to = period.to ? dayNumber(period.to, '99') : null;
    const among = new Set<number>();
    for (const e of entities.elementIds) {
      const i = this.position.get(e);
      if (i !== undefined) among.add(i);
    }
    if (among.size < 2) return [];
    const links: CandidateLink[] = [];
    for (const s of among) {
      const groups = new Map<number, { weight: number; best: number }>();
      for (let k = this.offsets[s]!; k < this.offsets[s + 1]!; k++) {
        if (!among.has(this.targets[k]!)) continue;
        if (from !== null && this.upper[k]! < from) continue;
        if (to !== null && this.lower[k]! > to) continue;
        const key = this.targets[k]! * this.types.length + this.typeOf[k]!;
        const g = groups.get(key);
        if (!g) groups.set(key, { weight: this.weights[k]!, best: k });
        else {
          g.weight += this.weights[k]!;
          const b = g.best;
          if (
            this.weights[k]! > this.weights[b]! ||
            (this.weights[k] === this.weights[b] && this.relOf(k) < this.relOf(b))
          )
            g.best = k;
        }
      }
      for (const { weight, best } of groups.values())
        links.push({
          source: this.entities.ids[s]!,
          target: this.entities.ids[this.targets[best]!]!,
          weight,
          event: this.events[best]!,
          rel: this.relOf(best),
        });
    }
    return links;
  }
}
