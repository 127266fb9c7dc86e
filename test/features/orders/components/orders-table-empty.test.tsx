import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OrdersTable } from "../../../../src";
import { manyOrders } from "../../../../src/testing";
import { mockPolarForFile, renderInPortal } from "../../../support";

const ORDERS = manyOrders(250);
const { mock } = mockPolarForFile({ orders: ORDERS });

describe("<OrdersTable> with nothing to list", () => {
  it("says a customer without orders has none, and what the list will hold, with no action to take", async () => {
    mock.reset();
    for (const order of ORDERS) mock.setOrder({ ...order, customer_id: "someone-else" });
    renderInPortal(<OrdersTable />);
    const empty = (await screen.findByText("You have no orders yet.")).parentElement!;
    // Said at once: the region appears with the answer, and there is no search to announce it.
    expect(empty).toHaveAttribute("role", "status");
    expect(empty).toHaveTextContent("Your purchases will appear here, each with its invoice and receipt.");
    expect(within(empty).queryByRole("button")).not.toBeInTheDocument();
  });

  it("offers to clear the customer's search and filter when nothing matches, and shows every order again", async () => {
    const { user } = renderInPortal(<OrdersTable />);
    await screen.findByRole("table", { name: "250 orders" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Show" }), "Subscriptions");
    await screen.findByRole("table", { name: "125 orders" });
    await user.type(screen.getByRole("searchbox", { name: "Search orders" }), "quantum");
    expect(await screen.findByText("No orders match your search.")).toBeVisible();
    expect(screen.getByText("Try other words, or clear the filters to see all your orders.")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await screen.findByRole("table", { name: "250 orders" });
    expect(screen.getByRole("searchbox")).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "Show" })).toHaveValue("");
    // The button went with the filters: the keyboard goes on from the search box.
    expect(screen.getByRole("searchbox")).toHaveFocus();
    await waitFor(() => expect(document.querySelector(".pp-orders-table__announcement")).toHaveTextContent("250 orders found"));
  });

  it("does not offer to clear a filter the merchant set", async () => {
    renderInPortal(<OrdersTable defaultParams={{ productId: "00000000-0000-4000-8000-000000000000" }} />);
    expect(await screen.findByText("No orders match your search.")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Clear filters" })).not.toBeInTheDocument();
    expect(screen.queryByText(/clear the filters/)).not.toBeInTheDocument();
  });
});
