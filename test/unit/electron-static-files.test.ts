// Path containment shared by host mode and the desktop app:// protocol.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { containedPath, resolveStatic } from "../../main/web/static-files";

const ROOT = "/opt/ccr/dist/renderer";

describe("containedPath", () => {
  it("maps ordinary paths inside the root, and / to index.html", () => {
    expect(containedPath(ROOT, "/")).toBe(`${ROOT}/index.html`);
    expect(containedPath(ROOT, "")).toBe(`${ROOT}/index.html`);
    expect(containedPath(ROOT, "/index.html")).toBe(`${ROOT}/index.html`);
    expect(containedPath(ROOT, "/assets/index-abc.js")).toBe(`${ROOT}/assets/index-abc.js`);
    expect(containedPath(ROOT, "/assets/a%20b.png")).toBe(`${ROOT}/assets/a b.png`);
    // .. that stays inside is harmless
    expect(containedPath(ROOT, "/assets/../index.html")).toBe(`${ROOT}/index.html`);
  });

  it("works with a relative root", () => {
    expect(containedPath("dist/renderer", "/index.html")).toBe(path.resolve("dist/renderer/index.html"));
    expect(containedPath("dist/renderer", "/../main.cjs")).toBeNull();
  });

  const escapes = [
    "/../../etc/passwd",
    "/..",
    "/../renderer-other/index.html",
    "/assets/../../secret",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/%2E%2E/secret",
    "/assets/%2e%2e%2f%2e%2e%2fsecret",
    "/..%2fsecret",
    "/..%5c..%5csecret",
    "/assets\\..\\..\\secret",
    "/%5c%5cserver%5cshare",
    "//etc/../../passwd",
    "/index.html%00.png",
    "/%00",
    "/%E0%A4%A", // malformed percent-encoding
    "/%",
  ];
  it.each(escapes)("refuses %j", (urlPath) => {
    expect(containedPath(ROOT, urlPath)).toBeNull();
  });

  it("a path that is the root itself names no file", () => {
    expect(containedPath(ROOT, "/.")).toBeNull();
    expect(containedPath(ROOT, "/assets/..")).toBeNull();
  });

  it("keeps absolute paths under root on POSIX (leading slashes are not a way out)", () => {
    expect(containedPath(ROOT, "//etc/passwd")).toBe(`${ROOT}/etc/passwd`);
    expect(containedPath(ROOT, "/%2Fetc%2Fpasswd")).toBe(`${ROOT}/etc/passwd`);
  });

  describe("with Windows path rules", () => {
    const WIN = "C:\\Program Files\\City Control Room\\resources\\renderer";
    it("maps ordinary paths", () => {
      expect(containedPath(WIN, "/assets/a.js", path.win32)).toBe(`${WIN}\\assets\\a.js`);
    });
    it.each(["/C:/Windows/win.ini", "/C:%5CWindows%5Cwin.ini", "/c:secret", "/..%5c..%5cwin.ini", "/%5C%5Cevil%5Cshare%5Cx", "/D:/x"])(
      "refuses %j",
      (urlPath) => {
        expect(containedPath(WIN, urlPath, path.win32)).toBeNull();
      },
    );
  });
});

describe("resolveStatic (on disk)", () => {
  let dir: string;
  let root: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-static-"));
    root = path.join(dir, "renderer");
    fs.mkdirSync(path.join(root, "assets"), { recursive: true });
    fs.writeFileSync(path.join(root, "index.html"), "<!doctype html>");
    fs.writeFileSync(path.join(root, "assets", "app.js"), "");
    fs.writeFileSync(path.join(dir, "secret.txt"), "secret");
    // A sibling whose name starts with the root's name: a plain prefix test would let it through.
    fs.mkdirSync(path.join(dir, "renderer-other"));
    fs.writeFileSync(path.join(dir, "renderer-other", "x.html"), "");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("finds files with their content type", () => {
    expect(resolveStatic(root, "/")).toEqual({ file: path.join(root, "index.html"), type: "text/html; charset=utf-8" });
    expect(resolveStatic(root, "/assets/app.js")?.type).toBe("text/javascript; charset=utf-8");
  });

  it("refuses missing files, directories and anything outside", () => {
    expect(resolveStatic(root, "/missing.js")).toBeNull();
    expect(resolveStatic(root, "/assets")).toBeNull();
    expect(resolveStatic(root, "/../secret.txt")).toBeNull();
    expect(resolveStatic(root, "/%2e%2e/secret.txt")).toBeNull();
    expect(resolveStatic(root, "/../renderer-other/x.html")).toBeNull();
  });

  it("does not follow a symlink out of the root", () => {
    fs.symlinkSync(path.join(dir, "secret.txt"), path.join(root, "link.txt"));
    expect(fs.readFileSync(path.join(root, "link.txt"), "utf8")).toBe("secret");
    expect(resolveStatic(root, "/link.txt")).toBeNull();
  });
});
