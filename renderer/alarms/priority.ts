import type { Priority } from "../../contract/api";

/** Most urgent first; the order operators scan in. */
export const PRIORITIES: readonly Priority[] = ["critical", "high", "medium", "low"];

export const PRIORITY_RANK: Record<Priority, number> = { critical: 0, high: 1, medium: 2, low: 3 };

export const PRIORITY_LABEL: Record<Priority, string> = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };

/** Short labels for the navbar counters, where width is scarce. */
export const PRIORITY_SHORT: Record<Priority, string> = { critical: "CRIT", high: "HIGH", medium: "MED", low: "LOW" };
