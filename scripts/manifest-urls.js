/**
 * The add-in manifest points at https://localhost:3000/ during development;
 * a production build rewrites every such URL (a global replace, not only the
 * first) to the address the add-in is deployed at.
 */
const DEV_URL = "https://localhost:3000/";

/** The production base URL, with exactly one trailing slash. */
function normaliseBaseUrl(url) {
  return url.trim().replace(/\/+$/, "") + "/";
}

/** The manifest text with every development URL replaced by `productionUrl`. */
function rewriteManifestUrls(manifest, productionUrl) {
  const base = normaliseBaseUrl(productionUrl);
  return manifest.replace(new RegExp(DEV_URL.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g"), () => base);
}

module.exports = { DEV_URL, normaliseBaseUrl, rewriteManifestUrls };
