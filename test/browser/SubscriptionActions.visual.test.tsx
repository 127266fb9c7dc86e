import * as stories from "../../stories/SubscriptionActions.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("SubscriptionActions", stories);
