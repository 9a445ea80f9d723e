package cn.unionsw.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printable A4 document in Chinese, written top to bottom: a title, headings, paragraphs, tables, and on every
 * page "第 1 页 共 N 页". Text is set in Noto Sans SC, embedded as a subset of the glyphs used, so the PDF prints
 * the same on any machine, also one without Chinese fonts. Long text wraps by character width (Chinese has no
 * spaces to break at), tables break across pages between rows and repeat their header row, and a row taller than
 * a page is split between lines.
 *
 * <p>A character the font lacks prints as □ rather than failing the document, and the document's title and the
 * characters are logged as a warning. The font has every character of GB 2312 and of GBK, and all but ten of CJK
 * Extension A, but few beyond the Basic Multilingual Plane: 𠮷 (U+20BB7) and 𡒄 (U+21484), found in surnames and
 * village names, print as □, as do emoji (docs/adr/0008-cjk-font-for-documents.md).
 *
 * <p>One instance writes one document on one thread; {@link #toBytes} ends it. The font files are read once per
 * process and shared by all documents.
 */
public final class Pdf {

  /** Horizontal alignment of a paragraph or a table column. */
  public enum Align { LEFT, CENTER, RIGHT }

  /**
   * A table column.
   *
   * @param header the header cell's text; ignored by {@link #block}
   * @param share the column's share of the text width, relative to the other columns' shares
   * @param align how the column's cells are aligned
   */
  public record Column(String header, float share, Align align) {
    public Column {
      if (!(share > 0)) {
        throw new IllegalArgumentException("列宽须大于零：" + header);
      }
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(Pdf.class);

  static final PDRectangle PAGE = PDRectangle.A4;
  static final float MM = 72f / 25.4f;
  static final float MARGIN = 25 * MM;
  static final float LEFT = MARGIN;
  static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  static final float TOP = PAGE.getHeight() - MARGIN;
  static final float BOTTOM = MARGIN;
  static final float TITLE_SIZE = 18;
  static final float HEADING_SIZE = 12;
  static final float BODY_SIZE = 10.5f;
  static final float TABLE_SIZE = 9.5f;
  static final float FOOTER_SIZE = 9;
  static final float LEADING = 1.6f;

  final PDDocument document = new PDDocument();
  final Face regular;
  final Face bold;
  final Layout layout;
  private final String documentTitle;
  private boolean done;

  private Pdf(String documentTitle) {
    this.documentTitle = documentTitle;
    PDDocumentInformation information = document.getDocumentInformation();
    information.setTitle(documentTitle);
    information.setCreator("工会社会工作岗位管理平台");
    document.getDocumentCatalog().setLanguage("zh-CN");
    regular = new Face(document, CjkFont.REGULAR);
    bold = new Face(document, CjkFont.BOLD);
    layout = new Layout(this);
  }

  /** A new A4 document; {@code documentTitle} is its title in the PDF's properties. */
  public static Pdf a4(String documentTitle) {
    return new Pdf(documentTitle);
  }

  /** The document's title: bold, large, centred. */
  public Pdf title(String text) {
    return write(() -> {
      layout.lines(bold, TITLE_SIZE, text, Align.CENTER, 0);
      layout.gap(BODY_SIZE * 0.6f);
    });
  }

  /** A section heading, bold; kept on one page with the first two lines after it. */
  public Pdf heading(String text) {
    return write(() -> {
      layout.gap(BODY_SIZE * 0.4f);
      layout.lines(bold, HEADING_SIZE, text, Align.LEFT, 2 * BODY_SIZE * LEADING);
    });
  }

  /** A paragraph, left-aligned and wrapped; a line break in the text starts a new line. */
  public Pdf paragraph(String text) {
    return paragraph(text, Align.LEFT);
  }

  /** A paragraph with each of its lines aligned so. */
  public Pdf paragraph(String text, Align align) {
    return write(() -> layout.lines(regular, BODY_SIZE, text, align, 0));
  }

  /** Vertical space in points. */
  public Pdf gap(float points) {
    return write(() -> layout.gap(points));
  }

  /**
   * A ruled table with a shaded header row, repeated at the top of each page it continues on. Each row has at most
   * one cell per column (missing cells are blank); cells wrap within their column.
   */
  public Pdf table(List<Column> columns, List<List<String>> rows) {
    return write(() -> layout.table(columns, rows, true));
  }

  /**
   * Unruled rows without a header, e.g. the parties' details or the signature blocks: kept on one page when they
   * fit on one.
   */
  public Pdf block(List<Column> columns, List<List<String>> rows) {
    return write(() -> layout.table(columns, rows, false));
  }

  /** Ends the document: numbers its pages, embeds the glyphs used and returns the PDF. */
  public byte[] toBytes() {
    try {
      check();
      layout.finish();
      List<PDPage> pages = new ArrayList<>();
      document.getPages().forEach(pages::add);
      for (int i = 0; i < pages.size(); i++) {
        try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND, true,
            true)) {
          String text = regular.printable("第 " + (i + 1) + " 页 共 " + pages.size() + " 页");
          footer.beginText();
          footer.setFont(regular.font, FOOTER_SIZE);
          footer.newLineAtOffset(LEFT + (WIDTH - regular.width(text, FOOTER_SIZE)) / 2, 12 * MM);
          footer.showText(text);
          footer.endText();
        }
      }
      warnOfSubstitutes();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      done = true;
      try {
        document.close();
      } catch (IOException e) {
        // in memory only: nothing is left open
      }
    }
  }

  private void warnOfSubstitutes() {
    Set<Integer> missing = new TreeSet<>(regular.substituted);
    missing.addAll(bold.substituted);
    if (!missing.isEmpty()) {
      LOG.warn("文书《{}》中有 {} 个字符字体中没有，已印为 □：{}", documentTitle, missing.size(), missing.stream()
          .map(c -> new String(Character.toChars(c)) + " U+" + Integer.toHexString(c).toUpperCase())
          .collect(Collectors.joining("、")));
    }
  }

  private Pdf write(Step step) {
    check();
    try {
      step.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private void check() {
    if (done) {
      throw new IllegalStateException("文档已经生成，不能再添加内容");
    }
  }

  @FunctionalInterface
  private interface Step {
    void run() throws IOException;
  }
}
