import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

// Names this run for test/e2e/host-setup.ts; the workers inherit it.
process.env.CCR_E2E_RUN ??= String(process.pid);

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../../test-results/e2e",
  timeout: 90_000,
  workers: 1,
  // As in vitest.config.ts: one more try, and npm test's summary names what needed it.
  retries: 1,
  globalSetup: "./host-setup.ts",
  use: {
    viewport: { width: 1600, height: 900 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    screenshot: "only-on-failure",
    trace: "off",
  },
});
