// "on" after a body's head: after Committee, Subcommittee, Commission, Council, Conference, Forum or Panel
// ("the Committee on Foreign Affairs"), after any other head when the capitalised run after "on" (one to
// three words) reaches a field word ("the Working Group on Environment", "the Task Force on Migration"; not
// "the Group on Tuesday", "the Agency on Russia's behalf").
// "and" inside a body's name after its head and "for" or "on": "the Foundation for Peace and Development",
// "the Bureau for Refugees and Migration", "the Committee on Youth and Sports". The chunker keeps the "and"
// when the capitalised run after it (one to three words) ends in a field word and ends there. Not "the
// Centre for Peace and Armed Forces" (a body's head ends the run: two bodies), nor "the Fund for Justice and
// Health Ministry"; after "of" the tails in org-tails.ts read it ("Department of Foreign Affairs and Trade").
import { ORG_HEADS } from '../lexicon.js';
import type { Token } from '../text.js';
import { FIELD_WORD } from './field-words.js';

/** Whether "on" at toks[i] goes on the chunk `cur`, whose last word is a body's head, as above. */
export function onFieldAfterHead(cur: Token[], toks: Token[], i: number): boolean {
  const next = toks[i + 1];
  if (toks[i]?.text !== 'on' || !next?.cap || next.start !== toks[i]!.end + 1) return false;
  const head = cur[cur.length - 1]?.text ?? '';
  if (/^(?:Committee|Subcommittee|Commission|Council|Conference|Forum|Panel)$/.test(head)) return true;
  if (!ORG_HEADS.has(head.toLowerCase())) return false;
  for (let j = i + 1, prev = toks[i]!; j < toks.length && j <= i + 3; prev = toks[j]!, j++) {
    const t = toks[j]!;
    if (!t.cap || t.start !== prev.end + 1) return false;
    if (FIELD_WORD.test(t.text)) return true;
  }
  return false;
}

/** Whether "and" at toks[i] goes on the chunk `cur` (a body's head and "for"/"on" in it) as above. */
export function andFieldAfterFor(cur: Token[], toks: Token[], i: number): boolean {
  if (toks[i]?.text !== 'and') return false;
  if (
    !cur.some((x, k) => k > 0 && /^(?:for|on)$/.test(x.text) && ORG_HEADS.has(cur[k - 1]!.text.toLowerCase()))
  )
    return false;
  let last: Token | undefined;
  for (let j = i + 1, prev = toks[i]!; j < toks.length && j <= i + 4; prev = toks[j]!, j++) {
    const t = toks[j]!;
    if (!t.cap || t.start !== prev.end + 1) break;
    if (j === i + 4) return false;
    last = t;
  }
  return last !== undefined && FIELD_WORD.test(last.text);
}
