package cn.unionsw.platform.models;

import cn.unionsw.platform.models.DeployedModels.Version;
import cn.unionsw.platform.models.ModelRules.Kind;
import cn.unionsw.platform.models.ModelRules.Violation;
import cn.unionsw.platform.models.ModelRulesPlugin.Resource;
import cn.unionsw.platform.web.Refusal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploying a model safely (issue 14, ADR 0022): a dry run first (the model rules, then the engine's own parse in a
 * transaction that is rolled back, so nothing is kept), for a decision its rule-by-rule diff against the running
 * version and its test cases run against both; then a deployment that needs a comment and is recorded with who and
 * why; and a rollback that deploys an earlier version's resources again as a new version. Running cases keep the
 * version they started with: nothing here migrates them.
 */
@Service
class SafeDeploy {

  static final String SOURCE = "platform-models";
  static final int MAX_COMMENT = 1000;

  private final RepositoryService repository;
  private final DeployedModels models;
  private final ModelRulesPlugin rules;
  private final ModelDeploymentMapper record;
  private final TransactionTemplate transactions;

  SafeDeploy(RepositoryService repository, DeployedModels models, ModelRulesPlugin rules,
      ModelDeploymentMapper record, PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.models = models;
    this.rules = rules;
    this.record = record;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** What a dry run found: whether it may be deployed, each broken rule, each decision's diff and cases. */
  record Trial(boolean ok, String type, List<String> keys, List<Violation> violations, List<DecisionDiff.Diff> diffs,
      List<CaseRun> cases, List<String> formsAdded) {
  }

  /** The test cases of one decision run against the running version and the candidate. */
  record CaseRun(String key, int changed, int failing, List<DecisionCases.Result> results) {
  }

  /** A deployment made: the engine's deployment, the record's rows, and what the dry run before it showed. */
  record Deployed(String deploymentId, List<ModelDeployment> records, Trial trial) {
  }

  Trial dryRun(Kind kind, String content) {
    ModelUpload upload = ModelUpload.of(kind, content);
    List<Resource> resources = withForms(upload);
    List<Violation> violations = rules.violations(resources);
    if (violations.isEmpty()) {
      violations = engineParse(resources);
    }
    return trial(upload, resources, violations);
  }

  Deployed deploy(Kind kind, String content, String comment, String user) {
    String why = comment(comment);
    ModelUpload upload = ModelUpload.of(kind, content);
    List<Resource> resources = withForms(upload);
    List<Violation> violations = rules.violations(resources);
    if (!violations.isEmpty()) {
      throw ModelRulesPlugin.refusal("content", violations);
    }
    Trial trial = trial(upload, resources, violations);
    return deploy(kind, upload.keys(), resources, "DEPLOY", null, why, user, trial);
  }

  /** Deploys {@code version} (the one before the latest when null) again as a new version. */
  Deployed rollback(Kind kind, String key, Integer version, String comment, String user) {
    String why = comment(comment);
    Version latest = models.find(kind, key, null).orElseThrow(() -> Refusal.notFound("model",
        "没有已部署的模型 " + key));
    int target = version == null ? latest.version() - 1 : version;
    if (target < 1 || target >= latest.version()) {
      throw Refusal.conflict("no_earlier_version", "version",
          "可回退到的版本须早于当前版本 " + latest.version() + "，现为 " + target);
    }
    Version old = models.find(kind, key, target).orElseThrow(() -> Refusal.notFound("model",
        key + " 没有版本 " + target));
    byte[] content = models.content(old.deploymentId(), old.resourceName());
    ModelUpload upload = ModelUpload.of(kind, new String(content, StandardCharsets.UTF_8));
    List<Resource> resources = new ArrayList<>(List.of(new Resource(old.resourceName(), content)));
    for (String form : upload.formRefs()) {
      // The forms as they were deployed with that version, bound to it by "deployment".
      models.formIn(form, old.deploymentId()).ifPresent(f -> resources.add(
          new Resource(f.resourceName(), models.content(f.deploymentId(), f.resourceName()))));
    }
    Trial trial = trial(upload, resources, List.of());
    return deploy(kind, List.of(key), resources, "ROLLBACK", target, why, user, trial);
  }

  private Deployed deploy(Kind kind, List<String> keys, List<Resource> resources, String action,
      Integer fromVersion, String comment, String user, Trial trial) {
    return transactions.execute(status -> {
      DeploymentWithDefinitions deployment;
      try {
        deployment = builder(keys, resources).deployWithResult();
      } catch (ParseException unparsed) {
        throw ModelRulesPlugin.refusal("content", problems(unparsed));
      }
      List<ModelDeployment> rows = new ArrayList<>();
      nonNull(deployment.getDeployedProcessDefinitions()).forEach(d -> rows.add(row(deployment.getId(), Kind.BPMN,
          d.getKey(), d.getVersion(), action, fromVersion, comment, user)));
      nonNull(deployment.getDeployedDecisionDefinitions()).forEach(d -> rows.add(row(deployment.getId(), Kind.DMN,
          d.getKey(), d.getVersion(), action, fromVersion, comment, user)));
      if (kind == Kind.FORM) {
        keys.forEach(key -> models.formIn(key, deployment.getId()).ifPresent(f -> rows.add(row(deployment.getId(),
            Kind.FORM, key, f.version(), action, fromVersion, comment, user))));
      }
      rows.forEach(record::insert);
      return new Deployed(deployment.getId(), rows, trial);
    });
  }

  /** The engine answers null, not an empty list, for a kind of definition a deployment made none of. */
  private static <T> List<T> nonNull(List<T> definitions) {
    return definitions == null ? List.of() : definitions;
  }

  private static ModelDeployment row(String deploymentId, Kind kind, String key, int version, String action,
      Integer fromVersion, String comment, String user) {
    return new ModelDeployment(null, deploymentId, kind.name(), key, version, action, fromVersion, comment, user,
        null);
  }

  private DeploymentBuilder builder(List<String> keys, List<Resource> resources) {
    String name = "models: " + String.join(", ", keys);
    DeploymentBuilder builder = repository.createDeployment().source(SOURCE)
        .name(name.length() > 200 ? name.substring(0, 200) : name);
    resources.forEach(r -> builder.addInputStream(r.name(), new ByteArrayInputStream(r.bytes())));
    return builder;
  }

  /** The engine's own parse of the resources, in a transaction rolled back whatever happens: nothing is kept. */
  private List<Violation> engineParse(List<Resource> resources) {
    try {
      transactions.executeWithoutResult(status -> {
        status.setRollbackOnly();
        builder(List.of("dry run"), resources).deploy();
      });
      return List.of();
    } catch (ParseException unparsed) {
      return problems(unparsed);
    } catch (Refusal refused) {
      throw refused;
    } catch (ProcessEngineException refused) {
      return List.of(ModelRules.violation("engine-parse", resources.get(0).name(), String.valueOf(
          refused.getMessage())));
    }
  }

  private static List<Violation> problems(ParseException unparsed) {
    List<Violation> found = new ArrayList<>();
    unparsed.getResorceReports().forEach(report -> report.getErrors().forEach(problem -> found.add(
        ModelRules.violation("engine-parse", problem.getMainElementId() != null ? problem.getMainElementId()
            : report.getResourceName(), report.getResourceName() + ": " + problem.getMessage()))));
    return found.isEmpty() ? List.of(ModelRules.violation("engine-parse", "", unparsed.getMessage())) : found;
  }

  private Trial trial(ModelUpload upload, List<Resource> resources, List<Violation> violations) {
    List<DecisionDiff.Diff> diffs = new ArrayList<>();
    List<CaseRun> cases = new ArrayList<>();
    if (upload.kind() == Kind.DMN && upload.readable()) {
      for (String key : upload.keys()) {
        Version running = models.find(Kind.DMN, key, null).orElse(null);
        byte[] before = running == null ? null : models.content(running.deploymentId(), running.resourceName());
        diffs.add(DecisionDiff.of(key, running == null ? null : running.version(), before, upload.bytes()));
        List<DecisionCases.Result> results = violations.isEmpty() ? DecisionCases.run(key, before, upload.bytes())
            : List.of();
        cases.add(new CaseRun(key, (int) results.stream().filter(DecisionCases.Result::changed).count(),
            (int) results.stream().filter(r -> !r.asExpected()).count(), results));
      }
    }
    List<String> added = resources.stream().skip(1).map(Resource::name).toList();
    return new Trial(violations.isEmpty(), DeployedModels.type(upload.kind()), upload.keys(), violations, diffs,
        cases, added);
  }

  /** The upload, and for a process the forms it binds by "deployment" that it does not bring: their latest. */
  private List<Resource> withForms(ModelUpload upload) {
    List<Resource> resources = new ArrayList<>(List.of(new Resource(upload.resourceName(), upload.bytes())));
    for (String form : upload.formRefs()) {
      models.find(Kind.FORM, form, null).ifPresent(f -> resources.add(
          new Resource(f.resourceName(), models.content(f.deploymentId(), f.resourceName()))));
    }
    return resources;
  }

  private static String comment(String comment) {
    String why = comment == null ? "" : comment.trim();
    if (why.isEmpty() || why.length() > MAX_COMMENT) {
      throw Refusal.invalid("comment", "部署须写明理由，最多 " + MAX_COMMENT + " 个字符 (a comment is required)");
    }
    return why;
  }
}
