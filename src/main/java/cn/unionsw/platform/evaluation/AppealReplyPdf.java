package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.documents.Pdf;
import cn.unionsw.platform.documents.Pdf.Align;
import cn.unionsw.platform.documents.Pdf.Column;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.policy.Outcome;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The superior union's written reply to an appeal (书面答复, Art. 28), as the worker downloads and files it: who
 * appealed against which year's outcome and why, the decision, the reply's text, the revised outcome of an upheld
 * appeal, and the answering union with the date. Set in the platform's CJK font ({@link Pdf}, ADR 0008).
 */
@Component
class AppealReplyPdf {

  static final String TITLE = "年度岗位服务质量评价申诉书面答复";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy 年 M 月 d 日");
  private static final List<Column> FACTS = List.of(new Column("", 1.3f, Align.LEFT), new Column("", 3.7f, Align.LEFT));

  private final OrgService orgs;

  AppealReplyPdf(OrgService orgs) {
    this.orgs = orgs;
  }

  byte[] render(Appeal appeal, String caseNumber, AppealDecision decision, String reply, Outcome revisedOutcome,
      LocalDateTime repliedAt) {
    String union = orgs.nameOf(appeal.reviewerCode());
    Pdf pdf = Pdf.a4(TITLE + (caseNumber == null ? "" : " " + caseNumber)).title(TITLE);
    if (caseNumber != null) {
      pdf.paragraph("申诉编号：" + caseNumber, Align.CENTER).gap(6);
    }
    pdf.paragraph(appeal.workerName() + "：");
    pdf.paragraph("　　你于 " + DAY.format(appeal.filedAt()) + " 对 " + appeal.year() + " 年度岗位服务质量评价结果提出申诉。"
        + "根据《河北省工会社会工作岗位管理办法（试行）》（冀工发〔2017〕30号）第二十八条，本会对申诉进行了复核，现书面答复如下。");
    List<List<String>> facts = new ArrayList<>();
    facts.add(List.of("申诉人", appeal.workerName()));
    facts.add(List.of("岗位所在单位", orgs.nameOf(appeal.unitCode())));
    facts.add(List.of("评价年度", appeal.year() + " 年度"));
    facts.add(List.of("原评价结果", appeal.originalOutcome().label()));
    facts.add(List.of("复核结论", decision.label()));
    if (decision == AppealDecision.UPHOLD) {
      facts.add(List.of("改判后的评价结果", revisedOutcome.label()));
    }
    pdf.block(FACTS, facts).gap(6);
    pdf.heading("一、申诉理由");
    pdf.paragraph(appeal.reason());
    pdf.heading("二、复核意见");
    pdf.paragraph(reply);
    pdf.heading("三、复核结论");
    pdf.paragraph(decision == AppealDecision.UPHOLD
        ? "　　申诉成立。你的 " + appeal.year() + " 年度评价结果由“" + appeal.originalOutcome().label() + "”改为“"
            + revisedOutcome.label() + "”，年终奖金、次年岗位津贴等按改判后的结果重新核定（第二十九条）。"
        : "　　申诉不成立，维持 " + appeal.year() + " 年度评价结果“" + appeal.originalOutcome().label() + "”。");
    pdf.gap(24);
    pdf.paragraph(union, Align.RIGHT);
    pdf.paragraph(DAY.format(repliedAt), Align.RIGHT);
    return pdf.toBytes();
  }
}
