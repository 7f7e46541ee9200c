/** The flood line: how many alarms in the last ten minutes, and what makes the list readable. */
import { Icon } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { useFormats } from "../i18n/useFormats";

export function FloodStrip({ count }: { count: number }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <div className="banner-flood" data-testid="banner-flood" data-count={count} role="status">
      <Icon icon="warning-sign" aria-hidden />
      <strong className="banner-flood-title">{t("banner.flood.title", { count, n: formats.number(count) })}</strong>
      <span className="banner-flood-hint">{t("banner.flood.hint")}</span>
    </div>
  );
}
