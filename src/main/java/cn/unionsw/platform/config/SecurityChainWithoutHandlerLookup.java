package cn.unionsw.platform.config;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.stereotype.Component;

/**
 * Spring Security's filter chain without Spring MVC's handler look-up in front of it.
 *
 * <p>With Spring MVC on the class path, Spring Security 6.5 puts a filter of {@code HandlerMappingIntrospector} before
 * its chain: for every request it looks the request up in every Spring MVC mapping and keeps the answer for request
 * matchers that follow Spring MVC's ({@code MvcRequestMatcher}) and for CORS taken from Spring MVC. The platform has
 * neither: its chains match by {@code PathPatternRequestMatcher} and Spring Boot's endpoint matchers, and it configures
 * no CORS. Engine REST, the web apps' API and Tasklist are Jersey and plain servlets that no Spring MVC mapping serves, so
 * each of their requests was compared with all of the platform's {@code /api} mappings for nothing: a fifth of the CPU
 * of {@code GET /engine-rest/version} in a Java Flight Recorder profile (docs/benchmarks.md). Spring Security 7 drops the
 * look-up; here the wrapper that adds it is replaced by the chain it wraps, before any bean is made. Spring Security's
 * other wrapper, which parses the request path once for the chains' matchers, stays. If the look-up is wrapped in
 * another way (another Spring Security), it stays as it is, with a warning.
 */
@Component
class SecurityChainWithoutHandlerLookup implements BeanFactoryPostProcessor {

  static final String CHAIN = "springSecurityFilterChain";
  private static final String CONFIGURATION = "org.springframework.security.config.annotation.web.configuration.";
  /** Spring MVC's look-up before the chain: the wrapper to take away and the filter it adds. */
  static final String LOOKUP_WRAPPER = CONFIGURATION + "WebMvcSecurityConfiguration$CompositeFilterChainProxy";
  static final String LOOKUP = CONFIGURATION + "WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean";
  /** The request path parsed once before the chain (kept: the chains' path matchers read it). */
  static final String PATH_WRAPPER = CONFIGURATION + "WebSecurityConfiguration$CompositeFilterChainProxy";

  private static final Logger log = LoggerFactory.getLogger(SecurityChainWithoutHandlerLookup.class);

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
    if (!(factory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(CHAIN)) {
      return;
    }
    BeanDefinition chain = registry.getBeanDefinition(CHAIN);
    BeanDefinition without = withoutLookup(chain);
    if (without == null) {
      log.warn("Spring Security's filter chain is wrapped in another way; Spring MVC's handler look-up stays in front"
          + " of it");
    } else if (without != chain) {
      registry.removeBeanDefinition(CHAIN);
      registry.registerBeanDefinition(CHAIN, without);
    }
  }

  /**
   * The chain's definition without the look-up's wrapper: the chain inside it, or the path wrapper holding that chain
   * now; null when the look-up is not found in the known shapes (a wrapper holding the look-up and the chain, possibly
   * inside the path wrapper).
   */
  static BeanDefinition withoutLookup(BeanDefinition definition) {
    List<Object> filters = filters(definition);
    if (filters == null) {
      return null;
    }
    if (LOOKUP_WRAPPER.equals(definition.getBeanClassName())) {
      boolean known = filters.size() == 2 && filters.get(0) instanceof BeanDefinition lookup
          && LOOKUP.equals(lookup.getBeanClassName()) && filters.get(1) instanceof BeanDefinition;
      return known ? (BeanDefinition) filters.get(1) : null;
    }
    if (PATH_WRAPPER.equals(definition.getBeanClassName())
        && filters.get(filters.size() - 1) instanceof BeanDefinition inner) {
      BeanDefinition without = withoutLookup(inner);
      if (without != null) {
        filters.set(filters.size() - 1, without);
        return definition;
      }
    }
    return null;
  }

  /** A wrapper's filters: its one constructor argument, a non-empty list. */
  @SuppressWarnings("unchecked")
  private static List<Object> filters(BeanDefinition wrapper) {
    ValueHolder argument = wrapper.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class);
    if (argument == null || wrapper.getConstructorArgumentValues().getArgumentCount() != 1
        || !(argument.getValue() instanceof List<?> filters) || filters.isEmpty()) {
      return null;
    }
    return (List<Object>) filters;
  }
}
