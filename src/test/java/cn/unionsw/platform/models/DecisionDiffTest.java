package cn.unionsw.platform.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decision table against the running version, rule by rule. */
class DecisionDiffTest {

  static final Path POST_QUOTA = Path.of("dmn/post-quota.dmn");

  @Test
  void shouldFindNothingInTheSameTable() throws IOException {
    byte[] table = Files.readAllBytes(POST_QUOTA);

    assertThat(DecisionDiff.of("post-quota", 1, table, table).unchanged()).isTrue();
  }

  @Test
  void shouldNameAChangedRuleWithItsEntriesBeforeAndAfter() throws IOException {
    byte[] table = Files.readAllBytes(POST_QUOTA);
    byte[] changed = new String(table, StandardCharsets.UTF_8).replace("<text>[0..2000]</text>", "<text>[0..2500]</text>")
        .getBytes(StandardCharsets.UTF_8);

    List<DecisionDiff.RuleChange> rules = DecisionDiff.of("post-quota", 1, table, changed).rules();

    assertThat(rules).extracting(DecisionDiff.RuleChange::ruleId, DecisionDiff.RuleChange::change)
        .containsExactly(org.assertj.core.api.Assertions.tuple("rule-township-up-to-2000", "CHANGED"));
    assertThat(rules.get(0).before().inputs()).contains("[0..2000]");
    assertThat(rules.get(0).after().inputs()).contains("[0..2500]");
  }

  @Test
  void shouldNameAddedAndRemovedRules() throws IOException {
    byte[] table = Files.readAllBytes(POST_QUOTA);
    byte[] renamed = new String(table, StandardCharsets.UTF_8).replace("rule-union-office", "rule-union-office-hq")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(DecisionDiff.of("post-quota", 1, table, renamed).rules())
        .extracting(DecisionDiff.RuleChange::ruleId, DecisionDiff.RuleChange::change)
        .containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("rule-union-office-hq", "ADDED"),
            org.assertj.core.api.Assertions.tuple("rule-union-office", "REMOVED"));
  }

  @Test
  void shouldShowAFirstDeploymentAsAllAdded() throws IOException {
    DecisionDiff.Diff diff = DecisionDiff.of("post-quota", null, null, Files.readAllBytes(POST_QUOTA));

    assertThat(diff.inputsBefore()).isNull();
    assertThat(diff.rules()).allMatch(change -> change.change().equals("ADDED")).hasSize(6);
  }
}
