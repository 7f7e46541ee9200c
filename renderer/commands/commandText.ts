/** Words for commands: what a command does, and the server's status code as a person reads it. */
import type { TFunction } from "i18next";
import type { CommandTag, CommandValue } from "../../contract/api";
import { tk, type Key } from "../i18n/keys";

/** Status codes a write commonly gets back, each with its sentence; others are named by their code. */
const STATUS: Record<string, Key> = {
  Good: tk("commands.status.Good"),
  BadUserAccessDenied: tk("commands.status.BadUserAccessDenied"),
  BadTypeMismatch: tk("commands.status.BadTypeMismatch"),
  BadNotWritable: tk("commands.status.BadNotWritable"),
  BadOutOfRange: tk("commands.status.BadOutOfRange"),
  BadNodeIdUnknown: tk("commands.status.BadNodeIdUnknown"),
  BadWriteNotSupported: tk("commands.status.BadWriteNotSupported"),
  BadTimeout: tk("commands.status.BadTimeout"),
  BadSessionClosed: tk("commands.status.BadSessionClosed"),
};

export function statusWords(code: string | null, t: TFunction): string {
  if (!code) return t("commands.status.none");
  const key = Object.hasOwn(STATUS, code) ? STATUS[code]! : null;
  return key ? t("commands.status.named", { words: t(key), code }) : t("commands.status.other", { code });
}

/** A boolean command that only takes false is a reset (a pump's fault); anything else sets a value. */
export function isReset(command: CommandTag): boolean {
  return command.valueType === "boolean" && command.values?.length === 1 && command.values[0] === false;
}

/** The action a Confirm button names: "Reset PumpFault", "Set Mode to ManualOff". */
export function actionLabel(command: CommandTag, value: CommandValue, shown: string, t: TFunction): string {
  return isReset(command) && value === false ? t("commands.reset", { tag: command.name }) : t("commands.set", { tag: command.name, value: shown });
}

/** The values a window offers: the listed ones, or both for a boolean; null for a free number or text. */
export function offeredValues(command: CommandTag): CommandValue[] | null {
  if (command.values) return command.values;
  return command.valueType === "boolean" ? [true, false] : null;
}
