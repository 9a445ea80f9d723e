package cn.unionsw.platform.talent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What can be said of a new worker without the database: each fault names the {@link NewWorker} property at fault,
 * in Chinese, so that an API names the field and an import the cell. The post, the contract and the account are
 * checked against the database by {@link TalentDatabase}.
 */
final class WorkerCheck {

  static final int MAX_NAME = 50;
  static final int MAX_CERTIFICATE = 40;
  static final int MAX_CERTIFICATES = 20;
  static final int MAX_CONTRACTOR_NAME = 100;
  static final int MAX_REASON = 500;
  static final int MAX_DETAIL = 2000;
  /** Nobody takes a post before 16 (the Labour Law's working age). */
  static final int WORKING_AGE = 16;
  /** Camunda user ids as the platform creates them. */
  static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

  record Fault(String field, String reason) {
  }

  private WorkerCheck() {
  }

  static List<Fault> faults(NewWorker w, LocalDate today) {
    List<Fault> faults = new ArrayList<>();
    String id = IdentityNumber.normalise(w.identityNumber());
    String idProblem = IdentityNumber.problem(id, today);
    if (idProblem != null) {
      faults.add(new Fault("identityNumber", idProblem));
    }
    String nameProblem = text("姓名", w.name(), MAX_NAME);
    if (nameProblem != null) {
      faults.add(new Fault("name", nameProblem));
    }
    if (w.education() == null) {
      faults.add(new Fault("education", "学历不能为空"));
    }
    for (String certificate : w.certificates()) {
      String problem = certificate.contains(TalentDatabase.SEPARATOR) ? "证书名称中不能有「、」（它分隔证书）"
          : text("证书名称", certificate, MAX_CERTIFICATE);
      if (problem != null) {
        faults.add(new Fault("certificates", problem));
        break;
      }
    }
    if (w.certificates().size() > MAX_CERTIFICATES) {
      faults.add(new Fault("certificates", "证书最多 " + MAX_CERTIFICATES + " 项，实为 " + w.certificates().size() + " 项"));
    }
    if (w.grade() == null) {
      faults.add(new Fault("grade", "岗位等级不能为空"));
    }
    if (w.source() == null) {
      faults.add(new Fault("source", "来源不能为空"));
    }
    if (w.onPostSince() == null) {
      faults.add(new Fault("onPostSince", "上岗日期不能为空"));
    } else if (w.onPostSince().isAfter(today)) {
      faults.add(new Fault("onPostSince", "上岗日期 " + w.onPostSince() + " 晚于今天"));
    } else if (idProblem == null && w.onPostSince().isBefore(IdentityNumber.birthDate(id).plusYears(WORKING_AGE))) {
      faults.add(new Fault("onPostSince", "上岗日期 " + w.onPostSince() + " 时未满 " + WORKING_AGE + " 周岁"));
    }
    contract(w, faults);
    if (w.userId() != null && !USER_ID.matcher(w.userId()).matches()) {
      faults.add(new Fault("userId", "平台账号只能由字母、数字和 . _ @ - 组成，至多 64 个字符"));
    }
    return faults;
  }

  /** A pre-platform contract is named by its contractor and dates, all three or none; a signed one by its id. */
  private static void contract(NewWorker w, List<Fault> faults) {
    if (w.contractId() != null) {
      return; // its contractor and term are the contract's
    }
    boolean named = w.contractorName() != null;
    boolean starts = w.contractStartsOn() != null;
    boolean ends = w.contractEndsOn() != null;
    if (named) {
      String problem = text("承接主体名称", w.contractorName(), MAX_CONTRACTOR_NAME);
      if (problem != null) {
        faults.add(new Fault("contractorName", problem));
      }
    }
    if (named || starts || ends) {
      if (!named) {
        faults.add(new Fault("contractorName", "填写了合同日期，须同时填写承接主体"));
      }
      if (!starts) {
        faults.add(new Fault("contractStartsOn", "填写了承接主体，须同时填写合同起始日期"));
      }
      if (!ends) {
        faults.add(new Fault("contractEndsOn", "填写了承接主体，须同时填写合同终止日期"));
      }
    }
    if (starts && ends && w.contractEndsOn().isBefore(w.contractStartsOn())) {
      faults.add(new Fault("contractEndsOn", "合同终止日期 " + w.contractEndsOn() + " 早于起始日期 "
          + w.contractStartsOn()));
    }
  }

  /** Why a text is not 1 to {@code max} characters (𠮷 counted as one) without control characters, or null. */
  static String text(String what, String text, int max) {
    if (text == null || text.isBlank()) {
      return what + "不能为空";
    }
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      return what + "不能超过 " + max + " 个字，实为 " + length + " 个";
    }
    if (text.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE)) {
      return what + "含有控制字符或残缺字符，请删去";
    }
    return null;
  }
}
