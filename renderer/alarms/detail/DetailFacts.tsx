/** What the alarm is: its state in ISA-18.2 words, priority, where it comes from, the server's message, its times. */
import { useTranslation } from "react-i18next";
import type { AlarmState } from "../../../contract/api";
import { useFormats } from "../../i18n/useFormats";
import { useRoomSelector } from "../../state/RoomContext";
import { ServerText } from "../../text/ServerText";
import { serviceName } from "../../values/serviceNames";
import { alarmStateText } from "../alarmStateText";
import { PRIORITY_LABEL } from "../priority";

export function DetailFacts({ alarm }: { alarm: AlarmState }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const asset = useRoomSelector((s) => (alarm.assetId ? (s.assetsById.get(alarm.assetId) ?? null) : null));

  return (
    <section className="detail-section detail-facts" aria-label={t("detail.factsAria")}>
      <p className={`detail-state${alarm.acked ? "" : " is-unacked"}`} data-testid="detail-state">
        {alarmStateText(alarm, t, formats)}
      </p>
      {alarm.branches > 0 && <p className="detail-note">{t("detail.branches", { count: alarm.branches })}</p>}
      <p className="detail-message" data-testid="detail-message">
        <ServerText text={alarm.message} wrap />
      </p>
      <dl className="detail-grid">
        <dt>{t("detail.priority")}</dt>
        <dd data-testid="detail-priority">
          {t(PRIORITY_LABEL[alarm.priority])} <span className="detail-faint">({t("detail.severity", { severity: alarm.severity })})</span>
        </dd>
        <dt>{t("detail.source")}</dt>
        <dd>
          <ServerText text={alarm.sourceName} />
        </dd>
        <dt>{t("detail.asset")}</dt>
        <dd data-testid="detail-asset">{asset ? <ServerText text={asset.name} /> : <span className="detail-faint">{t("detail.noAsset")}</span>}</dd>
        {asset && (
          <>
            <dt>{t("detail.service")}</dt>
            <dd>{serviceName(asset.service, t)}</dd>
            <dt>{t("detail.district")}</dt>
            <dd>
              <ServerText text={asset.district} />
            </dd>
          </>
        )}
        <dt>{t("detail.condition")}</dt>
        <dd>
          <ServerText text={alarm.conditionName} />
        </dd>
        <dt>{t("detail.firstTime")}</dt>
        <dd>{formats.dateTime(alarm.firstTime)}</dd>
        {alarm.activeSince !== null && (
          <>
            <dt>{t("detail.activeSince")}</dt>
            <dd>{formats.dateTime(alarm.activeSince)}</dd>
          </>
        )}
        <dt>{t("detail.lastTime")}</dt>
        <dd data-testid="detail-last-time">{formats.dateTime(alarm.time)}</dd>
      </dl>
    </section>
  );
}
