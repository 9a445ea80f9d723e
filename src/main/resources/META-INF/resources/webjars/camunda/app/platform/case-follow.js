/*
 * Following cases in Tasklist (ADR 0017), two plugins of Tasklist 7.24:
 *  - a task tab "案件进展" (tasklist.task.detail): the case's open steps (who holds each, due date, where it stands),
 *    its whole review record, copies and urges; 催办 for the case's starter on a step due soon or overdue, and 抄送
 *    to users and organisations for whoever may copy it;
 *  - a header entry "案件跟踪" (tasklist.navbar.action) with the number of unread notifications, opening a panel with
 *    the notifications (mark read), the switch for notices by e-mail (ADR 0021) and the lists 我发起的, 我经办的,
 *    抄送我的, ended cases included.
 * Both call the platform's /api with the web apps' session; changes carry the session's CSRF token (ADR 0013). Ids and
 * classes named case-follow-* are what the browser test reads.
 */

import { apiJson } from './platform.js';

const API = '/api';
const POLL_MS = 30000;
const LISTS = [
  ['STARTED', '我发起的'],
  ['HANDLED', '我经办的'],
  ['COPIED', '抄送我的']
];
const KINDS = { URGE: '催办', COPY: '抄送', TASK_CREATED: '新待办', TASK_DUE_SOON: '即将到期', TASK_OVERDUE: '已超期',
  TASK_ESCALATED: '超期升级督办' };
const REVIEW_DECISIONS = { APPROVE: '同意', REJECT: '不同意', RETURN: '退回修改' };

const STYLE = `
.case-follow { font-size: 13px; }
.case-follow h4 { margin: 14px 0 6px; font-size: 14px; font-weight: 600; }
.case-follow table { width: 100%; margin-bottom: 8px; border-collapse: collapse; }
.case-follow th, .case-follow td { padding: 4px 6px; border-bottom: 1px solid #e5e5e5; text-align: left;
  vertical-align: top; }
.case-follow th { color: #666; font-weight: normal; white-space: nowrap; }
.case-follow .case-follow-summary { margin: 4px 0 8px; color: #333; }
.case-follow .case-follow-state-OVERDUE { color: #c62828; font-weight: 600; }
.case-follow .case-follow-state-DUE_SOON { color: #ef6c00; font-weight: 600; }
.case-follow .case-follow-empty { color: #888; }
.case-follow .case-follow-error { color: #c62828; margin: 6px 0; }
.case-follow .case-follow-notice { color: #2f7d32; margin: 6px 0; }
.case-follow label { display: block; margin: 6px 0 2px; font-weight: normal; color: #555; }
.case-follow input[type=text], .case-follow textarea { width: 100%; }
.case-follow button { margin: 4px 4px 4px 0; }
#case-follow-panel { position: fixed; top: 56px; right: 12px; z-index: 1040; width: 760px; max-width: 96vw;
  max-height: calc(100vh - 80px); overflow: auto; padding: 10px 14px; background: #fff;
  border: 1px solid #ccc; border-radius: 4px; box-shadow: 0 6px 24px rgba(0, 0, 0, .25); }
#case-follow-panel .case-follow-tabs button.active { font-weight: 600; text-decoration: underline; }
#case-follow-panel .case-follow-close { float: right; }
.case-follow-nav .badge { margin-left: 4px; background: #c62828; }
.case-follow-nav .badge.case-follow-zero { background: #999; }
`;

function addStyle() {
  if (!document.getElementById('case-follow-style')) {
    const style = document.createElement('style');
    style.id = 'case-follow-style';
    style.textContent = STYLE;
    document.head.appendChild(style);
  }
}

/** The platform API with the web apps' session and CSRF token (platform.js); a change always sends a JSON body. */
function call(method, url, api, body) {
  return apiJson(api, method, url, method === 'GET' ? undefined : (body || {}));
}

function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name === 'className') {
      element.className = value;
    } else if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined) {
      element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
  });
  return element;
}

function time(value) {
  return value ? String(value).replace('T', ' ').slice(0, 16) : '';
}

function table(className, headings, rows, empty) {
  if (!rows.length) {
    return el('p', { className: `case-follow-empty ${className}` }, empty);
  }
  return el('table', { className },
    el('thead', {}, el('tr', {}, headings.map((heading) => el('th', {}, heading)))),
    el('tbody', {}, rows));
}

function holders(step) {
  if (step.assignee) {
    return step.assignee;
  }
  const organisations = (step.candidateOrganisations || []).map((org) => org.name).join('、');
  return organisations ? `${organisations}（待认领）` : '';
}

function stepRows(progress, onUrge) {
  return (progress.steps || []).map((step) => el('tr', { className: 'case-follow-step', 'data-task-id': step.taskId },
    el('td', { className: 'case-follow-step-name' }, step.name || step.stepLabel),
    el('td', { className: 'case-follow-step-holder' }, holders(step)),
    el('td', { className: 'case-follow-step-due' }, time(step.due)),
    el('td', { className: `case-follow-step-state case-follow-state-${step.dueState}` }, step.dueStateLabel),
    el('td', {}, step.urgeable && onUrge
      ? el('button', { type: 'button', className: 'btn btn-xs btn-warning case-follow-urge',
        'data-task-id': step.taskId, onclick: () => onUrge(step) }, '催办')
      : null)));
}

/** Renders one case's progress into the container; actions re-render it. */
function renderProgress(container, processInstanceId, api, options = {}) {
  const message = el('div', { id: options.embedded ? null : 'case-follow-message', className: 'case-follow-message' });
  const show = (text, ok) => {
    message.className = `case-follow-message ${ok ? 'case-follow-notice' : 'case-follow-error'}`;
    message.textContent = text;
  };
  const load = (notice) => call('GET', `${API}/cases/${encodeURIComponent(processInstanceId)}/progress`, api)
    .then((progress) => {
      container.innerHTML = '';
      container.appendChild(view(progress));
      container.appendChild(message);
      if (notice) {
        show(notice, true);
      }
    })
    .catch((error) => {
      container.innerHTML = '';
      container.appendChild(el('p', { className: 'case-follow-error' }, error.message));
    });

  function urge(step) {
    const input = container.querySelector('#case-follow-urge-message');
    call('POST', `${API}/tasks/${encodeURIComponent(step.taskId)}/urge`, api,
      { message: input && input.value.trim() ? input.value.trim() : null })
      .then((urged) => load(`已催办「${step.name}」，已通知 ${urged.recipients} 位办理人员。`))
      .catch((error) => show(error.message, false));
  }

  function copy() {
    const split = (id) => container.querySelector(id).value.split(/[\s,，、;；]+/).filter(Boolean);
    const note = container.querySelector('#case-follow-copy-note').value.trim();
    call('POST', `${API}/cases/${encodeURIComponent(processInstanceId)}/copies`, api,
      { users: split('#case-follow-copy-users'), organisations: split('#case-follow-copy-orgs'), note: note || null })
      .then((copied) => load(`已抄送给 ${copied.recipients.join('、')}。`))
      .catch((error) => show(error.message, false));
  }

  function view(progress) {
    const anyUrgeable = (progress.steps || []).some((step) => step.urgeable);
    return el('div', { className: 'case-follow case-follow-progress', 'data-case': progress.processInstanceId },
      el('div', { className: 'case-follow-summary' },
        el('strong', { className: 'case-follow-case-number' }, progress.caseNumber || ''), ' ',
        progress.processName, ' · ', `${progress.starterOrgName || ''} ${progress.starterId} 发起于 `,
        time(progress.startedAt), ' · ',
        el('span', { className: 'case-follow-case-state' }, progress.stateLabel),
        progress.endedAt ? `（${time(progress.endedAt)}）` : ''),
      el('h4', {}, '当前步骤'),
      anyUrgeable ? el('div', {},
        el('label', { for: 'case-follow-urge-message' }, '催办留言（可不填）'),
        el('input', { type: 'text', id: 'case-follow-urge-message', className: 'form-control', maxlength: 200 }))
        : null,
      table('case-follow-steps', ['步骤', '办理人', '期限', '状态', ''], stepRows(progress, urge),
        progress.state === 'ENDED' ? '案件已办结' : '暂无待办步骤'),
      el('h4', {}, '审核记录'),
      table('case-follow-reviews', ['时间', '步骤', '审核人', '结论', '意见'], (progress.reviews || []).map((review) =>
        el('tr', { className: 'case-follow-review' },
          el('td', {}, time(review.reviewedAt)), el('td', {}, review.stepLabel),
          el('td', {}, review.reviewerId), el('td', {}, REVIEW_DECISIONS[review.decision] || review.decision),
          el('td', {}, review.reviewComment || ''))), '尚无审核记录'),
      el('h4', {}, '抄送'),
      table('case-follow-copies', ['时间', '抄送人', '接收人', '附言'], (progress.copies || []).map((copied) =>
        el('tr', { className: 'case-follow-copy' },
          el('td', {}, time(copied.copiedAt)), el('td', {}, copied.copiedBy),
          el('td', {}, copied.recipientId + (copied.organisation ? `（${copied.organisation}）` : '')),
          el('td', {}, copied.note || ''))), '尚未抄送'),
      el('h4', {}, '催办'),
      table('case-follow-urges', ['时间', '步骤', '催办人', '留言'], (progress.urges || []).map((urged) =>
        el('tr', { className: 'case-follow-urged' },
          el('td', {}, time(urged.urgedAt)), el('td', {}, urged.stepLabel), el('td', {}, urged.urgedBy),
          el('td', {}, urged.message || ''))), '尚未催办'),
      progress.mayCopy ? el('div', { className: 'case-follow-copy-form' },
        el('h4', {}, '抄送本案件'),
        el('label', { for: 'case-follow-copy-users' }, '抄送给用户（用户名，多个用逗号或空格分隔）'),
        el('input', { type: 'text', id: 'case-follow-copy-users', className: 'form-control', placeholder: '如 lcclerk' }),
        el('label', { for: 'case-follow-copy-orgs' }, '抄送给单位（组织代码，单位全体成员）'),
        el('input', { type: 'text', id: 'case-follow-copy-orgs', className: 'form-control', placeholder: '如 HE-SJZ-LC' }),
        el('label', { for: 'case-follow-copy-note' }, '附言（可不填）'),
        el('textarea', { id: 'case-follow-copy-note', className: 'form-control', rows: 2, maxlength: 500 }),
        el('button', { type: 'button', id: 'case-follow-copy-submit', className: 'btn btn-sm btn-primary',
          onclick: copy }, '抄送')) : null);
  }

  container.innerHTML = '';
  container.appendChild(el('p', { className: 'case-follow-empty' }, '正在读取案件进展…'));
  return load();
}

/** The task tab: the case of the task shown. */
const progressTab = {
  id: 'platform.case-follow.progress',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  properties: { label: '案件进展' },
  render(node, { taskId, api }) {
    addStyle();
    const container = el('div', { id: 'case-follow-progress', className: 'case-follow' });
    node.innerHTML = '';
    node.appendChild(container);
    call('GET', `${api.engineApi}/task/${encodeURIComponent(taskId)}`, api)
      .then((task) => renderProgress(container, task.processInstanceId, api))
      .catch((error) => {
        container.textContent = '';
        container.appendChild(el('p', { className: 'case-follow-error' }, error.message));
      });
  }
};

/** The header entry and its panel. */
const navigation = {
  id: 'platform.case-follow.navigation',
  pluginPoint: 'tasklist.navbar.action',
  priority: 90,
  render(node, { api } = {}) {
    addStyle();
    const badge = el('span', { id: 'case-follow-unread', className: 'badge case-follow-zero' }, '0');
    const link = el('a', { href: '', id: 'case-follow-open', title: '通知、我发起的、我经办的、抄送我的',
      onclick: (event) => { event.preventDefault(); toggle(); } }, '案件跟踪', badge);
    node.appendChild(el('span', { className: 'case-follow-nav' }, link));
    let panel = null;

    const count = () => call('GET', `${API}/notifications/count`, api).then((answer) => {
      badge.textContent = String(answer.unread);
      badge.className = `badge${answer.unread ? '' : ' case-follow-zero'}`;
    }).catch(() => {});
    count();
    // Every half minute, and whenever Tasklist moves to another task or filter (after a task is done, say).
    const refresh = () => {
      if (!document.body.contains(node)) {
        clearInterval(timer);
        window.removeEventListener('hashchange', refresh);
        return;
      }
      count();
    };
    const timer = setInterval(refresh, POLL_MS);
    window.addEventListener('hashchange', refresh);

    function toggle() {
      if (panel) {
        panel.remove();
        panel = null;
        return;
      }
      panel = el('div', { id: 'case-follow-panel', className: 'case-follow' });
      document.body.appendChild(panel);
      count();
      showTab('NOTIFICATIONS');
    }

    function showTab(which) {
      panel.innerHTML = '';
      const tabs = [['NOTIFICATIONS', '通知'], ...LISTS].map(([key, label]) => el('button', {
        type: 'button', className: `btn btn-link case-follow-tab${key === which ? ' active' : ''}`,
        id: `case-follow-tab-${key}`, onclick: () => showTab(key) }, label));
      panel.appendChild(el('div', { className: 'case-follow-tabs' },
        el('button', { type: 'button', className: 'btn btn-default btn-xs case-follow-close',
          onclick: toggle }, '关闭'), tabs));
      const body = el('div', { id: 'case-follow-panel-body', 'data-tab': which });
      panel.appendChild(body);
      return which === 'NOTIFICATIONS' ? notifications(body) : cases(body, which);
    }

    function notifications(body) {
      return call('GET', `${API}/notifications`, api).then((list) => {
        body.appendChild(el('button', { type: 'button', id: 'case-follow-read-all', className: 'btn btn-xs btn-default',
          onclick: () => call('POST', `${API}/notifications/read-all`, api)
            .then(() => { count(); showTab('NOTIFICATIONS'); }) }, '全部标为已读'));
        body.appendChild(mailSwitch());
        body.appendChild(table('case-follow-notifications', ['时间', '类别', '内容', ''], list.map((item) =>
          el('tr', { className: `case-follow-notification${item.readAt ? '' : ' case-follow-unread-row'}`,
            'data-id': item.id },
          el('td', {}, time(item.createdAt)), el('td', {}, KINDS[item.kind] || item.kind),
          el('td', {}, item.readAt ? item.message : el('strong', {}, item.message)),
          el('td', {}, item.readAt ? '已读' : el('button', { type: 'button',
            className: 'btn btn-xs btn-default case-follow-read', 'data-id': item.id,
            onclick: () => call('POST', `${API}/notifications/${item.id}/read`, api)
              .then(() => { count(); showTab('NOTIFICATIONS'); }) }, '标为已读')))), '没有通知'));
      }).catch((error) => body.appendChild(el('p', { className: 'case-follow-error' }, error.message)));
    }

    /**
     * The e-mail switch (ADR 0021): on or off for all notices by e-mail; the notices here stay whatever is chosen.
     * Shown greyed where the installation sends no e-mail or the account has no address.
     */
    function mailSwitch() {
      const box = el('input', { type: 'checkbox', id: 'case-follow-mail', disabled: true });
      const note = el('span', { id: 'case-follow-mail-note', className: 'text-muted' });
      const label = el('label', { className: 'case-follow-mail', title: '关闭后，通知仍会显示在此处' }, box, ' 同时发送邮件通知 ',
        note);
      const show = (preferences) => {
        box.checked = preferences.email;
        box.disabled = false;
        note.textContent = !preferences.mailConfigured ? '（本平台未配置邮件服务器）'
          : preferences.address ? `（${preferences.address}）` : '（账号未登记邮箱，请联系管理员）';
      };
      call('GET', `${API}/notifications/preferences`, api).then(show)
        .catch((error) => { note.textContent = error.message; });
      box.addEventListener('change', () => {
        box.disabled = true;
        call('PUT', `${API}/notifications/preferences`, api, { email: box.checked }).then(show)
          .catch((error) => { note.textContent = error.message; box.checked = !box.checked; box.disabled = false; });
      });
      return el('div', { className: 'case-follow-mail-switch' }, label);
    }

    function cases(body, kind) {
      return call('GET', `${API}/cases/mine?kind=${kind}`, api).then((list) => {
        const detail = el('div', { id: 'case-follow-case-detail' });
        body.appendChild(table(`case-follow-cases case-follow-cases-${kind}`,
          ['案号', '流程', '发起', '状态', '当前步骤', ''], list.map((found) => el('tr', {
            className: 'case-follow-case', 'data-case': found.processInstanceId },
          el('td', {}, found.caseNumber || ''), el('td', {}, found.processName),
          el('td', {}, `${found.starterId} ${time(found.startedAt)}`), el('td', {}, found.stateLabel),
          el('td', {}, (found.steps || []).map((step) => el('div', {},
            `${step.name}：${holders(step)}${step.due ? `，期限 ${time(step.due)}` : ''}（`,
            el('span', { className: `case-follow-state-${step.dueState}` }, step.dueStateLabel), '）'))),
          el('td', {}, el('button', { type: 'button', className: 'btn btn-xs btn-default case-follow-show',
            'data-case': found.processInstanceId,
            onclick: () => renderProgress(detail, found.processInstanceId, api, { embedded: true }) }, '进展')))),
          '暂无案件'));
        body.appendChild(detail);
      }).catch((error) => body.appendChild(el('p', { className: 'case-follow-error' }, error.message)));
    }
  }
};

export default [progressTab, navigation];
