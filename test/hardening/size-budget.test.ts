// @vitest-environment node
// What a merchant's bundle grows by, built the way their bundler would build it (esbuild,
// minified ESM, peers external, gzip -9). Sizes are deterministic, so budgets are checked here;
// `npm run bench` prints the same figures (bench/size.ts).
import { describe, expect, it } from "vitest";
import { firstLoadBuild, firstLoadOf } from "../../bench/size-vite";
import {
  BILLING_PAGE,
  billingPageWithEmbedSource,
  BUDGETS,
  bundleSize,
  bundleText,
  DOCUMENTS,
  LOCALES,
  onlySource,
  packSizes,
  stylesheetSize,
  SUBSCRIPTION_HOOKS,
  wholeKitSource,
  type BundleSize,
} from "../../bench/size";

const FORM_LIBRARIES = ["react-hook-form", "@hookform/resolvers", "@hookform/resolvers/zod"];
/** Strings of Polar's embed component (`@polar-sh/checkout`), which minifying keeps. */
const POLAR_EMBED_CODE = ["https://polar.sh,https://sandbox.polar.sh", "POLAR_PAYMENT_METHOD"];

describe("bundle size budgets", () => {
  let whole: BundleSize;

  it(`ships the whole kit in at most ${BUDGETS.kitGzip / 1000} kB gzip`, async () => {
    whole = await bundleSize("whole kit", wholeKitSource());
    expect(whole.gzip).toBeGreaterThan(1000); // the entry really was bundled
    expect(whole.gzip).toBeLessThanOrEqual(BUDGETS.kitGzip);
    // Only peers stay external: nothing else is left for the merchant to install.
    for (const specifier of whole.imports) {
      expect(specifier).toMatch(/^(react|react-dom|@tanstack\/react-query|react-hook-form|@hookform\/resolvers|zod|msw)(\/|$)/);
    }
  });

  it(`ships the order page (PortalProvider + OrderDetail) in at most ${BUDGETS.orderPageGzip / 1000} kB gzip`, async () => {
    const page = await bundleSize("order page", onlySource(["PortalProvider", "OrderDetail"]));
    expect(page.gzip).toBeLessThanOrEqual(BUDGETS.orderPageGzip);
  });

  it(`loads the order page (PortalProvider + OrderDetail) in at most ${BUDGETS.orderPageFirstLoadGzip / 1000} kB gzip when code is split, the billing form only when opened`, async () => {
    const { load: page, firstCode } = await firstLoadBuild("order page, first load", ["PortalProvider", "OrderDetail"]);
    expect(page.gzip).toBeLessThanOrEqual(BUDGETS.orderPageFirstLoadGzip);
    // The form is a chunk of its own, loaded when the customer opens it: its words and its rules
    // (the packed US states Polar's normalisation knows) with it, not with the page.
    expect(page.laterGzip).toBeGreaterThan(2000);
    expect(firstCode).toContain("Order details"); // the page's own words are there
    for (const mark of ["Save billing details", "Enter the billing name.", "Billing details saved.", "ALAKAZARCACO"]) expect(firstCode).not.toContain(mark);
  }, 60_000);

  it(`ships the invoice and receipt actions alone in at most ${BUDGETS.documentsGzip / 1000} kB gzip, and the order page without them`, async () => {
    const documents = await bundleSize("invoice and receipt actions alone", onlySource(DOCUMENTS));
    expect(documents.gzip).toBeLessThanOrEqual(BUDGETS.documentsGzip);
    for (const library of FORM_LIBRARIES) expect(documents.imports).not.toContain(library);
    // OrderDetail offers a slot for them and imports none of it: not their code, not their words.
    const page = await bundleText(onlySource(["PortalProvider", "OrderDetail"]));
    expect(page).toContain("pp-order-detail"); // the page really was bundled
    for (const mark of ["Download invoice", "pp-document", "/invoice", "/receipt"]) expect(page).not.toContain(mark);
  });

  it(`ships the list page (PortalProvider + OrdersTable) in at most ${BUDGETS.listPageGzip / 1000} kB gzip, without the form's libraries`, async () => {
    const page = await bundleSize("list page", onlySource(["PortalProvider", "OrdersTable"]));
    expect(page.gzip).toBeLessThanOrEqual(BUDGETS.listPageGzip);
    for (const library of FORM_LIBRARIES) expect(page.imports).not.toContain(library);
  });

  it("tree-shakes: OrderItemsTable alone costs at most half the kit and brings no form library", async () => {
    whole ??= await bundleSize("whole kit", wholeKitSource());
    const table = await bundleSize("OrderItemsTable alone", onlySource(["OrderItemsTable"]));
    expect(table.gzip).toBeLessThanOrEqual(whole.gzip / 2);
    // zod/mini may come along (PortalProvider's client needs it anyway); the form's libraries must not.
    for (const library of FORM_LIBRARIES) expect(table.imports).not.toContain(library);
  });

  it.each(["OrderDetail", "BillingAddressForm", "PortalProvider", "useOrder"])("%s alone costs clearly less than the whole kit", async (name) => {
    whole ??= await bundleSize("whole kit", wholeKitSource());
    const alone = await bundleSize(`${name} alone`, onlySource([name]));
    expect(alone.gzip).toBeGreaterThan(200);
    expect(alone.gzip).toBeLessThanOrEqual(whole.gzip * 0.9);
  });

  it("keeps the data hooks free of the form's libraries", async () => {
    const hooks = await bundleSize("hooks", onlySource(["PortalProvider", "useOrder", "useUpdateOrderBilling"]));
    for (const library of FORM_LIBRARIES) expect(hooks.imports).not.toContain(library);
  });

  it(`ships each message pack in at most ${BUDGETS.packGzip / 1000} kB gzip, with nothing else: no React, no peer`, async () => {
    const packs = await packSizes();
    expect(packs.map((pack) => pack.label)).toEqual(LOCALES.filter((tag) => tag !== "en").map((tag) => `locales/${tag}`));
    for (const pack of packs) {
      expect(pack.gzip, pack.label).toBeGreaterThan(1000); // the messages really were bundled
      expect(pack.gzip, pack.label).toBeLessThanOrEqual(BUDGETS.packGzip);
      expect(pack.imports, pack.label).toEqual([]);
    }
  });

  it(`ships the stylesheet in at most ${BUDGETS.stylesheetGzip / 1000} kB gzip`, async () => {
    const css = await stylesheetSize();
    expect(css.raw).toBeGreaterThan(0);
    // What a merchant ships is the minified dist/styles.css; the source's comments cost nothing.
    expect(css.minifiedGzip).toBeLessThanOrEqual(BUDGETS.stylesheetGzip);
    expect(css.minifiedGzip).toBeLessThan(css.rawGzip);
  });

  it(`ships the whole portal page (PortalProvider + CustomerPortal) in at most ${BUDGETS.portalPageGzip / 1000} kB gzip`, async () => {
    whole ??= await bundleSize("whole kit", wholeKitSource());
    const portal = await bundleSize("portal page", onlySource(["PortalProvider", "CustomerPortal"]));
    expect(portal.gzip).toBeLessThanOrEqual(BUDGETS.portalPageGzip);
    // The portal shows every part, yet leaves out what it does not use (OrderItemsTable's totals, the public hooks).
    expect(portal.gzip).toBeLessThan(whole.gzip);
  });

  it(`ships a billing page (PortalProvider + CustomerPortal + billingSection) in at most ${BUDGETS.billingPageGzip / 1000} kB gzip, with none of Polar's embed`, async () => {
    const page = await bundleSize("billing page", onlySource(BILLING_PAGE));
    expect(page.gzip, `billing page: ${page.gzip} B gzip (budget ${BUDGETS.billingPageGzip})`).toBeLessThanOrEqual(BUDGETS.billingPageGzip);
    const text = await bundleText(onlySource(BILLING_PAGE));
    expect(text).toContain("pp-payment-method"); // the page really was bundled
    for (const mark of POLAR_EMBED_CODE) expect(text).not.toContain(mark);
  });

  it(`ships the billing page with Polar's card embed in at most ${BUDGETS.billingPageWithEmbedGzip / 1000} kB gzip, Polar's component loaded only when a card is added`, async () => {
    const page = await bundleSize("billing page with the embed", billingPageWithEmbedSource());
    expect(page.gzip, `billing page with the embed: ${page.gzip} B gzip (budget ${BUDGETS.billingPageWithEmbedGzip})`).toBeLessThanOrEqual(BUDGETS.billingPageWithEmbedGzip);
    expect(await bundleText(billingPageWithEmbedSource())).toContain(POLAR_EMBED_CODE[0]); // Polar's component is in it
    // Code split as a merchant's Vite does: not in the first load, a chunk fetched when asked.
    const { load, firstCode } = await firstLoadOf("billing page with the embed, first load", "first-load-billing-embed.js", billingPageWithEmbedSource("../.."));
    expect(firstCode).toContain("pp-payment-method");
    for (const mark of POLAR_EMBED_CODE) expect(firstCode).not.toContain(mark);
    expect(load.laterGzip).toBeGreaterThan(2000);
  }, 60_000);

  it(`ships a subscriptions page's data (PortalProvider + the subscription hooks) in at most ${BUDGETS.subscriptionsPageGzip / 1000} kB gzip, and the orders pages without any of it`, async () => {
    const page = await bundleSize("subscriptions page", onlySource(["PortalProvider", ...SUBSCRIPTION_HOOKS]));
    expect(page.gzip).toBeLessThanOrEqual(BUDGETS.subscriptionsPageGzip);
    for (const library of FORM_LIBRARIES) expect(page.imports).not.toContain(library);
    const subscriptions = await bundleText(onlySource(["PortalProvider", ...SUBSCRIPTION_HOOKS]));
    expect(subscriptions).toContain("/v1/customer-portal/subscriptions/"); // the page really was bundled
    for (const orders of [["PortalProvider", "OrdersTable"], ["PortalProvider", "OrderDetail"]]) {
      const text = await bundleText(onlySource(orders));
      for (const mark of ["/v1/customer-portal/subscriptions/", "charge-preview", "AlreadyCanceledSubscription", "cancel_at_period_end:!0"]) expect(text).not.toContain(mark);
    }
  });
});
