// Arguments read from the clause rather than from the nearest names (server/src/extract/clauses/,
// events/parties.ts nominalClause, relations/verbs.ts): nominalisations ("the summoning of X by Y", "Y's
// recall of X"), the possessor of a noun of intent ("Bulgaria's decision to expel"), a passive recall
// whose recaller is the envoy's own state or the capital the envoy is called to, verb relations from
// subject and object (passive, ", and accused"). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../server/src/ingest/validate-document.js';
import { extractArticle } from '../../server/src/extract/index.js';

const PUB = '2025-03-12'; // a Wednesday
function run(title: string, body: string) {
  const raw = `${title}\n\n${body}`;
  const r = extractArticle({ raw, format: 'text', meta: { title, published: PUB } });
  const d = r.document;
  expect(validateDocument(r.text, d, 'probe', d.article.id)).toMatchObject({ ok: true });
  const name = (id: string) => d.entities.find((e) => e.id === id)?.name ?? id;
  const rels = d.relations.map((x) => `${name(x.source)} ${x.type} ${name(x.target)}`);
  const ruleOf = (rel: string) =>
    d.relations.find((x) => `${name(x.source)} ${x.type} ${name(x.target)}` === rel)?.rule;
  return { d, rels, ruleOf };
}

describe('nominalisations take their arguments from the phrase', () => {
  it('when "the summoning of the British ambassador by Iran" is told, then Iran summoned the United Kingdom', () => {
    const { rels } = run(
      'Protest in Tehran',
      'The summoning of the British ambassador by Iran followed the remarks.',
    );
    expect(rels).toContain('Iran SUMMONED United Kingdom');
  });

  it('when "Chile\'s recall of its ambassador to Israel, Jorge Carvajal" is told, then Chile recalled him', () => {
    const { rels } = run(
      'Envoy called home',
      "Chile's recall of its ambassador to Israel, Jorge Carvajal, was announced on Tuesday.",
    );
    expect(rels).toContain('Chile RECALLED Jorge Carvajal');
  });

  it('when "the recall of Ambassador X was announced by Chile" is told, then the agent of the governing passive recalls', () => {
    const { rels } = run(
      'Envoy called home',
      'The recall of Ambassador Jorge Carvajal was announced by Chile on Tuesday.',
    );
    expect(rels).toContain('Chile RECALLED Jorge Carvajal');
  });

  it('when "Bulgaria\'s decision to expel" is told, then Bulgaria is the expeller', () => {
    const { rels } = run(
      'Diplomat expelled',
      "Bulgaria's decision to expel the Russian diplomat angered Moscow.",
    );
    expect(rels).toContain('Bulgaria EXPELLED Russia');
  });
});

describe('a passive recall with no agent', () => {
  it('when "India\'s High Commissioner X was also called back", then India recalled X', () => {
    const { rels } = run(
      'Envoys called back',
      "India's High Commissioner Ajay Bisaria was also called back on Thursday.",
    );
    expect(rels).toContain('India RECALLED Ajay Bisaria');
  });
});

describe('verb relations from subject and object', () => {
  it('when a relative clause carries the verb, then its antecedent criticised the possessor that opens the object', () => {
    const { rels, ruleOf } = run(
      'Summit vote',
      "Hungarian Prime Minister Viktor Orban, who has repeatedly criticised the EU's support for Kyiv, left the room.",
    );
    expect(rels).toContain('Viktor Orban CRITICIZED European Union');
    expect(ruleOf('Viktor Orban CRITICIZED European Union')).toBe('relations/verbs:criticized');
  });

  it('when the verb is passive, then the "by" agent criticised the subject', () => {
    const { rels } = run(
      'Office opens',
      'Lithuania was criticised by China for allowing the office to open.',
    );
    expect(rels).toContain('China CRITICIZED Lithuania');
    expect(rels).not.toContain('Lithuania CRITICIZED China');
  });

  it('when "X said Y had …, and criticised Z" is told, then X, not Y, criticised Z', () => {
    const { rels } = run(
      'Embassy row',
      'Foreign Minister Anna Berg said Washington had shown disrespect, and criticised the US embassy for its statement.',
    );
    expect(rels.filter((r) => / CRITICIZED /.test(r)).map((r) => r.split(' CRITICIZED ')[0])).toEqual([
      'Anna Berg',
    ]);
  });
});
