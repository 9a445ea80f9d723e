package cn.unionsw.platform.posts;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.posts.GradeStructureMapper.GradeShare;
import cn.unionsw.platform.web.Refusal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 13: the province presets each year the share of each grade. An approval that would push a grade above its
 * share, or further above it, in the province or in the applicant's city, is flagged to the provincial reviewer.
 */
@Service
public class GradeStructure {

  private final GradeStructureMapper mapper;
  private final PostRegistry registry;
  private final OrgService orgs;

  GradeStructure(GradeStructureMapper mapper, PostRegistry registry, OrgService orgs) {
    this.mapper = mapper;
    this.registry = registry;
    this.orgs = orgs;
  }

  public record Assessment(String summary, boolean breaks) {
  }

  /** The ceilings (per cent) a province set for a year; empty when it set none. */
  public Map<Grade, Integer> ceilings(String provinceCode, int year) {
    if (!Codes.isValid(provinceCode)) {
      throw Refusal.invalid("provinceCode", "组织代码格式不正确 (not an organisation code)");
    }
    requireYear(year);
    Map<Grade, Integer> ceilings = new EnumMap<>(Grade.class);
    mapper.find(provinceCode, year).forEach(share -> ceilings.put(share.grade(), share.maxSharePercent()));
    return ceilings;
  }

  /** Sets a year's structure: a ceiling for every grade, 0-100, adding up to at least 100. All or nothing. */
  @Transactional
  public Map<Grade, Integer> save(String provinceCode, int year, Map<Grade, Integer> ceilings) {
    if (orgs.find(provinceCode).filter(org -> org.type() == OrgType.PROVINCE).isEmpty()) {
      throw Refusal.invalid("provinceCode", provinceCode + " 不是已登记的省级工会");
    }
    requireYear(year);
    int sum = 0;
    for (Grade grade : Grade.values()) {
      Integer ceiling = ceilings.get(grade);
      if (ceiling == null || ceiling < 0 || ceiling > 100) {
        throw Refusal.invalid(grade.name(), grade.label() + "的比例上限须为 0 到 100 的整数");
      }
      sum += ceiling;
    }
    if (sum < 100) {
      throw Refusal.invalid("structure", "各等级比例上限之和为 " + sum + "%，不足 100%，无法容纳全部岗位");
    }
    mapper.delete(provinceCode, year);
    ceilings.forEach((grade, ceiling) -> mapper.insert(provinceCode, year, new GradeShare(grade, ceiling)));
    return ceilings(provinceCode, year);
  }

  private static void requireYear(int year) {
    if (year < 2000 || year > 2100) {
      throw Refusal.invalid("year", "年份须在 2000 到 2100 之间");
    }
  }

  /**
   * How the province's and the city's structure stand if this application is approved, one line per scope: every
   * grade's posts, share and ceiling, then either "符合比例" (every share within its ceiling) or the grades over
   * their ceilings, each with its standing before and whether this approval makes it worse, e.g. "…；超出上限：初级岗
   * （批准前 1 个、100.0%，本次批准加重）". The approval breaks the structure (flagged to the provincial reviewer) where
   * it makes a grade over its ceiling worse.
   */
  public Assessment assess(Application application, String provinceCode, String cityCode, int year) {
    Map<Grade, Integer> ceilings = ceilings(provinceCode, year);
    if (ceilings.isEmpty()) {
      return new Assessment(year + " 年岗位等级结构未设定，无法测算", false);
    }
    Map<Grade, Integer> delta = delta(application);
    List<String> lines = new ArrayList<>();
    boolean breaks = false;
    for (String scope : cityCode == null ? List.of(provinceCode) : List.of(provinceCode, cityCode)) {
      Map<Grade, Integer> before = registry.activeByGrade(scope);
      Map<Grade, Integer> after = new EnumMap<>(before);
      delta.forEach((grade, change) -> after.merge(grade, change, Integer::sum));
      int totalBefore = total(before);
      int total = total(after);
      List<String> grades = new ArrayList<>();
      List<String> over = new ArrayList<>();
      for (Grade grade : Grade.values()) {
        int ceiling = ceilings.get(grade);
        grades.add(String.format(Locale.ROOT, "%s %d 个（%.1f%%，上限 %d%%）", grade.label(), after.get(grade),
            share(after.get(grade), total), ceiling));
        if (isOver(after.get(grade), total, ceiling)) {
          boolean worse = excess(after.get(grade), total, ceiling) > excess(before.get(grade), totalBefore, ceiling);
          breaks |= worse;
          over.add(String.format(Locale.ROOT, "%s（批准前 %d 个、%.1f%%，%s）", grade.label(), before.get(grade),
              share(before.get(grade), totalBefore), worse ? "本次批准加重" : "本次批准未加重"));
        }
      }
      lines.add(name(scope) + "：批准后共 " + total + " 个岗位，" + String.join("、", grades)
          + (over.isEmpty() ? "；符合比例" : "；超出上限：" + String.join("、", over)));
    }
    return new Assessment(String.join("\n", lines), breaks);
  }

  /** A grade's share is over its ceiling (per cent), in whole numbers: no rounding says 40.0 % is over 40 %. */
  private static boolean isOver(int posts, int total, int ceiling) {
    return posts * 100L > (long) ceiling * total;
  }

  /**
   * How far a grade stands over its ceiling, in hundredths of a post: its posts beyond what the ceiling allows of
   * the total. An approval makes it worse where this grows: a share that rises, and also a grade that holds every
   * post and gains one more (100 % before and after, but one more post over the ceiling).
   */
  private static long excess(int posts, int total, int ceiling) {
    return posts * 100L - (long) ceiling * total;
  }

  private String name(String code) {
    return orgs.find(code).map(Organisation::name).orElse(code);
  }

  private static int total(Map<Grade, Integer> posts) {
    return posts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static double share(int posts, int total) {
    return total == 0 ? 0 : posts * 100.0 / total;
  }

  private static Map<Grade, Integer> delta(Application application) {
    Map<Grade, Integer> delta = new EnumMap<>(Grade.class);
    int n = application.requestedPosts();
    switch (application.type()) {
      case NEW -> delta.put(application.proposedGrade(), n);
      case ADJUST_GRADE -> {
        delta.merge(application.currentGrade(), -n, Integer::sum);
        delta.merge(application.proposedGrade(), n, Integer::sum);
      }
      case CANCEL -> delta.put(application.proposedGrade(), -n);
    }
    return delta;
  }
}
