// The platform's /api/models with the web apps' session: the administrator logged in to Camunda's web apps is the
// caller (ADR 0013); every change carries the web apps' CSRF token, which a page of another site cannot read.

async function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  if (match) {
    return decodeURIComponent(match[1]);
  }
  // Camunda answers its token in a header to a GET that asks for it.
  const response = await fetch('/camunda/api/admin/auth/user/default', {
    headers: { 'X-XSRF-TOKEN': 'Fetch' }, credentials: 'same-origin'
  });
  return response.headers.get('X-XSRF-TOKEN') || '';
}

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && problem.message) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || {};
  }
}

export async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-XSRF-TOKEN'] = await csrfToken();
  }
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }
  return json;
}

export const models = {
  list: (type) => call('GET', '/api/models?type=' + encodeURIComponent(type)),
  read: (type, key, version) => call('GET', '/api/models/' + type + '/' + encodeURIComponent(key)
      + (version ? '/versions/' + version : '')),
  dryRun: (type, content) => call('POST', '/api/models/dry-run', { type, content }),
  deploy: (type, content, comment) => call('POST', '/api/models/deployments', { type, content, comment }),
  rollback: (type, key, comment) => call('POST', '/api/models/' + type + '/' + encodeURIComponent(key) + '/rollback',
      { comment }),
  history: (type, key) => call('GET', '/api/models/deployments?type=' + type + '&key=' + encodeURIComponent(key)),
  policy: () => call('GET', '/api/models/policy'),
  chooseQuota: (province, decision) => call('PUT', '/api/policy/settings/' + encodeURIComponent(province)
      + '/quota-decision', { settingValue: decision })
};
