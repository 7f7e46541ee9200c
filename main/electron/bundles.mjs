// The Electron-side bundles, as esbuild options (CommonJS: a sandboxed preload cannot be ESM).
// Kept apart from build.mjs so a test can build the preload in memory and check what it loads.
// node-opcua, better-sqlite3 and electron stay external: they load from node_modules.
const node = {
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

export const bundles = {
  main: { ...node, entryPoints: ["main/electron/main.ts"], outfile: "dist/electron/main.cjs" },
  core: { ...node, entryPoints: ["main/electron/core-process.ts"], outfile: "dist/electron/core.cjs" },
  // The store's SQLite worker thread; the core finds it next to core.cjs (main/core/store/worker-file.ts).
  storeWorker: { ...node, entryPoints: ["main/core/store/worker-entry.ts"], outfile: "dist/electron/store-worker.cjs" },
  // A sandboxed preload may require only 'electron' (and a few polyfills): no banner, no Node.
  preload: {
    bundle: true,
    platform: "browser",
    format: "cjs",
    target: "chrome130",
    sourcemap: true,
    external: ["electron"],
    logLevel: "warning",
    entryPoints: ["preload/preload.ts"],
    outfile: "dist/electron/preload.cjs",
  },
};
