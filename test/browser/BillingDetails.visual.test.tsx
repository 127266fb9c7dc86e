import * as stories from "../../stories/BillingDetails.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("BillingDetails", stories);
