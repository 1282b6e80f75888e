// Keyboard shortcuts of the view: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes. Keys typed
// in a field or an editor (the Cypher console has its own undo) are left alone. kill() removes them.
export interface ShortcutHandlers {
  undo(): void;
  redo(): void;
}

/** The fields of a keydown event this module reads. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
  preventDefault(): void;
}

/** Where Ctrl+Z edits text: fields that type text, text areas, editors. Boxes and sliders are not. */
const TEXT_ENTRY =
  'textarea, [contenteditable="true"], .cm-editor, input:not([type=checkbox]):not([type=radio]):not([type=range]):not([type=color]):not([type=button])';

const isEditable = (target: EventTarget | null): boolean => {
  const t = target as { closest?: (s: string) => unknown } | null;
  return !!t?.closest?.(TEXT_ENTRY);
};

/** Which command a key press asks for, if any. */
export function shortcutFor(e: KeyLike): keyof ShortcutHandlers | null {
  if (!(e.ctrlKey || e.metaKey) || isEditable(e.target)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

export function attachShortcuts(target: EventTarget, handlers: ShortcutHandlers): { kill(): void } {
  const listener = (event: Event) => {
    const e = event as unknown as KeyLike;
    const command = shortcutFor(e);
    if (!command) return;
    e.preventDefault();
    handlers[command]();
  };
  target.addEventListener('keydown', listener);
  let live = true;
  return {
    kill() {
      if (live) target.removeEventListener('keydown', listener);
      live = false;
    },
  };
}
