/**
 * The handover note: the one received from the previous shift (read first), and this shift's
 * note, which a person with the handover permission writes and signs. Signing goes through the
 * core's action registry; a refusal is shown in words.
 */
import { Button, Callout, FormGroup, TextArea } from "@blueprintjs/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { HandoverNote as Note, HandoverSummary } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { roleName } from "../shell/roleName";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { Empty, HandoverSection } from "./HandoverSection";

function Signed({ note, testId }: { note: Note; testId: string }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <blockquote className="handover-signed" data-testid={testId}>
      <p className="handover-signed-text">{note.text}</p>
      <footer className="handover-dim">{t("handover.signedBy", { name: note.userName, role: roleName(note.role, t), time: formats.dateTime(note.signedAt) })}</footer>
    </blockquote>
  );
}

export function HandoverReceived({ note }: { note: Note | null }) {
  const { t } = useTranslation();
  return (
    <HandoverSection id="received" title={t("handover.received.title")}>
      {note ? <Signed note={note} testId="handover-received-note" /> : <Empty>{t("handover.received.none")}</Empty>}
    </HandoverSection>
  );
}

type Outcome = { kind: "signed" } | { kind: "refused"; message: string } | null;

export function HandoverNoteSection({ summary, onSigned }: { summary: HandoverSummary; onSigned: () => void }) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const may = useRoomSelector((s) => s.sessionInfo?.may.handover ?? false);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [latest, ...earlier] = summary.handoverNotes;

  const sign = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const result = await api.signHandover({ shiftFrom: summary.shift.from, text });
      if (result.status === "done") {
        setText("");
        setOutcome({ kind: "signed" });
        onSigned();
      } else {
        setOutcome({ kind: "refused", message: result.error ?? result.status });
      }
    } catch (err) {
      setOutcome({ kind: "refused", message: describeError(err, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <HandoverSection id="note" title={t("handover.note.title")}>
      {latest ? <Signed note={latest} testId="handover-signed-note" /> : <Empty>{t("handover.note.none")}</Empty>}
      {earlier.length > 0 && (
        <details className="handover-earlier">
          <summary>{t("handover.note.earlier")}</summary>
          {earlier.map((n) => (
            <Signed key={n.id} note={n} testId="handover-earlier-note" />
          ))}
        </details>
      )}
      <div className="handover-no-print">
        {may ? (
          <form className="handover-sign" onSubmit={(e) => void sign(e)}>
            <FormGroup label={t("handover.note.label")} labelFor="handover-note-text">
              <TextArea
                id="handover-note-text"
                data-testid="handover-note-text"
                fill
                rows={4}
                maxLength={4000}
                placeholder={t("handover.note.placeholder")}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            </FormGroup>
            <Button type="submit" intent="primary" icon="endorsed" loading={busy} disabled={text.trim() === ""} data-testid="handover-sign" text={t("handover.note.sign")} />
          </form>
        ) : (
          <p className="handover-dim">{t("handover.note.readOnly")}</p>
        )}
        <div aria-live="polite">
          {outcome?.kind === "signed" && (
            <Callout intent="success" className="handover-sign-outcome" data-testid="handover-signed-ok">
              {t("handover.note.signed")}
            </Callout>
          )}
          {outcome?.kind === "refused" && (
            <Callout intent="danger" className="handover-sign-outcome" data-testid="handover-sign-refused">
              {t("handover.note.refused", { message: outcome.message })}
            </Callout>
          )}
        </div>
      </div>
    </HandoverSection>
  );
}
