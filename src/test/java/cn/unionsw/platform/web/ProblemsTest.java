package cn.unionsw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProblemsTest {

  @Test
  void shouldQuoteAtMost64CharactersOfInput() {
    assertThat(Problems.quote("x".repeat(7000))).isEqualTo("x".repeat(64) + "…");
    assertThat(Problems.quote("HE-SJZ")).isEqualTo("HE-SJZ");
  }

  @Test
  void shouldNeverCutA4ByteCharacterInHalf() {
    String quoted = Problems.quote("x".repeat(63) + "😀😀");

    assertThat(quoted).isEqualTo("x".repeat(63) + "…");
  }

  @Test
  void shouldReplaceHalfA4ByteCharacterSoTheAnswerCanBeWritten() {
    assertThat(Problems.quote("a\ud800b")).isEqualTo("a\uFFFDb");
    assertThat(Problems.clip("a\udc00 b")).isEqualTo("a\uFFFD b");
  }

  @Test
  void shouldClipEveryLongWordOfAMessageAndTheWhole() {
    String clipped = Problems.clip("组织代码格式不正确: " + "y".repeat(7000) + " (Art. 9)");

    assertThat(clipped).isEqualTo("组织代码格式不正确: " + "y".repeat(64) + "… (Art. 9)");
    assertThat(Problems.clip("a ".repeat(1000))).hasSize(Problems.MAX_MESSAGE + 1);
  }

  @Test
  void shouldClipWhatARefusalQuotes() {
    assertThat(Refusal.invalid("code", "组织 " + "z".repeat(500) + " 未登记").getMessage())
        .isEqualTo("code: 组织 " + "z".repeat(64) + "… 未登记");
  }

  @Test
  void shouldAnswerEveryFaultWithOneGenericMessage() {
    var problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE);

    assertThat(problem.getStatus()).isEqualTo(500);
    assertThat(problem.getProperties()).containsEntry("error", "internal_error")
        .containsEntry("message", Problems.INTERNAL_ERROR);
  }

  @Test
  void shouldKeepATypeUriWhateverTheFieldIsCalled() {
    var problem = Problems.of(Refusal.invalid("a b/c", "x"));

    assertThat(problem.getType().toString()).isEqualTo("urn:unionsw:error:invalid_a+b%2Fc");
    assertThat(problem.getProperties()).containsEntry("field", "a b/c");
  }

  @Test
  void shouldTellTheApisPathsFromTheWebApps() {
    assertThat(Problems.isApiPath("/api/orgs")).isTrue();
    assertThat(Problems.isApiPath("/engine-rest")).isTrue();
    assertThat(Problems.isApiPath("/camunda/api/engine/engine/default/task")).isTrue();
    assertThat(Problems.isApiPath("/camunda/app/tasklist/")).isFalse();
    assertThat(Problems.isApiPath("/apix")).isFalse();
  }
}
