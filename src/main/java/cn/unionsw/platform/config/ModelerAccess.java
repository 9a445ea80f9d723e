package cn.unionsw.platform.config;

import cn.unionsw.platform.people.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
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

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController(PATH, PATH + "/");
    registry.addViewController(PATH + "/").setViewName("forward:" + PATH + "/index.html");
  }

  @Bean
  FilterRegistrationBean<AdministratorsOnly> modelerAdministratorsOnly(IdentityService identityService,
      ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new AdministratorsOnly(identityService, engine.getName()));
    registration.addUrlPatterns(PATH, PATH + "/*");
    return registration;
  }

  static final class AdministratorsOnly extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final String engineName;

    AdministratorsOnly(IdentityService identityService, String engineName) {
      this.identityService = identityService;
      this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      HttpSession session = request.getSession(false);
      String userId = session == null ? null : WebAppSessionFilter.webAppUser(session, engineName);
      if (userId == null) {
        refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "请先以平台管理员身份登录管理台",
            "<a href=\"/camunda/app/admin/default/\">登录管理台</a>，再打开 <a href=\"/modeler/\">模型设计器</a>。");
        return;
      }
      if (identityService.createGroupQuery().groupMember(userId).groupId(Roles.ADMIN).count() == 0) {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "无权访问模型设计器", "模型设计器仅供平台管理员使用。");
        return;
      }
      response.setHeader("Cache-Control", "no-store");
      chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String title, String body)
        throws IOException {
      response.setStatus(status);
      response.setContentType("text/html;charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response.getOutputStream().write(("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>" + title
          + "</title><h1>" + title + "</h1><p>" + body + "</p></html>").getBytes(StandardCharsets.UTF_8));
    }
  }
}
