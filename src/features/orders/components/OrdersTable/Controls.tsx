import type { ProductBillingType } from "../../api/list.js";
import { Search } from "../../../../core/parts/Search.js";
import type { ListMessages } from "./props.js";

interface ControlsProps {
  messages: ListMessages;
  query: string;
  billingType: ProductBillingType | "";
  onSearch: (query: string) => void;
  onFilter: (billingType: ProductBillingType | undefined) => void;
}

/** The search in product names and the one-time / subscription filter. */
export function Controls({ messages, query, billingType, onSearch, onFilter }: ControlsProps) {
  return (
    <div className="pp-orders-table__controls">
      <Search block="pp-orders-table" query={query} label={messages.listSearch} onSearch={onSearch} />
      <label className="pp-orders-table__label">
        {messages.listFilter}
        <select
          className="pp-orders-table__input"
          value={billingType}
          onChange={(event) => onFilter((event.target.value as ProductBillingType) || undefined)}
        >
          <option value="">{messages.listFilterAll}</option>
          <option value="one_time">{messages.listFilterOneTime}</option>
          <option value="recurring">{messages.listFilterRecurring}</option>
        </select>
      </label>
    </div>
  );
}
