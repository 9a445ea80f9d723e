package cn.unionsw.platform.procurement;

import cn.unionsw.platform.procurement.ScoringRequest.ExpertScores;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation panel's scores of one bid as a clerk copies them from the signed score sheet: for capability,
 * quality and benefit one line each, one 0–100 score per expert in the panel's order, separated by spaces, commas
 * or 、 ("85 90 88.5"). Every line names the same experts.
 */
final class ExpertSheet {

  static final int MAX_EXPERTS = 25;

  private ExpertSheet() {
  }

  static List<ExpertScores> parse(String capability, String quality, String benefit) {
    List<BigDecimal> c = line(ProcurementProcess.Vars.CAPABILITY_SCORES.name(), "能力", capability);
    List<BigDecimal> q = line(ProcurementProcess.Vars.QUALITY_SCORES.name(), "质量", quality);
    List<BigDecimal> b = line(ProcurementProcess.Vars.BENEFIT_SCORES.name(), "效益", benefit);
    if (q.size() != c.size() || b.size() != c.size()) {
      // The line that differs from the other two is the one to correct (the last, when all three differ).
      String odd = q.size() == b.size() ? ProcurementProcess.Vars.CAPABILITY_SCORES.name()
          : c.size() == b.size() ? ProcurementProcess.Vars.QUALITY_SCORES.name()
          : ProcurementProcess.Vars.BENEFIT_SCORES.name();
      throw Refusal.invalid(odd, "每位专家对能力、质量、效益各打一个分：能力 " + c.size()
          + " 个，质量 " + q.size() + " 个，效益 " + b.size() + " 个");
    }
    List<ExpertScores> scores = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      scores.add(new ExpertScores(c.get(i), q.get(i), b.get(i)));
    }
    return scores;
  }

  private static List<BigDecimal> line(String field, String label, String text) {
    if (text == null || text.isBlank()) {
      throw Refusal.invalid(field, "须填写各位专家的" + label + "评分（0–100，用空格分隔）");
    }
    String[] parts = text.strip().split("[\\s,，、;；]+");
    if (parts.length > MAX_EXPERTS) {
      throw Refusal.invalid(field, "评审专家最多 " + MAX_EXPERTS + " 位，收到 " + parts.length + " 个分数");
    }
    List<BigDecimal> scores = new ArrayList<>();
    for (String part : parts) {
      // Digits as the sheet writes them: no exponent, sign or other scripts' digits (BigDecimal reads all three).
      if (!part.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
        throw Refusal.invalid(field, label + "评分 " + Problems.quote(part) + " 不是 0–100 的数字（最多两位小数）");
      }
      BigDecimal score = new BigDecimal(part);
      if (score.compareTo(BidScoring.HUNDRED) > 0) {
        throw Refusal.invalid(field, label + "评分须在 0–100 之间，最多两位小数，收到 " + Problems.quote(part));
      }
      scores.add(score);
    }
    return scores;
  }
}
