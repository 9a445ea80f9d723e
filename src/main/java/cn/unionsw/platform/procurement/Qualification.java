package cn.unionsw.platform.procurement;

import java.time.LocalDate;

/** One Art. 18 qualification: what it is, where its evidence is (document number, who holds it), when valid. */
public record Qualification(QualificationKind kind, String evidence, LocalDate validFrom, LocalDate validUntil) {

  boolean validOn(LocalDate date) {
    return !date.isBefore(validFrom) && !date.isAfter(validUntil);
  }
}
