// Undo and redo of view changes, as commands: each knows how to undo and redo itself. A new change
// clears what could be redone; quick repeats of one kind (a slider dragged) merge into one step.

export interface Change {
  /** What the change did, for the buttons' titles ("Undo: hide Anatoly Antonov"). */
  label: string;
  undo(): void;
  redo(): void;
  /** Changes with the same key pushed within MERGE_MS merge into one step. */
  mergeKey?: string;
}

export const MERGE_MS = 800;
const LIMIT = 200;

export class History {
  private done: { change: Change; at: number }[] = [];
  private undone: Change[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Records a change that has already been applied. */
  push(change: Change): void {
    const top = this.done[this.done.length - 1];
    const at = this.now();
    if (top && change.mergeKey && top.change.mergeKey === change.mergeKey && at - top.at < MERGE_MS) {
      const first = top.change;
      top.change = { label: change.label, mergeKey: change.mergeKey, undo: first.undo, redo: change.redo };
      top.at = at;
    } else {
      this.done.push({ change, at });
      if (this.done.length > LIMIT) this.done.shift();
    }
    this.undone = [];
    this.emit();
  }

  undo(): Change | null {
    const entry = this.done.pop();
    if (!entry) return null;
    entry.change.undo();
    this.undone.push(entry.change);
    this.emit();
    return entry.change;
  }

  redo(): Change | null {
    const change = this.undone.pop();
    if (!change) return null;
    change.redo();
    this.done.push({ change, at: -Infinity });
    this.emit();
    return change;
  }

  get nextUndo(): string | null {
    return this.done[this.done.length - 1]?.change.label ?? null;
  }

  get nextRedo(): string | null {
    return this.undone[this.undone.length - 1]?.label ?? null;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    this.listeners.forEach((l) => l());
  }
}
