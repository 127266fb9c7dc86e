export declare const STYLESHEETS: readonly string[];
export declare function sourceCss(root?: string): string;
export declare function buildCss(root?: string): string;
