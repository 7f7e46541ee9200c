/**
 * The process boundary in DESIGN.md is only real if the lint bites. Each snippet is linted with
 * the project's own eslint.config.js as if it were a file in that folder. The snippets' files do
 * not exist, so the TypeScript project service cannot type them: the boundary rules need no
 * types, and the one type-aware rule is checked on a real file's path instead.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Snippet text that imports the 'electron' package, built in pieces so this file is not itself
 * read as importing it by tools that scan the tree's import lines.
 */
const importElectron = (name: string) => ["import { ", name, ' } fr', 'om "', "elec", 'tron";'].join("");

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CONFIG = path.join(ROOT, "eslint.config.js");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: CONFIG,
    overrideConfig: {
      files: ["**/*.{ts,tsx}"],
      languageOptions: { parserOptions: { projectService: false } },
      rules: { "@typescript-eslint/no-floating-promises": "off" },
    },
  });
});

/** Rule ids of the errors ESLint reports for `code` placed at `file` (repo-relative). */
async function errors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  const messages = result?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${file}: ${fatal.message}`);
  return messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const use = (...names: string[]) => names.map((n) => `void ${n};`).join("\n");

describe("lint boundary: renderer", () => {
  const file = "renderer/map/Snippet.tsx";

  it.each([
    ['import fs from "node:fs";', "fs"],
    ['import { readFileSync } from "fs";', "readFileSync"],
    ['import { readFile } from "fs/promises";', "readFile"],
    ['import { OPCUAClient } from "node-opcua";', "OPCUAClient"],
    ['import Database from "better-sqlite3";', "Database"],
    ['import { WebSocketServer } from "ws";', "WebSocketServer"],
    ['import pino from "pino";', "pino"],
    [importElectron("ipcRenderer"), "ipcRenderer"],
  ])("refuses %s", async (line, name) => {
    expect((await errors(file, `${line}\n${use(name)}`)).join("\n")).toMatch(/no-restricted-imports/);
  });

  it.each([
    ['import { createCore } from "../../main/core/service";', "createCore"],
    ['import type { SiteConfig } from "../../main/core/sites/site-config";', "null as unknown as SiteConfig"],
    ['import { x } from "../../preload/preload";', "x"],
    ['import { x } from "../../main/host/host-server";', "x"],
    ['export { x } from "../../main/core/boot";', "0"],
  ])("refuses a path out of renderer/ and contract/: %s", async (line, name) => {
    expect((await errors(file, `${line}\n${use(name)}`)).join("\n")).toMatch(/boundary\/project-paths/);
  });

  it("refuses a dynamic import of the core", async () => {
    expect((await errors(file, 'void import("../../main/core/boot");')).join("\n")).toMatch(/boundary\/project-paths/);
  });

  it("allows the contract, its own files, static resources and front-end packages", async () => {
    const code = [
      'import { useState } from "react";',
      'import { Button } from "@blueprintjs/core";',
      'import L from "leaflet";',
      'import type { AlarmRow } from "../../contract/api";',
      'import { App } from "../App";',
      'import start from "../main";', // renderer/main.tsx, not main/
      'import outline from "../../resources/map/nis-outline.geojson?raw";',
      use("useState", "Button", "L", "null as unknown as AlarmRow", "App", "start", "outline"),
    ].join("\n");
    expect(await errors(file, code)).toEqual([]);
  });

  it("leaves the renderer's Node build config alone", async () => {
    expect(await errors("renderer/vite.config.ts", 'import { fileURLToPath } from "node:url";\nvoid fileURLToPath;')).toEqual([]);
  });
});

describe("lint boundary: contract", () => {
  const file = "contract/snippet.ts";

  it.each([
    ['import { EventEmitter } from "node:events";', "EventEmitter"],
    ['import { useState } from "react";', "useState"],
    [importElectron("ipcRenderer"), "ipcRenderer"],
    ['import { x } from "../main/core/service";', "x"],
    ['import { x } from "../renderer/state/store";', "x"],
  ])("refuses %s", async (line, name) => {
    expect(await errors(file, `${line}\n${use(name)}`)).not.toEqual([]);
  });

  it("allows zod and its own files", async () => {
    const code = ['import { z } from "zod";', 'import { endpointId } from "./ids";', use("z", "endpointId")].join("\n");
    expect(await errors(file, code)).toEqual([]);
  });
});

describe("lint boundary: core services", () => {
  const file = "main/core/services/snippet.ts";

  it.each([
    [importElectron("app"), "app", /no-restricted-imports/],
    ['import { startHost } from "../../host/host-server";', "startHost", /project-paths/],
    ['import { guard } from "../../electron/ipc-guard";', "guard", /project-paths/],
    ['import { startSimulator } from "../../simulator/index";', "startSimulator", /simulator is imported only by composition roots/],
    ['import { Room } from "../../../renderer/App";', "Room", /project-paths/],
  ])("refuses %s", async (line, name, rule) => {
    expect((await errors(file, `${line}\n${use(name)}`)).join("\n")).toMatch(rule);
  });

  it("allows Node, its packages, the contract and other core rooms", async () => {
    const code = [
      'import fs from "node:fs";',
      'import Database from "better-sqlite3";',
      'import { OPCUAClient } from "node-opcua";',
      'import { endpointId } from "../../../contract/api";',
      'import { TagCache } from "../values/tag-cache";',
      use("fs", "Database", "OPCUAClient", "endpointId", "TagCache"),
    ].join("\n");
    expect(await errors(file, code)).toEqual([]);
  });

  it("reports a promise nobody awaits or catches (type-aware, on a file the project knows)", async () => {
    const typed = new ESLint({ cwd: ROOT, overrideConfigFile: CONFIG });
    const code = "async function send(): Promise<void> {}\nsend();\nvoid send();\n";
    const [result] = await typed.lintText(code, { filePath: path.join(ROOT, "main/core/sites/site-config.ts") });
    expect(result?.messages.map((m) => `${m.line}: ${m.ruleId}`)).toEqual(["2: @typescript-eslint/no-floating-promises"]);
  });
});

describe("lint boundary: composition roots and shells", () => {
  const simulator = 'import { startSimulator } from "SIM";\nvoid startSimulator;';

  it.each([
    ["main/core/boot.ts", "../simulator/index"],
    ["main/host/cli.ts", "../simulator/index"],
    ["main/electron/core-process.ts", "../simulator/index"],
    ["test/bench/snippet.ts", "../../main/simulator/index"],
  ])("%s may start the simulator", async (file, spec) => {
    expect(await errors(file, simulator.replace("SIM", spec))).toEqual([]);
  });

  it("the host server may not", async () => {
    expect(await errors("main/host/host-server.ts", simulator.replace("SIM", "../simulator/index"))).not.toEqual([]);
  });

  const electron = `${importElectron("app")}\nvoid app;`;
  it.each(["main/electron/main.ts", "preload/preload.ts", "test/electron/snippet.ts"])("%s may import electron", async (file) => {
    expect(await errors(file, electron)).toEqual([]);
  });
  it.each(["main/host/host-server.ts", "main/simulator/index.ts", "test/unit/snippet.test.ts"])(
    "%s may not import electron",
    async (file) => {
      expect((await errors(file, electron)).join("\n")).toMatch(/no-restricted-imports/);
    },
  );
  it("but anyone may import main/electron's plain-function modules by path", async () => {
    const code = 'import { APP_ORIGIN } from "../../main/electron/app-origin";\nvoid APP_ORIGIN;';
    expect(await errors("test/unit/snippet.test.ts", code)).toEqual([]);
  });
});
