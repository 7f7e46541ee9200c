// Bundles the Electron-side entry points to CommonJS (a sandboxed preload cannot be ESM).
// node-opcua, better-sqlite3 and electron stay external: they load from node_modules.
import { build } from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node22",
  sourcemap: true,
  external: ["electron", "better-sqlite3", "node-opcua", "ws"],
  // Code shared with host mode finds files relative to itself; give it a real URL in CJS.
  define: { "import.meta.url": "__ccr_import_meta_url" },
  banner: { js: 'const __ccr_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
};

await Promise.all([
  build({ ...common, entryPoints: ["main/electron/main.ts"], outfile: "dist/electron/main.cjs" }),
  build({ ...common, entryPoints: ["main/electron/core-process.ts"], outfile: "dist/electron/core.cjs" }),
  build({ ...common, entryPoints: ["preload/preload.ts"], outfile: "dist/electron/preload.cjs", external: ["electron"] }),
]);
console.log("Electron bundles written to dist/electron/");
