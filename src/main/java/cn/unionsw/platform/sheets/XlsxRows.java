package cn.unionsw.platform.sheets;

import cn.unionsw.platform.web.Refusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an .xlsx, streamed (fastexcel reads the sheet's XML as it goes, so a long file is never
 * held whole as cells). Numbers come as plain decimals without trailing zeros (3.0 → 3), booleans as TRUE or
 * FALSE, formulas as their last computed value.
 */
final class XlsxRows implements SheetRows {

  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;

  XlsxRows(byte[] file) {
    if (SheetRows.starts(file, ReadableWorkbook::isOLE2Header)) {
      throw Refusal.invalid("file", "这是旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 后导入");
    }
    ReadableWorkbook opened = null;
    try {
      opened = new ReadableWorkbook(new ByteArrayInputStream(file));
      this.stream = opened.getFirstSheet().openStream();
    } catch (Exception | StackOverflowError e) {
      closeQuietly(opened);
      throw SheetRows.unreadable(".xlsx");
    }
    this.workbook = opened;
    this.rows = stream.iterator();
  }

  @Override
  public boolean hasNext() {
    try {
      return rows.hasNext();
    } catch (RuntimeException | StackOverflowError e) {
      throw SheetRows.unreadable(".xlsx");
    }
  }

  @Override
  public SheetRow next() {
    try {
      Row row = rows.next();
      int count = Math.min(row.getCellCount(), MAX_COLUMNS);
      List<String> cells = new ArrayList<>(count);
      BitSet numbers = new BitSet();
      for (int i = 0; i < count; i++) {
        Cell cell = row.getCell(i);
        cells.add(text(cell));
        if (cell != null && cell.getType() == CellType.NUMBER) {
          numbers.set(i);
        }
      }
      return new SheetRow(row.getRowNum(), cells, numbers);
    } catch (RuntimeException | StackOverflowError e) {
      throw SheetRows.unreadable(".xlsx");
    }
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    String text = switch (cell.getType()) {
      case EMPTY -> "";
      case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
      case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
      default -> cell.getText();
    };
    return text == null ? "" : text.strip();
  }

  @Override
  public void close() {
    stream.close();
    closeQuietly(workbook);
  }

  private static void closeQuietly(ReadableWorkbook workbook) {
    if (workbook != null) {
      try {
        workbook.close();
      } catch (IOException ignored) {
        // nothing was written; the bytes are in memory
      }
    }
  }
}
