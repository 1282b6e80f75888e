// Search with suggestions over names and aliases: debounced, keyboard-driven (arrows, Enter, Esc, "/").
import { api } from '../api/client';
import type { SearchHit } from '@dossier/model';
import { TYPE_COLORS } from '../render/colors';
import { byId, el } from './dom';

export function setupSearch(onPick: (hit: SearchHit) => void): void {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-results');
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((h, i) => {
        const item = el(
          'li',
          {
            'data-testid': 'search-result',
            role: 'option',
            id: `search-result-${i}`,
            class: i === active ? 'active' : '',
            'aria-selected': String(i === active),
          },
          el('span', { class: 'dot', style: `background:${TYPE_COLORS[h.type]}` }),
          el('span', { class: 'hit-name' }, h.name),
          el(
            'span',
            { class: 'muted' },
            ` ${h.type}${h.aliases.length ? ` · ${h.aliases.slice(0, 2).join(', ')}` : ''}`,
          ),
        );
        item.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(i);
        });
        return item;
      }),
    );
    if (hits.length === 0 && input.value.trim())
      list.replaceChildren(el('li', { class: 'muted' }, 'No match. Try another spelling.'));
    list.hidden = !input.value.trim();
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-result-${active}`);
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    close();
    input.value = hit.name;
    onPick(hit);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return close();
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const res = await api.search(q);
        if (mine !== seq) return;
        hits = res.results;
        active = hits.length ? 0 : -1;
        render();
      } catch {
        hits = [];
        render();
      }
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(active < 0 ? 0 : active);
    } else if (e.key === 'Escape') {
      close();
      input.blur();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.key === '/' && !target.closest('input, textarea, [contenteditable="true"]')) {
      e.preventDefault();
      input.focus();
    }
  });
}
