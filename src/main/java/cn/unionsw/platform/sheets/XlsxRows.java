package cn.unionsw.platform.sheets;

import cn.unionsw.platform.web.Refusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
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

  /** What an .xlsx may expand to: some 200,000 candidate rows. */
  static final long MAX_EXPANDED = 64L * 1024 * 1024;

  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;

  XlsxRows(byte[] file) {
    if (SheetRows.starts(file, ReadableWorkbook::isOLE2Header)) {
      throw Refusal.invalid("file", "这是旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 后导入");
    }
    requireBounded(file);
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

  /**
   * An .xlsx is a zip: refused if its parts expand beyond {@value #MAX_EXPANDED} bytes, counted by inflating them
   * (a part's declared size can lie). Found by an adversarial test: 22 KB expanded to one 20 MB cell and were read
   * whole; the same at the upload limit would be a gigabyte per request. A real file of 10,000 candidates expands to
   * a few megabytes.
   */
  static void requireBounded(byte[] file) {
    long expanded = 0;
    byte[] buffer = new byte[64 * 1024];
    // commons-compress, as fastexcel itself reads the zip: java.util.zip refuses what Excel and fastexcel write.
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        try (InputStream part = zip.getInputStream(entry)) {
          for (int read = part.read(buffer); read > 0; read = part.read(buffer)) {
            expanded += read;
            if (expanded > MAX_EXPANDED) {
              throw Refusal.invalid("file", "文件解压后超过 " + MAX_EXPANDED / (1024 * 1024) + " MB，不予读取（请分成几个文件导入）");
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof Refusal refusal) {
        throw refusal;
      }
      throw SheetRows.unreadable(".xlsx");
    }
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
