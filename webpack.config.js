// Builds the add-in into dist/web: one page (taskpane.html) for the shared runtime that loads
// the custom functions and the taskpane; functions.json is generated from the JSDoc in
// src/functions/functions.ts by custom-functions-metadata-plugin (never hand-written), and
// functions.en-US.json is derived from it with src/functions/locale/en-US.json (English
// parameter names); functions.json's parameters are then named in Swedish (locale/sv-SE.json)
// for Excel's formula tooltip. Then, as in
// Microsoft's templates, manifest.xml is written for where the build is served (urlDev in
// development, urlProd in production: $SOCINV_URL or package.json's config.prod_url), every
// function gets a helpUrl, and help.html documents the functions (scripts/addin-build.js).
const path = require("path");
const fs = require("fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { translateMetadata, nameParameters } = require("./src/functions/locale/translate.js");
const { DEV_URL, HELP_PAGE, productionUrl, manifestFor, withHelpUrls, helpPage } = require("./scripts/addin-build.js");
const pkg = require("./package.json");

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
          // the Swedish default metadata: parameters named in Swedish for Excel's formula tooltip
          const sv = JSON.parse(fs.readFileSync(path.resolve(__dirname, "src/functions/locale/sv-SE.json"), "utf8"));
          const named = nameParameters(JSON.parse(asset.source.source().toString()), sv.parameters, "sv-SE");
          for (const p of named.problems) compilation.errors.push(new webpack.WebpackError(p));
          compilation.updateAsset(
            "functions.json",
            new webpack.sources.RawSource(JSON.stringify(named.metadata, null, 2)),
          );
        },
      );
    });
  }
}

/** manifest.xml for `url`, help URLs in the metadata, and help.html. Runs after the translation. */
class AddinUrlsPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    const manifestPath = path.resolve(__dirname, "manifest.xml");
    compiler.hooks.thisCompilation.tap("AddinUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AddinUrlsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          compilation.fileDependencies.add(manifestPath);
          const json = (name) => JSON.parse(compilation.getAsset(name).source.source().toString());
          const raw = (text) => new webpack.sources.RawSource(text);
          if (!compilation.getAsset("functions.json") || !compilation.getAsset("functions.en-US.json")) return;
          const sv = withHelpUrls(json("functions.json"), this.url);
          const en = withHelpUrls(json("functions.en-US.json"), this.url);
          compilation.updateAsset("functions.json", raw(JSON.stringify(sv, null, 2)));
          compilation.updateAsset("functions.en-US.json", raw(JSON.stringify(en, null, 2)));
          compilation.emitAsset(HELP_PAGE, raw(helpPage(sv, en, pkg.version)), { minimized: true });
          compilation.emitAsset("manifest.xml", raw(manifestFor(fs.readFileSync(manifestPath, "utf8"), this.url)));
        },
      );
    });
  }
}

/**
 * Trusted localhost certificates (office-addin-dev-certs), only when the dev server runs. Where
 * the developer CA cannot be installed (Linux: no sudo, no system store Office uses), the
 * certificates it generated are still used: trust ~/.office-addin-dev-certs/ca.crt in the browser.
 */
async function httpsOptions() {
  const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  try {
    const o = await require("office-addin-dev-certs").getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (e) {
    const file = (name) => path.join(dir, name);
    if (["ca.crt", "localhost.crt", "localhost.key"].every((n) => fs.existsSync(file(n)))) {
      console.warn(
        `office-addin-dev-certs could not install its certificate authority (${String(e.message).trim()}). ` +
          `Serving with its certificate anyway: import ${file("ca.crt")} as a trusted authority in your browser.`,
      );
      return {
        ca: fs.readFileSync(file("ca.crt")),
        key: fs.readFileSync(file("localhost.key")),
        cert: fs.readFileSync(file("localhost.crt")),
      };
    }
    console.warn(
      `office-addin-dev-certs is not available (${String(e.message).trim()}); serving with webpack's ` +
        "self-signed certificate: open https://localhost:3000/taskpane.html once and accept it.",
    );
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const url = dev ? DEV_URL : productionUrl(process.env, pkg);
  const port = Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port || 3000);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].js",
      // parts loaded when first needed (the chart on Granska): named, beside the page that loads them.
      // A fixed public path: webpack's automatic one would bring a global-object shim
      // (new Function("return this")) and an importScripts test into the bundle (test/security).
      chunkFilename: "[name].js",
      publicPath: "",
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
      new AddinUrlsPlugin(url),
      new webpack.DefinePlugin({ SOCINV_VERSION: JSON.stringify(pkg.version) }),
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
    // a part loaded when first needed is one file of its own name (chart.js: the chart and its libraries)
    optimization: { splitChunks: { cacheGroups: { defaultVendors: false, default: false } } },
    // no Node polyfills; in particular no "global" shim, whose fallback is new Function("return this")
    node: { global: false, __filename: false, __dirname: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist/web") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? { type: "https", options: await httpsOptions() } : "https",
      port,
    },
  };
};
