package cn.unionsw.platform.procurement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Worksheet;

/**
 * The few kinds of cell a filed workbook has, each styled once here: a title, bold labels, shaded and ruled
 * header cells, text, numbers and dates in a given format. A null value leaves its cell blank.
 */
final class SheetCells {

  static final String HEADER_FILL = "DDEBF7";
  static final String DATE = "yyyy-mm-dd";
  static final String DATE_TIME = "yyyy-mm-dd hh:mm";

  private final Worksheet sheet;

  SheetCells(Worksheet sheet) {
    this.sheet = sheet;
  }

  /** The sheet's title across its first {@code columns} columns of row {@code row}. */
  SheetCells title(int row, String text, int columns) {
    sheet.value(row, 0, text);
    sheet.range(row, 0, row, Math.max(columns - 1, 0)).style().merge().bold().fontSize(14).set();
    sheet.rowHeight(row, 24);
    return this;
  }

  SheetCells label(int row, int column, String text) {
    sheet.value(row, column, text);
    sheet.style(row, column).bold().set();
    return this;
  }

  /** Header cells from {@code column} on. */
  SheetCells header(int row, int column, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      spanning(row, column + i, row, column + i, texts.get(i));
    }
    return this;
  }

  SheetCells header(int row, List<String> texts) {
    return header(row, 0, texts);
  }

  /** A header cell merged over rows {@code top..bottom} and columns {@code left..right}. */
  SheetCells spanning(int top, int left, int bottom, int right, String text) {
    sheet.value(top, left, text);
    var range = sheet.range(top, left, bottom, right);
    if (top != bottom || left != right) {
      range.merge();
    }
    range.style().bold().fillColor(HEADER_FILL).horizontalAlignment("center").verticalAlignment("center")
        .wrapText(true).borderStyle(BorderStyle.THIN).set();
    return this;
  }

  SheetCells text(int row, int column, String text) {
    if (text != null) {
      sheet.value(row, column, text);
    }
    return this;
  }

  SheetCells number(int row, int column, Number value, String format) {
    if (value != null) {
      sheet.value(row, column, value);
      sheet.style(row, column).format(format).set();
    }
    return this;
  }

  SheetCells date(int row, int column, LocalDate date) {
    if (date != null) {
      sheet.value(row, column, date);
      sheet.style(row, column).format(DATE).set();
    }
    return this;
  }

  SheetCells dateTime(int row, int column, LocalDateTime time) {
    if (time != null) {
      sheet.value(row, column, time);
      sheet.style(row, column).format(DATE_TIME).set();
    }
    return this;
  }

  /** Column widths in characters from the first column on (a Chinese character takes about two). */
  SheetCells widths(double... widths) {
    return widthsFrom(0, widths);
  }

  SheetCells widthsFrom(int column, double... widths) {
    for (int i = 0; i < widths.length; i++) {
      sheet.width(column + i, widths[i]);
    }
    return this;
  }
}
