package cn.unionsw.platform.models;

import cn.unionsw.platform.models.ModelDeploymentMapper.FormDefinition;
import cn.unionsw.platform.models.ModelRules.Kind;
import cn.unionsw.platform.web.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Service;

/**
 * The models the engine holds, every version of each: BPMN processes, DMN decisions and Camunda Forms, as the
 * safe-deploy API and the editor to come list and open them. Read from the engine (its forms from its own table).
 */
@Service
class DeployedModels {

  /** Within engine REST's query limit (query-max-results-limit in application.yml). */
  static final int PAGE = 1000;

  private final RepositoryService repository;
  private final ModelDeploymentMapper mapper;

  DeployedModels(RepositoryService repository, ModelDeploymentMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  /** One deployed version of a model: which definition, in which deployment, from which resource. */
  record Version(int version, String definitionId, String deploymentId, String resourceName) {
  }

  /** A model's key and name with all its versions, oldest first. */
  record Model(String type, String key, String name, int latestVersion, List<Version> versions) {
  }

  /** One version's text as deployed (XML for BPMN and DMN, JSON for a form). */
  record ModelText(String type, String key, int version, String definitionId, String deploymentId,
      String resourceName, String content) {
  }

  List<Model> list(Kind kind) {
    Map<String, List<Version>> versions = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    switch (kind) {
      case BPMN -> pages(first -> repository.createProcessDefinitionQuery().withoutTenantId()
          .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().asc().listPage(first, PAGE)).forEach(d -> {
            versions.computeIfAbsent(d.getKey(), k -> new ArrayList<>())
                .add(new Version(d.getVersion(), d.getId(), d.getDeploymentId(), d.getResourceName()));
            names.put(d.getKey(), d.getName());
          });
      case DMN -> pages(first -> repository.createDecisionDefinitionQuery().withoutTenantId()
          .orderByDecisionDefinitionKey().asc().orderByDecisionDefinitionVersion().asc().listPage(first, PAGE)).forEach(d -> {
            versions.computeIfAbsent(d.getKey(), k -> new ArrayList<>())
                .add(new Version(d.getVersion(), d.getId(), d.getDeploymentId(), d.getResourceName()));
            names.put(d.getKey(), d.getName());
          });
      case FORM -> mapper.forms().forEach(f -> {
        versions.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(version(f));
        names.put(f.key(), f.key());
      });
    }
    return versions.entrySet().stream().map(e -> new Model(type(kind), e.getKey(), names.get(e.getKey()),
        e.getValue().get(e.getValue().size() - 1).version(), e.getValue())).toList();
  }

  /** One version of a model, the latest when {@code version} is null. */
  Optional<Version> find(Kind kind, String key, Integer version) {
    return switch (kind) {
      case BPMN -> {
        var query = repository.createProcessDefinitionQuery().withoutTenantId().processDefinitionKey(key);
        var d = version == null ? query.latestVersion().singleResult() : query.processDefinitionVersion(version)
            .singleResult();
        yield Optional.ofNullable(d).map(p -> new Version(p.getVersion(), p.getId(), p.getDeploymentId(),
            p.getResourceName()));
      }
      case DMN -> {
        var query = repository.createDecisionDefinitionQuery().withoutTenantId().decisionDefinitionKey(key);
        var d = version == null ? query.latestVersion().singleResult() : query.decisionDefinitionVersion(version)
            .singleResult();
        yield Optional.ofNullable(d).map(p -> new Version(p.getVersion(), p.getId(), p.getDeploymentId(),
            p.getResourceName()));
      }
      case FORM -> {
        List<FormDefinition> all = mapper.formVersions(key);
        yield all.stream().filter(f -> version == null ? f == all.get(all.size() - 1) : f.version().equals(version))
            .findFirst().map(DeployedModels::version);
      }
    };
  }

  ModelText read(Kind kind, String key, Integer version) {
    Version found = find(kind, key, version).orElseThrow(() -> Refusal.notFound("model",
        "没有已部署的" + type(kind) + "模型 " + key + (version == null ? "" : " 版本 " + version)));
    return new ModelText(type(kind), key, found.version(), found.definitionId(), found.deploymentId(),
        found.resourceName(), new String(content(found.deploymentId(), found.resourceName()), StandardCharsets.UTF_8));
  }

  /** A resource of a deployment, as deployed. */
  byte[] content(String deploymentId, String resourceName) {
    try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The form of this key deployed in this deployment, if any (a process's forms bound by "deployment"). */
  Optional<Version> formIn(String key, String deploymentId) {
    return mapper.formIn(key, deploymentId).map(DeployedModels::version);
  }

  /**
   * Every row of a query, a page at a time: the engine refuses a result larger than its query limit (2000,
   * application.yml), and versions add up over the years.
   */
  static <T> List<T> pages(java.util.function.IntFunction<List<T>> page) {
    List<T> all = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<T> rows = page.apply(first);
      all.addAll(rows);
      if (rows.size() < PAGE) {
        return all;
      }
    }
  }

  static String type(Kind kind) {
    return kind.name().toLowerCase();
  }

  private static Version version(FormDefinition form) {
    return new Version(form.version(), form.id(), form.deploymentId(), form.resourceName());
  }
}
