import * as stories from "../../stories/OrderItemsTable.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("OrderItemsTable", stories);
