package cn.unionsw.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's statements rewritten as MyBatis renders them, for the statements and the database a rewrite is written
 * for ({@link AuthorizationJoinAsExists}, {@link TaskPageByIds}). A rewrite is planned once per statement text: a
 * query renders the same text for the same criteria (the values are placeholders), and matching patterns against a
 * text of several kilobytes on every call cost a seventh of the CPU of a Tasklist filter's page (docs/benchmarks.md).
 * Each rewrite keeps the plans of at most {@link #MAX_PLANS} texts: a text differs with the criteria and with the
 * length of every list among them (ids, groups), so a caller could render more texts than are worth keeping; when
 * the plans are full they are let go, and the texts in use are planned again. Rewrites of one statement compose, each
 * over the text the one before it produced.
 */
final class StatementRewriting {

  static final int MAX_PLANS = 1024;
  private static final Logger log = LoggerFactory.getLogger(StatementRewriting.class);

  private StatementRewriting() {
  }

  /** The rewritten text and, for each of its placeholders, the index of the rendered parameter it takes. */
  record Plan(String sql, int[] order, int parameters) {

    static final Plan NONE = new Plan(null, null, -1);

    /** The text rewritten with its placeholders where they were. */
    static Plan inPlace(String sql, int parameters) {
      return new Plan(sql, IntStream.range(0, parameters).toArray(), parameters);
    }

    /** The render's own parameters in the rewritten order, or null: no rewrite, or a render that does not fit. */
    Rewritten applyTo(List<ParameterMapping> given) {
      if (sql == null || given.size() != parameters) {
        return null;
      }
      List<ParameterMapping> reordered = new ArrayList<>(order.length);
      for (int index : order) {
        reordered.add(given.get(index));
      }
      return new Rewritten(sql, reordered);
    }
  }

  record Rewritten(String sql, List<ParameterMapping> parameters) {
  }

  /** One rewrite's plans by statement text, at most a capacity of them. */
  static final class Plans {

    private final Function<String, Plan> planner;
    private final int capacity;
    private final Map<String, Plan> byText = new ConcurrentHashMap<>();

    Plans(Function<String, Plan> planner) {
      this(planner, MAX_PLANS);
    }

    Plans(Function<String, Plan> planner, int capacity) {
      this.planner = planner;
      this.capacity = capacity;
    }

    Rewritten rewrite(String sql, List<ParameterMapping> parameters) {
      Plan plan = byText.get(sql);
      if (plan == null) {
        // Two renders of a new text may both plan it, and agree. Reads take no lock: a full map is emptied rather
        // than kept in order of use, which would take a lock on every render.
        plan = planner.apply(sql);
        if (byText.size() >= capacity) {
          byText.clear();
        }
        byText.put(sql, plan);
      }
      return plan.applyTo(parameters);
    }
  }

  /** Puts the rewrite over each statement's source (once: installing it again changes nothing). */
  static void install(ProcessEngineConfigurationImpl engine, List<String> statements, Plans plans) {
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    for (String id : statements) {
      if (!mybatis.hasStatement(id, false)) {
        log.warn("Camunda has no statement {}: it runs as Camunda writes it", id);
        continue;
      }
      MappedStatement statement = mybatis.getMappedStatement(id, false);
      if (!Rewriting.installed(statement.getSqlSource(), plans)) {
        replaceSource(mybatis, statement, new Rewriting(mybatis, statement.getSqlSource(), plans));
      }
    }
  }

  /** Puts another source in place of a statement's own, at start-up. */
  static void replaceSource(Configuration mybatis, MappedStatement statement, SqlSource source) {
    // MappedStatement has no setter for its source; MyBatis's own reflection sets the field, once, at start-up.
    MetaObject meta = mybatis.newMetaObject(statement);
    meta.setValue("sqlSource", source);
  }

  /** The statement as rendered before, then rewritten where the plan says so. */
  record Rewriting(Configuration mybatis, SqlSource before, Plans plans) implements SqlSource {

    static boolean installed(SqlSource source, Plans plans) {
      for (SqlSource s = source; s instanceof Rewriting rewriting; s = rewriting.before()) {
        if (rewriting.plans() == plans) {
          return true;
        }
      }
      return false;
    }

    @Override
    public BoundSql getBoundSql(Object parameter) {
      BoundSql bound = before.getBoundSql(parameter);
      Rewritten rewritten = plans.rewrite(bound.getSql(), bound.getParameterMappings());
      if (rewritten == null) {
        return bound;
      }
      BoundSql result = new BoundSql(mybatis, rewritten.sql(), rewritten.parameters(), parameter);
      bound.getAdditionalParameters().forEach(result::setAdditionalParameter);
      return result;
    }
  }

  /** The JDBC placeholders in {@code sql[from, to)}, outside quoted literals. */
  static int placeholders(String sql, int from, int to) {
    int count = 0;
    boolean quoted = false;
    for (int i = from; i < to; i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == '?' && !quoted) {
        count++;
      }
    }
    return count;
  }
}
