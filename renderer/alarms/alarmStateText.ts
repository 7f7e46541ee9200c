/** The state column in ISA-18.2 words, e.g. "Active · Unacknowledged". */
import type { AlarmState } from "../../contract/api";

export function alarmStateText(a: AlarmState): string {
  const parts = [a.active ? "Active" : "Returned", a.acked ? "Acknowledged" : "Unacknowledged"];
  if (a.acked && a.confirmed === false) parts.push("Unconfirmed");
  if (a.shelved) parts.push("Shelved");
  if (a.suppressed) parts.push("Suppressed");
  if (!a.enabled) parts.push("Out of service");
  return parts.join(" · ");
}
