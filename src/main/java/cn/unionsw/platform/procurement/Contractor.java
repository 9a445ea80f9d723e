package cn.unionsw.platform.procurement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A contractor in the registry with its standing on a day: {@code barred} (Art. 30, with the bar), {@code lapsed}
 * (qualifications expired or expiring within {@link #LAPSE_WARNING_DAYS} days), {@code missing} (required kinds not
 * held) and {@code qualified} (every required qualification valid that day, and not barred).
 */
public record Contractor(String creditCode, String name, ContractorKind kind, String provinceCode,
    LocalDateTime registeredAt, List<Qualification> qualifications, boolean barred, Bar bar,
    List<Qualification> lapsed, List<QualificationKind> missing, boolean qualified) {

  static final int LAPSE_WARNING_DAYS = 30;

  static Contractor of(ContractorMapper.Row row, List<Qualification> qualifications, Bar bar, LocalDate today) {
    List<Qualification> lapsed = qualifications.stream()
        .filter(q -> q.validUntil().isBefore(today.plusDays(LAPSE_WARNING_DAYS))).toList();
    List<QualificationKind> missing = QualificationKind.requiredFor(row.kind()).stream()
        .filter(kind -> qualifications.stream().noneMatch(q -> q.kind() == kind)).toList();
    boolean valid = QualificationKind.requiredFor(row.kind()).stream()
        .allMatch(kind -> qualifications.stream().anyMatch(q -> q.kind() == kind && q.validOn(today)));
    return new Contractor(row.creditCode(), row.name(), row.kind(), row.provinceCode(), row.registeredAt(),
        qualifications, bar != null, bar, lapsed, missing, valid && bar == null);
  }
}
