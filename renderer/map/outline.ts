/**
 * The offline base layer: municipalities, built-up area and the Nišava, drawn in dim greys from
 * a GeoJSON file bundled with the renderer. No tile server is needed for the map to make sense.
 */
import L from "leaflet";
import outlineText from "../../resources/map/nis-outline.geojson?raw";
import { latinToCyrillic } from "../i18n/transliterate";

type OutlineKind = "municipality" | "urban" | "river";

interface OutlineProps {
  kind: OutlineKind;
  name: string;
  labelAt?: [number, number];
}

const outline = JSON.parse(outlineText) as GeoJSON.FeatureCollection<GeoJSON.Geometry, OutlineProps>;

const PASSES: { kind: OutlineKind; style: L.PathOptions }[] = [
  { kind: "municipality", style: { className: "outline-municipality-fill", stroke: false, fill: true, fillOpacity: 1 } },
  { kind: "urban", style: { className: "outline-urban", stroke: false, fill: true, fillOpacity: 1 } },
  // Borders after the built-up fill, or the city would hide where one municipality ends.
  { kind: "municipality", style: { className: "outline-municipality", weight: 1, dashArray: "5 4", fill: false } },
  { kind: "river", style: { className: "outline-river", weight: 4, fill: false, lineCap: "round", lineJoin: "round" } },
];

/** Below the asset markers (overlayPane, 400) so no outline or label ever covers an asset. */
const OUTLINE_PANE = "outline";
const LABEL_PANE = "outline-labels";

/** Municipality labels; names are ours (Serbian Latin), but built as text nodes all the same. */
function label(el: HTMLElement, at: [number, number]): L.Marker {
  return L.marker([at[1], at[0]], {
    icon: L.divIcon({ className: "outline-label", html: el, iconSize: undefined }),
    interactive: false,
    keyboard: false,
    pane: LABEL_PANE,
  });
}

export interface OutlineLayer {
  group: L.LayerGroup;
  /** Municipality names in the window's script: Medijana or Медијана. */
  setScript(script: "latin" | "cyrillic"): void;
}

export function createOutlineLayer(map: L.Map): OutlineLayer {
  map.createPane(OUTLINE_PANE).style.zIndex = "250";
  map.createPane(LABEL_PANE).style.zIndex = "350";
  const renderer = L.svg({ pane: OUTLINE_PANE, padding: 0.5 });
  const group = L.layerGroup();
  for (const { kind, style } of PASSES) {
    const features = outline.features.filter((f) => f.properties.kind === kind);
    L.geoJSON({ type: "FeatureCollection", features } as GeoJSON.FeatureCollection, {
      interactive: false,
      style: () => ({ ...style, renderer, pane: OUTLINE_PANE }),
    }).addTo(group);
  }
  const labels: { el: HTMLElement; name: string }[] = [];
  for (const f of outline.features) {
    if (f.properties.kind !== "municipality" || !f.properties.labelAt) continue;
    const el = document.createElement("span");
    el.textContent = f.properties.name;
    labels.push({ el, name: f.properties.name });
    label(el, f.properties.labelAt).addTo(group);
  }
  return {
    group,
    setScript(script) {
      for (const l of labels) l.el.textContent = script === "cyrillic" ? latinToCyrillic(l.name) : l.name;
    },
  };
}
