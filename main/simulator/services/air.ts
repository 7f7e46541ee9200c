import type { ServiceDefinition } from "../model";

export const air: ServiceDefinition = {
  key: "air",
  displayName: "Kvalitet vazduha",
  build: () => [],
};
