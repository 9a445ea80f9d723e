package cn.unionsw.platform.models;

import static cn.unionsw.platform.models.ModelRules.violation;

import cn.unionsw.platform.models.ModelRules.Surroundings;
import cn.unionsw.platform.models.ModelRules.Violation;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** {@link ModelRules} for BPMN: ids, history, beans instead of classes, forms and due dates. */
final class ProcessRules {

  /** Removal times count from the start (application.yml): a shorter time to live could cut a running case. */
  static final int MIN_HISTORY_DAYS = 180;
  static final Pattern BEAN = Pattern.compile("^\\$\\{([a-zA-Z][a-zA-Z0-9]*)}$");
  static final Pattern EMBEDDED_FORM = Pattern.compile("embedded:/forms/([a-z][a-z0-9-]*\\.html)");

  private ProcessRules() {
  }

  static List<Violation> check(String resourceName, byte[] content, Surroundings surroundings) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (RuntimeException unreadable) {
      return List.of(violation("parse", resourceName, "无法解析为 BPMN 2.0：" + unreadable.getMessage()));
    }
    List<Violation> found = new ArrayList<>();
    if (new String(content, java.nio.charset.StandardCharsets.UTF_8).contains(ACTIVITI_NS)) {
      found.add(violation("no-code-in-models", resourceName,
          "不可用 Activiti 的命名空间 (" + ACTIVITI_NS + ")：请用 Camunda 7 的 camunda: 属性"));
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      history(process, found);
      if (!process.isExecutable()) {
        found.add(violation("executable", process.getId(), "流程须可执行 (isExecutable=\"true\")"));
      }
      if (process.getName() == null || !ModelRules.CHINESE.matcher(process.getName()).matches()) {
        found.add(violation("chinese-name", process.getId(), "流程须有中文名称"));
      }
    }
    ids(model, found);
    beans(model, surroundings, found);
    forms(model, surroundings, found);
    return found;
  }

  private static void history(Process process, List<Violation> found) {
    String ttl = process.getCamundaHistoryTimeToLiveString();
    Integer days = null;
    try {
      days = ttl == null || ttl.isBlank() ? null : ParseUtil.parseHistoryTimeToLive(ttl);
    } catch (RuntimeException unreadable) {
      // named below as missing
    }
    if (days == null || days < MIN_HISTORY_DAYS) {
      found.add(violation("history-time-to-live", process.getId(),
          "camunda:historyTimeToLive 须至少 " + MIN_HISTORY_DAYS + " 天 (at least half a year), 现为 " + ttl));
    }
  }

  private static void ids(BpmnModelInstance model, List<Violation> found) {
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String id = element.getId();
      if (id == null) {
        continue;
      }
      if (ModelRules.GENERATED_ID.matcher(id).matches()
          || !(element instanceof Definitions) && !ModelRules.MEANINGFUL_ID.matcher(id).matches()) {
        found.add(violation("meaningful-id", id,
            "id 须为有意义的小写英文词，以连字符连接（如 municipal-review），不可用建模器生成的 id"));
      }
    }
  }

  private static void beans(BpmnModelInstance model, Surroundings surroundings, List<Violation> found) {
    for (ModelElementInstance element : model.getModelElementsByType(BaseElement.class)) {
      String id = element.getAttributeValue("id");
      if (element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "class") != null) {
        found.add(noClass(id));
      }
      if (element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "expression") != null) {
        found.add(noCode(id, "camunda:expression"));
      }
      // A send task, a business rule task, a message event: wherever a delegate is named, it is a known bean.
      String delegate = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
      if (delegate != null && !(element instanceof ServiceTask)) {
        bean(delegate, id, surroundings, found);
      }
    }
    for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
      found.add(noCode(task.getId(), "脚本任务"));
    }
    for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
      found.add(noCode(owner(script), "camunda:script"));
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      bean(task.getCamundaDelegateExpression(), task.getId(), surroundings, found);
    }
    for (Class<? extends ModelElementInstance> type : List.of(CamundaTaskListener.class,
        CamundaExecutionListener.class)) {
      for (ModelElementInstance listener : model.getModelElementsByType(type)) {
        // Listeners are Camunda's extension elements: their attributes carry no namespace.
        String owner = owner(listener);
        if (listener.getAttributeValue("class") != null) {
          found.add(noClass(owner));
        } else if (listener.getAttributeValue("expression") != null) {
          found.add(noCode(owner, "监听器的 expression"));
        } else if (listener.getAttributeValue("delegateExpression") != null) {
          bean(listener.getAttributeValue("delegateExpression"), owner, surroundings, found);
        }
      }
    }
  }

  /**
   * Code in a model runs with the engine's rights (an expression reaches every bean and the engine's services, a
   * script the JVM): the platform's models call named beans only, and a model written in the older Activiti
   * namespace, which the engine still honours ({@code activiti:class}), is refused whole.
   */
  private static Violation noCode(String element, String what) {
    return violation("no-code-in-models", element,
        "不可用 " + what + "：模型只以 camunda:delegateExpression=\"${bean}\" 调用平台的 Spring bean");
  }

  static final String ACTIVITI_NS = "http://activiti.org/bpmn";

  private static Violation noClass(String element) {
    return violation("no-camunda-class", element,
        "不可用 camunda:class：请用 camunda:delegateExpression=\"${bean}\" 调用平台的 Spring bean");
  }

  private static void bean(String expression, String element, Surroundings surroundings, List<Violation> found) {
    Matcher matcher = BEAN.matcher(expression == null ? "" : expression);
    if (!matcher.matches()) {
      found.add(violation("delegate-expression", element,
          "服务任务须以 camunda:delegateExpression=\"${bean}\" 按名称调用 bean，现为 " + expression));
    } else if (!surroundings.beanExists(matcher.group(1))) {
      found.add(violation("known-bean", element, "平台没有名为 " + matcher.group(1) + " 的 bean"));
    }
  }

  private static void forms(BpmnModelInstance model, Surroundings surroundings, List<Violation> found) {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormKey() != null) {
        embedded(task.getId(), task.getCamundaFormKey(), surroundings, found);
      } else {
        form(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(), surroundings, found);
      }
      if (task.getCamundaCandidateGroups() != null
          && (task.getCamundaDueDate() == null || task.getCamundaDueDate().isBlank())) {
        found.add(violation("due-date", task.getId(), "候选组织的任务须有办理期限 (camunda:dueDate)"));
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      // A process the platform starts itself (camunda:isStartableInTasklist="false") has no start form.
      if (start.getParentElement() instanceof Process process && process.isCamundaStartableInTasklist()) {
        form(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), surroundings, found);
      }
    }
  }

  /**
   * The one exception to Camunda Forms (ADR 0013): a task whose clerk uploads a file (form-js 1.8 has no file
   * picker) has an embedded form, a static page of the platform under /forms/, in Chinese.
   */
  private static void embedded(String id, String formKey, Surroundings surroundings, List<Violation> found) {
    Matcher page = EMBEDDED_FORM.matcher(formKey);
    Optional<String> html = page.matches() ? surroundings.embeddedForm(page.group(1)) : Optional.empty();
    if (html.isEmpty() || !html.get().contains("cam-script") || !ModelRules.CHINESE.matcher(html.get()).matches()) {
      found.add(violation("embedded-form", id,
          "camunda:formKey 须指向平台的中文嵌入式表单 embedded:/forms/<页面>.html，现为 " + formKey));
    }
  }

  private static void form(String id, String formRef, String binding, Surroundings surroundings,
      List<Violation> found) {
    if (formRef == null || formRef.isBlank()) {
      found.add(violation("form-ref", id, "须以 camunda:formRef 关联一个 Camunda 表单"));
    } else if (!"deployment".equals(binding)) {
      found.add(violation("form-binding", id, "camunda:formRefBinding 须为 deployment，现为 " + binding));
    } else if (!surroundings.formInDeployment(formRef)) {
      found.add(violation("form-in-deployment", id, "表单 " + formRef + " 须与流程一同部署"));
    }
  }

  /** The id of the element a listener is attached to (its extension elements' parent). */
  private static String owner(ModelElementInstance listener) {
    for (ModelElementInstance parent = listener.getParentElement(); parent != null;
        parent = parent.getParentElement()) {
      if (parent instanceof BaseElement base && base.getId() != null) {
        return base.getId();
      }
    }
    return null;
  }
}
