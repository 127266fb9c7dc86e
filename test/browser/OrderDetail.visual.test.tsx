import * as stories from "../../stories/OrderDetail.stories";
import { screenshotStories, screenshotUnderHostSheets } from "./screenshot-stories";

screenshotStories("OrderDetail", stories);
screenshotUnderHostSheets("OrderDetail", stories, ["Paid", "Dunning", "Narrow", "Dark", "Loading", "NotFound"]);
