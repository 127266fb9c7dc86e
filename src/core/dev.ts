// Warnings for the merchant's developer, never for the customer. Call sites guard them with
// `process.env.NODE_ENV !== "production"`, as react-query (a peer) does, so a merchant's
// production build drops the warnings and their text. Each message is said once per page.
const said = new Set<string>();

export function devWarn(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.error(`react-polar-portal: ${message}`);
}
