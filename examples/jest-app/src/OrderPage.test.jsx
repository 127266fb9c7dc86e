import { render, screen, waitFor } from "@testing-library/react";
import { setupServer } from "msw/node";
import { fixtures } from "react-polar-portal/testing";
import { createPolarMock, POLAR_TEST_TOKEN } from "react-polar-portal/testing/msw";
import { OrderPage } from "./OrderPage";

const mock = createPolarMock();
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => mock.reset());
afterAll(() => server.close());

test("shows the customer's order from the mock Polar", async () => {
  render(<OrderPage orderId={fixtures.paid.id} token={POLAR_TEST_TOKEN} />);
  expect(await screen.findByText("Ada Lovelace", {}, { timeout: 5000 })).toBeTruthy();
  expect(screen.getAllByText("$107.20").length).toBeGreaterThan(0);
  expect(mock.requests.map((request) => `${request.method} ${request.path} ${request.auth}`)).toEqual([
    `GET /v1/customer-portal/orders/${fixtures.paid.id} valid`,
  ]);
});

test("says the order was not found for another customer's order", async () => {
  render(<OrderPage orderId="0d6e2f1a-3b4c-4d5e-9f60-718293000063" token={POLAR_TEST_TOKEN} />);
  await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/not found|couldn’t find|could not find/i), { timeout: 5000 });
});
