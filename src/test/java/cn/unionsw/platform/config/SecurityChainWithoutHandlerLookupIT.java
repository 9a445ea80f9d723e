package cn.unionsw.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.PlatformIT;
import cn.unionsw.platform.support.Api;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.ManagedList;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.web.filter.ServletRequestPathFilter;

/** Spring Security's chain runs without Spring MVC's handler look-up in front of it, and still guards every door. */
@PlatformIT
class SecurityChainWithoutHandlerLookupIT {

  @Autowired
  ConfigurableApplicationContext context;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  MeterRegistry meters;

  @Test
  void shouldBuildTheChainWithoutTheLookUpAndWithThePathParsedOnce() {
    List<String> classes = classesIn(context.getBeanFactory().getBeanDefinition(SecurityChainWithoutHandlerLookup.CHAIN));

    assertThat(classes).doesNotContain(SecurityChainWithoutHandlerLookup.LOOKUP,
        SecurityChainWithoutHandlerLookup.LOOKUP_WRAPPER);
    assertThat(classes).contains(SecurityChainWithoutHandlerLookup.PATH_WRAPPER, ServletRequestPathFilter.class.getName());
    assertThat(context.getBean(SecurityChainWithoutHandlerLookup.CHAIN)).isInstanceOf(FilterChainProxy.class);
  }

  @Test
  void shouldStillRefuseTheAnonymousAndAnswerTheAuthenticated() {
    assertThat(rest.getForEntity("/engine-rest/version", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/orgs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.as(rest, "zdclerk", "wrong").get("/engine-rest/version").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.as(rest, "zdclerk").get("/engine-rest/version").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "zdclerk").get("/api/orgs").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldRunTheChainsFiltersUnobservedWhileTheRequestsAreStillTimed() {
    // With Micrometer present Spring Security wraps every filter of a chain in an observation of its own, unless
    // told to observe nothing; asked now, with the observation registry as it runs.
    var decorate = (ObjectPostProcessor<FilterChainProxy.FilterChainDecorator>) context.getBean(
        "filterChainDecoratorPostProcessor", ObjectPostProcessor.class);
    long timed = requestsTimed();

    FilterChainProxy.FilterChainDecorator plain = new FilterChainProxy.VirtualFilterChainDecorator();
    assertThat(decorate.postProcess(plain)).isNotInstanceOf(ObservationFilterChainDecorator.class);
    assertThat(Api.as(rest, "zdclerk").get("/engine-rest/version").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(requestsTimed()).isGreaterThan(timed);
  }

  private long requestsTimed() {
    return meters.find("http.server.requests").timers().stream().mapToLong(Timer::count).sum();
  }

  @Test
  void shouldTakeTheLookUpOutOfEitherNesting() {
    BeanDefinition chain = new RootBeanDefinition(FilterChainProxy.class);
    BeanDefinition path = definition(ServletRequestPathFilter.class.getName());
    BeanDefinition lookup = definition(SecurityChainWithoutHandlerLookup.LOOKUP);

    assertThat(SecurityChainWithoutHandlerLookup.withoutLookup(lookupWrapper(lookup, chain))).isSameAs(chain);
    BeanDefinition outer = pathWrapper(path, lookupWrapper(lookup, chain));
    assertThat(SecurityChainWithoutHandlerLookup.withoutLookup(outer)).isSameAs(outer);
    assertThat(classesIn(outer)).containsExactly(SecurityChainWithoutHandlerLookup.PATH_WRAPPER,
        ServletRequestPathFilter.class.getName(), FilterChainProxy.class.getName());
  }

  @Test
  void shouldLeaveAnyOtherShapeAsItIs() {
    BeanDefinition chain = new RootBeanDefinition(FilterChainProxy.class);
    BeanDefinition lookup = definition(SecurityChainWithoutHandlerLookup.LOOKUP);

    assertThat(SecurityChainWithoutHandlerLookup.withoutLookup(chain)).isNull();
    assertThat(SecurityChainWithoutHandlerLookup.withoutLookup(lookupWrapper(chain))).isNull();
    assertThat(SecurityChainWithoutHandlerLookup.withoutLookup(lookupWrapper(chain, lookup))).isNull();
    assertThat(SecurityChainWithoutHandlerLookup.withoutLookup(lookupWrapper(lookup, chain, chain))).isNull();
    assertThat(SecurityChainWithoutHandlerLookup.withoutLookup(pathWrapper(lookup, chain))).isNull();
  }

  private static BeanDefinition lookupWrapper(BeanDefinition... filters) {
    return wrapper(SecurityChainWithoutHandlerLookup.LOOKUP_WRAPPER, filters);
  }

  private static BeanDefinition pathWrapper(BeanDefinition... filters) {
    return wrapper(SecurityChainWithoutHandlerLookup.PATH_WRAPPER, filters);
  }

  private static BeanDefinition wrapper(String type, BeanDefinition... filters) {
    ManagedList<BeanDefinition> list = new ManagedList<>();
    list.addAll(List.of(filters));
    return BeanDefinitionBuilder.genericBeanDefinition(type).addConstructorArgValue(list).getBeanDefinition();
  }

  private static BeanDefinition definition(String type) {
    return BeanDefinitionBuilder.genericBeanDefinition(type).getBeanDefinition();
  }

  /** The bean classes of a definition and of the definitions in its constructor's lists, depth first. */
  private static List<String> classesIn(BeanDefinition definition) {
    List<String> classes = new ArrayList<>();
    classes.add(definition.getBeanClassName() != null ? definition.getBeanClassName()
        : String.valueOf(definition.getFactoryMethodName()));
    for (ValueHolder argument : definition.getConstructorArgumentValues().getIndexedArgumentValues().values()) {
      if (argument.getValue() instanceof List<?> list) {
        list.stream().filter(BeanDefinition.class::isInstance).map(BeanDefinition.class::cast)
            .forEach(inner -> classes.addAll(classesIn(inner)));
      }
    }
    return classes;
  }
}
