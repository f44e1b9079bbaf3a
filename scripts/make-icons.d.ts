/** Types of make-icons.js for the tests. */
export declare const ICON_SIZES: readonly number[];
export declare function iconPng(size: number): Buffer;
export declare function iconPath(size: number): string;
