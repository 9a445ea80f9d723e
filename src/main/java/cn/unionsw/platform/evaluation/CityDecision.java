package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.review.Variable;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.EngineTime;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city decides one proposer's evaluations (Art. 26): only once every one of them is proposed; EXCELLENT only for
 * those ticked among the workers suggested EXCELLENT (the Art. 27 bars always hold), and at most 30 % of the round's
 * participants in all, counted under the round's lock so that two proposers decided at once cannot both take the
 * last place; an unticked EXCELLENT suggestion becomes QUALIFIED, the rest take the suggestion. The decided
 * instances move on by one engine batch.
 */
@Service
public class CityDecision {

  /** Art. 26: excellent ≤ 30 % of the round's participants. */
  static final int EXCELLENT_PERCENT = 30;
  /** Ends the decision form's proposals when they do not fit in one text variable. */
  static final String MORE = "\n……（其余见年度评价列表）";

  private final EvaluationRoundMapper rounds;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ZoneId zone;

  CityDecision(EvaluationRoundMapper rounds, RuntimeService runtime, IdentityService identity,
      @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.rounds = rounds;
    this.runtime = runtime;
    this.identity = identity;
    this.zone = ZoneId.of(zone);
  }

  /** Art. 26: the most EXCELLENT a round of that many participants may grant. */
  static int cap(int participants) {
    return participants * EXCELLENT_PERCENT / 100;
  }

  /**
   * Art. 26, for the city's decision and for an appeal upheld as EXCELLENT alike: {@code asked} more EXCELLENT beside
   * the {@code already} standing in the round (read under the round's lock) must stay within the cap.
   */
  static void requireWithinCap(EvaluationRoundMapper.Round round, int already, int asked, String field) {
    int cap = cap(round.participants());
    if (already + asked > cap) {
      throw Refusal.conflict("excellent_cap", field, "优秀等次不得超过参评人数的 " + EXCELLENT_PERCENT + "%：参评 "
          + round.participants() + " 人，至多 " + cap + " 人，已评定 " + already + " 人，本次拟评定 " + asked + " 人");
    }
  }

  /** One option of the decision form's checklist: a worker suggested EXCELLENT. */
  public record Option(String label, String value) {
  }

  /** The proposer's workers suggested EXCELLENT, for the checklist (value: the evaluation's id). */
  public List<Option> options(long roundId, String proposerCode) {
    return rounds.proposals(roundId, proposerCode).stream()
        .filter(p -> p.status() == EvaluationStatus.PROPOSED && p.suggestedOutcome() == Outcome.EXCELLENT)
        .map(p -> new Option(p.workerName() + "（" + p.unitName() + "，得分 " + number(p.score()) + "）",
            String.valueOf(p.id())))
        .toList();
  }

  /** The proposer's proposals in words, one line per worker, for the decision form. */
  public String proposals(long roundId, String proposerCode) {
    StringBuilder text = new StringBuilder();
    int pending = 0;
    for (EvaluationRoundMapper.Proposal p : rounds.proposals(roundId, proposerCode)) {
      if (p.status() == EvaluationStatus.STARTED) {
        pending++;
        text.append(p.workerName()).append("｜").append(p.unitName()).append("｜尚未提出评价意见\n");
      } else {
        text.append(p.workerName()).append("｜").append(p.unitName()).append("｜得分 ").append(number(p.score()))
            .append("｜满意率 ").append(number(p.satisfactionRate())).append("%｜建议等次 ")
            .append(p.suggestedOutcome() == null ? "—" : p.suggestedOutcome().label()).append('\n');
      }
    }
    String lines = text.toString().stripTrailing();
    String head = pending > 0 ? "尚有 " + pending + " 名社工的评价意见未提出，全部提出后才能审定。\n" : "";
    String all = head + lines;
    if (all.length() <= Variable.MAX_TEXT) {
      return all;
    }
    // The marker within the limit too (a text variable of more is refused), and no character cut in two.
    int cut = Variable.MAX_TEXT - MORE.length();
    if (Character.isLowSurrogate(all.charAt(cut))) {
      cut--;
    }
    return all.substring(0, cut) + MORE;
  }

  /**
   * Decides every evaluation of the proposer in the round, as {@code by}, now; {@code granted} are the evaluations
   * ticked EXCELLENT. Answers how many were decided.
   */
  @Transactional
  public int decide(long roundId, String proposerCode, List<String> granted, String by) {
    EvaluationRoundMapper.Round round = rounds.lock(roundId).orElseThrow(() ->
        new IllegalStateException("round " + roundId + " is gone"));
    int pending = rounds.notProposed(roundId, proposerCode);
    if (pending > 0) {
      throw Refusal.conflict("proposals_pending", "尚有 " + pending + " 名社工的评价意见未提出，全部提出后才能审定");
    }
    Set<String> allowed = options(roundId, proposerCode).stream().map(Option::value).collect(Collectors.toSet());
    List<String> ticked = granted == null ? List.of() : granted;
    List<String> strangers = ticked.stream().filter(id -> !allowed.contains(id)).toList();
    if (!strangers.isEmpty()) {
      throw Refusal.invalid(EvaluationRoundProcess.Vars.EXCELLENT_GRANTED.name(), "只能从建议为优秀的社工中评定优秀"
          + "（第二十七条的情形不得评为优秀），不在其中：" + Problems.quote(String.join("、", strangers)));
    }
    requireWithinCap(round, rounds.excellentDecided(roundId), ticked.size(),
        EvaluationRoundProcess.Vars.EXCELLENT_GRANTED.name());
    List<String> instances = rounds.proposedInstances(roundId, proposerCode);
    List<Long> ids = ticked.stream().map(Long::valueOf).toList();
    int decided = rounds.decide(roundId, proposerCode, ids, by, now());
    if (!instances.isEmpty()) {
      AsPlatform.run(identity, () -> runtime.createMessageCorrelationAsync(EvaluationProcess.DECIDED_MESSAGE)
          .processInstanceIds(instances).correlateAllAsync());
    }
    return decided;
  }

  /** The checklist's options as form-js reads a valuesKey: [{label, value}]. */
  static List<Map<String, String>> asValues(List<Option> options) {
    List<Map<String, String>> values = new ArrayList<>();
    for (Option option : options) {
      Map<String, String> value = new LinkedHashMap<>();
      value.put("label", option.label());
      value.put("value", option.value());
      values.add(value);
    }
    return values;
  }

  private static String number(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }

  private LocalDateTime now() {
    return EngineTime.now(zone);
  }
}
