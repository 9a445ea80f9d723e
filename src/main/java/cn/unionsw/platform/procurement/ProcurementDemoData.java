package cn.unionsw.platform.procurement;

import cn.unionsw.platform.people.DemoDataContribution;
import cn.unionsw.platform.posts.PostImport;
import cn.unionsw.platform.posts.PostRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo only: three qualified contractors in Hebei to bid, and approved posts not yet bought in Luancheng's workers'
 * service centre and in Dingzhou's union office, loaded as posts approved before the platform, so that a purchase round of Shijiazhuang
 * or of Dingzhou has something to buy. Idempotent: nothing is loaded twice.
 */
@Component
@ConditionalOnProperty(name = "platform.demo-data.enabled", havingValue = "true")
class ProcurementDemoData implements DemoDataContribution {

  /** Posts not yet bought: unit, grade, count (the layout of PostImport). */
  static final List<String> POSTS = List.of("HE-SJZ-LC-FWZX,ENTRY,2", "HE-SJZ-LC-FWZX,LEVEL_3,1", "HE-DZ-JG,ENTRY,2",
      "HE-DZ-JG,LEVEL_3,1");

  /** Name, kind and the 17 characters before the check character of each demo contractor's credit code. */
  static final List<String[]> CONTRACTORS = List.of(
      new String[] {"河北众和社会工作服务中心", "SOCIAL_ORGANISATION", "52130100MJ0000001"},
      new String[] {"石家庄市启航社会工作服务社", "SOCIAL_ORGANISATION", "52130100MJ0000002"},
      new String[] {"河北冀才人力资源服务有限公司", "HR_AGENCY", "91130100MA0000003"});

  private final ContractorRegistry contractors;
  private final PostImport postImport;
  private final PostRegistry posts;
  private final Clock clock;

  ProcurementDemoData(ContractorRegistry contractors, PostImport postImport, PostRegistry posts, Clock clock) {
    this.contractors = contractors;
    this.postImport = postImport;
    this.posts = posts;
    this.clock = clock;
  }

  @Override
  public void load() {
    if (posts.within("HE-SJZ-LC-FWZX").isEmpty() && posts.within("HE-DZ-JG").isEmpty()) {
      postImport.replace("unit_code,grade,posts\n" + String.join("\n", POSTS), "demo");
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), PurchaseRounds.CHINA);
    List<Registration> missing = CONTRACTORS.stream()
        .map(c -> c[2] + CreditCode.checkCharacter(c[2]))
        .filter(code -> contractors.inProvince("HE").stream().noneMatch(known -> known.creditCode().equals(code)))
        .map(code -> registration(code, today))
        .toList();
    if (!missing.isEmpty()) {
      contractors.save(missing, "demo");
    }
  }

  private static Registration registration(String code, LocalDate today) {
    String[] demo = CONTRACTORS.stream().filter(c -> code.startsWith(c[2])).findFirst().orElseThrow();
    ContractorKind kind = ContractorKind.valueOf(demo[1]);
    List<Qualification> held = QualificationKind.requiredFor(kind).stream()
        .map(q -> new Qualification(q, "演示：" + q.label() + " " + code, today.minusYears(1), today.plusYears(3)))
        .toList();
    return new Registration(code, demo[0], kind, "HE", held);
  }

  static String[] codes() {
    return CONTRACTORS.stream().map(c -> c[2] + CreditCode.checkCharacter(c[2])).toArray(String[]::new);
  }

  @Override
  public String toString() {
    return "ProcurementDemoData" + Arrays.toString(codes());
  }
}
