/**
 * A text the core writes for people in any language: a JSON record holding a language-free
 * code with its parameters and, beside them, the English sentence (for logs, search and a reader
 * that does not know the code). Audit details and start-up notices are such texts; a text that
 * is not one (an old row, a plain notice) is its own sentence.
 */
import type { z } from "zod";

const MARK = '{"code":';

/** The record a stored text holds, checked by `schema`; null when the text is a plain sentence. */
export function decodeWorded<T extends { text: string }>(stored: string, schema: z.ZodType<T>): T | null {
  if (!stored.startsWith(MARK)) return null;
  let v: unknown;
  try {
    v = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(v);
  return parsed.success ? parsed.data : null;
}
