package cn.unionsw.platform.recruitment;

import static cn.unionsw.platform.recruitment.CandidateColumn.*;

import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.sheets.SheetRows.SheetRow;
import cn.unionsw.platform.sheets.SheetRows;
import cn.unionsw.platform.talent.IdentityNumber;
import cn.unionsw.platform.web.Refusal.RowError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks one row of a candidate file at a time and remembers the identity numbers seen, so that a repeat names
 * its first row. Every bad cell is one error naming its column; checks that need another cell (years against
 * age) run only once that cell is good, so one mistake is reported once. The bounds are plausibility, not
 * eligibility: {@code candidate-eligibility} applies Art. 15 later.
 */
final class CandidateCheck {

  static final int MIN_AGE = 16;
  static final int MAX_AGE = 65;
  /** Nobody works before 14 (the earliest any of these years can begin). */
  static final int WORKING_FROM = 14;
  static final int MAX_NAME = 50;
  static final Pattern UNIT_CODE_FORMAT = Pattern.compile("[A-Z0-9]{1,12}(-[A-Z0-9]{1,12}){0,4}");
  static final Pattern CERTIFICATE_SEPARATORS = Pattern.compile("[、，,;；\\s]+");
  static final Pattern PHONE_FORMAT = Pattern.compile("[0-9+()（）\\- ]{5,24}");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,3}");
  private static final Pattern NEGATIVE = Pattern.compile("[-−－][0-9.]+");

  private final Map<CandidateColumn, Integer> columns;
  private final LocalDate referenceDate;
  private final LocalDate today = LocalDate.now(IdentityNumber.CHINA);
  private final Set<String> knownCertificates;
  private final String catalogue;
  private final Map<String, Integer> firstRows = new HashMap<>();

  CandidateCheck(Map<CandidateColumn, Integer> columns, LocalDate referenceDate, Set<String> knownCertificates) {
    this.columns = columns;
    this.referenceDate = referenceDate;
    this.knownCertificates = knownCertificates;
    List<String> names = knownCertificates.stream().sorted().toList();
    this.catalogue = names.isEmpty() ? "证书目录为空" : "证书目录共 " + names.size() + " 种，如 "
        + String.join("、", names.subList(0, Math.min(4, names.size())));
  }

  /** The row as a candidate, or null when it has errors, each given to {@code errors}. */
  CandidateRow check(SheetRow row, Consumer<RowError> errors) {
    int n = row.number();
    List<RowError> found = new ArrayList<>(2);
    Consumer<RowError> add = found::add;

    String name = cell(row, NAME);
    int nameLength = name.codePointCount(0, name.length());
    if (name.isEmpty()) {
      add.accept(error(n, NAME, "姓名不能为空"));
    } else if (nameLength > MAX_NAME) {
      add.accept(error(n, NAME, "姓名不能超过 " + MAX_NAME + " 个字，实为 " + nameLength + " 个"));
    } else if (name.codePoints().anyMatch(Character::isISOControl)) {
      add.accept(error(n, NAME, "姓名含有控制字符（如换行），请删去"));
    }

    String id = IdentityNumber.normalise(cell(row, IDENTITY_NUMBER));
    String idProblem = columnIsNumber(row, IDENTITY_NUMBER)
        ? "身份证号须以文本格式填写：Excel 把 18 位数字存为数值会丢失末几位，请将该列设为“文本”后重新录入"
        : IdentityNumber.problem(id, today);
    Integer age = null;
    if (idProblem != null) {
      add.accept(error(n, IDENTITY_NUMBER, idProblem));
    } else {
      Integer first = firstRows.putIfAbsent(id, n);
      if (first != null) {
        add.accept(error(n, IDENTITY_NUMBER, "身份证号与第 " + first + " 行重复"));
      }
      int years = IdentityNumber.ageOn(id, referenceDate);
      if (years < MIN_AGE || years > MAX_AGE) {
        add.accept(new RowError(n, "age", "按身份证号，截至 " + referenceDate + " 年龄为 " + years + " 周岁，不在 "
            + MIN_AGE + " 至 " + MAX_AGE + " 周岁之间"));
      } else {
        age = years;
      }
    }

    Education education = Education.parse(cell(row, EDUCATION));
    if (education == null) {
      add.accept(error(n, EDUCATION, unknown(row, EDUCATION) + "（须为 大专以下、大专、本科、硕士、博士，或高中、中专、研究生等）"));
    }
    Integer unionWorkYears = years(row, UNION_WORK_YEARS, false, age, add);
    Integer workYears = years(row, WORK_YEARS, false, age, add);
    Integer yearsInLevel3 = years(row, YEARS_IN_LEVEL_3, true, age, add);
    Integer yearsInLevel2 = years(row, YEARS_IN_LEVEL_2, true, age, add);
    if (workYears != null) {
      notOver(n, YEARS_IN_LEVEL_3, yearsInLevel3, workYears, add);
      notOver(n, YEARS_IN_LEVEL_2, yearsInLevel2, workYears, add);
    }

    List<String> certificates = certificates(row, add);
    Boolean socialWorkBachelor = yesNo(row, SOCIAL_WORK_BACHELOR, add);
    Boolean examEligible = yesNo(row, EXAM_ELIGIBLE, add);

    String unitCode = cell(row, UNIT_CODE);
    if (unitCode.isEmpty()) {
      add.accept(error(n, UNIT_CODE, "报考单位不能为空"));
    } else if (!UNIT_CODE_FORMAT.matcher(unitCode).matches()) {
      add.accept(error(n, UNIT_CODE, "报考单位代码格式不正确：" + echo(unitCode)
          + "（如 HE-SJZ-ZD-ZDZ：大写字母和数字，以 - 分为至多 5 段）"));
    }
    Grade grade = Grade.parse(cell(row, APPLIED_GRADE));
    if (grade == null) {
      add.accept(error(n, APPLIED_GRADE, unknown(row, APPLIED_GRADE)
          + "（须为 初级岗、三级岗、二级岗、一级岗，或 ENTRY、LEVEL_3、LEVEL_2、LEVEL_1）"));
    }
    String phone = cell(row, PHONE);
    if (!phone.isEmpty() && (!PHONE_FORMAT.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 5)) {
      add.accept(error(n, PHONE, "联系电话格式不正确：" + echo(phone) + "（只用数字、空格、+、- 和括号）"));
    }

    if (!found.isEmpty()) {
      found.forEach(errors);
      return null;
    }
    return new CandidateRow(n, name, id, IdentityNumber.birthDate(id), age, education, unionWorkYears, workYears,
        certificates, socialWorkBachelor, examEligible, yearsInLevel3, yearsInLevel2, unitCode, grade,
        phone.isEmpty() ? null : phone);
  }

  /** Whole years, not negative and not beyond {@code age} − 14; blank is 0 where {@code blankIsZero}. */
  private Integer years(SheetRow row, CandidateColumn column, boolean blankIsZero, Integer age,
      Consumer<RowError> add) {
    String text = cell(row, column);
    int n = row.number();
    if (text.isEmpty()) {
      if (blankIsZero) {
        return 0;
      }
      add.accept(error(n, column, column.header() + "不能为空（没有请填 0）"));
      return null;
    }
    if (!WHOLE.matcher(text).matches()) {
      add.accept(error(n, column, column.header() + (NEGATIVE.matcher(text).matches() ? "不能为负数：" : "须为整数年：")
          + echo(text)));
      return null;
    }
    int years = Integer.parseInt(text);
    if (age != null && years > age - WORKING_FROM) {
      add.accept(error(n, column, column.header() + " " + years + " 年大于年龄减 " + WORKING_FROM + "（" + age + " − "
          + WORKING_FROM + " = " + (age - WORKING_FROM) + " 年）"));
      return null;
    }
    return years;
  }

  private static void notOver(int n, CandidateColumn column, Integer years, int workYears, Consumer<RowError> add) {
    if (years != null && years > workYears) {
      add.accept(error(n, column, column.header() + " " + years + " 年大于工作年限 " + workYears + " 年"));
    }
  }

  /** The catalogue names in the cell, each once, in order; 无 or blank for none. */
  private List<String> certificates(SheetRow row, Consumer<RowError> add) {
    Set<String> named = new LinkedHashSet<>();
    for (String part : CERTIFICATE_SEPARATORS.split(cell(row, CERTIFICATES))) {
      if (!part.isEmpty() && !part.equals("无")) {
        named.add(part);
      }
    }
    List<String> unknown = named.stream().filter(c -> !knownCertificates.contains(c)).map(CandidateCheck::echo)
        .toList();
    if (!unknown.isEmpty()) {
      add.accept(error(row.number(), CERTIFICATES, "证书不在证书目录中：" + String.join("、", unknown) + "（" + catalogue
          + "；多个证书以 、或 , 分隔，没有填 无）"));
    }
    return List.copyOf(named);
  }

  private Boolean yesNo(SheetRow row, CandidateColumn column, Consumer<RowError> add) {
    String text = cell(row, column);
    Boolean answer = yesNo(text);
    if (answer == null) {
      add.accept(error(row.number(), column, column.header() + "须填 是 或 否" + (text.isEmpty() ? "" : "：" + echo(text))));
    }
    return answer;
  }

  /** 是/否 as a spreadsheet writes it (是 Y YES TRUE 1, 否 N NO FALSE 0); null for anything else. */
  static Boolean yesNo(String text) {
    return switch (text.toUpperCase(Locale.ROOT)) {
      case "是", "Y", "YES", "TRUE", "1" -> true;
      case "否", "N", "NO", "FALSE", "0" -> false;
      default -> null;
    };
  }

  private String unknown(SheetRow row, CandidateColumn column) {
    String text = cell(row, column);
    return text.isEmpty() ? column.header() + "不能为空" : column.header() + "无法识别：" + echo(text);
  }

  private String cell(SheetRow row, CandidateColumn column) {
    Integer index = columns.get(column);
    return index == null ? "" : row.cell(index);
  }

  private boolean columnIsNumber(SheetRow row, CandidateColumn column) {
    Integer index = columns.get(column);
    return index != null && row.isNumber(index);
  }

  private static RowError error(int row, CandidateColumn column, String reason) {
    return new RowError(row, column.field(), reason);
  }

  /** A cell quoted in a reason, shortened as every sheet's reasons are. */
  static String echo(String text) {
    return SheetRows.echo(text);
  }
}
