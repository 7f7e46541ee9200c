/**
 * The offline line of the banner: which servers are not live and since when, and that what the
 * screen shows of them is the last known state (values, markers and alarms stay, marked). With
 * every server away it says the workstation works offline, as a crew's laptop in the field does.
 */
import { Icon } from "@blueprintjs/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormats } from "../i18n/useFormats";
import { useRoomSelector } from "../state/RoomContext";
import { offlineEndpoints } from "./offlineEndpoints";

export function OfflineStrip() {
  const { t } = useTranslation();
  const formats = useFormats();
  const connections = useRoomSelector((s) => s.connections);
  const { offline, total } = useMemo(() => offlineEndpoints(connections), [connections]);
  if (offline.length === 0) return null;
  const all = offline.length === total;
  return (
    <div className={all ? "banner-offline is-all" : "banner-offline"} data-testid="offline-strip" data-offline={offline.length} data-total={total} role="status">
      <Icon icon="offline" aria-hidden />
      <strong className="banner-offline-title">
        {all ? t("banner.offline.allTitle", { count: total }) : t("banner.offline.someTitle", { count: offline.length, total })}
      </strong>
      <span className="banner-offline-list">
        {offline.map((o) => (
          <span
            key={o.endpointId}
            className="banner-offline-endpoint"
            data-testid="offline-endpoint"
            data-endpoint-id={o.endpointId}
            title={
              o.lastConnectedAt === null
                ? t("banner.offline.neverTitle", { since: formats.dateTime(o.since) })
                : t("banner.offline.lastLiveTitle", { since: formats.dateTime(o.since), live: formats.dateTime(o.lastConnectedAt) })
            }
          >
            <bdi>{o.endpointId}</bdi>
            <span className="banner-offline-since">{t("banner.offline.since", { clock: formats.clock(o.since) })}</span>
          </span>
        ))}
      </span>
      <span className="banner-offline-hint">{t("banner.offline.hint")}</span>
    </div>
  );
}
