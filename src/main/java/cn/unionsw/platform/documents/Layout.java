package cn.unionsw.platform.documents;

import static cn.unionsw.platform.documents.Pdf.BODY_SIZE;
import static cn.unionsw.platform.documents.Pdf.BOTTOM;
import static cn.unionsw.platform.documents.Pdf.LEADING;
import static cn.unionsw.platform.documents.Pdf.LEFT;
import static cn.unionsw.platform.documents.Pdf.PAGE;
import static cn.unionsw.platform.documents.Pdf.TABLE_SIZE;
import static cn.unionsw.platform.documents.Pdf.TOP;
import static cn.unionsw.platform.documents.Pdf.WIDTH;

import cn.unionsw.platform.documents.Pdf.Align;
import cn.unionsw.platform.documents.Pdf.Column;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The pen of a {@link Pdf}: where on which page the next line goes, and when a page is full. A page is "fresh"
 * until something other than a repeated table header is drawn on it; only on a fresh page may a table row or a
 * kept-together block be split, so that a row taller than a page still prints instead of turning pages forever.
 */
final class Layout {

  /** Noto Sans SC's ascender in em: where the baseline sits below the top of a line. */
  private static final float ASCENT = 0.88f;
  private static final float HEADER_SHADE = 0.92f;

  private final Pdf pdf;
  private PDPage page;
  private PDPageContentStream content;
  private float y;
  private boolean fresh;

  Layout(Pdf pdf) {
    this.pdf = pdf;
  }

  void gap(float points) {
    if (page != null && !fresh) {
      y = Math.max(BOTTOM, y - points);
    }
  }

  /** Wrapped text, the first line kept on one page with {@code keepWithNext} points below it. */
  void lines(Face face, float size, String text, Align align, float keepWithNext) throws IOException {
    float height = size * LEADING;
    List<String> lines = face.wrap(face.printable(text), size, WIDTH);
    for (int i = 0; i < lines.size(); i++) {
      ensure(i == 0 ? height + keepWithNext : height);
      String line = lines.get(i);
      show(face, size, x(align, LEFT, WIDTH, face.width(line, size)), baseline(y, height, size), line);
      y -= height;
      fresh = false;
    }
  }

  void table(List<Column> columns, List<List<String>> rows, boolean ruled) throws IOException {
    Grid grid = new Grid(columns, ruled);
    Cells header = ruled ? cells(grid, pdf.bold, columns.stream().map(Column::header).toList()) : null;
    List<Cells> body = new ArrayList<>();
    for (List<String> row : rows) {
      if (row.size() > columns.size()) {
        throw new IllegalArgumentException("表格行的单元格多于列数：" + row);
      }
      body.add(cells(grid, pdf.regular, row));
    }
    if (ruled) {
      ensure(header.height(grid) + (body.isEmpty() ? 0 : body.get(0).height(grid)));
      header(grid, header);
    } else {
      float height = (float) body.stream().mapToDouble(c -> c.height(grid)).sum();
      if (page == null || height <= TOP - BOTTOM && y - height < BOTTOM) {
        newPage();
      }
    }
    for (Cells row : body) {
      row(grid, row, header);
    }
  }

  /** Draws a row, on the next page when it does not fit here, split between lines only on a fresh page. */
  private void row(Grid grid, Cells row, Cells header) throws IOException {
    int from = 0;
    while (from < row.count) {
      int fit = (int) Math.floor((y - BOTTOM - 2 * grid.padY) / grid.line + 0.001f);
      if (fit < row.count - from && !fresh) {
        newPage();
        header(grid, header);
        continue;
      }
      int count = Math.min(row.count - from, Math.max(fit, 1));
      draw(grid, row, from, count, false);
      fresh = false;
      from += count;
      if (from < row.count) {
        newPage();
        header(grid, header);
      }
    }
  }

  private void header(Grid grid, Cells header) throws IOException {
    if (header != null) {
      boolean wasFresh = fresh;
      draw(grid, header, 0, header.count, true);
      fresh = wasFresh;
    }
  }

  private void draw(Grid grid, Cells cells, int from, int count, boolean shaded) throws IOException {
    float height = count * grid.line + 2 * grid.padY;
    if (shaded) {
      content.setNonStrokingColor(HEADER_SHADE);
      content.addRect(LEFT, y - height, WIDTH, height);
      content.fill();
      content.setNonStrokingColor(0f);
    }
    for (int c = 0; c < grid.x.length; c++) {
      List<String> lines = cells.lines.get(c);
      for (int i = from; i < Math.min(lines.size(), from + count); i++) {
        String line = lines.get(i);
        float top = y - grid.padY - (i - from) * grid.line;
        show(cells.face, grid.size, x(grid.align[c], grid.x[c] + grid.padX, grid.width[c] - 2 * grid.padX,
            cells.face.width(line, grid.size)), baseline(top, grid.line, grid.size), line);
      }
    }
    if (grid.ruled) {
      content.setLineWidth(0.5f);
      for (int c = 0; c < grid.x.length; c++) {
        content.addRect(grid.x[c], y - height, grid.width[c], height);
      }
      content.stroke();
    }
    y -= height;
  }

  private static Cells cells(Grid grid, Face face, List<String> texts) {
    List<List<String>> lines = new ArrayList<>();
    int count = 1;
    for (int c = 0; c < grid.x.length; c++) {
      String text = c < texts.size() ? texts.get(c) : "";
      List<String> wrapped = face.wrap(face.printable(text), grid.size, grid.width[c] - 2 * grid.padX);
      lines.add(wrapped);
      count = Math.max(count, wrapped.size());
    }
    return new Cells(face, lines, count);
  }

  void finish() throws IOException {
    if (page == null) {
      newPage();
    }
    content.close();
  }

  private void ensure(float height) throws IOException {
    if (page == null || y - height < BOTTOM && !fresh) {
      newPage();
    }
  }

  private void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    page = new PDPage(PAGE);
    pdf.document.addPage(page);
    content = new PDPageContentStream(pdf.document, page);
    y = TOP;
    fresh = true;
  }

  private void show(Face face, float size, float x, float baseline, String text) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    content.beginText();
    content.setFont(face.font, size);
    content.newLineAtOffset(x, baseline);
    content.showText(text);
    content.endText();
  }

  private static float baseline(float top, float lineHeight, float size) {
    return top - (lineHeight - size) / 2 - ASCENT * size;
  }

  private static float x(Align align, float left, float width, float textWidth) {
    return switch (align) {
      case LEFT -> left;
      case CENTER -> left + (width - textWidth) / 2;
      case RIGHT -> left + width - textWidth;
    };
  }

  /** Column positions of a table; a ruled table is set smaller, with padding inside its cells. */
  private static final class Grid {
    final float[] x;
    final float[] width;
    final Align[] align;
    final boolean ruled;
    final float size;
    final float line;
    final float padX;
    final float padY;

    Grid(List<Column> columns, boolean ruled) {
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("表格至少要有一列");
      }
      this.ruled = ruled;
      size = ruled ? TABLE_SIZE : BODY_SIZE;
      line = size * (ruled ? 1.45f : LEADING);
      padX = ruled ? 4 : 2;
      padY = ruled ? 3 : 0;
      float shares = (float) columns.stream().mapToDouble(Column::share).sum();
      x = new float[columns.size()];
      width = new float[columns.size()];
      align = new Align[columns.size()];
      float left = LEFT;
      for (int c = 0; c < columns.size(); c++) {
        x[c] = left;
        width[c] = WIDTH * columns.get(c).share() / shares;
        align[c] = columns.get(c).align();
        left += width[c];
      }
    }
  }

  private record Cells(Face face, List<List<String>> lines, int count) {
    float height(Grid grid) {
      return count * grid.line + 2 * grid.padY;
    }
  }
}
