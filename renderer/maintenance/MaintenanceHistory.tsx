/**
 * An asset's maintenance history in a drawer: notes, alarm states and actions, newest first, with
 * "load older" and a way to write a note right there. Read from the workstation's store, so it
 * works offline.
 */
import { Button, Callout, Drawer, DrawerSize, NonIdealState, Spinner } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { AssetId } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { OverlayHeader } from "../shell/OverlayHeader";
import { ServerText } from "../text/ServerText";
import { MaintenanceEntryRow } from "./MaintenanceEntryRow";
import { useMaintenanceHistory } from "./useMaintenanceHistory";

interface Props {
  assetId: AssetId | null;
  assetName: string;
  isOpen: boolean;
  onClose: () => void;
  /** Opens the note dialog on this asset; absent when the person may not write notes. */
  onWriteNote?: () => void;
  /** Changes when a note was saved, so the history reloads. */
  version: number;
}

export function MaintenanceHistory({ assetId, assetName, isOpen, onClose, onWriteNote, version }: Props) {
  const { t } = useTranslation();
  const formats = useFormats();
  const history = useMaintenanceHistory(isOpen ? assetId : null, version);
  return (
    <Drawer isOpen={isOpen} onClose={onClose} size={DrawerSize.STANDARD} className="maintenance-drawer" aria-labelledby="maintenance-title">
      <OverlayHeader id="maintenance-title" title={<>{t("maintenance.title")} · <ServerText text={assetName} /></>} onClose={onClose} />
      <div className="maintenance-body-wrap" data-testid="maintenance-history">
        <div className="maintenance-intro">
          <p>{t("maintenance.intro")}</p>
          {onWriteNote && (
            <Button icon="annotation" intent="primary" onClick={onWriteNote} data-testid="maintenance-write-note">
              {t("maintenance.writeNote")}
            </Button>
          )}
        </div>
        {history.error !== null && (
          <Callout intent="danger" data-testid="maintenance-error">
            {t("maintenance.loadFailed", { message: describeError(history.error, t) })}
          </Callout>
        )}
        {history.entries.length === 0 && !history.loading && history.error === null ? (
          <NonIdealState className="maintenance-empty" description={t("maintenance.empty")} />
        ) : (
          <ol className="maintenance-list">
            {history.entries.map((e) => (
              <MaintenanceEntryRow key={e.key} entry={e} formats={formats} />
            ))}
          </ol>
        )}
        <div className="maintenance-more">
          {history.loading ? (
            <Spinner size={20} aria-label={t("maintenance.loading")} />
          ) : history.next !== null ? (
            <Button onClick={history.loadOlder} data-testid="maintenance-load-older">
              {t("maintenance.loadOlder")}
            </Button>
          ) : history.entries.length > 0 ? (
            <span className="maintenance-faint">{t("maintenance.noOlder")}</span>
          ) : null}
        </div>
      </div>
    </Drawer>
  );
}
