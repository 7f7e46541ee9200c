/** Field notes written during the shift, on assets and alarms, newest first. */
import { useTranslation } from "react-i18next";
import type { FieldNote } from "../../contract/api";
import { useFormats } from "../i18n/useFormats";
import { roleName } from "../shell/roleName";
import { Empty, HandoverSection } from "./HandoverSection";

export function HandoverFieldNotes({ notes }: { notes: FieldNote[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <HandoverSection id="notes" title={t("handover.notes.title")} aside={notes.length > 0 ? formats.number(notes.length) : undefined}>
      {notes.length === 0 ? (
        <Empty>{t("handover.notes.none")}</Empty>
      ) : (
        <ul className="handover-notes">
          {notes.map((n) => (
            <li key={n.id} data-testid="handover-note-row">
              <span className="handover-dim">
                {formats.dateTime(n.createdAt)} · {n.userName} ({roleName(n.role, t)}) · <span className="server-text">{n.targetLabel}</span>
              </span>
              <span className="handover-note-text">{n.text}</span>
            </li>
          ))}
        </ul>
      )}
    </HandoverSection>
  );
}
