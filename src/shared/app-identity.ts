/**
 * Who Foothold is to the operating system. The installers (electron-builder.yml's appId and
 * productName) must say the same: on Windows the Start menu shortcut carries the app id, and
 * notifications show only for an app whose user model id matches it.
 */
export const APP_ID = 'app.foothold.desktop'
export const PRODUCT_NAME = 'Foothold'
