/**
 * What each audited action says (contract/audit-detail.ts codes), worded by
 * renderer/i18n/auditDetail.ts; the three catalogues keep the same keys.
 */
export const enAuditDetail = {
  auditDetail: {
    retry: "Retry of #{{id}}: {{detail}}",
    unknownValue: "(unknown)",
    "signed-in": {
      online: "Signed in (checked by the server)",
      offline: "Signed in offline (checked on this workstation)",
      site: "Signed in as the site's user",
    },
    "signed-out": "Signed out",
    "signed-out-refused": "Signed out: the server no longer accepts this user ({{reason}})",
    note: "Note on “{{target}}”: {{text}}",
    notePhoto: "Note with a photo on “{{target}}”: {{text}}",
    discarded: "Discarded action #{{id}} ({{kind}}, {{target}}): {{reason}}",
    "model-asset-saved": "Engineered asset “{{name}}” saved as model version {{version}}: {{summary}}",
    "model-asset-deleted": "Engineered asset “{{name}}” deleted as model version {{version}}: {{summary}}",
    "tag-list-imported":
      "Tag list imported onto “{{endpoint}}”: {{assets}} assets with {{tags}} tags ({{created}} new, {{changed}} changed, {{unchanged}} unchanged); model versions {{from}}–{{to}}",
    "tag-list-imported-unchanged": "Tag list imported onto “{{endpoint}}”: {{assets}} assets with {{tags}} tags, all unchanged; no model change",
    "tag-list-stopped": "Tag list import stopped at line {{line}}: the assets before it were saved (model versions {{from}}–{{to}})",
    "tag-list-stopped-none": "Tag list import stopped at line {{line}}: nothing was saved",
    "keep-password": {
      "safe-storage": "Keep the station password of user “{{user}}” for endpoint “{{endpoint}}” on this workstation, encrypted by the desktop app",
      "key-file": "Keep the station password of user “{{user}}” for endpoint “{{endpoint}}” on this workstation, in a key file only its owner can read",
    },
    "handover-note": "Signed the handover note of the shift {{from}}–{{to}}: {{text}}",
    "trust-certificate":
      "Trusted the server certificate “{{subject}}” for endpoint “{{endpoint}}” (thumbprint {{thumbprint}}, issuer {{issuer}}, valid {{validFrom}} to {{validTo}})",
    "reject-certificate": "Rejected the server certificate “{{subject}}” (thumbprint {{thumbprint}}, issuer {{issuer}}, valid {{validFrom}} to {{validTo}})",
    "renew-certificate": "Renewed the workstation's certificate “{{subject}}”; servers must trust the new one",
    "renew-certificate-previous": "Renewed the workstation's certificate “{{subject}}” (the old one, thumbprint {{previous}}, is set aside); servers must trust the new one",
    command: "Command “{{target}}”: {{previous}} → {{value}}",
    acknowledge: "Acknowledged “{{target}}”",
    "acknowledge-comment": "Acknowledged “{{target}}” — {{comment}}",
    confirm: "Confirmed “{{target}}”",
    "confirm-comment": "Confirmed “{{target}}” — {{comment}}",
    comment: "Comment on “{{target}}”: {{comment}}",
    "shelve-timed": "Shelved “{{target}}” for {{minutes}} min — {{reason}}",
    "shelve-one-shot": "Shelved “{{target}}” until it returns to normal — {{reason}}",
    unshelve: "Unshelved “{{target}}”",
    enable: "Returned “{{target}}” to service — {{comment}}",
    disable: "Took “{{target}}” out of service — {{comment}}",
  },
} as const;
