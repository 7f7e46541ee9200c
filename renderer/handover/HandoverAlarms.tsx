/**
 * What the incoming shift takes over: alarms standing at handover (active or unacknowledged) and
 * shelved ones, with who shelved them, why and until when. Server text is shown as text.
 */
import { HTMLTable } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { HandoverAlarm } from "../../contract/api";
import { PriorityTag } from "../alarms/PriorityTag";
import { alarmStateText } from "../alarms/alarmStateText";
import { useFormats } from "../i18n/useFormats";
import { serviceName } from "../values/serviceNames";
import { Empty, HandoverSection } from "./HandoverSection";

function Source({ a }: { a: HandoverAlarm }) {
  const { t } = useTranslation();
  return (
    <td className="handover-source">
      <span className="handover-source-name">{a.sourceName}</span>
      {a.service && <span className="handover-dim">{serviceName(a.service, t)}</span>}
    </td>
  );
}

export function HandoverOpenAlarms({ alarms }: { alarms: HandoverAlarm[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <HandoverSection id="open" title={t("handover.open.title")} aside={alarms.length > 0 ? formats.number(alarms.length) : undefined}>
      {alarms.length === 0 ? (
        <Empty>{t("handover.open.none")}</Empty>
      ) : (
        <HTMLTable compact className="handover-table">
          <thead>
            <tr>
              <th>{t("handover.column.priority")}</th>
              <th>{t("handover.column.source")}</th>
              <th>{t("handover.column.message")}</th>
              <th>{t("handover.column.state")}</th>
            </tr>
          </thead>
          <tbody>
            {alarms.map((a) => (
              <tr key={a.alarmId} data-testid="handover-open-row">
                <td>
                  <PriorityTag priority={a.priority} />
                </td>
                <Source a={a} />
                <td className="handover-message">{a.message}</td>
                <td>
                  {alarmStateText({ active: a.active, acked: a.acked, confirmed: null, shelved: false, shelving: null, suppressed: false, enabled: true }, t)}
                  {a.activeSince !== null && a.active && <span className="handover-dim">{t("handover.open.since", { time: formats.dateTime(a.activeSince) })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </HTMLTable>
      )}
    </HandoverSection>
  );
}

export function HandoverShelvedAlarms({ alarms }: { alarms: HandoverAlarm[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const until = (a: HandoverAlarm) => {
    if (a.shelveKind === "one-shot") return t("handover.shelved.oneShot");
    return a.shelvedUntil !== null ? t("handover.shelved.until", { time: formats.dateTime(a.shelvedUntil) }) : null;
  };
  return (
    <HandoverSection id="shelved" title={t("handover.shelved.title")} aside={alarms.length > 0 ? formats.number(alarms.length) : undefined}>
      {alarms.length === 0 ? (
        <Empty>{t("handover.shelved.none")}</Empty>
      ) : (
        <HTMLTable compact className="handover-table">
          <thead>
            <tr>
              <th>{t("handover.column.priority")}</th>
              <th>{t("handover.column.source")}</th>
              <th>{t("handover.column.message")}</th>
              <th>{t("handover.column.shelve")}</th>
            </tr>
          </thead>
          <tbody>
            {alarms.map((a) => (
              <tr key={a.alarmId} data-testid="handover-shelved-row">
                <td>
                  <PriorityTag priority={a.priority} />
                </td>
                <Source a={a} />
                <td className="handover-message">{a.message}</td>
                <td>
                  <span>{a.shelvedBy !== null && a.shelvedAt !== null ? t("handover.shelved.by", { name: a.shelvedBy, time: formats.dateTime(a.shelvedAt) }) : t("handover.shelved.byUnknown")}</span>
                  {until(a) && <span className="handover-dim">{until(a)}</span>}
                  {a.shelveReason && <span className="handover-dim server-text">{t("handover.shelved.reason", { reason: a.shelveReason })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </HTMLTable>
      )}
    </HandoverSection>
  );
}
