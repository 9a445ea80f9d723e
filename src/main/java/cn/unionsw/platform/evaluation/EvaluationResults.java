package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A city's annual results as .xlsx ({@link EvaluationResultsSheet}), for the reviewers and clerks who reach the city
 * (its own, the province's) and administrators; a county's clerks and reviewers export their county's rows by naming
 * the county instead. The 30 % line of a whole city counts the participants of its round (Art. 26).
 */
@Service
public class EvaluationResults {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  private static final Set<OrgType> SCOPES = Set.of(OrgType.CITY, OrgType.DIRECT_CITY, OrgType.COUNTY);

  /** The workbook and the name it is downloaded under. */
  public record Export(String fileName, byte[] workbook) {
  }

  private final EvaluationResultsMapper mapper;
  private final OrgService orgs;
  private final OrgAccess access;

  EvaluationResults(EvaluationResultsMapper mapper, OrgService orgs, OrgAccess access) {
    this.mapper = mapper;
    this.orgs = orgs;
    this.access = access;
  }

  /** {@code city}: a city, a directly administered city, or a county; {@code year} the year evaluated. */
  @Transactional(readOnly = true)
  public Export export(String city, int year, String userId) {
    Reach reach = access.reachOf(userId);
    if (!reach.admin() && !reach.roles().contains(Roles.CLERK) && !reach.roles().contains(Roles.REVIEWER)) {
      throw Refusal.forbidden("只有审核人员和经办人员可以导出年度评价结果");
    }
    if (!Codes.isValid(city)) {
      throw Refusal.invalid("city", "组织代码格式应为 HE-SJZ，收到 " + Problems.quote(city));
    }
    Organisation scope = orgs.find(city).filter(org -> SCOPES.contains(org.type()))
        .orElseThrow(() -> Refusal.invalid("city", "须为已登记的市、省直管市或县（市、区）总工会，收到 " + city));
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw Refusal.invalid("year", "须为 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间的年份，收到 " + year);
    }
    if (!reach.includes(scope.code())) {
      throw Refusal.forbidden("无权导出" + scope.name() + "的年度评价结果");
    }
    Integer participants = scope.type() == OrgType.COUNTY ? null : mapper.participants(scope.code(), year);
    byte[] workbook = EvaluationResultsSheet.write(scope.name() + " " + year + " 年度工会社会工作岗位服务质量评价结果",
        mapper.within(scope.code(), year), participants);
    return new Export(scope.name() + year + "年度服务质量评价结果.xlsx", workbook);
  }
}
