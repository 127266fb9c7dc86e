export * from "./fixtures";
export * from "./handlers";
export type * from "./types";
