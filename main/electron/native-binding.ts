/**
 * better-sqlite3 for the Electron runtime. node_modules keeps the Node build that tests and
 * host mode use; the Electron build lives beside it (made by main/electron/native-build.mjs,
 * or shipped as an extra resource) and is handed to the core as `nativeBinding`.
 */
import { app } from "electron";
import fs from "node:fs";
import path from "node:path";

export function electronNativeBinding(): string | null {
  const candidates = app.isPackaged
    ? [path.join(process.resourcesPath, "native", "better_sqlite3.node")]
    : [path.join(app.getAppPath(), ".electron-native", "better_sqlite3.node")];
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}
