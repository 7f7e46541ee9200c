/**
 * Station passwords the workstation keeps itself (site config `credentials.passwordKept`): the
 * site file names the user, an engineer types the password once on this workstation, and it is
 * kept encrypted by the desktop app (Electron safeStorage) or in an owner-only key file in host
 * mode. A window learns whether one is kept, never the password.
 */
import { z } from "zod";
import type { EndpointId } from "./ids";

export const keepEndpointPasswordArgs = z
  .object({
    endpointId: z.string().min(1).max(64).transform((id) => id as EndpointId),
    password: z.string().min(1, "the password is empty").max(1024),
  })
  .strict();

/** Where this workstation keeps station passwords. */
export type PasswordKeeperKind = "safe-storage" | "key-file";

export interface KeptPassword {
  endpointId: EndpointId;
  /** The station's user name on that server, from the site file. */
  user: string;
  /** A password is kept for it on this workstation. */
  kept: boolean;
  keeper: PasswordKeeperKind;
}
