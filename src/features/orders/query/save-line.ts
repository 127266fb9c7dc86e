// How a billing save joins the line of the kit's invoice and receipt work on an order, without the
// billing code importing any of it: the documents' module (query/document-flow.ts) joins when it
// is loaded, so a page without the invoice and receipt actions ships none of their code, and a
// save there is a plain save.
import type { QueryClient } from "@tanstack/react-query";
import type { PortalClient } from "../../../core/client/client.js";
import type { CustomerOrder } from "../schema/order.js";

export type SaveClient = Pick<PortalClient, "baseUrl" | "request">;

export interface SaveLine {
  /** Before an edit shows on the cached order: note what the order's invoice prints. */
  note(queryClient: QueryClient, baseUrl: string, order: CustomerOrder | undefined): void;
  /** The save itself (`write`), in line with the order's invoice and receipt work. */
  save(queryClient: QueryClient, client: SaveClient, id: string, write: () => Promise<CustomerOrder>): Promise<CustomerOrder>;
}

let line: SaveLine | undefined;

export function joinSaveLine(next: SaveLine): void {
  line = next;
}

export function noteBeforeSave(queryClient: QueryClient, baseUrl: string, order: CustomerOrder | undefined): void {
  line?.note(queryClient, baseUrl, order);
}

export function saveThroughLine(queryClient: QueryClient, client: SaveClient, id: string, write: () => Promise<CustomerOrder>): Promise<CustomerOrder> {
  return line ? line.save(queryClient, client, id, write) : write();
}
