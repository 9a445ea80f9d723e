package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import cn.unionsw.platform.support.WebAppSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import org.apache.catalina.Container;
import org.apache.catalina.core.StandardWrapper;
import org.apache.catalina.startup.Tomcat;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.HttpStatus;

/** Engine REST reads and writes JSON with one shared mapper, configured as Camunda's, not a new one per request. */
@PlatformIT
class EngineRestJsonIT {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ServletRegistrationBean<ServletContainer> jerseyServletRegistration;
  @Autowired
  ServletWebServerApplicationContext web;

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "application/hal+json"})
  void shouldAnswerEveryLookUpOfTheMapperWithTheSharedOneAtBothDoors(String mediaType) {
    // Jersey starts each servlet at its first request.
    assertThat(Api.as(rest, "sjzreviewer").get("/engine-rest/task?maxResults=1").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(WebAppSession.login(rest, "sjzreviewer", Api.DEMO_PASSWORD)
        .get("/camunda/api/engine/engine/default/task?maxResults=1").getStatusCode()).isEqualTo(HttpStatus.OK);
    Tomcat tomcat = ((TomcatWebServer) web.getWebServer()).getTomcat();
    Container application = tomcat.getHost().findChildren()[0];
    var webApps = (ServletContainer) ((StandardWrapper) application.findChild("Engine Api")).getServlet();

    for (ServletContainer door : List.of(jerseyServletRegistration.getServlet(), webApps)) {
      var resolver = door.getApplicationHandler().getInjectionManager().getInstance(Providers.class)
          .getContextResolver(ObjectMapper.class, MediaType.valueOf(mediaType));

      assertThat(resolver.getContext(TaskDto.class)).isSameAs(EngineRestJson.MAPPER);
      assertThat(resolver.getContext(TaskQueryDto.class)).isSameAs(EngineRestJson.MAPPER);
    }
  }

  @Test
  void shouldWriteDatesAsCamundaDoesAtBothDoors() throws Exception {
    String engineRest = Api.as(rest, "admin").get("/engine-rest/deployment?sortBy=id&sortOrder=asc&maxResults=1").getBody()
        .path(0).path("deploymentTime").asText();
    String webApps = new ObjectMapper().readTree(WebAppSession.login(rest, "admin", Api.DEMO_PASSWORD)
        .get("/camunda/api/engine/engine/default/deployment?sortBy=id&sortOrder=asc&maxResults=1").getBody())
        .path(0).path("deploymentTime").asText();

    // Camunda's format, yyyy-MM-dd'T'HH:mm:ss.SSSZ, which its web apps and clients parse.
    assertThat(engineRest).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}");
    assertThat(webApps).isEqualTo(engineRest);
  }
}
