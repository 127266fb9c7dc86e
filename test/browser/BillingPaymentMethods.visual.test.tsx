import * as stories from "../../stories/BillingPaymentMethods.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("BillingPaymentMethods", stories);
