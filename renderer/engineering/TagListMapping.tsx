/**
 * Which of the file's columns feeds each of our fields: one select per field, pre-set to what
 * the core suggested from the headers (in any language), with the first row's cell beside it so
 * a person sees what they map. Required fields are marked; a column maps to one field only.
 */
import { HTMLSelect, HTMLTable } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { REQUIRED_TAG_LIST_FIELDS, TAG_LIST_FIELDS, type ColumnMapping, type TagListField, type TagListPreview } from "../../contract/tag-list";
import { tk } from "../i18n/keys";

export const FIELD_LABEL = {
  assetId: tk("engineering.field.assetId"),
  assetName: tk("engineering.field.assetName"),
  service: tk("engineering.field.service"),
  type: tk("engineering.field.type"),
  district: tk("engineering.field.district"),
  lat: tk("engineering.field.lat"),
  lon: tk("engineering.field.lon"),
  node: tk("engineering.field.node"),
  unit: tk("engineering.field.unit"),
  tagName: tk("engineering.field.tagName"),
  rangeLow: tk("engineering.field.rangeLow"),
  rangeHigh: tk("engineering.field.rangeHigh"),
} as const satisfies Record<TagListField, string>;

const REQUIRED = new Set<TagListField>(REQUIRED_TAG_LIST_FIELDS);

interface Props {
  preview: TagListPreview;
  onChange(mapping: ColumnMapping): void;
}

export function TagListMapping({ preview, onChange }: Props) {
  const { t } = useTranslation();
  const first = preview.sample[0]?.cells ?? [];
  const choose = (field: TagListField, value: string) => {
    const next: ColumnMapping = { ...preview.mapping };
    const index = value === "" ? undefined : Number(value);
    // A column feeds one field: taking it here frees it from the field that had it.
    for (const f of TAG_LIST_FIELDS) if (index !== undefined && next[f] === index) delete next[f];
    if (index === undefined) delete next[field];
    else next[field] = index;
    onChange(next);
  };
  return (
    <HTMLTable compact className="mapping-table" data-testid="tag-list-mapping">
      <thead>
        <tr>
          <th scope="col">{t("engineering.import.ourField")}</th>
          <th scope="col">{t("engineering.import.fileColumn")}</th>
          <th scope="col">{t("engineering.import.firstRow")}</th>
        </tr>
      </thead>
      <tbody>
        {TAG_LIST_FIELDS.map((field) => {
          const index = preview.mapping[field];
          const missing = preview.missing.includes(field);
          return (
            <tr key={field} className={missing ? "mapping-missing" : undefined}>
              <th scope="row">
                <label htmlFor={`map-${field}`}>
                  {t(FIELD_LABEL[field])}
                  {REQUIRED.has(field) && <span className="mapping-required"> {t("engineering.import.required")}</span>}
                </label>
              </th>
              <td>
                <HTMLSelect id={`map-${field}`} data-testid={`map-${field}`} value={index === undefined ? "" : String(index)} onChange={(e) => choose(field, e.currentTarget.value)}>
                  <option value="">{t("engineering.import.noColumn")}</option>
                  {preview.headers.map((h, i) => (
                    <option key={i} value={String(i)}>
                      {t("engineering.import.column", { n: i + 1, name: h || "—" })}
                    </option>
                  ))}
                </HTMLSelect>
              </td>
              <td className="mapping-sample">
                <bdi dir="auto">{index === undefined ? "" : (first[index] ?? "")}</bdi>
              </td>
            </tr>
          );
        })}
      </tbody>
    </HTMLTable>
  );
}
