/** Why a custom range cannot be searched, in the window's language; null when it can (presets always can). */
import { useTranslation } from "react-i18next";
import { useFormats } from "../i18n/useFormats";
import { resolveRange, type RangeChoice } from "./timeRange";

export function useRangeProblem(range: RangeChoice): string | null {
  const { t } = useTranslation();
  const { timeZone } = useFormats();
  if (range.preset !== "custom") return null;
  const resolved = resolveRange(range, Date.now(), timeZone);
  if (resolved.ok) return null;
  return resolved.problem === "incomplete" ? t("timeRange.incomplete") : t("timeRange.fromAfterTo");
}
