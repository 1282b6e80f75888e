// Person shapes met in session 24, on invented text: "Manager" is a title word before a name (lexicon.ts
// TITLE_WORDS); a run of initials after a first name keeps the surname on ("Daniel D.J. Hunt": name-shapes.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const names = (d: ReturnType<typeof extract>, type: string) =>
  d.entities.filter((e) => e.type === type).map((e) => e.name);
const persons = (d: ReturnType<typeof extract>) => names(d, 'Person');

describe('a manager named after the title', () => {
  it('when "General Manager" precedes a name, then the person is the name alone', () => {
    const d = extract(
      ['Envoy arrives', 'The envoy was met by Port Authority General Manager Tadeo Quiben on Monday.'].join(
        '\n',
      ),
    );
    expect(persons(d)).toContain('Tadeo Quiben');
    expect(persons(d)).not.toContain('Manager Tadeo Quiben');
    expect(names(d, 'Organization')).toContain('Port Authority');
  });

  it('when the manager is named without a title, then the name is unchanged', () => {
    const d = extract(
      ['Envoy arrives', 'The envoy was met by David Quiben, the port manager, on Monday.'].join('\n'),
    );
    expect(persons(d)).toEqual(['David Quiben']);
  });
});

describe('a run of initials between a first name and a surname', () => {
  it('when "D.J." follows a first name, then the common-word surname after it stays on the name', () => {
    const d = extract(
      ['Sanctions widened', 'The list included Daniel D.J. Hunt and Andy Scott, officials said.'].join('\n'),
    );
    expect(persons(d)).toContain('Daniel D.J. Hunt');
  });

  it('when the initials open the name with no first name before them, then nothing changes', () => {
    const d = extract(
      ['Sanctions widened', 'The list included D.J. Hunt and Andy Scott, officials said.'].join('\n'),
    );
    expect(persons(d)).toEqual(['Andy Scott']);
  });
});
