package cn.unionsw.platform.procurement;

import cn.unionsw.platform.documents.CapitalAmount;
import cn.unionsw.platform.documents.Pdf;
import cn.unionsw.platform.documents.Pdf.Align;
import cn.unionsw.platform.documents.Pdf.Column;
import cn.unionsw.platform.procurement.ContractPaper.PostLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The purchase-service contract as the purchaser and the contractor sign it (购买工会社会工作岗位服务合同, Art. 21 (三)):
 * the parties, the posts, the amount in figures and in capitals, the term, payment, rights and duties, liability,
 * and the signature blocks. The clauses cite the Hebei measures (冀工发〔2017〕30号), the platform's default policy
 * pack: no subcontracting (Art. 21), pay not below the provincial guide and social insurance on time (Art. 31),
 * correction, termination and the province-wide bar when either is not paid (Art. 30), and the transfer of a
 * contract the contractor cannot perform (Art. 22), whose successor says which contract it continues.
 */
@Component
class ContractPdf {

  static final String TITLE = "购买工会社会工作岗位服务合同";
  static final String MEASURES = "《河北省工会社会工作岗位管理办法（试行）》（冀工发〔2017〕30号，以下简称《管理办法》）";

  private static final List<Column> PARTIES = List.of(new Column("", 1.3f, Align.LEFT),
      new Column("", 3.7f, Align.LEFT));
  private static final List<Column> POSTS = List.of(new Column("序号", 0.6f, Align.CENTER),
      new Column("单位", 3.2f, Align.LEFT), new Column("单位代码", 1.8f, Align.LEFT),
      new Column("岗位等级", 1.1f, Align.CENTER), new Column("数量（个）", 1f, Align.RIGHT));
  private static final List<Column> SIGNATURES = List.of(new Column("", 1, Align.LEFT),
      new Column("", 1, Align.LEFT));

  /** The contract as a PDF; refuses an amount that cannot be written in capitals (see {@link CapitalAmount}). */
  byte[] render(ContractPaper paper) {
    String capitals = CapitalAmount.of(paper.amount());
    Pdf pdf = Pdf.a4(TITLE + " " + paper.contractNumber()).title(TITLE);
    pdf.paragraph("合同编号：" + paper.contractNumber() + (paper.caseNumber() == null ? ""
        : "　　项目编号：" + paper.caseNumber()), Align.CENTER).gap(6);
    pdf.block(PARTIES, parties(paper)).gap(6);
    pdf.paragraph("　　根据《中华人民共和国民法典》《中华人民共和国政府采购法》和" + MEASURES + "，甲方通过"
        + orEmpty(paper.methodLabel()) + "方式确定乙方为工会社会工作岗位服务的承接主体。双方经平等协商，订立本合同。");
    if (paper.predecessorNumber() != null) {
      pdf.paragraph("　　本合同承接合同 " + paper.predecessorNumber() + " 的剩余服务期（第二十二条）。原承接主体无法履行该合同，"
          + "甲方依《管理办法》第二十二条将其权利和义务转移给乙方。");
    }

    pdf.heading("第一条　服务内容");
    pdf.paragraph("　　乙方为甲方下列经省总工会核定的工会社会工作岗位提供岗位服务：按岗位所需条件招聘工会社会工作者"
        + "（以下简称工会社工），与其依法签订劳动合同，负责其薪酬发放、社会保险缴纳和日常管理。");
    pdf.table(POSTS, postRows(paper.posts())).gap(4);
    pdf.paragraph("　　乙方按《管理办法》第二十一条组织报名审核、工会实务能力测试、面试和体检，市级工会全程监督；"
        + "人员确定后由甲方组织岗位培训，工会社工经培训后上岗。");
    pdf.paragraph("　　乙方应自行履行本合同，不得将本合同项下的服务转包、分包给任何第三方。");

    pdf.heading("第二条　服务期限");
    pdf.paragraph("　　" + (paper.predecessorNumber() == null ? "服务期限三年，" : "服务期限为原合同的剩余服务期，")
        + "自 " + date(paper.startsOn()) + " 起至 " + date(paper.endsOn()) + " 止。");

    pdf.heading("第三条　合同金额及支付方式");
    pdf.paragraph("　　合同金额为人民币 " + yuan(paper.amount()) + " 元（大写：" + capitals + "），为服务期内全部岗位的"
        + "服务费用，包括工会社工的岗位薪酬、单位缴纳的社会保险费和乙方的管理费。");
    pdf.paragraph("　　甲方按季度向乙方支付服务费用，于每季度首月内支付当季费用；岗位空缺期间的费用按实际在岗人数和时间核减。"
        + "乙方收款时应向甲方开具合法票据。");

    pdf.heading("第四条　甲方的权利和义务");
    pdf.paragraph("　　（一）甲方有权监督乙方的招聘、管理和岗位服务，有权查阅工会社工的薪酬发放和社会保险缴纳记录。");
    pdf.paragraph("　　（二）甲方负责组织岗位服务质量的日常评价和年度评价（《管理办法》第二十三条至第二十九条），"
        + "并将评价结果书面告知乙方。");
    pdf.paragraph("　　（三）甲方应按约定及时足额支付服务费用，并为工会社工提供必要的工作条件。");

    pdf.heading("第五条　乙方的权利和义务");
    pdf.paragraph("　　（一）乙方有权按约定收取服务费用。");
    pdf.paragraph("　　（二）乙方应按照不低于省总工会岗位薪酬指导标准，按时足额向工会社工发放岗位薪酬"
        + "（《管理办法》第三十一条），并依法按时足额为其缴纳社会保险费。");
    pdf.paragraph("　　（三）乙方应根据年度评价结果发放年终奖金、调整岗位津贴，对评价为基本合格的工会社工组织再培训，"
        + "对应予更换的工会社工及时更换（《管理办法》第二十九条）。");
    pdf.paragraph("　　（四）乙方应服从甲方的业务管理，如实报告人员变动，不得将服务转包、分包。");

    pdf.heading("第六条　违约责任");
    pdf.paragraph("　　（一）乙方不按时、足额为工会社工发放薪酬、缴纳社会保险的，甲方责令其改正；拒不改正的，甲方解除本合同，"
        + "追究有关人员的法律责任，省总工会在全省范围内取消乙方承接工会社会工作岗位服务有关项目的资格"
        + "（《管理办法》第三十条）。");
    pdf.paragraph("　　（二）乙方转包、分包本合同项下服务的，甲方有权解除本合同，乙方赔偿由此造成的损失。");
    pdf.paragraph("　　（三）甲方无正当理由逾期支付服务费用的，应承担相应的违约责任。");

    pdf.heading("第七条　合同权利和义务的转移");
    pdf.paragraph("　　乙方无法履行本合同的，应立即书面告知甲方。甲方依法做好合同权利和义务的转移工作（《管理办法》"
        + "第二十二条），由新的承接主体承接剩余服务期；乙方应配合完成工会社工劳动关系、资料和费用的交接，"
        + "交接完成前不得停发薪酬或停缴社会保险。");

    pdf.heading("第八条　争议解决");
    pdf.paragraph("　　因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。");

    pdf.heading("第九条　其他");
    pdf.paragraph("　　本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式肆份，甲乙双方各执贰份，"
        + "具有同等法律效力。未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。");

    pdf.gap(18).block(SIGNATURES, signatures(paper));
    return pdf.toBytes();
  }

  private static List<List<String>> parties(ContractPaper paper) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("甲方（购买主体）：", paper.purchaserName()
        + (paper.purchaserCode() == null ? "" : "（单位代码 " + paper.purchaserCode() + "）")));
    rows.add(List.of("乙方（承接主体）：", paper.contractorName()));
    rows.add(List.of("统一社会信用代码：", paper.contractorCreditCode()));
    rows.add(List.of("采购方式：", orEmpty(paper.methodLabel()) + (paper.cityName() == null ? ""
        : "（" + paper.cityName() + "集中采购，《管理办法》第二十一条）")));
    return rows;
  }

  private static List<List<String>> postRows(List<PostLine> posts) {
    List<List<String>> rows = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < posts.size(); i++) {
      PostLine post = posts.get(i);
      rows.add(List.of(String.valueOf(i + 1), orEmpty(post.unitName()), orEmpty(post.unitCode()),
          orEmpty(post.gradeLabel()), String.valueOf(post.count())));
      total += post.count();
    }
    rows.add(List.of("合计", "", "", "", String.valueOf(total)));
    return rows;
  }

  private static List<List<String>> signatures(ContractPaper paper) {
    String signed = paper.signedOn() == null ? "　　　　年　　月　　日" : date(paper.signedOn());
    return List.of(
        List.of("甲方（盖章）：" + paper.purchaserName(), "乙方（盖章）：" + paper.contractorName()),
        List.of("", ""),
        List.of("法定代表人或授权代表（签字）：", "法定代表人或授权代表（签字）："),
        List.of("", ""),
        List.of("签订日期：" + signed, "签订日期：" + signed));
  }

  /** 2026年1月1日, as dates are written in Chinese documents. */
  static String date(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** 1,203,456.78: yuan with thousands separators and the fen. */
  static String yuan(BigDecimal amount) {
    return new DecimalFormat("#,##0.00").format(amount.setScale(2, RoundingMode.UNNECESSARY));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
