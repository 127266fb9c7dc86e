// @vitest-environment node
// <CustomerPortal>'s sections are modules a page imports: a page of the orders alone ships none of
// the subscriptions' code or words, and the page with both sections has a budget of its own
// (figures in bench/size.ts, printed by `npm run bench`).
import { describe, expect, it } from "vitest";
import { BUDGETS, bundleSize, bundleText, onlySource } from "../../bench/size";

describe("the portal's sections in a merchant's bundle", () => {
  it("ships none of the subscriptions with a portal of the orders alone", async () => {
    const page = await bundleText(onlySource(["PortalProvider", "CustomerPortal"]));
    expect(page).toContain("pp-orders-table"); // the page really was bundled
    for (const mark of ["pp-subscription", "/v1/customer-portal/subscriptions", "Your subscriptions", "Cancel subscription"]) expect(page).not.toContain(mark);
  });

  it(`ships the portal with subscriptions and orders in at most ${BUDGETS.portalWithSubscriptionsPageGzip / 1000} kB gzip`, async () => {
    const page = await bundleSize("portal page with subscriptions", onlySource(["PortalProvider", "CustomerPortal", "subscriptionsSection", "ordersSection"]));
    const text = await bundleText(onlySource(["PortalProvider", "CustomerPortal", "subscriptionsSection", "ordersSection"]));
    expect(text).toContain("pp-subscriptions-list");
    expect(page.gzip).toBeLessThanOrEqual(BUDGETS.portalWithSubscriptionsPageGzip);
  });
});
