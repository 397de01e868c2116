// Made by rollup.config.js from rosco-templates/: each companion template as shipped beside the plugin's index.js.
declare module 'bake-share:companion-template-files' {
  export const COMPANION_TEMPLATE_FILES: ReadonlyArray<{ file: string; url: string }>;
}
