/** The state column in ISA-18.2 words, e.g. "Aktivan · Nepotvrđen". */
import type { TFunction } from "i18next";
import type { AlarmState } from "../../contract/api";

export function alarmStateText(a: AlarmState, t: TFunction): string {
  const parts: string[] = [a.active ? t("alarmState.active") : t("alarmState.returned"), a.acked ? t("alarmState.acked") : t("alarmState.unacked")];
  if (a.acked && a.confirmed === false) parts.push(t("alarmState.unconfirmed"));
  if (a.shelved) parts.push(t("alarmState.shelved"));
  if (a.suppressed) parts.push(t("alarmState.suppressed"));
  if (!a.enabled) parts.push(t("alarmState.outOfService"));
  return parts.join(" · ");
}
