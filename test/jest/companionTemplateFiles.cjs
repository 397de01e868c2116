// What rollup.config.js makes of rosco-templates/ in the build: here the files are named as Gate would serve them.
const { readdirSync } = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '../../rosco-templates');
module.exports = {
  COMPANION_TEMPLATE_FILES: readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, url: `http://gate.test/plugins/deck/bake-share/templates/${file}` })),
};
