// Events whose parties a sentence names by role or by a shape the rules did not read before, on sentences
// written for the test: a person met known by role ("the Portuguese Prime Minister", "her counterpart",
// a subject "A and her Chilean counterpart"), more verbs and nouns of meeting
// (courtesy calls made or paid to, an audience granted, a tête-à-tête, "talked to"), statements told by
// what they do ("the statement urged", "its statement added"), joint statements of "the two countries"
// and of a body named by its kind ("The ministry said in a statement"), calls as bare nouns ("in a brief
// call with B", "the call between A and B"), and invasions ("the invasion of X by Y", "a full-scale
// attack on X"; a noun of invasion takes the sentence's subject only after a verb of launching). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const partiesOf = (r: ReturnType<typeof run>, type: string) =>
  r.events(type).map((e) => e.participants.map((p) => r.name(p.entity)).sort());

describe('a person met known by role', () => {
  it('"the Portuguese Prime Minister" is the one Portuguese prime minister named', () => {
    const r = run(
      'Visit',
      'Portuguese Prime Minister Tiago Brandao opened the fair. Slovak Foreign Minister Marta Hudakova arrived in Porto on Monday.\n\nHudakova met the Portuguese Prime Minister on Tuesday.',
    );
    expect(partiesOf(r, 'meeting')).toContainEqual(['Marta Hudakova', 'Tiago Brandao']);
  });

  it('"her counterpart" is the one other person with her title', () => {
    const r = run(
      'Visit',
      'Danish Foreign Minister Ole Friis spoke at the fair. Slovak Foreign Minister Marta Hudakova arrived in Aarhus on Monday.\n\nHudakova held a bilateral meeting with her counterpart on Tuesday.',
    );
    expect(partiesOf(r, 'meeting')).toContainEqual(['Marta Hudakova', 'Ole Friis']);
  });

  it('no counterpart when two persons share the title', () => {
    const r = run(
      'Visit',
      'Danish Foreign Minister Ole Friis and Irish Foreign Minister Cian Walsh spoke. Slovak Foreign Minister Marta Hudakova arrived on Monday.\n\nHudakova held talks with her counterpart.',
    );
    expect(r.events('meeting')).toHaveLength(0);
  });

  it('a subject "A and her Danish counterpart" is both sides', () => {
    const r = run(
      'Visit',
      'Danish Foreign Minister Ole Friis spoke at the fair. Slovak Foreign Minister Marta Hudakova arrived in Aarhus on Monday.\n\nHudakova and her Danish counterpart held talks.',
    );
    expect(partiesOf(r, 'meeting')).toContainEqual(['Marta Hudakova', 'Ole Friis']);
  });

  it('"Her meeting with B" opening a sentence', () => {
    const r = run(
      'Visit',
      'Slovak Foreign Minister Marta Hudakova arrived in Porto on Monday.\n\nHer meeting with Prime Minister Tiago Brandao lasted an hour.',
    );
    expect(r.rels).toContain('Marta Hudakova MET Tiago Brandao');
  });

  it('"her counterpart from X, B" names B', () => {
    const r = run(
      'Visit',
      'Marta Hudakova, Slovakia’s top diplomat, held bilateral discussions with her counterpart from Denmark, Anders Holm.',
    );
    expect(r.rels).toContain('Anders Holm MET Marta Hudakova');
    expect(r.ruleOf('Anders Holm MET Marta Hudakova')).toBe('events/meetings:meeting');
  });
});

describe('more verbs and nouns of meeting', () => {
  it.each([
    'Minister Marta Hudakova also paid courtesy calls on President Anton Reyes.',
    'Minister Marta Hudakova made a courtesy call on President Anton Reyes.',
    'Minister Marta Hudakova paid a courtesy call to President Anton Reyes.',
    'President Anton Reyes granted an audience to Minister Marta Hudakova on Tuesday.',
    'President Anton Reyes received in audience Minister Marta Hudakova on Tuesday.',
    'Minister Marta Hudakova had a tete-a-tete with President Anton Reyes.',
    'Minister Marta Hudakova had an interaction with President Anton Reyes.',
    'Minister Marta Hudakova talked to President Anton Reyes on the sidelines of the fair.',
  ])('%s', (sentence) => {
    const r = run('Talks', sentence);
    expect(partiesOf(r, 'meeting')).toEqual([['Anton Reyes', 'Marta Hudakova']]);
  });

  it('"talked to B by phone" is no meeting', () => {
    const r = run('Talks', 'Minister Marta Hudakova talked to President Anton Reyes by phone on Tuesday.');
    expect(r.events('meeting')).toHaveLength(0);
  });
});

describe('statements told by what they do, and joint statements', () => {
  it('"The statement urged …" is the statement of the body acting before', () => {
    const r = run(
      'Reaction',
      'The Slovak Foreign Ministry criticised the decision on Monday.\n\nThe statement urged restraint on all sides.',
    );
    expect(partiesOf(r, 'statement')).toEqual([['Slovak Foreign Ministry']]);
  });

  it('"Its statement added …"', () => {
    const r = run(
      'Reaction',
      'The Slovak Foreign Ministry criticised the decision on Monday. Its statement added that the reports were false.',
    );
    expect(partiesOf(r, 'statement')).toEqual([['Slovak Foreign Ministry']]);
  });

  it('"In a joint statement, the two countries said …": both states', () => {
    const r = run(
      'Reaction',
      'Slovakia and Denmark agreed to expand trade.\n\nIn a joint statement, the two countries said they would cooperate on energy.',
    );
    expect(partiesOf(r, 'statement')).toEqual([['Denmark', 'Slovakia']]);
  });

  it('"The two ministers issued a joint statement": both persons', () => {
    const r = run(
      'Reaction',
      'Minister Marta Hudakova met Minister Ole Friis on Tuesday.\n\nThe two ministers issued a joint statement after the talks.',
    );
    expect(partiesOf(r, 'statement')).toEqual([['Marta Hudakova', 'Ole Friis']]);
  });
});

describe('calls as bare nouns', () => {
  it('"In a call with B, A discussed …" is a call, not a meeting', () => {
    const r = run('Call', 'In a call with Minister Ole Friis, Minister Marta Hudakova discussed energy.');
    expect(partiesOf(r, 'phone-call')).toEqual([['Marta Hudakova', 'Ole Friis']]);
    expect(r.events('meeting')).toHaveLength(0);
  });

  it('"The call between A and B"', () => {
    const r = run('Call', 'The call between Minister Marta Hudakova and Minister Ole Friis lasted an hour.');
    expect(partiesOf(r, 'phone-call')).toEqual([['Marta Hudakova', 'Ole Friis']]);
  });
});

describe('invasions in more shapes', () => {
  it('"the invasion of X by Y"', () => {
    const r = run('War', 'The sanctions followed the invasion of Georgia by Russia.');
    expect(r.rels).toContain('Russia INVADED Georgia');
  });

  it('"launched a full-scale attack on X"', () => {
    const r = run('War', 'Russia launched a full-scale attack on Georgia in August 2008.');
    expect(r.rels).toContain('Russia INVADED Georgia');
  });

  it('a noun of invasion after a verb of launching takes the subject as invader', () => {
    const r = run('War', 'Iraq launched a full-scale invasion of Kuwait in August 1990.');
    expect(r.rels).toContain('Iraq INVADED Kuwait');
  });

  it('the subject of another clause is not the invader of "the invasion of X"', () => {
    const r = run(
      'Envoys',
      'Peru expelled four Chilean diplomats on Friday, following the invasion of Bolivia.',
    );
    expect(r.rels.filter((x) => x.includes(' INVADED '))).toEqual([]);
    expect(partiesOf(r, 'invasion')).toEqual([['Bolivia']]);
  });

  it('a state condemning an invasion did not invade', () => {
    const r = run('War', 'Uruguay condemned the invasion of Paraguay in the strongest terms.');
    expect(r.rels.filter((x) => x.includes(' INVADED '))).toEqual([]);
  });

  it('a verb of invading keeps its subject', () => {
    const r = run('War', 'Iraq invaded Kuwait in August 1990.');
    expect(r.rels).toContain('Iraq INVADED Kuwait');
  });

  it('an attack with no scale is no invasion', () => {
    const r = run('War', 'Russia condemned the attack on Georgia’s embassy.');
    expect(r.events('invasion')).toHaveLength(0);
  });
});

describe('statements of a body named by its kind', () => {
  it.each([
    'The ministry said in a statement that the move was illegal.',
    'The ministry, in a statement, said the move was illegal.',
    'On Monday, the ministry said in a statement that the move was illegal.',
  ])('%s', (sentence) => {
    const r = run('Reaction', `The Slovak Foreign Ministry criticised the decision.\n\n${sentence}`);
    expect(partiesOf(r, 'statement')).toEqual([['Slovak Foreign Ministry']]);
  });

  it.each([
    'The statement also called for restraint.',
    'The statement, released late on Monday, said the move was illegal.',
  ])('%s', (sentence) => {
    const r = run('Reaction', `The Slovak Foreign Ministry criticised the decision.\n\n${sentence}`);
    expect(partiesOf(r, 'statement')).toEqual([['Slovak Foreign Ministry']]);
  });

  it('"the ministry" with no ministry named before is no one', () => {
    const r = run(
      'Reaction',
      'Slovakia criticised the decision.\n\nThe ministry said in a statement that it was illegal.',
    );
    expect(partiesOf(r, 'statement')).toEqual([]);
  });
});
