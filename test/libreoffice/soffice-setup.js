/** Jest globalSetup: see soffice-gate.js. */
module.exports = require("./soffice-gate").globalSetup;
