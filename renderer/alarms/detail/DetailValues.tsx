/** Live values of every tag of the alarm's asset, as the value panel shows them (the value feed subscribes while the detail is open). */
import { useTranslation } from "react-i18next";
import type { AlarmState } from "../../../contract/api";
import { useFormats } from "../../i18n/useFormats";
import { useRoomSelector } from "../../state/RoomContext";
import { useNow } from "../../time/clock";
import { AssetCommands } from "../../commands/AssetCommands";
import { TagTable } from "../../values/TagTable";
import { isUp } from "../../connections/connectionView";

export function DetailValues({ alarm }: { alarm: AlarmState }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const now = useNow();
  const asset = useRoomSelector((s) => (alarm.assetId ? (s.assetsById.get(alarm.assetId) ?? null) : null));
  const live = useRoomSelector((s) => isUp(s.connections.get(alarm.endpointId)?.state));
  if (!asset || asset.tags.length === 0) return null;

  return (
    <section className="detail-section" aria-labelledby="detail-values-title" data-testid="detail-values">
      <h3 className="detail-heading" id="detail-values-title">
        {t("detail.values")}
      </h3>
      <TagTable tags={asset.tags} now={now} live={live} formats={formats} className="detail-tags" />
      <AssetCommands asset={asset} live={live} />
    </section>
  );
}
