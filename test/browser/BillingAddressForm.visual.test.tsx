import * as stories from "../../stories/BillingAddressForm.stories";
import { screenshotStories, screenshotUnderHostSheets } from "./screenshot-stories";

screenshotStories("BillingAddressForm", stories);
screenshotUnderHostSheets("BillingAddressForm", stories, ["ReadOnlyCountryAndState", "MissingFields", "FirstAddressRefused", "Dark"]);
