import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { COMPANION_TEMPLATES, TEMPLATES_DIR, templateText } from '../../scripts/companion-templates.mjs';

test('the committed companion templates are what npm run templates writes', async () => {
  assert.deepEqual((await readdir(TEMPLATES_DIR)).sort(), COMPANION_TEMPLATES.map((template) => template.file).sort());
  for (const template of COMPANION_TEMPLATES) {
    const committed = await readFile(path.join(TEMPLATES_DIR, template.file), 'utf8');
    assert.equal(committed, templateText(template), `${template.file} is out of date: run npm run templates`);
  }
});

test("each template keeps what Rosco's stock template of its builder declares", async () => {
  for (const template of COMPANION_TEMPLATES) {
    const { variables, builders, provisioners } = JSON.parse(templateText(template));
    const [builder] = builders;
    for (const name of ['aws_region', 'aws_source_ami', 'aws_target_ami', 'configDir', 'packages', 'appversion']) {
      assert.ok(name in variables, `${template.file} declares ${name}`);
    }
    assert.equal(builder.type, template.builder);
    assert.deepEqual(Object.keys(builder.tags), ['appversion', 'build_host', 'build_info_url']);
    assert.match(provisioners[0].script, /install_packages\.sh$/);
    if (template.builder === 'amazon-ebs') {
      for (const field of ['spot_price', 'spot_price_auto_product', 'ena_support', 'associate_public_ip_address']) {
        assert.ok(field in builder, `${template.file} sets ${field}`);
      }
      assert.deepEqual(builder.run_tags, { Packages: '{{user `packages`}}' });
    }
  }
});
