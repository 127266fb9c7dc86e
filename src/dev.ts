// Warnings for the merchant's developer, never for the customer: only in development builds
// (bundlers replace process.env.NODE_ENV; where nothing does and there is no `process`, the
// kit stays quiet), each message once per page.
const said = new Set<string>();

function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== "production";
  } catch {
    return false;
  }
}

export function devWarn(message: string): void {
  if (said.has(message) || !isDevelopment()) return;
  said.add(message);
  console.error(`react-polar-portal: ${message}`);
}
