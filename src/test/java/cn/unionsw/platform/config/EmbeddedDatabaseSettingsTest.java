package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The embedded H2 database as application.yml opens it when no DB_URL is given (ADR 0035). */
class EmbeddedDatabaseSettingsTest {

  @Test
  void shouldKeepEnoughParsedStatementsPerConnectionForAnEngineRequest() throws Exception {
    String url = defaultUrl().replace("file:./data/unionsw", "mem:" + UUID.randomUUID());

    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet setting = statement.executeQuery(
            "select SETTING_VALUE from INFORMATION_SCHEMA.SETTINGS where SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
      assertThat(setting.next()).isTrue();
      assertThat(Integer.parseInt(setting.getString(1))).isGreaterThanOrEqualTo(64);
    }
  }

  /** The URL after {@code DB_URL:} in {@code spring.datasource.url}. */
  private static String defaultUrl() throws Exception {
    Object configured = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
        .get(0).getProperty("spring.datasource.url");
    Matcher fallback = Pattern.compile("^\\$\\{DB_URL:(.*)}$").matcher(String.valueOf(configured));
    assertThat(fallback.matches()).as("spring.datasource.url is ${DB_URL:…}: %s", configured).isTrue();
    assertThat(fallback.group(1)).startsWith("jdbc:h2:file:./data/unionsw;");
    return fallback.group(1);
  }
}
