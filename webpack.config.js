// Builds the add-in into dist/web: one page (taskpane.html) for the shared runtime that loads
// the custom functions and the taskpane; functions.json is generated from the JSDoc in
// src/functions/functions.ts by custom-functions-metadata-plugin (never hand-written), and
// functions.en-US.json is derived from it with src/functions/locale/en-US.json.
const path = require("path");
const fs = require("fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { translateMetadata } = require("./src/functions/locale/translate.js");

class TranslatedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("TranslatedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "TranslatedMetadataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin reported its own errors
          const table = JSON.parse(fs.readFileSync(path.resolve(__dirname, "src/functions/locale/en-US.json"), "utf8"));
          const { metadata, problems } = translateMetadata(
            JSON.parse(asset.source.source().toString()),
            table,
            "en-US",
          );
          for (const p of problems) compilation.errors.push(new webpack.WebpackError(p));
          compilation.emitAsset(
            "functions.en-US.json",
            new webpack.sources.RawSource(JSON.stringify(metadata, null, 2)),
          );
        },
      );
    });
  }
}

module.exports = (env, argv) => {
  const dev = argv.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.web.json" } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new TranslatedMetadataPlugin(),
      new webpack.DefinePlugin({ SOCINV_VERSION: JSON.stringify(require("./package.json").version) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "blocking",
        inject: "body",
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
    performance: { hints: false },
    // no Node polyfills; in particular no "global" shim, whose fallback is new Function("return this")
    node: { global: false, __filename: false, __dirname: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist/web") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: "https",
      port: 3000,
    },
  };
};
