// Saved queries with names, kept in localStorage: a picker to load one into the editor, "Save" to keep the
// editor's query under a name (the same name replaces it), "Delete" to forget the picked one.
import { el } from '../dom';

const KEY = 'dossier.console.saved';

export interface SavedQuery {
  name: string;
  query: string;
}

export class SavedQueries {
  private list: SavedQuery[];

  constructor(private readonly storage: Storage = localStorage) {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
      this.list = Array.isArray(parsed)
        ? parsed.filter(
            (s): s is SavedQuery =>
              typeof s === 'object' &&
              s !== null &&
              typeof s.name === 'string' &&
              typeof s.query === 'string',
          )
        : [];
    } catch {
      this.list = [];
    }
  }

  get all(): readonly SavedQuery[] {
    return this.list;
  }

  save(name: string, query: string): void {
    this.list = [...this.list.filter((s) => s.name !== name), { name, query }].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    this.storage.setItem(KEY, JSON.stringify(this.list));
  }

  remove(name: string): void {
    this.list = this.list.filter((s) => s.name !== name);
    this.storage.setItem(KEY, JSON.stringify(this.list));
  }
}

/** The saved-queries controls: a picker, a name field with Save, and Delete. */
export function savedQueriesControls(
  saved: SavedQueries,
  editor: { get query(): string; setQuery(q: string): void },
): HTMLElement {
  const picker = el('select', { 'data-testid': 'saved-queries', 'aria-label': 'Saved queries' });
  const name = el('input', {
    'data-testid': 'save-name',
    'aria-label': 'Name for the saved query',
    placeholder: 'name',
    size: '12',
  });
  const save = el('button', { type: 'button', 'data-testid': 'save-query' }, 'Save');
  const remove = el(
    'button',
    { type: 'button', 'data-testid': 'delete-saved', title: 'Forget the picked query' },
    'Delete',
  );
  const fill = () => {
    picker.replaceChildren(
      el('option', { value: '' }, saved.all.length ? 'Saved queries…' : 'No saved queries'),
      ...saved.all.map((s) => el('option', { value: s.name }, s.name)),
    );
    remove.hidden = saved.all.length === 0;
  };
  picker.addEventListener('change', () => {
    const picked = saved.all.find((s) => s.name === picker.value);
    if (picked) {
      editor.setQuery(picked.query);
      name.value = picked.name;
    }
  });
  const doSave = () => {
    const n = name.value.trim();
    if (!n || !editor.query.trim()) {
      name.focus();
      return;
    }
    saved.save(n, editor.query);
    fill();
    picker.value = n;
  };
  save.addEventListener('click', doSave);
  name.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') doSave();
  });
  remove.addEventListener('click', () => {
    if (!picker.value) return;
    saved.remove(picker.value);
    fill();
  });
  fill();
  return el('span', { class: 'console-saved' }, picker, name, save, remove);
}
