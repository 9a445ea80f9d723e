package cn.unionsw.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans SC (SIL OFL 1.1) in TrueType outlines, put on the classpath by the build from
 * {@code com.helger.font:ph-fonts-noto-sans-sc} (docs/adr/0008-cjk-font-for-documents.md). TrueType, not the
 * original CFF-flavoured OpenType, because PDFBox subsets only TrueType outlines into a Type 0 font.
 *
 * <p>Each weight's file (10 MB) is read once, on first use, and shared read-only by every document and thread;
 * each document parses it anew ({@code TrueTypeFont} keeps a read position and is not safe to share) and embeds
 * only the glyphs it shows.
 */
enum CjkFont {

  REGULAR("NotoSansSC-Regular.ttf"),
  BOLD("NotoSansSC-Bold.ttf");

  static final String FOLDER = "/fonts/noto-sans-sc/";

  private final String file;
  private volatile byte[] bytes;

  CjkFont(String file) {
    this.file = file;
  }

  /** The font, to be subset into {@code document} when it is saved. */
  PDType0Font loadInto(PDDocument document) {
    try {
      return PDType0Font.load(document, new RandomAccessReadBuffer(bytes()), true, false);
    } catch (IOException e) {
      throw new UncheckedIOException("字体文件无法解析：" + file, e);
    }
  }

  private byte[] bytes() {
    byte[] read = bytes;
    if (read == null) {
      synchronized (this) {
        read = bytes;
        if (read == null) {
          read = read(FOLDER + file);
          bytes = read;
        }
      }
    }
    return read;
  }

  private static byte[] read(String resource) {
    try (InputStream in = CjkFont.class.getResourceAsStream(resource)) {
      if (in == null) {
        // The build unpacks the font (maven-dependency-plugin, phase generate-resources); an IDE build may not.
        throw new IllegalStateException("类路径上没有字体 " + resource + "（请用 ./mvnw 构建，见 docs/adr/0008）");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
