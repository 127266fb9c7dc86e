import * as stories from "../../stories/SubscriptionWidths.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("SubscriptionWidths", stories);
