/**
 * Which separator a tag list uses. Excel writes the list separator of the Windows locale: a
 * comma in English, a semicolon where the comma is the decimal mark (Serbian, German); "Unicode
 * text" exports use tabs. Excel also honours a first line "sep=;", so we do too. Otherwise each
 * candidate is counted outside quotes on the first lines: the separator is the one that splits
 * the most lines into the same number of fields (decimal commas in a semicolon file vary from
 * row to row and are absent from the header, so they lose).
 */
import { TAG_LIST_SEPARATORS, type TagListSeparator } from "../../../../contract/tag-list";

const SAMPLE_LINES = 20;
const SAMPLE_CHARS = 64 * 1024;

/** The separator a first line "sep=X" names (Excel's hint), or null. */
export function separatorHint(text: string): TagListSeparator | null {
  const m = /^"?sep=(.)"?[ \t]*(\r\n|\r|\n|$)/i.exec(text);
  const named = m?.[1];
  return TAG_LIST_SEPARATORS.find((s) => s === named) ?? null;
}

/** Per logical line (quoted line breaks do not end one), how often each candidate appears outside quotes. */
function countPerLine(text: string): Map<TagListSeparator, number[]> {
  const counts = new Map<TagListSeparator, number[]>(TAG_LIST_SEPARATORS.map((s) => [s, [0]]));
  let inQuotes = false;
  let lines = 0;
  let blank = true;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end && lines < SAMPLE_LINES; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "\n" || c === "\r")) {
      if (!blank) {
        lines++;
        for (const list of counts.values()) list.push(0);
      }
      blank = true;
      continue;
    } else if (!inQuotes) {
      const list = counts.get(c as TagListSeparator);
      if (list) list[list.length - 1]!++;
    }
    if (c !== " ") blank = false;
  }
  for (const list of counts.values()) if (blank) list.pop();
  return counts;
}

/** The most frequent non-zero count and how many lines have it. */
function mode(list: number[]): { value: number; lines: number } {
  const seen = new Map<number, number>();
  for (const v of list) if (v > 0) seen.set(v, (seen.get(v) ?? 0) + 1);
  let best = { value: 0, lines: 0 };
  for (const [value, lines] of seen) {
    if (lines > best.lines || (lines === best.lines && value > best.value)) best = { value, lines };
  }
  return best;
}

/** The separator of the text; a comma when nothing tells (a one-column file). */
export function detectSeparator(text: string): TagListSeparator {
  const hint = separatorHint(text);
  if (hint) return hint;
  let best: { sep: TagListSeparator; value: number; lines: number } = { sep: ",", value: 0, lines: 0 };
  for (const [sep, list] of countPerLine(text)) {
    const m = mode(list);
    if (m.lines > best.lines || (m.lines === best.lines && m.value > best.value)) best = { sep, ...m };
  }
  return best.sep;
}
