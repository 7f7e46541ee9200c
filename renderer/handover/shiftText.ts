/** A shift in words: "Smena 07:00–15:00, 26. 11. 2026." (numeric: a month name would need its genitive in Serbian) by its start's date in the site's zone. */
import type { TFunction } from "i18next";
import type { ShiftSpan } from "../../contract/api";

export function shiftTitle(shift: ShiftSpan, locale: string, timeZone: string, t: TFunction): string {
  const date = new Intl.DateTimeFormat(locale, { timeZone, year: "numeric", month: "numeric", day: "numeric" }).format(shift.from);
  return t("handover.span", { from: shift.startsAt, to: shift.endsAt, date });
}
