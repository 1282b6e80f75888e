// A list of sanctioned people whose lead names the sanctioner ("The officials sanctioned by X include A and
// B"): X sanctions them, not the sanctioner of the article's last sanctions, nor a state the group's
// demonym names. Without an agent in the lead the list joins the last sanctions as before. Every sentence
// here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const title = 'New sanctions over the crackdown';
const sanctioners = (rels: string[], who: string) =>
  rels.filter((r) => r.endsWith(` SANCTIONED ${who}`)).map((r) => r.slice(0, -` SANCTIONED ${who}`.length));

describe('the agent a sanctions list names in its lead', () => {
  it('when "The officials sanctioned by Canada include A and B" follows sanctions by another body, then Canada sanctions A and B', () => {
    const { rels } = run(
      title,
      'The European Union imposed sanctions on Freedonia on Monday. The officials sanctioned by Canada include Rufus Firefly and Chico Marx.',
    );
    expect(sanctioners(rels, 'Rufus Firefly')).toEqual(['Canada']);
    expect(sanctioners(rels, 'Chico Marx')).toEqual(['Canada']);
  });

  it('when "The Russian officials sanctioned by the UK include A", then the UK sanctions A, not Russia', () => {
    const { rels } = run(
      title,
      'Britain sanctioned 22 Russian officials on Thursday. The Russian officials sanctioned by the UK include deputy minister Rufus Firefly.',
    );
    expect(sanctioners(rels, 'Rufus Firefly')).toEqual(['United Kingdom']);
  });

  it('when the agent is a people ("The others sanctioned by the Chinese include A"), then China sanctions A', () => {
    const { rels } = run(
      title,
      'Canada imposed sanctions on Freedonia on Monday. The others sanctioned by the Chinese include Rufus Firefly.',
    );
    expect(sanctioners(rels, 'Rufus Firefly')).toEqual(['China']);
  });

  it('when the lead names no agent ("The officials sanctioned include A"), then the last sanctions\' sanctioner sanctions A', () => {
    const { rels } = run(
      title,
      'Canada imposed sanctions on Freedonia on Monday. The officials sanctioned include Rufus Firefly and Chico Marx.',
    );
    expect(sanctioners(rels, 'Rufus Firefly')).toEqual(['Canada']);
  });

  it('when the agent is the measures ("Those sanctioned by the new measures include A"), then the last sanctions\' sanctioner sanctions A', () => {
    const { rels } = run(
      title,
      'Canada imposed sanctions on Freedonia on Monday. Those sanctioned by the new measures include Rufus Firefly.',
    );
    expect(sanctioners(rels, 'Rufus Firefly')).toEqual(['Canada']);
  });
});
