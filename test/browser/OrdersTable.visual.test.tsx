import * as stories from "../../stories/OrdersTable.stories";
import { screenshotStories, screenshotUnderHostSheets } from "./screenshot-stories";

screenshotStories("OrdersTable", stories);
// Not ManyPages: its actions cell holds the merchant's own links, which follow the page's styles.
screenshotUnderHostSheets("OrdersTable", stories, ["PageTwo", "Narrow"]);
