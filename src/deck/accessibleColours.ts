const STYLE_ID = 'bake-share-colours';

// Deck's styleguide greys (#777 muted text, #737373 help text) and its link colour (#149cb5) stay below WCAG AA's
// 4.5:1 on Deck's white and #f8f8f8 backgrounds, as do Bootstrap's white-on-orange, -red, -green and -#777 labels and Deck's primary button. Inside
// the plugin's own roots the same classes are darkened just enough to pass; everything else keeps Deck's look. Links
// inside a line of text are underlined too, since colour alone does not set them apart (WCAG 1.4.1).
const CSS = `
.bake-share .text-muted, .bake-share .help-block, .bake-share-admin .text-muted, .bake-share-admin .help-block { color: #666; }
.bake-share a[href], .bake-share .btn-link, .bake-share-admin a[href], .bake-share-admin .btn-link { color: #0b6a7b; }
.bake-share-admin .nav-tabs > li.active > a[href] { color: #333; }
.bake-share-admin .label-warning { background-color: #8a5300; }
.bake-share-admin .label-default { background-color: #666; }
.bake-share-admin .label-danger { background-color: #b92c28; }
.bake-share-admin .label-success { background-color: #2d7a2d; }
.bake-share-admin .btn-primary, .bake-share-admin .btn-primary:hover { background-color: #0b6a7b; border-color: #095866; }
.bake-share-options > li.active > a .text-muted, .bake-share-options > li.active > a { color: #fff; }
.bake-share .help-block a[href], .bake-share-admin .bake-share-template-downloads a[href], .bake-share-bulk-change a[href] { text-decoration: underline; }
`;

export function ensureAccessibleColours(): void {
  if (typeof document === 'undefined' || document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  document.head.appendChild(style);
}
