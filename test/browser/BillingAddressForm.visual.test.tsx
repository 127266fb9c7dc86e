import * as stories from "../../stories/BillingAddressForm.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("BillingAddressForm", stories);
