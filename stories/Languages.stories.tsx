import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { OrderDetail, type CustomerOrder } from "../src";
import type { MessagePack } from "../src/core/i18n/messages";
import ar from "../src/locales/ar";
import de from "../src/locales/de";
import ja from "../src/locales/ja";
import pl from "../src/locales/pl";
import { fixtures } from "../src/testing";
import { polar, ready } from "./support";

/**
 * The order page in the customer's language, with an address of their country as its post office
 * writes it: German and Polish (postal code before the city), Japanese (from 〒 down) and Arabic
 * (right to left). Each once as the customer reads it, once with the billing form open, whose
 * fields follow the same order.
 */
const meta = {
  title: "Languages",
  component: OrderDetail,
} satisfies Meta<typeof OrderDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

const customer = (id: string, order: Partial<CustomerOrder>): CustomerOrder => ({ ...fixtures.subscription, id: `0d6e2f1a-3b4c-4d5e-9f60-0000000000${id}`, ...order });

const ORDERS = {
  de: customer("de", {
    currency: "eur",
    billing_name: "Erika Mustermann",
    billing_address: { line1: "Heidestraße 17", line2: "3. OG", postal_code: "10557", city: "Berlin", state: null, country: "DE" },
  }),
  pl: customer("71", {
    currency: "pln",
    billing_name: "Zofia Wiśniewska",
    billing_address: { line1: "ul. Marszałkowska 84/92", line2: "lok. 12", postal_code: "00-514", city: "Warszawa", state: null, country: "PL" },
  }),
  ja: { ...fixtures.jpy, id: "0d6e2f1a-3b4c-4d5e-9f60-00000000006a", billing_address: { ...fixtures.jpy.billing_address!, line2: "丸の内ビル 3階" } },
  ar: customer("a7", {
    billing_name: "ليلى حسن",
    billing_address: { line1: "١٥ شارع التحرير", line2: "الدور الرابع", postal_code: "11511", city: "القاهرة", state: "محافظة القاهرة", country: "EG" },
  }),
};

/** The order page of `lang` in `locale`, showing ORDERS[lang] from the mock. */
function reads(lang: keyof typeof ORDERS, pack: MessagePack, locale: string, lines: string[]): Story {
  const order = ORDERS[lang];
  return {
    args: { orderId: order.id },
    globals: { locale },
    parameters: { messages: pack, ...polar({ orders: [order] }) },
    play: async ({ canvasElement }) => {
      const root = await ready(canvasElement, ".pp-order-detail");
      await expect(root).toHaveAttribute("lang", locale);
      await expect(root).toHaveAttribute("dir", pack === ar ? "rtl" : "ltr");
      await expect(within(root).getByText(pack.billingHeading, { selector: "h3" })).toBeVisible();
      const shown = [...root.querySelectorAll(".pp-order-detail__address-line")].map((line) => line.textContent);
      await expect(shown.slice(0, -1)).toEqual(lines);
    },
  };
}

/** The same page with the billing form open, its fields in the country's order. */
function edits(story: Story, pack: MessagePack, fields: string[]): Story {
  return {
    ...story,
    play: async (context) => {
      await story.play!(context);
      const root = await ready(context.canvasElement, ".pp-order-detail");
      await userEvent.click(within(root).getByRole("button", { name: pack.editBilling }));
      const form = await within(root).findByRole("form", { name: pack.formLabel });
      await waitFor(() => expect([...form.querySelectorAll<HTMLElement>("[data-field]")].map((field) => field.dataset.field)).toEqual(fields));
    },
  };
}

const POSTAL_CODE_FIRST = ["name", "country", "line1", "line2", "postalCode", "city", "state"];

export const German = reads("de", de, "de-DE", ["Heidestraße 17", "3. OG", "10557 Berlin"]);
export const GermanForm = edits(German, de, POSTAL_CODE_FIRST);

export const Polish = reads("pl", pl, "pl-PL", ["ul. Marszałkowska 84/92", "lok. 12", "00-514 Warszawa"]);
export const PolishForm = edits(Polish, pl, POSTAL_CODE_FIRST);

export const Japanese = reads("ja", ja, "ja-JP", ["〒100-0001", "東京都 千代田区", "千代田1-1", "丸の内ビル 3階"]);
export const JapaneseForm = edits(Japanese, ja, ["name", "country", "postalCode", "state", "city", "line1", "line2"]);

export const Arabic = reads("ar", ar, "ar-EG", ["١٥ شارع التحرير", "الدور الرابع", "القاهرة", "محافظة القاهرة", "11511"]);
export const ArabicForm = edits(Arabic, ar, ["name", "country", "line1", "line2", "city", "state", "postalCode"]);
