// A sovereign, a prelate or the holder of a seat named by role after a quotation ("the king said", "the
// emir added", "the governor noted") speaks as the person the text titled so before, the title being part
// of the name too ("King X"), in quotes/role-coreference.ts SOVEREIGN_HEADS; and a bare capitalised title
// closing the clause, the article left out ("said Ambassador."), in quotes/speaker-references.ts
// BARE_TITLE. A person who holds another title is never that role. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

/** The speaker's name of the statement whose quotation starts with `start`, or undefined. */
function speaker(body: string, start: string): string | undefined {
  const { d } = extractChecked('Visit ends', body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && d.entities.find((e) => e.id === st.speaker)?.name;
}

describe('a sovereign or seat holder named by role speaks as the one titled so before', () => {
  it.each([
    [
      'King Harald of Norway toured the harbour of Bergen on Tuesday.\n\n“We thank the city for its warm welcome,” the king said.',
      'Harald',
    ],
    [
      'Queen Margrethe hosted the visiting delegation in Copenhagen.\n\n“We thank the city for its warm welcome,” said the queen.',
      'Margrethe',
    ],
    [
      'The delegation was received by Governor Paula Okafor at the state house.\n\n“We thank the city for its warm welcome,” the governor told reporters.',
      'Paula Okafor',
    ],
    [
      'Senator Mark Delaney wrote to the department on Monday.\n\n“We thank the city for its warm welcome,” the senator added.',
      'Mark Delaney',
    ],
  ])('%s', (body, who) => {
    expect(speaker(body, 'We thank')).toContain(who);
  });
});

describe('a role the clause after a name is subject of is no title of that name', () => {
  it('"The monarch also praised X’s roots" does not title X a monarch', () => {
    const body =
      'King Harald and President Maria Lind addressed the guests at the banquet.\n\nThe monarch also praised Lind’s roots and the city’s harbour.\n\nThe monarch said, “We thank the city for its warm welcome.”';
    expect(speaker(body, 'We thank')).toContain('Harald');
  });
});

describe('of several holders of the role, the one quoted last', () => {
  it('a king quoted last is "the monarch", not a king named since', () => {
    const body =
      'King Harald opened the exhibition in Oslo on Monday.\n\n“Art joins our peoples,” he said, recalling that King Olav had founded the museum.\n\nThe monarch added, “We thank the city for its warm welcome.”';
    expect(speaker(body, 'We thank')).toContain('Harald');
  });
});

describe('a bare title closing the clause speaks as the one titled so before', () => {
  it('said Ambassador.', () => {
    const body =
      'Ambassador Vladimir Petrov met the deputy foreign minister on Friday. Mr Petrov also condemned the act.\n\n“Our country condemns the attempt to burn the flag”, said Ambassador.\n\nHe left the ministry at noon.';
    expect(speaker(body, 'Our country')).toBe('Vladimir Petrov');
  });
});

describe('not another title, not a title before a name', () => {
  it('a foreign minister is no king', () => {
    const body =
      'Foreign Minister Anna Berg spoke to journalists in Oslo.\n\n“We thank the city for its warm welcome,” the king said.';
    expect(speaker(body, 'We thank')).not.toBe('Anna Berg');
  });
  it('a mayor is no governor', () => {
    const body =
      'Mayor Paula Okafor met the visitors at city hall.\n\n“We thank the city for its warm welcome,” the governor said.';
    expect(speaker(body, 'We thank')).not.toBe('Paula Okafor');
  });
  it('a title before a name is that name, not the one titled before', () => {
    const body =
      'Ambassador Vladimir Petrov met the deputy foreign minister on Friday.\n\nAmbassador Ivan Sokolov was called back “for consultations,” state television reported.';
    expect(speaker(body, 'for consultations')).not.toBe('Vladimir Petrov');
  });
});
