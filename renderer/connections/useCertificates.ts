/**
 * The workstation's certificates (its own, and the servers' it trusts or rejected), asked of
 * the core while the connections view is open, and asked again whenever an endpoint's status
 * changes: a refusal puts a new certificate in rejected/, a trust moves one out.
 */
import { useCallback, useEffect, useState } from "react";
import type { CertificateList } from "../../contract/api";
import { useRoom, useRoomSelector } from "../state/RoomContext";

export interface Certificates {
  list: CertificateList | null;
  /** Why the list could not be had, as thrown; null when it could. */
  error: unknown;
  reload(): void;
}

export function useCertificates(open: boolean): Certificates {
  const { api } = useRoom();
  const connections = useRoomSelector((s) => s.connections);
  const [list, setList] = useState<CertificateList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [asked, setAsked] = useState(0);
  const reload = useCallback(() => setAsked((n) => n + 1), []);
  useEffect(() => {
    if (!open) return;
    let current = true;
    api.listCertificates({}).then(
      (answer) => {
        if (!current) return;
        setList(answer);
        setError(null);
      },
      (e: unknown) => {
        if (current) setError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [api, open, connections, asked]);
  return { list, error, reload };
}
