import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { BillingAddressForm } from "../src";
import { fixtures, otherCustomerOrder } from "../src/testing";
import ar from "../src/locales/ar";
import de from "../src/locales/de";
import { largeText, overflowing } from "./reflow";
import { polar, portal, ready } from "./support";

/**
 * Edits an order's billing name and address through Polar's PATCH, with Polar's rules: country
 * and state fixed once set, only changed keys sent, Polar's 422s shown under their fields.
 */
const meta = {
  title: "Components/BillingAddressForm",
  component: BillingAddressForm,
  args: { orderId: fixtures.paid.id },
} satisfies Meta<typeof BillingAddressForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const form = async (canvasElement: HTMLElement) => within(await ready(canvasElement, ".pp-billing-form"));

/** A 422 for a check the form cannot make itself, with a message the kit does not know. */
const postalCodeRefused = {
  status: 422,
  body: {
    error: "RequestValidationError",
    detail: [
      {
        type: "value_error",
        loc: ["body", "billing_address", "postal_code"],
        msg: "Value error, Postal code does not match the city",
        input: "10001",
      },
    ],
  },
};

/** Polar refusing a whole address for its province, which the form shows under the province. */
const provinceRefused = {
  status: 422,
  body: { error: "RequestValidationError", detail: [{ type: "value_error", loc: ["body", "billing_address"], msg: "Value error, Invalid CA subdivision", input: {} }] },
};

/** Fills in a first billing address, in Canada, and saves it. */
async function saveTorontoAddress(canvas: Awaited<ReturnType<typeof form>>) {
    await userEvent.type(canvas.getByLabelText("Billing name"), "Grace Hopper");
    await userEvent.selectOptions(canvas.getByLabelText("Country"), "CA");
    await userEvent.selectOptions(canvas.getByLabelText("Province or territory"), "CA-ON");
    await userEvent.type(canvas.getByLabelText("Address line 1"), "100 Queen St W");
    await userEvent.type(canvas.getByLabelText("City"), "Toronto");
    await userEvent.type(canvas.getByLabelText("Postal code"), "M5H 2N2");
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
}

/** An order with a US address: country and state are shown but cannot be changed. */
export const ReadOnlyCountryAndState: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    await expect(canvas.getByLabelText("Country")).toHaveAttribute("readonly");
    await expect(canvas.getByLabelText("Country")).toHaveValue("United States");
    await expect(canvas.getByLabelText("State")).toHaveValue("California");
    await expect(canvas.getByText("The country and state of a billing address cannot be changed once set.")).toBeVisible();
    await expect(canvas.getByLabelText("Billing name")).toHaveValue("Ada Lovelace");
  },
};

/** No address yet: any country may be chosen, and the state list follows it. */
export const NoAddressYet: Story = {
  args: { orderId: fixtures.noBilling.id },
  play: async ({ canvasElement, loaded }) => {
    const canvas = await form(canvasElement);
    await saveTorontoAddress(canvas);

    await expect(await canvas.findByText("Billing details saved.")).toBeVisible();
    const saved = portal({ loaded }).polar?.getOrder(fixtures.noBilling.id);
    await expect(saved?.billing_name).toBe("Grace Hopper");
    await expect(saved?.billing_address).toMatchObject({ country: "CA", state: "CA-ON", city: "Toronto" });
  },
};

/** Outside the US and Canada the state is free text and optional. */
export const FreeTextState: Story = {
  args: { orderId: fixtures.eur.id },
  globals: { locale: "fr-FR" },
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    await expect(canvas.getByLabelText("Country")).toHaveValue("France");
    await expect(canvas.getByLabelText("Address line 2 (optional)")).toHaveValue("Bâtiment B");
  },
};

/** Change the name and save: Polar stores it, and the form says so. */
export const Saved: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = await form(canvasElement);
    const name = canvas.getByLabelText("Billing name");
    await userEvent.clear(name);
    await userEvent.type(name, "Lady Lovelace");
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    await expect(await canvas.findByText("Billing details saved.")).toBeVisible();
    const mock = portal({ loaded }).polar;
    // Only the changed key goes to Polar.
    await expect(mock?.requests.find((request) => request.method === "PATCH")?.body).toEqual({ billing_name: "Lady Lovelace" });
    await expect(mock?.getOrder(fixtures.paid.id)?.billing_name).toBe("Lady Lovelace");
  },
};

export const NothingChanged: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = await form(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    await expect(await canvas.findByText("Nothing to save: no details were changed.")).toBeVisible();
    await expect(portal({ loaded }).polar?.requests.filter((request) => request.method === "PATCH")).toEqual([]);
  },
};

/**
 * Required fields left empty: an error summary (an alert with the count, each error a link to its
 * field), the messages under the fields, focus on the first, nothing sent.
 */
export const MissingFields: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = await form(canvasElement);
    await userEvent.clear(canvas.getByLabelText("Billing name"));
    await userEvent.clear(canvas.getByLabelText("City"));
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    const name = canvas.getByLabelText("Billing name");
    await waitFor(() => expect(name).toHaveAccessibleDescription("Enter the billing name."));
    await expect(canvas.getByLabelText("City")).toHaveAccessibleDescription("Enter the city.");
    await waitFor(() => expect(name).toHaveFocus());
    const summary = canvas.getByRole("alert");
    await expect(summary).toHaveTextContent("2 fields need a correction:");
    await expect(within(summary).getAllByRole("link").map((link) => link.textContent)).toEqual(["Enter the billing name.", "Enter the city."]);
    await expect(portal({ loaded }).polar?.requests.filter((request) => request.method === "PATCH")).toEqual([]);
  },
};

/** Polar refuses a value (422) for a reason the kit does not know: a generic message in the customer's language, naming the field, sits under it and in the summary's link (Polar's English is in `onError`), and the typing stays. */
export const ServerRefusesField: Story = {
  parameters: polar({ fail: [{ failure: postalCodeRefused, options: { method: "PATCH" } }] }),
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    const zip = canvas.getByLabelText("ZIP code");
    await userEvent.clear(zip);
    await userEvent.type(zip, "10001");
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    await waitFor(() => expect(zip).toHaveAccessibleDescription("ZIP code: Invalid value."));
    await expect(zip).toHaveAttribute("aria-invalid", "true");
    await expect(zip).toHaveValue("10001");
    await waitFor(() => expect(zip).toHaveFocus());
    const summary = canvas.getByRole("alert");
    await expect(summary).toHaveTextContent("Some details were not accepted. Correct them and try again.");
    await expect(within(summary).getByRole("link", { name: "ZIP code: Invalid value." })).toHaveAttribute("href", `#${zip.id}`);
  },
};

/** A first address Polar refuses as a whole: country and province stay editable, the province is
 * focused with the kit's message, and nothing typed is lost. */
export const FirstAddressRefused: Story = {
  args: { orderId: fixtures.noBilling.id },
  parameters: polar({ fail: [{ failure: provinceRefused, options: { method: "PATCH" } }] }),
  play: async ({ canvasElement, loaded }) => {
    const canvas = await form(canvasElement);
    await saveTorontoAddress(canvas);

    await expect(await canvas.findByRole("alert")).toHaveTextContent("Some details were not accepted. Correct them and try again.");
    // Let the cache's rollback reach the form too: the focus must survive it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const province = canvas.getByLabelText("Province or territory");
    await expect(province.tagName).toBe("SELECT");
    await expect(province).toHaveAccessibleDescription("Select a province or territory.");
    await expect(province).toHaveValue("CA-ON");
    await expect(province).toHaveFocus();
    await expect(canvas.getByLabelText("Country").tagName).toBe("SELECT");
    await expect(canvas.queryByText(/cannot be changed once set/)).toBeNull();
    await expect(canvas.getByLabelText("Postal code")).toHaveValue("M5H 2N2");
    await expect(portal({ loaded }).polar?.getOrder(fixtures.noBilling.id)?.billing_address).toBeNull();
  },
};

/** The connection drops while saving: the error is shown, nothing typed is lost, saving again works. */
export const SaveFailsThenRetry: Story = {
  parameters: polar({ fail: [{ failure: "network", options: { method: "PATCH" } }] }),
  play: async ({ canvasElement, loaded }) => {
    const canvas = await form(canvasElement);
    const name = canvas.getByLabelText("Billing name");
    await userEvent.clear(name);
    await userEvent.type(name, "Countess of Lovelace");
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("We could not connect. Check your connection and try again.");
    await expect(name).toHaveValue("Countess of Lovelace");
    await expect(portal({ loaded }).polar?.getOrder(fixtures.paid.id)?.billing_name).toBe("Ada Lovelace");

    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    await expect(await canvas.findByText("Billing details saved.")).toBeVisible();
    await waitFor(() => expect(canvas.queryByRole("alert")).toBeNull());
    await expect(portal({ loaded }).polar?.getOrder(fixtures.paid.id)?.billing_name).toBe("Countess of Lovelace");
  },
};

/** The session ran out before the customer saved. */
export const SessionExpiredOnSave: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = await form(canvasElement);
    portal({ loaded }).polar?.expireSession();
    await userEvent.type(canvas.getByLabelText("Address line 2 (optional)"), "Floor 2");
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Your session has expired. Sign in again to see your order.");
    await expect(canvas.getByLabelText("Address line 2 (optional)")).toHaveValue("Floor 2");
  },
};

export const RateLimitedOnSave: Story = {
  parameters: polar({ fail: [{ failure: 429, options: { method: "PATCH" } }] }),
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    await userEvent.type(canvas.getByLabelText("Address line 2 (optional)"), "Floor 2");
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Too many requests right now. Please try again in a moment.");
  },
};

/**
 * While Polar has not answered, the button says so and cannot be pressed twice; Enter on it keeps
 * the focus there (a disabled button would drop it to the page) and "Saving…" is announced.
 */
export const Saving: Story = {
  parameters: polar({ hold: "PATCH" }),
  play: async ({ canvasElement, loaded }) => {
    const canvas = await form(canvasElement);
    await userEvent.type(canvas.getByLabelText("Address line 2 (optional)"), "Floor 2");
    canvas.getByRole("button", { name: "Save billing details" }).focus();
    await userEvent.keyboard("{Enter}");
    const button = await canvas.findByRole("button", { name: "Saving…" });
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toHaveFocus();
    await expect(canvas.getByRole("status")).toHaveTextContent("Saving…");
    // Said once on screen (the button); the status region only tells screen readers.
    await expect(canvas.getByRole("status").getBoundingClientRect().width).toBeLessThanOrEqual(1);
    // The save's code loads with the form's, so its request may leave a moment after "Saving…".
    await portal({ loaded }).gates[0]?.arrived;
    await userEvent.keyboard("{Enter}");
    await expect(portal({ loaded }).polar?.requests.filter((request) => request.method === "PATCH")).toHaveLength(1);
  },
};

export const LongValues: Story = {
  args: { orderId: fixtures.longText.id },
};

/** Escape in the form acts as its Cancel button. */
export const EscapeCancels: Story = {
  args: { onCancel: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = await form(canvasElement);
    await userEvent.click(canvas.getByLabelText("City"));
    await userEvent.keyboard("{Escape}");
    await expect(args.onCancel).toHaveBeenCalledOnce();
  },
};

/** Country and state: native selects drawn like the text inputs (height, border, focus ring), keyboard focus on the state. */
export const Selects: Story = {
  args: { orderId: fixtures.noBilling.id },
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText("Country"), "US");
    const country = canvas.getByLabelText("Country");
    const state = canvas.getByLabelText("State");
    await expect(state.tagName).toBe("SELECT");
    await expect(state.getBoundingClientRect().height).toBe(canvas.getByLabelText("City").getBoundingClientRect().height);
    await expect(getComputedStyle(country).borderTopColor).toBe(getComputedStyle(canvas.getByLabelText("City")).borderTopColor);
    state.focus();
    await expect(state).toHaveFocus();
  },
};

/** The same selects in the dark theme, on a right-to-left page (the arrow on the end side). */
export const SelectsDarkRightToLeft: Story = {
  args: { orderId: fixtures.noBilling.id },
  globals: { theme: "dark", locale: "ar-EG" },
  parameters: { messages: ar },
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    await userEvent.selectOptions(canvas.getAllByRole("combobox")[0]!, "CA");
    await expect(canvas.getAllByRole("combobox")).toHaveLength(2);
  },
};

/** The success status of a save, in the dark theme. */
export const SavedDark: Story = {
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    await userEvent.type(canvas.getByLabelText("Address line 2 (optional)"), "Floor 2");
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    await expect(await canvas.findByText("Billing details saved.")).toBeVisible();
  },
};

/** Given `onCancel`, the form offers a Cancel button (as inside OrderDetail). */
export const WithCancel: Story = {
  args: { onCancel: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = await form(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Cancel" }));
    await expect(args.onCancel).toHaveBeenCalledOnce();
  },
};

/** Reflow at 320 px with text at 200 %, the long values in the fields: nothing wider than the screen. */
export const Reflow320LargeText: Story = {
  args: { orderId: undefined, order: { ...fixtures.paid, billing_name: "Wolfeschlegelsteinhausenbergerdorff" }, onCancel: fn() },
  parameters: { portalWidth: 320 },
  decorators: [largeText],
  play: async ({ canvasElement }) => {
    await form(canvasElement);
    const root = canvasElement.querySelector<HTMLElement>(".pp-billing-form")!;
    await expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(overflowing(root)).toEqual([]);
  },
};

/**
 * The address fields that share a row of the form (city, state, postal code, as wide as the form
 * allows), each row's input tops and label heights: one top per row when the inputs line up.
 */
function sharedRows(canvasElement: HTMLElement) {
  const rows = new Map<number, HTMLElement[]>();
  for (const name of ["postalCode", "city", "state"]) {
    const field = canvasElement.querySelector<HTMLElement>(`.pp-billing-form [data-field="${name}"]`)!;
    const top = Math.round(field.getBoundingClientRect().top);
    rows.set(top, [...(rows.get(top) ?? []), field]);
  }
  return [...rows.values()]
    .filter((fields) => fields.length > 1)
    .map((fields) => ({
      inputTops: new Set(fields.map((field) => Math.round(field.querySelector(".pp-billing-form__input")!.getBoundingClientRect().top))).size,
      labelHeights: fields.map((field) => field.querySelector(".pp-billing-form__label")!.getBoundingClientRect().height),
    }));
}

/** At least one shared row whose labels wrap to different heights, and every shared row's inputs in line. */
async function expectInputsInLine(canvasElement: HTMLElement) {
  const rows = sharedRows(canvasElement);
  await expect(rows.some(({ labelHeights }) => Math.max(...labelHeights) > Math.min(...labelHeights))).toBe(true);
  await expect(rows.map(({ inputTops }) => inputTops)).toEqual(rows.map(() => 1));
}

/** German at 850 px with text at 200 %: "Bundesland oder Region (optional)" wraps, and the row's inputs stay in line. */
export const LabelsWrapGerman: Story = {
  args: { orderId: fixtures.eur.id, onCancel: fn() },
  globals: { locale: "de-DE" },
  parameters: { messages: de, portalWidth: 850 },
  decorators: [largeText],
  play: async ({ canvasElement }) => {
    await form(canvasElement);
    await expectInputsInLine(canvasElement);
  },
};

/** Arabic at 700 px with text at 200 %, after a submit with an error: wrapped labels, a message under one field, the inputs still in line. */
export const LabelsWrapArabic: Story = {
  args: { orderId: fixtures.eur.id },
  globals: { locale: "ar-EG" },
  parameters: { messages: ar, portalWidth: 700 },
  decorators: [largeText],
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    await userEvent.clear(canvas.getByLabelText("المدينة"));
    await userEvent.click(canvas.getByRole("button", { name: "حفظ بيانات الفوترة" }));
    await waitFor(() => expect(canvas.getByLabelText("المدينة")).toHaveAccessibleDescription("أدخل المدينة."));
    await expectInputsInLine(canvasElement);
  },
};

export const Narrow: Story = {
  args: { orderId: fixtures.noBilling.id },
  parameters: { portalWidth: 360 },
};

export const Dark: Story = {
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    await userEvent.clear(canvas.getByLabelText("Billing name"));
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    await waitFor(() => expect(canvas.getByLabelText("Billing name")).toHaveAccessibleDescription("Enter the billing name."));
  },
};

export const RightToLeft: Story = {
  args: { orderId: fixtures.noBilling.id },
  globals: { locale: "ar-EG" },
  parameters: { messages: ar },
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "حفظ بيانات الفوترة" }));
    await waitFor(() => expect(canvas.getByLabelText("اسم الفوترة")).toHaveAccessibleDescription("أدخل اسم الفوترة."));
  },
};

export const Loading: Story = {
  parameters: polar({ hold: "GET" }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("status")).toHaveTextContent("Loading…");
  },
};

/** An order of another customer answers 404: no form to fill. */
export const OrderNotFound: Story = {
  args: { orderId: otherCustomerOrder.id },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent("We could not find this order.");
    await expect(canvas.queryByRole("form")).toBeNull();
  },
};
