/** "Field" in the operator window's top bar: opens the prepare-for-the-field dialog; shows a running job's share. */
import { Button } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SiteInfo } from "../../contract/api";
import { useRoom } from "../state/RoomContext";
import { useOfflineMaps } from "../tiles/useOfflineMaps";
import { FieldDialog } from "./FieldDialog";

export function FieldButton({ site }: { site: SiteInfo }) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const { status } = useOfflineMaps(api);
  const [open, setOpen] = useState(false);
  const job = status?.job;
  const running = job?.state === "running";
  return (
    <>
      <Button
        className="field-button"
        variant="outlined"
        size="small"
        icon="map-create"
        title={t("field.buttonTitle")}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        disabled={!status}
        data-testid="field-button"
      >
        <span className="field-button-label">{t("field.button")}</span>
        {running && job && job.total > 0 && <span className="field-button-share">{` ${Math.floor((job.done / job.total) * 100)} %`}</span>}
      </Button>
      {status && <FieldDialog isOpen={open} onClose={() => setOpen(false)} site={site} status={status} />}
    </>
  );
}
