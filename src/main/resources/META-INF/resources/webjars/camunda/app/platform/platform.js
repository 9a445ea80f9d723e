/*
 * What the four Camunda web apps (Tasklist, Cockpit, Admin, Welcome) share: the platform's name, the locales
 * and the login banner. Each app's scripts/config.js imports this module; docs/webapps.md explains why.
 */

export const PLATFORM_NAME = '工会社会工作岗位管理平台';

/**
 * A web app's configuration. The header shows "<vendor> <name>" and the browser tab the same, so the vendor is
 * the platform and the name says which app this is.
 */
export function platformConfig(appName, extra = {}) {
  return {
    app: {
      vendor: PLATFORM_NAME,
      name: appName
    },
    // A zh-CN browser asks for "zh" (the apps cut the region off); anything else but English gets Chinese.
    locales: {
      availableLocales: ['zh', 'en'],
      fallbackLocale: 'zh'
    },
    dateFormat: {
      normal: 'LLL',
      long: 'LLLL'
    },
    // Relative to app/<app>/: adds the platform's name to the login page.
    customScripts: ['../platform/login-banner'],
    // The stock first-login notice welcomes to "Camunda" and links to Camunda's demo welcome page.
    disableWelcomeMessage: true,
    ...extra
  };
}
