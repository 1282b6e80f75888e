// Speakers of shapes common on real pages and machine-translated copies (session 22): "according to
// him/her" (quotes/speakers.ts, speech-subject.ts). Invented sentences; learned steps off, so that the
// rule, not the learned speakers step, is what is tested.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../server/src/extract/index.js';

const TITLE = 'Norway summons Chilean envoy';

/** The speaker's name and rule of the statement whose quotation starts with `start`, learned steps off. */
function credit(body: string, start: string, title = TITLE): string | undefined {
  const raw = `${title}\n\n${body}`;
  const d = extractArticle({
    raw,
    format: 'text',
    meta: { title, published: '2025-03-12' },
    learned: false,
  }).document;
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

const MET = 'OSLO — Norwegian Ambassador to Chile Erik Solberg met the press on Monday.';

describe('"according to him" and "according to her": the person the pronoun stands for', () => {
  it('before the quotation, opening its sentence', () => {
    expect(
      credit(`${MET}\n\nAccording to him, “the talks were useful for both countries.”`, 'the talks'),
    ).toBe('Erik Solberg [quotes:according-to-pronoun]');
  });
  it('after the quotation', () => {
    expect(
      credit(`${MET}\n\n“The talks were useful for both countries,” according to him.`, 'The talks'),
    ).toBe('Erik Solberg [quotes:pronoun]');
  });
  it('"In her view,", "For him,", "In its opinion," opening the sentence', () => {
    const minister = 'OSLO — Foreign Minister Ingrid Solheim met the Chilean envoy on Monday.';
    for (const lead of ['In her view,', 'For her,'])
      expect(
        credit(`${minister} ${lead} the remarks were “unacceptable and provocative”.`, 'unacceptable'),
      ).toBe('Ingrid Solheim [quotes:according-to-pronoun]');
    const ministry = 'OSLO — The Norwegian Foreign Ministry summoned the envoy on Monday.';
    expect(
      credit(`${ministry} In its opinion, the remarks were “unacceptable and provocative”.`, 'unacceptable'),
    ).toBe('Norwegian Foreign Ministry [quotes:according-to-pronoun]');
  });
  it('not "For her daughter," nor "For his part,"', () => {
    const minister = 'OSLO — Foreign Minister Ingrid Solheim met the Chilean envoy on Monday.';
    expect(
      credit(
        `${minister} For her daughter, the remarks were “unacceptable and provocative”.`,
        'unacceptable',
      ) ?? 'none',
    ).not.toMatch(/according-to-pronoun/);
    expect(
      credit(
        `${minister} For his part, the envoy found it “unacceptable and provocative”.`,
        'unacceptable',
      ) ?? 'none',
    ).not.toMatch(/according-to-pronoun/);
  });
  it('not "according to her ministry", a possessive', () => {
    const body = `${MET}\n\nThe Norwegian Foreign Minister Ingrid Solheim spoke. “The talks were useful,” according to her ministry.`;
    expect(credit(body, 'The talks') ?? 'none').not.toMatch(/\[quotes:pronoun\]/);
  });
});

const ENVOY = 'OSLO — Norwegian Ambassador to Chile Erik Solberg said that his work was important.';

describe('a surname in lower case where the speaker stands (machine translation)', () => {
  it('after an inverted verb of saying, and before one', () => {
    expect(
      credit(`${ENVOY}\n\n“I really believe our work matters,” said solberg in an interview.`, 'I really'),
    ).toBe('Erik Solberg [quotes:lower-case-surname]');
    expect(credit(`${ENVOY}\n\n“I really believe our work matters,” solberg said.`, 'I really')).toBe(
      'Erik Solberg [quotes:lower-case-surname]',
    );
  });
  it('not a common noun the surname spells ("said rice farmers"), nor a surname two people share', () => {
    const rice = 'OSLO — Former US Secretary of State Anna Rice visited Chile on Monday.';
    expect(
      credit(`${rice}\n\n“The harvest was poor this year,” said rice farmers in the south.`, 'The harvest') ??
        'none',
    ).not.toMatch(/lower-case-surname/);
    const two = `${ENVOY} His brother Lars Solberg agreed.`;
    expect(
      credit(`${two}\n\n“I really believe our work matters,” said solberg.`, 'I really') ?? 'none',
    ).not.toMatch(/lower-case-surname/);
  });
});

describe('"the ministry said in the statement": a body by its kind issues the statement quoted next', () => {
  const head = (opening: string) =>
    `${opening}\n\n“We act against fraud,” Finance Minister Kari Holm said in a statement.\n\n` +
    'Citing intelligence reports, the ministry said in the statement that it would widen the list.\n\n' +
    '“These firms moved money for the cartel,” the statement says.';
  it('is the ministry last named, not the minister who spoke in a statement before', () => {
    const body = head(
      'OSLO — The Norwegian Finance Ministry on Thursday announced sanctions on five Chilean firms.',
    );
    expect(credit(body, 'These firms')).toBe('Norwegian Finance Ministry [quotes:the-statement]');
  });
  it('not when no ministry was named: the earlier issuer stays', () => {
    const body = head('OSLO — Norway on Thursday announced sanctions on five Chilean firms.');
    expect(credit(body, 'These firms')).toBe('Kari Holm [quotes:the-statement]');
  });
});

describe('"the agency stated" in a translation, with no agency named: the ministry last named', () => {
  const quote = '\n\n“We regard these remarks as unacceptable,” the agency stated.';
  it('is the ministry', () => {
    const body = `OSLO — The Chilean ambassador was summoned to the Norwegian Foreign Ministry on Tuesday. The agency protested.${quote}`;
    expect(credit(body, 'We regard')).toBe('Norwegian Foreign Ministry [quotes:body-by-kind]');
  });
  it('not when a news agency was named, nor when no ministry was', () => {
    const agency = `OSLO — The Chilean ambassador was summoned to the Norwegian Foreign Ministry, the state news agency reported.${quote}`;
    expect(credit(agency, 'We regard') ?? 'none').not.toMatch(/Ministry/);
    expect(
      credit(`OSLO — The Chilean ambassador was summoned on Tuesday.${quote}`, 'We regard'),
    ).toBeUndefined();
  });
});

describe('"the source added" after "a statement from the ministry": the statement is the source', () => {
  const quote = '\n\n“The envoy’s attention was drawn to the breach,” the source added.';
  const summoned = 'OSLO — The Chilean envoy was summoned to the Norwegian Foreign Ministry on Tuesday';
  it('is the statement’s issuer', () => {
    expect(credit(`${summoned}, according to a statement from the ministry.${quote}`, 'The envoy')).toBe(
      'Norwegian Foreign Ministry [quotes:the-statement]',
    );
  });
  it('not when an unnamed source was introduced, nor with no statement', () => {
    const unnamed = `${summoned}, according to a statement from the ministry. A diplomatic source said talks went on.${quote}`;
    expect(credit(unnamed, 'The envoy') ?? 'none').not.toMatch(/the-statement/);
    expect(credit(`${summoned}.${quote}`, 'The envoy') ?? 'none').not.toMatch(/the-statement/);
  });
});

describe('"the top diplomat", "Norway’s top diplomat", "the head of Norwegian diplomacy": the foreign minister', () => {
  const met = 'OSLO — Norwegian Foreign Minister Ingrid Solheim called her Chilean counterpart on Tuesday.';
  const said = (who: string) => `\n\n“We regard these remarks as unacceptable,” ${who} said.`;
  it('is the foreign minister named before', () => {
    for (const who of [
      'the Norwegian top diplomat',
      'Norway’s top diplomat',
      'the head of Norwegian diplomacy',
    ])
      expect(credit(met + said(who), 'We regard')).toBe('Ingrid Solheim [quotes:role-coreference]');
  });
  it('not an ambassador, nor another country’s minister', () => {
    const envoy = 'OSLO — Norwegian Ambassador to Chile Erik Solberg met the press on Tuesday.';
    expect(credit(envoy + said('Norway’s top diplomat'), 'We regard') ?? 'none').not.toMatch(/Solberg/);
    expect(credit(met + said('Chile’s top diplomat'), 'We regard') ?? 'none').not.toMatch(/Solheim/);
  });
});

describe('"the ministry’s press service said": the body of that kind last named', () => {
  const quote = (who: string) => `\n\n“We regard these remarks as unacceptable,” ${who} said.`;
  const met = 'OSLO — The Norwegian Foreign Ministry summoned the Chilean ambassador on Tuesday.';
  it('is the ministry', () => {
    expect(credit(met + quote('the ministry’s press service'), 'We regard')).toBe(
      'Norwegian Foreign Ministry [quotes:body-by-kind]',
    );
  });
  it('not a body of another kind', () => {
    expect(credit(met + quote('the embassy’s press service'), 'We regard') ?? 'none').not.toMatch(/Ministry/);
  });
  it('"the ministry’s chief spokesperson" too, not another kind’s', () => {
    expect(credit(met + quote('the ministry’s chief spokesperson'), 'We regard')).toBe(
      'Norwegian Foreign Ministry [quotes:body-by-kind]',
    );
    expect(credit(met + quote('the embassy’s chief spokesperson'), 'We regard') ?? 'none').not.toMatch(
      /Ministry/,
    );
  });
});

describe('"in a statement" between a subject and its verb: "The ministry in a statement expressed “…”"', () => {
  it('the body named or by its kind is the subject', () => {
    const named =
      'OSLO — Norway summoned the Chilean ambassador on Tuesday.\n\nThe Norwegian Foreign Ministry';
    expect(credit(`${named} in a statement expressed “deep concern” over the remarks.`, 'deep concern')).toBe(
      'Norwegian Foreign Ministry [quotes:subject-of-verb-before]',
    );
    const kind =
      'OSLO — The Norwegian Foreign Ministry summoned the Chilean ambassador on Tuesday.\n\nThe ministry';
    expect(credit(`${kind} in a statement expressed “deep concern” over the remarks.`, 'deep concern')).toBe(
      'Norwegian Foreign Ministry [quotes:body-by-kind]',
    );
  });
  it('not the object of a preposition before it', () => {
    const body =
      'OSLO — Norway summoned the Chilean ambassador on Tuesday.\n\nA letter sent to the Norwegian Foreign Ministry in a statement rejected “the Norwegian position”.';
    expect(credit(body, 'the Norwegian') ?? 'none').not.toMatch(/Ministry/);
  });
});

describe('"It read, “…”" after a statement: the statement’s issuer', () => {
  const summoned = 'OSLO — Norway summoned the Chilean ambassador on Tuesday.\n\n';
  it('is the body that issued the statement', () => {
    const body = `${summoned}In a statement, the Norwegian Foreign Ministry said, “The envoy was summoned to hear our protest.”\n\nIt read, “An explanation was demanded for the remarks.”`;
    expect(credit(body, 'An explanation')).toBe('Norwegian Foreign Ministry [quotes:the-statement]');
  });
  it('not when no statement was issued', () => {
    const body = `${summoned}The Norwegian Foreign Ministry met the envoy.\n\nIt read, “An explanation was demanded for the remarks.”`;
    expect(credit(body, 'An explanation') ?? 'none').not.toMatch(/the-statement/);
  });
});

describe('less common verbs of saying, as translations use them ("bragged", "retorted", "affirmed the ministry")', () => {
  const head =
    'OSLO — The Norwegian Foreign Ministry summoned the Chilean ambassador on Tuesday. Foreign Ministry spokesperson Ingrid Solheim spoke later.\n\n';
  it('after the quotation, in either order', () => {
    expect(
      credit(`${head}“We regard these remarks as unacceptable,” the spokesperson retorted.`, 'We regard'),
    ).toBe('Ingrid Solheim [quotes:the-named-spokesperson]');
    expect(
      credit(`${head}“We regard these remarks as unacceptable,” affirmed the ministry.`, 'We regard'),
    ).toBe('Norwegian Foreign Ministry [quotes:body-by-kind]');
    expect(
      credit(`${head}“We regard these remarks as unacceptable,” the ministry bragged.`, 'We regard'),
    ).toBe('Norwegian Foreign Ministry [quotes:body-by-kind]');
  });
  it('not a verb whose subject names no one', () => {
    const body = `${head}A second paper, “Cold North and its risks,” highlighted the danger of the remarks.`;
    expect(credit(body, 'Cold North') ?? 'none').not.toMatch(/Ministry|Solheim/);
  });
});

describe('a quotation standing alone after a sentence whose subject has an apposition', () => {
  const head = 'OSLO — Norway summoned the Chilean ambassador on Tuesday.\n\n';
  const quote = '\n\n“We condemn these remarks in the strongest terms.”';
  it('the subject before or after its apposition speaks', () => {
    for (const s of [
      'Kari Nord, Norway’s prime minister, also weighed in.',
      'Norway’s prime minister, Kari Nord, also weighed in.',
    ])
      expect(credit(head + s + quote, 'We condemn')).toBe('Kari Nord [quotes:subject-of-sentence-before]');
  });
  it('not a person inside the object of a preposition', () => {
    const body = `${head}A letter to Kari Nord, Norway’s prime minister, arrived on Monday.${quote}`;
    expect(credit(body, 'We condemn') ?? 'none').not.toMatch(/Kari Nord/);
  });
});

describe('"spokesman" and "chairman" are said of women too: no gender from them', () => {
  it('"she said" after "spokesman X said" is X, not a man named before', () => {
    const body =
      'OSLO — Norway imposed sanctions on Chilean official Pablo Ruiz on Monday.\n\n' +
      'The move was “a fair response”, foreign ministry spokesman Ingrid Solheim said at a briefing.\n\n' +
      '“We urge Chile to withdraw its decision,” she said.';
    expect(credit(body, 'We urge')).toMatch(/^Ingrid Solheim/);
  });
  it('a spokeswoman is still no "he"', () => {
    const body =
      'OSLO — Norwegian Foreign Minister Mr Lars Berg met the press on Monday.\n\n' +
      'The move was “a fair response”, spokeswoman Ingrid Solheim said.\n\n' +
      '“We urge Chile to withdraw its decision,” he said.';
    expect(credit(body, 'We urge')).toMatch(/^Lars Berg/);
  });
});

describe('another word for a body’s kind: "the mission" an embassy, "the foreign office" a ministry', () => {
  const quote = (who: string) => `\n\n“We condemn these remarks in the strongest terms,” ${who} said.`;
  const embassy = 'OSLO — Norway’s embassy in Chile summoned the press on Tuesday.';
  const ministry = 'OSLO — The Norwegian Foreign Ministry summoned the envoy on Tuesday.';
  it('is the body of the kindred kind last named', () => {
    expect(credit(embassy + quote('the diplomatic mission'), 'We condemn')).toBe(
      'Norwegian Embassy in Chile [quotes:body-by-kind]',
    );
    for (const who of ['the foreign office', 'the Norwegian diplomatic service'])
      expect(credit(ministry + quote(who), 'We condemn')).toBe(
        'Norwegian Foreign Ministry [quotes:body-by-kind]',
      );
  });
  it('not a service of another kind, nor a mission where only a ministry was named', () => {
    expect(credit(ministry + quote('the security service'), 'We condemn') ?? 'none').not.toMatch(/Ministry/);
    expect(credit(ministry + quote('the mission'), 'We condemn') ?? 'none').not.toMatch(/Ministry/);
  });
});
