/*
 * Going live (ADR 0019), in Camunda Admin: a dashboard section and a page (#/golive) where an administrator uploads
 * the organisation tree and the users (.xlsx or CSV), sees every refused row (row, column, reason) or what was
 * loaded (with the passwords generated, shown this once), and creates or moves one user by organisation and role.
 * The page calls /api with the web apps' session and the CSRF token (ADR 0013); the doors are the administrators'.
 * Everything a file or the server says is put in as text, never as markup.
 */

import { apiCall as call } from './platform.js';

const ORG_HEADERS = '组织代码,上级代码,名称,类型,法人单位数,职工人数,会员人数';
const ORG_EXAMPLE = 'HE-SJZ-ZD-ZDZ,HE-SJZ-ZD,正定镇工会,乡镇（街道）工会,126,1850,1620';
const USER_HEADERS = '平台账号,姓名,组织代码,角色,电子邮箱,初始密码';
const USER_EXAMPLE = 'zhaomin,赵敏,HE-SJZ-ZD,县级经办,,';
const ROLES = ['县级经办', '市级经办', '市级审核', '省级审核', '社工', '平台管理员'];
const STYLE = `
  .golive section { margin-bottom: 28px; max-width: 960px; }
  .golive table { margin-top: 8px; }
  .golive .golive-hint { color: #555; }
  .golive .golive-result[data-outcome="refused"], .golive .golive-result[data-outcome="failed"] { color: #a94442; }
  .golive .golive-result[data-outcome="imported"], .golive .golive-result[data-outcome="done"] { color: #2f7d32; }
  .golive .golive-user label { display: inline-block; width: 8em; }
  .golive .golive-user input, .golive .golive-user select { width: 18em; margin-bottom: 6px; }
`;

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach((child) => node.append(child));
  return node;
}

function table(className, headers, rows) {
  return element('table', { class: 'table table-condensed ' + className },
    element('thead', {}, element('tr', {}, ...headers.map((h) => element('th', {}, h)))),
    element('tbody', {}, ...rows.map((row) => element('tr', {}, ...row.map((cell) => element('td', {}, String(cell ?? '')))))));
}

/** A refusal: its message, and its rows when a file was refused (row, column by its Chinese header, reason). */
function showRefusal(result, answer) {
  result.dataset.outcome = answer.status >= 500 || !answer.json ? 'failed' : 'refused';
  // The message names its field first ("file: …", "orgCode: …"), for programs; people read the rest.
  const message = answer.json && answer.json.message ? answer.json.message.replace(/^[A-Za-z]+: /, '')
    : '请求失败（' + answer.status + '）';
  result.replaceChildren(element('p', {}, message));
  const errors = answer.json && Array.isArray(answer.json.errors) ? answer.json.errors : [];
  if (errors.length) {
    result.append(table('golive-errors', ['行', '列', '原因'],
      errors.map((e) => [e.row, e.column || e.field, e.reason])));
  }
}

function template(name, text) {
  const url = URL.createObjectURL(new Blob(['\ufeff' + text + '\n'], { type: 'text/csv;charset=utf-8' }));
  return element('a', { href: url, download: name }, '下载模板 ' + name);
}

function uploadSection(api, kind) {
  const orgs = kind === 'orgs';
  const file = element('input', { type: 'file', id: `golive-${kind}-file`, accept: '.xlsx,.csv' });
  const button = element('button', { type: 'button', class: 'btn btn-primary', id: `golive-${kind}-submit` },
    orgs ? '导入组织' : '导入用户');
  const result = element('div', { class: 'golive-result', id: `golive-${kind}-result`, 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    if (!file.files.length) {
      result.dataset.outcome = 'refused';
      result.replaceChildren(element('p', {}, '请先选择文件'));
      return;
    }
    const data = new FormData();
    data.append('file', file.files[0]);
    button.disabled = true;
    result.dataset.outcome = 'busy';
    result.replaceChildren(element('p', {}, '正在导入，请稍候……'));
    try {
      const answer = await call(api, 'POST', `/api/admin/${kind}/import`, data);
      if (!answer.ok) {
        showRefusal(result, answer);
        return;
      }
      const done = answer.json;
      result.dataset.outcome = 'imported';
      result.replaceChildren(element('p', { class: 'golive-summary' }, `已导入：文件中 ${orgs ? done.organisations + ' 个组织'
        : done.users + ' 个用户'}，新增 ${done.created}，更新 ${done.updated}，未变 ${done.unchanged}`));
      if (!orgs && done.passwords && done.passwords.length) {
        result.append(element('p', {}, '以下初始密码由平台生成，只显示这一次：请逐一转交本人，并提醒登录后修改。'),
          table('golive-passwords', ['平台账号', '初始密码'], done.passwords.map((p) => [p.userId, p.password])));
      }
      if (!orgs && done.moved && done.moved.length) {
        result.append(element('p', {}, '调整了组织或角色的用户：已认领的审核任务退回原单位待办；仍由本人办理的任务：'),
          table('golive-moved', ['平台账号', '退回的任务', '仍由本人办理的任务'],
            done.moved.map((m) => [m.userId, m.returnedTasks.join('，'), m.keptTasks.join('，')])));
      }
    } catch (e) {
      result.dataset.outcome = 'failed';
      result.replaceChildren(element('p', {}, '无法连接平台：' + e.message));
    } finally {
      button.disabled = false;
    }
  });
  return element('section', { class: `golive-${kind}` },
    element('h3', {}, orgs ? '一、导入组织' : '二、导入用户'),
    element('p', { class: 'golive-hint' }, (orgs
      ? 'Excel（.xlsx）或 CSV，第 1 行为表头，顺序不限：' + ORG_HEADERS.replaceAll(',', '、')
        + '。上级代码：省总工会留空；代码按前缀逐级嵌套（HE → HE-SJZ → HE-SJZ-ZD）。类型填中文名称或 TOWNSHIP_STREET 等代码。'
      : 'Excel（.xlsx）或 CSV，第 1 行为表头，顺序不限：' + USER_HEADERS.replaceAll(',', '、')
        + '。角色：' + ROLES.join('、') + '。初始密码可留空，由平台生成。')
      + '整个文件先检查，有任何一行出错则全部不导入；同一文件再导入一次不会改变任何数据。'),
    element('p', {}, orgs ? template('组织模板.csv', ORG_HEADERS + '\n' + ORG_EXAMPLE)
      : template('用户模板.csv', USER_HEADERS + '\n' + USER_EXAMPLE)),
    element('p', {}, file, ' ', button), result);
}

function userSection(api) {
  const field = (id, label, input) => element('div', {}, element('label', { for: id }, label), input);
  const id = element('input', { id: 'golive-user-id', autocomplete: 'off' });
  const name = element('input', { id: 'golive-user-name', autocomplete: 'off' });
  const org = element('input', { id: 'golive-user-org', placeholder: '如 HE-SJZ-ZD', autocomplete: 'off' });
  const role = element('select', { id: 'golive-user-role' }, ...ROLES.map((r) => element('option', { value: r }, r)));
  const email = element('input', { id: 'golive-user-email', type: 'email', autocomplete: 'off' });
  const password = element('input', { id: 'golive-user-password', type: 'text', placeholder: '留空由平台生成',
    autocomplete: 'off' });
  const result = element('div', { class: 'golive-result', id: 'golive-user-result', 'aria-live': 'polite' });
  const show = (user, extra = []) => {
    result.dataset.outcome = 'done';
    result.replaceChildren(table('golive-user-view', ['平台账号', '姓名', '组织', '角色', '电子邮箱'],
      [[user.userId, user.name, user.orgCode ? `${user.orgName}（${user.orgCode}）` : '—', user.roleLabel || '—',
        user.email || '']]), ...extra);
  };
  const button = (key, text, action) => {
    const b = element('button', { type: 'button', class: 'btn btn-default', id: `golive-user-${key}` }, text);
    b.addEventListener('click', async () => {
      b.disabled = true;
      try {
        await action();
      } catch (e) {
        result.dataset.outcome = 'failed';
        result.replaceChildren(element('p', {}, '无法连接平台：' + e.message));
      } finally {
        b.disabled = false;
      }
    });
    return b;
  };
  const path = () => '/api/admin/users/' + encodeURIComponent(id.value.trim());
  const load = button('load', '查询', async () => {
    const answer = await call(api, 'GET', path());
    if (!answer.ok) {
      showRefusal(result, answer);
      return;
    }
    const user = answer.json;
    name.value = user.name || '';
    org.value = user.orgCode || '';
    email.value = user.email || '';
    show(user);
  });
  const create = button('create', '新建用户', async () => {
    const answer = await call(api, 'POST', '/api/admin/users', { userId: id.value, name: name.value,
      orgCode: org.value, role: role.value, email: email.value || null, password: password.value || null });
    if (!answer.ok) {
      showRefusal(result, answer);
      return;
    }
    show(answer.json.user, answer.json.password
      ? [element('p', {}, '初始密码（只显示这一次）：', element('code', { class: 'golive-password' }, answer.json.password))]
      : []);
  });
  const move = button('move', '调整组织和角色', async () => {
    const answer = await call(api, 'PUT', path(), { name: name.value || null, orgCode: org.value || null,
      role: role.value, email: email.value || null });
    if (!answer.ok) {
      showRefusal(result, answer);
      return;
    }
    const tasks = answer.json.returnedTasks.length || answer.json.keptTasks.length
      ? [element('p', {}, `已认领的审核任务退回原单位待办 ${answer.json.returnedTasks.length} 件；`
        + `仍由本人办理 ${answer.json.keptTasks.length} 件（申请人本人的步骤）。`)] : [];
    show(answer.json.user, tasks);
  });
  return element('section', { class: 'golive-user' },
    element('h3', {}, '三、新建或调整一个用户'),
    element('p', { class: 'golive-hint' }, '按组织和角色办理，不必知道 Camunda 的组。调整组织或角色时，本人已认领的审核任务退回原单位待办，'
      + '由原单位的同事继续办理。'),
    field('golive-user-id', '平台账号', id), field('golive-user-name', '姓名', name),
    field('golive-user-org', '组织代码', org), field('golive-user-role', '角色', role),
    field('golive-user-email', '电子邮箱', email), field('golive-user-password', '初始密码', password),
    element('p', {}, load, ' ', create, ' ', move), result);
}

export default [
  {
    id: 'platform.golive.dashboard',
    pluginPoint: 'admin.dashboard.section',
    priority: 100,
    render: (node) => {
      node.append(element('p', {}, '从 Excel 或 CSV 导入组织机构和用户，新建或调整一个用户。'),
        element('p', {}, element('a', { href: '#/golive', id: 'golive-open' }, '打开')));
    },
    properties: {
      label: '上线：导入组织和用户',
      pagePath: '#/golive'
    }
  },
  {
    id: 'platform.golive.page',
    pluginPoint: 'admin.route',
    // Camunda passes {api: {…, CSRFToken}} (the token is also in the XSRF-TOKEN cookie, read when missing).
    render: (node, { api } = {}) => {
      node.append(element('style', {}, STYLE), element('div', { class: 'golive container-fluid' },
        element('h2', {}, '上线：导入组织和用户'),
        uploadSection(api, 'orgs'), uploadSection(api, 'users'), userSection(api)));
    },
    properties: {
      path: '/golive',
      label: '上线：导入组织和用户'
    }
  }
];
