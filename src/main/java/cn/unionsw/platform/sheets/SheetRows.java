package cn.unionsw.platform.sheets;

import cn.unionsw.platform.web.Refusal;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The rows of an uploaded .xlsx (its first sheet) or .csv as trimmed text cells, in order, read as they are asked
 * for. A file that cannot be read, here or halfway through, is refused naming the field {@code file}.
 */
public interface SheetRows extends Iterator<SheetRows.SheetRow>, AutoCloseable {

  /** Cells beyond this column are not read: a candidate file has 13 columns, a stage list a few more. */
  int MAX_COLUMNS = 100;

  /**
   * One row: its number as the user's spreadsheet shows it, its cells (blank for empty ones), and which cells
   * Excel held as numbers (an 18-digit identity number typed as a number has lost its last digits).
   */
  record SheetRow(int number, List<String> cells, BitSet numbers) {

    public String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isNumber(int column) {
      return numbers.get(column);
    }

    public boolean isBlank() {
      return cells.stream().allMatch(String::isEmpty);
    }
  }

  @Override
  void close();

  /** The rows of {@code file}, by the extension of {@code fileName} (.xlsx or .csv, any case). */
  static SheetRows open(byte[] file, String fileName) {
    String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xls")) {
      throw Refusal.invalid("file", "不支持旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 或 CSV 后导入");
    }
    if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
      throw Refusal.invalid("file", "只能导入 .xlsx 或 .csv 文件，收到的是：" + (name.isEmpty() ? "（无文件名）"
          : echo(fileName.strip())));
    }
    if (file == null || file.length == 0) {
      throw Refusal.invalid("file", "文件为空");
    }
    return name.endsWith(".xlsx") ? new XlsxRows(file) : new CsvRows(file);
  }

  /** The first row with something in it, or null when there is none. */
  static SheetRow firstNonBlank(SheetRows rows) {
    while (rows.hasNext()) {
      SheetRow row = rows.next();
      if (!row.isBlank()) {
        return row;
      }
    }
    return null;
  }

  /**
   * A header cell as a column's name: without spaces or line breaks (a long header is often wrapped with
   * Alt+Enter) and without a leading * (a template's mark of a required column).
   */
  static String headerName(String header) {
    StringBuilder text = new StringBuilder();
    header.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(text::appendCodePoint);
    String name = text.toString();
    return name.startsWith("*") || name.startsWith("＊") ? name.substring(1) : name;
  }

  /** A column's letters as Excel shows them (0 → A, 26 → AA). */
  static String letter(int column) {
    String letters = "";
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters = (char) ('A' + (c - 1) % 26) + letters;
    }
    return letters;
  }

  /** A cell quoted in a reason: its first 20 characters (code points), so that a pasted paragraph stays short. */
  static String echo(String text) {
    return text.codePointCount(0, text.length()) <= 20 ? text
        : text.substring(0, text.offsetByCodePoints(0, 20)) + "…";
  }

  /** Whether the file starts with a signature; false for a file shorter than any (fastexcel throws then). */
  static boolean starts(byte[] file, java.util.function.Predicate<byte[]> signature) {
    try {
      return signature.test(file);
    } catch (IllegalArgumentException tooShort) {
      return false;
    }
  }

  static Refusal unreadable(String what) {
    return Refusal.invalid("file", "不是可读取的 " + what + " 文件（文件已损坏或格式不符）");
  }
}
