package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.talent.IdentityNumber;

import cn.unionsw.platform.sheets.SheetRows;
import cn.unionsw.platform.sheets.SheetRows.SheetRow;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.web.Refusal.RowError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One stage's results as the city files them (.xlsx or .csv, row 1 the header): 身份证号, 是否通过 (是/否), and
 * optionally 成绩 (0–100, two decimals) and 备注 (at most 500 characters). The whole file is checked; every bad row is
 * named; nothing is applied if any is bad (the caller checks each against the round).
 */
final class StageResults {

  static final String IDENTITY = "身份证号";
  static final String PASSED = "是否通过";
  static final String SCORE = "成绩";
  static final String NOTE = "备注";

  private StageResults() {
  }

  /** One row's result. */
  record Result(int row, String identityNumber, boolean passed, BigDecimal score, String note) {
  }

  static List<Result> read(byte[] file, String fileName) {
    List<Result> results = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    try (SheetRows rows = SheetRows.open(file, fileName)) {
      if (!rows.hasNext()) {
        throw Refusal.invalid("file", "文件没有表头和数据");
      }
      Map<String, Integer> columns = new HashMap<>();
      List<String> header = rows.next().cells();
      for (int i = 0; i < header.size(); i++) {
        columns.putIfAbsent(header.get(i).replaceAll("[\\s*＊]", ""), i);
      }
      for (String required : List.of(IDENTITY, PASSED)) {
        if (!columns.containsKey(required)) {
          errors.add(new RowError(1, required.equals(IDENTITY) ? "identityNumber" : "passed", "第 1 行：缺少列 "
              + required));
        }
      }
      if (!errors.isEmpty()) {
        throw refused(errors);
      }
      Map<String, Integer> seen = new HashMap<>();
      while (rows.hasNext()) {
        SheetRow row = rows.next();
        if (row.isBlank()) {
          continue;
        }
        int before = errors.size();
        String id = IdentityNumber.normalise(row.cell(columns.get(IDENTITY)));
        String problem = IdentityNumber.problem(id);
        if (problem != null) {
          errors.add(new RowError(row.number(), "identityNumber", "第 " + row.number() + " 行：" + problem));
        } else if (seen.putIfAbsent(id, row.number()) != null) {
          errors.add(new RowError(row.number(), "identityNumber", "第 " + row.number() + " 行：身份证号与第 "
              + seen.get(id) + " 行重复"));
        }
        Boolean passed = CandidateCheck.yesNo(row.cell(columns.get(PASSED)));
        if (passed == null) {
          errors.add(new RowError(row.number(), "passed", "第 " + row.number() + " 行：" + PASSED + "须填 是 或 否"));
        }
        BigDecimal score = null;
        String scoreText = columns.containsKey(SCORE) ? row.cell(columns.get(SCORE)) : "";
        if (!scoreText.isEmpty()) {
          if (scoreText.matches("[0-9]{1,3}(\\.[0-9]{1,2})?") && new BigDecimal(scoreText).compareTo(BigDecimal
              .valueOf(100)) <= 0) {
            score = new BigDecimal(scoreText);
          } else {
            errors.add(new RowError(row.number(), "score", "第 " + row.number() + " 行：" + SCORE
                + "须为 0–100 的数字，最多两位小数：" + CandidateCheck.echo(scoreText)));
          }
        }
        String note = columns.containsKey(NOTE) ? row.cell(columns.get(NOTE)) : "";
        if (note.codePointCount(0, note.length()) > 500) {
          errors.add(new RowError(row.number(), "note", "第 " + row.number() + " 行：" + NOTE + "最多 500 个字"));
        }
        if (errors.size() == before) {
          results.add(new Result(row.number(), id, passed, score, note.isEmpty() ? null : note));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw refused(errors);
    }
    if (results.isEmpty()) {
      throw Refusal.invalid("file", "文件中没有结果行");
    }
    return results;
  }

  static Refusal refused(List<RowError> errors) {
    return Refusal.invalidRows("file", "文件有 " + errors.size() + " 处错误，未导入任何数据；第一处："
        + errors.get(0).reason(), errors);
  }
}
