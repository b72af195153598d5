// Bundles the office.js stand-in for the browser tests (test/e2e/office-stub.ts) into dist/e2e.
const path = require("path");

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
};
