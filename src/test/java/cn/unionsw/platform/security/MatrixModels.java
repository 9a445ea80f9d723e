package cn.unionsw.platform.security;

import cn.unionsw.platform.security.Matrix.Undo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;

/**
 * What the safe-deploy doors (ADR 0022) are given in the matrix: a form of the matrix's own to try and deploy (a
 * deployment made by a cell is deleted after it), and a rollback to a version that is not earlier than the latest,
 * which an administrator is refused (409) so that no cell changes a running decision.
 */
final class MatrixModels {

  static final String FORM = "{\"id\":\"matrix-model-probe\",\"executionPlatform\":\"Camunda Platform\","
      + "\"components\":[]}";
  static final String DRY_RUN = json(Map.of("type", "form", "content", FORM));
  static final String DEPLOY = json(Map.of("type", "form", "content", FORM, "comment", "矩阵测试"));
  static final String ROLLBACK_TO_NO_EARLIER_VERSION = json(Map.of("comment", "矩阵测试", "version", 1_000_000));

  private final RepositoryService repository;

  MatrixModels(RepositoryService repository) {
    this.repository = repository;
  }

  Undo deleteProbe() {
    return (values, reply) -> repository.createDeploymentQuery().deploymentName("models: matrix-model-probe").list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  private static String json(Map<String, Object> body) {
    try {
      return new ObjectMapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
