/**
 * Export the endpoint's engineered model as a tag list: UTF-8 with a BOM, the separator and
 * decimal mark chosen (by default those a spreadsheet in the window's language opens as
 * columns: ";" and a decimal comma in Serbian, "," and a point in English).
 */
import { Button, Callout, FormGroup, HTMLSelect } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EndpointId } from "../../contract/api";
import { TAG_LIST_SEPARATORS, type TagListSeparator } from "../../contract/tag-list";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { useRoom } from "../state/RoomContext";
import { separatorName } from "./separatorName";
import { downloadBytes } from "./tagListFile";

export function TagListExport({ endpointId, assetCount }: { endpointId: EndpointId; assetCount: number }) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const commaLanguage = formats.number(1.5).includes(",");
  const [separator, setSeparator] = useState<TagListSeparator | null>(null);
  const [decimal, setDecimal] = useState<"," | "." | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rows, setRows] = useState<number | null>(null);
  const sep = separator ?? (commaLanguage ? ";" : ",");
  const dec = decimal ?? (commaLanguage ? "," : ".");

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await api.exportTagList({ endpointId, separator: sep, decimal: dec });
      downloadBytes(file.bytesBase64, `${endpointId}-tag-list.csv`);
      setRows(file.rows);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="tag-list-export" data-testid="tag-list-export" aria-labelledby="tag-list-export-title">
      <h3 id="tag-list-export-title" className="section-title">
        {t("engineering.export.title")}
      </h3>
      <p className="section-hint">{t("engineering.export.hint", { count: assetCount, n: formats.number(assetCount) })}</p>
      <div className="tag-list-export-form">
        <FormGroup label={t("engineering.import.separator")} labelFor="tl-export-separator" inline>
          <HTMLSelect id="tl-export-separator" value={sep} onChange={(e) => setSeparator(e.currentTarget.value as TagListSeparator)}>
            {TAG_LIST_SEPARATORS.map((s) => (
              <option key={s} value={s}>
                {separatorName(s, t)}
              </option>
            ))}
          </HTMLSelect>
        </FormGroup>
        <FormGroup label={t("engineering.export.decimal")} labelFor="tl-export-decimal" inline>
          <HTMLSelect id="tl-export-decimal" value={dec} onChange={(e) => setDecimal(e.currentTarget.value as "," | ".")}>
            <option value=",">{t("engineering.import.decimalComma")}</option>
            <option value=".">{t("engineering.import.decimalPoint")}</option>
          </HTMLSelect>
        </FormGroup>
        <Button icon="export" loading={busy} disabled={assetCount === 0} data-testid="tag-list-export-run" onClick={() => void run()}>
          {t("engineering.export.run")}
        </Button>
      </div>
      {rows !== null && <p className="tag-list-exported" data-testid="tag-list-exported">{t("engineering.export.done", { count: rows, n: formats.number(rows) })}</p>}
      {error !== null && <Callout intent="danger">{describeError(error, t)}</Callout>}
    </section>
  );
}
