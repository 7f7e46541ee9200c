/**
 * OPC UA severity (1..1000) to the four operator priorities. Bands chosen so a server that
 * spreads severities evenly still lands near the EEMUA 191 split (most alarms low).
 */
import type { Priority } from "../../../contract/api";

export function priorityOf(severity: number): Priority {
  if (severity >= 900) return "critical";
  if (severity >= 700) return "high";
  if (severity >= 400) return "medium";
  return "low";
}

export const PRIORITY_RANK: Record<Priority, number> = { critical: 3, high: 2, medium: 1, low: 0 };
