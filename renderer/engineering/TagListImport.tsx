/**
 * Import a tag list onto the chosen endpoint: pick a file, see how the core reads it (encoding,
 * separator, decimal mark, header line; each may be set by hand), map its columns onto ours,
 * check the first rows and the errors, then import. The import button waits until the file has
 * no errors and every required field has a column; the core checks the rows against the server
 * again and refuses the whole file in words if any is wrong.
 */
import { Button, Callout, FileInput, FormGroup, HTMLSelect, Tag } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EndpointId } from "../../contract/api";
import { TAG_LIST_ENCODINGS, TAG_LIST_SEPARATORS, type ColumnMapping, type TagListEncoding, type TagListImport as ImportResult, type TagListPreview, type TagListSeparator } from "../../contract/tag-list";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { useRoom } from "../state/RoomContext";
import { fileToBase64 } from "./tagListFile";
import { TagListErrors } from "./TagListErrors";
import { TagListMapping } from "./TagListMapping";
import { TagListSample } from "./TagListSample";
import { separatorName } from "./separatorName";

/** Encoding names are the same in every language. */
const ENCODINGS = "UTF-8, UTF-16, Windows-1250/1251";

interface Reading {
  separator?: TagListSeparator;
  encoding?: TagListEncoding;
}

interface Loaded {
  name: string;
  bytesBase64: string;
  reading: Reading;
  preview: TagListPreview;
}

export function TagListImport({ endpointId, onImported }: { endpointId: EndpointId; onImported(): void }) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const [file, setFile] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const read = async (name: string, bytesBase64: string, reading: Reading, mapping?: ColumnMapping) => {
    setBusy(true);
    setError(null);
    try {
      const preview = await api.previewTagList({ bytesBase64, ...reading, ...(mapping ? { mapping } : {}), sampleRows: 10 });
      setFile({ name, bytesBase64, reading, preview });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const pick = async (picked: File | undefined) => {
    setResult(null);
    if (!picked) return;
    await read(picked.name, await fileToBase64(picked), {});
  };
  const run = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await api.importTagList({ endpointId, bytesBase64: file.bytesBase64, mapping: file.preview.mapping, ...file.reading }));
      setFile(null);
      onImported();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const p = file?.preview;
  const ready = !!p && p.errorCount === 0 && p.missing.length === 0 && p.goodRows > 0;
  return (
    <section className="tag-list-import" data-testid="tag-list-import" aria-labelledby="tag-list-import-title">
      <h3 id="tag-list-import-title" className="section-title">
        {t("engineering.import.title")}
      </h3>
      <p className="section-hint">{t("engineering.import.hint", { encodings: ENCODINGS })}</p>
      <FileInput
        className="tag-list-file"
        text={file?.name ?? t("engineering.import.choose")}
        buttonText={t("engineering.import.browse")}
        hasSelection={!!file}
        inputProps={{ accept: ".csv,.txt,text/csv", "aria-label": t("engineering.import.choose"), ...({ "data-testid": "tag-list-file" } as object) }}
        onInputChange={(e) => void pick(e.currentTarget.files?.[0])}
      />
      {p && file && (
        <>
          <div className="tag-list-reading" data-testid="tag-list-reading" data-encoding={p.encoding} data-separator={p.separator}>
            <FormGroup label={t("engineering.import.encoding")} labelFor="tl-encoding" inline>
              <HTMLSelect id="tl-encoding" value={file.reading.encoding ?? ""} onChange={(e) => void read(file.name, file.bytesBase64, { ...file.reading, encoding: (e.currentTarget.value || undefined) as TagListEncoding | undefined }, p.mapping)}>
                <option value="">{t("engineering.import.detected", { what: p.encoding.toUpperCase() + (p.bom ? " BOM" : "") })}</option>
                {TAG_LIST_ENCODINGS.map((enc) => (
                  <option key={enc} value={enc}>
                    {enc.toUpperCase()}
                  </option>
                ))}
              </HTMLSelect>
            </FormGroup>
            <FormGroup label={t("engineering.import.separator")} labelFor="tl-separator" inline>
              <HTMLSelect id="tl-separator" value={file.reading.separator ?? ""} onChange={(e) => void read(file.name, file.bytesBase64, { ...file.reading, separator: (e.currentTarget.value || undefined) as TagListSeparator | undefined })}>
                <option value="">{t("engineering.import.detected", { what: separatorName(p.separator, t) })}</option>
                {TAG_LIST_SEPARATORS.map((s) => (
                  <option key={s} value={s}>
                    {separatorName(s, t)}
                  </option>
                ))}
              </HTMLSelect>
            </FormGroup>
            <span className="tag-list-facts">
              <Tag minimal>{t("engineering.import.headerLine", { line: p.headerLine })}</Tag>
              <Tag minimal>{p.decimal === "," ? t("engineering.import.decimalComma") : p.decimal === "." ? t("engineering.import.decimalPoint") : t("engineering.import.decimalMixed")}</Tag>
              <Tag minimal intent={p.goodRows === p.totalRows ? "success" : "warning"} data-testid="tag-list-rows">
                {t("engineering.import.rows", { count: p.totalRows, n: formats.number(p.totalRows), good: formats.number(p.goodRows) })}
              </Tag>
            </span>
          </div>
          <div className="tag-list-panels">
            <TagListMapping preview={p} onChange={(mapping) => void read(file.name, file.bytesBase64, file.reading, mapping)} />
            <TagListSample preview={p} />
          </div>
          {p.errorCount > 0 && <TagListErrors errors={p.errors} total={p.errorCount} />}
          <div className="tag-list-actions">
            <Button intent="primary" icon="import" disabled={!ready} loading={busy} data-testid="tag-list-import-run" onClick={() => void run()}>
              {t("engineering.import.run", { count: p.goodRows, n: formats.number(p.goodRows) })}
            </Button>
            {!ready && <span className="tag-list-blocked">{p.missing.length ? t("engineering.import.blockedMissing") : t("engineering.import.blockedErrors")}</span>}
          </div>
        </>
      )}
      {error !== null && (
        <Callout intent="danger" className="tag-list-refused" data-testid="tag-list-refused" title={t("engineering.import.refused")}>
          {describeError(error, t)}
        </Callout>
      )}
      {result && (
        <Callout intent="success" className="tag-list-done" data-testid="tag-list-done">
          {t("engineering.import.done", {
            endpoint: result.endpointId,
            count: result.assets,
            n: formats.number(result.assets),
            created: formats.number(result.created),
            changed: formats.number(result.changed),
            unchanged: formats.number(result.unchanged),
            versions: formats.number(result.versions.length),
          })}
        </Callout>
      )}
    </section>
  );
}
