/**
 * Operator commands: writes to tags the site marks as commands (switch a lighting cabinet, reset
 * a pump fault, set a signal controller's mode). A command goes through the action registry like
 * an acknowledge (authorized, audited with the person and old → new), but it is never queued:
 * while its endpoint is not connected it is refused at once, with that reason.
 *
 * A tag is a command when its server says so (our convention: AccessLevel CurrentWrite and a
 * `CommandValues` property listing what it takes) or when the site config names it (`commands`,
 * for servers that are not ours).
 */
import { z } from "zod";
import type { ActionResult } from "./actions";
import { looksLikeId, type AssetId, type TagId } from "./ids";

/** How a window offers the new value: a choice of two, a number, or a choice of texts. */
export type CommandValueType = "boolean" | "number" | "text";
export type CommandValue = boolean | number | string;

export interface CommandTag {
  tagId: TagId;
  assetId: AssetId;
  /** The tag's name as the server gives it (server text). */
  name: string;
  valueType: CommandValueType;
  /** The values it takes, when the server or the site lists them; null: any value of its type. */
  values: CommandValue[] | null;
  /** Engineering range of a numeric command, when known. */
  range: { low: number; high: number } | null;
}

const idArg = <T extends string>(what: string) =>
  z.custom<T>((v) => typeof v === "string" && v.length <= 2048 && looksLikeId(v), `a ${what} id (endpoint|node)`);

/** The command tags of one asset; read from its server while connected, remembered after. */
export const listCommandsArgs = z.object({ assetId: idArg<AssetId>("asset") }).strict();

/** The new value must be of the command's type; whether the server takes it is the server's answer. */
export const writeCommandArgs = z
  .object({
    tagId: idArg<TagId>("tag"),
    value: z.union([z.boolean(), z.number().finite(), z.string().max(1000)]),
  })
  .strict();

export interface AssetCommands {
  assetId: AssetId;
  commands: CommandTag[];
  /** False when the asset's server could not be asked now (offline): `commands` are the ones last seen. */
  fresh: boolean;
}

export interface CommandResult extends ActionResult {
  /** The server's status code name (Good, BadUserAccessDenied, BadOutOfRange, …); null when it was not asked. */
  serverStatus: string | null;
}
