import { describe, expect, it } from "vitest";
import { decodeTagList } from "../../main/core/engineering/tag-list/decode";
import { detectSeparator, separatorHint } from "../../main/core/engineering/tag-list/separators";

/** Windows-1250 bytes of the Serbian Latin letters ASCII lacks (what a Serbian Windows writes). */
const CP1250: Record<string, number> = { č: 0xe8, ć: 0xe6, đ: 0xf0, š: 0x9a, ž: 0x9e, Č: 0xc8, Ć: 0xc6, Đ: 0xd0, Š: 0x8a, Ž: 0x8e };
const cp1250 = (text: string) => Uint8Array.from([...text].map((c) => CP1250[c] ?? c.charCodeAt(0)));
const utf16 = (text: string, le: boolean) => {
  const out = new Uint8Array(text.length * 2);
  [...text].forEach((c, i) => {
    const u = c.charCodeAt(0);
    out[i * 2 + (le ? 0 : 1)] = u & 0xff;
    out[i * 2 + (le ? 1 : 0)] = u >> 8;
  });
  return out;
};
const join = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const TEXT = "Opština;Naziv\r\nNiška Banja;Čišćenje đubreta, Žitkovac ĆĐŠ\r\n";

describe("decoding a tag list's bytes", () => {
  it("reads Windows-1250 (a Serbian Windows' plain CSV) with č ć đ š ž right", () => {
    const d = decodeTagList(cp1250(TEXT));
    expect(d).toEqual({ text: TEXT, encoding: "windows-1250", bom: false });
  });

  it("reads UTF-8 with and without a BOM, the BOM not in the text", () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeTagList(utf8)).toEqual({ text: TEXT, encoding: "utf-8", bom: false });
    expect(decodeTagList(join([0xef, 0xbb, 0xbf], utf8))).toEqual({ text: TEXT, encoding: "utf-8", bom: true });
  });

  it("reads UTF-16 by its BOM, and little-endian UTF-16 without one by its zero bytes", () => {
    expect(decodeTagList(join([0xff, 0xfe], utf16(TEXT, true)))).toEqual({ text: TEXT, encoding: "utf-16le", bom: true });
    expect(decodeTagList(join([0xfe, 0xff], utf16(TEXT, false)))).toEqual({ text: TEXT, encoding: "utf-16be", bom: true });
    expect(decodeTagList(utf16(TEXT, true))).toMatchObject({ text: TEXT, encoding: "utf-16le", bom: false });
  });

  it("takes the encoding a person chose over the guess", () => {
    // Pure ASCII is valid UTF-8; a person may still say the file is Windows-1250.
    expect(decodeTagList(cp1250("a;b"), "windows-1250").encoding).toBe("windows-1250");
    // Windows-1250 bytes read as UTF-8 on request: invalid bytes become U+FFFD, not an exception.
    expect(decodeTagList(cp1250("š"), "utf-8").text).toBe("\ufffd");
    // A BOM is dropped even when the chosen encoding is another.
    expect(decodeTagList(join([0xef, 0xbb, 0xbf], cp1250("š")), "windows-1250").text).toBe("š");
  });

  it("decodes an empty file", () => {
    expect(decodeTagList(new Uint8Array(0))).toEqual({ text: "", encoding: "utf-8", bom: false });
  });
});

describe("detecting the separator", () => {
  it("finds comma, semicolon and tab files", () => {
    expect(detectSeparator("Asset ID,Name,Lat\nP-1,Kalča,43.3\n")).toBe(",");
    expect(detectSeparator("ID objekta;Naziv;Lat\nP-1;Kalča;43,3\n")).toBe(";");
    expect(detectSeparator("ID\tNaziv\tLat\nP-1\tKalča\t43,3\n")).toBe("\t");
  });

  it("is not fooled by decimal commas, which vary from row to row and are missing from the header", () => {
    const text = "id;name;lat;lon;low;high\n1;a;43,3;21,9;0;1,5\n2;b;43,3;21,9;0,5;2,5\n3;c;43,3;21,9;0;10\n";
    expect(detectSeparator(text)).toBe(";");
  });

  it("does not count separators inside quotes, even across line breaks", () => {
    const text = 'id,"name; with; semicolons",note\n1,"x;y;z\nw;v",a\n2,b,c\n';
    expect(detectSeparator(text)).toBe(",");
  });

  it("honours Excel's sep= line", () => {
    expect(separatorHint("sep=;\r\na,b;c\r\n")).toBe(";");
    expect(separatorHint('"sep=,"\na;b\n')).toBe(",");
    expect(separatorHint("sep=|\na|b\n")).toBeNull();
    expect(detectSeparator("sep=,\r\na;b;c,d\r\n")).toBe(",");
  });

  it("falls back to a comma for a one-column file", () => {
    expect(detectSeparator("node\ni=85\n")).toBe(",");
  });
});
