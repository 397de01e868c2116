// What Deck's own app sets up before @spinnaker/core loads: jQuery (so AngularJS uses it), lodash as `_` (a region
// directive reads it) and the settings object.
const jquery = require('jquery');
window.$ = window.jQuery = jquery;
window._ = require('lodash');
window.spinnakerSettings = {
  gateUrl: 'http://gate.test',
  authEnabled: false,
  checkForUpdates: false,
  defaultProviders: ['aws'],
  feature: { roscoMode: true, pipelines: true },
  providers: { aws: { defaults: { account: 'prod', region: 'us-east-1' } } },
};
