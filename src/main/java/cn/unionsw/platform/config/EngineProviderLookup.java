package cn.unionsw.platform.config;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Camunda's engine REST and web apps find their process engine anew on every request: the constructor of every
 * engine REST resource calls {@code EngineUtil.lookupProcessEngine}, which asks {@link java.util.ServiceLoader} for
 * {@link ProcessEngineProvider}s; the loader searches the thread's context class loader for the provider files in
 * each of the packaged jar's nested jars and reads the ones it finds. A Java Flight Recorder profile of decisions
 * evaluated through engine REST put 5 % of the server's CPU there (docs/benchmarks.md, ADR 0034).
 *
 * <p>The class path does not change while the platform runs. For requests to engine REST and the web apps' API the
 * context class loader is therefore a {@link ProviderFilesReadOnce} around the one the server set: it answers the
 * provider files with what they held the first time they were read, in the same order, and everything else (classes,
 * other resources) from the loader it wraps. The providers found, their order and the engine they give are Camunda's.
 */
@Configuration
class EngineProviderLookup {

  static final String PROVIDER_FILE = "META-INF/services/" + ProcessEngineProvider.class.getName();

  @Bean
  FilterRegistrationBean<Filter> engineProviderFilesReadOnce() {
    Map<ClassLoader, ProviderFilesReadOnce> loaders = new ConcurrentHashMap<>();
    Filter filter = (request, response, chain) -> {
      Thread thread = Thread.currentThread();
      ClassLoader server = thread.getContextClassLoader();
      if (server == null || server instanceof ProviderFilesReadOnce) {
        chain.doFilter(request, response);
        return;
      }
      thread.setContextClassLoader(loaders.computeIfAbsent(server, ProviderFilesReadOnce::new));
      try {
        chain.doFilter(request, response);
      } finally {
        thread.setContextClassLoader(server);
      }
    };
    var registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * A class loader that reads Camunda's provider files once and delegates everything else to its parent. The files
   * are answered as in-memory URLs, so that a look-up neither searches the class path nor opens a nested jar.
   */
  static final class ProviderFilesReadOnce extends ClassLoader {

    private volatile List<URL> providerFiles;

    ProviderFilesReadOnce(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return PROVIDER_FILE.equals(name) ? Collections.enumeration(providerFiles()) : super.getResources(name);
    }

    private List<URL> providerFiles() throws IOException {
      List<URL> files = providerFiles;
      if (files == null) {
        files = new ArrayList<>();
        for (URL file : Collections.list(getParent().getResources(PROVIDER_FILE))) {
          try (InputStream in = file.openStream()) {
            files.add(inMemory(file, in.readAllBytes()));
          }
        }
        files = List.copyOf(files);
        providerFiles = files;
      }
      return files;
    }

    @SuppressWarnings("deprecation") // URL.of(URI, handler) is Java 20's; the platform runs on 17.
    private static URL inMemory(URL original, byte[] content) {
      URLStreamHandler handler = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) {
          return new URLConnection(url) {
            @Override
            public void connect() {
              connected = true;
            }

            @Override
            public InputStream getInputStream() {
              return new ByteArrayInputStream(content);
            }
          };
        }
      };
      try {
        return new URL("unionsw-read-once", null, -1, original.toExternalForm(), handler);
      } catch (MalformedURLException e) {
        throw new UncheckedIOException(e);
      }
    }

    static {
      registerAsParallelCapable();
    }
  }
}
