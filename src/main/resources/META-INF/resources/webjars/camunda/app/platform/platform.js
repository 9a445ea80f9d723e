/*
 * What the four Camunda web apps (Tasklist, Cockpit, Admin, Welcome) share: the platform's name, the locales
 * and the login banner. Each app's scripts/config.js imports this module; docs/webapps.md explains why.
 */

export const PLATFORM_NAME = '工会社会工作岗位管理平台';

/**
 * Whether the apps show English: the browser's first language is English (the apps cut the region off and fall
 * back to Chinese for anything else; see locales below).
 */
export function englishBrowser() {
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return first.toLowerCase().split('-')[0] === 'en';
}

// The stock pages say lang="en"; screen readers and fonts should know the page is Chinese.
document.documentElement.lang = englishBrowser() ? 'en' : 'zh-CN';

/**
 * A web app's configuration. The header shows "<vendor> <name>" and the browser tab the same, so the vendor is
 * the platform and the name says which app this is.
 */
export function platformConfig(appName, { customScripts = [], ...extra } = {}) {
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
    // Relative to app/<app>/: adds the platform's name to the login page, then the app's own scripts.
    customScripts: ['../platform/login-banner', ...customScripts],
    // The stock first-login notice welcomes to "Camunda" and links to Camunda's demo welcome page.
    disableWelcomeMessage: true,
    ...extra
  };
}

/**
 * A call to the platform's /api from a web app's plugin, with the web apps' session and their CSRF token (ADR 0013):
 * Camunda passes the token to plugins as api.CSRFToken and keeps it in the XSRF-TOKEN cookie, read when missing.
 * Answers {ok, status, json}; json is null when the answer is not JSON.
 */
export async function apiCall(api, method, path, body) {
  const cookie = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  const token = (api && api.CSRFToken) || (cookie ? decodeURIComponent(cookie[1]) : '');
  const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': token };
  if (body && !(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(body);
  }
  const response = await fetch(path, { method, body, headers, credentials: 'same-origin' });
  let json = null;
  try {
    json = await response.json();
  } catch (e) {
    json = null;
  }
  return { ok: response.ok, status: response.status, json };
}

/**
 * {@link apiCall} for callers that want the answer or an error: the JSON on success; otherwise an Error carrying the
 * problem's message (or the status), {@code status} and {@code problem}.
 */
export async function apiJson(api, method, path, body) {
  const answer = await apiCall(api, method, path, body);
  if (!answer.ok) {
    const message = answer.json && answer.json.message ? answer.json.message : `请求失败（${answer.status}）`;
    throw Object.assign(new Error(message), { status: answer.status, problem: answer.json });
  }
  return answer.json;
}
