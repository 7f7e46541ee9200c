// The IPC sender check and navigation guard of the desktop shell, decided without Electron.
import { describe, expect, it } from "vitest";
import { isAppUrl, isTrustedSenderUrl } from "../../main/electron/app-origin";

const OUR_WINDOW = "app://control-room/index.html?role=map";

describe("isTrustedSenderUrl", () => {
  it("accepts our own windows (URL.origin is 'null' for app:, so it must not be what we compare)", () => {
    expect(new URL(OUR_WINDOW).origin).toBe("null");
    expect(isTrustedSenderUrl(OUR_WINDOW, true)).toBe(true);
    expect(isTrustedSenderUrl("app://control-room/index.html?role=operator", true)).toBe(true);
    expect(isTrustedSenderUrl("app://control-room/", true)).toBe(true);
  });

  it("refuses our own page when it is a subframe", () => {
    expect(isTrustedSenderUrl(OUR_WINDOW, false)).toBe(false);
  });

  const hostile = [
    "app://control-room.evil.example/index.html",
    "app://evil/index.html",
    "app://control-room:8080/index.html",
    "app://control-room./index.html",
    "app://user@control-room/index.html",
    "app://user:pw@control-room/index.html",
    "app://:pw@control-room/index.html",
    "app:control-room/index.html",
    "app:/control-room/index.html",
    "app://control-roomx/",
    "app://",
    "https://control-room/index.html",
    "http://control-room/index.html",
    "javascript://control-room/%0aalert(1)",
    "file:///opt/city-control-room/resources/app.asar/dist/renderer/index.html",
    "about:blank",
    "about:srcdoc",
    "data:text/html,<script>alert(1)</script>",
    "blob:app://control-room/5b0c9a1e-1111-2222-3333-444455556666",
    "devtools://devtools/bundled/inspector.html",
    "chrome-extension://abcdefghijklmnop/page.html",
    "chrome://settings",
    "",
    "not a url",
    "app://control-room\\index.html",
  ];
  it.each(hostile)("refuses %j", (url) => {
    expect(isTrustedSenderUrl(url, true)).toBe(false);
  });

  it("refuses a frame without a URL", () => {
    expect(isTrustedSenderUrl(undefined, true)).toBe(false);
    expect(isTrustedSenderUrl(null, true)).toBe(false);
  });
});

describe("isAppUrl (navigation guard)", () => {
  it("allows navigation within our pages only", () => {
    expect(isAppUrl("app://control-room/index.html?role=operator#alarms")).toBe(true);
    expect(isAppUrl("https://example.com/")).toBe(false);
    expect(isAppUrl("app://control-room@evil.example/")).toBe(false);
  });
});
