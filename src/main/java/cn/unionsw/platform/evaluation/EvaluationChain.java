package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.Organisation;
import org.springframework.stereotype.Component;

/**
 * Who evaluates a post (Art. 25-26, 28-29): the union above the post's basic unit proposes (a county; the city or a
 * directly administered city for its own posts); a county's proposals are decided by its city, a city's own posts
 * and those of Dingzhou and Xinji by that city directly; an appeal goes to the union above the proposer (上级工会:
 * the city for a county's worker, the province for a city's), and an appeal left unanswered escalates one more level.
 *
 * @param unitCode      the post's basic unit
 * @param proposerCode  the union that proposes (county, city or directly administered city)
 * @param deciderCode   the city that decides and whose participants the 30 % cap counts
 * @param appealCode    the superior union that answers an appeal
 * @param escalationCode the union an unanswered appeal escalates to; null above the province
 */
public record EvaluationChain(String unitCode, String proposerCode, String deciderCode, String appealCode,
    String escalationCode) {

  /** Reads the chain of a post's unit from the organisation tree. */
  @Component
  public static class Resolver {

    private final OrgService orgs;

    Resolver(OrgService orgs) {
      this.orgs = orgs;
    }

    public EvaluationChain of(String unitCode) {
      Organisation unit = find(unitCode);
      Organisation proposer = find(unit.parentCode());
      String decider = switch (proposer.type()) {
        case CITY, DIRECT_CITY -> proposer.code();
        case COUNTY -> proposer.parentCode();
        default -> throw new IllegalStateException("unit " + unitCode + " stands under " + proposer.type()
            + ": posts are set in basic units of a county, a city or a directly administered city");
      };
      String appeal = proposer.parentCode();
      String escalation = find(appeal).parentCode();
      return new EvaluationChain(unitCode, proposer.code(), decider, appeal, escalation);
    }

    private Organisation find(String code) {
      return orgs.find(code).orElseThrow(() -> new IllegalStateException("organisation " + code + " is not registered"));
    }
  }
}
