// A seat of government speaking for its government is an organisation ("Malacañang said", spelt with or
// without the tilde), like the Kremlin or the Blue House. Invented text.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const run = (body: string) => extractChecked('Officials speak', body).d;
const typeOf = (d: ReturnType<typeof run>, name: string) => d.entities.find((e) => e.name === name)?.type;

describe('a seat of government speaking for its government', () => {
  it.each([
    ['Malacanang said that “the ceremony was a first”.', 'the ceremony'],
    ['Malacañang said the talks were “productive”.', 'productive'],
  ])('%s', (body, start) => {
    const d = run(body);
    expect(typeOf(d, 'Malacañang')).toBe('Organization');
    expect(speakerOf(d, start)).toBe('Malacañang');
  });
});
