import { describe, expect, it } from "vitest";
import { addressLines, addressOrder } from "../../src/core/format";

// The address as its country's post office expects it: the lines OrderDetail shows (the country's
// name follows them) and the order of the form's fields.

const address = (country: string, rest: Partial<Record<"line1" | "line2" | "postal_code" | "city" | "state", string | null>>) => ({
  line1: "line 1",
  line2: null,
  postal_code: null,
  city: null,
  state: null,
  country,
  ...rest,
});

describe("addressLines", () => {
  it("writes the US city, state and ZIP code on one line", () => {
    expect(addressLines(address("US", { line1: "1 Market St", line2: "Suite 5", city: "San Francisco", state: "US-CA", postal_code: "94107" }))).toEqual([
      "1 Market St",
      "Suite 5",
      "San Francisco, CA 94107",
    ]);
  });

  it.each([
    ["DE", "10115", "Berlin"],
    ["FR", "75001", "Paris"],
    ["NL", "1012 AB", "Amsterdam"],
    ["PL", "00-950", "Warszawa"],
    ["AT", "1010", "Wien"],
  ])("writes the postal code before the city in %s", (country, postal_code, city) => {
    expect(addressLines(address(country, { postal_code, city }))).toEqual(["line 1", `${postal_code} ${city}`]);
  });

  it("starts a Japanese address from the postal code, then the prefecture and city, then the street", () => {
    expect(addressLines(address("JP", { line1: "千代田1-1", line2: "3階", postal_code: "100-0001", city: "千代田区", state: "東京都" }))).toEqual([
      "〒100-0001",
      "東京都 千代田区",
      "千代田1-1",
      "3階",
    ]);
  });

  it("leaves out Japan's postal mark with the postal code, and the space with the prefecture", () => {
    expect(addressLines(address("jp", { city: "千代田区" }))).toEqual(["千代田区", "line 1"]);
  });

  it("puts the UK's town and postcode on lines of their own", () => {
    expect(addressLines(address("GB", { line1: "10 Downing St", city: "London", postal_code: "SW1A 2AA" }))).toEqual(["10 Downing St", "London", "SW1A 2AA"]);
  });

  it("puts an Egyptian city, governorate and postal code on lines of their own (no Latin comma in Arabic)", () => {
    expect(addressLines(address("EG", { line1: "١٥ شارع التحرير", city: "القاهرة", state: "محافظة القاهرة", postal_code: "11511" }))).toEqual([
      "١٥ شارع التحرير",
      "القاهرة",
      "محافظة القاهرة",
      "11511",
    ]);
  });

  it("writes a Canadian province as its code, between city and postal code", () => {
    expect(addressLines(address("CA", { city: "Ottawa", state: "CA-ON", postal_code: "K1A 0B1" }))).toEqual(["line 1", "Ottawa ON K1A 0B1"]);
  });

  it("writes other countries city first, then state and postal code", () => {
    expect(addressLines(address("BR", { city: "São Paulo", state: "SP", postal_code: "01310-100" }))).toEqual(["line 1", "São Paulo, SP 01310-100"]);
  });

  it("writes the text before a part only with the part, and never to start a line", () => {
    expect(addressLines(address("US", { city: "San Francisco", postal_code: "94107" }))).toEqual(["line 1", "San Francisco 94107"]);
    expect(addressLines(address("US", { state: "US-CA", postal_code: "94107" }))).toEqual(["line 1", "CA 94107"]);
    expect(addressLines(address("DE", { city: "Berlin" }))).toEqual(["line 1", "Berlin"]);
    expect(addressLines(address("DE", { postal_code: "80331", state: "Bayern" }))).toEqual(["line 1", "80331, Bayern"]);
    expect(addressLines(address("GB", { line1: null, city: "London" }))).toEqual(["London"]);
  });
});

describe("addressOrder", () => {
  it.each([
    ["US", "ACSZ"],
    ["", "ACSZ"],
    ["GB", "ACSZ"],
    ["DE", "AZCS"],
    ["fr", "AZCS"],
    ["JP", "ZSCA"],
  ])("%s: the parts in the country's order", (country, order) => {
    expect(addressOrder(country).join("")).toBe(order);
  });
});
