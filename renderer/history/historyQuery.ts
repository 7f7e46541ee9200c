/** What the history filters hold, and the searchAlarmHistory arguments they stand for. */
import type { AssetId, MethodInput, Priority } from "../../contract/api";
import type { RangeChoice } from "./timeRange";

export const KIND_CHOICES = ["both", "alarm", "audit"] as const;
export type KindChoice = (typeof KIND_CHOICES)[number];

export interface HistoryFilter {
  range: RangeChoice;
  text: string;
  priorities: Priority[];
  /** "" for every service / district. */
  service: string;
  district: string;
  assetId: AssetId | null;
  user: string;
  kinds: KindChoice;
}

export const DEFAULT_FILTER: HistoryFilter = {
  range: { preset: "shift", customFrom: "", customTo: "" },
  text: "",
  priorities: [],
  service: "",
  district: "",
  assetId: null,
  user: "",
  kinds: "both",
};

export type HistoryQuery = Omit<MethodInput<"searchAlarmHistory">, "limit" | "cursor">;

/** Only what narrows the search is sent: an empty field means "any". */
export function historyQuery(filter: HistoryFilter, range: { from: number; to: number }): HistoryQuery {
  const text = filter.text.trim();
  const user = filter.user.trim();
  return {
    from: range.from,
    to: range.to,
    ...(text ? { text } : {}),
    ...(filter.priorities.length > 0 ? { priorities: filter.priorities } : {}),
    ...(filter.service ? { services: [filter.service] } : {}),
    ...(filter.district ? { districts: [filter.district] } : {}),
    ...(filter.assetId ? { assetId: filter.assetId } : {}),
    ...(user ? { user } : {}),
    ...(filter.kinds === "both" ? {} : { kinds: [filter.kinds] }),
  };
}
