// Bundles the office.js stand-in for the browser tests (test/e2e/office-stub.ts) into dist/e2e,
// and writes dist/e2e/taskpane.html: the production taskpane page whose Content-Security-Policy
// also lets it reach the local replay server on 127.0.0.1 (scripts/csp.js). The browser tests
// that fetch from Kolada or SCB serve this page beside dist/web's scripts; production never does.
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const { e2ePage } = require("./scripts/csp.js");

class E2ePagePlugin {
  apply(compiler) {
    const template = path.resolve(__dirname, "src/taskpane/taskpane.html");
    compiler.hooks.thisCompilation.tap("E2ePagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "E2ePagePlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.fileDependencies.add(template);
          const page = e2ePage(fs.readFileSync(template, "utf8"));
          compilation.emitAsset("taskpane.html", new webpack.sources.RawSource(page));
        },
      );
    });
  }
}

module.exports = {
  mode: "development",
  devtool: false,
  entry: { "office-stub": "./test/e2e/office-stub.ts" },
  output: { path: path.resolve(__dirname, "dist/e2e"), filename: "[name].js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.web.json" } },
      },
    ],
  },
  plugins: [new E2ePagePlugin()],
};
