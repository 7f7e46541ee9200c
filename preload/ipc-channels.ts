/** The only IPC channels between the main process and the preload (contract traffic uses a MessagePort). */
export const IPC = {
  /** preload → main: give this window a port to the core. */
  connect: "control-room:connect",
  /** main → preload: the port (in event.ports). */
  port: "control-room:port",
  /** main → preload: the core's process ended; argument: the reason, for people. */
  coreLost: "control-room:core-lost",
  /** preload → main (invoke), the operator window only: save the layout to a file the person picks. */
  layoutSave: "control-room:layout-save",
  /** preload → main (invoke): load a layout from a file the person picks, and apply it. */
  layoutLoad: "control-room:layout-load",
  /** preload → main (invoke), argument: a window role: open one more window of it. */
  layoutOpenRole: "control-room:layout-open-role",
  /** preload → main (invoke), argument: a HandoverPdfRequest: save the sender's handover report as a PDF. */
  handoverPdf: "control-room:handover-pdf",
} as const;
