import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Fact, Facts } from "../../src/core/parts/Facts";
import { Heading } from "../../src/core/parts/Heading";
import { Pager } from "../../src/core/parts/Pager";
import { Search } from "../../src/core/parts/Search";
import { StatusBadge } from "../../src/core/parts/StatusBadge";

// The core's parts know no resource: a feature gives them its words and its BEM block, and a
// merchant's attributes and ref land on their root.

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("Heading", () => {
  it("is the heading of its level, kept within h1–h6", () => {
    render(
      <>
        <Heading level={0}>Top</Heading>
        <Heading level={3}>Third</Heading>
        <Heading level={9}>Deep</Heading>
      </>,
    );
    expect(screen.getByRole("heading", { name: "Top" }).tagName).toBe("H1");
    expect(screen.getByRole("heading", { name: "Third" }).tagName).toBe("H3");
    expect(screen.getByRole("heading", { name: "Deep" }).tagName).toBe("H6");
  });

  it("passes attributes and its ref to the element", () => {
    const ref = createRef<HTMLHeadingElement>();
    render(
      <Heading ref={ref} level={2} id="title" className="mine">
        Title
      </Heading>,
    );
    expect(ref.current).toBe(screen.getByRole("heading", { name: "Title" }));
    expect(ref.current).toHaveProperty("id", "title");
    expect(ref.current?.className).toBe("mine");
    expect(ref.current?.dataset.slot).toBe("heading");
  });
});

describe("Facts and Fact", () => {
  it("are a description list whose rows pair a term with its value", () => {
    render(
      <Facts className="list">
        <Fact label="Invoice number" className="row" valueProps={{ "data-kind": "number", className: "value" }}>
          INV-1
        </Fact>
      </Facts>,
    );
    const term = screen.getByRole("term");
    expect(term.textContent).toBe("Invoice number");
    const value = screen.getByRole("definition");
    expect(value.textContent).toBe("INV-1");
    expect(value.dataset.kind).toBe("number");
    expect(value.className).toBe("value");
    expect(term.parentElement?.className).toBe("row");
    expect(term.parentElement?.parentElement?.tagName).toBe("DL");
  });
});

describe("StatusBadge", () => {
  it("shows the label the feature gives and says what it is to a screen reader", () => {
    render(<StatusBadge status="past_due" label="Past due" kind="Subscription status" className="extra" />);
    const badge = screen.getByText("Past due", { exact: false });
    expect(badge.textContent).toBe("Subscription status Past due");
    expect(badge.dataset.status).toBe("past_due");
    expect(badge.className).toBe("pp-status-badge extra");
  });
});

describe("Pager", () => {
  const words = { label: "Pages", previous: "Previous", next: "Next", range: "1–10 of 30", status: "Page 1 of 3" };

  it("pages between the ends and keeps the focus on a button at an end", () => {
    const onPage = vi.fn();
    const onIntent = vi.fn();
    render(<Pager block="pp-list" current={1} pages={3} words={words} onPage={onPage} onIntent={onIntent} />);
    expect(screen.getByRole("navigation", { name: "Pages" }).className).toBe("pp-list__pager");
    expect(screen.getByRole("status").textContent).toBe("Page 1 of 3");
    const previous = screen.getByRole("button", { name: "Previous" });
    expect(previous.getAttribute("aria-disabled")).toBe("true");
    previous.focus();
    fireEvent.click(previous);
    expect(document.activeElement).toBe(previous);
    expect(onPage).not.toHaveBeenCalled();
    const next = screen.getByRole("button", { name: "Next" });
    fireEvent.focus(next);
    expect(onIntent).toHaveBeenCalledWith(2);
    fireEvent.click(next);
    expect(onPage).toHaveBeenCalledWith(2);
  });

  it("pages nowhere while the count is unknown", () => {
    const onPage = vi.fn();
    render(<Pager block="pp-list" current={2} pages={undefined} words={words} onPage={onPage} onIntent={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "Previous" }));
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(onPage).not.toHaveBeenCalled();
  });
});

describe("Search", () => {
  it("asks once the customer pauses, with the words trimmed", () => {
    vi.useFakeTimers();
    const onSearch = vi.fn();
    render(<Search block="pp-list" query="" label="Search" onSearch={onSearch} />);
    const box = screen.getByRole("searchbox", { name: "Search" });
    fireEvent.change(box, { target: { value: "pro" } });
    fireEvent.change(box, { target: { value: "pro plan " } });
    vi.advanceTimersByTime(299);
    expect(onSearch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onSearch).toHaveBeenCalledTimes(1);
    expect(onSearch).toHaveBeenCalledWith("pro plan");
    expect(screen.getByRole("search").className).toBe("pp-list__search");
  });
});
