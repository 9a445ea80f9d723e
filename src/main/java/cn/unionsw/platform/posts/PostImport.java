package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.posts.PostMapper.ImportRecord;
import cn.unionsw.platform.web.Refusal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts the province approved before the platform went live (Art. 12), loaded by an administrator so that quotas
 * and the grade structure count them from the first day. A CSV {@code unit_code,grade,posts}, one line per unit
 * and grade; checked whole before anything is written. Each unit in the file gets exactly the file's imported
 * posts: a unit's earlier imported posts are replaced (so loading the same file twice changes nothing, and a
 * line with 0 posts removes an imported grade), while posts created by applications are never touched. Once an
 * application has re-graded or cancelled one of a unit's imported posts, the unit's import can no longer be
 * replaced. Two loads naming the same unit take turns (a row lock on the unit).
 */
@Service
public class PostImport {

  static final String HEADER = "unit_code,grade,posts";
  static final String SOURCE_PREFIX = "import:";
  static final int MAX_LINES = 20_000;
  static final int MAX_POSTS_PER_LINE = 999;

  private final PostMapper posts;
  private final OrgService orgs;

  PostImport(PostMapper posts, OrgService orgs) {
    this.posts = posts;
    this.orgs = orgs;
  }

  record Line(int number, String unitCode, Grade grade, int posts) {
  }

  public record Result(long importId, int units, int posts) {
  }

  @Transactional
  public Result replace(String csv, String importedBy) {
    List<Line> lines = parse(csv);
    Map<String, List<Line>> byUnit = lines.stream()
        .collect(Collectors.groupingBy(Line::unitCode, LinkedHashMap::new, Collectors.toList()));
    List<String> units = List.copyOf(byUnit.keySet());
    posts.lockUnits(units);
    List<String> changed = posts.unitsWithChangedImports(units);
    byUnit.forEach((unit, unitLines) -> {
      if (changed.contains(unit)) {
        throw Refusal.conflict("import_changed", "unit_code", "unit_code: 第 "
            + unitLines.get(0).number() + " 行：" + unit + " 的导入岗位已被岗位申请调整或撤销，不能再整体替换；"
            + "请通过岗位开发设置申请变更");
      }
    });
    int total = lines.stream().mapToInt(Line::posts).sum();
    ImportRecord record = new ImportRecord(importedBy, byUnit.size(), total);
    posts.insertImport(record);
    String source = SOURCE_PREFIX + record.getId();
    posts.deleteImports(units);
    lines.stream().filter(line -> line.posts() > 0).forEach(line -> posts.insertActive(line.unitCode(),
        line.grade(), source, IntStream.range(0, line.posts()).boxed().toList()));
    return new Result(record.getId(), byUnit.size(), total);
  }

  List<Line> parse(String csv) {
    String text = csv == null ? "" : csv.replace("\uFEFF", ""); // Excel writes a byte-order mark
    List<String> rows = text.lines().toList();
    if (rows.isEmpty() || !rows.get(0).trim().replace(" ", "").equalsIgnoreCase(HEADER)) {
      throw Refusal.invalid("csv", "第 1 行须为表头 " + HEADER);
    }
    if (rows.size() - 1 > MAX_LINES) {
      throw Refusal.invalid("csv", "一次最多导入 " + MAX_LINES + " 行，请分批导入");
    }
    List<Line> lines = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Organisation> units = new HashMap<>();
    for (int i = 1; i < rows.size(); i++) {
      int number = i + 1;
      String row = rows.get(i).trim();
      if (row.isEmpty()) {
        continue;
      }
      String[] cells = Arrays.stream(row.split(",", -1)).map(String::trim).toArray(String[]::new);
      if (cells.length != 3) {
        throw Refusal.invalid("csv", "第 " + number + " 行须为 " + HEADER + " 三列，实为 " + cells.length + " 列");
      }
      Organisation unit = units.computeIfAbsent(cells[0], code -> orgs.find(code).orElse(null));
      if (unit == null || !unit.type().isBasicUnit()) {
        throw Refusal.invalid("unit_code", "第 " + number + " 行：" + cells[0] + " 不是已登记的基层单位");
      }
      Grade grade = grade(cells[1], number);
      int count = count(cells[2], number);
      Integer earlier = seen.putIfAbsent(unit.code() + "/" + grade, number);
      if (earlier != null) {
        throw Refusal.invalid("grade", "第 " + number + " 行：" + unit.code() + " 的" + grade.label()
            + "已在第 " + earlier + " 行");
      }
      lines.add(new Line(number, unit.code(), grade, count));
    }
    if (lines.isEmpty()) {
      throw Refusal.invalid("csv", "文件中没有岗位行");
    }
    return lines;
  }

  private static Grade grade(String cell, int number) {
    try {
      return Grade.valueOf(cell);
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid("grade", "第 " + number + " 行：须为 " + Arrays.stream(Grade.values())
          .map(Grade::name).collect(Collectors.joining("、")) + " 之一，收到 " + cell);
    }
  }

  private static int count(String cell, int number) {
    try {
      int count = Integer.parseInt(cell);
      if (count >= 0 && count <= MAX_POSTS_PER_LINE) {
        return count;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw Refusal.invalid("posts", "第 " + number + " 行：岗位数须为 0 到 " + MAX_POSTS_PER_LINE + " 的整数，收到 "
        + cell);
  }
}
