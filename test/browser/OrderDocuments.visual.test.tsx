import * as stories from "../../stories/OrderDocuments.stories";
import { screenshotStories, screenshotUnderHostSheets } from "./screenshot-stories";

screenshotStories("OrderDocuments", stories);
screenshotUnderHostSheets("OrderDocuments", stories, ["Idle", "InvoiceGenerating", "MissingBillingDetails", "Dark"]);
