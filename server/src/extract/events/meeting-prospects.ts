// What a meeting trigger tells that is no meeting held: plans and prospects ("will meet", "are set to hold
// talks", "a possible meeting between", "called for talks"), calls ("had a phone conversation with",
// "talked with X by phone", "In a call with B, A discussed …": phone-calls.ts) and appeals ("called on X
// to stop"); a meeting "by video link" stays one; a "dialogue between" only set in time or told held.
import type { RuleHit } from './hit.js';

const PHONE =
  /\b(?:by|over the|on the|via)\s+(?:tele)?phone\b|\b(?:phone|telephone|telephonic)[\s-](?:call|conversation|talks)\b|\bvideo\s+call\b|\b(?:phoned|telephoned|telephonically)\b/;

/** "In a call with B, A discussed …": a call (phone-calls.ts). */
const CALL_WITH = /\b(?:a|an|the|their|his|her)\s+(?:\p{Ll}+\s+)?call\s+with\b/u;

const FUTURE =
  /\b(?:will|would|shall|to|could|may|might|plans?|planned|planning|expected|scheduled|set|due|ahead of)\s+(?:\p{Ll}+\s+)?$/u;

const PROSPECT =
  /\b(?:possible|potential|proposed|planned|upcoming|forthcoming|future|prospective|next|expected|likely|hypothetical)\s+(?:[\p{L}-]+\s+){0,2}$|\b(?:call|push|press|prepar|coordinat|arrang|lobb|work|ask|appeal|hop)(?:e|es|ed|ing|s|y|ies|ied|ying)?\s+(?:for|towards?)\s+(?:(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}|(?:new|fresh|direct|urgent|immediate|peace)\s+)?$/iu;

/** Whether the meeting trigger of `h` tells no meeting held. */
export function notAMeeting(h: RuleHit): boolean {
  const { c, s } = h;
  // Plans and prospects are no meetings ("will meet", "are set to hold talks").
  if (FUTURE.test(c.work.slice(Math.max(s.start, h.at - 40), h.at))) return true;
  // Nor a meeting that may come: "a possible meeting between", "the proposed talks with", "called for talks".
  if (PROSPECT.test(c.work.slice(Math.max(s.start, h.at - 40), h.at))) return true;
  // A call is no meeting: "had a phone conversation with", "talked with X by phone" (meetings-calls.ts);
  // a meeting "by video link" stays one.
  if (PHONE.test(c.work.slice(Math.max(s.start, h.at - 40), Math.min(s.end, h.end + 120)))) return true;
  // "In a telephone conversation with X, Y discussed …": a fronted phrase tells the call.
  const fronted = /^\s*(?:In|During|Over)\b[^,]{0,120},/.exec(c.work.slice(s.start, h.at));
  if (fronted && (PHONE.test(fronted[0]) || CALL_WITH.test(fronted[0]))) return true;
  // "a dialogue between A and B" is a process, or one called for, unless the clause sets it in time ("during
  // the bilateral dialogue between A and B") or tells it held.
  if (
    /^[Dd]ialogue/.test(c.work.slice(h.at, h.end)) &&
    !/\b(?:[Dd]uring|[Aa]t|[Aa]fter|[Ff]ollowing|[Ii]n)\s+(?:the|a|their)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(
      c.work.slice(Math.max(s.start, h.at - 40), h.at),
    ) &&
    !/^[^.;]{0,160}?\b(?:was|were)\s+held\b/.test(c.work.slice(h.end, s.end))
  )
    return true;
  // "called on X to stop": an appeal, no call paid; so is a headline's "calls on A, B for peace".
  const call = /^call(ed|s) on/.exec(c.work.slice(h.at, h.end));
  const appeal = call?.[1] === 's' ? /^[^;.]{0,80}?\b(?:to|for|not)\b/ : /^[^,;.]{0,80}?\bto\s+\p{Ll}/u;
  if (call && appeal.test(c.work.slice(h.end, s.end))) return true;
  return false;
}
