package cn.unionsw.platform.models;

import cn.unionsw.platform.models.ModelRules.Kind;
import cn.unionsw.platform.web.Refusal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * A model sent to {@code /api/models} as text (JSON in, for the browser editor to come): its kind, the keys it
 * defines, the forms it binds by "deployment", and the resource name it is deployed under, {@code <key>.<kind>}
 * like the repository's files. A model that does not parse still makes an upload; the rules then name why.
 */
record ModelUpload(Kind kind, String resourceName, byte[] bytes, List<String> keys, List<String> formRefs,
    boolean readable) {

  /** Larger than any model here (the largest BPMN is about 60 kB) by far, small enough to keep out a flood. */
  static final int MAX_CHARS = 2_000_000;

  static ModelUpload of(Kind kind, String content) {
    if (kind == null) {
      throw Refusal.invalid("type", "模型类型须为 bpmn、dmn 或 form");
    }
    if (content == null || content.isBlank()) {
      throw Refusal.invalid("content", "模型内容必填 (XML for bpmn and dmn, JSON for form)");
    }
    if (content.length() > MAX_CHARS) {
      throw Refusal.invalid("content", "模型内容过长，最多 " + MAX_CHARS + " 个字符");
    }
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    List<String> keys = new ArrayList<>();
    List<String> forms = new ArrayList<>();
    boolean readable = true;
    try {
      switch (kind) {
        case BPMN -> {
          BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
          model.getModelElementsByType(Process.class).forEach(p -> keys.add(p.getId()));
          for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            bound(task.getCamundaFormRef(), task.getCamundaFormRefBinding(), forms);
          }
          for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            bound(start.getCamundaFormRef(), start.getCamundaFormRefBinding(), forms);
          }
        }
        case DMN -> Dmn.readModelFromStream(new ByteArrayInputStream(bytes)).getModelElementsByType(Decision.class)
            .forEach(d -> keys.add(d.getId()));
        case FORM -> ModelRules.formId(bytes).ifPresent(keys::add);
      }
    } catch (RuntimeException unreadable) {
      readable = false;
    }
    String name = keys.isEmpty() || !keys.get(0).matches("[A-Za-z0-9_.-]{1,200}") ? "model" : keys.get(0);
    return new ModelUpload(kind, name + "." + DeployedModels.type(kind), bytes, List.copyOf(keys),
        List.copyOf(forms), readable && !keys.isEmpty());
  }

  private static void bound(String formRef, String binding, List<String> forms) {
    if (formRef != null && !formRef.isBlank() && "deployment".equals(binding) && !forms.contains(formRef)) {
      forms.add(formRef);
    }
  }
}
