import * as stories from "../../stories/Widths.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("Widths", stories);
