package cn.unionsw.platform.models;

import cn.unionsw.platform.models.ModelRules.Kind;
import cn.unionsw.platform.policy.Decisions;
import cn.unionsw.platform.policy.PolicyDecisions;
import cn.unionsw.platform.policy.PolicySetting;
import cn.unionsw.platform.policy.PolicySettings;
import cn.unionsw.platform.web.Refusal;
import java.security.Principal;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/models}: administrators list, read, try, deploy and roll back the platform's models (ADR 0022).
 * JSON in and out, HTTP Basic or the web apps' session with its CSRF token, like every other {@code /api} door,
 * so that the browser editor to come calls it as it is. Whatever the door, the engine holds the deployment to the
 * model rules as well ({@link ModelRulesPlugin}).
 */
@RestController
@RequestMapping("/api/models")
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
class ModelsController {

  static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,254}");
  static final int MAX_RECORDS = 200;

  private final DeployedModels models;
  private final SafeDeploy safeDeploy;
  private final ModelDeploymentMapper record;
  private final PolicySettings settings;
  private final PolicyDecisions decisions;
  private final RepositoryService repository;

  ModelsController(DeployedModels models, SafeDeploy safeDeploy, ModelDeploymentMapper record,
      PolicySettings settings, PolicyDecisions decisions, RepositoryService repository) {
    this.models = models;
    this.safeDeploy = safeDeploy;
    this.record = record;
    this.settings = settings;
    this.decisions = decisions;
    this.repository = repository;
  }

  /** {@code GET /api/models?type=dmn}: every model of that type with all its versions. */
  @GetMapping
  List<DeployedModels.Model> list(@RequestParam String type) {
    return models.list(kind("type", type));
  }

  /** The latest version's text. */
  @GetMapping("/{type}/{key}")
  DeployedModels.ModelText latest(@PathVariable String type, @PathVariable String key) {
    return models.read(kind("type", type), key(key), null);
  }

  @GetMapping("/{type}/{key}/versions/{version}")
  DeployedModels.ModelText version(@PathVariable String type, @PathVariable String key, @PathVariable int version) {
    if (version < 1) {
      throw Refusal.invalid("version", "版本号须为正整数");
    }
    return models.read(kind("type", type), key(key), version);
  }

  /** {@code {"type":"dmn","content":"<definitions…"}}: the rules, the engine's parse, a decision's diff and cases. */
  @PostMapping("/dry-run")
  SafeDeploy.Trial dryRun(@RequestBody ModelRequest request) {
    return safeDeploy.dryRun(kind("type", request.type()), request.content());
  }

  /** {@code {"type":"dmn","content":"…","comment":"为何修改"}}: a new version, recorded with who and why. */
  @PostMapping("/deployments")
  SafeDeploy.Deployed deploy(@RequestBody ModelRequest request, Principal caller) {
    return safeDeploy.deploy(kind("type", request.type()), request.content(), request.comment(), caller.getName());
  }

  /** The record of deployments made here, newest first; of one model when type and key are given. */
  @GetMapping("/deployments")
  List<ModelDeployment> deployments(@RequestParam(required = false) String type,
      @RequestParam(required = false) String key) {
    if (type == null && key == null) {
      return record.latest(MAX_RECORDS);
    }
    if (type == null || key == null) {
      throw Refusal.invalid(type == null ? "type" : "key", "type 与 key 须同时给出");
    }
    return record.of(kind("type", type).name(), key(key), MAX_RECORDS);
  }

  /** {@code {"comment":"…"[,"version":3]}}: the version before the latest (or the one named), as a new version. */
  @PostMapping("/{type}/{key}/rollback")
  SafeDeploy.Deployed rollback(@PathVariable String type, @PathVariable String key,
      @RequestBody RollbackRequest request, Principal caller) {
    if (request.version() != null && request.version() < 1) {
      throw Refusal.invalid("version", "版本号须为正整数");
    }
    return safeDeploy.rollback(kind("type", type), key(key), request.version(), request.comment(), caller.getName());
  }

  /**
   * Policy variants: each province's settings and the deployed decisions a province may choose as its quota
   * decision (output {@code maxPosts}). A choice is saved by {@code PUT /api/policy/settings/{province}/quota-decision}.
   */
  @GetMapping("/policy")
  PolicyView policy() {
    List<QuotaDecision> quotaDecisions = DeployedModels.pages(first -> repository.createDecisionDefinitionQuery()
        .withoutTenantId().latestVersion().orderByDecisionDefinitionKey().asc().listPage(first, DeployedModels.PAGE))
        .stream()
        .filter(d -> decisions.shape(d).outputs().contains(Decisions.MAX_POSTS))
        .map(d -> new QuotaDecision(d.getKey(), d.getName(), d.getVersion())).toList();
    return new PolicyView(settings.list(null), quotaDecisions);
  }

  record ModelRequest(String type, String content, String comment) {
  }

  record RollbackRequest(String comment, Integer version) {
  }

  record QuotaDecision(String key, String name, int version) {
  }

  record PolicyView(List<PolicySetting> settings, List<QuotaDecision> quotaDecisions) {
  }

  static Kind kind(String field, String type) {
    if (type != null) {
      for (Kind kind : Kind.values()) {
        if (kind.name().equalsIgnoreCase(type)) {
          return kind;
        }
      }
    }
    throw Refusal.invalid(field, "模型类型须为 bpmn、dmn 或 form");
  }

  private static String key(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw Refusal.invalid("key", "模型的 key 只含字母、数字、- _ . (not a model key)");
    }
    return key;
  }
}
