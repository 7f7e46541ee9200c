/** The alarm an action dialog is about, as the store has it now (the server may move it meanwhile). */
import { Callout } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { AlarmState } from "../../contract/api";
import { useFormats } from "../i18n/useFormats";
import { useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { alarmStateText } from "./alarmStateText";
import { PriorityTag } from "./PriorityTag";

export function AlarmSummary({ alarm }: { alarm: AlarmState | null }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const assetName = useRoomSelector((s) => (alarm?.assetId ? s.assetsById.get(alarm.assetId)?.name ?? null : null));
  if (!alarm) return <Callout intent="warning">{t("ack.gone")}</Callout>;
  return (
    <div className="ack-summary">
      <div className="ack-summary-line">
        <PriorityTag priority={alarm.priority} />
        <ServerText className="ack-source" text={assetName ?? alarm.sourceName} />
        <span className="ack-state">{alarmStateText(alarm, t, formats)}</span>
      </div>
      <p className="ack-message">
        <ServerText text={alarm.message} wrap />
      </p>
    </div>
  );
}
