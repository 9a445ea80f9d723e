/*
 * The task tab "审批操作" in Tasklist (ADR 0016): return the case to an earlier step (退回), add or remove a
 * co-reviewer (加签), transfer the task (转办). It asks GET /api/tasks/{id}/actions what the user may do now and shows
 * only that; every action is decided again by the platform. /api takes the web apps' session; a change carries
 * Camunda's CSRF token as X-XSRF-TOKEN (ADR 0013). Element ids are stable: the browser tests drive them.
 */

import { apiJson } from './platform.js';

const POSITIONS = [
  ['BEFORE', '前加签（先由其提出意见，再由我审核）'],
  ['AFTER', '后加签（我同意后由其审核决定）']
];
const STATES = { WAITING: '待添加人同意后审核', ACTING: '办理中', DONE: '已提出意见', REMOVED: '已撤销', DROPPED: '未审核，已随本步办结撤销' };

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value);
    }
  }
  children.filter(Boolean).forEach((child) => node.appendChild(child));
  return node;
}

/** The platform's root: the web apps live under /camunda, /api beside them. */
function root(api) {
  const base = (api && api.baseApi) || '';
  const at = base.indexOf('/camunda/');
  return at > 0 ? base.substring(0, at) : '';
}

function client(api) {
  const prefix = root(api) + '/api/tasks/';
  return (method, path, body) => apiJson(api, method, prefix + path, body);
}

/** Leaves the task (it is no longer the user's) and reloads Tasklist, so that its list and counts are fresh. */
function reload(leaveTask) {
  const [path, query = ''] = window.location.hash.split('?');
  const params = new URLSearchParams(query);
  if (leaveTask) {
    params.delete('task');
    params.delete('detailsTab');
  }
  const search = params.toString();
  window.location.hash = path + (search ? '?' + search : '');
  window.location.reload();
}

function section(id, title, ...children) {
  return element('section', { id, class: 'case-actions-section' }, element('h4', { text: title }), ...children);
}

function field(label, control) {
  return element('div', { class: 'form-group' },
    element('label', { for: control.id, class: 'control-label', text: label }), control);
}

function render(node, api, taskId) {
  const call = client(api);
  node.textContent = '';
  const message = element('div', { id: 'case-actions-message', role: 'status' });
  const body = element('div', { id: 'case-actions-body' });
  const container = element('div', { id: 'case-actions', class: 'case-actions', 'data-task-id': taskId },
    message, body);
  node.appendChild(container);

  function tell(text, ok) {
    message.className = 'alert ' + (ok ? 'alert-success' : 'alert-danger');
    message.textContent = text;
  }

  function act(button, work, done, leaveTask) {
    button.addEventListener('click', async () => {
      button.disabled = true;
      message.className = '';
      message.textContent = '';
      try {
        await work();
        tell(done + '，正在刷新任务列表…', true);
        container.setAttribute('data-done', 'true');
        const leave = typeof leaveTask === 'function' ? leaveTask() : leaveTask;
        setTimeout(() => reload(leave), 800);
      } catch (error) {
        tell(error.message, false);
        button.disabled = false;
      }
    });
  }

  function returnSection(targets) {
    const target = element('select', { id: 'case-actions-return-target', class: 'form-control' });
    targets.forEach((found) => target.appendChild(element('option', { value: found.taskKey, text: found.label })));
    const reason = element('textarea', { id: 'case-actions-return-reason', class: 'form-control', rows: '3',
      maxlength: '2000', placeholder: '退回理由（必填），将显示给被退回的办理人' });
    const submit = element('button', { id: 'case-actions-return-submit', type: 'button', class: 'btn btn-warning',
      text: '退回' });
    act(submit, () => call('POST', encodeURIComponent(taskId) + '/return',
      { targetStep: target.value, reason: reason.value }), '已退回', true);
    return section('case-actions-return', '退回', field('退回至', target), field('退回理由', reason), submit);
  }

  function coReviewerSection(actions) {
    const list = element('table', { id: 'case-actions-co-reviewer-list', class: 'table table-condensed' });
    list.appendChild(element('thead', {}, element('tr', {}, element('th', { text: '加签人' }),
      element('th', { text: '方式' }), element('th', { text: '状态' }), element('th', { text: '添加人' }),
      element('th', {}))));
    const rows = element('tbody');
    actions.coReviewers.forEach((row) => {
      const remove = row.removable ? element('button', { type: 'button', class: 'btn btn-link case-actions-co-reviewer-remove',
        'data-user-id': row.userId, text: '撤销' }) : null;
      if (remove) {
        act(remove, () => call('DELETE', encodeURIComponent(taskId) + '/co-reviewers/'
          + encodeURIComponent(row.userId)), '已撤销加签', false);
      }
      rows.appendChild(element('tr', { class: 'case-actions-co-reviewer', 'data-user-id': row.userId },
        element('td', { text: row.name + '（' + row.userId + '）' }),
        element('td', { text: row.position === 'BEFORE' ? '前加签' : '后加签' }),
        element('td', { text: STATES[row.state] || row.state }),
        element('td', { text: row.addedBy }), element('td', {}, remove)));
    });
    list.appendChild(rows);
    const parts = [actions.coReviewers.length ? list : element('p', { text: '尚未加签。' })];
    if (actions.canAddCoReviewer) {
      const user = element('input', { id: 'case-actions-co-reviewer-user', class: 'form-control', type: 'text',
        maxlength: '64', placeholder: '本单位或下级单位审核、经办人员的用户名' });
      const position = element('select', { id: 'case-actions-co-reviewer-position', class: 'form-control' });
      POSITIONS.forEach(([value, label]) => position.appendChild(element('option', { value, text: label })));
      const add = element('button', { id: 'case-actions-co-reviewer-add', type: 'button', class: 'btn btn-default',
        text: '加签' });
      act(add, () => call('POST', encodeURIComponent(taskId) + '/co-reviewers',
        // Before: the task goes to the co-reviewer at once, and leaves this user's list.
        { userId: user.value.trim(), position: position.value }), '已加签', () => position.value === 'BEFORE');
      parts.push(field('加签人', user), field('加签方式', position), add);
    }
    return section('case-actions-co-reviewers', '加签', ...parts);
  }

  function transferSection() {
    const user = element('input', { id: 'case-actions-transfer-user', class: 'form-control', type: 'text',
      maxlength: '64', placeholder: '同一审核单位同岗位同事的用户名' });
    const reason = element('textarea', { id: 'case-actions-transfer-reason', class: 'form-control', rows: '2',
      maxlength: '2000', placeholder: '转办说明（选填）' });
    const submit = element('button', { id: 'case-actions-transfer-submit', type: 'button', class: 'btn btn-default',
      text: '转办' });
    act(submit, () => call('POST', encodeURIComponent(taskId) + '/transfer',
      { userId: user.value.trim(), reason: reason.value }), '已转办', true);
    return section('case-actions-transfer', '转办', field('转办给', user), field('转办说明', reason), submit);
  }

  call('GET', encodeURIComponent(taskId) + '/actions').then((actions) => {
    if (actions.coReviewerTurn) {
      body.appendChild(element('p', { id: 'case-actions-co-reviewer-turn', class: 'alert alert-info',
        text: '您是本任务的加签人：请在“表单”中填写意见（或决定）后提交。' }));
    }
    if (actions.returnTargets.length) {
      body.appendChild(returnSection(actions.returnTargets));
    }
    if (actions.canAddCoReviewer || actions.coReviewers.length) {
      body.appendChild(coReviewerSection(actions));
    }
    if (actions.canTransfer) {
      body.appendChild(transferSection());
    }
    if (!body.childElementCount) {
      body.appendChild(element('p', { id: 'case-actions-none', text: '您对此任务当前没有可用的审批操作。' }));
    }
    container.setAttribute('data-loaded', 'true');
  }, (error) => {
    body.appendChild(element('p', { id: 'case-actions-none', text: '您对此任务当前没有可用的审批操作。' }));
    container.setAttribute('data-loaded', 'true');
    if (!/没有/.test(error.message)) {
      tell(error.message, false);
    }
  });
}

export default [{
  id: 'case-actions',
  pluginPoint: 'tasklist.task.detail',
  priority: 800,
  render: (node, { api, taskId }, scope) => {
    if (scope && typeof scope.$watch === 'function') {
      // The tab stays while another task is picked: it follows the task shown.
      scope.$watch(() => scope.task && scope.task.id, (id) => {
        if (id) {
          render(node, api, id);
        }
      });
    } else if (taskId) {
      render(node, api, taskId);
    }
  },
  properties: {
    label: '审批操作'
  }
}];
