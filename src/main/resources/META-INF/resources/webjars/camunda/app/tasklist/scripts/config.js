/*
 * Replaces the stock app/tasklist/scripts/config.js of the Camunda web-app jar (this project's copy comes first
 * on the class path). Shared settings are in app/platform/platform.js; see docs/webapps.md.
 */
import { platformConfig } from '../../platform/platform.js';

export default platformConfig('任务列表', {
  // Chinese for the words the form renderer writes in English ("Select", "Field is required."); the task tab
  // "审批操作" (return, co-reviewers, transfer; ADR 0016); the task tab "案件进展" and the header's 案件跟踪 (ADR 0017).
  customScripts: ['../platform/form-js-zh', '../platform/case-actions', '../platform/case-follow'],
  // The stock shortcuts, with descriptions in the users' language.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '焦点移到过滤器列表的第一项'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '焦点移到任务列表的第一项'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
});
