/** The embedded Niš simulator site that ships with the app. */
import { fileURLToPath } from "node:url";

export const DEFAULT_SITE_FILE = fileURLToPath(new URL("../../../resources/sites/nis.json", import.meta.url));
