/**
 * The desktop app's keeper, on the core's side: the Electron main process holds the passwords,
 * encrypted with safeStorage (main/electron/password-vault.ts). It hands the kept ones to the
 * core when it starts it, and keeps a new one when asked, answering whether it did; the core
 * uses a password only once the main process said it is kept.
 */
import type { EndpointId } from "../../../contract/api";
import type { PasswordKeeper } from "./password-keeper";

export interface KeepRequest {
  requestId: number;
  endpointId: string;
  password: string;
}

/** The main process has not answered in this long: it is gone or stuck; the engineer is told. */
const ANSWER_TIMEOUT_MS = 15_000;

export class ShellKeeper implements PasswordKeeper {
  readonly kind = "safe-storage" as const;
  private readonly passwords: Map<string, string>;
  private readonly waiting = new Map<number, { resolve(): void; reject(err: Error): void; password: string; endpointId: string }>();
  private nextId = 1;

  constructor(
    kept: Record<string, string>,
    /** Why this workstation cannot keep passwords (no key store), or null. */
    private readonly refusal: string | null,
    private readonly ask: (request: KeepRequest) => void,
  ) {
    this.passwords = new Map(Object.entries(kept));
  }

  get(endpointId: EndpointId): string | null {
    return this.passwords.get(endpointId) ?? null;
  }

  keep(endpointId: EndpointId, password: string): Promise<void> {
    if (this.refusal) return Promise.reject(new Error(this.refusal));
    const requestId = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => this.answered(requestId, "the desktop app did not answer in time; the password was not kept"), ANSWER_TIMEOUT_MS);
      timer.unref?.();
      this.waiting.set(requestId, {
        endpointId,
        password,
        resolve: () => (clearTimeout(timer), resolve()),
        reject: (err) => (clearTimeout(timer), reject(err)),
      });
      this.ask({ requestId, endpointId, password });
    });
  }

  /** The main process's answer to a request (error null: kept). An answer to nothing asked is ignored. */
  answered(requestId: number, error: string | null): void {
    const request = this.waiting.get(requestId);
    if (!request) return;
    this.waiting.delete(requestId);
    if (error) return request.reject(new Error(error));
    this.passwords.set(request.endpointId, request.password);
    request.resolve();
  }
}
