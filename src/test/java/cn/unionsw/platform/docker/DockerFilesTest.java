package cn.unionsw.platform.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on the build machines, so this checks what can be checked without one: the compose
 * file's structure, its variables, the proxy and the Dockerfile's stages and user.
 */
class DockerFilesTest {

  private static final Path DOCKER = Path.of("docker");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)");

  @Test
  void shouldRunTwoNodesOnMySqlWithReadCommitted() throws IOException {
    Map<String, Map<String, Object>> services = services();

    assertThat(services).containsKeys("mysql", "platform-1", "platform-2", "proxy");
    assertThat(services.get("mysql").get("command").toString()).contains("--transaction-isolation=READ-COMMITTED");
    for (String node : List.of("platform-1", "platform-2")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> env = (Map<String, Object>) services.get(node).get("environment");
      assertThat(env).as(node).containsEntry("SPRING_PROFILES_ACTIVE", "mysql")
          .containsKeys("DB_URL", "DB_USER", "DB_PASSWORD", "ADMIN_USER", "ADMIN_PASSWORD");
      assertThat(env.get("DB_URL").toString()).as(node).startsWith("jdbc:mysql://mysql:3306/");
    }
  }

  @Test
  void shouldCreateTheDatabaseInUtf8mb4() throws IOException {
    // The image creates MYSQL_DATABASE with the server's defaults; 𠮷 needs four bytes (docs/adr/0005-utf8mb4.md).
    assertThat(services().get("mysql").get("command").toString())
        .contains("--character-set-server=utf8mb4", "--collation-server=utf8mb4_bin");
  }

  @Test
  void shouldDocumentEveryVariableInTheExampleEnvironment() throws IOException {
    Set<String> used = VARIABLE.matcher(Files.readString(DOCKER.resolve("docker-compose.yml"))).results()
        .map(m -> m.group(1)).collect(Collectors.toSet());
    Set<String> documented = Files.readAllLines(DOCKER.resolve(".env.example")).stream()
        .filter(line -> line.contains("=") && !line.startsWith("#"))
        .map(line -> line.substring(0, line.indexOf('=')))
        .collect(Collectors.toSet());

    assertThat(documented).containsAll(used);
  }

  @Test
  void shouldSpreadStatelessCallsAndPinWebAppSessions() throws IOException {
    String nginx = Files.readString(DOCKER.resolve("nginx.conf"));

    assertThat(nginx).contains("server platform-1:8080", "server platform-2:8080", "ip_hash",
        "location /engine-rest/", "location /api/");
  }

  @Test
  void shouldPassTheClientAddressWithoutWhatTheClientClaims() throws IOException {
    String nginx = Files.readString(DOCKER.resolve("nginx.conf"));

    // Appending ($proxy_add_x_forwarded_for) would let a client on a private network name its own address,
    // since the nodes trust the header from private addresses: the login throttle counts per address.
    assertThat(nginx).contains("X-Forwarded-For   $remote_addr;").doesNotContain("$proxy_add_x_forwarded_for");
  }

  @Test
  void shouldBuildInStagesAndRunAsNonRoot() throws IOException {
    List<String> lines = Files.readAllLines(DOCKER.resolve("Dockerfile"));

    assertThat(lines.stream().filter(l -> l.startsWith("FROM "))).hasSizeGreaterThanOrEqualTo(2);
    String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
    assertThat(user).doesNotContain("root").isNotEqualTo("USER 0");
    lines.stream().filter(l -> l.matches("COPY [a-z.][^ ]* [^ ]+"))
        .map(l -> l.split(" ")[1])
        .forEach(source -> assertThat(Path.of(source)).as("COPY source " + source).exists());
  }

  @Test
  void shouldCopyEveryLayerOfTheJarInItsOrder() throws IOException {
    // src/main/layers.xml adds a layer (the CJK font); a layer the image does not copy would be missing at run time.
    List<String> layers = Pattern.compile("<layer>([a-z-]+)</layer>")
        .matcher(Files.readString(Path.of("src/main/layers.xml"))).results().map(m -> m.group(1)).toList();
    List<String> copied = Pattern.compile("COPY --from=build /extracted/([a-z-]+)/ \\./")
        .matcher(Files.readString(DOCKER.resolve("Dockerfile"))).results().map(m -> m.group(1)).toList();

    assertThat(layers).contains("dependencies", "fonts", "application");
    assertThat(copied).isEqualTo(layers);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldScrapeEachNodeWithTheMonitoringAccountPassedAsSecrets() throws IOException {
    Map<String, Object> prometheus = new Yaml().load(Files.readString(DOCKER.resolve("prometheus/prometheus.yml")));
    var job = ((List<Map<String, Object>>) prometheus.get("scrape_configs")).get(0);
    var targets = ((List<Map<String, List<String>>>) job.get("static_configs")).get(0).get("targets");
    var auth = (Map<String, String>) job.get("basic_auth");
    Map<String, Map<String, Object>> services = services();

    assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
    assertThat(targets).containsExactlyInAnyOrder("platform-1:8080", "platform-2:8080");
    assertThat(auth.values()).containsExactlyInAnyOrder("/run/secrets/monitoring_user",
        "/run/secrets/monitoring_password");
    assertThat((List<String>) services.get("prometheus").get("secrets"))
        .containsExactlyInAnyOrder("monitoring_user", "monitoring_password");
    assertThat((Map<String, Object>) services.get("platform-1").get("environment"))
        .containsKeys("MONITORING_USER", "MONITORING_PASSWORD");
    assertThat(services.get("prometheus").get("volumes").toString())
        .contains("./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml", "./prometheus/alerts.yml:");
  }

  @Test
  void shouldKeepMetricsOffThePublicProxy() throws IOException {
    String nginx = Files.readString(DOCKER.resolve("nginx.conf"));

    assertThat(nginx).contains("location = /actuator/health", "location /actuator/    { return 404; }");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldProvisionTheDashboardOnThePrometheusDataSource() throws IOException {
    Path grafana = DOCKER.resolve("grafana");
    Map<String, Object> sources = new Yaml().load(Files.readString(grafana.resolve(
        "provisioning/datasources/prometheus.yml")));
    String uid = ((List<Map<String, Object>>) sources.get("datasources")).get(0).get("uid").toString();
    Map<String, Object> providers = new Yaml().load(Files.readString(grafana.resolve(
        "provisioning/dashboards/union-social-work.yml")));
    var provider = ((List<Map<String, Object>>) providers.get("providers")).get(0);
    String path = ((Map<String, String>) provider.get("options")).get("path");
    JsonNode dashboard = new ObjectMapper().readTree(grafana.resolve("dashboards/union-social-work.json").toFile());

    assertThat(services().get("grafana").get("volumes").toString()).contains("./grafana/dashboards:" + path);
    assertThat(dashboard.path("panels")).isNotEmpty().allSatisfy(panel -> {
      assertThat(panel.path("datasource").path("uid").asText()).as(panel.path("title").asText()).isEqualTo(uid);
      assertThat(panel.path("targets")).isNotEmpty()
          .allSatisfy(target -> assertThat(target.path("expr").asText()).isNotBlank());
    });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("docker-compose.yml")));
    return (Map<String, Map<String, Object>>) compose.get("services");
  }
}
