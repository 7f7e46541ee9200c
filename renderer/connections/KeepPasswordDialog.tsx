/**
 * Entering a station password once: the person types it (hidden unless they ask to see it), the
 * core keeps it with this workstation's keeper and the endpoint tries at once. What went wrong
 * stays in the dialog, so the typed password is not lost to a refusal.
 */
import { Button, Callout, Checkbox, Dialog, DialogBody, DialogFooter, FormGroup, InputGroup } from "@blueprintjs/core";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { KeptPassword } from "../../contract/api";
import { OverlayHeader } from "../shell/OverlayHeader";
import { showToast } from "../shell/toaster";
import { useRoom } from "../state/RoomContext";
import { keptPasswordOutcome, refusedPassword } from "./keptPasswordOutcome";

export function KeepPasswordDialog({ kept, onClose, onKept }: { kept: KeptPassword | null; onClose(): void; onKept(): void }) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const [password, setPassword] = useState("");
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  // A new dialog starts empty: a password never outlives the dialog it was typed in.
  useEffect(() => {
    setPassword("");
    setShown(false);
    setProblem(null);
  }, [kept?.endpointId]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!kept || !password) return;
    setBusy(true);
    setProblem(null);
    try {
      const outcome = keptPasswordOutcome(await api.keepEndpointPassword({ endpointId: kept.endpointId, password }), t);
      if (!outcome.ok) return setProblem(outcome.message);
      showToast({ intent: "success", message: outcome.message });
      setPassword("");
      onKept();
      onClose();
    } catch (err) {
      setProblem(refusedPassword(err, t).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog isOpen={kept !== null} onClose={onClose} aria-labelledby="keep-password-title" style={{ width: "min(520px, 94vw)" }}>
      <OverlayHeader id="keep-password-title" title={t("connections.kept.dialogTitle", { endpoint: kept?.endpointId ?? "" })} onClose={onClose} />
      <form onSubmit={(e) => void submit(e)} data-testid="keep-password-dialog">
        <DialogBody>
          <p>{t("connections.kept.dialogIntro", { user: kept?.user ?? "" })}</p>
          <FormGroup label={t("connections.kept.password")} labelFor="keep-password-input">
            <InputGroup
              id="keep-password-input"
              data-testid="keep-password-input"
              type={shown ? "text" : "password"}
              autoComplete="new-password"
              autoFocus
              value={password}
              onValueChange={setPassword}
            />
          </FormGroup>
          <Checkbox checked={shown} label={t("connections.kept.show")} onChange={() => setShown((s) => !s)} />
          {problem && (
            <Callout intent="danger" compact data-testid="keep-password-problem">
              {problem}
            </Callout>
          )}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button onClick={onClose}>{t("connections.kept.cancel")}</Button>
              <Button type="submit" intent="primary" data-testid="keep-password-save" loading={busy} disabled={!password}>
                {t("connections.kept.save")}
              </Button>
            </>
          }
        />
      </form>
    </Dialog>
  );
}
