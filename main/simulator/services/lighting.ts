import type { ServiceDefinition } from "../model";

export const lighting: ServiceDefinition = {
  key: "lighting",
  displayName: "Javna rasveta",
  build: () => [],
};
