/**
 * Marks a catalogue key kept in a table (e.g. per priority) so the key test finds it by
 * scanning the source, and the compiler checks it as it checks a key given to t().
 */
import type { ParseKeys } from "i18next";

export type Key = ParseKeys;

export const tk = <K extends Key>(key: K): K => key;
