import * as stories from "../../stories/OrderDetail.stories";
import { screenshotStories } from "./screenshot-stories";

screenshotStories("OrderDetail", stories);
