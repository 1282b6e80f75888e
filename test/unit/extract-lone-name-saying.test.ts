// A lone unknown name that opens a clause and says something ("Vantorel said the bloc would respond") is a
// person (entities/singles.ts, surname-subject-of-saying); a known place or body there ("Beijing said", "the
// Kremlin said"), an ordinary word opening the sentence, or a title-case headline stays no one. Invented text.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = (title: string, body: string) => extractChecked(title, body).d;
const persons = (d: ReturnType<typeof run>) =>
  d.entities.filter((e) => e.type === 'Person').map((e) => e.name);
const ruleOf = (d: ReturnType<typeof run>, name: string) =>
  (d.entities.find((e) => e.name === name) as { rule?: string } | undefined)?.rule;

describe('a lone unknown name as the subject of a verb of saying', () => {
  it.each([
    ['The talks in Geneva ended late. Vantorel said the bloc would respond within days.', 'Vantorel'],
    ['The vote was delayed; Kessmaro also told reporters that the envoys would meet again.', 'Kessmaro'],
    ['The envoy left on Monday, but Drubanek warned that more expulsions could follow.', 'Drubanek'],
  ])('%s', (body, who) => {
    const d = run('Envoys meet', body);
    expect(persons(d)).toContain(who);
    expect(ruleOf(d, who)).toBe('entities/merging:surname-subject-of-saying');
  });

  it('a known place or body, or an ordinary word, saying something is no person', () => {
    const d = run(
      'Envoys meet',
      'Beijing said the move was wrong. The Kremlin said the talks would go on. Nobody said the talks had failed. Officials said the envoys would meet again.',
    );
    expect(persons(d)).toEqual([]);
  });

  it('a title-case headline does not make its words persons', () => {
    const d = run(
      'Kessmaro Says Bloc Will Respond',
      'The bloc will respond to the expulsions, the ministry said.',
    );
    expect(persons(d)).not.toContain('Kessmaro');
  });

  it('a lone word that says nothing stays no one', () => {
    const d = run(
      'Envoys meet',
      'The talks ended late. Vantorel was quiet on Monday, and Moscow said nothing.',
    );
    expect(persons(d)).not.toContain('Vantorel');
  });
});
