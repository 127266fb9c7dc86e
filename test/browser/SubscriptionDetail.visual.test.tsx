import * as stories from "../../stories/SubscriptionDetail.stories";
import { screenshotStories, screenshotUnderHostSheets } from "./screenshot-stories";

screenshotStories("SubscriptionDetail", stories);
screenshotUnderHostSheets("SubscriptionDetail", stories, ["Canceling"]);
