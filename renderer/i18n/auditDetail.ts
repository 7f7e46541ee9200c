/**
 * An audit row's detail in the reader's language: the core writes each audited action as a code
 * and parameters (contract/audit-detail.ts) beside its English sentence. A row written before
 * that, or with a code this window does not know, shows its stored sentence as it is.
 */
import type { TFunction } from "i18next";
import type { AuditDetail, AuditDetailParams } from "../../contract/audit-detail";
import { actionName } from "./actionName";
import { certificateTime } from "./endpointProblem";
import type { Formats } from "./formats";
import { tk } from "./keys";

export type DetailFormats = Pick<Formats, "dateTime">;

const SIGNED_IN = {
  online: tk("auditDetail.signed-in.online"),
  offline: tk("auditDetail.signed-in.offline"),
  site: tk("auditDetail.signed-in.site"),
} as const;

const KEEPER = {
  "safe-storage": tk("auditDetail.keep-password.safe-storage"),
  "key-file": tk("auditDetail.keep-password.key-file"),
} as const;

/** Sentences picked by code (and, for acknowledge and confirm, whether a comment was written). */
const SENTENCE = {
  "model-asset-saved": tk("auditDetail.model-asset-saved"),
  "model-asset-deleted": tk("auditDetail.model-asset-deleted"),
  "trust-certificate": tk("auditDetail.trust-certificate"),
  "reject-certificate": tk("auditDetail.reject-certificate"),
  acknowledge: tk("auditDetail.acknowledge"),
  "acknowledge-comment": tk("auditDetail.acknowledge-comment"),
  confirm: tk("auditDetail.confirm"),
  "confirm-comment": tk("auditDetail.confirm-comment"),
  comment: tk("auditDetail.comment"),
  enable: tk("auditDetail.enable"),
  disable: tk("auditDetail.disable"),
} as const;

/** What a row gives: its stored English sentence and, when it has one, its worded record. */
export interface AuditDetailSource {
  detail: string;
  worded: AuditDetail | null;
}

const str = (p: AuditDetailParams, name: string): string => {
  const v = p[name];
  return v === null || v === undefined ? "" : String(v);
};
const has = (p: AuditDetailParams, name: string) => p[name] !== null && p[name] !== undefined && p[name] !== "";

/** A time the core wrote as ms (a shift bound) or as ISO text (a certificate's validity). */
function when(p: AuditDetailParams, name: string, formats: DetailFormats): string {
  const v = p[name];
  if (typeof v === "number") return formats.dateTime(v);
  return typeof v === "string" ? certificateTime(v, formats) : "";
}

/** The sentence for one worded record, or null when its code or parameters are not what this window knows. */
function worded(d: AuditDetail, t: TFunction, formats: DetailFormats): string | null {
  const p = d.params;
  switch (d.code) {
    case "signed-in": {
      const how = str(p, "verified");
      return how === "online" || how === "offline" || how === "site" ? t(SIGNED_IN[how]) : null;
    }
    case "signed-out":
      return t("auditDetail.signed-out");
    case "signed-out-refused":
      return t("auditDetail.signed-out-refused", { reason: str(p, "reason") });
    case "note":
      return has(p, "photo")
        ? t("auditDetail.notePhoto", { target: str(p, "target"), text: str(p, "text") })
        : t("auditDetail.note", { target: str(p, "target"), text: str(p, "text") });
    case "discarded":
      return t("auditDetail.discarded", { id: str(p, "id"), kind: actionName(str(p, "kind"), t), target: str(p, "target"), reason: str(p, "reason") });
    case "model-asset-saved":
    case "model-asset-deleted":
      return t(SENTENCE[d.code], { name: str(p, "name"), version: str(p, "version"), summary: str(p, "summary") });
    case "tag-list-imported": {
      const facts = { endpoint: str(p, "endpoint"), assets: str(p, "assets"), tags: str(p, "tags"), created: str(p, "created"), changed: str(p, "changed"), unchanged: str(p, "unchanged") };
      return has(p, "fromVersion")
        ? t("auditDetail.tag-list-imported", { ...facts, from: str(p, "fromVersion"), to: str(p, "toVersion") })
        : t("auditDetail.tag-list-imported-unchanged", facts);
    }
    case "tag-list-stopped":
      return has(p, "fromVersion")
        ? t("auditDetail.tag-list-stopped", { line: str(p, "line"), from: str(p, "fromVersion"), to: str(p, "toVersion") })
        : t("auditDetail.tag-list-stopped-none", { line: str(p, "line") });
    case "keep-password": {
      const keeper = str(p, "keeper");
      if (keeper !== "safe-storage" && keeper !== "key-file") return null;
      return t(KEEPER[keeper], { user: str(p, "user"), endpoint: str(p, "endpoint") });
    }
    case "handover-note":
      return t("auditDetail.handover-note", { from: when(p, "shiftFrom", formats), to: when(p, "shiftTo", formats), text: str(p, "text") });
    case "trust-certificate":
    case "reject-certificate":
      return t(SENTENCE[d.code], {
        subject: str(p, "subject"),
        endpoint: str(p, "endpoint"),
        thumbprint: str(p, "thumbprint"),
        issuer: str(p, "issuer"),
        validFrom: when(p, "validFrom", formats),
        validTo: when(p, "validTo", formats),
      });
    case "renew-certificate":
      return has(p, "previous")
        ? t("auditDetail.renew-certificate-previous", { subject: str(p, "subject"), previous: str(p, "previous") })
        : t("auditDetail.renew-certificate", { subject: str(p, "subject") });
    case "command":
      return t("auditDetail.command", { target: str(p, "target"), previous: has(p, "previous") ? str(p, "previous") : t("auditDetail.unknownValue"), value: str(p, "value") });
    case "acknowledge":
    case "confirm":
      return has(p, "comment")
        ? t(SENTENCE[`${d.code}-comment`], { target: str(p, "target"), comment: str(p, "comment") })
        : t(SENTENCE[d.code], { target: str(p, "target") });
    case "comment":
    case "enable":
    case "disable":
      return t(SENTENCE[d.code], { target: str(p, "target"), comment: str(p, "comment") });
    case "shelve-timed":
      return t("auditDetail.shelve-timed", { target: str(p, "target"), minutes: str(p, "minutes"), reason: str(p, "reason") });
    case "shelve-one-shot":
      return t("auditDetail.shelve-one-shot", { target: str(p, "target"), reason: str(p, "reason") });
    case "unshelve":
      return t("auditDetail.unshelve", { target: str(p, "target") });
    default:
      return null;
  }
}

/** The row's detail as the reader reads it; its stored sentence when it cannot be worded. */
export function describeAuditDetail(row: AuditDetailSource, t: TFunction, formats: DetailFormats): string {
  if (!row.worded) return row.detail;
  const sentence = worded(row.worded, t, formats);
  if (sentence === null) return row.detail;
  return row.worded.retryOf === undefined ? sentence : t("auditDetail.retry", { id: row.worded.retryOf, detail: sentence });
}
