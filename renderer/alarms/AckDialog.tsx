/**
 * Acknowledge with a comment. The dialog shows the alarm as the store has it now, so if the
 * server reports it acknowledged (by someone else) meanwhile, the operator sees that. The row's
 * state is never flipped here: it changes when the server's event arrives.
 *
 * The answer is an outbox status: done/sending = the server has it; pending = queued until
 * the server is reachable; conflict/failed = refused, and the person must see why.
 */
import { Button, Callout, Dialog, DialogBody, DialogFooter } from "@blueprintjs/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult, AlarmId } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { OverlayHeader } from "../shell/OverlayHeader";
import { showToast } from "../shell/toaster";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { AckCommentField } from "./AckCommentField";
import { AlarmSummary } from "./AlarmSummary";


export function AckDialog({ alarmId, onClose, onClosed }: { alarmId: AlarmId | null; onClose: () => void; onClosed?: () => void }) {
  const { session } = useRoom();
  const { t } = useTranslation();
  const alarm = useRoomSelector((s) => (alarmId ? s.alarms.get(alarmId) ?? null : null));
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Which alarm the dialog shows now, so a late failure can tell whether anyone still sees the dialog.
  const showing = useRef(alarmId);
  showing.current = alarmId;

  useEffect(() => {
    setComment("");
    setError(null);
    setBusy(false);
  }, [alarmId]);

  const refused = (message: string) => {
    setError(message);
    if (showing.current !== alarmId) showToast({ intent: "danger", message: t("ack.failedToast", { message }) });
  };

  const refusal = (result: ActionResult): string | null => {
    if (result.status === "conflict") return result.error ? t("error.withDetail", { lead: t("ack.conflict"), detail: result.error }) : t("ack.conflict");
    if (result.status === "failed") return result.error ?? t("ack.refused");
    return null;
  };

  const submit = async () => {
    if (!alarmId || busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await session.acknowledge(alarmId, comment.trim());
      const why = refusal(result);
      if (why) return refused(why);
      if (result.status === "pending") showToast({ intent: "warning", message: t("ack.queued") });
      onClose();
    } catch (e) {
      refused(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };

  const alreadyAcked = alarm?.acked ?? false;
  return (
    <Dialog
      isOpen={alarmId !== null}
      onClose={onClose}
      onClosed={onClosed}
      shouldReturnFocusOnClose={!onClosed}
      aria-labelledby="ack-title"
      className="ack-dialog"
      canOutsideClickClose={!busy}
    >
      <OverlayHeader id="ack-title" title={t("ack.title")} onClose={onClose} closeDisabled={busy} />
      <DialogBody>
        <AlarmSummary alarm={alarm} />
        {alreadyAcked && <Callout className="ack-note">{t("ack.alreadyAcked")}</Callout>}
        <AckCommentField id="ack-comment" value={comment} onChange={setComment} onSubmit={() => void submit()} rows={4} />
        {error && (
          <Callout intent="danger" data-testid="ack-error" title={t("ack.refusedTitle")}>
            <ServerText text={error} wrap />
          </Callout>
        )}
      </DialogBody>
      <DialogFooter
        actions={
          <>
            <Button text={t("common.cancel")} variant="minimal" onClick={onClose} disabled={busy} />
            <Button
              text={t("ack.submit")}
              intent="primary"
              data-testid="ack-submit"
              loading={busy}
              disabled={!alarm || alreadyAcked}
              onClick={() => void submit()}
            />
          </>
        }
      />
    </Dialog>
  );
}
