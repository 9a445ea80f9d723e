package cn.unionsw.platform.config;

import cn.unionsw.platform.config.GrantAnswers.Latest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionManager;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionManager;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;

/**
 * The latest version of a definition by its key, kept under the grant stamp (ADR 0038). Engine REST finds the
 * definition behind {@code /process-definition/key/{key}/start} and {@code /decision-definition/key/{key}/evaluate}
 * by a query of the latest version with that key and no tenant, filtered by the caller's READ grants; on MariaDB it is
 * the costliest statement of a start or an evaluation. Its answer depends on nothing but the definitions' tables and
 * grants on definitions, all of which move the stamp ({@link GrantStamp}). So a node keeps the id it found, for the
 * same question (caller, groups, tenants, key) under the same stamp, and the next request reads that definition by
 * its primary key. Any other query, and every query of a request that did not read the stamp, goes to the database
 * as in Camunda.
 */
final class LatestDefinitions {

  private LatestDefinitions() {
  }

  /** Decision definitions' queries, the latest by key kept. */
  static final class Decisions extends DecisionDefinitionManager {

    private static final Shape LATEST_BY_KEY = new Shape(DecisionDefinitionQueryImpl.class);

    private final GrantStamp grantStamp;
    private final GrantAnswers answers;

    Decisions(GrantStamp grantStamp, GrantAnswers answers) {
      this.grantStamp = grantStamp;
      this.answers = answers;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<DecisionDefinition> findDecisionDefinitionsByQueryCriteria(DecisionDefinitionQueryImpl query,
        Page page) {
      Long stamp = stamp(grantStamp, getCurrentAuthentication());
      if (stamp == null || !LATEST_BY_KEY.matches(query, page)) {
        return super.findDecisionDefinitionsByQueryCriteria(query, page);
      }
      configureDecisionDefinitionQuery(query);
      String question = GrantAnswers.latestQuestion("decision", query.getKey(), query.getAuthCheck(),
          query.getTenantCheck());
      return latest(answers, stamp, question, this::findDecisionDefinitionById,
          () -> getDbEntityManager().selectList("selectDecisionDefinitionsByQueryCriteria", query, page));
    }
  }

  /** Process definitions' queries, the latest by key kept. */
  static final class Processes extends ProcessDefinitionManager {

    private static final Shape LATEST_BY_KEY = new Shape(ProcessDefinitionQueryImpl.class);

    private final GrantStamp grantStamp;
    private final GrantAnswers answers;

    Processes(GrantStamp grantStamp, GrantAnswers answers) {
      this.grantStamp = grantStamp;
      this.answers = answers;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ProcessDefinition> findProcessDefinitionsByQueryCriteria(ProcessDefinitionQueryImpl query,
        Page page) {
      Long stamp = stamp(grantStamp, getCurrentAuthentication());
      if (stamp == null || !LATEST_BY_KEY.matches(query, page)) {
        return super.findProcessDefinitionsByQueryCriteria(query, page);
      }
      configureProcessDefinitionQuery(query);
      String question = GrantAnswers.latestQuestion("process", query.getKey(), query.getAuthCheck(),
          query.getTenantCheck());
      return latest(answers, stamp, question, this::findLatestProcessDefinitionById,
          () -> getDbEntityManager().selectList("selectProcessDefinitionsByQueryCriteria", query, page));
    }
  }

  /** The stamp the request read with its caller, or null when it read none or the triggers are missing. */
  private static Long stamp(GrantStamp grantStamp, Authentication authentication) {
    return grantStamp.moving() && authentication instanceof GrantAnswers.Stamped request ? request.grantStamp() : null;
  }

  /**
   * The kept answer when there is one under this stamp and its definition is still there; otherwise the database's,
   * kept for the next request under the same stamp.
   */
  static <D extends ResourceDefinition> List<D> latest(GrantAnswers answers, long stamp, String question,
      Function<String, ? extends D> byId, Supplier<List<D>> query) {
    Latest kept = question == null ? null : answers.latest(stamp, question);
    if (kept != null) {
      if (kept.definitionId() == null) {
        return new ArrayList<>();
      }
      D definition = byId.apply(kept.definitionId());
      if (definition != null) {
        return new ArrayList<>(List.of(definition));
      }
    }
    List<D> found = query.get();
    if (question != null && found.size() <= 1) {
      answers.keepLatest(stamp, question, new Latest(found.isEmpty() ? null : found.get(0).getId()));
    }
    return found;
  }

  /**
   * The one query kept: the latest version of a key without tenant ({@code key(k).withoutTenantId().latestVersion()}),
   * from its first row, unsorted. Every other field of the query class, including any a later Camunda adds, must hold
   * its default, or the query goes to the database.
   */
  static final class Shape {

    /** The fields the query must set, each to what makes it "the latest of one key, no tenant". */
    private static final Map<String, Predicate<Object>> SET = Map.of("key", Objects::nonNull,
        "latest", Boolean.TRUE::equals, "isTenantIdSet", Boolean.TRUE::equals);

    private final Class<?> type;
    private final List<Field> fields;

    Shape(Class<?> type) {
      this.type = type;
      this.fields = Arrays.stream(type.getDeclaredFields())
          .filter(field -> !Modifier.isStatic(field.getModifiers()))
          .peek(field -> field.setAccessible(true))
          .toList();
      if (fields.stream().map(Field::getName).filter(SET::containsKey).count() != SET.size()) {
        throw new IllegalStateException(type.getName() + " no longer has the fields " + SET.keySet());
      }
    }

    boolean matches(AbstractQuery<?, ?> query, Page page) {
      if (query.getClass() != type || (page != null && (page.getFirstResult() != 0 || page.getMaxResults() < 1))
          || (query.getOrderingProperties() != null && !query.getOrderingProperties().isEmpty())) {
        return false;
      }
      try {
        for (Field field : fields) {
          Predicate<Object> set = SET.get(field.getName());
          Object value = field.get(query);
          if (set == null ? !isDefault(field, value) : !set.test(value)) {
            return false;
          }
        }
        return true;
      } catch (IllegalAccessException unreadable) {
        return false;
      }
    }

    /**
     * What a field holds when the query was not told anything about it: an empty list counts as none (Camunda's
     * queries start some lists empty), an array only when null. An array is set only by a call, and an empty one
     * can mean something: {@code tenantIdIn()} with no tenant drops the tenant filter of the SQL altogether, where
     * {@code withoutTenantId()} (a null array) asks for no tenant.
     */
    private static boolean isDefault(Field field, Object value) {
      if (field.getType().isPrimitive()) {
        return Boolean.FALSE.equals(value) || (value instanceof Number number && number.longValue() == 0);
      }
      return value == null || (value instanceof Collection<?> collection && collection.isEmpty());
    }
  }
}
