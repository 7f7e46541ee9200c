/** A note's photo as a thumbnail, fetched from the store when shown; a click shows it large. */
import { Dialog, DialogBody } from "@blueprintjs/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRoom } from "../state/RoomContext";

export function NotePhotoThumb({ noteId }: { noteId: number }) {
  const { api } = useRoom();
  const { t } = useTranslation();
  const [src, setSrc] = useState<string | null>(null);
  const [large, setLarge] = useState(false);
  useEffect(() => {
    let live = true;
    api.notePhoto({ noteId }).then(
      (p) => live && setSrc(`data:${p.type};base64,${p.data}`),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, noteId]);
  if (!src) return <span className="note-thumb note-thumb-empty" aria-hidden="true" />;
  return (
    <>
      <button type="button" className="note-thumb" onClick={() => setLarge(true)} title={t("notes.photoAlt")} data-testid="note-thumb">
        <img src={src} alt={t("notes.photoAlt")} />
      </button>
      <Dialog isOpen={large} onClose={() => setLarge(false)} title={t("notes.photoAlt")} className="note-photo-dialog">
        <DialogBody>
          <img className="note-photo-large" src={src} alt={t("notes.photoAlt")} />
        </DialogBody>
      </Dialog>
    </>
  );
}
