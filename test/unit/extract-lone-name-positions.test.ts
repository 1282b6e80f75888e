// Lone unknown names taken from where they stand: a word set off by commas right after a role noun ("the
// government spokesperson, X, has said"), a word before a verb of saying whose colon opens a quotation ("X
// reiterated: “…”"). Negatives: a field's list after a role, plural or common subjects. Invented text.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const run = (body: string) => extractChecked('Officials speak', body).d;
const typeOf = (d: ReturnType<typeof run>, name: string) => d.entities.find((e) => e.name === name)?.type;

describe('a lone name set off after a role noun', () => {
  it.each([
    [
      'Later, the government spokesperson, Varzandi, has said at a briefing that talks were possible.',
      'Varzandi',
    ],
    ['The minister, Okonkwar, told lawmakers on Tuesday the deal would hold.', 'Okonkwar'],
    ['In Riga the ambassador, Tervilaan, was summoned over the remarks.', 'Tervilaan'],
  ])('%s', (body, who) => {
    expect(typeOf(run(body), who)).toBe('Person');
  });

  it('a field listed after a role is no one', () => {
    const d = run('Dr Ruto named Mr Kamau as the new minister for Agriculture, Livestock, and Fisheries.');
    expect(typeOf(d, 'Livestock')).toBeUndefined();
    const e = run(
      'Ms Wanjiru was made the Cabinet Secretary for Information, Communications, and Digital Economy.',
    );
    expect(typeOf(e, 'Communications')).toBeUndefined();
  });

  it('plural or common subjects stay no one', () => {
    const d = run(
      'Officials said the talks failed. The spokesman, Monday, said nothing. Sources, however, said more.',
    );
    expect(d.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('a lone name before a verb of saying and a colon', () => {
  it.each([
    ['Dravenko reiterated: “The door to talks stays open.”', 'The door', 'Dravenko'],
    ['Haskovar declared: “We will not retreat.”', 'We will not', 'Haskovar'],
    ['Mbatunde explained: “The decision was taken by consensus.”', 'The decision', 'Mbatunde'],
  ])('%s', (body, start, who) => {
    expect(speakerOf(run(body), start)).toBe(who);
  });
});
