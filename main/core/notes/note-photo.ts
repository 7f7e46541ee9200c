/**
 * A note's photo as a person chose it from a file: the type is read from the file's first bytes
 * (a renamed PDF says image/jpeg just as easily), the size from the decoded bytes. A refusal is a
 * sentence naming the field, the size and the limit.
 */
import { NOTE_PHOTO_MAX_BYTES, type NotePhotoType } from "../../../contract/api";
import { CoreError } from "../rpc/core-error";

const SIGNATURES: { type: NotePhotoType; test: (b: Buffer) => boolean }[] = [
  { type: "image/jpeg", test: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/png", test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: "image/gif", test: (b) => /^GIF8[79]a$/.test(b.subarray(0, 6).toString("latin1")) },
  { type: "image/webp", test: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP" },
];

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

export function checkNotePhoto(photo: { type: string; data: string }): { type: NotePhotoType; bytes: Buffer } {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(photo.data)) throw new CoreError("bad-request", 'field "photo.data": the photo must be sent as base64');
  // Refused on the encoded length before decoding anything bigger than the limit.
  const decodedLength = Math.floor((photo.data.length * 3) / 4) - (photo.data.endsWith("==") ? 2 : photo.data.endsWith("=") ? 1 : 0);
  if (decodedLength > NOTE_PHOTO_MAX_BYTES) {
    throw new CoreError("bad-request", `field "photo": the photo is ${megabytes(decodedLength)}, more than the ${megabytes(NOTE_PHOTO_MAX_BYTES)} a note may carry`);
  }
  const bytes = Buffer.from(photo.data, "base64");
  const type = SIGNATURES.find((s) => s.test(bytes))?.type;
  if (!type) {
    const claimed = photo.type ? ` (the file says "${photo.type.slice(0, 80)}")` : "";
    throw new CoreError("bad-request", `field "photo": the file is not a JPEG, PNG, WebP or GIF image${claimed}`);
  }
  return { type, bytes };
}
