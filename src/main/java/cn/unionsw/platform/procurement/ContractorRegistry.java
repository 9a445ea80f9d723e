package cn.unionsw.platform.procurement;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.procurement.ContractorMapper.BarRow;
import cn.unionsw.platform.procurement.ContractorMapper.QualificationRow;
import cn.unionsw.platform.procurement.ContractorMapper.Row;
import cn.unionsw.platform.web.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contractor registry (承接主体): who may bid for the post service of a province (Art. 18) and who is barred
 * there (Art. 30). Callers have been let through the door already ({@link ContractorController}); the procurement
 * process asks {@link #requireQualified} before it takes a bid.
 */
@Service
public class ContractorRegistry {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final ContractorMapper mapper;
  private final OrgService orgs;
  private final Clock clock;

  ContractorRegistry(ContractorMapper mapper, OrgService orgs, Clock clock) {
    this.mapper = mapper;
    this.orgs = orgs;
    this.clock = clock;
  }

  /** The contractors registered in a province, with their standing today (Beijing time). */
  @Transactional(readOnly = true)
  public List<Contractor> inProvince(String province) {
    return withStanding(mapper.inProvince(province), province, today());
  }

  /**
   * Registers or updates contractors with exactly the qualifications given, all or nothing. The registrations have
   * been checked ({@link RegistrationCheck}); the province must be a registered organisation.
   */
  @Transactional
  public List<Contractor> save(List<Registration> registrations, String by) {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), CHINA);
    for (Registration r : registrations) {
      requireProvince("provinceCode", r.provinceCode());
      Row existing = mapper.lock(r.creditCode()).orElse(null);
      if (existing == null) {
        mapper.insert(r, now, by);
        existing = mapper.lock(r.creditCode()).orElseThrow();
      } else {
        mapper.update(r, now, by);
      }
      mapper.deleteQualifications(existing.id());
      if (!r.qualifications().isEmpty()) {
        mapper.insertQualifications(existing.id(), r.qualifications());
      }
    }
    LocalDate today = today();
    return registrations.stream().map(r -> {
      Row row = mapper.find(r.creditCode()).orElseThrow();
      return withStanding(List.of(row), r.provinceCode(), today).get(0);
    }).toList();
  }

  /** The province a contractor is registered in, or null when it is not registered. */
  public String provinceOf(String creditCode) {
    return mapper.find(creditCode).map(Row::provinceCode).orElse(null);
  }

  /** Art. 30: bars a contractor from the whole province; once per province. */
  @Transactional
  public Bar bar(String creditCode, String province, String reason, String by) {
    Row row = mapper.lock(creditCode).orElseThrow(() -> notRegistered(creditCode));
    if (!mapper.barsIn(List.of(row.id()), province).isEmpty()) {
      throw Refusal.conflict("contractor_already_barred", "承接主体 " + creditCode + " 已在 " + province
          + " 全省范围内禁入（第三十条）");
    }
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), CHINA);
    mapper.insertBar(row.id(), province, reason, now, by);
    return new Bar(province, reason, now, by);
  }

  /**
   * Refuses a bid (Art. 18, 30) unless the contractor is registered, not barred anywhere in the province of {@code
   * orgCode} (a province, city or county code), and holds every required qualification valid on {@code onDate}.
   * The refusal names every reason.
   */
  @Transactional(readOnly = true)
  public Contractor requireQualified(String creditCode, String orgCode, LocalDate onDate) {
    if (!CreditCode.isValid(creditCode)) {
      throw Refusal.invalid("creditCode", CreditCode.problem(creditCode));
    }
    if (!Codes.isValid(orgCode)) {
      throw Refusal.invalid("provinceCode", "组织代码格式不正确");
    }
    String province = Codes.provinceOf(orgCode);
    Row row = mapper.find(creditCode).orElseThrow(() -> notRegistered(creditCode));
    Contractor contractor = withStanding(List.of(row), province, onDate).get(0);
    if (contractor.qualified()) {
      return contractor;
    }
    List<String> reasons = new ArrayList<>();
    if (contractor.barred()) {
      reasons.add("已在 " + province + " 全省范围内禁入（第三十条）：" + contractor.bar().reason());
    }
    contractor.missing().forEach(kind -> reasons.add("缺少" + kind.label()));
    contractor.qualifications().stream().filter(q -> !q.validOn(onDate))
        .forEach(q -> reasons.add(q.kind().label() + (q.validUntil().isBefore(onDate) ? "已于 " + q.validUntil()
            + " 失效" : "自 " + q.validFrom() + " 起才生效")));
    throw Refusal.conflict(contractor.barred() ? "contractor_barred" : "contractor_unqualified", "creditCode",
        "承接主体 " + creditCode + " 不具备承接资格（第十八条）：" + String.join("；", reasons));
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CHINA);
  }

  void requireProvince(String field, String province) {
    if (orgs.find(province).filter(org -> org.parentCode() == null).isEmpty()) {
      throw Refusal.invalid(field, "省级组织 " + province + " 未登记");
    }
  }

  private List<Contractor> withStanding(List<Row> rows, String province, LocalDate day) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, List<Qualification>> qualifications = mapper.qualificationsOf(ids).stream()
        .collect(Collectors.groupingBy(QualificationRow::contractorId,
            Collectors.mapping(QualificationRow::qualification, Collectors.toList())));
    Map<Long, Bar> bars = mapper.barsIn(ids, province).stream()
        .collect(Collectors.toMap(BarRow::contractorId, BarRow::bar));
    return rows.stream().map(row -> Contractor.of(row, qualifications.getOrDefault(row.id(), List.of()),
        bars.get(row.id()), day)).toList();
  }

  static Refusal notRegistered(String creditCode) {
    return Refusal.notFound("contractor", "承接主体 " + creditCode + " 未登记");
  }
}
