package cn.unionsw.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.unionsw.platform.procurement.ContractPaper.PostLine;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ContractPdfTest {

  private final ContractPdf contracts = new ContractPdf();

  @Test
  void shouldPrintThePartiesTheAmountInCapitalsTheTermAndThePosts() throws IOException {
    byte[] pdf = contracts.render(paper("河北同心社会工作服务中心", null, List.of(
        new PostLine("正定镇工会", "HE-SJZ-ZD-ZDZ", "三级岗", 2),
        new PostLine("正定县职工服务中心", "HE-SJZ-ZD-FWZX", "初级岗", 1))));

    String text = text(pdf);
    assertThat(text).contains("购买工会社会工作岗位服务合同", "合同编号：石购合〔2026〕正定 0001",
        "甲方（购买主体）：", "正定县总工会", "乙方（承接主体）：", "河北同心社会工作服务中心",
        "统一社会信用代码：", "91130100MA0000001X", "公开招标（石家庄市集中采购",
        "人民币 1,203,456.78 元（大写：壹佰贰拾万零叁仟肆佰伍拾陆元柒角捌分）",
        "服务期限三年，自 2027年1月1日 起至 2029年12月31日 止", "签订日期：2026年12月15日",
        "不得将本合同项下的服务转包、分包", "第三十一条", "第三十条", "第二十二条",
        "1 正定镇工会 HE-SJZ-ZD-ZDZ 三级岗 2", "2 正定县职工服务中心 HE-SJZ-ZD-FWZX 初级岗 1", "合计 3",
        "第 1 页 共 ");
    assertThat(text).doesNotContain("剩余服务期（第二十二条）");
  }

  @Test
  void shouldSayWhichContractASuccessorContinues() throws IOException {
    byte[] pdf = contracts.render(paper("河北同心社会工作服务中心", "石购合〔2025〕正定 0007", List.of(
        new PostLine("正定镇工会", "HE-SJZ-ZD-ZDZ", "三级岗", 2))));

    assertThat(text(pdf)).contains("本合同承接合同 石购合〔2025〕正定 0007 的剩余服务期（第二十二条）",
        "服务期限为原合同的剩余服务期");
  }

  @Test
  void shouldCarryEveryPostOverSeveralNumberedPages() throws IOException {
    List<PostLine> posts = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      posts.add(new PostLine("第" + i + "街道工会", "HE-SJZ-ZD-" + i, i % 2 == 0 ? "二级岗" : "三级岗", 1));
    }

    byte[] pdf = contracts.render(paper("河北同心社会工作服务中心", null, posts));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(4);
      String text = new PDFTextStripper().getText(document);
      for (int page = 1; page <= pages; page++) {
        assertThat(text).contains("第 " + page + " 页 共 " + pages + " 页");
      }
      for (int i = 1; i <= 120; i++) {
        assertThat(text).contains(i + " 第" + i + "街道工会 HE-SJZ-ZD-" + i);
      }
      assertThat(text).contains("合计 120", "签订日期：2026年12月15日");
    }
  }

  @Test
  void shouldEmbedTheFontOnEveryPage() throws IOException {
    List<PostLine> posts = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      posts.add(new PostLine("第" + i + "街道工会", "HE-SJZ-ZD-" + i, "三级岗", 1));
    }

    byte[] pdf = contracts.render(paper("河北同心社会工作服务中心", null, posts));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
          fonts.add(resources.getFont(name));
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("+NotoSansSC-");
        });
      }
    }
    assertThat(pdf.length).as("subset, not the 10 MB font").isLessThan(250_000);
  }

  @Test
  void shouldPrintANameWithACharacterBeyondTheFont() throws IOException {
    byte[] pdf = contracts.render(paper("𠮷祥社会工作服务中心", null, List.of(
        new PostLine("𡒄村工会", "HE-SJZ-ZD-X", "初级岗", 1))));

    // The font lacks 𠮷 and 𡒄 (docs/adr/0008): the contract prints, with □ in their place.
    assertThat(text(pdf)).contains("□祥社会工作服务中心", "□村工会");
  }

  @Test
  void shouldRefuseAnAmountThatCannotBeWrittenInCapitals() {
    ContractPaper paper = paper("河北同心社会工作服务中心", null, List.of());
    ContractPaper negative = new ContractPaper(paper.contractNumber(), paper.caseNumber(), paper.purchaserName(),
        paper.purchaserCode(), paper.contractorName(), paper.contractorCreditCode(), paper.cityName(),
        paper.methodLabel(), new BigDecimal("-1.00"), paper.startsOn(), paper.endsOn(), paper.signedOn(), null,
        paper.posts());

    assertThatThrownBy(() -> contracts.render(negative)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldLeaveTheDateBlankUntilSigned() throws IOException {
    ContractPaper paper = paper("河北同心社会工作服务中心", null, List.of());
    ContractPaper unsigned = new ContractPaper(paper.contractNumber(), null, paper.purchaserName(), null,
        paper.contractorName(), paper.contractorCreditCode(), null, null, paper.amount(), paper.startsOn(),
        paper.endsOn(), null, null, paper.posts());

    assertThat(text(contracts.render(unsigned))).contains("签订日期：", "年", "合计 0").doesNotContain("null");
  }

  static ContractPaper paper(String contractor, String predecessor, List<PostLine> posts) {
    return new ContractPaper("石购合〔2026〕正定 0001", "岗购〔2026〕石家庄 0001", "正定县总工会", "HE-SJZ-ZD",
        contractor, "91130100MA0000001X", "石家庄市", "公开招标", new BigDecimal("1203456.78"),
        LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), LocalDate.of(2026, 12, 15), predecessor, posts);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
