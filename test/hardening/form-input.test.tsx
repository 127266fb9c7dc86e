// Whatever a customer types or pastes (any script, emoji, RTL marks, NUL, pages of text), the
// billing form validates it without crashing and never loses it: after a failed validation each
// input still holds exactly what was typed, and nothing is sent.
import { screen, waitFor, within } from "@testing-library/react";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { BillingAddressForm } from "../../src/index";
import { createBillingFormSchema, OrderBillingUpdateSchema, toBillingUpdate, type BillingFormValues } from "../../src/schema";
import { fixtures } from "../../src/testing";
import { renderInPortal } from "../support";

const FIELDS = ["name", "country", "line1", "line2", "city", "state", "postalCode"] as const;

// Characters that break naive code: bidi controls, zero-width joiners, a BOM, combining marks, NUL.
const TRICKY = ["\u202E", "\u200F", "\u200D", "\uFEFF", "\u0301", "\u0000", "👩🏽‍💻", "🇺🇸", "ﷺ", "\t", "  "];

/** Anything a keyboard, an IME or a paste can put in a text input. */
const typedText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.array(fc.constantFrom(...TRICKY, "a", "ب", "中", " "), { maxLength: 30 }).map((parts) => parts.join("")),
  fc.string({ unit: "grapheme-ascii", minLength: 2000, maxLength: 10_000 }),
  fc.constantFrom("", " ", "\u00a0", "   \t "),
);

// An input of type text drops line breaks from its value (HTML's value sanitization), so no
// customer can type them; leave them out rather than test the browser.
const inputText = typedText.map((text) => text.replace(/[\r\n]/g, ""));

const valuesArb: fc.Arbitrary<BillingFormValues> = fc.record({
  name: typedText,
  country: fc.oneof(fc.constantFrom("US", "CA", "GB", "DE", "JP", "FR", "", "us", "RU", "KP", "XX"), typedText),
  line1: typedText,
  line2: typedText,
  city: typedText,
  state: fc.oneof(fc.constantFrom("US-CA", "CA", "CA-ON", "ON", ""), typedText),
  postalCode: fc.oneof(fc.constantFrom("94107", "K1A 0B1", "SW1A 1AA", "10115"), typedText),
});

describe("billing form schema with random input", () => {
  it("never throws, blames only real fields, and maps to a valid PATCH body when it passes", () => {
    const schemas = [createBillingFormSchema(), createBillingFormSchema({ addressLocked: true })];
    fc.assert(
      fc.property(valuesArb, fc.nat(1), (values, which) => {
        const result = schemas[which]!.safeParse(values);
        if (!result.success) {
          for (const issue of result.error.issues) {
            expect(FIELDS).toContain(issue.path[0]);
            expect(issue.message).not.toMatch(/undefined|\[object Object\]/);
          }
          // NUL is refused by Polar: the form must catch it first, on the field that holds it.
          for (const field of FIELDS) {
            if (values[field].includes("\u0000")) {
              expect(result.error.issues.some((issue) => issue.path[0] === field)).toBe(true);
            }
          }
          return;
        }
        for (const field of FIELDS) expect(values[field]).not.toContain("\u0000");
        const order = which === 1 ? fixtures.paid : fixtures.noBilling;
        const update = toBillingUpdate(values, order);
        expect(OrderBillingUpdateSchema.safeParse(update).success).toBe(true);
        // Polar trims and stores "" as null; the body already says what Polar will store.
        if (update.billing_name != null) expect(update.billing_name).toBe(update.billing_name.trim());
        if (update.billing_name !== undefined) expect(update.billing_name).not.toBe("");
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts names and addresses in any script, with emoji and bidi marks, when the required parts are there", () => {
    const schema = createBillingFormSchema();
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== "" && !text.includes("\u0000")),
        (text) => {
          const values: BillingFormValues = { name: text, country: "GB", line1: text, line2: text, city: text, state: text, postalCode: "SW1A 1AA" };
          expect(schema.safeParse(values).success).toBe(true);
          const update = toBillingUpdate(values, fixtures.noBilling);
          expect(update.billing_name).toBe(text.trim());
          expect(update.billing_address?.line1).toBe(text.trim());
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("billing form with random typing", () => {
  it("keeps exactly what was typed in every field after a failed validation, and sends nothing", async () => {
    const fetchSpy = vi.fn<typeof fetch>(async () => new Response("{}", { status: 500 }));
    // One form for every run, as a customer would keep correcting the same form.
    const view = renderInPortal(<BillingAddressForm order={fixtures.noBilling} />, { fetch: fetchSpy });
    const { user } = view;
    const form = within(view.container).getByRole("form");
    const submit = within(form).getByRole("button", { name: "Save billing details" });
    const typed = new Map<string, string>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("name", "line1", "line2", "city", "state", "postalCode"), inputText, async (field, text) => {
        const input = view.container.querySelector<HTMLInputElement>(`[data-field="${field}"] input`)!;
        await user.clear(input);
        if (text !== "") {
          input.focus();
          await user.paste(text);
        }
        typed.set(field, text);
        // The order has no address and no country is chosen, so validation must fail.
        await user.click(submit);
        // Validation is done when focus has moved from the button to the first invalid field.
        await waitFor(() => expect(document.activeElement).toHaveAttribute("aria-invalid", "true"));
        expect(form).toHaveAttribute("data-state", "invalid");
        expect(screen.getByText("Select a country.", { selector: ".pp-billing-form__error" })).toBeInTheDocument();
        // This field and every one typed before it still hold exactly what the customer typed.
        for (const [name, value] of typed) {
          expect(view.container.querySelector<HTMLInputElement>(`[data-field="${name}"] input`)!.value).toBe(value);
        }
        if (text.includes("\u0000")) {
          expect(view.container.querySelector(`[data-field="${field}"]`)).toHaveAttribute("data-invalid");
        }
      }),
      { numRuns: 80 },
    );
    expect(fetchSpy).not.toHaveBeenCalled();
  }, 30_000);

  it("keeps what was typed when Polar refuses or fails the save", async () => {
    const answers = [
      () => Response.json({ detail: [{ type: "value_error", loc: ["body", "billing_name"], msg: "Value error, refused", input: "" }] }, { status: 422 }),
      () => new Response("Bad gateway", { status: 502 }),
    ];
    let patches = 0;
    const fetchImpl = vi.fn<typeof fetch>(async (_url, init) => {
      if (init?.method !== "PATCH") return Response.json(fixtures.paid);
      return answers[patches++ % answers.length]!();
    });
    const view = renderInPortal(<BillingAddressForm orderId={fixtures.paid.id} />, { fetch: fetchImpl });
    const { user } = view;
    const form = await screen.findByRole("form");
    const name = within(form).getByLabelText("Billing name") as HTMLInputElement;
    const submit = within(form).getByRole("button", { name: "Save billing details" });
    await fc.assert(
      fc.asyncProperty(
        inputText.filter((text) => text.trim() !== "" && !text.includes("\u0000") && text.trim() !== fixtures.paid.billing_name),
        async (text) => {
          const before = patches;
          await user.clear(name);
          name.focus();
          await user.paste(text);
          await user.click(submit);
          await waitFor(() => expect(patches).toBe(before + 1));
          await waitFor(() => {
            expect(form).not.toHaveAttribute("data-pending");
            expect(form).toHaveAttribute("data-state", "error");
          });
          expect(name.value).toBe(text);
        },
      ),
      { numRuns: 40 },
    );
    view.unmount();
  }, 30_000);
});
