package cn.unionsw.platform.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemErrorReportValve} in the place of the host's error report valve. Spring Boot adds a stock one
 * of its own ({@code server.error.include-stacktrace: never}), so this runs after Spring Boot's customizer and
 * removes every other; the host is told the valve's class, or it would add a stock one again when it starts.
 */
@Configuration
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      Host host = (Host) context.getParent();
      for (Valve valve : host.getPipeline().getValves()) {
        if (valve instanceof ErrorReportValve) {
          host.getPipeline().removeValve(valve);
        }
      }
      if (host instanceof StandardHost standard) {
        standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
      }
      host.getPipeline().addValve(new ProblemErrorReportValve());
    });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
