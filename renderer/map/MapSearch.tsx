/**
 * Find an asset by name or id, keyboard first: "/" anywhere outside a text field (and outside the
 * alarm list, whose "/" is its own search) focuses the box,
 * arrows move through the matches, Enter flies to the one marked (the best, unless moved), Escape
 * leaves. The matches are a listbox under the field (combobox pattern).
 */
import { InputGroup } from "@blueprintjs/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AssetId, AssetInfo } from "../../contract/api";
import { ServerText } from "../text/ServerText";
import { serviceName } from "../values/serviceNames";
import { searchable, searchAssets } from "./assetSearch";

const MAX_MATCHES = 8;

function typingElsewhere(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

export function MapSearch({ assets, onPick }: { assets: readonly AssetInfo[]; onPick: (assetId: AssetId) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const index = useMemo(() => searchable(assets), [assets]);
  const byId = useMemo(() => new Map(assets.map((a) => [a.id, a])), [assets]);
  const matches = useMemo(() => searchAssets(index, query, MAX_MATCHES), [index, query]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Taken already: "/" in the alarm list is the list's own search.
      if (e.defaultPrevented || e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || typingElsewhere(e.target)) return;
      // A dialog over the map owns the keyboard.
      if (document.querySelector(".bp6-overlay-open")) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const pick = (assetId: AssetId) => {
    setOpen(false);
    onPick(assetId);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter") {
      const hit = matches[active] ?? matches[0];
      if (hit) pick(hit.id);
    } else if (e.key === "Escape") {
      e.stopPropagation();
      if (open && query) setOpen(false);
      else input.current?.blur();
    }
  };

  const showList = open && query.trim() !== "";
  return (
    <div className="map-search" data-testid="map-search" role="search">
      <InputGroup
        inputRef={input}
        leftIcon="search"
        size="small"
        value={query}
        placeholder={t("cityMap.search.placeholder")}
        aria-label={t("cityMap.search.aria")}
        title={t("cityMap.search.shortcut")}
        role="combobox"
        aria-expanded={showList}
        aria-controls="map-search-matches"
        aria-activedescendant={showList && matches[active] ? `map-search-${active}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        rightElement={<kbd className="map-search-key">/</kbd>}
        data-testid="map-search-input"
      />
      {showList && (
        <ul className="map-search-matches" id="map-search-matches" role="listbox" aria-label={t("cityMap.search.matches")} data-testid="map-search-matches">
          {matches.length === 0 && <li className="map-search-none">{t("cityMap.search.noMatch", { query: query.trim() })}</li>}
          {matches.map((m, i) => {
            const asset = byId.get(m.id);
            return (
              <li
                key={m.id}
                id={`map-search-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? "map-search-match is-active" : "map-search-match"}
                data-testid="map-search-match"
                data-asset-id={m.id}
                // Before the field's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(m.id);
                }}
              >
                <span className="map-search-name">
                  <ServerText text={m.name} max={80} />
                </span>
                <span className="map-search-meta">
                  {asset ? serviceName(asset.service, t) : ""} · <ServerText text={m.id} max={60} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
