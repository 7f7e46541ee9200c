/**
 * What is wrong in a tag list, where: line, column (number and the file's own header), what in
 * the window's language, and the cell's text. The core's English sentence is the tooltip.
 */
import { HTMLTable } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { TagListError, TagListErrorCode } from "../../contract/tag-list";
import { tk } from "../i18n/keys";
import { useFormats } from "../i18n/useFormats";
import { FIELD_LABEL } from "./TagListMapping";

export const ERROR_TEXT = {
  "unterminated-quote": tk("engineering.tagError.unterminated-quote"),
  "missing-column": tk("engineering.tagError.missing-column"),
  "extra-fields": tk("engineering.tagError.extra-fields"),
  "missing-value": tk("engineering.tagError.missing-value"),
  "not-a-number": tk("engineering.tagError.not-a-number"),
  "ambiguous-number": tk("engineering.tagError.ambiguous-number"),
  "lat-out-of-range": tk("engineering.tagError.lat-out-of-range"),
  "lon-out-of-range": tk("engineering.tagError.lon-out-of-range"),
  "no-location": tk("engineering.tagError.no-location"),
  "unknown-service": tk("engineering.tagError.unknown-service"),
  "bad-node": tk("engineering.tagError.bad-node"),
  "bad-range": tk("engineering.tagError.bad-range"),
  "too-long": tk("engineering.tagError.too-long"),
  "duplicate-node": tk("engineering.tagError.duplicate-node"),
  "inconsistent-asset": tk("engineering.tagError.inconsistent-asset"),
} as const satisfies Record<TagListErrorCode, string>;

export function TagListErrors({ errors, total }: { errors: readonly TagListError[]; total: number }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <section className="tag-list-errors" data-testid="tag-list-errors" aria-labelledby="tag-list-errors-title">
      <h4 id="tag-list-errors-title" className="tag-list-errors-title">
        {t("engineering.import.errors", { count: total, n: formats.number(total) })}
      </h4>
      <HTMLTable compact className="tag-list-error-table">
        <thead>
          <tr>
            <th scope="col" className="num">{t("engineering.import.line")}</th>
            <th scope="col">{t("engineering.import.columnHeader")}</th>
            <th scope="col">{t("engineering.import.what")}</th>
            <th scope="col">{t("engineering.import.cell")}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i} data-testid="tag-list-error" data-line={e.line ?? undefined} data-column={e.column ?? undefined} title={e.message}>
              <td className="num">{e.line ?? "—"}</td>
              <td>{e.column !== null ? t("engineering.import.column", { n: e.column, name: e.columnName ?? "—" }) : e.field ? t(FIELD_LABEL[e.field]) : "—"}</td>
              <td>
                {t(ERROR_TEXT[e.code])}
                {e.field && e.column !== null && <span className="tag-error-field"> ({t(FIELD_LABEL[e.field])})</span>}
              </td>
              <td className="tag-error-cell">
                <bdi dir="auto">{e.text ?? ""}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
    </section>
  );
}
