package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.config.EngineProviderLookup.ProviderFilesReadOnce;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Camunda's provider files read once for engine REST's look-ups, everything else from the server's class loader. */
class EngineProviderLookupTest {

  final AtomicInteger providerFileSearches = new AtomicInteger();
  final ClassLoader server = new ClassLoader(getClass().getClassLoader()) {
    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (EngineProviderLookup.PROVIDER_FILE.equals(name)) {
        providerFileSearches.incrementAndGet();
      }
      return super.getResources(name);
    }
  };
  final ProviderFilesReadOnce readOnce = new ProviderFilesReadOnce(server);

  @Test
  void shouldFindCamundasProvidersInTheirOrderSearchingTheClassPathOnce() throws IOException {
    List<String> expected = providerClasses(server);
    providerFileSearches.set(0);

    for (int i = 0; i < 3; i++) {
      assertThat(providerClasses(readOnce)).isEqualTo(expected);
    }

    // The web apps' provider and the REST starter's, as Camunda finds them.
    assertThat(expected).hasSize(2);
    assertThat(providerFileSearches).hasValue(1);
    List<URL> originals = Collections.list(server.getResources(EngineProviderLookup.PROVIDER_FILE));
    List<URL> copies = Collections.list(readOnce.getResources(EngineProviderLookup.PROVIDER_FILE));
    assertThat(copies).hasSameSizeAs(originals);
    for (int i = 0; i < originals.size(); i++) {
      assertThat(read(copies.get(i))).isEqualTo(read(originals.get(i)));
    }
  }

  @Test
  void shouldLeaveEveryOtherResourceAndClassToTheServersLoader() throws Exception {
    String other = "META-INF/services/org.camunda.bpm.engine.rest.spi.FetchAndLockHandler";

    assertThat(Collections.list(readOnce.getResources(other)))
        .isEqualTo(Collections.list(server.getResources(other)));
    assertThat(readOnce.getResource("application.yml")).isEqualTo(server.getResource("application.yml"));
    assertThat(readOnce.loadClass(ProcessEngineProvider.class.getName())).isSameAs(ProcessEngineProvider.class);
    assertThat(providerFileSearches).hasValue(0);
  }

  @Test
  void shouldSetTheLoaderForTheRequestOnlyAndPutTheServersBack() throws Exception {
    Filter filter = new EngineProviderLookup().engineProviderFilesReadOnce().getFilter();
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    List<ClassLoader> seen = new ArrayList<>();
    thread.setContextClassLoader(server);
    try {
      for (int i = 0; i < 2; i++) {
        filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
            (request, response) -> seen.add(Thread.currentThread().getContextClassLoader()));
        assertThat(thread.getContextClassLoader()).isSameAs(server);
      }
    } finally {
      thread.setContextClassLoader(before);
    }

    assertThat(seen.get(0)).isInstanceOf(ProviderFilesReadOnce.class).isSameAs(seen.get(1));
    assertThat(seen.get(0).getParent()).isSameAs(server);
  }

  private static List<String> providerClasses(ClassLoader loader) {
    return ServiceLoader.load(ProcessEngineProvider.class, loader).stream()
        .map(provider -> provider.type().getName()).toList();
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
