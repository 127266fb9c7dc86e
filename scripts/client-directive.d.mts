import type { Plugin } from "vite";

export declare function importsOf(code: string): { source: string; names: string[]; bare: boolean }[];
export declare function usesClientApi(code: string): boolean;
export declare function clientDirectivePlugin(): Plugin;
