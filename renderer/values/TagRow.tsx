/**
 * One live tag. Each row selects its own value, so a value batch re-renders only the rows whose
 * values changed. A stale value keeps showing, marked, because the last known value is still
 * information for the operator.
 */
import { Tag } from "@blueprintjs/core";
import type { Quality, TagInfo } from "../../contract/api";
import { useRoomSelector } from "../state/RoomContext";
import { formatAge } from "../time/format";
import { formatValue, rangeFraction } from "./formatValue";

const QUALITY_LABEL: Record<Quality, string> = { good: "Good", uncertain: "Uncertain", bad: "Bad" };

/** `live`: whether the asset's endpoint is connected; without it every value is a last known one. */
export function TagRow({ tag, now, live }: { tag: TagInfo; now: number; live: boolean }) {
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
      className={stale ? "tag-row is-stale" : "tag-row"}
    >
      <td className="tag-name">{tag.name}</td>
      <td className="tag-value">
        <span className="tag-value-text" data-testid="tag-value">
          {value ? formatValue(value.value, tag.unit) : "…"}
        </span>
        {fraction !== null && (
          <span className="tag-range" title={`${tag.range!.low} – ${tag.range!.high} ${tag.unit ?? ""}`}>
            <span className="tag-range-fill" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
          </span>
        )}
      </td>
      <td className={`tag-quality quality-${value?.quality ?? "none"}`}>{value ? QUALITY_LABEL[value.quality] : ""}</td>
      <td className="tag-age">
        {value ? formatAge(now - value.sourceTime) : ""}
        {stale && (
          <Tag minimal className="stale-mark" title="No live connection: this is the last known value">
            STALE
          </Tag>
        )}
      </td>
    </tr>
  );
}
