/**
 * functions.json as Excel must read it. custom-functions-metadata writes
 * `allowCustomDataForDataTypeAny` but cannot write `allowErrorForDataTypeAny`;
 * without it Excel never calls a PAR function whose range holds an error
 * cell (it shows the error itself), so one unit with a bad score would turn
 * every unit's PAR.RANK into an error. The build adds the flag to the
 * generated file (FunctionsMetadataFlagsPlugin in webpack.config.js).
 */
const { Compilation, sources } = require("webpack");

const FLAGS = { allowCustomDataForDataTypeAny: true, allowErrorForDataTypeAny: true };

/** The metadata JSON text with the flags set, the functions unchanged. */
function withErrorValues(json) {
  const { functions, ...rest } = JSON.parse(json);
  return JSON.stringify({ ...rest, ...FLAGS, functions }, null, 4);
}

/** Rewrites the `functions.json` asset of a compilation with withErrorValues. */
class FunctionsMetadataFlagsPlugin {
  constructor(asset) {
    this.asset = asset;
  }

  apply(compiler) {
    const name = "FunctionsMetadataFlagsPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset(this.asset);
        if (!asset) return;
        compilation.updateAsset(this.asset, new sources.RawSource(withErrorValues(asset.source.source().toString())));
      });
    });
  }
}

module.exports = { FLAGS, withErrorValues, FunctionsMetadataFlagsPlugin };
