/** One titled part of the handover report, on screen and on paper (kept whole on a page where it fits). */
import type { ReactNode } from "react";

export function HandoverSection({ id, title, aside, children }: { id: string; title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <section className="handover-section" data-testid={`handover-${id}`} aria-labelledby={`handover-${id}-title`}>
      <h3 className="handover-section-title" id={`handover-${id}-title`}>
        {title}
        {aside !== undefined && <span className="handover-section-aside">{aside}</span>}
      </h3>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="handover-empty">{children}</p>;
}
