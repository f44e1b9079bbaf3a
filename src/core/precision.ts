/**
 * Decimals of the published percentages: 2 unless the template says
 * otherwise, at most 4. Apart from template.ts so that the PAR functions
 * read them without loading the template schema (and zod) into functions.js.
 */
export const DEFAULT_PRECISION = 2;
export const MAX_PRECISION = 4;
