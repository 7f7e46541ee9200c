/**
 * "Pick on map": a small map of the site (the offline outline, and the tile server when the
 * site names one) where a click sets the asset's location. Leaflet owns its DOM; the chosen
 * point is a circle marker moved in place, so typing coordinates moves it too.
 */
import L from "leaflet";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { SiteInfo } from "../../contract/api";
import { createOutlineLayer } from "../map/outline";

interface Props {
  site: SiteInfo;
  at: { lat: number; lon: number } | null;
  onPick(at: { lat: number; lon: number }): void;
}

const PICK_ZOOM = 13;

export function LocationPicker({ site, at, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markerRef = useRef<L.CircleMarker | null>(null);
  const outlineRef = useRef<ReturnType<typeof createOutlineLayer> | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const start = useRef(at);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const centre = start.current ?? { lat: site.centre.lat, lon: site.centre.lon };
    const map = L.map(el, { center: [centre.lat, centre.lon], zoom: start.current ? PICK_ZOOM : site.zoom, zoomSnap: 0.5, attributionControl: site.tileUrl !== null });
    if (site.tileUrl) {
      L.tileLayer(site.tileUrl, { maxZoom: 19 }).addTo(map);
      el.classList.add("has-tiles");
    }
    const outline = createOutlineLayer(map);
    outline.group.addTo(map);
    outlineRef.current = outline;
    map.on("click", (e: L.LeafletMouseEvent) => pick.current({ lat: e.latlng.lat, lon: e.latlng.lng }));
    mapRef.current = map;
    const resize = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      map.remove();
      mapRef.current = null;
      markerRef.current = null;
    };
  }, [site]);

  useEffect(() => {
    outlineRef.current?.setScript(i18n.language === "sr-Cyrl" ? "cyrillic" : "latin");
  }, [i18n.language]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (!at) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    const ll = L.latLng(at.lat, at.lon);
    if (!markerRef.current) markerRef.current = L.circleMarker(ll, { radius: 8, className: "location-pick-marker", interactive: false }).addTo(map);
    else markerRef.current.setLatLng(ll);
    if (!map.getBounds().contains(ll)) map.panTo(ll);
  }, [at]);

  return (
    <div
      ref={container}
      className="city-map location-picker"
      data-testid="location-picker"
      role="application"
      aria-label={t("engineering.form.mapAria")}
      data-picked={at ? `${at.lat.toFixed(5)},${at.lon.toFixed(5)}` : undefined}
    />
  );
}
