/**
 * Bytes of a tag list → text. Utilities hand over what their tools wrote: Excel's "CSV UTF-8"
 * (with a BOM), "Unicode text" (UTF-16LE with a BOM), or plain "CSV" on a Serbian Windows, which
 * is Windows-1250 with no mark at all. A BOM decides; without one, bytes that are valid UTF-8 are
 * UTF-8 (Windows-1250 text with č, ć, đ, š or ž is practically never valid UTF-8), else
 * Windows-1250, or Windows-1251 when the text is Cyrillic (a Serbian Cyrillic Windows writes
 * that). UTF-16 without a BOM is recognised by its zero bytes.
 */
import type { TagListEncoding } from "../../../../contract/tag-list";

export interface DecodedText {
  text: string;
  encoding: TagListEncoding;
  bom: boolean;
}

const BOMS: { encoding: TagListEncoding; bytes: number[] }[] = [
  { encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

function bomOf(bytes: Uint8Array): { encoding: TagListEncoding; length: number } | null {
  for (const b of BOMS) {
    if (bytes.length >= b.bytes.length && b.bytes.every((x, i) => bytes[i] === x)) return { encoding: b.encoding, length: b.bytes.length };
  }
  return null;
}

/** ASCII text in UTF-16 has a zero in every other byte; which half says the byte order. */
function utf16WithoutBom(bytes: Uint8Array): TagListEncoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Windows-1251 puts the Cyrillic alphabet at 0xC0-0xFF, where Windows-1250 has the accented
 * Latin letters. Serbian Latin text has a few of those among many ASCII letters; Cyrillic text
 * has most of its letters there (node ids and numbers stay ASCII either way).
 */
function singleByteEncoding(bytes: Uint8Array): TagListEncoding {
  let ascii = 0;
  let high = 0;
  for (const b of bytes) {
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) ascii++;
    else if (b >= 0xc0) high++;
  }
  return high > 0 && high / (ascii + high) > 0.25 ? "windows-1251" : "windows-1250";
}

/**
 * Detects the encoding (or takes the one a person chose) and decodes. A BOM is dropped from
 * the text whichever encoding was chosen; bytes invalid in a chosen encoding become U+FFFD.
 */
export function decodeTagList(bytes: Uint8Array, chosen?: TagListEncoding): DecodedText {
  const bom = bomOf(bytes);
  const encoding = chosen ?? bom?.encoding ?? utf16WithoutBom(bytes) ?? (isUtf8(bytes) ? "utf-8" : singleByteEncoding(bytes));
  const body = bom ? bytes.subarray(bom.length) : bytes;
  // ignoreBOM keeps TextDecoder from silently eating a second mark: we strip ours ourselves.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  return { text, encoding, bom: bom !== null };
}
