package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.config.StatementRewriting.Plan;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.mapping.ParameterMapping;
import org.junit.jupiter.api.Test;

/** A rewrite planned once per statement text, at most a capacity of texts kept. */
class StatementRewritingTest {

  final List<String> planned = new ArrayList<>();
  final StatementRewriting.Plans plans = new StatementRewriting.Plans(sql -> {
    planned.add(sql);
    return Plan.inPlace(sql + " -- rewritten", StatementRewriting.placeholders(sql, 0, sql.length()));
  }, 2);
  final List<ParameterMapping> parameter = AuthorizationJoinAsExistsTest.mappings(List.of("id"));

  @Test
  void shouldPlanEachTextOnceUntilThePlansAreFull() {
    for (String sql : List.of("a = ?", "b = ?", "a = ?", "b = ?", "c = ?", "c = ?", "a = ?")) {
      assertThat(plans.rewrite(sql, parameter).sql()).isEqualTo(sql + " -- rewritten");
    }

    // Capacity 2: "c" found the plans full and they were let go, so "a" is planned again after it.
    assertThat(planned).containsExactly("a = ?", "b = ?", "c = ?", "a = ?");
  }

  @Test
  void shouldLeaveARenderWhoseParametersDoNotFitItsPlan() {
    assertThat(plans.rewrite("a = ? and b = ?", parameter)).isNull();
    assertThat(plans.rewrite("a = ?", List.of())).isNull();
  }
}
