import * as stories from "../../stories/CustomerPortal.stories";
import { screenshotStories, screenshotUnderHostSheets } from "./screenshot-stories";

screenshotStories("CustomerPortal", stories);
// The portal's own title and back button, on the reset footing of its parts.
screenshotUnderHostSheets("CustomerPortal", stories, ["List", "OrderOpen"]);
