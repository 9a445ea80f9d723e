import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaBpmnModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import DmnModeler from 'dmn-js/lib/Modeler';
import camundaDmnModdle from 'camunda-dmn-moddle/resources/camunda.json';
import { FormEditor } from '@bpmn-io/form-js';
import { TranslateModule } from './translate.js';
import { models, call, ApiError } from './api.js';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import '@bpmn-io/form-js/dist/assets/form-js-editor.css';
import './modeler.css';

const TYPES = { bpmn: '流程', dmn: '决策', form: '表单' };
const $ = (selector) => document.querySelector(selector);

/** The page's state: which model is open in which editor. */
const state = { type: 'dmn', key: null, version: null, editor: null, trial: null };

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name.startsWith('on')) {
      node.addEventListener(name.substring(2), value);
    } else if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach((child) => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function say(message, kind = 'info') {
  const status = $('#status');
  status.className = 'status ' + kind;
  status.textContent = message;
}

function problem(error) {
  if (error instanceof ApiError) {
    return error.problem.message || ('请求失败 (HTTP ' + error.status + ')');
  }
  return error.message || String(error);
}

/** One editor per kind of model, made anew for each model opened (the libraries keep state per instance). */
async function openEditor(type, content) {
  if (state.editor) {
    state.editor.destroy();
  }
  const canvas = $('#canvas');
  const properties = $('#properties');
  canvas.replaceChildren();
  properties.replaceChildren();
  properties.hidden = type !== 'bpmn';
  if (type === 'bpmn') {
    const modeler = new BpmnModeler({
      container: canvas,
      propertiesPanel: { parent: properties },
      additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule, CamundaBehaviorsModule, TranslateModule],
      moddleExtensions: { camunda: camundaBpmnModdle }
    });
    await modeler.importXML(content);
    modeler.get('canvas').zoom('fit-viewport');
    state.editor = { save: async () => (await modeler.saveXML({ format: true })).xml, destroy: () => modeler.destroy() };
  } else if (type === 'dmn') {
    const modeler = new DmnModeler({
      container: canvas,
      common: { additionalModules: [TranslateModule] },
      moddleExtensions: { camunda: camundaDmnModdle }
    });
    await modeler.importXML(content);
    // A table administrators change: open the first decision's table rather than the requirements diagram.
    const table = modeler.getViews().find((view) => view.type === 'decisionTable');
    if (table) {
      await modeler.open(table);
    }
    state.editor = { save: async () => (await modeler.saveXML({ format: true })).xml, destroy: () => modeler.destroy() };
  } else {
    const editor = new FormEditor({ container: canvas });
    await editor.importSchema(JSON.parse(content));
    state.editor = {
      save: async () => JSON.stringify(editor.saveSchema(), null, 2),
      destroy: () => editor.destroy()
    };
  }
}

async function showPolicy() {
  document.querySelectorAll('#types button').forEach((b) => b.classList.toggle('active', b.dataset.type === 'policy'));
  $('main').hidden = true;
  $('#policy').hidden = false;
  const status = $('#policy-status');
  try {
    const [policy, provinces] = await Promise.all([models.policy(), orgs()]);
    const header = element('tr', {}, element('th', {}, '省份'), element('th', {}, '岗位数量上限决策'),
      element('th', {}, '最后修改'), element('th', {}, ''));
    const rows = provinces.map((province) => {
      const setting = policy.settings.find((s) => s.provinceCode === province.code
        && s.settingKey === 'quota-decision');
      const current = setting ? setting.settingValue : 'post-quota';
      const choice = element('select', { 'data-province': province.code },
        policy.quotaDecisions.map((d) => element('option', { value: d.key, selected: d.key === current },
          (d.name || d.key) + '（' + d.key + '）')));
      const save = element('button', { type: 'button', 'data-province': province.code, onclick: async () => {
        try {
          const saved = await models.chooseQuota(province.code, choice.value);
          status.className = 'status ok';
          status.textContent = province.name + ' 改用 ' + saved.settingValue + '，已保存';
          await showPolicy();
        } catch (error) {
          status.className = 'status error';
          status.textContent = problem(error);
        }
      } }, '保存');
      return element('tr', {}, element('td', {}, province.name + '（' + province.code + '）'), element('td', {}, choice),
        element('td', {}, setting ? (setting.updatedBy || '') + ' ' + (setting.updatedAt || '').replace('T', ' ')
          .substring(0, 19) : '默认'), element('td', {}, save));
    });
    $('#policy-table').replaceChildren(header, ...rows);
  } catch (error) {
    status.className = 'status error';
    status.textContent = problem(error);
  }
}

/** The provinces (an administrator's top-level organisations). */
async function orgs() {
  return (await call('GET', '/api/orgs')).filter((org) => org.type === 'PROVINCE');
}

async function listModels(type) {
  $('main').hidden = false;
  $('#policy').hidden = true;
  state.type = type;
  document.querySelectorAll('#types button').forEach((b) => b.classList.toggle('active', b.dataset.type === type));
  const list = $('#models');
  list.replaceChildren(element('li', { class: 'muted' }, '加载中…'));
  try {
    const all = await models.list(type);
    list.replaceChildren(...all.map((model) => element('li', {},
      element('a', { href: '#', 'data-key': model.key, onclick: (event) => {
        event.preventDefault();
        openModel(type, model.key, null);
      } }, model.name || model.key),
      element('span', { class: 'muted' }, ' ', model.key, ' · v', model.latestVersion))));
    if (all.length === 0) {
      list.replaceChildren(element('li', { class: 'muted' }, '没有已部署的' + TYPES[type]));
    }
  } catch (error) {
    list.replaceChildren(element('li', { class: 'error' }, problem(error)));
  }
}

async function openModel(type, key, version) {
  say('正在打开 ' + key + ' …');
  try {
    const text = await models.read(type, key, version);
    state.type = type;
    state.key = key;
    state.version = text.version;
    await openEditor(type, text.content);
    const all = await models.list(type);
    const model = all.find((m) => m.key === key);
    $('#title').textContent = TYPES[type] + ' · ' + ((model && model.name) || key) + ' (' + key + ')';
    const versions = $('#versions');
    versions.replaceChildren(...(model ? model.versions : []).slice().reverse().map((v) =>
      element('option', { value: v.version, selected: v.version === text.version }, '版本 ' + v.version)));
    versions.hidden = false;
    $('#actions').hidden = false;
    $('#trial').replaceChildren();
    history.replaceState(null, '', '#' + type + '/' + encodeURIComponent(key) + '/' + text.version);
    say('已打开 ' + key + ' 版本 ' + text.version + '。修改后先“试运行”，再填写原因部署。');
    await showHistory();
  } catch (error) {
    say(problem(error), 'error');
  }
}

function showTrial(trial) {
  const parts = [];
  parts.push(element('h3', {}, trial.ok ? '试运行通过：可以部署' : '试运行未通过：不能部署'));
  if (trial.violations && trial.violations.length) {
    parts.push(element('table', { class: 'violations' },
      element('tr', {}, element('th', {}, '规则'), element('th', {}, '元素'), element('th', {}, '说明')),
      trial.violations.map((v) => element('tr', {}, element('td', {}, v.rule), element('td', {}, v.element || ''),
        element('td', {}, v.message)))));
  }
  (trial.diffs || []).forEach((diff) => {
    parts.push(element('h4', {}, '决策 ' + diff.key + (diff.runningVersion ? '：与运行中的版本 ' + diff.runningVersion
      + ' 逐条比较' : '：新决策')));
    if (JSON.stringify(diff.outputsBefore) !== JSON.stringify(diff.outputsAfter)) {
      parts.push(element('p', { class: 'warn' }, '输出列：', (diff.outputsBefore || []).join('、'), ' → ',
        (diff.outputsAfter || []).join('、')));
    }
    if (!diff.rules || diff.rules.length === 0) {
      parts.push(element('p', { class: 'muted' }, '规则没有变化'));
    } else {
      parts.push(element('table', { class: 'diff' },
        element('tr', {}, element('th', {}, '规则'), element('th', {}, '变化'), element('th', {}, '原来'),
          element('th', {}, '现在')),
        diff.rules.map((rule) => element('tr', { class: rule.change.toLowerCase() },
          element('td', {}, rule.ruleId), element('td', {}, CHANGES[rule.change] || rule.change),
          element('td', {}, ruleText(rule.before)), element('td', {}, ruleText(rule.after))))));
    }
  });
  (trial.cases || []).forEach((run) => {
    parts.push(element('h4', {}, '决策 ' + run.key + ' 的测试用例：' + run.results.length + ' 条，答案变化 '
      + run.changed + ' 条，不符合预期 ' + run.failing + ' 条'));
    const changed = run.results.filter((r) => r.changed || !r.asExpected);
    if (changed.length) {
      parts.push(element('table', { class: 'cases' },
        element('tr', {}, element('th', {}, '用例'), element('th', {}, '输入'), element('th', {}, '原答案'),
          element('th', {}, '新答案'), element('th', {}, '预期')),
        changed.map((r) => element('tr', { class: r.asExpected ? 'changed' : 'failing' },
          element('td', {}, r.name), element('td', {}, JSON.stringify(r.inputs)),
          element('td', {}, JSON.stringify(r.before)), element('td', {}, JSON.stringify(r.after)),
          element('td', {}, r.asExpected ? '符合' : '不符合')))));
    }
  });
  $('#trial').replaceChildren(...parts);
}

const ACTIONS = { DEPLOY: '部署', ROLLBACK: '回滚' };
const CHANGES = { ADDED: '新增', REMOVED: '删除', CHANGED: '修改', MOVED: '移动' };

function ruleText(rule) {
  if (!rule) {
    return '—';
  }
  const entry = (text) => (text && text.trim() ? text : '-');
  return '#' + rule.position + ' ' + rule.inputs.map(entry).join(' | ') + ' → ' + rule.outputs.map(entry).join(' | ')
    + (rule.annotation ? '（' + rule.annotation + '）' : '');
}

async function dryRun() {
  say('试运行中…');
  try {
    const trial = await models.dryRun(state.type, await state.editor.save());
    state.trial = trial;
    showTrial(trial);
    $('#deploy').disabled = !trial.ok;
    say(trial.ok ? '试运行通过。请填写修改原因后部署。' : '试运行未通过，见下方说明。', trial.ok ? 'ok' : 'error');
  } catch (error) {
    say(problem(error), 'error');
  }
}

/** The reason written for a deployment or rollback, or null (and the field pointed out) when there is none. */
function reason(what) {
  const comment = $('#comment').value.trim();
  if (!comment) {
    say(what + '须填写原因', 'error');
    $('#comment').focus();
    return null;
  }
  return comment;
}

async function deploy() {
  const comment = reason('部署');
  if (!comment) {
    return;
  }
  say('部署中…');
  try {
    const deployed = await models.deploy(state.type, await state.editor.save(), comment);
    showTrial(deployed.trial);
    $('#comment').value = '';
    say('已部署为新版本（部署 ' + deployed.deploymentId + '）。运行中的案件仍按原版本办理。', 'ok');
    await openModel(state.type, state.key, null);
  } catch (error) {
    if (error instanceof ApiError && Array.isArray(error.problem.errors)) {
      // The engine's refusal (ModelRulesPlugin): one row per broken rule, the element as its field.
      showTrial({ ok: false, violations: error.problem.errors.map((row) => ({
        rule: row.column, element: row.field, message: row.reason })) });
    }
    say(problem(error), 'error');
  }
}

async function rollback() {
  const comment = reason('回滚');
  if (!comment) {
    return;
  }
  if (!window.confirm('把 ' + state.key + ' 恢复为上一版本，作为新版本部署？')) {
    return;
  }
  try {
    const deployed = await models.rollback(state.type, state.key, comment);
    $('#comment').value = '';
    say('已回滚（部署 ' + deployed.deploymentId + '）', 'ok');
    await openModel(state.type, state.key, null);
  } catch (error) {
    say(problem(error), 'error');
  }
}

async function showHistory() {
  const rows = await models.history(state.type, state.key);
  $('#history').replaceChildren(...rows.map((row) => element('li', {},
    (row.deployedAt || '').replace('T', ' ').substring(0, 19), ' ', row.deployedBy || '', ' ', ACTIONS[row.action] || row.action || '', '：', row.commentText || '',
    row.version ? ' （版本 ' + row.version + '）' : '')));
}

function start() {
  document.querySelectorAll('#types button').forEach((button) =>
    button.addEventListener('click', () => (button.dataset.type === 'policy' ? showPolicy()
      : listModels(button.dataset.type))));
  $('#versions').addEventListener('change', (event) => openModel(state.type, state.key, Number(event.target.value)));
  $('#dry-run').addEventListener('click', dryRun);
  $('#deploy').addEventListener('click', deploy);
  $('#rollback').addEventListener('click', rollback);
  const [type, key, version] = location.hash.substring(1).split('/');
  listModels(TYPES[type] ? type : 'dmn');
  if (TYPES[type] && key) {
    openModel(type, decodeURIComponent(key), version ? Number(version) : null);
  }
}

start();
