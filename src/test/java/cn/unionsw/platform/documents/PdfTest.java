package cn.unionsw.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.documents.Pdf.Align;
import cn.unionsw.platform.documents.Pdf.Column;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTest {

  private static final List<Column> COLUMNS = List.of(new Column("序号", 1, Align.CENTER),
      new Column("单位", 4, Align.LEFT), new Column("数量", 1, Align.RIGHT));

  @Test
  void shouldEmbedOnlyTheGlyphsUsed() throws IOException {
    byte[] pdf = Pdf.a4("测试").title("购买工会社会工作岗位服务合同").paragraph("甲方：正定县总工会").toBytes();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = fonts(document.getPage(0));
      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)");
      });
    }
    // Two subsets of a few dozen glyphs each, not the 10 MB fonts.
    assertThat(pdf.length).isLessThan(100_000);
  }

  @Test
  void shouldHaveAGlyphForEveryGb2312Character() throws IOException {
    Charset gb2312 = Charset.forName("GB2312");
    List<String> missing = new ArrayList<>();
    int checked = 0;
    try (PDDocument document = new PDDocument()) {
      for (CjkFont weight : CjkFont.values()) {
        Face face = new Face(document, weight);
        for (int row = 0xA1; row <= 0xF7; row++) {
          for (int cell = 0xA1; cell <= 0xFE; cell++) {
            String text = new String(new byte[] {(byte) row, (byte) cell}, gb2312);
            int c = text.codePointAt(0);
            if (c == 0xFFFD) {
              continue; // an unassigned code of GB 2312
            }
            checked++;
            if (!face.has(c)) {
              missing.add(weight + " " + text + " U+" + Integer.toHexString(c));
            }
          }
        }
      }
    }
    // 6,763 hanzi and 682 other characters, in both weights.
    assertThat(checked).isEqualTo(2 * (6763 + 682));
    assertThat(missing).isEmpty();
  }

  @Test
  void shouldHaveAGlyphForEveryGbkCharacter() throws IOException {
    Charset gbk = Charset.forName("GBK");
    List<String> missing = new ArrayList<>();
    int checked = 0;
    try (PDDocument document = new PDDocument()) {
      Face face = new Face(document, CjkFont.REGULAR);
      for (int lead = 0x81; lead <= 0xFE; lead++) {
        for (int trail = 0x40; trail <= 0xFE; trail++) {
          String text = new String(new byte[] {(byte) lead, (byte) trail}, gbk);
          int c = text.codePointAt(0);
          if (trail == 0x7F || c == 0xFFFD || c >= 0xE000 && c <= 0xF8FF) {
            continue; // not a GBK code, or one of its user-defined (private use) areas
          }
          checked++;
          if (!face.has(c)) {
            missing.add(text + " U+" + Integer.toHexString(c));
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(21_700);
    assertThat(missing).isEmpty();
  }

  @Test
  void shouldPrintACharacterTheFontLacksAsASquare() throws IOException {
    byte[] pdf = Pdf.a4("测试").title("𠮷祥村 😀").paragraph("承接主体：𠮷利社会工作服务中心😀").table(COLUMNS,
        List.of(List.of("1", "𠮷家庄镇工会\u200d😀", "2"))).toBytes();

    String text = text(pdf);
    // Noto Sans SC has 220 characters beyond the BMP, 𠮷 is not one of them (docs/adr/0008).
    assertThat(text).contains("□祥村 □", "承接主体：□利社会工作服务中心□", "□家庄镇工会□");
  }

  @Test
  void shouldBreakATableAcrossPagesRepeatingItsHeaderAndNumberThePages() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      rows.add(List.of(String.valueOf(i), "第" + i + "号单位工会", String.valueOf(i % 3 + 1)));
    }

    byte[] pdf = Pdf.a4("测试").title("长表").table(COLUMNS, rows).toBytes();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(2);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document)).as("page " + page)
            .contains("序号 单位 数量", "第 " + page + " 页 共 " + pages + " 页");
      }
    }
    String text = text(pdf);
    for (int i = 1; i <= 150; i++) {
      assertThat(text).contains("第" + i + "号单位工会");
    }
  }

  @Test
  void shouldSplitARowTallerThanAPage() throws IOException {
    String long_ = "工会社会工作岗位服务".repeat(600);

    byte[] pdf = Pdf.a4("测试").paragraph("开头").table(COLUMNS, List.of(List.of("1", long_, "1"))).toBytes();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
    assertThat(text(pdf).chars().filter(c -> c == '岗')).hasSize(600);
  }

  @Test
  void shouldKeepABlockOnOnePage() throws IOException {
    Pdf document = Pdf.a4("测试");
    for (int i = 0; i < 39; i++) { // 39 lines leave 45 points, the block needs 50
      document.paragraph("第" + i + "行");
    }
    List<Column> two = List.of(new Column("", 1, Align.LEFT), new Column("", 1, Align.LEFT));
    byte[] pdf = document.block(two, List.of(List.of("甲方（盖章）：", "乙方（盖章）："),
        List.of("法定代表人（签字）：", "法定代表人（签字）："), List.of("日期：", "日期："))).toBytes();

    try (PDDocument read = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(1);
      assertThat(stripper.getText(read)).contains("第38行").doesNotContain("甲方");
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertThat(stripper.getText(read)).contains("甲方（盖章）：", "日期：");
    }
  }

  @Test
  void shouldWrapChineseByCharacterWidthKeepingNumbersAndPunctuationRight() throws IOException {
    try (PDDocument document = new PDDocument()) {
      Face face = new Face(document, CjkFont.REGULAR);
      String text = "乙方应按照不低于省总工会指导标准，按时足额向工会社工发放岗位薪酬，合同金额为人民币1,203,456.78元。"
          .repeat(3);

      List<String> lines = face.wrap(text, 10, 150);

      assertThat(lines).hasSizeGreaterThan(3).allSatisfy(line -> {
        assertThat(face.width(line, 10)).isLessThanOrEqualTo(150f);
        assertThat(line).doesNotStartWith("，").doesNotStartWith("。");
      });
      assertThat(String.join("", lines)).isEqualTo(text);
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("1,203,456.78"));
      // Nine characters of 10 points fit in 95: （《 never end a line, ） never starts one.
      assertThat(face.wrap("甲方应按时足额（《管理办法》", 10, 95)).containsExactly("甲方应按时足额", "（《管理办法》");
      assertThat(face.wrap("一二三四五六七八九）", 10, 95)).containsExactly("一二三四五六七八", "九）");
      assertThat(face.wrap("", 10, 150)).containsExactly("");
      assertThat(face.wrap("一\n\n二", 10, 150)).containsExactly("一", "", "二");
    }
  }

  @Test
  void shouldRenderDocumentsOnSeveralThreadsAtOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> texts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String name = "第" + i + "份文书";
        Callable<String> render = () -> text(Pdf.a4(name).title(name).paragraph("正文" + name).toBytes());
        texts.add(threads.submit(render));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(texts.get(i).get()).contains("第" + i + "份文书", "正文第" + i + "份文书");
      }
    } finally {
      threads.shutdownNow();
    }
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static List<PDFont> fonts(PDPage page) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (COSName name : page.getResources().getFontNames()) {
      fonts.add(page.getResources().getFont(name));
    }
    return fonts;
  }
}
