package cn.unionsw.platform.pay;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.policy.Outcome;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/pay/quote?orgCode=&grade=&allowanceTier=[&date=][&actualMonthlyPay=][&outcome=]}: monthly pay,
 * annual cost and each level's share for a post in a unit within the caller's reach.
 */
@RestController
@RequestMapping("/api/pay")
class PayController {

  private final PayCalculator calculator;
  private final OrgAccess access;

  PayController(PayCalculator calculator, OrgAccess access) {
    this.calculator = calculator;
    this.access = access;
  }

  @GetMapping("/quote")
  PayQuote quote(@RequestParam String orgCode, @RequestParam Grade grade, @RequestParam int allowanceTier,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) BigDecimal actualMonthlyPay,
      @RequestParam(required = false) Outcome outcome, Principal caller) {
    if (!Codes.isValid(orgCode)) {
      throw Refusal.invalid("orgCode", "组织代码格式不正确: " + orgCode);
    }
    if (!access.reaches(caller.getName(), orgCode)) {
      throw Refusal.forbidden("无权查看组织 " + orgCode + " (outside your organisation)");
    }
    return calculator.quote(orgCode, grade, allowanceTier, date, actualMonthlyPay, outcome);
  }
}
