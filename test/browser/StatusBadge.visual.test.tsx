import * as stories from "../../stories/StatusBadge.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("StatusBadge", stories);
