// electron-builder's `beforeBuild` hook (electron-builder.yml). electron-vite bundles every runtime
// library into out/ (electron.vite.config.ts), so the packaged app needs nothing from node_modules.
// electron-builder would still copy the `dependencies` from node_modules into the app, and rebuild
// them; answering false tells it that node_modules are taken care of, so it does neither.
// src/main/security/packaging.test.ts runs this hook as electron-builder does.
module.exports = async function beforeBuild() {
  return false
}
