package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.policy.Decisions;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.springframework.stereotype.Component;

/**
 * The certificates an import accepts: the input values of the latest {@code certificate-level} table, so that a
 * certificate an administrator adds there is known to the next import without a release.
 */
@Component
class Certificates {

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  private final RepositoryService repository;

  Certificates(RepositoryService repository) {
    this.repository = repository;
  }

  Set<String> known() {
    var definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(Decisions.CERTIFICATE_LEVEL)
        .latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("Decision " + Decisions.CERTIFICATE_LEVEL + " is not deployed");
    }
    DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
    Set<String> names = new LinkedHashSet<>();
    for (Input input : model.getModelElementsByType(Input.class)) {
      if (input.getInputValues() != null) {
        Matcher quoted = QUOTED.matcher(input.getInputValues().getText().getTextContent());
        while (quoted.find()) {
          names.add(quoted.group(1));
        }
      }
    }
    return names;
  }
}
