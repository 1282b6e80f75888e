// The console's query history: the last queries run, newest last, kept in localStorage; Up on the first
// line and Down on the last line of the editor walk through it (as in Neo4j Browser).
const KEY = 'dossier.console.history';
const MAX = 100;

export class QueryHistory {
  private entries: string[];
  /** Where Up/Down stand: entries.length means "the query being written". */
  private cursor: number;
  private draft = '';

  constructor(private readonly storage: Storage = localStorage) {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
      this.entries = Array.isArray(parsed) ? parsed.filter((q): q is string => typeof q === 'string') : [];
    } catch {
      this.entries = [];
    }
    this.cursor = this.entries.length;
  }

  get all(): readonly string[] {
    return this.entries;
  }

  /** Records a query that was run (a repeat of the last one is not added twice). */
  add(query: string): void {
    const q = query.trim();
    if (!q) return;
    if (this.entries[this.entries.length - 1] !== q) this.entries.push(q);
    if (this.entries.length > MAX) this.entries.splice(0, this.entries.length - MAX);
    this.cursor = this.entries.length;
    this.storage.setItem(KEY, JSON.stringify(this.entries));
  }

  /** The previous query (Up), or null at the oldest; `current` is kept to come back to. */
  previous(current: string): string | null {
    if (this.cursor === 0) return null;
    if (this.cursor === this.entries.length) this.draft = current;
    this.cursor -= 1;
    return this.entries[this.cursor]!;
  }

  /** The next query (Down), the draft after the newest, or null when already there. */
  next(): string | null {
    if (this.cursor >= this.entries.length) return null;
    this.cursor += 1;
    return this.cursor === this.entries.length ? this.draft : this.entries[this.cursor]!;
  }
}
