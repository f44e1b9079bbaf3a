/** Types of functions-metadata.js for the tests. */
export declare const FLAGS: { allowCustomDataForDataTypeAny: true; allowErrorForDataTypeAny: true };
export declare function withErrorValues(json: string): string;
