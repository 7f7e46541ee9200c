/**
 * A photo chosen for a note, checked before it is sent so a person hears at once what is wrong;
 * the core checks the bytes again (a file's claimed type is only a claim).
 */
import { NOTE_PHOTO_MAX_BYTES, NOTE_PHOTO_TYPES } from "../../contract/api";
import { tk } from "../i18n/keys";

/** Named in the refusal as people know them. */
export const PHOTO_FORMATS = "JPEG, PNG, WebP, GIF";

export type PhotoProblem = { tooBig: true; name: string; size: string } | { tooBig: false; name: string };

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

export function photoProblem(file: { name: string; size: number; type: string }): PhotoProblem | null {
  if (!(NOTE_PHOTO_TYPES as readonly string[]).includes(file.type)) return { tooBig: false, name: file.name };
  if (file.size > NOTE_PHOTO_MAX_BYTES) return { tooBig: true, name: file.name, size: megabytes(file.size) };
  return null;
}

/** The refusal in the window's language. */
export function photoProblemText(p: PhotoProblem, t: (key: string, options: Record<string, string>) => string): string {
  return p.tooBig ? t(tk("notes.photoTooBig"), { name: p.name, size: p.size }) : t(tk("notes.photoNotImage"), { name: p.name, formats: PHOTO_FORMATS });
}

/** The file as the contract carries it (base64, without the data: prefix). */
export function readPhoto(file: File): Promise<{ type: string; data: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ type: file.type, data: url.slice(url.indexOf(",") + 1) });
    };
    reader.readAsDataURL(file);
  });
}
