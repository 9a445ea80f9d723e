package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.sheets.RowErrors;
import cn.unionsw.platform.sheets.SheetColumns;
import cn.unionsw.platform.sheets.SheetRows.SheetRow;
import cn.unionsw.platform.sheets.SheetRows;
import cn.unionsw.platform.web.Refusal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A round's candidates as a union office files them: the first sheet of an .xlsx, or a .csv, with the Chinese
 * headers of {@link CandidateColumn} in row 1 in any order (other columns, such as a stage list's results, are
 * left alone), then one candidate per row; blank rows are skipped. The whole file is checked first and every bad
 * cell named (row, property, reason in Chinese); a file with any bad row is refused whole, so that nothing of it
 * is applied. Whether a candidate meets Art. 15 is not the file's to say: the DMN decisions judge the rows.
 */
public final class CandidateSheet {

  /** A provincial round has tens of thousands of candidates; more than this is a mistake or several rounds. */
  public static final int MAX_ROWS = 100_000;
  /** Errors listed in a refusal (the API lists as many); the message counts them all. */
  public static final int MAX_ERRORS = RowErrors.MAX_ERRORS;
  private static final SheetColumns<CandidateColumn> COLUMNS = CandidateColumn.SHEET;

  private CandidateSheet() {
  }

  /**
   * The candidates of {@code file} (.xlsx or .csv by {@code fileName}), their ages taken on {@code referenceDate}
   * and their certificates from {@code knownCertificates}, in the file's order; a {@link Refusal} of field
   * {@code file} listing every bad row (at most {@value #MAX_ERRORS}) when any row is bad, or naming what is wrong
   * with the file itself (empty, no data rows, over {@value #MAX_ROWS} rows, unknown extension, unreadable).
   */
  public static List<CandidateRow> read(byte[] file, String fileName, LocalDate referenceDate,
      Set<String> knownCertificates) {
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(knownCertificates, "knownCertificates");
    try (SheetRows rows = SheetRows.open(file, fileName)) {
      SheetRow header = SheetRows.firstNonBlank(rows);
      if (header == null) {
        throw Refusal.invalid("file", "文件中没有内容；第 1 行须为表头：" + COLUMNS.headers());
      }
      Map<CandidateColumn, Integer> columns = COLUMNS.find(header.number() == 1 ? header.cells() : List.of());
      CandidateCheck check = new CandidateCheck(columns, referenceDate, knownCertificates);
      RowErrors errors = new RowErrors();
      List<CandidateRow> candidates = new ArrayList<>();
      int count = 0;
      while (rows.hasNext()) {
        SheetRow row = rows.next();
        if (row.isBlank()) {
          continue;
        }
        if (++count > MAX_ROWS) {
          throw Refusal.invalid("file", "一次最多导入 " + MAX_ROWS + " 行考生，请分批导入");
        }
        CandidateRow candidate = check.check(row, errors::add);
        if (candidate != null && errors.isEmpty()) {
          candidates.add(candidate);
        }
      }
      if (count == 0) {
        throw Refusal.invalid("file", "文件中没有考生：表头（第 1 行）之后没有数据行");
      }
      errors.refuseIfAny();
      return candidates;
    }
  }

}
