import type { Priority } from "../../contract/api";
import { tk } from "../i18n/keys";

/** Most urgent first; the order operators scan in. */
export const PRIORITIES: readonly Priority[] = ["critical", "high", "medium", "low"];

export const PRIORITY_RANK: Record<Priority, number> = { critical: 0, high: 1, medium: 2, low: 3 };

export const PRIORITY_LABEL = {
  critical: tk("priority.critical"),
  high: tk("priority.high"),
  medium: tk("priority.medium"),
  low: tk("priority.low"),
} as const satisfies Record<Priority, string>;

/** Short labels for the navbar counters, where width is scarce. */
export const PRIORITY_SHORT = {
  critical: tk("priorityShort.critical"),
  high: tk("priorityShort.high"),
  medium: tk("priorityShort.medium"),
  low: tk("priorityShort.low"),
} as const satisfies Record<Priority, string>;
