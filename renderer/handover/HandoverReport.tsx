/** The report itself, on screen and on paper: who and when on top, then what the incoming shift reads, in that order. */
import { useTranslation } from "react-i18next";
import type { HandoverSummary } from "../../contract/api";
import { useFormats } from "../i18n/useFormats";
import { roleName } from "../shell/roleName";
import { useRoomSelector } from "../state/RoomContext";
import { HandoverActions } from "./HandoverActions";
import { HandoverOpenAlarms, HandoverShelvedAlarms } from "./HandoverAlarms";
import { HandoverCounts } from "./HandoverCounts";
import { HandoverFieldNotes } from "./HandoverFieldNotes";
import { HandoverKpis } from "./HandoverKpis";
import { HandoverNoteSection, HandoverReceived } from "./HandoverNote";
import { shiftTitle } from "./shiftText";

export function HandoverReport({ summary, siteName, onSigned }: { summary: HandoverSummary; siteName: string; onSigned: () => void }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const person = useRoomSelector((s) => s.sessionInfo?.person ?? null);
  const { shift } = summary;
  const running = summary.generatedAt < shift.to;
  return (
    <article className="handover-report" data-testid="handover-report" data-shift-from={shift.from}>
      <header className="handover-report-header">
        <p className="handover-report-kicker">
          {siteName} · {t("handover.reportTitle")}
        </p>
        <h3 className="handover-report-title" data-testid="handover-shift-title">
          {shiftTitle(shift, formats.locale, summary.timeZone, t)}
          {running && <span className="handover-running"> · {t("handover.inProgress")}</span>}
        </h3>
        <p className="handover-dim">
          {t("handover.spanDates", { start: formats.dateTime(shift.from), end: formats.dateTime(shift.to) })} · {t("handover.asOf", { time: formats.dateTime(summary.generatedAt), zone: summary.timeZone })}
          {person && <> · {t("handover.signedIn", { name: person.name, role: roleName(person.role, t) })}</>}
        </p>
      </header>
      {/* Two columns on screen (what is handed over on the left, the figures on the right); on paper, one after the other. */}
      <div className="handover-columns">
        <div className="handover-column">
          <HandoverReceived note={summary.receivedNote} />
          <HandoverNoteSection summary={summary} onSigned={onSigned} />
          <HandoverOpenAlarms alarms={summary.openAlarms} />
        </div>
        <div className="handover-column">
          <HandoverCounts summary={summary} />
          <HandoverKpis kpis={summary.kpis} />
          <HandoverShelvedAlarms alarms={summary.shelvedAlarms} />
        </div>
      </div>
      <HandoverActions actions={summary.actions} more={summary.actionsMore} />
      <HandoverFieldNotes notes={summary.notes} />
    </article>
  );
}
