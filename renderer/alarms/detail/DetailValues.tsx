/** Live values of every tag of the alarm's asset, as the value panel shows them (the value feed subscribes while the detail is open). */
import { HTMLTable } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { AlarmState } from "../../../contract/api";
import { useFormats } from "../../i18n/useFormats";
import { useRoomSelector } from "../../state/RoomContext";
import { useNow } from "../../time/clock";
import { TagRow } from "../../values/TagRow";

export function DetailValues({ alarm }: { alarm: AlarmState }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const now = useNow();
  const asset = useRoomSelector((s) => (alarm.assetId ? (s.assetsById.get(alarm.assetId) ?? null) : null));
  const live = useRoomSelector((s) => s.connections.get(alarm.endpointId)?.state === "connected");
  if (!asset || asset.tags.length === 0) return null;

  return (
    <section className="detail-section" aria-labelledby="detail-values-title" data-testid="detail-values">
      <h3 className="detail-heading" id="detail-values-title">
        {t("detail.values")}
      </h3>
      <HTMLTable compact className="tag-table detail-tags">
        <thead>
          <tr>
            <th>{t("values.column.tag")}</th>
            <th>{t("values.column.value")}</th>
            <th>{t("values.column.quality")}</th>
            <th>{t("values.column.age")}</th>
          </tr>
        </thead>
        <tbody>
          {asset.tags.map((tag) => (
            <TagRow key={tag.id} tag={tag} now={now} live={live} formats={formats} />
          ))}
        </tbody>
      </HTMLTable>
    </section>
  );
}
