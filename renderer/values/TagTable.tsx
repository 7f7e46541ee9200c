/** An asset's tags with live value, quality and age: the value panel's table, and the alarm detail's. */
import { HTMLTable } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { TagInfo } from "../../contract/api";
import type { Formats } from "../i18n/formats";
import { TagRow } from "./TagRow";

export function TagTable({ tags, now, live, formats, className }: { tags: readonly TagInfo[]; now: number; live: boolean; formats: Formats; className?: string }) {
  const { t } = useTranslation();
  return (
    <HTMLTable compact className={className ? `tag-table ${className}` : "tag-table"}>
      <thead>
        <tr>
          <th>{t("values.column.tag")}</th>
          <th>{t("values.column.value")}</th>
          <th>{t("values.column.quality")}</th>
          <th>{t("values.column.age")}</th>
        </tr>
      </thead>
      <tbody>
        {tags.map((tag) => (
          <TagRow key={tag.id} tag={tag} now={now} live={live} formats={formats} />
        ))}
      </tbody>
    </HTMLTable>
  );
}
