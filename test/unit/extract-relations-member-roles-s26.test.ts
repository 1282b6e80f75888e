// Members and heads of a body read from an apposition whose body has a word of standing before its name
// ("the opposition Labour Party") or follows "from" ("a lawmaker from the Labour Party", "an MP from").
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('roles of a body in an apposition', () => {
  it('reads "the leader of the opposition X Party" as leading it, "a member of the ruling X" as a member', () => {
    const r = extractChecked(
      'Vote delayed',
      'Tom Becker, the leader of the opposition Labour Party, said the vote was unfair. Anna Weiss, a senior member of the ruling Conservative Party, disagreed.',
    );
    expect(r.rels).toContain('Tom Becker LEADS Labour Party');
    expect(r.rels).toContain('Anna Weiss MEMBER_OF Conservative Party');
  });

  it('reads "a lawmaker from" and "an MP from" a body as a member of it', () => {
    const r = extractChecked(
      'Vote delayed',
      'Tom Becker, a lawmaker from the Labour Party, said the vote was unfair. Anna Weiss, an MP from the Conservative Party, disagreed.',
    );
    expect(r.rels).toContain('Tom Becker MEMBER_OF Labour Party');
    expect(r.rels).toContain('Anna Weiss MEMBER_OF Conservative Party');
  });

  it('makes no member of a country a diplomat comes from', () => {
    const r = extractChecked('Talks', 'Tom Becker, a diplomat from Russia, said the talks went well.');
    expect(r.rels.filter((x) => / MEMBER_OF /.test(x))).toEqual([]);
  });
});

describe('heads of a body in a relative clause', () => {
  it('reads "X, who heads UNICEF," and "X, who chairs the committee," as leading it', () => {
    const r = extractChecked(
      'Aid arrives',
      'Maria Lindqvist, who heads UNICEF, said the aid would arrive soon. Tom Becker, who chairs the Senate Foreign Relations Committee, agreed.',
    );
    expect(r.rels).toContain('Maria Lindqvist LEADS UNICEF');
    expect(r.rels).toContain('Tom Becker LEADS Senate Foreign Relations Committee');
    expect(r.ruleOf('Maria Lindqvist LEADS UNICEF')).toBe('relations/member-phrases:who-leads');
  });
});

describe('a person "of" a body', () => {
  it('reads "X of the Labour Party said" as a member; not a reporter of an outlet', () => {
    const r = extractChecked(
      'Vote delayed',
      'Tom Becker of the Labour Party said the vote was unfair. Anna Weiss of the New York Times asked why.',
    );
    expect(r.rels).toContain('Tom Becker MEMBER_OF Labour Party');
    expect(r.ruleOf('Tom Becker MEMBER_OF Labour Party')).toBe('relations/member-phrases:person-of-body');
    expect(r.rels.filter((x) => /^Anna Weiss MEMBER_OF/.test(x))).toEqual([]);
  });

  it('makes no member of a body an envoy in a list represents', () => {
    const r = extractChecked(
      'Credentials presented',
      'Also presenting credentials were Tom Becker of Malawi, Anna Weiss of the European Union and Paul Dufresne of Norway.',
    );
    expect(r.rels.filter((x) => / MEMBER_OF /.test(x))).toEqual([]);
  });
});
