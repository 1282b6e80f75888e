// Acronyms a page defines in brackets after something that is no body (entities/defined-acronyms.ts), on
// invented text: after a treaty's or another document's name ("Treaty on Open Skies (TOS)", "an executive
// decree (ED)") the acronym and its later mentions name nothing; after a person or a place whose initials
// it spells ("Juan Carlos Varela (JCV)") it is that one; a body's own name before the brackets ("Collective
// Security Treaty Organization (CSTO)", "Kenya Defence Forces (KDF)", "the opposition party (NRP)") keeps
// its acronym an organisation.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const doc = (...lines: string[]) => extract(lines.join('\n'));

describe('an acronym defined in brackets after something that is no body', () => {
  it('when a treaty or another document is named before the brackets, then the acronym is no organisation', () => {
    const d = doc(
      'Ministers meet in Vienna',
      'Moscow quit the Treaty on Open Skies (TOS) last year, and Kyiv urged a return to the TOS.',
      'The envoys cited the Vienna Convention on Consular Relations (VCCR) and the Joint Action Framework (JAF).',
      'Both sides signed a Memorandum of Understanding on Fisheries (MUF) on Tuesday.',
    );
    const orgs = namesOf(d, 'Organization');
    for (const a of ['TOS', 'VCCR', 'JAF', 'MUF']) expect(orgs).not.toContain(a);
  });

  it('when a lower-case act is named before the brackets, then the acronym is no organisation', () => {
    const d = doc(
      'Sanctions widened',
      'The measures follow an executive decree (ED) signed by President Gabriel Boric on Monday.',
      'The ED names eleven officials. A presidential order (PO) issued in Lima went further.',
    );
    const orgs = namesOf(d, 'Organization');
    expect(orgs).not.toContain('ED');
    expect(orgs).not.toContain('PO');
  });

  it('when a person is named before the brackets and the acronym spells his initials, then it is him', () => {
    const d = doc(
      'Panama and Chile talk trade',
      'Former President Juan Carlos Varela (JCV) met the Chilean envoy in Panama City.',
      'JCV said the talks had gone well.',
    );
    expect(namesOf(d, 'Organization')).not.toContain('JCV');
    expect(namesOf(d, 'Person')).toContain('Juan Carlos Varela');
  });

  it('when a body is named before the brackets, then the acronym stays an organisation', () => {
    const d = doc(
      'Alliance responds',
      'The Collective Security Treaty Organization (CSTO) met in Yerevan, and the Kenya Defence Forces (KDF) deployed.',
      'The CSTO said it would send observers.',
    );
    const orgs = namesOf(d, 'Organization');
    expect(orgs).toContain('Collective Security Treaty Organization');
    expect(orgs).toContain('Kenya Defence Forces');
  });

  it('when a lower-case body is named before the brackets, then the acronym stays an organisation', () => {
    const d = doc(
      'Opposition wins seats',
      'The main opposition party (NRP) won nine seats, and the state news agency (KNA) reported the count.',
      'The NRP said it would form a coalition.',
    );
    const orgs = namesOf(d, 'Organization');
    expect(orgs).toContain('NRP');
    expect(orgs).toContain('KNA');
  });
});
