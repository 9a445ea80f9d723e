/*
 * 时限监控 (ADR 0020), in Camunda Cockpit: on the dashboard for every process, and as a tab of each process
 * definition for that process. Open tasks per organisation by due state, the overdue tasks with their working days
 * late, appeals nearing their ten-working-day limit, and breaches per month as a bar chart (plain SVG). The numbers
 * come from GET /api/sla/board with the web apps' session; the server limits them to what the viewer reaches (a
 * county its own, a city its counties, the province all). Everything the server says is put in as text.
 */

import { apiCall } from './platform.js';

const SVG = 'http://www.w3.org/2000/svg';
const STYLE = `
  .sla-board { margin-bottom: 20px; }
  .sla-board h4 { margin-top: 18px; }
  .sla-board .sla-hint { color: #555; }
  .sla-board td.sla-overdue, .sla-board .sla-late { color: #a94442; font-weight: bold; }
  .sla-board td.sla-due-soon { color: #8a6d3b; font-weight: bold; }
  .sla-board .sla-empty { color: #777; }
  .sla-board svg text { font-size: 11px; fill: #333; }
  .sla-board svg rect.sla-bar { fill: #b94a48; }
`;

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach((child) => node.append(child));
  return node;
}

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, String(value)));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** "2026-10-08T17:00:00" as "2026-10-08 17:00". */
function when(localDateTime) {
  return localDateTime ? String(localDateTime).replace('T', ' ').slice(0, 16) : '';
}

function holder(task) {
  if (task.assignee) {
    return task.assignee;
  }
  return task.organisations.map((o) => o.name || o.code).join('、');
}

function table(id, headers, rows, empty) {
  if (!rows.length) {
    return element('p', { id, class: 'sla-empty' }, empty);
  }
  return element('table', { id, class: 'table table-condensed table-bordered' },
    element('thead', {}, element('tr', {}, ...headers.map((h) => element('th', {}, h)))),
    element('tbody', {}, ...rows));
}

function row(cells, attributes = {}) {
  return element('tr', attributes, ...cells.map((cell) => cell instanceof Node ? cell
    : element('td', {}, String(cell ?? ''))));
}

function cell(value, className) {
  return element('td', value ? { class: className } : {}, String(value));
}

function countsTable(counts) {
  return table('sla-counts', ['单位', '未到期', '即将到期', '已超期'],
    counts.map((c) => row([`${c.orgName}（${c.orgCode}）`, cell(c.onTime, ''), cell(c.dueSoon, 'sla-due-soon'),
      cell(c.overdue, 'sla-overdue')], { 'data-org': c.orgCode })),
    '没有带期限的待办任务。');
}

function overdueTable(tasks) {
  return table('sla-overdue', ['案件编号', '流程', '任务', '办理人 / 候选单位', '到期时间', '超期（工作日）'],
    tasks.map((t) => row([t.caseNumber || '—', t.processName || t.processKey, t.taskName, holder(t), when(t.dueDate),
      cell(t.workingDaysLate, 'sla-late')], { 'data-task-id': t.taskId })),
    '没有超期任务。');
}

function appealsTable(tasks) {
  return table('sla-appeals', ['案件编号', '任务', '办理人 / 候选单位', '到期时间', '剩余（工作日）'],
    tasks.map((t) => row([t.caseNumber || '—', t.taskName, holder(t), when(t.dueDate),
      t.overdue ? cell('已超期', 'sla-late') : t.workingDaysLeft], { 'data-task-id': t.taskId })),
    '没有两个工作日内到期的申诉复核。');
}

/** Breaches per month as bars, each with its count above and its month below. */
function breachChart(months) {
  const width = 640;
  const height = 200;
  const top = 20;
  const bottom = 30;
  const slot = width / months.length;
  const most = Math.max(1, ...months.map((m) => m.breaches));
  const chart = svg('svg', { id: 'sla-breaches', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': '近十二个月超期件数' });
  chart.append(svg('line', { x1: 0, y1: height - bottom, x2: width, y2: height - bottom, stroke: '#999' }));
  months.forEach((m, i) => {
    const barHeight = Math.round((height - top - bottom) * m.breaches / most);
    const x = i * slot + slot * 0.2;
    const y = height - bottom - barHeight;
    const bar = svg('rect', { class: 'sla-bar', x, y, width: slot * 0.6, height: barHeight, 'data-month': m.month,
      'data-breaches': m.breaches });
    bar.append(svg('title', {}, `${m.month}：${m.breaches} 件`));
    chart.append(bar, svg('text', { x: i * slot + slot / 2, y: y - 4, 'text-anchor': 'middle' }, String(m.breaches)),
      svg('text', { x: i * slot + slot / 2, y: height - bottom + 16, 'text-anchor': 'middle' },
        m.month.slice(2).replace('-', '/')));
  });
  return chart;
}

function show(node, board, title) {
  node.replaceChildren(element('style', {}, STYLE), element('div', { class: 'sla-board', id: 'sla-board' },
    ...(title ? [element('h3', {}, title)] : []),
    element('p', { class: 'sla-hint' }, `截至 ${when(board.asOf)}。即将到期：${board.dueSoonUntil} 前（含当日，`
      + '按节假日安排计两个工作日）到期；已超期按工作日计。只显示本单位及下级单位的任务。'),
    element('h4', {}, '各单位待办时限'), countsTable(board.counts),
    element('h4', {}, '超期任务'), overdueTable(board.overdue),
    element('h4', {}, '即将届满的申诉复核（十个工作日）'), appealsTable(board.appeals),
    element('h4', {}, '近十二个月超期件数（按到期月份）'), breachChart(board.breaches)));
}

/** The board of one process (all when processKey is null); on the dashboard with a title of its own. */
async function load(node, api, processKey, title) {
  node.replaceChildren(element('p', { class: 'sla-hint' }, '正在加载时限数据……'));
  try {
    const query = processKey ? '?processKey=' + encodeURIComponent(processKey) : '';
    const answer = await apiCall(api, 'GET', '/api/sla/board' + query);
    if (!answer.ok) {
      const message = answer.json && answer.json.message ? answer.json.message.replace(/^[A-Za-z]+: /, '')
        : '请求失败（' + answer.status + '）';
      node.replaceChildren(element('p', { class: 'sla-empty', id: 'sla-refused' }, message));
      return;
    }
    show(node, answer.json, title);
  } catch (e) {
    node.replaceChildren(element('p', { class: 'sla-empty' }, '无法连接平台：' + e.message));
  }
}

/** The definition's key: the board counts all versions of a process. */
async function keyOf(api, processDefinitionId) {
  const answer = await apiCall(api, 'GET', '/camunda/api/engine/engine/default/process-definition/'
    + encodeURIComponent(processDefinitionId));
  return answer.ok && answer.json ? answer.json.key : null;
}

export default [
  {
    id: 'platform.sla.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 50,
    render: (node, { api } = {}) => {
      // Cockpit lists dashboard plugins under its own heading "自定义插件", so the board names itself.
      load(node, api, null, '时限监控');
    },
    properties: {
      label: '时限监控'
    }
  },
  {
    id: 'platform.sla.processDefinition',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 5,
    render: (node, { api, processDefinitionId } = {}) => {
      keyOf(api, processDefinitionId).then((key) => {
        if (key) {
          load(node, api, key);
        } else {
          node.replaceChildren(element('p', { class: 'sla-empty' }, '无法读取流程定义'));
        }
      });
    },
    properties: {
      label: '时限监控'
    }
  }
];
