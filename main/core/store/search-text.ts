/**
 * Folded text for history search, computed in JS because SQLite without extensions folds only
 * ASCII: its LOWER() and LIKE leave č, ć, đ, š, ž (and Cyrillic) alone, and ICU or a custom
 * collation would be an extension every build (Node's and Electron's better-sqlite3) must carry.
 * So each journal and audit row gets a `search` column holding its text folded once, here:
 * lower case, Serbian Cyrillic read as Latin, đ → dj, every other diacritic stripped (č, ć → c,
 * š → s, ž → z, dž → dz); the query is folded the same way and matched with a plain LIKE.
 */

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ђ: "dj", е: "e", ж: "z", з: "z", и: "i", ј: "j", к: "k",
  л: "l", љ: "lj", м: "m", н: "n", њ: "nj", о: "o", п: "p", р: "r", с: "s", т: "t", ћ: "c", у: "u",
  ф: "f", х: "h", ц: "c", ч: "c", џ: "dz", ш: "s",
};

/** Lower case, Latin, no diacritics, đ as dj, runs of white space as one space. */
export function foldText(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) out += CYRILLIC[ch] ?? (ch === "đ" ? "dj" : ch);
  return out.normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim();
}

/** The folded text of a journaled alarm state: what a person may search it by. */
export function alarmSearchText(state: unknown): string {
  if (typeof state !== "object" || state === null) return "";
  const s = state as Record<string, unknown>;
  const parts = [s["sourceName"], s["conditionName"], s["message"], s["lastComment"], s["lastCommentUser"]];
  return foldText(parts.filter((p): p is string => typeof p === "string" && p !== "").join(" \u00b7 "));
}

/** The folded text of an audit entry. */
export function auditSearchText(e: { userName: string; role: string; action: string; detail: string }): string {
  return foldText([e.userName, e.role, e.action, e.detail].join(" \u00b7 "));
}

/** The words of a query, folded, each to be found somewhere in a row's text (at most 10). */
export function queryWords(text: string | undefined): string[] {
  if (!text) return [];
  return foldText(text).split(" ").filter(Boolean).slice(0, 10);
}

/** A LIKE pattern matching `word` anywhere, with LIKE's wildcards escaped by backslash. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
