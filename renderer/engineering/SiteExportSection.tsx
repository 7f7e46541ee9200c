/**
 * The site file with the engineered model in it, for the next workstation: saved as JSON, with
 * what the export changed on the way (a plain-text password named as an environment variable)
 * said beside it, because that workstation needs the variable set.
 */
import { Button, Callout } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SiteExport } from "../../contract/engineering";
import { describeError } from "../i18n/describeError";
import { downloadText } from "../shell/download";
import { useRoom } from "../state/RoomContext";

export function SiteExportSection() {
  const { t } = useTranslation();
  const { api } = useRoom();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<SiteExport | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await api.exportSite({});
      downloadText(file.json, file.fileName, "application/json");
      setDone(file);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="tag-list-export" data-testid="site-export" aria-labelledby="site-export-title">
      <h3 id="site-export-title" className="section-title">
        {t("engineering.siteExport.title")}
      </h3>
      <p className="section-hint">{t("engineering.siteExport.hint")}</p>
      <Button icon="document-share" loading={busy} data-testid="site-export-run" onClick={() => void run()}>
        {t("engineering.siteExport.run")}
      </Button>
      {done && (
        <p className="tag-list-exported" data-testid="site-exported">
          {t("engineering.siteExport.done", { file: done.fileName })}
        </p>
      )}
      {done && done.warnings.length > 0 && (
        <Callout intent="warning" data-testid="site-export-warnings" title={t("engineering.siteExport.warningsTitle")}>
          {done.warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </Callout>
      )}
      {error !== null && <Callout intent="danger">{describeError(error, t)}</Callout>}
    </section>
  );
}
