import * as stories from "../../stories/ConfirmDialog.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("ConfirmDialog", stories);
