/** The basemap files on hand, and importing an MBTiles file by its path on this workstation. */
import { Button, Callout, FormGroup, InputGroup, Intent } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OfflineMapStatus } from "../../contract/api";
import { useFormats } from "../i18n/useFormats";
import { useRoom } from "../state/RoomContext";
import { messageOf } from "../state/errorMessage";
import { formatBytes } from "./fieldRequest";

export function TileImport({ status, allowed, busy }: { status: OfflineMapStatus; allowed: boolean; busy: boolean }) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const [file, setFile] = useState("");
  const [working, setWorking] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async () => {
    setWorking(true);
    setSaid(null);
    try {
      const f = await api.importTiles({ file });
      setSaid({ ok: true, text: t("field.imported", { name: f.name, from: f.minZoom, to: f.maxZoom }) });
    } catch (err) {
      setSaid({ ok: false, text: t("field.refused", { message: messageOf(err) }) });
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="field-section" aria-labelledby="field-onhand-title">
      <h3 id="field-onhand-title" className="field-section-title">
        {t("field.onHand")}
      </h3>
      {status.files.length === 0 ? (
        <p className="field-note">{t("field.noneOnHand")}</p>
      ) : (
        <ul className="field-files" data-testid="field-files">
          {status.files.map((f) => (
            <li key={f.source}>
              {f.source === "downloaded"
                ? t("field.fileDownloaded", { tiles: formats.number(f.tiles ?? 0), from: f.minZoom, to: f.maxZoom, size: formatBytes(f.bytes, formats.locale) })
                : t("field.fileImported", { name: f.name, from: f.minZoom, to: f.maxZoom, size: formatBytes(f.bytes, formats.locale) })}
            </li>
          ))}
        </ul>
      )}
      <FormGroup label={t("field.importTitle")} labelFor="field-import-path" helperText={t("field.importHint", { formats: "png, jpg, webp" })} className="field-import">
        <div className="field-import-row">
          <InputGroup
            id="field-import-path"
            value={file}
            onValueChange={setFile}
            placeholder="/home/…/nis.mbtiles"
            disabled={!allowed || busy || working}
            fill
            data-testid="field-import-path"
          />
          <Button text={t("field.import")} onClick={() => void run()} disabled={!allowed || busy || working || file.trim() === ""} loading={working} data-testid="field-import" />
        </div>
      </FormGroup>
      {said && (
        <Callout intent={said.ok ? Intent.SUCCESS : Intent.DANGER} compact data-testid="field-import-said">
          {said.text}
        </Callout>
      )}
    </section>
  );
}
