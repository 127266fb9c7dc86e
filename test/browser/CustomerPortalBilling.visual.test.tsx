import * as stories from "../../stories/CustomerPortalBilling.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("CustomerPortalBilling", stories);
