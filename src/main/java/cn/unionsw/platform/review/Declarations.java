package cn.unionsw.platform.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The processes declared to the kernel, by key. On start-up it refuses a declaration whose variable is named like a
 * bean: in that case's expressions the variable would shadow the bean ({@code workdays}, a delegate).
 */
@Component
public class Declarations implements SmartInitializingSingleton {

  private final Map<String, CaseDeclaration> byKey;
  private final ListableBeanFactory beans;
  private volatile Set<String> beanNames;

  Declarations(List<CaseDeclaration> declarations, ListableBeanFactory beans) {
    this.byKey = declarations.stream().collect(Collectors.toMap(CaseDeclaration::processKey, Function.identity()));
    this.beans = beans;
  }

  public Optional<CaseDeclaration> find(String processKey) {
    return Optional.ofNullable(byKey.get(processKey));
  }

  /** Every declared process. */
  public Collection<CaseDeclaration> all() {
    return byKey.values();
  }

  boolean isBeanName(String name) {
    if (beanNames == null) { // an engine built without Spring's start-up (the process tests)
      beanNames = Set.of(beans.getBeanDefinitionNames());
    }
    return beanNames.contains(name);
  }

  @Override
  public void afterSingletonsInstantiated() {
    beanNames = Set.of(beans.getBeanDefinitionNames());
    for (CaseDeclaration declaration : byKey.values()) {
      for (String name : declaration.variableNames()) {
        if (beanNames.contains(name)) {
          throw new IllegalStateException("Process " + declaration.processKey() + " declares a variable '" + name
              + "' named like a bean: it would shadow the bean in the model's expressions");
        }
      }
    }
  }
}
