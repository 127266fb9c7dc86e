import * as stories from "../../stories/BillingSubscriptionRefusal.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("BillingSubscriptionRefusal", stories);
