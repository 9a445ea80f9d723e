package cn.unionsw.platform.models;

import cn.unionsw.platform.config.Commands;
import cn.unionsw.platform.models.ModelRules.Violation;
import cn.unionsw.platform.web.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Holds every new deployment to {@link ModelRules} inside the engine, before its own deployers parse it: engine
 * REST ({@code /deployment/create}, which the desktop Modeler calls), the platform's {@code /api/models}, the
 * auto-deployment at start and any Java caller all pass here, so no door bypasses the rules. A deployment that
 * breaks one is refused whole (a {@link Refusal}: 400 through every door, the command rolled back), each broken
 * rule named with its element. Deployments read back into the cache ({@code isNew() == false}) are not checked:
 * what is deployed stays runnable even after a rule tightens.
 *
 * <p>The one rule a deployed model can still break is its history's time to live: engine REST and Cockpit change it
 * in place ({@code PUT /process-definition/{id}/history-time-to-live}, by key too). That command is held to the same
 * minimum as a deployment, through every door.
 */
@Component
class ModelRulesPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  ModelRulesPlugin(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(this::check);
    configuration.setCustomPreDeployers(deployers);
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new HistoryTimeToLiveKept());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** Refuses a process's history time to live changed below the rule's minimum. */
  private static final class HistoryTimeToLiveKept extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof UpdateProcessDefinitionHistoryTimeToLiveCmd update) {
        Integer days = (Integer) Commands.field(update, "historyTimeToLive");
        if (days != null && days < ProcessRules.MIN_HISTORY_DAYS) {
          throw refusal("historyTimeToLive", List.of(ModelRules.violation("history-time-to-live",
              Commands.text(update, "processDefinitionId"), "historyTimeToLive 须至少 "
                  + ProcessRules.MIN_HISTORY_DAYS + " 天 (at least half a year), 现为 " + days)));
        }
      }
      return next.execute(command);
    }
  }

  private void check(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<Violation> violations = violations(deployment.getResources().values().stream()
        .map(resource -> new Resource(resource.getName(), resource.getBytes())).toList());
    if (!violations.isEmpty()) {
      throw refusal("model", violations);
    }
  }

  /** A resource of a deployment: its name and content. */
  record Resource(String name, byte[] bytes) {
  }

  /** Every rule the resources of one deployment break, each named with the resource. */
  List<Violation> violations(List<Resource> resources) {
    Set<String> forms = new HashSet<>();
    for (Resource resource : resources) {
      if (ModelRules.Kind.of(resource.name()).orElse(null) == ModelRules.Kind.FORM) {
        ModelRules.formId(resource.bytes()).ifPresent(forms::add);
      }
    }
    ModelRules.Surroundings surroundings = surroundings(forms);
    List<Violation> violations = new ArrayList<>();
    for (Resource resource : resources) {
      for (Violation violation : ModelRules.check(resource.name(), resource.bytes(), surroundings)) {
        violations.add(new Violation(violation.rule(), violation.element(),
            resource.name() + ": " + violation.message()));
      }
    }
    return violations;
  }

  /** The application the models run in: its beans, its embedded form pages, the deployment's forms. */
  ModelRules.Surroundings surroundings(Set<String> formsInDeployment) {
    return new ModelRules.Surroundings() {
      @Override
      public boolean beanExists(String name) {
        return context.containsBean(name);
      }

      @Override
      public Optional<String> embeddedForm(String page) {
        ClassPathResource html = new ClassPathResource("static/forms/" + page);
        if (!html.exists()) {
          return Optional.empty();
        }
        try (InputStream in = html.getInputStream()) {
          return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public boolean formInDeployment(String formId) {
        return formsInDeployment.contains(formId);
      }
    };
  }

  /**
   * The refusal every door answers with 400: the first broken rule and its element in the message (a client that
   * reads only the message still learns both), every one in {@code errors} as {@code {field: element, column:
   * rule, reason}}. {@code field} names what was sent: the deployment's files ({@code model}) through engine REST,
   * the {@code content} of a request to {@code /api/models}.
   */
  static Refusal refusal(String field, List<Violation> violations) {
    Violation first = violations.get(0);
    List<Refusal.RowError> rows = new ArrayList<>();
    for (int i = 0; i < violations.size(); i++) {
      Violation v = violations.get(i);
      rows.add(new Refusal.RowError(i + 1, v.element(), v.rule() + ": " + v.message(), v.rule()));
    }
    return Refusal.invalidRows(field, "模型不符合平台的建模规则（共 " + violations.size() + " 处）：规则 "
        + first.rule() + "，元素 " + first.element() + "，" + first.message(), rows);
  }
}
