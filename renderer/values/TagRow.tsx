/**
 * One live tag. Each row selects its own value, so a value batch re-renders only the rows whose
 * values changed. A stale value keeps showing, marked, because the last known value is still
 * information for the operator.
 */
import { useTranslation } from "react-i18next";
import type { Quality, TagInfo } from "../../contract/api";
import type { Formats } from "../i18n/formats";
import { tk } from "../i18n/keys";
import { useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { rangeFraction } from "./formatValue";

const QUALITY_LABEL = {
  good: tk("values.quality.good"),
  uncertain: tk("values.quality.uncertain"),
  bad: tk("values.quality.bad"),
} as const satisfies Record<Quality, string>;

/** `live`: whether the asset's endpoint is connected; without it every value is a last known one. */
export function TagRow({ tag, now, live, formats }: { tag: TagInfo; now: number; live: boolean; formats: Formats }) {
  const { t } = useTranslation();
  const value = useRoomSelector((s) => s.values.get(tag.id));
  const fraction = rangeFraction(value?.value, tag.range);
  // Do not wait for the core to re-send values marked stale: a lost connection is enough to know.
  const stale = value ? value.stale || !live : false;
  return (
    <tr
      data-testid="tag-row"
      data-tag-id={tag.id}
      data-stale={stale ? "true" : "false"}
      data-quality={value?.quality ?? "none"}
      data-shown-quality={!value ? "none" : stale ? "last-known" : value.quality}
      className={stale ? "tag-row is-stale" : "tag-row"}
    >
      <td className="tag-name">
        <ServerText text={tag.name} />
      </td>
      <td className="tag-value">
        <span className="tag-value-text" data-testid="tag-value">
          {value ? <ServerText text={formats.value(value.value, tag.unit)} max={120} /> : "…"}
        </span>
        {fraction !== null && (
          <span
            className="tag-range"
            title={t("values.rangeTitle", { low: formats.number(tag.range!.low), high: formats.number(tag.range!.high), unit: tag.unit ?? "" })}
          >
            <span className="tag-range-fill" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
          </span>
        )}
      </td>
      {/* A value nobody can vouch for now is never shown as Good: its quality is "last known",
          with what the server said when it was live in the title. */}
      {value && stale ? (
        <td className="tag-quality quality-last-known" title={t("values.lastKnownTitle", { quality: t(QUALITY_LABEL[value.quality]) })}>
          {t("values.quality.lastKnown")}
        </td>
      ) : (
        <td className={`tag-quality quality-${value?.quality ?? "none"}`}>{value ? t(QUALITY_LABEL[value.quality]) : ""}</td>
      )}
      <td className="tag-age">{value ? formats.age(now - value.sourceTime) : ""}</td>
    </tr>
  );
}
