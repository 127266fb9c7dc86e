import * as stories from "../../stories/OrderItemsTable.stories";
import { screenshotStories, screenshotUnderHostSheets } from "./screenshot-stories";

screenshotStories("OrderItemsTable", stories);
screenshotUnderHostSheets("OrderItemsTable", stories, ["Proration", "Narrow"]);
