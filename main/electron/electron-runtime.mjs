// Finds the Electron binary without requiring the 'electron' package, because requiring it
// from plain Node downloads the binary on first use, and that must never happen by accident.
import fs from "node:fs";
import path from "node:path";

export function findElectronBinary(projectRoot) {
  const pkgDir = path.join(projectRoot, "node_modules", "electron");
  const pathFile = path.join(pkgDir, "path.txt");
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(pkgDir, "dist", fs.readFileSync(pathFile, "utf8").trim());
  return fs.existsSync(binary) ? binary : null;
}

export function electronVersion(projectRoot) {
  return JSON.parse(fs.readFileSync(path.join(projectRoot, "node_modules", "electron", "package.json"), "utf8")).version;
}
