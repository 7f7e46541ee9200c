/**
 * One value in a map popup: name, value with unit, and a mark when it is a last known one. Its
 * own test ids, so the popup never doubles the value panel's rows for tests that look them up.
 */
import { useTranslation } from "react-i18next";
import type { TagInfo } from "../../contract/api";
import type { Formats } from "../i18n/formats";
import { useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";

export function PopupValue({ tag, live, formats }: { tag: TagInfo; live: boolean; formats: Formats }) {
  const { t } = useTranslation();
  const value = useRoomSelector((s) => s.values.get(tag.id));
  const stale = value ? value.stale || !live : false;
  return (
    <tr className={stale ? "popup-value is-stale" : "popup-value"} data-testid="popup-value" data-quality={value?.quality ?? "none"} data-stale={stale ? "true" : "false"}>
      <td className="popup-value-name">
        <ServerText text={tag.name} max={60} />
      </td>
      <td className="popup-value-text" data-testid="popup-value-text">
        {value ? <ServerText text={formats.value(value.value, tag.unit)} max={60} /> : "…"}
        {value && stale && <span className="popup-value-stale">{t("values.quality.lastKnown")}</span>}
        {value && !stale && value.quality !== "good" && <span className="popup-value-stale">{t(value.quality === "bad" ? "values.quality.bad" : "values.quality.uncertain")}</span>}
      </td>
    </tr>
  );
}
