package cn.unionsw.platform.procurement;

import cn.unionsw.platform.procurement.RegistrationCheck.Fault;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.web.Refusal.RowError;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * A province's contractor register as a union office files it: the first sheet of an .xlsx, a header row with
 * {@link #HEADER}, then one row per qualification; a contractor's rows repeat its code, name and kind. Kinds are
 * written as codes or in Chinese, dates as Excel dates or {@code 2026-01-31}. The whole file is checked first and
 * every bad row named (row, column, reason); a file with any bad row is refused whole.
 */
final class ContractorImport {

  static final List<String> HEADER = List.of("统一社会信用代码", "名称", "类型", "资质类型", "证明材料", "有效期起", "有效期止");
  static final String[] FIELDS = {"creditCode", "name", "kind", "qualificationKind", "evidence", "validFrom",
      "validUntil"};
  static final int MAX_ROWS = 5000;

  private ContractorImport() {
  }

  /** The registrations in the file, each with exactly its rows' qualifications, for {@code province}. */
  static List<Registration> parse(InputStream xlsx, String province) {
    List<Row> rows = read(xlsx);
    if (rows.isEmpty() || !HEADER.equals(texts(rows.get(0)))) {
      throw Refusal.invalid("file", "第 1 行须为表头：" + String.join("、", HEADER));
    }
    List<RowError> errors = new ArrayList<>();
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (Row row : rows.subList(1, rows.size())) {
      List<String> cells = texts(row);
      if (cells.stream().allMatch(String::isEmpty)) {
        continue;
      }
      int number = row.getRowNum();
      String code = cells.get(0);
      ContractorKind kind = choice(ContractorKind.values(), cells.get(2), ContractorKind::label);
      if (kind == null) {
        errors.add(new RowError(number, "kind", "承接主体类型未知：" + cells.get(2)
            + "（须为 社会组织/SOCIAL_ORGANISATION 或 人力资源服务机构/HR_AGENCY）"));
      }
      Draft draft = drafts.get(code);
      if (draft == null) {
        drafts.put(code, new Draft(code, cells.get(1), kind));
      } else {
        if (!draft.name.equals(cells.get(1))) {
          errors.add(new RowError(number, "name", "与第 " + draft.rows.get(0) + " 行的名称不一致"));
        }
        if (kind != null && draft.kind != null && kind != draft.kind) {
          errors.add(new RowError(number, "kind", "与第 " + draft.rows.get(0) + " 行的类型不一致"));
        }
      }
      QualificationKind qualificationKind = choice(QualificationKind.values(), cells.get(3), QualificationKind::label);
      if (qualificationKind == null) {
        errors.add(new RowError(number, "qualificationKind", "资质类型未知：" + cells.get(3) + "（须为 登记证书、"
            + "人力资源服务许可证、信用记录、纳税记录、社保缴纳记录 之一）"));
      }
      LocalDate from = date(row, 5, number, errors);
      LocalDate until = date(row, 6, number, errors);
      drafts.get(code).add(number, new Qualification(qualificationKind, cells.get(4), from, until));
    }
    if (drafts.isEmpty()) {
      throw Refusal.invalid("file", "文件中没有资质行");
    }
    List<Registration> registrations = new ArrayList<>();
    for (Draft draft : drafts.values()) {
      Registration registration = new Registration(draft.code, draft.name, draft.kind, province, draft.qualifications);
      for (Fault fault : RegistrationCheck.faults(registration)) {
        int number = fault.qualification() < 0 ? draft.rows.get(0) : draft.rows.get(fault.qualification());
        errors.add(new RowError(number, fault.field(), fault.reason()));
      }
      registrations.add(registration);
    }
    if (!errors.isEmpty()) {
      List<RowError> named = firstPerCell(errors);
      throw Refusal.invalidRows("file", "文件有 " + named.size() + " 处错误，未导入任何数据；第一处：第 "
          + named.get(0).row() + " 行 " + named.get(0).field() + "：" + named.get(0).reason(), named);
    }
    return registrations;
  }

  private static List<Row> read(InputStream xlsx) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx); Stream<Row> rows = workbook.getFirstSheet()
        .openStream()) {
      List<Row> read = rows.limit(MAX_ROWS + 2L).toList();
      if (read.size() > MAX_ROWS + 1) {
        throw Refusal.invalid("file", "一次最多导入 " + MAX_ROWS + " 行，请分批导入");
      }
      return read;
    } catch (Refusal refusal) {
      throw refusal;
    } catch (Exception | StackOverflowError e) {
      throw Refusal.invalid("file", "不是可读取的 .xlsx 文件");
    }
  }

  /** The first seven cells as trimmed text, blanks for missing ones. */
  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < HEADER.size(); i++) {
      Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
      texts.add(cell == null || cell.getText() == null ? "" : cell.getText().strip());
    }
    return texts;
  }

  private static LocalDate date(Row row, int column, int number, List<RowError> errors) {
    Cell cell = column < row.getCellCount() ? row.getCell(column) : null;
    if (cell == null || cell.getType() == CellType.EMPTY || cell.getText() == null || cell.getText().isBlank()) {
      return null; // named by the check
    }
    try {
      return cell.getType() == CellType.NUMBER ? cell.asDate().toLocalDate() : LocalDate.parse(cell.getText().strip());
    } catch (RuntimeException e) { // a text no date, or a number beyond Excel's calendar
      errors.add(new RowError(number, FIELDS[column], HEADER.get(column) + "不是有效日期：" + cell.getText()
          + "（须为 Excel 日期或 2026-01-31 格式）"));
      return null;
    }
  }

  private static <E extends Enum<E>> E choice(E[] values, String text, java.util.function.Function<E, String> label) {
    return Arrays.stream(values).filter(v -> v.name().equals(text) || label.apply(v).equals(text)).findFirst()
        .orElse(null);
  }

  /** One error per row and column: a cell that cannot be read is not reported again as missing. */
  private static List<RowError> firstPerCell(List<RowError> errors) {
    Set<String> seen = new HashSet<>();
    return errors.stream().filter(e -> seen.add(e.row() + "/" + e.field()))
        .sorted((a, b) -> Integer.compare(a.row(), b.row())).toList();
  }

  private static final class Draft {
    final String code;
    final String name;
    final ContractorKind kind;
    final List<Integer> rows = new ArrayList<>();
    final List<Qualification> qualifications = new ArrayList<>();

    Draft(String code, String name, ContractorKind kind) {
      this.code = code;
      this.name = name;
      this.kind = kind;
    }

    void add(int row, Qualification qualification) {
      rows.add(row);
      qualifications.add(qualification);
    }
  }
}
