/** The file's first records as it has them, under its own headers, each with its file line. */
import { HTMLTable } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { TagListPreview } from "../../contract/tag-list";

const ROWS_SHOWN = 10;

export function TagListSample({ preview }: { preview: TagListPreview }) {
  const { t } = useTranslation();
  const bad = new Set(preview.errors.map((e) => e.line));
  return (
    <div className="tag-list-sample-wrap">
      <HTMLTable compact className="tag-list-sample" data-testid="tag-list-sample">
        <thead>
          <tr>
            <th scope="col" className="num">{t("engineering.import.line")}</th>
            {preview.headers.map((h, i) => (
              <th scope="col" key={i}>
                <bdi dir="auto">{h}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.sample.slice(0, ROWS_SHOWN).map((r) => (
            <tr key={r.line} className={bad.has(r.line) ? "sample-bad" : undefined}>
              <td className="num">{r.line}</td>
              {preview.headers.map((_, i) => (
                <td key={i}>
                  <bdi dir="auto">{r.cells[i] ?? ""}</bdi>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </HTMLTable>
    </div>
  );
}
