// A lone unknown capitalised word in a speech verb's subject slot, where the sentence frames a quotation
// ('…,” said X.' or 'X said the plan was “…”'), is a person and speaks the quotation (entities/
// speech-frame-names.ts); places, outlets, firms and days in that slot stay what they are. Every sentence
// here is written for the test.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const persons = (d: ReturnType<typeof extract>) => namesOf(d, 'Person');
const speakerOf = (d: ReturnType<typeof extract>, quote: string) => {
  const s = d.statements.find((x) => JSON.stringify(x).includes(quote));
  return d.entities.find((e) => e.id === s?.speaker)?.name;
};

describe('a lone name in a speech frame', () => {
  it('takes the name after the verb that follows a closing mark', () => {
    const d = extract('Envoy row\n\n“We will not accept such conduct from any envoy,” said Mbalenhle.');
    expect(persons(d)).toEqual(['Mbalenhle']);
    expect(speakerOf(d, 'such conduct')).toBe('Mbalenhle');
  });

  it('takes the name before a verb of saying whose sentence opens a quotation', () => {
    const d = extract('Envoy row\n\nTshabangu said the cabinet had asked officials to “act” on the matter.');
    expect(persons(d)).toEqual(['Tshabangu']);
    expect(speakerOf(d, 'act')).toBe('Tshabangu');
  });

  it('leaves a name whose sentence quotes nothing', () => {
    const d = extract('Envoy row\n\nTshabangu said the cabinet would meet again on Friday.');
    expect(persons(d)).toEqual([]);
  });

  it('leaves places, outlets, firms and days in the slot', () => {
    for (const text of [
      '“We reject this step,” said Moscow.',
      'Brussels said the measure was “illegal” and void.',
      'Reuters said the envoy called it “unacceptable” on the day.',
      '“We reject this step,” said Gazprom.',
      '“The talks are over,” said Monday.',
      'Sunday said the measure was “illegal” and void.',
    ]) {
      expect(persons(extract(`Envoy row\n\n${text}`)), text).toEqual([]);
    }
  });
});
