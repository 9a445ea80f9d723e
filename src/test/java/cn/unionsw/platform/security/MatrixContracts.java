package cn.unionsw.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.procurement.Contract;
import cn.unionsw.platform.procurement.ContractFixtures;
import cn.unionsw.platform.procurement.ContractorDefaultProcess;
import cn.unionsw.platform.procurement.ContractorDefaultProcess.Elements;
import cn.unionsw.platform.procurement.ContractorDefaultProcess.Vars;
import cn.unionsw.platform.security.Matrix.Setup;
import cn.unionsw.platform.support.Api;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The contracts and contractor-default cases the matrix's procurement rows work on: one contract of 正定县 that only
 * reading cells touch, and for every cell that may change something a fresh contract of 正定县, or a fresh case of
 * one (reported by zdclerk through engine REST, as in real life) waiting at the step the row is about.
 */
final class MatrixContracts {

  static final String START = "/engine-rest/process-definition/key/" + ContractorDefaultProcess.KEY + "/start";

  private final ContractFixtures fixtures;
  private final TestRestTemplate rest;
  private final TaskService tasks;
  private Contract shared;
  private String next;

  MatrixContracts(ContractFixtures fixtures, TestRestTemplate rest, TaskService tasks) {
    this.fixtures = fixtures;
    this.rest = rest;
    this.tasks = tasks;
  }

  /** The contract of 正定县 every reading cell looks at. */
  Setup shared() {
    return user -> {
      if (shared == null) {
        shared = fixtures.contract("HE-SJZ-ZD");
      }
      return Map.of("contract", String.valueOf(shared.id()));
    };
  }

  /** A fresh ACTIVE contract of 正定县, and a qualified contractor that could take it over. */
  Setup fresh() {
    return Matrix.sharedByRefusals(user -> Map.of("contract", String.valueOf(fixtures.contract("HE-SJZ-ZD").id()),
        "next", next()));
  }

  /** A fresh case of a fresh contract of 正定县 waiting at {@code taskKey}: {pi}, {task}, {next}. */
  Setup caseAt(String taskKey) {
    return Matrix.sharedByRefusals(user -> {
      long contract = fixtures.contract("HE-SJZ-ZD").id();
      var started = Api.as(rest, "zdclerk").post(START, Matrix.json(startBody(String.valueOf(contract))));
      assertThat(started.getStatusCode()).as("fixture: %s", started.getBody()).isEqualTo(HttpStatus.OK);
      String pi = started.getBody().path("id").asText();
      if (!taskKey.equals(Elements.VERIFY_CORRECTION)) {
        // Not corrected: as the platform, past the verification the rows are not about.
        tasks.complete(task(pi, Elements.VERIFY_CORRECTION), Map.of(Vars.CORRECTED.name(), false,
            Vars.VERIFICATION.name(), "矩阵测试：逾期未整改"));
      }
      return Map.of("pi", pi, "task", task(pi, taskKey), "next", next());
    });
  }

  /** A start body for a contract (a placeholder or an id). */
  static String startBody(String contract) {
    return "{\"variables\":{"
        + "\"contractId\":{\"value\":" + contract + ",\"type\":\"Integer\"},"
        + "\"defaultKind\":{\"value\":\"WAGES\",\"type\":\"String\"},"
        + "\"facts\":{\"value\":\"矩阵测试：拖欠两名工会社工工资\",\"type\":\"String\"}}}";
  }

  private String next() {
    if (next == null) {
      next = fixtures.contractor("矩阵测试接手服务社");
    }
    return next;
  }

  private String task(String pi, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey).singleResult().getId();
  }
}
