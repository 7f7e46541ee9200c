/**
 * The confirm step of a command: the asset, the tag, its current value and the new one, and a
 * Confirm button that names the action. Nothing is sent before Confirm; the answer is shown in
 * words (the server's status code, or why the core refused, e.g. the endpoint is offline).
 * Focus starts on Cancel, so Enter alone never sends a command; Escape closes.
 */
import { Button, Callout, Dialog, DialogBody, DialogFooter, InputGroup } from "@blueprintjs/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AssetInfo, CommandTag, CommandValue } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { tk } from "../i18n/keys";
import { useFormats } from "../i18n/useFormats";
import { OverlayHeader } from "../shell/OverlayHeader";
import { showToast } from "../shell/toaster";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { actionLabel, statusWords } from "./commandText";

/** A command a person picked, with the value chosen (null: typed in the dialog). */
export interface CommandRequest {
  command: CommandTag;
  value: CommandValue | null;
}

const LEADS = { unavailable: tk("commands.offline"), forbidden: tk("commands.forbidden") };

function typedValue(command: CommandTag, text: string): CommandValue | null {
  if (command.valueType === "text") return text === "" ? null : text;
  const n = Number(text.replace(",", "."));
  return text.trim() === "" || !Number.isFinite(n) ? null : n;
}

export function CommandDialog({ asset, request, onClose }: { asset: AssetInfo; request: CommandRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const current = useRoomSelector((s) => (request ? s.values.get(request.command.tagId)?.value : undefined));
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setTyped("");
    setError(null);
    setBusy(false);
  }, [request]);

  const command = request?.command ?? null;
  const next = command ? (request!.value ?? typedValue(command, typed)) : null;
  const shownNext = next === null ? "…" : formats.value(next, null);
  const action = command && next !== null ? actionLabel(command, next, shownNext, t) : t("commands.confirm");

  const submit = async () => {
    if (!command || next === null || busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.writeCommand({ tagId: command.tagId, value: next });
      if (result.status === "done") {
        showToast({ intent: "success", message: t("commands.done", { action, asset: asset.name, status: statusWords(result.serverStatus, t) }) });
        onClose();
      } else {
        setError(t("commands.refused", { status: statusWords(result.serverStatus, t) }));
      }
    } catch (e) {
      setError(describeError(e, t, LEADS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog isOpen={request !== null} onClose={onClose} aria-labelledby="command-title" className="command-dialog" canOutsideClickClose={!busy}>
      <OverlayHeader id="command-title" title={t("commands.dialogTitle")} onClose={onClose} closeDisabled={busy} />
      <DialogBody>
        {command && (
          <>
            <p className="command-target" data-testid="command-target">
              <ServerText text={asset.name} /> · <ServerText text={command.name} />
            </p>
            <div className="command-change" data-testid="command-change">
              <div className="command-side">
                <span className="command-label">{t("commands.current")}</span>
                <strong data-testid="command-old">
                  <ServerText text={formats.value(current, null)} max={60} />
                </strong>
              </div>
              <span className="command-arrow" aria-hidden="true">
                →
              </span>
              <div className="command-side">
                <span className="command-label">{t("commands.new")}</span>
                {request!.value === null ? (
                  <InputGroup
                    aria-label={t("commands.new")}
                    value={typed}
                    onValueChange={setTyped}
                    inputMode={command.valueType === "number" ? "decimal" : "text"}
                  />
                ) : (
                  <strong data-testid="command-new">
                    <ServerText text={shownNext} max={60} />
                  </strong>
                )}
              </div>
            </div>
            <p className="commands-note">{t("commands.notQueued")}</p>
          </>
        )}
        {error && (
          <Callout intent="danger" data-testid="command-error" title={t("commands.refusedTitle")}>
            <ServerText text={error} wrap />
          </Callout>
        )}
      </DialogBody>
      <DialogFooter
        actions={
          <>
            <Button text={t("common.cancel")} variant="minimal" onClick={onClose} disabled={busy} autoFocus />
            <Button text={action} intent="warning" data-testid="command-confirm" loading={busy} disabled={next === null} onClick={() => void submit()} />
          </>
        }
      />
    </Dialog>
  );
}
