// Packaging: the Electron fuses are set, and the sandboxed preload bundle loads only 'electron'.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
// @ts-expect-error plain .mjs build options shared with main/electron/build.mjs
import { bundles } from "../../main/electron/bundles.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
// js-yaml comes with electron-builder (no types of its own here); only load() is used.
const yaml = createRequire(import.meta.url)("js-yaml") as { load(text: string): unknown };

describe("electron-builder.yml", () => {
  const config = yaml.load(fs.readFileSync(path.join(root, "electron-builder.yml"), "utf8")) as Record<string, unknown>;

  it("sets the Electron fuses", () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it("uses only fuse names electron-builder knows", () => {
    const scheme = JSON.parse(fs.readFileSync(path.join(root, "node_modules", "app-builder-lib", "scheme.json"), "utf8"));
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(Object.keys(config.electronFuses as object).filter((k) => !known.includes(k))).toEqual([]);
  });

  it("packs into an asar (onlyLoadAppFromAsar needs one)", () => {
    expect(config.asar).toBe(true);
  });
});

describe("preload bundle", () => {
  it("requires nothing but 'electron' (a sandboxed preload cannot load Node modules)", async () => {
    const result = await build({ ...bundles.preload, absWorkingDir: root, write: false, sourcemap: false, logLevel: "silent" });
    const code = result.outputFiles![0]!.text;
    const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(["electron"]);
    expect(code).not.toContain("import.meta");
  }, 30_000);
});
