/** The city map at scale: layers per service, asset search, clusters, popups. */
export const enCityMap = {
  cityMap: {
    layers: {
      title: "Layers",
      aria: "Map layers, one per service",
      countTitle: "Assets: {{total}} · with an active alarm: {{abnormal}} · unacknowledged: {{unacked}}",
      showAll: "Show all",
      collapse: "Hide the layer list",
      expand: "Layers",
    },
    search: {
      placeholder: "Find an asset by name or id",
      aria: "Find an asset on the map",
      shortcut: "Press / to search",
      noMatch: "No asset matches “{{query}}”",
      matches: "Assets found",
    },
    cluster: {
      label: "Assets here: {{count}}; worst state: {{state}}. Click to spread them out.",
      unacked: "Assets here: {{count}}; worst state: {{state}}, unacknowledged. Click to spread them out.",
      legend: "Group: worst state inside",
    },
    popup: {
      values: "Values",
      alarms: "Open alarms",
      moreTags: "More signals in the value panel: {{count}}",
      close: "Close",
    },
  },
} as const;
