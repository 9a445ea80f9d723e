package cn.unionsw.platform.config;

import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A page asked of engine REST or the web apps' engine API starts at no negative row and holds no negative number of
 * rows: Camunda passes {@code firstResult} and {@code maxResults} to the database as they come, and MySQL refuses a
 * negative {@code OFFSET} with a syntax error (a 500). Refused here with a 400 naming the parameter. A value that is
 * not a number is refused by JAX-RS itself ({@link EngineProblems}); a page larger than the query limit by Camunda.
 */
@Provider
@Priority(Priorities.USER)
public class EngineRestPaging implements ContainerRequestFilter {

  static final List<String> PAGING = List.of("firstResult", "maxResults");

  @Override
  public void filter(ContainerRequestContext request) {
    for (String name : PAGING) {
      for (String value : request.getUriInfo().getQueryParameters().getOrDefault(name, List.of())) {
        if (isNegative(value)) {
          throw Refusal.invalid(Problems.quote(name), "不能为负数 (must not be negative)");
        }
      }
    }
  }

  private static boolean isNegative(String value) {
    try {
      return value != null && Long.parseLong(value.strip()) < 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
