/** Types of manifest-urls.js for the tests. */
export declare const DEV_URL: string;
export declare function normaliseBaseUrl(url: string): string;
export declare function rewriteManifestUrls(manifest: string, productionUrl: string): string;
