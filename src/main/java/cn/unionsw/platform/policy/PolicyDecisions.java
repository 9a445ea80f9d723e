package cn.unionsw.platform.policy;

import cn.unionsw.platform.config.ModelledActivityHistory;
import cn.unionsw.platform.web.TransactionMemo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.springframework.stereotype.Service;

/**
 * Access to the deployed policy decisions: always the latest version an administrator deployed, evaluated by the
 * engine (so history records which version decided, or the caller does: ADR 0032) under the caller's engine
 * authorizations, if any.
 */
@Service
public class PolicyDecisions {

  private final DecisionService decisionService;
  private final RepositoryService repositoryService;
  /** The latest version of each decision evaluated in the current transaction. */
  private final TransactionMemo<String, String> latestIds = new TransactionMemo<>();
  /** Deployed definitions never change, so their shape is cached by definition id. */
  private final Map<String, Shape> shapes = new ConcurrentHashMap<>();

  PolicyDecisions(DecisionService decisionService, RepositoryService repositoryService) {
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
  }

  /** A decision table's input expressions and output names, in column order. */
  public record Shape(List<String> inputs, List<String> outputs) {
  }

  public Optional<DecisionDefinition> latest(String key) {
    return Optional.ofNullable(repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(key)
        .withoutTenantId()
        .latestVersion()
        .singleResult());
  }

  /**
   * Evaluates the latest version of a decision whose hit policy yields at most one result: the matched rule's
   * outputs, or empty when no rule matched.
   */
  public Optional<Map<String, Object>> evaluate(String key, Map<String, Object> variables) {
    String id = latestInTransaction(key);
    return single(key, (id == null ? decisionService.evaluateDecisionByKey(key)
        : decisionService.evaluateDecisionById(id)).variables(variables).evaluate());
  }

  /** A decision's outputs (empty when no rule matched) and the engine id of the version that gave them. */
  public record Decided(String definitionId, Optional<Map<String, Object>> outputs) {
  }

  /**
   * Evaluates the latest version, as {@link #evaluate(String, Map)} does, for a caller that records in its own row
   * which version decided, beside the inputs it already holds: Camunda's decision history is left out (ADR 0032).
   * For the platform's own background work; an evaluation on a user's behalf keeps its history.
   */
  public Decided evaluateRecordedByCaller(String key, Map<String, Object> variables) {
    String latest = latestInTransaction(key);
    String id = latest != null ? latest : latest(key).map(DecisionDefinition::getId).orElseThrow(() ->
        new IllegalStateException("Decision " + key + " is not deployed, or the authenticated caller may not read it: "
            + "the platform's own background work evaluates it unauthenticated"));
    DmnDecisionResult result = ModelledActivityHistory.withoutDecisionHistory(() ->
        decisionService.evaluateDecisionById(id).variables(variables).evaluate());
    return new Decided(id, single(key, result));
  }

  /**
   * The latest version's id, looked up once per transaction: Camunda's evaluation by key reads the latest definition
   * from the database on every call, and a job that screens 200 candidates evaluates each table hundreds of times. A
   * version deployed meanwhile is used from the next transaction on, as a deployment during one evaluation by key
   * would be. Null outside a transaction (the evaluation by key looks it up once, as this would) and where the caller
   * may not read the definition: then the evaluation by key decides (and refuses as Camunda does).
   */
  private String latestInTransaction(String key) {
    if (!TransactionMemo.inTransaction()) {
      return null;
    }
    return latestIds.get(key, k -> latest(k).map(DecisionDefinition::getId).orElse(null));
  }

  /** Evaluates one given version, for callers that record which version they used. */
  public Optional<Map<String, Object>> evaluate(DecisionDefinition definition, Map<String, Object> variables) {
    return single(definition.getKey(),
        decisionService.evaluateDecisionById(definition.getId()).variables(variables).evaluate());
  }

  public Shape shape(DecisionDefinition definition) {
    return shapes.computeIfAbsent(definition.getId(), id -> read(id, definition.getKey()));
  }

  private Shape read(String definitionId, String key) {
    Decision decision = repositoryService.getDmnModelInstance(definitionId).getModelElementById(key);
    if (decision == null || !(decision.getExpression() instanceof DecisionTable table)) {
      return new Shape(List.of(), List.of());
    }
    List<String> inputs = table.getInputs().stream()
        .map(Input::getInputExpression)
        .map(expression -> expression.getText() == null ? "" : expression.getText().getTextContent().trim())
        .toList();
    List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
    return new Shape(inputs, outputs);
  }

  private static Optional<Map<String, Object>> single(String key, DmnDecisionResult result) {
    if (result.size() > 1) {
      // The policy tables are UNIQUE or FIRST; more than one result means a redeployed table broke that.
      throw new IllegalStateException("Decision " + key + " returned " + result.size() + " results, expected at most one");
    }
    return result.isEmpty() ? Optional.empty() : Optional.of(result.getSingleResult().getEntryMap());
  }
}
