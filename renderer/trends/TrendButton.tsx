/** "Trend" on an asset: its tags become the trend's pens and the window shows the trends view. */
import { Button } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { AssetInfo } from "../../contract/api";
import { showView } from "../shell/ViewSwitch";
import { windowRole } from "../shell/windowRole";
import { showTrendOf } from "./trendPrefs";

export function TrendButton({ asset }: { asset: AssetInfo }) {
  const { t } = useTranslation();
  const open = () => {
    showTrendOf(windowRole(window.location.search), asset.tags.map((tag) => tag.id));
    showView("trends");
  };
  return (
    <Button size="small" icon="timeline-line-chart" disabled={asset.tags.length === 0} title={t("trends.openFromAssetTitle")} onClick={open} data-testid="open-trend">
      {t("trends.openFromAsset")}
    </Button>
  );
}
