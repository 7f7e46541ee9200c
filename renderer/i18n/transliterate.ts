/**
 * Serbian Latin to Cyrillic. The Cyrillic catalogue is generated from the Latin one with this,
 * so the two can never say different things; what the rules get wrong goes in an override map.
 *
 * Serbian is a one-to-one mapping except for three digraphs (lj, nj, dž), which are single
 * Cyrillic letters unless they straddle a prefix (nad-živeti: надживети). Placeholders
 * ({{count}}) and words that stay Latin in Cyrillic text (OPC UA, URL) pass through.
 */

const LETTERS: Record<string, string> = {
  a: "а", b: "б", c: "ц", č: "ч", ć: "ћ", d: "д", đ: "ђ", e: "е", f: "ф", g: "г", h: "х", i: "и",
  j: "ј", k: "к", l: "л", m: "м", n: "н", o: "о", p: "п", r: "р", s: "с", š: "ш", t: "т", u: "у",
  v: "в", z: "з", ž: "ж",
};
const DIGRAPHS: Record<string, string> = { lj: "љ", nj: "њ", dž: "џ" };

/** Word beginnings where the two letters are separate sounds, not a digraph. */
const DIGRAPH_EXCEPTIONS: Record<string, string> = {
  nadž: "надж",
  podž: "подж",
  injek: "инјек",
  konjug: "конјуг",
  konjunk: "конјунк",
};

/** Written in Latin letters inside Cyrillic text too: acronyms, protocol and product names. */
export const KEEP_LATIN: readonly string[] = ["OPC UA", "OPC", "URL", "SCADA", "ISA", "ID"];

const PLACEHOLDER = /\{\{[^}]*\}\}|`[^`]*`/g;

function matchCase(source: string, cyr: string): string {
  if (source === source.toLowerCase()) return cyr;
  // "Lj" at a word start and "LJ" in capitals both become "Љ"; the rest follows the first letter.
  if (source === source.toUpperCase() || source.length === 1) return cyr.toUpperCase();
  return cyr[0]!.toUpperCase() + cyr.slice(1);
}

function transliterateWord(word: string): string {
  let out = "";
  let i = 0;
  const lower = word.toLowerCase();
  for (const [latin, cyr] of Object.entries(DIGRAPH_EXCEPTIONS)) {
    if (lower.startsWith(latin)) {
      out = matchCase(word.slice(0, latin.length), cyr);
      i = latin.length;
      break;
    }
  }
  while (i < word.length) {
    const pair = lower.slice(i, i + 2);
    if (DIGRAPHS[pair]) {
      out += matchCase(word.slice(i, i + 2), DIGRAPHS[pair]);
      i += 2;
      continue;
    }
    const ch = lower[i]!;
    out += LETTERS[ch] ? matchCase(word[i]!, LETTERS[ch]) : word[i]!;
    i++;
  }
  return out;
}

function transliterateRun(text: string): string {
  return text.replace(/\p{L}+/gu, transliterateWord);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
const KEEP = new RegExp(`\\b(?:${[...KEEP_LATIN].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})\\b`, "g");

/** Cyrillic for a Serbian Latin text; placeholders, `code` and KEEP_LATIN words are left as they are. */
export function latinToCyrillic(text: string): string {
  let out = "";
  let last = 0;
  const kept: { start: number; end: number }[] = [];
  for (const re of [PLACEHOLDER, KEEP]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) kept.push({ start: m.index, end: m.index + m[0].length });
  }
  kept.sort((a, b) => a.start - b.start);
  for (const k of kept) {
    if (k.start < last) continue; // inside a span already kept
    out += transliterateRun(text.slice(last, k.start)) + text.slice(k.start, k.end);
    last = k.end;
  }
  return out + transliterateRun(text.slice(last));
}
