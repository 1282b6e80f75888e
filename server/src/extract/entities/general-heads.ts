// Bodies whose head is two words, the second "General" (session 28): "the Russian Consulate General in
// Houston", "the Consulate General of India", "the Directorate General of Security". "General" alone is a
// title ("Consul General X", "Secretary General X", "General Y"); after one of these heads it closes the
// body's name, as "Ministry" does.
import { ORG_HEADS } from '../lexicon.js';
import type { Token } from '../text.js';

const BEFORE_GENERAL = /^(?:Consulate|Directorate|Secretariat|Inspectorate|Commissariat)$/;

/** Whether the chunk's token at i is an organisation's head word ("Ministry", "Consulate General"). */
export function orgHeadAt(c: Token[], i: number): boolean {
  const t = c[i];
  if (!t) return false;
  if (ORG_HEADS.has(t.text.toLowerCase())) return true;
  return t.text === 'General' && i > 0 && BEFORE_GENERAL.test(c[i - 1]!.text);
}
