// Bundles the Electron-side entry points (main, core utility process, preload) to CommonJS.
import { build } from "esbuild";
import { bundles } from "./bundles.mjs";

await Promise.all(Object.values(bundles).map((options) => build(options)));
console.log("Electron bundles written to dist/electron/");
