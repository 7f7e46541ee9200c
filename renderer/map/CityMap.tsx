/**
 * The city map. Leaflet owns its DOM; React only mounts the container and pushes store changes
 * into the marker layer, so a state change restyles markers without re-creating the map.
 */
import L from "leaflet";
import { useEffect, useRef } from "react";
import type { SiteInfo } from "../../contract/api";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { selectAsset } from "../state/roomState";
import { createAssetMarkerLayer, type AssetMarkerLayer } from "./assetMarkers";
import { selectAssetMarkerStates } from "./assetStates";
import { createOutlineLayer } from "./outline";

export function CityMap({ site }: { site: SiteInfo }) {
  const { store } = useRoom();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markersRef = useRef<AssetMarkerLayer | null>(null);

  const assets = useRoomSelector((s) => s.assets);
  const states = useRoomSelector(selectAssetMarkerStates);
  const selected = useRoomSelector((s) => s.selectedAssetId);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const map = L.map(el, {
      center: [site.centre.lat, site.centre.lon],
      zoom: site.zoom,
      zoomSnap: 0.5,
      attributionControl: site.tileUrl !== null,
      preferCanvas: false,
    });
    if (site.tileUrl) {
      L.tileLayer(site.tileUrl, { maxZoom: 19 }).addTo(map);
      el.classList.add("has-tiles");
    }
    createOutlineLayer(map).addTo(map);
    L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);
    markersRef.current = createAssetMarkerLayer(map, (id) => selectAsset(store, id));
    mapRef.current = map;

    // The panel layout can change size without a window resize (e.g. fonts, side panels).
    const resize = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      map.remove();
      mapRef.current = null;
      markersRef.current = null;
    };
  }, [site, store]);

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

  return <div ref={container} className="city-map" data-testid="city-map" />;
}
