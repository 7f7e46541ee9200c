/**
 * Text that comes from a server (asset, tag and alarm names, messages, comments) is data, not
 * layout: a 100,000-character name must not widen a panel to 776,212 px, and direction
 * controls must not make `gnp.exe` read as `exe.png`. These pure functions decide what is drawn;
 * ServerText.tsx draws it.
 */

/** At most this many characters are put in the DOM; the rest is available on demand. */
export const SERVER_TEXT_MAX = 500;
/** A browser tooltip is not a reader: beyond this the full-text popover is the way. */
export const SERVER_TEXT_TITLE_MAX = 2000;

/**
 * Explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). They
 * reorder the characters around them; right-to-left letters need none of them to show right,
 * because each server text is isolated with dir="auto". LRM/RLM stay: they cannot reorder letters.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripDirectionControls(text: string): { text: string; hadControls: boolean } {
  const stripped = text.replace(DIRECTION_CONTROLS, "");
  return { text: stripped, hadControls: stripped.length !== text.length };
}

/** The first `max` characters, never splitting a surrogate pair, with an ellipsis when cut. */
export function capText(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  let end = Math.max(0, max - 1); // room for the ellipsis
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate without its partner
  return { text: `${text.slice(0, end)}…`, truncated: true };
}

export interface PreparedServerText {
  /** What goes in the DOM. */
  shown: string;
  /** Tooltip text (capped as well). */
  title: string;
  /** The whole text, direction controls removed, for the on-demand view. */
  full: string;
  truncated: boolean;
  hadControls: boolean;
}

export function prepareServerText(raw: string, max = SERVER_TEXT_MAX): PreparedServerText {
  const { text, hadControls } = stripDirectionControls(raw);
  const shown = capText(text, max);
  return {
    shown: shown.text,
    title: capText(text, SERVER_TEXT_TITLE_MAX).text,
    full: text,
    truncated: shown.truncated,
    hadControls,
  };
}
