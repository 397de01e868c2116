declare const __BAKE_SHARE_IDENTITY__: { id: string; version: string };

// Filled in from plugin.yaml and package.json by the build (and by the test set-up).
export const PLUGIN_IDENTITY: { id: string; version: string } = __BAKE_SHARE_IDENTITY__;
