/** What a window shows before the core has answered, or when it cannot be reached at all. */
import { NonIdealState, Spinner } from "@blueprintjs/core";

export function StartupScreen({ error }: { error: string | null }) {
  return (
    <div className="startup-screen" data-testid={error ? "startup-error" : "startup-loading"}>
      {error ? (
        <NonIdealState title="Cannot start the control room" description={error} />
      ) : (
        <NonIdealState icon={<Spinner size={40} />} title="Connecting to the control-room core…" />
      )}
    </div>
  );
}
