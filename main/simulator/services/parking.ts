import type { ServiceDefinition } from "../model";

export const parking: ServiceDefinition = {
  key: "parking",
  displayName: "Parking",
  build: () => [],
};
