// Starts the store worker from source (vitest, tsx, `node --import tsx`). Vite transforms nothing
// in a worker thread, and tsx's hooks from the parent's --import do not reach it either, so the
// thread registers tsx itself (full TypeScript: type stripping alone would refuse parameter properties).
import { register } from "tsx/esm/api";

register();
await import("./worker-entry.ts");
