package cn.unionsw.platform.sheets;

import cn.unionsw.platform.sheets.SheetRows.SheetRow;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a union office types them into a sheet: an Excel date (a serial number of days, which is what a date cell
 * holds), or text as {@code 2026-01-31}, {@code 2026/1/31}, {@code 2026.1.31} or {@code 2026年1月31日}.
 */
public final class SheetDates {

  /** Excel's day 0 on the 1900 system, past its phantom 29 February 1900: right for every serial from 61 on. */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final Pattern SERIAL = Pattern.compile("[0-9]{2,6}");
  private static final Pattern TEXT = Pattern.compile("([0-9]{4})(?:[-/.]|年)([0-9]{1,2})(?:[-/.]|月)([0-9]{1,2})日?");

  private SheetDates() {
  }

  /** The date in cell {@code column} of {@code row}, or null when it holds none (blank cells included). */
  public static LocalDate of(SheetRow row, int column) {
    String text = row.cell(column);
    if (row.isNumber(column) && SERIAL.matcher(text).matches()) {
      int serial = Integer.parseInt(text);
      return serial > 60 ? EXCEL_EPOCH.plusDays(serial) : null;
    }
    Matcher date = TEXT.matcher(text);
    if (!date.matches()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
          Integer.parseInt(date.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
