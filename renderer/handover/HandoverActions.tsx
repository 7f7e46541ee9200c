/** Who did what during the shift, from the audit trail, newest first. */
import { HTMLTable } from "@blueprintjs/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { HandoverAction } from "../../contract/api";
import { actionName } from "../i18n/actionName";
import { describeAuditDetail } from "../i18n/auditDetail";
import type { Formats } from "../i18n/formats";
import { useFormats } from "../i18n/useFormats";
import { roleName } from "../shell/roleName";
import { Empty, HandoverSection } from "./HandoverSection";

/** Sign-in and sign-out say all in their name; their audit line adds nothing. */
const SESSION_ACTIONS = new Set(["sign-in", "sign-out"]);

/** What the action was on or said: the alarm, the person's own words, else the audit's line in the reader's language. */
const targetText = (a: HandoverAction, t: TFunction, formats: Formats) =>
  a.text ?? a.targetLabel ?? (SESSION_ACTIONS.has(a.action) ? "" : describeAuditDetail(a, t, formats));

/** A field note is audited as "note", which the outbox and history tables have no word for. */
const actionText = (action: string, t: TFunction) => (action === "note" ? t("handover.actions.note") : actionName(action, t));

export function HandoverActions({ actions, more }: { actions: HandoverAction[]; more: boolean }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <HandoverSection id="actions" title={t("handover.actions.title")} aside={actions.length > 0 ? formats.number(actions.length) : undefined}>
      {actions.length === 0 ? (
        <Empty>{t("handover.actions.none")}</Empty>
      ) : (
        <HTMLTable compact className="handover-table">
          <thead>
            <tr>
              <th>{t("handover.column.time")}</th>
              <th>{t("handover.column.who")}</th>
              <th>{t("handover.column.action")}</th>
              <th>{t("handover.column.target")}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.key} data-testid="handover-action-row">
                <td className="handover-time">{formats.dateTime(a.time)}</td>
                <td>
                  {a.userName} <span className="handover-dim">({roleName(a.role, t)})</span>
                </td>
                <td>{actionText(a.action, t)}</td>
                <td className="handover-message server-text">{targetText(a, t, formats)}</td>
              </tr>
            ))}
          </tbody>
        </HTMLTable>
      )}
      {more && <p className="handover-dim">{t("handover.actions.more", { n: formats.number(actions.length) })}</p>}
    </HandoverSection>
  );
}
