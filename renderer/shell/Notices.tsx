/** Things a person must be told at start (e.g. a corrupt store set aside), until they dismiss them. */
import { Button, Callout } from "@blueprintjs/core";
import { useState } from "react";

export function Notices({ notices }: { notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (notices.length === 0 || dismissed) return null;
  return (
    <Callout intent="warning" className="notices" data-testid="site-notices" title={notices.length === 1 ? "Notice" : "Notices"}>
      <ul className="notice-list">
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <Button className="notice-dismiss" size="small" variant="minimal" text="Dismiss" onClick={() => setDismissed(true)} />
    </Callout>
  );
}
