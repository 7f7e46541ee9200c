/**
 * Server text (renderer/text/serverText.ts): a 100,000-character name is cut to a few hundred
 * characters before it reaches the DOM, and direction overrides cannot make `gnp.exe` read as
 * `exe.png`. The browser part (bdi, dir=auto, CSS ellipsis) is checked in e2e screenshots.
 */
import { describe, expect, it } from "vitest";
import { capText, prepareServerText, SERVER_TEXT_MAX, SERVER_TEXT_TITLE_MAX, stripDirectionControls } from "../../renderer/text/serverText";

describe("capText", () => {
  it("leaves short text alone", () => {
    expect(capText("Pumpna stanica Centar 1", 500)).toEqual({ text: "Pumpna stanica Centar 1", truncated: false });
    expect(capText("x".repeat(500), 500)).toEqual({ text: "x".repeat(500), truncated: false });
  });

  it("cuts long text to the cap, ellipsis included", () => {
    const cut = capText("y".repeat(100_000), 500);
    expect(cut.truncated).toBe(true);
    expect(cut.text.length).toBe(500);
    expect(cut.text.endsWith("…")).toBe(true);
  });

  it("never splits a surrogate pair (an emoji or a rare CJK character stays whole or goes)", () => {
    const text = "a".repeat(8) + "😀" + "b".repeat(10);
    const cut = capText(text, 10); // the cut would fall between the two halves of the emoji
    expect(cut.text).toBe("a".repeat(8) + "…");
    expect(() => encodeURIComponent(cut.text)).not.toThrow();
  });
});

describe("stripDirectionControls", () => {
  it("removes overrides, embeddings and isolates, so gnp.exe cannot show as exe.png", () => {
    const spoof = "photo_\u202Egnp.exe";
    expect(stripDirectionControls(spoof)).toEqual({ text: "photo_gnp.exe", hadControls: true });
    for (const c of ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"]) {
      expect(stripDirectionControls(`a${c}b`)).toEqual({ text: "ab", hadControls: true });
    }
  });

  it("keeps right-to-left text and marks untouched", () => {
    expect(stripDirectionControls("مضخة 3")).toEqual({ text: "مضخة 3", hadControls: false });
    expect(stripDirectionControls("a\u200Eb\u200Fc")).toEqual({ text: "a\u200Eb\u200Fc", hadControls: false });
  });
});

describe("prepareServerText", () => {
  it("caps what is drawn and the tooltip, and keeps the whole text for the on-demand view", () => {
    const name = `\u202E${"N".repeat(100_000)}`;
    const p = prepareServerText(name);
    expect(p.shown.length).toBe(SERVER_TEXT_MAX);
    expect(p.title.length).toBe(SERVER_TEXT_TITLE_MAX);
    expect(p.full.length).toBe(100_000);
    expect(p.truncated).toBe(true);
    expect(p.hadControls).toBe(true);
    expect(p.shown.includes("\u202E") || p.title.includes("\u202E") || p.full.includes("\u202E")).toBe(false);
  });

  it("is a no-op for ordinary names", () => {
    expect(prepareServerText("Ormar javne rasvete Jagodin mala 2")).toEqual({
      shown: "Ormar javne rasvete Jagodin mala 2",
      title: "Ormar javne rasvete Jagodin mala 2",
      full: "Ormar javne rasvete Jagodin mala 2",
      truncated: false,
      hadControls: false,
    });
  });
});
