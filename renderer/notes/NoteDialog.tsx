/**
 * Writing a field note on an asset or an alarm: text, and a photo chosen from a file. The note is
 * kept by the core before anything is sent, so "saved" is true online and offline; an alarm
 * note's trip to the server is told in words afterwards, and followed on the note itself.
 */
import { Button, Callout, Dialog, DialogBody, DialogFooter, FormGroup, TextArea } from "@blueprintjs/core";
import { useEffect, useRef, useState } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { NOTE_TEXT_MAX, type AlarmId, type AssetId, type FieldNote } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { OverlayHeader } from "../shell/OverlayHeader";
import { showToast } from "../shell/toaster";
import { useRoom } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import "./notes.css";
import { photoProblem, photoProblemText, readPhoto } from "./photoFile";

export interface NoteTarget {
  assetId: AssetId | null;
  alarmId: AlarmId | null;
  /** The asset's or alarm's name as the server gave it. */
  label: string;
}

interface Props {
  target: NoteTarget | null;
  onClose: () => void;
  onSaved?: (note: FieldNote) => void;
}

type Photo = { name: string; type: string; data: string };

function savedMessage(note: FieldNote, t: TFunction): string {
  if (note.delivery === "pending") return t("notes.savedPending");
  if (note.delivery === "sent") return t("notes.savedSent");
  if (note.delivery === "unsent") return t("notes.savedUnsent", { problem: note.deliveryProblem ?? "" });
  return t("notes.saved");
}

export function NoteDialog({ target, onClose, onSaved }: Props) {
  const { api } = useRoom();
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [photo, setPhoto] = useState<Photo | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!target) return;
    setText("");
    setPhoto(null);
    setPhotoError(null);
    setError(null);
  }, [target]);

  const choose = async (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = "";
    if (!file) return;
    const problem = photoProblem(file);
    if (problem) {
      setPhoto(null);
      setPhotoError(photoProblemText(problem, t as never));
      return;
    }
    try {
      setPhoto({ name: file.name, ...(await readPhoto(file)) });
      setPhotoError(null);
    } catch (e) {
      setPhotoError(t("notes.photoUnreadable", { name: file.name, message: (e as Error).message }));
    }
  };

  const save = async () => {
    if (!target || text.trim() === "" || busy) return;
    setBusy(true);
    setError(null);
    try {
      const note = await api.addNote({
        ...(target.alarmId ? { alarmId: target.alarmId } : {}),
        ...(target.assetId ? { assetId: target.assetId } : {}),
        text: text.trim(),
        ...(photo ? { photo: { type: photo.type, data: photo.data } } : {}),
      });
      showToast({ intent: note.delivery === "unsent" ? "warning" : "success", message: savedMessage(note, t) });
      onSaved?.(note);
      onClose();
    } catch (e) {
      setError(t("notes.saveFailed", { message: describeError(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog isOpen={target !== null} onClose={onClose} aria-labelledby="note-dialog-title" className="note-dialog" portalClassName="note-dialog-portal" canOutsideClickClose={!busy}>
      <OverlayHeader id="note-dialog-title" title={t("notes.dialogTitle")} onClose={onClose} closeDisabled={busy} />
      <DialogBody data-testid="note-dialog">
        <p className="note-target">
          <span className="fact-label">{target?.alarmId ? t("notes.onAlarm") : t("notes.onAsset")}</span> <ServerText text={target?.label ?? ""} />
        </p>
        <p className="note-hint">{target?.alarmId ? t("notes.alarmHint") : t("notes.assetHint")}</p>
        <FormGroup label={t("notes.text")} labelFor="note-text" labelInfo={t("notes.required")} helperText={t("notes.charCount", { count: text.length, max: NOTE_TEXT_MAX })}>
          <TextArea
            id="note-text"
            data-testid="note-text"
            fill
            autoFocus
            rows={5}
            maxLength={NOTE_TEXT_MAX}
            placeholder={t("notes.textPlaceholder")}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </FormGroup>
        <FormGroup label={t("notes.photo")} labelInfo={t("notes.photoOptional")}>
          <div className="note-photo-row">
            <input
              ref={fileInput}
              id="note-photo"
              data-testid="note-photo-input"
              className="note-photo-input"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif"
              onChange={(e) => void choose(e.target.files?.[0])}
            />
            <Button icon="camera" onClick={() => fileInput.current?.click()} data-testid="note-photo-choose">
              {t("notes.choosePhoto")}
            </Button>
            {photo && (
              <>
                <img className="note-photo-preview" src={`data:${photo.type};base64,${photo.data}`} alt={t("notes.photoAlt")} data-testid="note-photo-preview" />
                <span className="note-photo-name">{photo.name}</span>
                <Button variant="minimal" icon="cross" aria-label={t("notes.removePhoto")} title={t("notes.removePhoto")} onClick={() => setPhoto(null)} />
              </>
            )}
          </div>
          {photoError && (
            <Callout intent="danger" compact className="note-photo-error" data-testid="note-photo-error">
              {photoError}
            </Callout>
          )}
        </FormGroup>
        {error && (
          <Callout intent="danger" data-testid="note-error">
            {error}
          </Callout>
        )}
      </DialogBody>
      <DialogFooter
        actions={
          <>
            <Button onClick={onClose} disabled={busy}>
              {t("notes.cancel")}
            </Button>
            <Button intent="primary" onClick={() => void save()} loading={busy} disabled={text.trim() === ""} data-testid="note-save">
              {t("notes.save")}
            </Button>
          </>
        }
      />
    </Dialog>
  );
}
