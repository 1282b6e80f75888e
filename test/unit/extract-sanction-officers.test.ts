// A body named in the sanctions' object only as where the one sanctioned serves (session 37): "sanctions
// on the Orvik Tribunal prosecutor, X" sanction X, not the tribunal; a body with no officer named after its
// title stays sanctioned. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const sanctions = (body: string) => extractChecked('Sanctions', body);
const sanctioned = (body: string) => sanctions(body).rels.filter((r) => r.includes(' SANCTIONED '));

describe("a body's officer sanctioned", () => {
  it('when a body\'s title and a name follow "sanctions on", then the officer is sanctioned, not the body', () => {
    const rels = sanctioned(
      'Norway imposed sanctions on Velmora Holdings chief executive Ivar Lund on Monday.',
    );
    expect(rels).toContain('Norway SANCTIONED Ivar Lund');
    expect(rels).not.toContain('Norway SANCTIONED Velmora Holdings');
  });

  it('when the title and a comma set off the name, then the officer is sanctioned, not the body', () => {
    const rels = sanctioned(
      'Norway imposed sanctions on the Velmora Holdings chairman, Ivar Lund, on Monday.',
    );
    expect(rels).toContain('Norway SANCTIONED Ivar Lund');
    expect(rels).not.toContain('Norway SANCTIONED Velmora Holdings');
  });

  it("when the officer's name comes after the clause, not the title, then the body is sanctioned", () => {
    const rels = sanctioned(
      'Norway imposed sanctions on Velmora Holdings on Monday, chairman Ivar Lund said.',
    );
    expect(rels).toContain('Norway SANCTIONED Velmora Holdings');
    expect(rels).not.toContain('Norway SANCTIONED Ivar Lund');
  });

  it('when bodies alone are named, then each is sanctioned', () => {
    const rels = sanctioned('Norway imposed sanctions on Velmora Holdings and Tarsk Shipping on Monday.');
    expect(rels).toContain('Norway SANCTIONED Velmora Holdings');
    expect(rels).toContain('Norway SANCTIONED Tarsk Shipping');
  });
});
