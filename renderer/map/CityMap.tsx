/**
 * The city map. Leaflet owns its DOM; React mounts the container and its controls (layers,
 * search, the popup's content through a portal) and pushes store changes into the marker layer,
 * so a state change restyles markers without re-creating the map.
 */
import L from "leaflet";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import type { AssetId, SiteInfo } from "../../contract/api";
import { PRIORITY_LABEL } from "../alarms/priority";
import { tk } from "../i18n/keys";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { selectAsset } from "../state/roomState";
import { focusRequests } from "../state/focusFeed";
import { useStoreSelector } from "../state/store";
import { createAssetMarkerLayer, type AssetMarkerLayer } from "./assetMarkers";
import { selectAssetMarkerStates } from "./assetStates";
import { AssetPopup } from "./AssetPopup";
import { MAP_MAX_ZOOM } from "./clusterIndex";
import { LayerControl } from "./LayerControl";
import { layerCounts, loadHiddenLayers, saveHiddenLayers, windowRoleOf } from "./mapLayers";
import { MapSearch } from "./MapSearch";
import { useEscapeClosesPopup } from "./popupEscape";
import { createOutlineLayer, type OutlineLayer } from "./outline";
import { createOfflineBasemap, hasOfflineTiles, offlineTileUrl } from "../tiles/offlineBasemap";
import { useOfflineMaps } from "../tiles/useOfflineMaps";

/** Street level: one asset stands apart from its neighbours. */
const FOCUS_ZOOM = 15;
/** Fitting a site of a few assets must not zoom to one street. */
const FIT_MAX_ZOOM = 15;

const BLINK_HALF_PERIOD_MS = 800;
const CLUSTER_LABEL = tk("cityMap.cluster.label");
const CLUSTER_UNACKED = tk("cityMap.cluster.unacked");
const POPUP_CLOSE = tk("cityMap.popup.close");

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

export function CityMap({ site }: { site: SiteInfo }) {
  const { store, api } = useRoom();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markersRef = useRef<AssetMarkerLayer | null>(null);
  const outlineRef = useRef<OutlineLayer | null>(null);
  const zoomRef = useRef<L.Control.Zoom | null>(null);
  const onlineRef = useRef<L.TileLayer | null>(null);
  const offlineRef = useRef<L.TileLayer | null>(null);
  const popupRef = useRef<L.Popup | null>(null);
  const fittedRef = useRef(false);
  /** Fits the assets again; kept only until someone (or a "show on map") moves the map. */
  const fitRef = useRef<(() => void) | null>(null);
  const [popupEl] = useState(() => document.createElement("div"));
  const [popupFor, setPopupFor] = useState<AssetId | null>(null);
  const offline = useOfflineMaps(api).status;
  // Progress events bring a new status a few times a second; the layer changes only with this key.
  const basemapKey = hasOfflineTiles(offline) ? `${offline.minZoom}|${offline.maxZoom}|${offline.revision}` : null;
  const offlineStatus = useRef(offline);
  offlineStatus.current = offline;
  const { t, i18n } = useTranslation();
  const tRef = useRef(t);
  tRef.current = t;

  const role = useMemo(() => windowRoleOf(window.location.search), []);
  const [hidden, setHidden] = useState(() => loadHiddenLayers(role));
  const assets = useRoomSelector((s) => s.assets);
  const states = useRoomSelector(selectAssetMarkerStates);
  const selected = useRoomSelector((s) => s.selectedAssetId);
  const focus = useStoreSelector(focusRequests(store), (f) => f);
  const counts = useMemo(() => layerCounts(site.services, assets, states), [site.services, assets, states]);

  /** Select an asset on the map and open its popup there. */
  const openOnMap = useCallback(
    (assetId: AssetId) => {
      selectAsset(store, assetId);
      setPopupFor(assetId);
    },
    [store],
  );

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const map = L.map(el, {
      center: [site.centre.lat, site.centre.lon],
      zoom: site.zoom,
      zoomSnap: 0.5,
      maxZoom: MAP_MAX_ZOOM,
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
    markersRef.current = createAssetMarkerLayer(map, el, {
      select: openOnMap,
      clusterLabel: (count, worst, unacked) => {
        const tr = tRef.current;
        const state = tr(worst === "normal" ? "map.normal" : PRIORITY_LABEL[worst.slice("alarm-".length) as keyof typeof PRIORITY_LABEL]);
        return tr(unacked ? CLUSTER_UNACKED : CLUSTER_LABEL, { count, state });
      },
    });
    const popup = L.popup({ className: "asset-popup-frame", maxWidth: 380, minWidth: 280, autoPanPadding: [40, 40], closeButton: true }).setContent(popupEl);
    popup.on("remove", () => setPopupFor(null));
    // Leaflet's close button says "Close popup" whatever the language.
    popup.on("add", () => {
      const close = popup.getElement()?.querySelector(".leaflet-popup-close-button");
      close?.setAttribute("title", tRef.current(POPUP_CLOSE));
      close?.setAttribute("aria-label", tRef.current(POPUP_CLOSE));
    });
    popupRef.current = popup;
    mapRef.current = map;
    fittedRef.current = false;

    // The panel layout can change size without a window resize (e.g. fonts, side panels, a
    // banner): an untouched map fits the assets again.
    const resize = new ResizeObserver(() => (fitRef.current ? fitRef.current() : map.invalidateSize({ pan: false })));
    resize.observe(el);
    const touched = () => {
      fitRef.current = null;
    };
    const touchEvents = ["pointerdown", "wheel", "keydown"] as const;
    for (const e of touchEvents) el.addEventListener(e, touched, { capture: true });
    // Unacknowledged markers blink by one class on the map, flipped twice per cycle: a CSS
    // animation per marker repainted the whole marker layer every frame during an alarm flood.
    const blink = reducedMotion() ? null : window.setInterval(() => el.classList.toggle("blink-phase"), BLINK_HALF_PERIOD_MS);
    return () => {
      if (blink !== null) window.clearInterval(blink);
      resize.disconnect();
      for (const e of touchEvents) el.removeEventListener(e, touched, { capture: true });
      fitRef.current = null;
      markersRef.current?.remove();
      map.remove();
      mapRef.current = null;
      onlineRef.current = null;
      offlineRef.current = null;
      markersRef.current = null;
      outlineRef.current = null;
      zoomRef.current = null;
      popupRef.current = null;
    };
  }, [site, store, openOnMap, popupEl]);

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
    markersRef.current?.setData(assets, states, (a) => !hidden.has(a.service));
  }, [assets, states, hidden]);

  // First show: the site's assets fill the window, whatever its size (a wall or a laptop).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || fittedRef.current || assets.length === 0) return;
    const bounds = L.latLngBounds(assets.map((a) => [a.lat, a.lon] as [number, number]));
    fitRef.current = () => {
      map.invalidateSize({ pan: false });
      if (map.getSize().x === 0 || map.getSize().y === 0) return;
      fittedRef.current = true;
      // Room for the search box above and the legend below.
      map.fitBounds(bounds, { paddingTopLeft: [24, 48], paddingBottomRight: [24, 56], maxZoom: FIT_MAX_ZOOM, animate: false });
    };
    fitRef.current();
  }, [assets]);

  useEffect(() => {
    const markers = markersRef.current;
    const map = mapRef.current;
    if (!markers || !map) return;
    markers.setSelected(selected);
    if (popupFor && popupFor !== selected) popupRef.current?.remove();
    // Selecting from the alarm list must show the asset even if it is off screen.
    const at = selected ? markers.positionOf(selected) : null;
    if (at && !map.getBounds().pad(-0.1).contains(at)) {
      fitRef.current = null;
      map.panTo(at);
    }
  }, [selected, assets, popupFor]);

  // The popup sits on the asset's drawn marker; it follows when values make it taller.
  useEffect(() => {
    const map = mapRef.current;
    const popup = popupRef.current;
    const marker = popupFor ? markersRef.current?.markerOf(popupFor) : null;
    if (!map || !popup) return;
    if (!marker) {
      popup.remove();
      return;
    }
    popup.setLatLng(marker.getLatLng());
    if (!map.hasLayer(popup)) popup.openOn(map);
    const grow = new ResizeObserver(() => popup.update());
    grow.observe(popupEl);
    return () => grow.disconnect();
  }, [popupFor, popupEl]);
  useEscapeClosesPopup(popupFor !== null, mapRef, popupRef);

  /** Fly to an asset, deep enough that it stands alone, then run `then` once there. */
  const flyTo = useCallback((assetId: AssetId, then?: () => void) => {
    const map = mapRef.current;
    const markers = markersRef.current;
    const at = markers?.positionOf(assetId);
    if (!map || !markers || !at) return;
    fitRef.current = null;
    const zoom = markers.focusZoom(assetId, Math.max(map.getZoom(), FOCUS_ZOOM));
    if (then) map.once("moveend", then);
    map.flyTo(at, zoom, { animate: !reducedMotion(), duration: 0.8 });
  }, []);

  // "Show on map" from any window: fly there, close enough to tell the asset from its neighbours.
  useEffect(() => {
    if (focus) flyTo(focus.assetId);
  }, [focus, flyTo]);

  const onSearchPick = useCallback(
    (assetId: AssetId) => {
      const asset = store.getState().assetsById.get(assetId);
      // A match in a hidden layer: show the layer, or the asset would vanish once deselected.
      if (asset && hidden.has(asset.service)) {
        const next = new Set(hidden);
        next.delete(asset.service);
        setHidden(next);
        saveHiddenLayers(role, next);
      }
      popupRef.current?.remove();
      selectAsset(store, assetId);
      flyTo(assetId, () => setPopupFor(assetId));
    },
    [store, hidden, role, flyTo],
  );

  const toggleLayer = useCallback(
    (service: string) => {
      const next = new Set(hidden);
      if (next.has(service)) next.delete(service);
      else next.add(service);
      setHidden(next);
      saveHiddenLayers(role, next);
    },
    [hidden, role],
  );
  const showAll = useCallback(() => {
    setHidden(new Set());
    saveHiddenLayers(role, new Set());
  }, [role]);

  return (
    <>
      <div ref={container} className="city-map" data-testid="city-map" data-focus-seq={focus?.seq ?? 0} />
      <div className="map-controls">
        <MapSearch assets={assets} onPick={onSearchPick} />
        <LayerControl counts={counts} hidden={hidden} onToggle={toggleLayer} onShowAll={showAll} />
      </div>
      {popupFor !== null && createPortal(<AssetPopup />, popupEl)}
    </>
  );
}

