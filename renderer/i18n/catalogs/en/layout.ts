/** Texts of window roles and layouts; the three catalogues keep the same keys (renderer-i18n-catalogs test). */
export const enLayout = {
  layout: {
    role: {
      operator: "Operator window",
      overview: "City overview",
      map: "City map",
      alarms: "Alarm panel",
      trends: "Trends",
      detail: "Asset detail",
      kpis: "Alarm KPIs",
      connections: "Connections",
    },
    barAria: "Window: {{role}}",
    detailEmpty: "Choose an asset on the map or an alarm in any window: its values and alarms open here.",
    menu: {
      title: "Windows of this workstation",
      openRole: "Open {{role}} in a new window",
      blocked: "The browser did not open the window (pop-ups blocked?). Allow pop-ups for this address, or open it from the list.",
      saveList: "Save the list of windows to a file",
      loadList: "Open windows from a saved list…",
      listLoaded_one: "The list holds {{count}} window: open it below.",
      listLoaded_other: "The list holds {{count}} windows: open each below.",
      listRefused: "This file is not a list of windows: {{reason}}",
      saveLayout: "Save this layout to a file…",
      loadLayout: "Load a layout from a file…",
      layoutSaved: "Layout saved to {{file}}",
      layoutLoaded_one: "Layout loaded from {{file}}: {{count}} window.",
      layoutLoaded_other: "Layout loaded from {{file}}: {{count}} windows.",
      layoutRefused: "The layout was not loaded: {{reason}}",
      layoutFailed: "The layout could not be saved or loaded: {{message}}",
    },
  },
} as const;
