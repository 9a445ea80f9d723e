package cn.unionsw.platform.config;

import cn.unionsw.platform.web.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Cockpit's plugin data ({@code /camunda/api/cockpit/plugin/{plugin}/{engine}/...}) answers administrators only, as
 * Cockpit itself does. Camunda lets anyone logged in to a web app (Tasklist) call it, and some of its answers count
 * every instance of a definition whoever asks (the process definitions' statistics): a county's clerk would learn the
 * province's case numbers. The plugins' scripts and styles ({@code .../plugin/{plugin}/static/...}) stay open: Cockpit's
 * login page loads them.
 */
@Configuration
class CockpitDataAccess {

  static final String PLUGINS = "/camunda/api/cockpit/plugin/";

  @Bean
  FilterRegistrationBean<AdministratorsOnly> cockpitDataForAdministrators(IdentityService identityService,
      ProcessEngine engine, ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new AdministratorsOnly(identityService, engine.getName(), json));
    registration.addUrlPatterns(PLUGINS + "*");
    return registration;
  }

  static final class AdministratorsOnly extends WebAppAdministratorsOnly {

    AdministratorsOnly(IdentityService identityService, String engineName, ObjectMapper json) {
      super(identityService, engineName, json);
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
            "Cockpit 的数据仅供平台管理员查看 (Cockpit's data is for administrators)");
      }
    }
  }
}
