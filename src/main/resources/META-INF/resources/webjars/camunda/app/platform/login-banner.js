/*
 * A login-page plugin (plugin point "<app>.login") that puts the platform's name above the login form, so
 * users know where they are before the header (shown only once logged in) tells them.
 */
import { PLATFORM_NAME } from './platform.js';

const appName = document.querySelector('base').getAttribute('app-name');

export default {
  id: 'platform.login-banner',
  pluginPoint: `${appName}.login`,
  // Above the stock login form, which has priority 0.
  priority: 10,
  render: (node) => {
    const title = document.createElement('h2');
    title.className = 'platform-name';
    title.textContent = PLATFORM_NAME;
    node.appendChild(title);
  }
};
