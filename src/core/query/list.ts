// What every list of Polar's customer portal shares (orders, subscriptions, benefit grants…):
// its paging parameters in canonical form, the page's answer checked item by item, and each item
// seeding its own detail entry, so opening one asks Polar nothing. React-free: a route loader or
// a React Server Component can use it.
import type { QueryClient } from "@tanstack/react-query";
import { PortalError, type PortalResource } from "../client/errors.js";
import { hasPendingUpdates } from "./optimistic.js";

/** One page of a list, as Polar answers every list (`ListResource`). */
export interface Page<T> {
  items: T[];
  pagination: {
    /** Items matching the filters, on every page. */
    total_count: number;
    /** The last page (0 when nothing matches). */
    max_page: number;
  };
}

/** Polar cuts any larger `limit` to this. */
export const MAX_LIMIT = 100;

const positive = (value: number | undefined, fallback: number) => (value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback);

/** `page` from 1 (default 1) and `limit` (default 10, at most Polar's 100), as Polar reads them. */
export function pageAndLimit(params: { page?: number; limit?: number }): { page: number; limit: number } {
  return { page: positive(params.page, 1), limit: Math.min(MAX_LIMIT, positive(params.limit, 10)) };
}

/** A value or several, as a list. */
export const listOf = <T extends string>(value: T | readonly T[] | undefined): T[] => (value === undefined ? [] : typeof value === "string" ? [value] : [...value]);

/** A filter Polar treats as a set: sorted, without repeats, left out when empty (one cache key per set). */
export const setOf = <T extends string>(value: T | readonly T[] | undefined): T[] | undefined => {
  const values = [...new Set(listOf(value))].sort();
  return values.length > 0 ? values : undefined;
};

const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

/**
 * Checks a list's answer: the pagination's counts, and every item as `parseItem` checks one (its
 * error named from the page down, so a developer finds the item).
 */
export function parsePage<T>(body: unknown, status: number, resource: PortalResource, parseItem: (item: unknown, status: number) => T): Page<T> {
  const invalid = (message: string, path: (string | number)[]) =>
    new PortalError({ kind: "invalid_response", status, resource, message: `The ${resource} list did not match Polar's contract: ${message}.`, path });
  const value = body as { items?: unknown; pagination?: { total_count?: unknown; max_page?: unknown } } | null;
  if (typeof value !== "object" || value === null || !Array.isArray(value.items)) throw invalid("no items", ["items"]);
  const pagination = value.pagination;
  if (typeof pagination !== "object" || pagination === null) throw invalid("no pagination", ["pagination"]);
  if (!isCount(pagination.total_count)) throw invalid("total_count is not a count", ["pagination", "total_count"]);
  if (!isCount(pagination.max_page)) throw invalid("max_page is not a count", ["pagination", "max_page"]);
  const items = value.items.map((item, index) => {
    try {
      return parseItem(item, status);
    } catch (error) {
      if (error instanceof PortalError) throw new PortalError({ kind: "invalid_response", status, resource, message: error.message, path: ["items", index, ...(error.path ?? [])] });
      throw error;
    }
  });
  return { items, pagination: { total_count: pagination.total_count, max_page: pagination.max_page } };
}

/**
 * Puts each item of a page in its own detail entry (`detailKey(item)`), so opening one asks Polar
 * nothing. An entry is left alone when it knows better than the page: an optimistic update of it
 * is unanswered (the screen shows the ledger's guess, which must win), a read of it is in flight,
 * or it was written after the page was asked for (a save's answer, a newer read).
 */
export function seedDetails<T>(queryClient: QueryClient, items: readonly T[], detailKey: (item: T) => readonly unknown[], askedAt: number): void {
  for (const item of items) {
    const queryKey = detailKey(item);
    if (hasPendingUpdates(queryClient, queryKey)) continue;
    const state = queryClient.getQueryState(queryKey);
    if (state && (state.dataUpdatedAt >= askedAt || state.fetchStatus === "fetching")) continue;
    // Dated when the page was asked for: the item is as fresh as the page, no fresher.
    queryClient.setQueryData(queryKey, item, { updatedAt: askedAt });
  }
}
