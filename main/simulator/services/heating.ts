import type { ServiceDefinition } from "../model";

export const heating: ServiceDefinition = {
  key: "heating",
  displayName: "Toplifikacija",
  build: () => [],
};
