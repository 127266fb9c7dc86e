import { EmptyState } from "../../../../core/parts/EmptyState.js";
import type { ListMessages } from "./props.js";

interface EmptyListProps {
  messages: ListMessages;
  /** A search or filter (the customer's or the merchant's) stands between the customer and their orders. */
  filtered: boolean;
  /** The customer's own search or filter is set: they can clear it here. */
  canClear: boolean;
  onClear: () => void;
}

/** No orders at all, or none that match: what that means and, when filtered, the way back to every order. */
export function EmptyList({ messages, filtered, canClear, onClear }: EmptyListProps) {
  return (
    <EmptyState
      block="pp-orders-table"
      // "No matches" is said by the announcement; a customer without orders hears this at once.
      role={filtered ? undefined : "status"}
      title={filtered ? messages.listNoMatches : messages.listEmpty}
      // A filter the merchant set (a product's orders) is not the customer's to clear.
      text={!filtered ? messages.listEmptyHint : canClear ? messages.listNoMatchesHint : undefined}
      action={
        canClear && (
          <button
            type="button"
            className="pp-button pp-orders-table__clear"
            onClick={(event) => {
              // The button goes with the filters: the keyboard goes on from the search box.
              const search = event.currentTarget.closest(".pp-orders-table")?.querySelector<HTMLInputElement>("input[type=search]");
              onClear();
              search?.focus();
            }}
          >
            {messages.listClearFilters}
          </button>
        )
      }
    />
  );
}
