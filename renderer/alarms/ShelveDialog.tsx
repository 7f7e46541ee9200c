/**
 * Shelve an alarm: one-shot (until it returns to normal) or for a chosen time, with a required
 * reason that goes into the audit trail. The server bounds the time by its MaxTimeShelved and
 * says so in words if a choice is too long.
 */
import { Button, Callout, Dialog, DialogBody, DialogFooter, FormGroup, Radio, RadioGroup, TextArea } from "@blueprintjs/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmId } from "../../contract/api";
import { useFormats } from "../i18n/useFormats";
import { OverlayHeader } from "../shell/OverlayHeader";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { DEFAULT_SHELVE_MINUTES, ONE_SHOT, SHELVE_MINUTES, shelveChoice } from "./alarmActions";
import { AlarmSummary } from "./AlarmSummary";
import { useAlarmAction } from "./useAlarmAction";

const MAX_TEXT = 2000;

interface Props {
  alarmId: AlarmId | null;
  onClose: () => void;
  onClosed: () => void;
}

export function ShelveDialog({ alarmId, onClose, onClosed }: Props) {
  const { session } = useRoom();
  const { t } = useTranslation();
  const formats = useFormats();
  const alarm = useRoomSelector((s) => (alarmId ? s.alarms.get(alarmId) ?? null : null));
  const [choice, setChoice] = useState<string>(String(DEFAULT_SHELVE_MINUTES));
  const [reason, setReason] = useState("");
  const { busy, error, run } = useAlarmAction(alarmId, "shelve");

  useEffect(() => {
    setChoice(String(DEFAULT_SHELVE_MINUTES));
    setReason("");
  }, [alarmId]);

  const missing = reason.trim() === "";
  const submit = async () => {
    if (!alarmId || missing) return;
    const ok = await run(() => session.shelve(alarmId, shelveChoice(choice), reason.trim()));
    if (ok) onClose();
  };

  const now = Date.now();
  const durationText = (minutes: number) => (minutes < 60 ? t("shelve.minutes", { count: minutes }) : t("shelve.hours", { count: minutes / 60 }));

  return (
    <Dialog
      isOpen={alarmId !== null}
      onClose={onClose}
      onClosed={onClosed}
      shouldReturnFocusOnClose={false}
      aria-labelledby="shelve-title"
      className="ack-dialog shelve-dialog"
      canOutsideClickClose={!busy}
    >
      <OverlayHeader id="shelve-title" title={t("shelve.title")} onClose={onClose} closeDisabled={busy} />
      <DialogBody data-testid="shelve-dialog">
        <AlarmSummary alarm={alarm} />
        {alarm?.shelved && <Callout className="ack-note">{t("shelve.alreadyShelved")}</Callout>}
        <RadioGroup
          label={t("shelve.howLong")}
          name="shelve-choice"
          className="shelve-choices"
          selectedValue={choice}
          onChange={(e) => setChoice(e.currentTarget.value)}
        >
          {SHELVE_MINUTES.map((m) => (
            <Radio key={m} value={String(m)} data-testid={`shelve-${m}`} autoFocus={m === DEFAULT_SHELVE_MINUTES}>
              <span className="shelve-duration">{durationText(m)}</span>
              <span className="shelve-until">{t("shelve.until", { time: formats.until(now + m * 60_000, now) })}</span>
            </Radio>
          ))}
          <Radio value={ONE_SHOT} data-testid="shelve-one-shot">
            <span className="shelve-duration">{t("shelve.oneShot")}</span>
          </Radio>
        </RadioGroup>
        <FormGroup
          label={t("alarmDialog.reason")}
          labelFor="shelve-reason"
          labelInfo={t("alarmDialog.required")}
          helperText={t("ack.charCount", { count: reason.length, max: MAX_TEXT })}
        >
          <TextArea
            id="shelve-reason"
            data-testid="shelve-reason"
            fill
            rows={3}
            maxLength={MAX_TEXT}
            required
            placeholder={t("shelve.reasonPlaceholder")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
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
              text={t("shelve.submit")}
              intent="primary"
              data-testid="shelve-submit"
              loading={busy}
              disabled={!alarm || alarm.shelved || missing}
              onClick={() => void submit()}
            />
          </>
        }
      />
    </Dialog>
  );
}
