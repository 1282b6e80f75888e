// The people of a sanctions event listed after a colon in a later sentence whose subject points back at
// the group the sanctions counted (session 42, group-leads.ts): a subject closed by a colon alone ("The
// five officers: A; B; C"), a verb closed by one ("Officials targeted include: A; B"), a people's
// adjective in the subject ("Ruritanian officials targeted include"), another word for the people counted
// ("sanctions on seven officers" … "Individuals targeted include"). A colon after a subject that points at
// no group the sanctions counted opens no list of theirs. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const targets = (rels: string[], by: string, type: string) =>
  rels.filter((r) => r.startsWith(`${by} ${type} `)).map((r) => r.slice(`${by} ${type} `.length));

describe('sanctioned people listed after a colon that closes a subject pointing back at the counted group', () => {
  it('when "The five officers: A (…); B (…); C (…)" follows "sanctions on five police officers", then each is sanctioned', () => {
    const { rels } = run(
      'Norway sanctions police officers',
      'Norway imposed sanctions on five police officers on Tuesday. The five officers: Colonel Pedro Alvarenga (head of the riot unit); Major Lucia Fenwick (deputy commander); Captain Otto Brandvik (prison chief).',
    );
    expect(targets(rels, 'Norway', 'SANCTIONED')).toEqual(
      expect.arrayContaining(['Pedro Alvarenga', 'Lucia Fenwick', 'Otto Brandvik']),
    );
  });

  it('when "Among others, individuals targeted include: A, …; B, …; and C, …" follows sanctions on officials, then each is sanctioned', () => {
    const { rels } = run(
      'Canada sanctions officials',
      'Canada announced new sanctions on nine Ruritanian officials on Friday. The foreign minister said more could follow. Among others, Ruritanian individuals targeted include: Tomas Varga, the head of the security council; Ilse Moravec, the deputy chief of staff; and Kurt Hollander, the head of the militia.',
    );
    expect(targets(rels, 'Canada', 'SANCTIONED')).toEqual(
      expect.arrayContaining(['Tomas Varga', 'Ilse Moravec', 'Kurt Hollander']),
    );
  });

  it('when a colon closes a subject that points at no group the sanctions counted, then the people after it are not sanctioned', () => {
    const { rels } = run(
      'Japan sanctions banks',
      'Japan imposed sanctions on four banks on Monday. Opposition lawmakers: Hugo Brandt and Elsa Marwick welcomed the decision.',
    );
    expect(targets(rels, 'Japan', 'SANCTIONED')).not.toEqual(expect.arrayContaining(['Hugo Brandt']));
    expect(targets(rels, 'Japan', 'SANCTIONED')).not.toEqual(expect.arrayContaining(['Elsa Marwick']));
  });

  it("when a people's adjective qualifies ministers the sanctions never counted, then the ministers listed are not sanctioned", () => {
    const { rels } = run(
      'Britain sanctions generals',
      'Britain imposed sanctions on six generals on Monday. Ruritanian ministers: Ivo Kranjec and Mara Tell condemned the move.',
    );
    expect(targets(rels, 'Britain', 'SANCTIONED')).toEqual([]);
    expect(targets(rels, 'United Kingdom', 'SANCTIONED')).not.toEqual(
      expect.arrayContaining(['Ivo Kranjec']),
    );
  });
});
