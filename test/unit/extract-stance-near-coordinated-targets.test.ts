// When a stance verb's clause names no subject the extractor can read ("Fiji's interim prime minister has
// hit out at …"), the nearest subject-like entity and the first name after the verb make the weaker
// `-near` relation; a name coordinated with that first one ("Australia and New Zealand", "A, B and the
// C") is a target too. A name that opens a new clause after "and" (its own verb, or a possessive that opens
// a new subject) is not. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const criticized = (body: string) =>
  extractChecked('Regional row', body).rels.filter((r) => r.includes(' CRITICIZED '));

describe('coordinated targets of a near stance reading', () => {
  it('reads every coordinated name', () => {
    expect(
      criticized(
        "Fiji's interim prime minister has hit out at Australia and New Zealand for imposing travel bans.",
      ),
    ).toEqual(['Fiji CRITICIZED Australia', 'Fiji CRITICIZED New Zealand']);
    expect(
      criticized(
        "Samoa's deputy leader lashed out at Australia, New Zealand and the United States on Monday.",
      ),
    ).toEqual([
      'Samoa CRITICIZED Australia',
      'Samoa CRITICIZED New Zealand',
      'Samoa CRITICIZED United States',
    ]);
  });

  it('stops at a name that opens a new clause', () => {
    expect(
      criticized("Fiji's interim prime minister has hit out at Australia and New Zealand responded angrily."),
    ).toEqual(['Fiji CRITICIZED Australia']);
    expect(
      criticized(
        "Fiji's interim prime minister has hit out at Australia and New Zealand's prime minister welcomed it.",
      ),
    ).toEqual(['Fiji CRITICIZED Australia']);
  });
});
