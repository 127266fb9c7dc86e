import { stateCodesFor } from "./countries.js";
import type { Address, AddressInput, BillingParty, BillingPartyUpdate } from "./schema.js";

/** Polar trims strings and stores `""` as null. */
export function cleanString(value: string | null | undefined): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/**
 * The state as Polar stores it: US and CA states as ISO 3166-2 (`US-CA`; a bare `CA` is
 * accepted and prefixed), free text elsewhere. Returns the input unchanged when it is not a
 * known code, so the caller can decide whether that is an error.
 */
export function normalizeState(country: string, state: string | null | undefined): string | null {
  const cleaned = cleanString(state);
  if (cleaned === null) return null;
  const codes = stateCodesFor(country);
  if (!codes) return cleaned;
  const prefixed = cleaned.includes("-") ? cleaned : `${country}-${cleaned}`;
  return codes.includes(prefixed) ? prefixed : cleaned;
}

/** The address Polar would store for this input (trimmed, `""` as null, codes normalised). */
export function normalizeAddress(input: AddressInput): Address {
  const country = input.country.trim().toUpperCase();
  return {
    line1: cleanString(input.line1),
    line2: cleanString(input.line2),
    postal_code: cleanString(input.postal_code),
    city: cleanString(input.city),
    state: normalizeState(country, input.state),
    country,
  };
}

/**
 * An order or a customer as Polar will answer after applying `update`, assuming it is accepted:
 * what an optimistic cache write shows until the real answer arrives.
 */
export function applyBillingUpdate<Party extends BillingParty>(party: Party, update: BillingPartyUpdate): Party {
  const next: Party = { ...party };
  if (update.billing_name !== undefined) next.billing_name = cleanString(update.billing_name);
  if (update.billing_address !== undefined) {
    next.billing_address = update.billing_address === null ? null : normalizeAddress(update.billing_address);
  }
  return next;
}
