package cn.unionsw.platform.security;

import cn.unionsw.platform.evaluation.DailyEntryProcess;
import cn.unionsw.platform.security.Matrix.Setup;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.TalentFixtures;
import cn.unionsw.platform.talent.Worker;
import java.util.Map;

/**
 * The workers the matrix's daily-evaluation rows look at: one of 正定县 for whom every allowed cell records an entry
 * (duties may be rated several times a day, so the cells never meet each other) and whose entries the reading cells
 * list, and the demo worker {@code zdworker}, who reads their own.
 */
final class MatrixDailyEntries {

  static final String START = "/process-definition/key/" + DailyEntryProcess.KEY + "/start";
  static final String SUBMIT = "/process-definition/key/" + DailyEntryProcess.KEY + "/submit-form";
  /** An entry for {@code {worker}} (/api). */
  static final String ENTRY = "{\"workerId\":{worker},\"date\":\"2025-06-30\",\"kind\":\"DUTY\",\"rating\":4,"
      + "\"note\":\"矩阵测试：按时完成走访\"}";
  /** The same as Tasklist's start form sends it, the worker named by {@code {identity}}. */
  static final String START_BODY = "{\"variables\":{\"identityNumber\":{\"value\":\"{identity}\",\"type\":\"String\"},"
      + "\"date\":{\"value\":\"2025-06-30\",\"type\":\"String\"},\"kind\":{\"value\":\"TASK\",\"type\":\"String\"},"
      + "\"rating\":{\"value\":3,\"type\":\"Long\"},\"note\":{\"value\":\"矩阵测试：台账按时报送\",\"type\":\"String\"}}}";

  private final TalentFixtures fixtures;
  private final TalentDatabase database;
  private Worker shared;

  MatrixDailyEntries(TalentFixtures fixtures, TalentDatabase database) {
    this.fixtures = fixtures;
    this.database = database;
  }

  /** {worker} and {identity}: a worker of 正定县 (on post since 2025-03-01); {own}: the demo worker's record. */
  Setup shared() {
    return user -> {
      if (shared == null) {
        shared = fixtures.worker("HE-SJZ-ZD");
      }
      return Map.of("worker", String.valueOf(shared.id()), "identity", shared.identityNumber(), "own",
          String.valueOf(database.ofUser("zdworker").orElseThrow().id()));
    };
  }
}
