package cn.unionsw.platform.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@link ModelRules.Surroundings} read from the repository, without an engine or Spring: the beans are the
 * {@code @Component("name")}s of {@code src/main/java}, the embedded forms the pages of
 * {@code src/main/resources/static/forms}, and every form of {@code forms/} is deployed with every model (the
 * auto-deployment deploys them together).
 */
public final class RepositorySurroundings implements ModelRules.Surroundings {

  static final Path FORMS = Path.of("forms");
  static final Path EMBEDDED_FORMS = Path.of("src/main/resources/static/forms");
  static final Pattern COMPONENT = Pattern.compile("@Component\\(\"([a-zA-Z0-9]+)\"\\)");

  private final Set<String> beans;

  private RepositorySurroundings(Set<String> beans) {
    this.beans = beans;
  }

  public static RepositorySurroundings read() {
    Set<String> names = new HashSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = COMPONENT.matcher(Files.readString(source));
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RepositorySurroundings(names);
  }

  @Override
  public boolean beanExists(String name) {
    return beans.contains(name);
  }

  @Override
  public Optional<String> embeddedForm(String page) {
    Path file = EMBEDDED_FORMS.resolve(page);
    try {
      return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean formInDeployment(String formId) {
    Path form = FORMS.resolve(formId + ".form");
    try {
      return Files.exists(form) && formId.equals(new ObjectMapper().readTree(form.toFile()).path("id").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
