import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

// findBy/waitFor return as soon as their check passes; the limit only has to outlast a busy
// machine (CI runs these beside two Chromium projects on two cores), not measure speed.
configure({ asyncUtilTimeout: 5_000 });
