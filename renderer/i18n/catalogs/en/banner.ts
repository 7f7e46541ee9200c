/** Texts of the banner area; the three catalogues keep the same keys (renderer-i18n-catalogs test). */
export const enBanner = {
  banner: {
    aria: "Alarm banner",
    calm: "No unacknowledged alarms",
    showAlarm: "Show this alarm: {{source}}",
    unackedFor: "Unacknowledged for {{age}}",
    countsCaption: "Unack.",
    countTitle: "{{priority}}: {{count}} unacknowledged",
    horn: {
      silence: "Silence horn",
      silenced: "Horn silenced",
      quiet: "Horn quiet",
      off: "Horn off",
      soundingTitle: "The horn sounds: new alarm ({{priority}})",
      silencedTitle: "Silenced: a newer alarm sounds again",
      offTitle: "The horn is turned off on this window (banner menu)",
      blocked: "Sound is off until you click in this window",
    },
    menu: {
      open: "Horn and notifications",
      hornOn: "Horn on this window",
      soundLow: "Horn for low-priority alarms too",
      notifyAsk: "Turn on desktop notifications",
      notifyOn: "Desktop notifications are on",
      notifyDenied: "Desktop notifications are blocked by the browser or the app",
    },
    flood: {
      title_one: "Alarm flood: {{n}} alarm in 10 min",
      title_other: "Alarm flood: {{n}} alarms in 10 min",
      hint: "Group the alarm list by asset or service to see what belongs together.",
    },
    notify: {
      oneTitle: "{{priority}} alarm: {{source}}",
      summaryTitle_one: "{{count}} new alarm",
      summaryTitle_other: "{{count}} new alarms",
      summaryBody: "Most urgent: {{priority}}, {{source}}: {{message}}",
    },
  },
} as const;
