import { dateFormatter } from "../../../../core/format/date.js";
import { Pager } from "../../../../core/parts/Pager.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import type { RootProps } from "../../../../core/shell/root-props.js";
import { createPortalComponent, type Source } from "../../../../core/shell/shell.js";
import { useListSource as useCoreListSource, type ListState as CoreListState } from "../../../../core/query/use-list-source.js";
import { useListAnnouncement } from "../../../../core/query/use-list-announcement.js";
import { normalizeListSubscriptionsParams, subscriptionPhase, usePrefetchSubscriptions, useSubscriptions, type CustomerSubscription, type ListSubscriptionsParams, type SubscriptionsPage } from "../data.js";
import { useSubscriptionMessages, type SubscriptionMessages } from "../labels.js";
import { Controls } from "./Controls.js";
import type { SubscriptionsListProps } from "./props.js";
import { SubscriptionRow } from "./SubscriptionRow.js";

export type { SubscriptionsListProps } from "./props.js";

type ListState = CoreListState<ListSubscriptionsParams, SubscriptionsPage>;

/** The parameters but the page: what the list's total depends on. */
const countKey = (params: ListSubscriptionsParams) => JSON.stringify({ ...normalizeListSubscriptionsParams(params), page: undefined });

const useListSource = (props: SubscriptionsListProps): Source<ListState> => useCoreListSource(props, useSubscriptions, countKey);

/**
 * The signed-in customer's subscriptions, grouped the way a customer thinks of them: those that
 * need attention (a failed payment: never filed as "inactive"), the current ones (active, in trial,
 * paused) and the ended ones; each with its price per interval in words, its status and every
 * flag with its date (trial until, cancels on, pauses on, a scheduled change). Polar's paging,
 * a search in plan names, Polar's active filter and a sort. Parameters are the list's own
 * (`defaultParams`) or the merchant's (`params` + `onParamsChange`).
 *
 * Root: `.pp-subscriptions-list` with `data-state`, `data-pending` while another page loads and
 * `data-count` (subscriptions matching).
 */
export const SubscriptionsList = createPortalComponent<SubscriptionsListProps, ListState>({
  displayName: "SubscriptionsList",
  className: "pp-subscriptions-list",
  skeletonLines: 5,
  ownProps: { params: true, defaultParams: true, onParamsChange: true, getSubscriptionHref: true, onOpenSubscription: true, className: true },
  useSource: useListSource,
  View: ({ props, data, root }) => <SubscriptionsListView props={props} state={data} root={root} />,
});

const GROUPS = [
  ["needs_action", "subscriptionsGroupNeedsAction"],
  ["current", "subscriptionsGroupCurrent"],
  ["ended", "subscriptionsGroupEnded"],
] as const;

/** Said once a search or filter has its answer: how many match, or that none does. */
function useAnnouncement(messages: SubscriptionMessages, locale: string, filterKey: string, stale: boolean, total: number): string {
  return useListAnnouncement(filterKey, "", stale, ({ filtered }) => (!filtered ? [] : [total > 0 ? messages.subscriptionsCaption(total, locale) : messages.subscriptionsNoMatches]));
}

function SubscriptionsListView({ props, state, root }: { props: SubscriptionsListProps; state: ListState; root: RootProps }) {
  const messages = useSubscriptionMessages();
  const { locale, timeZone } = usePortalContext();
  const prefetch = usePrefetchSubscriptions();
  const { page, params, setParams, stale } = state;
  const { items, pagination } = page;
  // Read as Polar reads them (the cache key's rules): the same defaults, limit and sets.
  const { page: current, limit, sorting, query, active, productId } = normalizeListSubscriptionsParams(params);
  const dates = dateFormatter(locale, { timeZone });
  const filtered = Boolean(query || active !== undefined || productId);
  const change = (next: Partial<ListSubscriptionsParams>) => setParams({ ...params, page: 1, ...next });
  const announcement = useAnnouncement(messages, locale, JSON.stringify([query, active, productId]), stale, pagination.total_count);

  const groups = new Map<string, CustomerSubscription[]>();
  for (const subscription of items) {
    const phase = subscriptionPhase(subscription);
    groups.set(phase, [...(groups.get(phase) ?? []), subscription]);
  }
  const empty = items.length === 0;
  const from = empty ? 0 : (current - 1) * limit + 1;
  const to = empty ? 0 : from + items.length - 1;
  const pages = Math.max(pagination.max_page, 1);
  const controls = filtered || pagination.total_count > 0;

  return (
    <div {...root} data-state="ready" data-pending={stale ? "" : undefined} data-count={pagination.total_count}>
      {controls && (
        <Controls
          messages={messages}
          query={query ?? ""}
          active={active}
          sort={sorting[0]!}
          onSearch={(query) => change({ query: query || undefined })}
          onFilter={(active) => change({ active })}
          onSort={(sort) => change({ sorting: sort })}
        />
      )}
      {controls && (
        <p className="pp-visually-hidden" role="status">
          {announcement}
        </p>
      )}
      {empty ? (
        <p className="pp-subscriptions-list__empty" role={filtered ? undefined : "status"}>
          {filtered ? messages.subscriptionsNoMatches : messages.subscriptionsEmpty}
        </p>
      ) : (
        GROUPS.filter(([phase]) => groups.has(phase)).map(([phase, title]) => (
          <table key={phase} className="pp-subscriptions-list__table" data-phase={phase} aria-busy={stale || undefined}>
            <caption className="pp-subscriptions-list__caption">{messages[title]}</caption>
            <thead>
              <tr>
                <th scope="col">{messages.subscriptionsPlanColumn}</th>
                <th scope="col">{messages.subscriptionsPriceColumn}</th>
                <th scope="col">{messages.subscriptionsStatusColumn}</th>
                <th scope="col">{messages.subscriptionsStartedColumn}</th>
              </tr>
            </thead>
            <tbody>
              {groups.get(phase)!.map((subscription) => (
                <SubscriptionRow
                  key={subscription.id}
                  subscription={subscription}
                  messages={messages}
                  locale={locale}
                  dates={dates}
                  getSubscriptionHref={props.getSubscriptionHref}
                  onOpenSubscription={props.onOpenSubscription}
                />
              ))}
            </tbody>
          </table>
        ))
      )}
      {pagination.total_count > limit && (
        <Pager
          block="pp-subscriptions-list"
          current={current}
          pages={pages}
          words={{
            label: messages.subscriptionsPagination,
            previous: messages.subscriptionsPrevious,
            next: messages.subscriptionsNext,
            range: messages.subscriptionsRange(from, to, pagination.total_count, locale),
            status: messages.subscriptionsPage(current, pages, locale),
          }}
          onPage={(next) => setParams({ ...params, page: next })}
          onIntent={(next) => prefetch({ ...params, page: next })}
        />
      )}
    </div>
  );
}
