package cn.unionsw.platform.sheets;

import cn.unionsw.platform.web.Refusal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.NoSuchElementException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * A CSV as Excel writes it (RFC 4180: commas, fields in double quotes with {@code ""} for a quote, line breaks
 * inside quotes, CRLF or LF). Text is UTF-8, with or without a byte-order mark, or else GB18030: Excel in China
 * saves "CSV (逗号分隔)" in the system's GBK code page, and GB18030 reads GBK and more. A file that is valid UTF-8
 * is read as UTF-8 (a GBK text of any length is almost never valid UTF-8). A row is a record, as Excel numbers it.
 */
final class CsvRows implements SheetRows {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private final String text;
  private int position;
  private int number;

  CsvRows(byte[] file) {
    this.text = decode(file);
  }

  static String decode(byte[] file) {
    if (SheetRows.starts(file, ReadableWorkbook::isOOXMLZipHeader)) {
      throw Refusal.invalid("file", "文件内容是 Excel 工作簿，扩展名却是 .csv：请改为 .xlsx 或另存为 CSV");
    }
    if (file.length >= 2 && (file[0] == (byte) 0xFF && file[1] == (byte) 0xFE
        || file[0] == (byte) 0xFE && file[1] == (byte) 0xFF)) {
      throw Refusal.invalid("file", "CSV 须为 UTF-8 或 GBK/GB18030 编码，这是 UTF-16 文本：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”");
    }
    boolean bom = file.length >= 3 && file[0] == (byte) 0xEF && file[1] == (byte) 0xBB && file[2] == (byte) 0xBF;
    ByteBuffer bytes = ByteBuffer.wrap(file, bom ? 3 : 0, file.length - (bom ? 3 : 0));
    try {
      return strict(StandardCharsets.UTF_8, bytes.duplicate());
    } catch (CharacterCodingException notUtf8) {
      if (bom) {
        throw Refusal.invalid("file", "CSV 标明为 UTF-8，其中却有不是 UTF-8 的字节（文件已损坏或编码混杂）");
      }
    }
    try {
      return strict(GB18030, bytes);
    } catch (CharacterCodingException e) {
      throw Refusal.invalid("file", "CSV 既不是 UTF-8 也不是 GBK/GB18030 编码，无法读取");
    }
  }

  private static String strict(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
  }

  @Override
  public boolean hasNext() {
    return position < text.length();
  }

  @Override
  public SheetRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    int start = ++number;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean quotedCell = false;
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (quoted) {
        if (c != '"') {
          cell.append(c); // a line break inside quotes stays in its cell, its row one row
        } else if (position < text.length() && text.charAt(position) == '"') {
          cell.append('"');
          position++;
        } else {
          quoted = false;
        }
      } else if (c == '"' && cell.isEmpty() && !quotedCell) {
        quoted = true;
        quotedCell = true;
      } else if (c == ',') {
        add(cells, cell);
        quotedCell = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
          position++;
        }
        break;
      } else {
        cell.append(c); // text after a closing quote is kept, as Excel does
      }
    }
    if (quoted) {
      throw Refusal.invalid("file", "CSV 第 " + start + " 行起的引号没有闭合");
    }
    add(cells, cell);
    return new SheetRow(start, cells, new BitSet());
  }

  private static void add(List<String> cells, StringBuilder cell) {
    if (cells.size() < MAX_COLUMNS) {
      cells.add(cell.toString().strip());
    }
    cell.setLength(0);
  }

  @Override
  public void close() {
    // the text is in memory
  }
}
