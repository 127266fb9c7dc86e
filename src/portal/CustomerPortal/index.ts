export { CustomerPortal, type CustomerPortalProps } from "./CustomerPortal.js";
