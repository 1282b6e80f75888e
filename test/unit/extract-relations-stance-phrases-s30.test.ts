// CRITICIZED read from a noun of criticism (relations/stance-phrases.ts), on sentences written for the
// test: a fronted "In a rebuke of X," whose main clause's subject is the critic, and "X drew criticism
// from Y" (the subject or the doer of the act it names is the target). Negatives: a fronted phrase with no
// target, praise drawn, a name that suffers the act, an anaphoric subject. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const critics = (body: string) =>
  extractChecked('Row deepens', body).rels.filter((x) => / CRITICIZED /.test(x));

describe('a fronted rebuke', () => {
  it('makes the main clause’s subject the critic of the party named', () => {
    expect(
      critics(
        'In a sharp rebuke of Beijing, Canadian Prime Minister Justin Trudeau said the detentions were arbitrary.',
      ),
    ).toContain('Justin Trudeau CRITICIZED Beijing');
    expect(
      critics(
        'In an apparent swipe at Hungary’s government, Polish Prime Minister Donald Tusk said on Friday that unity mattered.',
      ),
    ).toContain('Donald Tusk CRITICIZED Hungary');
  });

  it('names no target when the phrase names none, nor for a statement', () => {
    expect(critics('In a rare rebuke, Japan said it was concerned about the talks.')).toEqual([]);
    expect(critics('In a statement, Germany praised Austria for its help.')).toEqual([]);
  });
});

describe('criticism drawn from a critic', () => {
  it('makes the critics after “from” critics of the subject', () => {
    expect(critics('Viktor Orban came under fire from the European Parliament on Monday.')).toContain(
      'European Parliament CRITICIZED Viktor Orban',
    );
    expect(critics('Hungary has drawn sharp criticism from Ukraine over the veto.')).toContain(
      'Ukraine CRITICIZED Hungary',
    );
  });

  it('reads the doer of the act the subject names', () => {
    expect(
      critics(
        'Brazilian President Luiz Vieira’s remark has drawn widespread criticism from the United Nations.',
      ),
    ).toContain('United Nations CRITICIZED Luiz Vieira');
    expect(critics('The decision by Hungary drew sharp criticism from the European Commission.')).toContain(
      'European Commission CRITICIZED Hungary',
    );
    expect(critics('Hungary’s veto sparked protests from Ukraine and Moldova.')).toEqual(
      expect.arrayContaining(['Ukraine CRITICIZED Hungary', 'Moldova CRITICIZED Hungary']),
    );
  });

  it('takes no praise, no victim of the act and no anaphoric subject', () => {
    expect(critics('The plan has drawn praise from France.')).toEqual([]);
    expect(
      critics('The detention of Dutch journalist Jan Smit drew condemnation from Amnesty International.'),
    ).toEqual([]);
    expect(critics('The arrest of Sergei Lavrin has sparked outrage from Moscow.')).toEqual([]);
    expect(critics('It drew criticism from Spain.')).toEqual([]);
  });
});
