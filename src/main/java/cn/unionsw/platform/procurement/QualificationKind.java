package cn.unionsw.platform.procurement;

import java.util.Arrays;
import java.util.List;

/**
 * The Art. 18 qualifications a contractor holds, as evidence with validity dates. Every contractor needs all but the
 * HR-service licence, which a business-registered HR agency needs in addition.
 */
public enum QualificationKind {
  REGISTRATION("登记证书"),
  HR_SERVICE_LICENCE("人力资源服务许可证"),
  CREDIT("信用记录"),
  TAX("纳税记录"),
  SOCIAL_INSURANCE("社保缴纳记录");

  private final String label;

  QualificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Art. 18: what a contractor of this kind must hold to bid. */
  public static List<QualificationKind> requiredFor(ContractorKind kind) {
    return Arrays.stream(values()).filter(q -> q != HR_SERVICE_LICENCE || kind == ContractorKind.HR_AGENCY).toList();
  }
}
