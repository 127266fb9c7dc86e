import type { Plugin } from "vite";

export declare function stylesheets(root?: string): string[];
export declare function sourceCss(root?: string): string;
export declare function withAutoDarkPalette(css: string): string;
export declare function autoDarkPalettePlugin(): Plugin;
export declare function buildCss(root?: string): string;
