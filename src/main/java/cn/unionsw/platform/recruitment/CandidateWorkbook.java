package cn.unionsw.platform.recruitment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A stage's list of candidates as .xlsx: the import's headers ({@link CandidateColumn}) and values in the words
 * an office writes (本科, 三级岗, 是/否, certificates joined by 、), then the stage's result columns, if any. It
 * reads back through {@link CandidateSheet} unchanged, result columns left aside, so that a list sent out for one
 * stage comes back as the next one's file. Identity numbers, unit codes and phones are text cells in text-formatted
 * columns, so that Excel keeps every digit of a number typed there later.
 */
public final class CandidateWorkbook {

  public static final String SHEET = "考生名单";
  private static final String HEADER_FILL = "DDEBF7";
  private static final double[] WIDTHS = {12, 21, 10, 8, 8, 30, 12, 10, 8, 8, 20, 10, 15};
  /** Rows kept in memory before they are written out. */
  private static final int FLUSH_EVERY = 1000;

  private CandidateWorkbook() {
  }

  /** The candidates on one sheet {@value #SHEET}, no result columns. */
  public static byte[] write(List<CandidateRow> rows) {
    return write(SHEET, rows, List.of(), row -> List.of());
  }

  /**
   * The candidates on one sheet {@code sheetName} (Excel: at most 31 characters, none of {@code []:*?/\}), each
   * followed by {@code results} of it under {@code resultHeaders}: a number, a {@link LocalDate}, a Boolean (是/否),
   * text, or null for a blank cell.
   */
  public static byte[] write(String sheetName, List<CandidateRow> rows, List<String> resultHeaders,
      Function<CandidateRow, List<?>> results) {
    for (String header : resultHeaders) {
      if (CandidateColumn.named(header) != null) {
        throw new IllegalArgumentException("result column " + header + " has a candidate column's name");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(sheetName, rows, resultHeaders, results, out);
    return out.toByteArray();
  }

  private static void write(String sheetName, List<CandidateRow> rows, List<String> resultHeaders,
      Function<CandidateRow, List<?>> results, OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "unionsw", "1.0");
      Worksheet sheet = workbook.newWorksheet(sheetName);
      List<String> headers = new ArrayList<>();
      for (CandidateColumn column : CandidateColumn.values()) {
        headers.add(column.header());
      }
      headers.addAll(resultHeaders);
      for (int c = 0; c < headers.size(); c++) {
        sheet.value(0, c, headers.get(c));
        sheet.width(c, c < WIDTHS.length ? WIDTHS[c] : 14);
      }
      sheet.range(0, 0, 0, headers.size() - 1).style().bold().fillColor(HEADER_FILL).borderStyle(BorderStyle.THIN)
          .set();
      for (CandidateColumn column : List.of(CandidateColumn.IDENTITY_NUMBER, CandidateColumn.UNIT_CODE,
          CandidateColumn.PHONE)) {
        sheet.style(column.ordinal()).format("@").set();
      }
      sheet.freezePane(0, 1);
      int r = 1;
      for (CandidateRow row : rows) {
        candidate(sheet, r, row);
        List<?> values = results.apply(row);
        if (values.size() > resultHeaders.size()) {
          throw new IllegalArgumentException("row " + row.row() + " has more results than result columns");
        }
        for (int i = 0; i < values.size(); i++) {
          result(sheet, r, CandidateColumn.values().length + i, values.get(i));
        }
        if (r++ % FLUSH_EVERY == 0) {
          sheet.flush();
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void candidate(Worksheet sheet, int r, CandidateRow row) {
    sheet.value(r, CandidateColumn.NAME.ordinal(), row.name());
    sheet.value(r, CandidateColumn.IDENTITY_NUMBER.ordinal(), row.identityNumber());
    sheet.value(r, CandidateColumn.EDUCATION.ordinal(), row.education().label());
    sheet.value(r, CandidateColumn.UNION_WORK_YEARS.ordinal(), row.unionWorkYears());
    sheet.value(r, CandidateColumn.WORK_YEARS.ordinal(), row.workYears());
    sheet.value(r, CandidateColumn.CERTIFICATES.ordinal(),
        row.certificates().isEmpty() ? "无" : String.join("、", row.certificates()));
    sheet.value(r, CandidateColumn.SOCIAL_WORK_BACHELOR.ordinal(), yesNo(row.socialWorkBachelor()));
    sheet.value(r, CandidateColumn.EXAM_ELIGIBLE.ordinal(), yesNo(row.examEligible()));
    sheet.value(r, CandidateColumn.YEARS_IN_LEVEL_3.ordinal(), row.yearsInLevel3());
    sheet.value(r, CandidateColumn.YEARS_IN_LEVEL_2.ordinal(), row.yearsInLevel2());
    sheet.value(r, CandidateColumn.UNIT_CODE.ordinal(), row.unitCode());
    sheet.value(r, CandidateColumn.APPLIED_GRADE.ordinal(), row.appliedGrade().label());
    if (row.phone() != null) {
      sheet.value(r, CandidateColumn.PHONE.ordinal(), row.phone());
    }
  }

  private static void result(Worksheet sheet, int r, int c, Object value) {
    if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else if (value instanceof LocalDate date) {
      sheet.value(r, c, date);
      sheet.style(r, c).format("yyyy-mm-dd").set();
    } else if (value instanceof Boolean yes) {
      sheet.value(r, c, yesNo(yes));
    } else if (value != null) {
      sheet.value(r, c, value.toString());
    }
  }

  private static String yesNo(boolean yes) {
    return yes ? "是" : "否";
  }
}
