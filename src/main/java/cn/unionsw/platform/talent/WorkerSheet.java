package cn.unionsw.platform.talent;

import static cn.unionsw.platform.talent.WorkerColumn.*;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.sheets.SheetDates;
import cn.unionsw.platform.sheets.SheetRows;
import cn.unionsw.platform.sheets.SheetRows.SheetRow;
import cn.unionsw.platform.talent.WorkerCheck.Fault;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.web.Refusal.RowError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Workers already on post before the platform, as a union office lists them: the first sheet of an .xlsx, or a CSV
 * (UTF-8, or GBK as Excel saves it), headers of {@link WorkerColumn} in row 1 in any order, one worker per row. Every
 * cell is checked (the identity number and its check character, a repeat of an earlier row's number or account,
 * education, grade, the unit's code, dates) and each bad one named, for {@link WorkerImport} to refuse the file
 * whole with the database's findings on the other rows (the unit, a free post) beside them.
 */
final class WorkerSheet {

  static final int MAX_ROWS = 20_000;
  static final Pattern CERTIFICATE_SEPARATORS = Pattern.compile("[、，,;；\\s]+");

  /** One row: its number, the worker (no post yet) and the unit whose post they hold. */
  record Line(int row, NewWorker worker, String unitCode) {
  }

  /** The good rows and the errors of the bad ones, in row order: the database checks the good ones too. */
  record Read(List<Line> lines, List<RowError> errors) {
  }

  private WorkerSheet() {
  }

  static Read read(byte[] file, String fileName, LocalDate today) {
    try (SheetRows rows = SheetRows.open(file, fileName)) {
      SheetRow header = SheetRows.firstNonBlank(rows);
      if (header == null) {
        throw Refusal.invalid("file", "文件中没有内容；第 1 行须为表头：" + SHEET.headers());
      }
      Map<WorkerColumn, Integer> columns = SHEET.find(header.number() == 1 ? header.cells() : List.of());
      List<RowError> errors = new ArrayList<>();
      Map<String, Integer> identities = new HashMap<>();
      Map<String, Integer> accounts = new HashMap<>();
      List<Line> lines = new ArrayList<>();
      int count = 0;
      while (rows.hasNext()) {
        SheetRow row = rows.next();
        if (row.isBlank()) {
          continue;
        }
        if (++count > MAX_ROWS) {
          throw Refusal.invalid("file", "一次最多导入 " + MAX_ROWS + " 名社工，请分批导入");
        }
        Line line = line(row, columns, today, identities, accounts, errors);
        if (line != null) {
          lines.add(line);
        }
      }
      if (count == 0) {
        throw Refusal.invalid("file", "文件中没有社工：表头（第 1 行）之后没有数据行");
      }
      return new Read(lines, errors);
    }
  }

  /** The row as a line, or null when a cell is bad: each bad cell one error, the first found per column. */
  private static Line line(SheetRow row, Map<WorkerColumn, Integer> columns, LocalDate today,
      Map<String, Integer> identities, Map<String, Integer> accounts, List<RowError> errors) {
    Map<WorkerColumn, String> found = new LinkedHashMap<>();
    Cells cells = new Cells(row, columns);
    String id = IdentityNumber.normalise(cells.text(IDENTITY_NUMBER));
    if (cells.isNumber(IDENTITY_NUMBER)) {
      found.put(IDENTITY_NUMBER, "身份证号须以文本格式填写：Excel 把 18 位数字存为数值会丢失末几位，请将该列设为“文本”后重新录入");
    }
    Education education = Education.parse(cells.text(EDUCATION));
    if (education == null) {
      found.put(EDUCATION, unknown(cells, EDUCATION, "大专以下、大专、本科、硕士、博士，或高中、中专、研究生等"));
    }
    Grade grade = Grade.parse(cells.text(GRADE));
    if (grade == null) {
      found.put(GRADE, unknown(cells, GRADE, "初级岗、三级岗、二级岗、一级岗，或 ENTRY、LEVEL_3、LEVEL_2、LEVEL_1"));
    }
    String unit = cells.text(UNIT_CODE);
    if (!Codes.isValid(unit)) {
      found.put(UNIT_CODE, unit.isEmpty() ? "岗位所在单位不能为空" : "岗位所在单位须为组织代码（如 HE-SJZ-ZD-ZDZ）："
          + SheetRows.echo(unit));
    }
    LocalDate since = date(cells, ON_POST_SINCE, found);
    LocalDate starts = date(cells, CONTRACT_STARTS_ON, found);
    LocalDate ends = date(cells, CONTRACT_ENDS_ON, found);
    List<String> certificates = Arrays.stream(CERTIFICATE_SEPARATORS.split(cells.text(CERTIFICATES)))
        .filter(c -> !c.isEmpty() && !c.equals("无")).distinct().toList();
    String account = cells.text(USER_ID);
    NewWorker worker = new NewWorker(id, cells.text(NAME), education, certificates, grade, null, null,
        blankToNull(cells.text(CONTRACTOR_NAME)), starts, ends, blankToNull(account), since, WorkerSource.IMPORT);
    for (Fault fault : WorkerCheck.faults(TalentDatabase.normalised(worker), today)) {
      WorkerColumn column = WorkerColumn.ofField(fault.field());
      if (column != null) {
        found.putIfAbsent(column, fault.reason());
      }
    }
    if (!found.containsKey(IDENTITY_NUMBER)) {
      Integer first = identities.putIfAbsent(id, row.number());
      if (first != null) {
        found.put(IDENTITY_NUMBER, "身份证号与第 " + first + " 行重复");
      }
    }
    if (!account.isEmpty() && !found.containsKey(USER_ID)) {
      Integer first = accounts.putIfAbsent(account, row.number());
      if (first != null) {
        found.put(USER_ID, "平台账号与第 " + first + " 行重复");
      }
    }
    if (!found.isEmpty()) {
      found.forEach((column, reason) -> errors.add(new RowError(row.number(), column.field(), reason)));
      return null;
    }
    return new Line(row.number(), TalentDatabase.normalised(worker), unit);
  }

  /** The cell's date, null when blank; an unreadable one is named. */
  private static LocalDate date(Cells cells, WorkerColumn column, Map<WorkerColumn, String> found) {
    String text = cells.text(column);
    if (text.isEmpty()) {
      return null; // WorkerCheck names a date that must be there
    }
    LocalDate date = cells.date(column);
    if (date == null) {
      found.put(column, column.header() + "不是有效日期：" + SheetRows.echo(text) + "（须为 Excel 日期或 2026-01-31 格式）");
    }
    return date;
  }

  private static String unknown(Cells cells, WorkerColumn column, String choices) {
    String text = cells.text(column);
    return text.isEmpty() ? column.header() + "不能为空"
        : column.header() + "无法识别：" + SheetRows.echo(text) + "（须为 " + choices + "）";
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }

  /** A row's cells by column; a column the file lacks reads blank. */
  private record Cells(SheetRow row, Map<WorkerColumn, Integer> columns) {

    String text(WorkerColumn column) {
      Integer index = columns.get(column);
      return index == null ? "" : row.cell(index);
    }

    boolean isNumber(WorkerColumn column) {
      Integer index = columns.get(column);
      return index != null && row.isNumber(index);
    }

    LocalDate date(WorkerColumn column) {
      Integer index = columns.get(column);
      return index == null ? null : SheetDates.of(row, index);
    }
  }
}
