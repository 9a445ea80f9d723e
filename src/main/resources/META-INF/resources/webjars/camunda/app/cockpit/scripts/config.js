/*
 * Replaces the stock app/cockpit/scripts/config.js of the Camunda web-app jar (this project's copy comes first
 * on the class path). Shared settings are in app/platform/platform.js; see docs/webapps.md.
 */
import { platformConfig } from '../../platform/platform.js';

export default platformConfig('驾驶舱', {
  // 时限监控 (ADR 0020): the deadline board on the dashboard and as a tab of each process definition.
  customScripts: ['../platform/sla-board']
});
