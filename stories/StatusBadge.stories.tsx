import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { StatusBadge } from "../src";
import { ORDER_STATUSES } from "../src/schema";
import ar from "../src/locales/ar";

/** The order's status as a coloured badge, named "Status" for screen readers; a status Polar adds later shows as words. */
const meta = {
  title: "Components/StatusBadge",
  component: StatusBadge,
  args: { status: "paid" },
  argTypes: { status: { control: "select", options: [...ORDER_STATUSES, "disputed"] } },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Paid: Story = {};

const labels: Record<string, string> = {
  draft: "Draft",
  pending: "Pending",
  paid: "Paid",
  refunded: "Refunded",
  partially_refunded: "Partially refunded",
  void: "Void",
  disputed: "Disputed",
};

/** Every status side by side, for comparing colours (and contrast, checked by axe). */
export const AllStatuses: Story = {
  render: () => (
    <div style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem" }}>
      {Object.keys(labels).map((status) => (
        <StatusBadge key={status} status={status} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const [status, label] of Object.entries(labels)) {
      await expect(canvas.getByText(label)).toHaveAttribute("data-status", status);
    }
  },
};

export const AllStatusesDark: Story = {
  ...AllStatuses,
  globals: { theme: "dark" },
};

export const AllStatusesRightToLeft: Story = {
  render: AllStatuses.render,
  globals: { locale: "ar-EG" },
  parameters: { messages: ar },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(ar.statusPartiallyRefunded)).toHaveAttribute("data-status", "partially_refunded");
  },
};
