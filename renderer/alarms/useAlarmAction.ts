/**
 * The shared life of an action dialog: busy while the core answers, the refusal in the dialog
 * (or as a toast when the dialog is gone by then), a toast when the action waits in the outbox.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActionResult, AlarmId } from "../../contract/api";
import { showToast } from "../shell/toaster";
import type { AlarmAction } from "./alarmActions";
import { outcomeOf, refusedCall } from "./actionOutcome";

export function useAlarmAction(alarmId: AlarmId | null, action: AlarmAction) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Which alarm the dialog shows now, so a late failure can tell whether anyone still sees the dialog.
  const showing = useRef(alarmId);
  showing.current = alarmId;

  useEffect(() => {
    setError(null);
    setBusy(false);
  }, [alarmId]);

  /** Runs the call; true when the dialog may close (taken or queued). */
  const run = async (call: () => Promise<ActionResult>): Promise<boolean> => {
    if (!alarmId || busy) return false;
    const forAlarm = alarmId;
    const refused = (message: string) => {
      if (showing.current === forAlarm) setError(message);
      else showToast({ intent: "danger", message });
      return false;
    };
    setBusy(true);
    setError(null);
    try {
      const outcome = outcomeOf(action, await call(), t);
      if (outcome.kind === "refused") return refused(outcome.message);
      if (outcome.kind === "queued") showToast({ intent: "warning", message: outcome.message });
      return true;
    } catch (e) {
      return refused(refusedCall(action, e, t));
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, run };
}
