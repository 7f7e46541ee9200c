/**
 * Confirm (optional comment), add a comment (required), take out of service or back (reason
 * required): one alarm, one text, one action. Like the acknowledge dialog, the row is never
 * changed here; it changes when the server's next event says so.
 */
import { Button, Callout, Dialog, DialogBody, DialogFooter, FormGroup, TextArea } from "@blueprintjs/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmId } from "../../contract/api";
import { tk, type Key } from "../i18n/keys";
import { OverlayHeader } from "../shell/OverlayHeader";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import type { AlarmAction } from "./alarmActions";
import { AlarmSummary } from "./AlarmSummary";
import { useAlarmAction } from "./useAlarmAction";

export type TextAction = Extract<AlarmAction, "confirm" | "comment" | "disable" | "enable">;

const MAX_TEXT = 2000;

interface Texts {
  title: Key;
  label: Key;
  placeholder: Key;
  submit: Key;
  required: boolean;
}

const TEXTS: Record<TextAction, Texts> = {
  confirm: {
    title: tk("alarmDialog.confirm.title"),
    label: tk("alarmDialog.confirm.label"),
    placeholder: tk("alarmDialog.confirm.placeholder"),
    submit: tk("alarmDialog.confirm.submit"),
    required: false,
  },
  comment: {
    title: tk("alarmDialog.comment.title"),
    label: tk("alarmDialog.comment.label"),
    placeholder: tk("alarmDialog.comment.placeholder"),
    submit: tk("alarmDialog.comment.submit"),
    required: true,
  },
  disable: {
    title: tk("alarmDialog.disable.title"),
    label: tk("alarmDialog.reason"),
    placeholder: tk("alarmDialog.disable.placeholder"),
    submit: tk("alarmDialog.disable.submit"),
    required: true,
  },
  enable: {
    title: tk("alarmDialog.enable.title"),
    label: tk("alarmDialog.reason"),
    placeholder: tk("alarmDialog.enable.placeholder"),
    submit: tk("alarmDialog.enable.submit"),
    required: true,
  },
};

interface Props {
  target: { alarmId: AlarmId; action: TextAction } | null;
  onClose: () => void;
  /** After the closing transition: the list takes focus back. */
  onClosed: () => void;
}

export function AlarmTextDialog({ target, onClose, onClosed }: Props) {
  const { session } = useRoom();
  const { t } = useTranslation();
  const alarmId = target?.alarmId ?? null;
  // Keep the last action's texts while the dialog fades out.
  const [action, setAction] = useState<TextAction>(target?.action ?? "comment");
  useEffect(() => {
    if (target) setAction(target.action);
  }, [target]);
  const alarm = useRoomSelector((s) => (alarmId ? s.alarms.get(alarmId) ?? null : null));
  const [text, setText] = useState("");
  const { busy, error, run } = useAlarmAction(alarmId, action);
  const texts = TEXTS[target?.action ?? action];

  useEffect(() => setText(""), [alarmId, target?.action]);

  const missing = texts.required && text.trim() === "";
  const submit = async () => {
    if (!target || missing) return;
    const value = text.trim();
    const { action: a, alarmId: id } = target;
    const ok = await run(() =>
      a === "confirm" ? session.confirm(id, value) : a === "comment" ? session.comment(id, value) : session.setEnabled(id, a === "enable", value),
    );
    if (ok) onClose();
  };

  return (
    <Dialog
      isOpen={target !== null}
      onClose={onClose}
      onClosed={onClosed}
      shouldReturnFocusOnClose={false}
      aria-labelledby="alarm-text-title"
      className="ack-dialog alarm-action-dialog"
      canOutsideClickClose={!busy}
    >
      <OverlayHeader id="alarm-text-title" title={t(texts.title)} onClose={onClose} closeDisabled={busy} />
      <DialogBody data-testid={`alarm-dialog-${target?.action ?? action}`}>
        <AlarmSummary alarm={alarm} />
        <FormGroup
          label={t(texts.label)}
          labelFor="alarm-action-text"
          labelInfo={texts.required ? t("alarmDialog.required") : t("alarmDialog.optional")}
          helperText={t("ack.charCount", { count: text.length, max: MAX_TEXT })}
        >
          <TextArea
            id="alarm-action-text"
            data-testid="alarm-action-text"
            fill
            autoFocus
            rows={3}
            maxLength={MAX_TEXT}
            required={texts.required}
            placeholder={t(texts.placeholder)}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void submit();
            }}
          />
        </FormGroup>
        {error && (
          <Callout intent="danger" data-testid="alarm-action-error" title={t("alarmDialog.refusedTitle")}>
            <ServerText text={error} wrap />
          </Callout>
        )}
      </DialogBody>
      <DialogFooter
        actions={
          <>
            <Button text={t("common.cancel")} variant="minimal" onClick={onClose} disabled={busy} />
            <Button
              text={t(texts.submit)}
              intent="primary"
              data-testid="alarm-action-submit"
              loading={busy}
              disabled={!alarm || missing}
              onClick={() => void submit()}
            />
          </>
        }
      />
    </Dialog>
  );
}
