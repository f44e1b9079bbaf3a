/** Jest: TypeScript through ts-jest; type errors are caught by `npm run typecheck`. */
const { ignoredSuites } = require("./test/libreoffice/soffice-gate");

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The LibreOffice suites run whenever soffice is on PATH (test/libreoffice/soffice-gate.js).
  testPathIgnorePatterns: ["/node_modules/", ...ignoredSuites()],
  globalSetup: "<rootDir>/test/libreoffice/soffice-setup.js",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
