import * as stories from "../../stories/PortalPage.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("PortalPage", stories);
