package cn.unionsw.platform.procurement;

import cn.unionsw.platform.orgs.Codes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What is wrong with a registration, every fault at once, in Chinese: shared by the single save and the import. */
final class RegistrationCheck {

  static final int MAX_NAME = 100;
  static final int MAX_EVIDENCE = 200;
  static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

  /** One fault: {@code qualification} is the index of the qualification at fault, or -1 for the contractor. */
  record Fault(int qualification, String field, String reason) {
  }

  private RegistrationCheck() {
  }

  static List<Fault> faults(Registration r) {
    List<Fault> faults = new ArrayList<>();
    String code = CreditCode.problem(r.creditCode());
    if (code != null) {
      faults.add(new Fault(-1, "creditCode", code));
    }
    if (r.name() == null || r.name().isBlank()) {
      faults.add(new Fault(-1, "name", "名称不能为空"));
    } else if (r.name().length() > MAX_NAME) {
      faults.add(new Fault(-1, "name", "名称最多 " + MAX_NAME + " 个字"));
    }
    if (r.kind() == null) {
      faults.add(new Fault(-1, "kind", "须注明承接主体类型：SOCIAL_ORGANISATION（社会组织）或 HR_AGENCY（人力资源服务机构）"));
    }
    if (!Codes.isValid(r.provinceCode()) || r.provinceCode().contains("-")) {
      faults.add(new Fault(-1, "provinceCode", "须为省级组织代码（如 HE）"));
    }
    if (r.qualifications() == null) {
      faults.add(new Fault(-1, "qualifications", "须列出资质（可为空列表）"));
      return faults;
    }
    Map<QualificationKind, Integer> seen = new EnumMap<>(QualificationKind.class);
    for (int i = 0; i < r.qualifications().size(); i++) {
      qualificationFaults(i, r.qualifications().get(i), seen, faults);
    }
    // Art. 18: a business-registered HR agency bids only with its HR-service licence.
    if (r.kind() == ContractorKind.HR_AGENCY && !seen.containsKey(QualificationKind.HR_SERVICE_LICENCE)) {
      faults.add(new Fault(-1, "qualifications", "人力资源服务机构须持有人力资源服务许可证（第十八条）"));
    }
    return faults;
  }

  private static void qualificationFaults(int i, Qualification q, Map<QualificationKind, Integer> seen,
      List<Fault> faults) {
    if (q == null) {
      faults.add(new Fault(i, "qualifications", "资质不能为空"));
      return;
    }
    if (q.kind() == null) {
      faults.add(new Fault(i, "qualificationKind", "资质类型未知，须为 REGISTRATION、HR_SERVICE_LICENCE、CREDIT、TAX、"
          + "SOCIAL_INSURANCE 之一"));
    } else if (seen.putIfAbsent(q.kind(), i) != null) {
      faults.add(new Fault(i, "qualificationKind", q.kind().label() + "重复"));
    }
    if (q.evidence() == null || q.evidence().isBlank()) {
      faults.add(new Fault(i, "evidence", "须注明证明材料（文书编号或存放处）"));
    } else if (q.evidence().length() > MAX_EVIDENCE) {
      faults.add(new Fault(i, "evidence", "证明材料最多 " + MAX_EVIDENCE + " 个字"));
    }
    boolean from = date(i, "validFrom", "有效期起", q.validFrom(), faults);
    boolean until = date(i, "validUntil", "有效期止", q.validUntil(), faults);
    if (from && until && q.validUntil().isBefore(q.validFrom())) {
      faults.add(new Fault(i, "validUntil", "有效期止早于有效期起"));
    }
  }

  private static boolean date(int i, String field, String label, LocalDate date, List<Fault> faults) {
    if (date == null) {
      faults.add(new Fault(i, field, label + "不能为空"));
      return false;
    }
    if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
      faults.add(new Fault(i, field, label + "须在 " + FIRST_DAY + " 至 " + LAST_DAY + " 之间"));
      return false;
    }
    return true;
  }
}
