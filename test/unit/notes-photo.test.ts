import { describe, expect, it } from "vitest";
import { NOTE_PHOTO_MAX_BYTES } from "../../contract/api";
import { checkNotePhoto } from "../../main/core/notes/note-photo";

const b64 = (bytes: number[] | Buffer) => Buffer.from(bytes).toString("base64");

describe("a note's photo", () => {
  it("takes JPEG, PNG, GIF and WebP by their first bytes, whatever type the file claimed", () => {
    expect(checkNotePhoto({ type: "", data: b64([0xff, 0xd8, 0xff, 0xe0, 1, 2]) }).type).toBe("image/jpeg");
    expect(checkNotePhoto({ type: "image/jpeg", data: b64([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]) }).type).toBe("image/png");
    expect(checkNotePhoto({ type: "image/png", data: b64(Buffer.from("GIF89a....")) }).type).toBe("image/gif");
    expect(checkNotePhoto({ type: "image/png", data: b64(Buffer.from("RIFF\0\0\0\0WEBPVP8 ")) }).type).toBe("image/webp");
  });

  it("keeps the bytes as sent", () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xdb, 9, 8, 7]);
    expect(checkNotePhoto({ type: "image/jpeg", data: b64(bytes) }).bytes.equals(bytes)).toBe(true);
  });

  it("refuses a file that is not an image, naming the field and what the file claimed", () => {
    expect(() => checkNotePhoto({ type: "image/jpeg", data: b64(Buffer.from("%PDF-1.7")) })).toThrow(
      'field "photo": the file is not a JPEG, PNG, WebP or GIF image (the file says "image/jpeg")',
    );
    expect(() => checkNotePhoto({ type: "image/svg+xml", data: b64(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")) })).toThrow(/not a JPEG, PNG/);
  });

  it("refuses a photo over 5 MB with its size in words, and takes one of exactly 5 MB", () => {
    const over = Buffer.alloc(NOTE_PHOTO_MAX_BYTES + 200_000);
    over.set([0xff, 0xd8, 0xff]);
    expect(() => checkNotePhoto({ type: "image/jpeg", data: b64(over) })).toThrow('field "photo": the photo is 5.2 MB, more than the 5.0 MB a note may carry');
    const limit = over.subarray(0, NOTE_PHOTO_MAX_BYTES);
    expect(checkNotePhoto({ type: "image/jpeg", data: b64(limit) }).bytes.length).toBe(NOTE_PHOTO_MAX_BYTES);
  });

  it("refuses data that is not base64", () => {
    expect(() => checkNotePhoto({ type: "image/png", data: "not base64!" })).toThrow('field "photo.data": the photo must be sent as base64');
  });
});
