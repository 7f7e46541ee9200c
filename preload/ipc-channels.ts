/** The only IPC channels between the main process and the preload (contract traffic uses a MessagePort). */
export const IPC = {
  /** preload → main: give this window a port to the core. */
  connect: "control-room:connect",
  /** main → preload: the port (in event.ports). */
  port: "control-room:port",
  /** main → preload: the core's process ended; argument: the reason, for people. */
  coreLost: "control-room:core-lost",
} as const;
