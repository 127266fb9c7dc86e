import { useQuery } from "@tanstack/react-query";
import { usePortalClient } from "../../core/provider/context.js";
import { canManageBilling, customerSessionUserQueryOptions } from "../../core/session/session-query.js";

/**
 * Whether the portal may show its billing sections: `true` for a customer, or a team's owner or
 * billing manager; `false` for a plain member, whom Polar refuses billing features; `undefined`
 * while the session is read. Asked only when a section needs it, once for every feature (the
 * session's own cache entry). A session that cannot be read (a customer session of a team
 * customer answers 422; the network may fail) shows the sections, whose own requests then say
 * what is wrong.
 */
export function useBillingGate(needed: boolean): boolean | undefined {
  const client = usePortalClient();
  const { data, isError } = useQuery({ ...customerSessionUserQueryOptions(client), enabled: needed });
  if (!needed) return true;
  if (data) return canManageBilling(data);
  return isError ? true : undefined;
}
