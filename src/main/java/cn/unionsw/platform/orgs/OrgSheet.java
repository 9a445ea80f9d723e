package cn.unionsw.platform.orgs;

import static cn.unionsw.platform.orgs.OrgColumn.*;

import cn.unionsw.platform.sheets.SheetRows;
import cn.unionsw.platform.sheets.SheetRows.SheetRow;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.web.Refusal.RowError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An organisation tree as a province files it: the first sheet of an .xlsx, or a CSV (UTF-8, or GBK as Excel saves
 * it), headers of {@link OrgColumn} in row 1 in any order, one organisation per row, parents and children in any
 * order. Each cell is checked on its own here (a code's format, a repeated code, the type, the counts); how the rows
 * fit the tree and the registry is {@link OrgImport}'s to check.
 */
final class OrgSheet {

  static final int MAX_ROWS = 20_000;
  private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,12}");

  /** One good row: its number and the organisation it describes. */
  record Line(int row, Organisation org) {
  }

  /**
   * The good rows, the errors of the bad ones in row order, and every well-formed code in the file (bad rows'
   * too), so that a child of a row with a bad count is not also told its parent is missing.
   */
  record Read(List<Line> lines, List<RowError> errors, Set<String> codes) {
  }

  private OrgSheet() {
  }

  static Read read(byte[] file, String fileName) {
    try (SheetRows rows = SheetRows.open(file, fileName)) {
      SheetRow header = SheetRows.firstNonBlank(rows);
      if (header == null) {
        throw Refusal.invalid("file", "文件中没有内容；第 1 行须为表头：" + SHEET.headers());
      }
      Map<OrgColumn, Integer> columns = SHEET.find(header.number() == 1 ? header.cells() : List.of());
      List<RowError> errors = new ArrayList<>();
      List<Line> lines = new ArrayList<>();
      Map<String, Integer> codes = new HashMap<>();
      int count = 0;
      while (rows.hasNext()) {
        SheetRow row = rows.next();
        if (row.isBlank()) {
          continue;
        }
        if (++count > MAX_ROWS) {
          throw Refusal.invalid("file", "一次最多导入 " + MAX_ROWS + " 个组织，请分批导入");
        }
        Map<OrgColumn, String> found = new EnumMap<>(OrgColumn.class);
        Organisation org = organisation(row, columns, found);
        if (!found.containsKey(CODE)) {
          Integer first = codes.putIfAbsent(org.code(), row.number());
          if (first != null) {
            found.put(CODE, "组织代码 " + org.code() + " 与第 " + first + " 行重复");
          }
        }
        if (found.isEmpty()) {
          lines.add(new Line(row.number(), org));
        } else {
          found.forEach((column, reason) -> errors.add(error(row.number(), column, reason)));
        }
      }
      if (count == 0) {
        throw Refusal.invalid("file", "文件中没有组织：表头（第 1 行）之后没有数据行");
      }
      return new Read(lines, errors, Set.copyOf(codes.keySet()));
    }
  }

  static RowError error(int row, OrgColumn column, String reason) {
    return new RowError(row, column.field(), reason, column.header());
  }

  private static Organisation organisation(SheetRow row, Map<OrgColumn, Integer> columns,
      Map<OrgColumn, String> found) {
    Map<OrgColumn, String> cells = new EnumMap<>(OrgColumn.class);
    columns.forEach((column, index) -> cells.put(column, row.cell(index)));
    String code = cells.getOrDefault(CODE, "");
    if (code.isEmpty()) {
      found.put(CODE, "组织代码不能为空");
    } else if (!Codes.isValid(code)) {
      found.put(CODE, "组织代码格式不正确：" + SheetRows.echo(code) + "（大写字母和数字，以连字符逐级分段，如 HE-SJZ-ZD）");
    }
    String parent = cells.getOrDefault(PARENT_CODE, "");
    if (!parent.isEmpty() && !Codes.isValid(parent)) {
      found.put(PARENT_CODE, "上级代码格式不正确：" + SheetRows.echo(parent) + "（如 HE-SJZ）");
    }
    String name = cells.getOrDefault(NAME, "");
    if (OrgRules.nameFault(name) != null) {
      found.put(NAME, OrgRules.nameFault(name));
    }
    String typeText = cells.getOrDefault(TYPE, "");
    OrgType type = OrgType.parse(typeText);
    if (type == null) {
      found.put(TYPE, typeText.isEmpty() ? "类型不能为空" : "类型无法识别：" + SheetRows.echo(typeText) + "（须为 "
          + Arrays.stream(OrgType.values()).map(OrgType::label).collect(Collectors.joining("、"))
          + " 之一，或其代码如 TOWNSHIP_STREET）");
    }
    Integer legalEntities = count(cells, LEGAL_ENTITY_COUNT, found);
    Integer employees = count(cells, EMPLOYEE_COUNT, found);
    Integer members = count(cells, MEMBER_COUNT, found);
    return new Organisation(code, parent.isEmpty() ? null : parent, name, type, legalEntities, employees, members);
  }

  /** A count as the registry keeps it: blank for none, else a whole number from 0 up. */
  private static Integer count(Map<OrgColumn, String> cells, OrgColumn column, Map<OrgColumn, String> found) {
    String text = cells.getOrDefault(column, "");
    if (text.isEmpty()) {
      return null;
    }
    if (!WHOLE.matcher(text).matches()) {
      found.put(column, column.header() + "须为整数，收到 " + SheetRows.echo(text));
      return null;
    }
    long value = Long.parseLong(text);
    if (value < 0) {
      found.put(column, column.header() + "不能为负数，收到 " + text);
      return null;
    }
    if (value > OrgRules.MAX_COUNT) {
      found.put(column, column.header() + "须在 0 到 " + OrgRules.MAX_COUNT + " 之间，收到 " + text);
      return null;
    }
    return (int) value;
  }
}
