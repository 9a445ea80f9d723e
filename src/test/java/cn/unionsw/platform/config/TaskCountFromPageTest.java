package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests open a filter list's memory, and that it is gone when the request ends, however it ends. */
class TaskCountFromPageTest {

  private final Filter filter = new TaskCountFromPage().filterListCountedOnce("/camunda").getFilter();

  @Test
  void shouldOpenTheMemoryForAFilterListOnly() throws Exception {
    assertThat(inFilterListDuring("POST", "/engine-rest/filter/reviewer-unit-tasks/list")).isTrue();
    assertThat(inFilterListDuring("GET", "/camunda/api/engine/engine/default/filter/my-tasks/list")).isTrue();
    assertThat(inFilterListDuring("POST", "/engine-rest/filter/reviewer-unit-tasks/count")).isFalse();
    assertThat(inFilterListDuring("POST", "/engine-rest/filter/reviewer-unit-tasks/list/extra")).isFalse();
    assertThat(inFilterListDuring("GET", "/engine-rest/task")).isFalse();
    assertThat(TaskCountFromPage.inFilterList()).isFalse();
  }

  @Test
  void shouldCloseTheMemoryWhenTheRequestFails() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/filter/any/list");

    assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), (in, out) -> {
      assertThat(TaskCountFromPage.inFilterList()).isTrue();
      throw new IllegalStateException("the engine failed");
    })).hasMessage("the engine failed");
    assertThat(TaskCountFromPage.inFilterList()).isFalse();
  }

  private boolean inFilterListDuring(String method, String uri) throws Exception {
    List<Boolean> seen = new ArrayList<>();
    filter.doFilter(new MockHttpServletRequest(method, uri), new MockHttpServletResponse(),
        (in, out) -> seen.add(TaskCountFromPage.inFilterList()));
    assertThat(seen).hasSize(1);
    return seen.get(0);
  }
}
