// Chinese for bpmn-js's palette, context pad and the properties panel's commonest labels; anything not listed stays
// as the library says it. Replacements ({name}) are kept.
const ZH = {
  'Activate the hand tool': '抓手工具', 'Activate the lasso tool': '套索工具',
  'Activate the create/remove space tool': '创建/移除空间', 'Activate the global connect tool': '全局连线',
  'Create StartEvent': '开始事件', 'Create EndEvent': '结束事件', 'Create Task': '任务',
  'Create Gateway': '网关', 'Create Intermediate/Boundary Event': '中间/边界事件',
  'Create expanded SubProcess': '展开的子流程', 'Create Pool/Participant': '池/参与者',
  'Create DataObjectReference': '数据对象', 'Create DataStoreReference': '数据存储', 'Create Group': '分组',
  'Append Task': '追加任务', 'Append EndEvent': '追加结束事件', 'Append Gateway': '追加网关',
  'Append Intermediate/Boundary Event': '追加中间事件', 'Append TextAnnotation': '追加注释',
  'Change type': '更改类型', 'Change element': '更改元素', 'Delete': '删除', 'Remove': '删除',
  'Connect using Sequence/MessageFlow or Association': '连线', 'Connect using DataInputAssociation': '数据关联',
  'Connect to other element': '连接到其他元素', 'Add text annotation': '添加注释',
  'Append element': '追加元素', 'Append start event': '追加开始事件',
  'General': '常规', 'Name': '名称', 'ID': '编号', 'Documentation': '文档', 'Element documentation': '元素文档',
  'Process documentation': '流程文档', 'Version tag': '版本标签', 'Executable': '可执行',
  'History cleanup': '历史清理', 'Time to live': '保留时间', 'Tasklist': '任务列表', 'Startable': '可启动',
  'Candidate starter': '候选发起人', 'Candidate starter groups': '候选发起组', 'Candidate starter users': '候选发起人',
  'User assignment': '处理人', 'Assignee': '处理人', 'Candidate groups': '候选组', 'Candidate users': '候选人',
  'Due date': '到期时间', 'Follow up date': '跟进时间', 'Priority': '优先级',
  'Form': '表单', 'Type': '类型', 'Form key': '表单键', 'Form reference': '表单引用', 'Binding': '绑定',
  'Implementation': '实现', 'Expression': '表达式', 'Delegate expression': '委托表达式', 'Java class': 'Java 类',
  'Result variable': '结果变量', 'Inputs': '输入', 'Outputs': '输出', 'Listeners': '监听器',
  'Execution listeners': '执行监听器', 'Task listeners': '任务监听器', 'Extension properties': '扩展属性',
  'Asynchronous continuations': '异步续延', 'Before': '之前', 'After': '之后', 'Exclusive': '独占',
  'Job execution': '作业执行', 'Retry time cycle': '重试周期', 'Condition': '条件', 'Condition expression': '条件表达式',
  'Timer': '定时器', 'Called element': '被调元素', 'Decision reference': '决策引用', 'Business rule task': '业务规则任务',
  'Multi-instance': '多实例', 'Loop cardinality': '循环次数', 'Completion condition': '完成条件',
  'Variable name': '变量名', 'Value': '值', 'Script': '脚本', 'Format': '格式', 'Inline script': '内联脚本',
  'Start event': '开始事件', 'End event': '结束事件', 'Task': '任务', 'User task': '用户任务',
  'Service task': '服务任务', 'Exclusive gateway': '排他网关', 'Parallel gateway': '并行网关',
  'Sequence flow': '顺序流', 'Process': '流程', 'Message': '消息', 'Signal': '信号', 'Error': '错误',
  'Escalation': '升级', 'Compensation': '补偿', 'Cancel': '取消'
};

export default function translate(template, replacements) {
  const text = ZH[template] || template;
  return text.replace(/{([^}]+)}/g, (match, key) => (replacements && key in replacements ? replacements[key] : match));
}

export const TranslateModule = { translate: ['value', translate] };
