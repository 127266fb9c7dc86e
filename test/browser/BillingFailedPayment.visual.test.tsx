import * as stories from "../../stories/BillingFailedPayment.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("BillingFailedPayment", stories);
