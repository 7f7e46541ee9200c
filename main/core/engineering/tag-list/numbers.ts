/**
 * Numbers as utilities' tools write them: "43.3209" or "43,3209", "1.234,5" (Serbian, German),
 * "1,234.5" (English), "1 234,5" (Serbian with a space, often U+00A0), a leading + or −, an
 * exponent. A lone comma or point followed by exactly three digits ("1,234", "21.905") could be
 * either mark; the file's decimal mark decides (what its other numbers show), else it is refused
 * as ambiguous rather than guessed, since 1.234 and 1234 are both plausible in a tag list.
 */

export type DecimalMark = "," | ".";

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: "empty" | "not-a-number" | "ambiguous" };

const GROUP_BLANKS = /[ \u00a0\u202f']/g;
const SHAPE = /^[+-]?[0-9.,]+(?:[eE][+-]?[0-9]+)?$/;

/** Digits grouped by three after a first group of one to three: what a thousands mark leaves. */
const GROUPED: Record<string, RegExp> = { ",": /^[0-9]{1,3}(?:,[0-9]{3})+$/, ".": /^[0-9]{1,3}(?:\.[0-9]{3})+$/, _: /^[0-9]{1,3}(?:_[0-9]{3})+$/ };
const grouped = (intPart: string, mark: "," | "." | "_") => GROUPED[mark]!.test(intPart);

/** A mark standing once in a mantissa could be a decimal mark; as a thousands mark it needs 1-3 digits before it and 3 after. */
function loneMarkMeaning(mantissa: string, mark: DecimalMark, fileDecimal: DecimalMark | null): "decimal" | "thousands" | "ambiguous" {
  const [before, after] = mantissa.split(mark) as [string, string];
  const couldBeThousands = grouped(`${before}${mark}${after}`, mark) && !/^0/.test(before);
  const couldBeDecimal = after.length > 0;
  if (!couldBeThousands) return "decimal";
  if (!couldBeDecimal) return "thousands";
  if (fileDecimal) return fileDecimal === mark ? "decimal" : "thousands";
  return "ambiguous";
}

/** The digits of the mantissa with its marks resolved to a plain JS number text, or why not. */
function plainMantissa(mantissa: string, fileDecimal: DecimalMark | null): string | "not-a-number" | "ambiguous" {
  const commas = mantissa.split(",").length - 1;
  const points = mantissa.split(".").length - 1;
  if (commas === 0 && points === 0) return mantissa;
  if (commas > 0 && points > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimal: DecimalMark = mantissa.lastIndexOf(",") > mantissa.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [intPart, frac] = mantissa.split(decimal) as [string, string];
    if (mantissa.split(decimal).length !== 2 || !grouped(intPart, group) || frac === "") return "not-a-number";
    return `${intPart.split(group).join("")}.${frac}`;
  }
  const mark: DecimalMark = commas > 0 ? "," : ".";
  if (commas + points > 1) return grouped(mantissa, mark) ? mantissa.split(mark).join("") : "not-a-number";
  const meaning = loneMarkMeaning(mantissa, mark, fileDecimal);
  if (meaning === "ambiguous") return "ambiguous";
  if (meaning === "thousands") return mantissa.replace(mark, "");
  const [intPart, frac] = mantissa.split(mark) as [string, string];
  if (frac === "" && intPart === "") return "not-a-number";
  return `${intPart || "0"}.${frac || "0"}`;
}

/** Reads one cell as a number; `fileDecimal` is the file's decimal mark when known. */
export function parseNumber(text: string, fileDecimal: DecimalMark | null = null): ParsedNumber {
  let t = text.trim().replace(/\u2212/g, "-");
  if (t === "") return { ok: false, reason: "empty" };
  // Blanks and apostrophes group thousands only between digits ("1 234", Swiss "1'234").
  if (/[0-9][ \u00a0\u202f'][0-9]/.test(t)) {
    const parts = t.split(/[eE]/)[0]!.split(/[.,]/);
    if (!grouped(parts[0]!.replace(/^[+-]/, "").replace(GROUP_BLANKS, "_"), "_")) return { ok: false, reason: "not-a-number" };
    t = t.replace(GROUP_BLANKS, "");
    // Blanks already grouped the thousands, so a lone mark left is the decimal mark.
    fileDecimal = t.includes(",") ? "," : ".";
  }
  if (!SHAPE.test(t)) return { ok: false, reason: "not-a-number" };
  const sign = /^[+-]/.test(t) ? t[0]! : "";
  const [mantissa, exponent] = t.slice(sign.length).split(/[eE]/) as [string, string | undefined];
  const plain = plainMantissa(mantissa, fileDecimal);
  if (plain === "ambiguous" || plain === "not-a-number") return { ok: false, reason: plain };
  const value = Number(`${sign}${plain}${exponent === undefined ? "" : `e${exponent}`}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: "not-a-number" };
}

/**
 * The decimal mark a file's numbers show unambiguously ("43,3209" shows a comma, "0.5" a point):
 * null when they show both, `fallback` when they show neither. Cells that are not numbers are ignored.
 */
export function detectDecimalMark(cells: Iterable<string>, fallback: DecimalMark | null = null): DecimalMark | null {
  let comma = 0;
  let point = 0;
  for (const cell of cells) {
    const t = cell.trim();
    if (!SHAPE.test(t.replace(/^[+\-\u2212]/, "+"))) continue;
    const mantissa = t.replace(/^[+\-\u2212]/, "").split(/[eE]/)[0]!;
    const hasComma = mantissa.includes(",");
    const hasPoint = mantissa.includes(".");
    if (hasComma && hasPoint) {
      if (mantissa.lastIndexOf(",") > mantissa.lastIndexOf(".")) comma++;
      else point++;
    } else if (hasComma !== hasPoint) {
      const mark: DecimalMark = hasComma ? "," : ".";
      if (mantissa.split(mark).length === 2 && loneMarkMeaning(mantissa, mark, null) === "decimal") {
        if (mark === ",") comma++;
        else point++;
      }
    }
  }
  if (comma > 0 && point === 0) return ",";
  if (point > 0 && comma === 0) return ".";
  return comma === 0 && point === 0 ? fallback : null;
}
