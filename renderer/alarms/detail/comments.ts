/**
 * The comment history of one condition, from its journal: Part 9 keeps only the last comment on
 * the condition, so each journaled state that carries a new comment (or the same words from
 * another user) is one entry. Pure, so it is unit-tested.
 */
import type { AlarmHistoryRow, AlarmState } from "../../../contract/api";

export interface DetailComment {
  /** The event that carried it (server time), ms since epoch. */
  time: number;
  text: string;
  /** The OPC UA user the server names (ClientUserId); null when it named none. */
  user: string | null;
}

/** Newest first. `current` adds the comment the live row holds when the journal has not caught up. */
export function commentsOf(rows: readonly AlarmHistoryRow[], current: AlarmState | null): DetailComment[] {
  const states = rows
    .filter((r) => r.kind === "alarm")
    .sort((a, b) => a.time - b.time);
  const out: DetailComment[] = [];
  let last: { text: string | null; user: string | null } = { text: null, user: null };
  const add = (time: number, text: string | null, user: string | null) => {
    if (text && (text !== last.text || user !== last.user)) out.push({ time, text, user });
    last = { text, user };
  };
  for (const s of states) add(s.time, s.lastComment, s.lastCommentUser);
  if (current) add(current.time, current.lastComment, current.lastCommentUser);
  return out.reverse();
}
