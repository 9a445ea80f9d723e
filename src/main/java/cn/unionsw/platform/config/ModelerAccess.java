package cn.unionsw.platform.config;

import cn.unionsw.platform.web.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The browser modeler ({@code /modeler/}, built from src/main/modeler) is for administrators: the page and its
 * scripts answer only an administrator logged in to the Camunda web apps in the same session (the page calls
 * {@code /api/models} with that session and its CSRF token); anyone else gets 401 with a link to log in, or 403.
 * Its API is guarded on its own ({@code /api/models}, administrators only).
 */
@Configuration
class ModelerAccess implements WebMvcConfigurer {

  static final String PATH = "/modeler";
  static final String TOKEN_COOKIE = "MODELER-XSRF-TOKEN";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController(PATH, PATH + "/");
    registry.addViewController(PATH + "/").setViewName("forward:" + PATH + "/index.html");
  }

  @Bean
  FilterRegistrationBean<AdministratorsOnly> modelerAdministratorsOnly(IdentityService identityService,
      ProcessEngine engine, ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new AdministratorsOnly(identityService, engine.getName(), json));
    registration.addUrlPatterns(PATH, PATH + "/*");
    return registration;
  }

  static final class AdministratorsOnly extends WebAppSessionGate {

    AdministratorsOnly(IdentityService identityService, String engineName, ObjectMapper json) {
      super(identityService, engineName, json);
    }

    @Override
    void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
      if (status == HttpStatus.UNAUTHORIZED) {
        refuse(request, response, status, "请先以平台管理员身份登录管理台",
            "<a href=\"/camunda/app/admin/default/\">登录管理台</a>，再打开 <a href=\"/modeler/\">模型设计器</a>。");
      } else {
        refuse(request, response, status, "无权访问模型设计器", "模型设计器仅供平台管理员使用。");
      }
    }

    @Override
    void admitted(HttpServletResponse response, HttpSession session) {
      response.setHeader("Cache-Control", "no-store");
      // The web apps' CSRF token, for the page's calls to /api (ADR 0013): Camunda's own cookie is for /camunda only.
      if (session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) instanceof String token) {
        response.addHeader("Set-Cookie", TOKEN_COOKIE + "=" + token + "; Path=" + PATH + "; SameSite=Strict");
      }
    }

    /** A page for a browser, problem JSON for anything else (a script, a client of the API). */
    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
        String body) throws IOException {
      response.setHeader("Cache-Control", "no-store");
      String accept = request.getHeader("Accept");
      if (accept == null || !accept.contains("text/html")) {
        Problems.write(response, json, status, status == HttpStatus.FORBIDDEN ? "forbidden" : "unauthorized",
            title + " (the modeler is for administrators logged in to the web apps)");
        return;
      }
      response.setStatus(status.value());
      response.setContentType("text/html;charset=UTF-8");
      response.getOutputStream().write(("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>" + title
          + "</title><h1>" + title + "</h1><p>" + body + "</p></html>").getBytes(StandardCharsets.UTF_8));
    }
  }
}
