import { setProjectAnnotations } from "@storybook/react-vite";
import preview from "../../.storybook/preview";

// The visual project renders the stories outside Storybook (portable stories): give them the
// same loaders, decorators and globals Storybook does. axe runs in the storybook project.
setProjectAnnotations([preview]);
