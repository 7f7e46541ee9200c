/**
 * What the incoming shift takes over: alarms standing at handover (active or unacknowledged) and
 * shelved ones, with who shelved them, why and until when. Server text is shown as text.
 */
import { HTMLTable } from "@blueprintjs/core";
import type { ReactNode } from "react";
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

/** One table of alarms: priority, source, message, and a last column that differs by section. */
function AlarmTable({ alarms, lastHeader, rowTestId, last }: { alarms: HandoverAlarm[]; lastHeader: string; rowTestId: string; last(a: HandoverAlarm): ReactNode }) {
  const { t } = useTranslation();
  return (
    <HTMLTable compact className="handover-table">
      <thead>
        <tr>
          <th>{t("handover.column.priority")}</th>
          <th>{t("handover.column.source")}</th>
          <th>{t("handover.column.message")}</th>
          <th>{lastHeader}</th>
        </tr>
      </thead>
      <tbody>
        {alarms.map((a) => (
          <tr key={a.alarmId} data-testid={rowTestId}>
            <td>
              <PriorityTag priority={a.priority} />
            </td>
            <Source a={a} />
            <td className="handover-message">{a.message}</td>
            <td>{last(a)}</td>
          </tr>
        ))}
      </tbody>
    </HTMLTable>
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
        <AlarmTable
          alarms={alarms}
          lastHeader={t("handover.column.state")}
          rowTestId="handover-open-row"
          last={(a) => (
            <>
              {alarmStateText({ active: a.active, acked: a.acked, confirmed: null, shelved: false, shelving: null, suppressed: false, enabled: true }, t)}
              {a.activeSince !== null && a.active && <span className="handover-dim">{t("handover.open.since", { time: formats.dateTime(a.activeSince) })}</span>}
            </>
          )}
        />
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
        <AlarmTable
          alarms={alarms}
          lastHeader={t("handover.column.shelve")}
          rowTestId="handover-shelved-row"
          last={(a) => (
            <>
              <span>{a.shelvedBy !== null && a.shelvedAt !== null ? t("handover.shelved.by", { name: a.shelvedBy, time: formats.dateTime(a.shelvedAt) }) : t("handover.shelved.byUnknown")}</span>
              {until(a) && <span className="handover-dim">{until(a)}</span>}
              {a.shelveReason && <span className="handover-dim server-text">{t("handover.shelved.reason", { reason: a.shelveReason })}</span>}
            </>
          )}
        />
      )}
    </HandoverSection>
  );
}
