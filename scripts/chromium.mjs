// The one place that says how the project starts Debian's Chromium (browser tests and benchmarks).
// scripts/ensure-chromium.sh finds or installs it and exports CHROMIUM_PATH; nothing downloads a
// browser. Without the background-networking flags, Chromium keeps dialling out of a closed
// network; without --no-sandbox it will not start as root.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
