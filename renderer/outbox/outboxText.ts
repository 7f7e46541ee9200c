/** Words for outbox rows: what kind of action, which status, and what a server's status code means. */
import type { TFunction } from "i18next";
import type { ActionKind, OutboxStatus } from "../../contract/api";
import { tk, type Key } from "../i18n/keys";

export const KIND_LABEL = {
  acknowledge: tk("outbox.kind.acknowledge"),
  confirm: tk("outbox.kind.confirm"),
  comment: tk("outbox.kind.comment"),
  shelve: tk("outbox.kind.shelve"),
  unshelve: tk("outbox.kind.unshelve"),
  enable: tk("outbox.kind.enable"),
  disable: tk("outbox.kind.disable"),
  write: tk("outbox.kind.write"),
  "trust-certificate": tk("outbox.kind.trust-certificate"),
  "reject-certificate": tk("outbox.kind.reject-certificate"),
  "renew-certificate": tk("outbox.kind.renew-certificate"),
  "handover-note": tk("outbox.kind.handover-note"),
  "keep-password": tk("outbox.kind.keep-password"),
} as const satisfies Record<ActionKind, string>;

export const STATUS_LABEL = {
  pending: tk("outbox.status.pending"),
  sending: tk("outbox.status.sending"),
  done: tk("outbox.status.done"),
  conflict: tk("outbox.status.conflict"),
  failed: tk("outbox.status.failed"),
  discarded: tk("outbox.status.discarded"),
} as const satisfies Record<OutboxStatus, string>;

/** OPC UA status codes a person meets in the outbox, as a sentence; others show as the code. */
const SERVER_STATUS: Record<string, Key> = {
  BadEventIdUnknown: tk("outbox.serverStatus.BadEventIdUnknown"),
  BadConditionBranchAlreadyAcked: tk("outbox.serverStatus.BadConditionBranchAlreadyAcked"),
  BadConditionBranchAlreadyConfirmed: tk("outbox.serverStatus.BadConditionBranchAlreadyConfirmed"),
  BadUserAccessDenied: tk("outbox.serverStatus.BadUserAccessDenied"),
  BadNodeIdUnknown: tk("outbox.serverStatus.BadNodeIdUnknown"),
  BadConditionAlreadyShelved: tk("outbox.serverStatus.BadConditionAlreadyShelved"),
  BadConditionNotShelved: tk("outbox.serverStatus.BadConditionNotShelved"),
  BadConditionAlreadyEnabled: tk("outbox.serverStatus.BadConditionAlreadyEnabled"),
  BadConditionAlreadyDisabled: tk("outbox.serverStatus.BadConditionAlreadyDisabled"),
  BadConditionDisabled: tk("outbox.serverStatus.BadConditionDisabled"),
  BadShelvingTimeOutOfRange: tk("outbox.serverStatus.BadShelvingTimeOutOfRange"),
  BadTimeout: tk("outbox.serverStatus.BadTimeout"),
  BadNotConnected: tk("outbox.serverStatus.BadNotConnected"),
  BadSessionClosed: tk("outbox.serverStatus.BadSessionClosed"),
  BadConnectionClosed: tk("outbox.serverStatus.BadConnectionClosed"),
};

/**
 * The server's answer in words. Status names may arrive with the numeric code appended
 * ("BadEventIdUnknown (0x80...)"): the name decides.
 */
export function serverStatusText(code: string, t: TFunction): string {
  const name = /^[A-Za-z]+/.exec(code.trim())?.[0] ?? "";
  const key = Object.hasOwn(SERVER_STATUS, name) ? SERVER_STATUS[name] : undefined;
  return key ? t(key) : t("outbox.serverStatusRaw", { code });
}

export function isRefused(status: OutboxStatus): boolean {
  return status === "conflict" || status === "failed";
}
