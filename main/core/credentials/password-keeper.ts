/**
 * Where this workstation keeps the station passwords an engineer entered (site config
 * `credentials.passwordKept`). The desktop app's keeper is Electron safeStorage, held by the main
 * process (shell-keeper.ts); host mode's is an owner-only key file per endpoint (key-file-keeper.ts).
 */
import type { EndpointId, PasswordKeeperKind } from "../../../contract/api";

export interface PasswordKeeper {
  readonly kind: PasswordKeeperKind;
  /** The kept password, or null when none is kept for this endpoint. */
  get(endpointId: EndpointId): string | null;
  /** Keeps it (replacing one kept before); resolves once it is safely stored, throws a sentence otherwise. */
  keep(endpointId: EndpointId, password: string): Promise<void>;
}
