/** The state column in ISA-18.2 words, e.g. "Aktivan · Nepotvrđen" or "Aktivan · Potvrđen · Odložen do 14:30". */
import type { TFunction } from "i18next";
import type { AlarmState } from "../../contract/api";
import type { Formats } from "../i18n/formats";

/** The facts the words are made of: a live row, or a journaled state (history) with what it lacks filled in. */
export type AlarmStateFacts = Pick<AlarmState, "active" | "acked" | "confirmed" | "shelved" | "shelving" | "suppressed" | "enabled">;

/** `formats` words when a timed shelve ends (in the site's time zone); without it, "Shelved" alone. */
export function alarmStateText(a: AlarmStateFacts, t: TFunction, formats?: Pick<Formats, "until">): string {
  const parts: string[] = [a.active ? t("alarmState.active") : t("alarmState.returned"), a.acked ? t("alarmState.acked") : t("alarmState.unacked")];
  if (a.acked && a.confirmed === false) parts.push(t("alarmState.unconfirmed"));
  if (a.shelved) parts.push(shelvedText(a, t, formats));
  if (a.suppressed) parts.push(t("alarmState.suppressed"));
  if (!a.enabled) parts.push(t("alarmState.outOfService"));
  return parts.join(" · ");
}

function shelvedText(a: AlarmStateFacts, t: TFunction, formats?: Pick<Formats, "until">): string {
  if (a.shelving?.kind === "one-shot") return t("alarmState.shelvedOneShot");
  if (a.shelving?.until != null && formats) return t("alarmState.shelvedUntil", { time: formats.until(a.shelving.until) });
  return t("alarmState.shelved");
}
