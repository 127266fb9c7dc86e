import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { BillingDetailsForm } from "../src/features/billing";
import ar from "../src/locales/ar";
import { newCustomerFixture } from "../src/testing";
import { polar, portal, ready } from "./support";

/**
 * The customer's billing details for future orders, against the mock Polar (which checks tax IDs
 * as Polar does): what they apply to, said first; the orders' address fields and country rules;
 * the tax ID named and exemplified for the country; Polar's refusals under their field.
 */
const meta = {
  title: "Components/BillingDetails",
  component: BillingDetailsForm,
} satisfies Meta<typeof BillingDetailsForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const form = (canvasElement: HTMLElement) => ready(canvasElement, ".pp-billing-details");
const field = (root: HTMLElement, name: RegExp | string) => within(root).getByRole("textbox", { name });
const save = (root: HTMLElement) => userEvent.click(within(root).getByRole("button", { name: "Save billing details" }));

/** The stored details (a German company with its VAT number), and what they apply to. */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await expect(root).toHaveTextContent("These details apply to future orders. To correct an existing invoice, edit that order.");
    await expect(field(root, "Billing name")).toHaveValue("Analytical Engines GmbH");
    const taxId = field(root, "VAT number (optional)");
    await expect(taxId).toHaveValue("DE123456788");
    await expect(taxId).toHaveAccessibleDescription("For businesses, for example DE123456789.");
  },
};

/** A valid tax ID (a French company moving to France): saved, said. */
export const TaxIdValid: Story = {
  play: async ({ canvasElement, loaded }) => {
    const root = await form(canvasElement);
    await userEvent.selectOptions(within(root).getByRole("combobox", { name: "Country" }), "FR");
    await userEvent.clear(field(root, "Address line 1"));
    await userEvent.type(field(root, "Address line 1"), "12 Rue de Rivoli");
    await userEvent.clear(field(root, "City"));
    await userEvent.type(field(root, "City"), "Paris");
    await userEvent.clear(field(root, "Postal code"));
    await userEvent.type(field(root, "Postal code"), "75001");
    const taxId = field(root, "VAT number (optional)");
    await userEvent.clear(taxId);
    await userEvent.type(taxId, "FR61954506077");
    await save(root);
    await waitFor(() => expect(root).toHaveAttribute("data-state", "saved"));
    await expect(within(root).getByRole("status")).toHaveTextContent("Billing details saved.");
    await expect(portal({ loaded }).polar!.customer.tax_id).toEqual(["FR61954506077", "eu_vat"]);
  },
};

/** An invalid tax ID: Polar refuses it, said under the field and in the summary, the field focused; what was typed stays. */
export const TaxIdRefused: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    const taxId = field(root, "VAT number (optional)");
    await userEvent.clear(taxId);
    await userEvent.type(taxId, "DE123456789");
    await save(root);
    await waitFor(() => expect(taxId).toHaveAttribute("aria-invalid", "true"));
    await expect(taxId).toHaveAccessibleDescription(/This tax ID is not valid for the country of your address\./);
    await expect(within(root).getByRole("alert")).toHaveTextContent("1 field needs a correction:");
    await expect(taxId).toHaveFocus();
    await expect(taxId).toHaveValue("DE123456789");
  },
};

/** A customer without details: a US address names the tax ID "EIN" with its format. */
export const UnitedStates: Story = {
  parameters: polar({ customer: newCustomerFixture }),
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await userEvent.selectOptions(within(root).getByRole("combobox", { name: "Country" }), "US");
    await expect(field(root, "EIN (optional)")).toHaveAccessibleDescription("For businesses, for example 12-3456789.");
    await expect(within(root).getByRole("combobox", { name: "State" })).toBeVisible();
  },
};

/** Right to left (Arabic), dark. */
export const DarkRightToLeft: Story = {
  parameters: { messages: ar },
  globals: { theme: "dark", locale: "ar-EG" },
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await expect(root).toHaveAttribute("dir", "rtl");
  },
};

/** A 320 px page: one field a row. */
export const Narrow: Story = {
  parameters: { pageWidth: 320 },
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};
