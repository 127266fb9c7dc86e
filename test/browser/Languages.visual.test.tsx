import * as stories from "../../stories/Languages.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("Languages", stories);
