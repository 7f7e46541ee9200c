/**
 * Sign in on this workstation with one's own login and password. The servers check the password
 * (offline: the last online sign-in here); a refusal is shown here in words and the password
 * field is emptied for the next try. Every window of the workstation follows the result.
 */
import { Button, Callout, Dialog, DialogBody, DialogFooter, FormGroup, InputGroup } from "@blueprintjs/core";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { describeError, type ErrorLeads } from "../i18n/describeError";
import { tk } from "../i18n/keys";
import { useRoom } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { OverlayHeader } from "./OverlayHeader";

/** At sign-in, "forbidden" is a refused login or password, not a missing permission. */
export const SIGN_IN_LEADS: ErrorLeads = {
  forbidden: tk("signIn.refused"),
  "bad-request": tk("signIn.notOnThisSite"),
};

export function SignInDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { session } = useRoom();
  const { t } = useTranslation();
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const passwordField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    setLogin("");
    setPassword("");
    setError(null);
    setBusy(false);
  }, [isOpen]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || login.trim() === "" || password === "") return;
    setBusy(true);
    setError(null);
    try {
      await session.signIn(login.trim(), password);
      setPassword("");
      onClose();
    } catch (err) {
      setError(describeError(err, t, SIGN_IN_LEADS));
      setPassword("");
      passwordField.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      isOpen={isOpen}
      onClose={onClose}
      aria-labelledby="sign-in-title"
      className="sign-in-dialog"
      canOutsideClickClose={!busy}
    >
      <OverlayHeader id="sign-in-title" title={t("signIn.title")} onClose={onClose} closeDisabled={busy} />
      <form onSubmit={(e) => void submit(e)}>
        <DialogBody data-testid="sign-in-dialog">
          <p className="sign-in-intro">{t("signIn.intro")}</p>
          <FormGroup label={t("signIn.login")} labelFor="sign-in-login">
            <InputGroup
              id="sign-in-login"
              data-testid="sign-in-login"
              autoFocus
              autoComplete="username"
              spellCheck={false}
              autoCapitalize="off"
              value={login}
              onValueChange={setLogin}
              readOnly={busy}
            />
          </FormGroup>
          <FormGroup label={t("signIn.password")} labelFor="sign-in-password">
            <InputGroup
              id="sign-in-password"
              data-testid="sign-in-password"
              type="password"
              autoComplete="current-password"
              inputRef={passwordField}
              value={password}
              onValueChange={setPassword}
              readOnly={busy}
            />
          </FormGroup>
          {error && (
            <Callout intent="danger" data-testid="sign-in-error" title={t("signIn.refusedTitle")}>
              <ServerText text={error} wrap />
            </Callout>
          )}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button text={t("common.cancel")} variant="minimal" onClick={onClose} disabled={busy} />
              <Button
                type="submit"
                text={t("signIn.submit")}
                intent="primary"
                data-testid="sign-in-submit"
                loading={busy}
                disabled={login.trim() === "" || password === ""}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
