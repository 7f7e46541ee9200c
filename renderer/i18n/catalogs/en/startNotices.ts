/** What the core tells at start (contract/start-notice.ts), worded by renderer/shell/startNoticeText.ts; the three catalogues keep the same keys. */
export const enStartNotices = {
  startNotice: {
    "store-empty":
      "The local store {{file}} was empty (0 bytes: cut short or never written); it was kept as {{aside}} and a new empty store was created. Cached values, the alarm journal and queued actions from before are lost unless a backup exists.",
    "store-unreadable":
      "The local store {{file}} could not be opened ({{reason}}); it was moved to {{aside}} and a new empty store was created. Cached values and queued actions from before are in the moved file.",
    rowsAlarmJournal:
      "Alarm journal rows that could not be read (damaged data): {{n}}. They were moved to the set_aside table of the same file with their original text, and the start went on without them.",
    rowsLastValue:
      "Last-value rows that could not be read (damaged data): {{n}}. They were moved to the set_aside table of the same file with their original text, and the start went on without them.",
    "audit-guards-restored":
      "The local store {{file}} had lost its protection against changing or deleting audit entries ({{triggers}}: removed outside the application); it was put back. Check the audit chain in the Audit view.",
    "audit-broken": "The audit trail of the local store {{file}} is broken at entry #{{seq}}: {{problem}} Open the Audit view for details; keep the file as it is.",
  },
} as const;
