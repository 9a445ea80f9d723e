package cn.unionsw.platform.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** The JUnit side of {@link BrowserTest}: skip or fail without a browser, hand out and close {@link Browser}s. */
class BrowserExtension implements ExecutionCondition, ParameterResolver, TestExecutionExceptionHandler {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return Chromium.missing().map(reason -> {
      String message = "Browser tests need headless Chromium: " + reason + ". Install it with '"
          + Chromium.INSTALL_HINT + "'.";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true: " + message);
      }
      return ConditionEvaluationResult.disabled(message);
    }).orElseGet(() -> ConditionEvaluationResult.enabled("Chromium found"));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return session(context).browser();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
    if (session != null && session.browser().started()) {
      try {
        String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
            + context.getRequiredTestMethod().getName();
        session.browser().screenshot(name);
        session.browser().consoleLog(name);
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
    throw failure;
  }

  /** Stored per test method, so that JUnit closes the browser (and deletes its profile) when the test ends. */
  private static Session session(ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(Session.class, key -> new Session(newBrowser(context)),
        Session.class);
  }

  private record Session(Browser browser) implements ExtensionContext.Store.CloseableResource {

    @Override
    public void close() {
      browser.close();
    }
  }

  private static Browser newBrowser(ExtensionContext context) {
    var environment = SpringExtension.getApplicationContext(context).getEnvironment();
    String port = environment.getRequiredProperty("local.server.port");
    String database = System.getProperty("it.database", "h2");
    return new Browser("http://localhost:" + port, Path.of("target", "screenshots", database));
  }
}
