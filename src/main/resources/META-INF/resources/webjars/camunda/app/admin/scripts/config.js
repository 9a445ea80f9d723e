/*
 * Replaces the stock app/admin/scripts/config.js of the Camunda web-app jar (this project's copy comes first
 * on the class path). Shared settings are in app/platform/platform.js; see docs/webapps.md.
 */
import { platformConfig } from '../../platform/platform.js';

export default platformConfig('管理台', {
  // Going live (ADR 0019): a dashboard section and the page #/golive to load organisations and users.
  customScripts: ['../platform/golive']
});
