/**
 * Acknowledge with a comment. The dialog shows the alarm as the store has it now, so if the
 * server reports it acknowledged (by someone else) meanwhile, the operator sees that. The row's
 * state is never flipped here: it changes when the server's event arrives.
 */
import { Button, Callout, Dialog, DialogBody, DialogFooter, FormGroup, TextArea } from "@blueprintjs/core";
import { useEffect, useRef, useState } from "react";
import { messageOf } from "../state/errorMessage";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import type { AlarmId } from "../../contract/api";
import { showToast } from "../shell/toaster";
import { alarmStateText } from "./alarmStateText";
import { PriorityTag } from "./PriorityTag";

const MAX_COMMENT = 2000;

export function AckDialog({ alarmId, onClose }: { alarmId: AlarmId | null; onClose: () => void }) {
  const { session } = useRoom();
  const alarm = useRoomSelector((s) => (alarmId ? s.alarms.get(alarmId) ?? null : null));
  const assetName = useRoomSelector((s) => (alarm?.assetId ? s.assetsById.get(alarm.assetId)?.name ?? null : null));
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

  const submit = async () => {
    if (!alarmId || busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await session.acknowledge(alarmId, comment.trim());
      if (result.status === "failed") {
        const message = result.error ?? "The server refused the acknowledgement.";
        setError(message);
        if (showing.current !== alarmId) showToast({ intent: "danger", message: `Acknowledge failed: ${message}` });
        return;
      }
      if (result.status === "pending") {
        showToast({ intent: "warning", message: "Acknowledgement queued: it will be sent when the server is reachable." });
      }
      onClose();
    } catch (e) {
      const message = messageOf(e);
      setError(message);
      if (showing.current !== alarmId) showToast({ intent: "danger", message: `Acknowledge failed: ${message}` });
    } finally {
      setBusy(false);
    }
  };

  const alreadyAcked = alarm?.acked ?? false;
  return (
    <Dialog isOpen={alarmId !== null} onClose={onClose} title="Acknowledge alarm" className="ack-dialog" canOutsideClickClose={!busy}>
      <DialogBody>
        {alarm ? (
          <div className="ack-summary">
            <div className="ack-summary-line">
              <PriorityTag priority={alarm.priority} />
              <span className="ack-source">{assetName ?? alarm.sourceName}</span>
              <span className="ack-state">{alarmStateText(alarm)}</span>
            </div>
            <p className="ack-message">{alarm.message}</p>
          </div>
        ) : (
          <Callout intent="warning">This alarm is no longer in the alarm book.</Callout>
        )}
        {alreadyAcked && <Callout className="ack-note">The server now reports this alarm as acknowledged.</Callout>}
        <FormGroup label="Comment" labelFor="ack-comment" helperText={`${comment.length} / ${MAX_COMMENT}`}>
          <TextArea
            id="ack-comment"
            data-testid="ack-comment"
            fill
            autoFocus
            rows={4}
            maxLength={MAX_COMMENT}
            placeholder="What you saw, did or asked for"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void submit();
            }}
          />
        </FormGroup>
        {error && (
          <Callout intent="danger" data-testid="ack-error" title="Not acknowledged">
            {error}
          </Callout>
        )}
      </DialogBody>
      <DialogFooter
        actions={
          <>
            <Button text="Cancel" variant="minimal" onClick={onClose} disabled={busy} />
            <Button
              text="Acknowledge"
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
