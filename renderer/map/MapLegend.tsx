/** What the marker styles mean; the map is read by people who did not design it. */
import { useTranslation } from "react-i18next";
import { tk, type Key } from "../i18n/keys";

const ITEMS: { className: string; label: Key }[] = [
  { className: "asset-state-normal", label: tk("map.normal") },
  { className: "asset-state-alarm-low", label: tk("priority.low") },
  { className: "asset-state-alarm-medium", label: tk("priority.medium") },
  { className: "asset-state-alarm-high", label: tk("priority.high") },
  { className: "asset-state-alarm-critical", label: tk("priority.critical") },
  { className: "asset-state-alarm-high asset-not-live", label: tk("map.stale") },
];

export function MapLegend() {
  const { t } = useTranslation();
  return (
    <div className="map-legend" role="note" aria-label={t("map.legend")} data-testid="map-legend">
      {ITEMS.map((i) => (
        <span key={i.className} className="legend-item">
          <svg width="12" height="12" aria-hidden>
            <circle className={`asset-marker ${i.className}`} cx="6" cy="6" r="4.5" />
          </svg>
          {t(i.label)}
        </span>
      ))}
      <span className="legend-item">
        <span className="legend-cluster" aria-hidden>
          3
        </span>
        {t("cityMap.cluster.legend")}
      </span>
      <span className="legend-item legend-note">{t("map.pulsing")}</span>
    </div>
  );
}
