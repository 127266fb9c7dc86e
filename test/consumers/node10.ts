// The main entry for a project still on `moduleResolution: "node10"` (TypeScript 6 and older;
// checked with the TypeScript that @arethetypeswrong/cli brings, TypeScript 7 has no node10).
import { formatMoney, OrderDetail, type CustomerOrder } from "react-polar-portal";

// @ts-expect-error a component is not a number
export const component: number = OrderDetail;
export const total: string = formatMoney(1999, "usd", "en-US");
export type Order = CustomerOrder;
