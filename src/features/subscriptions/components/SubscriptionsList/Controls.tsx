import { Search } from "../../../../core/parts/Search.js";
import type { SubscriptionMessages } from "../labels.js";

/** The sorts offered, by what Polar sorts on (`-` first: descending). */
export const SORTS = [
  ["-started_at", "subscriptionsSortNewest"],
  ["started_at", "subscriptionsSortOldest"],
  ["-amount", "subscriptionsSortPriceHigh"],
  ["amount", "subscriptionsSortPriceLow"],
  ["product", "subscriptionsSortPlan"],
] as const;

export type OfferedSort = (typeof SORTS)[number][0];

interface ControlsProps {
  messages: SubscriptionMessages;
  query: string;
  /** Polar's `active` filter: true (active, trialing), false (canceled, unpaid), or unset. */
  active: boolean | undefined;
  sort: string;
  onSearch: (query: string) => void;
  onFilter: (active: boolean | undefined) => void;
  onSort: (sort: OfferedSort) => void;
}

/** The search in plan names, Polar's active / inactive filter and the sort, as one row of fields. */
export function Controls({ messages, query, active, sort, onSearch, onFilter, onSort }: ControlsProps) {
  return (
    <div className="pp-subscriptions-list__controls">
      <Search block="pp-subscriptions-list" query={query} label={messages.subscriptionsSearch} onSearch={onSearch} />
      <label className="pp-subscriptions-list__label">
        {messages.subscriptionsFilter}
        <select
          className="pp-subscriptions-list__input"
          value={active === undefined ? "" : String(active)}
          onChange={(event) => onFilter(event.target.value === "" ? undefined : event.target.value === "true")}
        >
          <option value="">{messages.subscriptionsFilterAll}</option>
          <option value="true">{messages.subscriptionsFilterActive}</option>
          <option value="false">{messages.subscriptionsFilterInactive}</option>
        </select>
      </label>
      <label className="pp-subscriptions-list__label">
        {messages.subscriptionsSort}
        <select className="pp-subscriptions-list__input" value={sort} onChange={(event) => onSort(event.target.value as OfferedSort)}>
          {SORTS.map(([value, key]) => (
            <option key={value} value={value}>
              {messages[key]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
