/** A shift named for the audit trail: "07:00–15:00 on 2026-11-26" (its start's date, site time). */
import type { ShiftSpan } from "../../../contract/handover";
import { wallDate } from "./zoned-time";

const pad = (n: number) => String(n).padStart(2, "0");

export function shiftLabel(span: ShiftSpan, timeZone: string): string {
  const d = wallDate(span.from, timeZone);
  return `${span.startsAt}–${span.endsAt} on ${d.year}-${pad(d.month)}-${pad(d.day)}`;
}
