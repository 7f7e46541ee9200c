/**
 * The city map. Leaflet owns its DOM; React only mounts the container and pushes store changes
 * into the marker layer, so a state change restyles markers without re-creating the map.
 */
import L from "leaflet";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { SiteInfo } from "../../contract/api";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { selectAsset } from "../state/roomState";
import { focusRequests } from "../state/focusFeed";
import { useStoreSelector } from "../state/store";
import { createAssetMarkerLayer, type AssetMarkerLayer } from "./assetMarkers";
import { selectAssetMarkerStates } from "./assetStates";
import { createOutlineLayer, type OutlineLayer } from "./outline";
import { createOfflineBasemap, hasOfflineTiles, offlineTileUrl } from "../tiles/offlineBasemap";
import { useOfflineMaps } from "../tiles/useOfflineMaps";

/** Street level: one asset stands apart from its neighbours. */
const FOCUS_ZOOM = 15;

const BLINK_HALF_PERIOD_MS = 800;

export function CityMap({ site }: { site: SiteInfo }) {
  const { store, api } = useRoom();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markersRef = useRef<AssetMarkerLayer | null>(null);
  const outlineRef = useRef<OutlineLayer | null>(null);
  const zoomRef = useRef<L.Control.Zoom | null>(null);
  const onlineRef = useRef<L.TileLayer | null>(null);
  const offlineRef = useRef<L.TileLayer | null>(null);
  const offline = useOfflineMaps(api).status;
  // Progress events bring a new status a few times a second; the layer changes only with this key.
  const basemapKey = hasOfflineTiles(offline) ? `${offline.minZoom}|${offline.maxZoom}|${offline.revision}` : null;
  const offlineStatus = useRef(offline);
  offlineStatus.current = offline;
  const { t, i18n } = useTranslation();

  const assets = useRoomSelector((s) => s.assets);
  const states = useRoomSelector(selectAssetMarkerStates);
  const selected = useRoomSelector((s) => s.selectedAssetId);
  const focus = useStoreSelector(focusRequests(store), (f) => f);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const map = L.map(el, {
      center: [site.centre.lat, site.centre.lon],
      zoom: site.zoom,
      zoomSnap: 0.5,
      attributionControl: site.tileUrl !== null,
      preferCanvas: false,
      // Added below with translated titles; Leaflet's own says "Zoom in" whatever the language.
      zoomControl: false,
    });
    if (site.tileUrl) {
      onlineRef.current = L.tileLayer(site.tileUrl, { maxZoom: 19 }).addTo(map);
      el.classList.add("has-tiles");
    }
    const outline = createOutlineLayer(map);
    outline.group.addTo(map);
    outlineRef.current = outline;
    L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);
    markersRef.current = createAssetMarkerLayer(map, (id) => selectAsset(store, id));
    mapRef.current = map;

    // The panel layout can change size without a window resize (e.g. fonts, side panels).
    const resize = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    resize.observe(el);
    // Unacknowledged markers blink by one class on the map, flipped twice per cycle: a CSS
    // animation per marker repainted the whole marker layer every frame during an alarm flood.
    const blink = window.matchMedia("(prefers-reduced-motion: reduce)").matches
      ? null
      : window.setInterval(() => el.classList.toggle("blink-phase"), BLINK_HALF_PERIOD_MS);
    return () => {
      if (blink !== null) window.clearInterval(blink);
      resize.disconnect();
      map.remove();
      mapRef.current = null;
      onlineRef.current = null;
      offlineRef.current = null;
      markersRef.current = null;
      outlineRef.current = null;
      zoomRef.current = null;
    };
  }, [site, store]);

  // Language: the zoom buttons' titles and the municipality labels follow the switch.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    zoomRef.current?.remove();
    zoomRef.current = L.control.zoom({ zoomInTitle: t("map.zoomIn"), zoomOutTitle: t("map.zoomOut"), position: "topleft" }).addTo(map);
    outlineRef.current?.setScript(i18n.language === "sr-Cyrl" ? "cyrillic" : "latin");
  }, [site, store, t, i18n.language]);

  // Downloaded or imported tiles are the basemap when there are any (the outline stays on top in
  // its own pane); the online server's, if the site names one, only when there are none.
  useEffect(() => {
    const map = mapRef.current;
    const el = container.current;
    const status = offlineStatus.current;
    if (!map || !el) return;
    if (!hasOfflineTiles(status)) {
      offlineRef.current?.remove();
      offlineRef.current = null;
      if (onlineRef.current && !map.hasLayer(onlineRef.current)) onlineRef.current.addTo(map);
      el.classList.toggle("has-tiles", onlineRef.current !== null);
      return;
    }
    onlineRef.current?.remove();
    const layer = offlineRef.current;
    if (layer && layer.options.maxNativeZoom === status.maxZoom && layer.options.minNativeZoom === status.minZoom) {
      layer.setUrl(offlineTileUrl(window.location.search, status.revision));
    } else {
      layer?.remove();
      offlineRef.current = createOfflineBasemap(status).addTo(map);
      if (!map.attributionControl && offlineRef.current.getAttribution?.()) L.control.attribution({ prefix: false }).addTo(map);
    }
    el.classList.add("has-tiles");
  }, [basemapKey, site, store]);

  useEffect(() => {
    markersRef.current?.setAssets(assets);
    markersRef.current?.setStates(states);
  }, [assets, states]);

  useEffect(() => {
    const markers = markersRef.current;
    const map = mapRef.current;
    if (!markers || !map) return;
    markers.setSelected(selected);
    // Selecting from the alarm list must show the asset even if it is off screen.
    const at = selected ? markers.positionOf(selected) : null;
    if (at && !map.getBounds().pad(-0.1).contains(at)) map.panTo(at);
  }, [selected, assets]);

  // "Show on map" from any window: fly there, close enough to tell the asset from its neighbours.
  useEffect(() => {
    const map = mapRef.current;
    const at = focus ? markersRef.current?.positionOf(focus.assetId) : null;
    if (!map || !at) return;
    map.flyTo(at, Math.max(map.getZoom(), FOCUS_ZOOM), { animate: !window.matchMedia("(prefers-reduced-motion: reduce)").matches, duration: 0.8 });
  }, [focus]);

  return <div ref={container} className="city-map" data-testid="city-map" data-focus-seq={focus?.seq ?? 0} />;
}
