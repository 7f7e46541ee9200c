/**
 * The offline base layer: municipalities, built-up area and the Nišava, drawn in dim greys from
 * a GeoJSON file bundled with the renderer. No tile server is needed for the map to make sense.
 */
import L from "leaflet";
import outlineText from "../../resources/map/nis-outline.geojson?raw";

type OutlineKind = "municipality" | "urban" | "river";

interface OutlineProps {
  kind: OutlineKind;
  name: string;
  labelAt?: [number, number];
}

const outline = JSON.parse(outlineText) as GeoJSON.FeatureCollection<GeoJSON.Geometry, OutlineProps>;

const STYLE: Record<OutlineKind, L.PathOptions> = {
  municipality: { className: "outline-municipality", weight: 1, dashArray: "4 4", fill: true, fillOpacity: 1 },
  urban: { className: "outline-urban", weight: 0, fill: true, fillOpacity: 1 },
  river: { className: "outline-river", weight: 4, fill: false, lineCap: "round", lineJoin: "round" },
};

/** Municipality labels; names are ours, but built as text nodes all the same. */
function label(name: string, at: [number, number]): L.Marker {
  const el = document.createElement("span");
  el.textContent = name;
  return L.marker([at[1], at[0]], {
    icon: L.divIcon({ className: "outline-label", html: el, iconSize: undefined }),
    interactive: false,
    keyboard: false,
  });
}

export function createOutlineLayer(): L.LayerGroup {
  const group = L.layerGroup();
  // Municipalities first, then built-up areas above them, then the river on top.
  const order: OutlineKind[] = ["municipality", "urban", "river"];
  for (const kind of order) {
    const features = outline.features.filter((f) => f.properties.kind === kind);
    L.geoJSON({ type: "FeatureCollection", features } as GeoJSON.FeatureCollection, {
      interactive: false,
      style: () => STYLE[kind],
    }).addTo(group);
  }
  for (const f of outline.features) {
    if (f.properties.kind === "municipality" && f.properties.labelAt) label(f.properties.name, f.properties.labelAt).addTo(group);
  }
  return group;
}
