// A critical quotation whose subject is an act and its doer named after titles or by a state's adjective
// ("“The comments of President X are unacceptable”", "“The attack by Armenian forces is a violation”",
// "“The resolution adopted by the European Parliament is …”"): the speaker criticises the doer; an attack
// "of" a place names its target, not its doer. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const crit = (rels: string[]) => rels.filter((x) => / CRITICIZED /.test(x));

describe('an act phrase as the judged subject of a quotation', () => {
  it('reads the doer after a title', () => {
    const r = run(
      'Baku protests',
      '"The comments of President Emmanuel Macron are unacceptable," Foreign Minister Jeyhun Bayramov said.',
    );
    expect(r.rels).toContain('Jeyhun Bayramov CRITICIZED Emmanuel Macron');
  });

  it('reads the doer after a demonym and title, with "such"', () => {
    const r = run(
      'Baku protests',
      '"Such statements by the French President Emmanuel Macron are unacceptable," Foreign Minister Jeyhun Bayramov said.',
    );
    expect(r.rels).toContain('Jeyhun Bayramov CRITICIZED Emmanuel Macron');
  });

  it('reads a body after a participle of its act', () => {
    const r = run(
      'Baku protests',
      '"The resolution adopted by the European Parliament is an unacceptable interference," Foreign Minister Jeyhun Bayramov said.',
    );
    expect(r.rels).toContain('Jeyhun Bayramov CRITICIZED European Parliament');
  });

  it('reads an attack\'s doer from "by" and a state\'s adjective', () => {
    const r = run(
      'Baku protests',
      'Foreign Minister Jeyhun Bayramov said: "The attack by Armenian forces is a flagrant violation of international law."',
    );
    expect(r.rels).toContain('Jeyhun Bayramov CRITICIZED Armenia');
  });

  it('reads no doer from an attack "of" a place', () => {
    const r = run(
      'Baku protests',
      'Foreign Minister Jeyhun Bayramov said: "The shelling of Tartar is a flagrant violation of the ceasefire."',
    );
    expect(crit(r.rels)).toEqual([]);
  });

  it('reads nothing when the judging word is negated', () => {
    const r = run(
      'Baku protests',
      '"The comments of President Emmanuel Macron are not unacceptable," Foreign Minister Jeyhun Bayramov said.',
    );
    expect(crit(r.rels)).toEqual([]);
  });
});
