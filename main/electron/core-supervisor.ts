/**
 * Runs the core's utility process and carries out what core-supervision.ts decides: spawn,
 * restart after a delay, tell the windows, reload them, ask a person. No decisions here.
 */
import { utilityProcess, type UtilityProcess } from "electron";
import { performance } from "node:perf_hooks";
import { parseCoreMessage, type MainToCoreMessage } from "./core-messages";
import { coreAvailable, initialState, supervise, type SupervisorEffect, type SupervisorEvent } from "./core-supervision";

export interface CoreSupervisorOptions {
  modulePath: string;
  env: NodeJS.ProcessEnv;
  /** Every window: the core is gone (pending calls fail, endpoints go dark). */
  tellWindowsLost(reason: string): void;
  /** Every window: a new core is up; start afresh against it. */
  reloadWindows(): void;
  /** Restarts gave up; a person decides. Call retry() to start over. */
  askPerson(reason: string, failures: number): void;
  /** Station passwords kept with safeStorage (password-store.ts): handed to each new core, kept when it asks. */
  passwords: {
    keptPasswords(): MainToCoreMessage;
    keep(endpointId: string, password: string): Promise<void>;
  };
}

export class CoreSupervisor {
  private state = initialState();
  private child: UtilityProcess | null = null;
  private lastFatal: string | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: CoreSupervisorOptions) {}

  start(): void {
    this.spawn();
  }

  /** The core process windows may be handed a port to, or null while there is none. */
  current(): UtilityProcess | null {
    return coreAvailable(this.state) ? this.child : null;
  }

  retry(): void {
    this.dispatch({ type: "retry" });
  }

  /** The app is quitting: end the core and restart nothing. */
  stop(): void {
    this.dispatch({ type: "stop" });
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.child?.kill();
  }

  private dispatch(event: SupervisorEvent): void {
    const step = supervise(this.state, event);
    this.state = step.state;
    for (const effect of step.effects) this.apply(effect);
  }

  private apply(effect: SupervisorEffect): void {
    switch (effect.type) {
      case "spawn":
        return this.spawn();
      case "tell-windows-lost":
        console.error(`${effect.reason} Restarting it.`);
        return this.options.tellWindowsLost(effect.reason);
      case "schedule-restart":
        this.timer = setTimeout(() => {
          this.timer = null;
          this.dispatch({ type: "restart-due" });
        }, effect.delayMs);
        return;
      case "reload-windows":
        return this.options.reloadWindows();
      case "ask-person":
        return this.options.askPerson(effect.reason, effect.failures);
    }
  }

  /** A store that cannot be read still lets the core start: it keeps nothing and says why. */
  private passwords(): MainToCoreMessage {
    try {
      return this.options.passwords.keptPasswords();
    } catch (err) {
      return { type: "kept-passwords", passwords: {}, refusal: `the kept passwords cannot be read: ${(err as Error).message}` };
    }
  }

  private spawn(): void {
    this.lastFatal = null;
    const child = utilityProcess.fork(this.options.modulePath, [], {
      serviceName: "City Control Room core",
      env: this.options.env,
    });
    this.child = child;
    // First, before it boots: the core waits for its kept passwords.
    child.postMessage(this.passwords());
    child.on("message", (data: unknown) => {
      const message = parseCoreMessage(data);
      if (message?.type === "ready") this.dispatch({ type: "ready", at: performance.now() });
      if (message?.type === "fatal") this.lastFatal = message.message;
      if (message?.type === "keep-password") {
        const answer = (error: string | null) => child.postMessage({ type: "password-kept", requestId: message.requestId, error } satisfies MainToCoreMessage);
        this.options.passwords.keep(message.endpointId, message.password).then(
          () => answer(null),
          (err: unknown) => answer(err instanceof Error ? err.message : String(err)),
        );
      }
    });
    child.on("error", (type, location) => {
      this.lastFatal ??= `${type} at ${location}`;
    });
    child.on("exit", (code) => {
      if (this.child !== child) return;
      this.child = null;
      this.dispatch({ type: "exited", at: performance.now(), code, message: this.lastFatal });
    });
  }
}
