// @vitest-environment node
// The country and subdivision lists are packed to save bytes; this pins what they unpack to.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CA_PROVINCES, INPUT_COUNTRIES, isInputCountry, US_STATES } from "../../../src/core/address/countries";

const document = JSON.parse(readFileSync(new URL("../../fixtures/polar-openapi-customer-portal-orders.json", import.meta.url), "utf8")) as {
  components: { schemas: { AddressInput: { properties: { country: { enum: string[] } } } } };
};

describe("country codes", () => {
  it("are exactly the countries Polar's OpenAPI document accepts on input, sorted", () => {
    const accepted = document.components.schemas.AddressInput.properties.country.enum;
    expect(INPUT_COUNTRIES).toEqual([...accepted].sort());
    expect(INPUT_COUNTRIES).toHaveLength(244);
    for (const refused of ["CU", "IR", "KP", "RU", "SY", "XK", "us", ""]) expect(isInputCountry(refused), refused).toBe(false);
  });

  it("list the 50 US states and DC, and the 13 Canadian provinces and territories, in ISO 3166-2 form", () => {
    expect(US_STATES).toHaveLength(51);
    expect(CA_PROVINCES).toHaveLength(13);
    expect(new Set([...US_STATES, ...CA_PROVINCES]).size).toBe(64);
    for (const code of US_STATES) expect(code).toMatch(/^US-[A-Z]{2}$/);
    for (const code of CA_PROVINCES) expect(code).toMatch(/^CA-[A-Z]{2}$/);
    expect(US_STATES).toContain("US-DC");
    expect(CA_PROVINCES).toContain("CA-QC");
  });
});
