import * as stories from "../../stories/CustomerPortalSections.stories";
import { screenshotStories, screenshotUnderHostSheets } from "./screenshot-stories";

screenshotStories("CustomerPortalSections", stories);
// The portal's tabs and links, on the reset footing of its parts.
screenshotUnderHostSheets("CustomerPortalSections", stories, ["SubscriptionsAndOrders", "RouterLinks"]);
