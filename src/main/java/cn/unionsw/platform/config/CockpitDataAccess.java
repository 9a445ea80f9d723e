package cn.unionsw.platform.config;

import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.web.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Cockpit's plugin data ({@code /camunda/api/cockpit/plugin/{plugin}/{engine}/...}) answers those who may use Cockpit
 * (administrators, and reviewers by their grant on the application), as Cockpit's login does. Camunda lets anyone
 * logged in to any web app (a clerk in Tasklist) call it, and some of its answers count every instance of a
 * definition whoever asks (the process definitions' statistics): a county's clerk would learn the province's case
 * numbers. The plugins' scripts and styles ({@code .../plugin/{plugin}/static/...}) stay open: Cockpit's login page
 * loads them.
 */
@Configuration
class CockpitDataAccess {

  static final String PLUGINS = "/camunda/api/cockpit/plugin/";

  @Bean
  FilterRegistrationBean<CockpitUsersOnly> cockpitDataForItsUsers(IdentityService identityService,
      ProcessEngine engine, ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new CockpitUsersOnly(identityService,
        engine.getAuthorizationService(), engine.getName(), json));
    registration.addUrlPatterns(PLUGINS + "*");
    return registration;
  }

  static final class CockpitUsersOnly extends WebAppSessionGate {

    private final AuthorizationService authorizations;

    CockpitUsersOnly(IdentityService identityService, AuthorizationService authorizations, String engineName,
        ObjectMapper json) {
      super(identityService, engineName, json);
      this.authorizations = authorizations;
    }

    @Override
    boolean admits(String userId) {
      // An administrator, or Camunda's access to the application, as its login asks: one read of the groups.
      List<String> groups = identityService().createGroupQuery().groupMember(userId).list().stream()
          .map(Group::getId).toList();
      return groups.contains(Roles.ADMIN)
          || authorizations.isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return isAsset(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** {@code /camunda/api/cockpit/plugin/{plugin}/static/...}: a plugin's scripts and styles. */
    static boolean isAsset(String path) {
      if (!path.startsWith(PLUGINS)) {
        return false;
      }
      String[] parts = path.substring(PLUGINS.length()).split("/", 3);
      return parts.length == 3 && parts[1].equals("static") && !parts[2].contains("..");
    }

    @Override
    void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
      if (status == HttpStatus.UNAUTHORIZED) {
        Problems.write(response, json, status, "unauthorized", "请先登录 (log in to Cockpit first)");
      } else {
        Problems.write(response, json, status, "forbidden",
            "无权使用 Cockpit (Cockpit is for administrators and reviewers)");
      }
    }
  }
}
