import * as stories from "../../stories/SubscriptionsList.stories";
import { screenshotStories, screenshotUnderHostSheets } from "./screenshot-stories";

screenshotStories("SubscriptionsList", stories);
screenshotUnderHostSheets("SubscriptionsList", stories, ["EveryState", "Narrow"]);
