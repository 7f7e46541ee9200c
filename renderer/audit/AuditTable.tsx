/**
 * The most recent audit entries, newest first. The first entry the chain check could not
 * vouch for is marked, so a person sees where the trail stops being trustworthy.
 */
import { HTMLTable } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { AuditTrailEntry } from "../../contract/api";
import { actionName } from "../i18n/actionName";
import { describeAuditDetail } from "../i18n/auditDetail";
import { useFormats } from "../i18n/useFormats";
import { roleName } from "../shell/roleName";
import { ServerText } from "../text/ServerText";

export function AuditTable({ entries, brokenSeq }: { entries: readonly AuditTrailEntry[]; brokenSeq: number | null }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <div className="audit-table-scroll">
      <HTMLTable compact className="audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th className="audit-seq">{t("audit.column.seq")}</th>
            <th>{t("audit.column.time")}</th>
            <th>{t("audit.column.user")}</th>
            <th>{t("audit.column.role")}</th>
            <th>{t("audit.column.action")}</th>
            <th>{t("audit.column.detail")}</th>
            <th>{t("audit.column.hash")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const broken = e.seq === brokenSeq;
            return (
              <tr key={e.seq} className={broken ? "is-broken" : undefined} data-testid="audit-row" data-seq={e.seq} data-broken={broken || undefined} title={broken ? t("audit.brokenRow") : undefined}>
                <td className="audit-seq">{e.seq}</td>
                <td className="audit-time">
                  <time dateTime={new Date(e.at).toISOString()}>{formats.dateTime(e.at)}</time>
                </td>
                <td>
                  <ServerText text={e.userName} />
                </td>
                <td>{roleName(e.role, t)}</td>
                <td>{actionName(e.action, t)}</td>
                <td className="audit-detail">
                  <ServerText text={describeAuditDetail(e, t, formats)} />
                </td>
                <td className="audit-hash" title={e.hash ?? undefined}>
                  {e.hash ? e.hash.slice(0, 12) : t("audit.noHash")}
                </td>
              </tr>
            );
          })}
        </tbody>
      </HTMLTable>
    </div>
  );
}
