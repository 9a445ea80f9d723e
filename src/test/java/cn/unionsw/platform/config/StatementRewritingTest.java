package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.config.StatementRewriting.Plan;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

/** A rewrite planned once per statement text, the most recently used texts kept. */
class StatementRewritingTest {

  final List<String> planned = new ArrayList<>();
  final StatementRewriting.Plans plans = new StatementRewriting.Plans(sql -> {
    planned.add(sql);
    return Plan.inPlace(sql + " -- rewritten", StatementRewriting.placeholders(sql, 0, sql.length()));
  }, 2);
  final List<ParameterMapping> parameter = List.of(
      new ParameterMapping.Builder(new Configuration(), "id", Object.class).build());

  @Test
  void shouldPlanEachTextOnceWhileItIsAmongTheMostRecentlyUsed() {
    for (String sql : List.of("a = ?", "b = ?", "a = ?", "c = ?", "a = ?", "b = ?")) {
      assertThat(plans.rewrite(sql, parameter).sql()).isEqualTo(sql + " -- rewritten");
    }

    // "b" was let go when "c" came (capacity 2, "a" used more recently), so it is planned again; "a" never was.
    assertThat(planned).containsExactly("a = ?", "b = ?", "c = ?", "b = ?");
  }

  @Test
  void shouldLeaveARenderWhoseParametersDoNotFitItsPlan() {
    assertThat(plans.rewrite("a = ? and b = ?", parameter)).isNull();
    assertThat(plans.rewrite("a = ?", List.of())).isNull();
  }
}
