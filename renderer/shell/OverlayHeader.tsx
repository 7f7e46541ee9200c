/**
 * A dialog or drawer header with a translated close button: Blueprint's built-in header labels
 * its close button "Close" in English whatever the window's language.
 */
import { Button, Classes } from "@blueprintjs/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function OverlayHeader({ id, title, onClose, closeDisabled }: { id: string; title: ReactNode; onClose: () => void; closeDisabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={Classes.DIALOG_HEADER}>
      <h2 id={id} className={`${Classes.HEADING} overlay-title`}>
        {title}
      </h2>
      <Button
        className={Classes.DIALOG_CLOSE_BUTTON}
        variant="minimal"
        icon="small-cross"
        aria-label={t("common.close")}
        title={t("common.close")}
        onClick={onClose}
        disabled={closeDisabled}
      />
    </div>
  );
}
