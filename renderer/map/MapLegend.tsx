/** What the marker styles mean; the map is read by people who did not design it. */
const ITEMS: { state: string; label: string }[] = [
  { state: "normal", label: "Normal" },
  { state: "alarm-low", label: "Low" },
  { state: "alarm-medium", label: "Medium" },
  { state: "alarm-high", label: "High" },
  { state: "alarm-critical", label: "Critical" },
  { state: "stale", label: "No connection" },
];

export function MapLegend() {
  return (
    <div className="map-legend" aria-label="Map legend">
      {ITEMS.map((i) => (
        <span key={i.state} className="legend-item">
          <svg width="12" height="12" aria-hidden>
            <circle className={`asset-marker asset-state-${i.state}`} cx="6" cy="6" r="4.5" />
          </svg>
          {i.label}
        </span>
      ))}
      <span className="legend-item legend-note">pulsing: unacknowledged</span>
    </div>
  );
}
