package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.policy.Education;
import cn.unionsw.platform.policy.Grade;
import java.time.LocalDate;
import java.util.List;

/**
 * One candidate as a file lists them, checked: {@code row} is the row number the user's spreadsheet shows, the
 * identity number is normalised (upper-case X), birth date and age (full years on the file's reference date) come
 * from it, and the certificates are the catalogue's names in the order written. The facts that
 * {@code candidate-eligibility}, {@code certificate-level} and {@code grade-eligibility} take (Art. 15); whether
 * the candidate meets them is theirs to say, not the file's.
 */
public record CandidateRow(int row, String name, String identityNumber, LocalDate birthDate, int age,
    Education education, int unionWorkYears, int workYears, List<String> certificates, boolean socialWorkBachelor,
    boolean examEligible, int yearsInLevel3, int yearsInLevel2, String unitCode, Grade appliedGrade, String phone) {

  public CandidateRow {
    certificates = List.copyOf(certificates);
  }
}
