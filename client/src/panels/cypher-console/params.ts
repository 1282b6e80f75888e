// The parameters box: a JSON object whose keys are the query's $names. Read before each run (a JSON error
// is shown where it is, nothing is sent), and its names feed the editor's $name completion.
import { el } from '../dom';

export type ParamsRead = { ok: true; params: Record<string, unknown> } | { ok: false; message: string };

export function readParams(text: string): ParamsRead {
  if (!text.trim()) return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `The parameters are not valid JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      message: 'The parameters must be a JSON object, like {"name": "Antonov", "limit": 10}.',
    };
  }
  return { ok: true, params: value as Record<string, unknown> };
}

export function paramsBox(onNames: (names: string[]) => void): { element: HTMLElement; text(): string } {
  const box = el('textarea', {
    'data-testid': 'cypher-params',
    'aria-label': 'Query parameters (JSON)',
    class: 'console-params',
    rows: '2',
    spellcheck: 'false',
    placeholder: '{"name": "Antonov", "limit": 10}',
  });
  box.addEventListener('input', () => {
    const read = readParams(box.value);
    box.classList.toggle('invalid', !read.ok);
    if (read.ok) onNames(Object.keys(read.params));
  });
  const element = el('details', { class: 'console-params-box' }, el('summary', {}, 'Parameters'), box);
  return { element, text: () => box.value };
}
