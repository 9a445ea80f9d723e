package cn.unionsw.platform.security;

import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.security.Matrix.Setup;
import cn.unionsw.platform.talent.TalentDatabase;
import cn.unionsw.platform.talent.TalentFixtures;
import cn.unionsw.platform.talent.Worker;
import java.util.Map;

/**
 * The workers the matrix's talent rows look at: one of 正定县 that only reading cells touch, the demo worker
 * {@code zdworker} (their own record), a fresh one of 正定县 for every cell that may record a leaving, and a fresh
 * township of 正定县 with a free post for every cell that may import a worker onto it.
 */
final class MatrixTalent {

  /** A file of one worker for the post of {@code {unit}}, a fresh identity number {@code {identity}}. */
  static final String IMPORT = String.join(",", TalentFixtures.HEADER) + "\n"
      + "矩阵𠮷,{identity},本科,无,初级岗,{unit},2024-05-06,矩阵测试服务社,2024-01-01,2026-12-31,\n";

  private final TalentFixtures fixtures;
  private final TalentDatabase database;
  private Worker shared;

  MatrixTalent(TalentFixtures fixtures, TalentDatabase database) {
    this.fixtures = fixtures;
    this.database = database;
  }

  /** {worker}: a worker of 正定县 (no account), {own}: the demo worker's record. */
  Setup shared() {
    return user -> {
      if (shared == null) {
        shared = fixtures.worker("HE-SJZ-ZD");
      }
      return Map.of("worker", String.valueOf(shared.id()), "own",
          String.valueOf(database.ofUser("zdworker").orElseThrow().id()));
    };
  }

  /** {worker}: a fresh worker of 正定县 on post. */
  Setup fresh() {
    return Matrix.sharedByRefusals(user -> Map.of("worker", String.valueOf(fixtures.worker("HE-SJZ-ZD").id())));
  }

  /** {unit}: a fresh township of 正定县 with one free entry post; {identity}: a number nobody has. */
  Setup freePost() {
    return Matrix.sharedByRefusals(user -> Map.of("unit", fixtures.township("HE-SJZ-ZD", Grade.ENTRY, 1),
        "identity", TalentFixtures.identity()));
  }
}
