package cn.unionsw.platform.procurement;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Signed contracts for integration tests, without the lead's procurement round code: a round row and posts inserted
 * with SQL (the foreign keys want them), a qualified contractor registered in HE, then {@link Contracts#sign}. Posts
 * go to a township of their own under the purchaser, so that no unit's quota moves under another test. Names never
 * repeat within a run (the tests share one database).
 */
public final class ContractFixtures {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private final JdbcTemplate jdbc;
  private final Contracts contracts;
  private final ContractorRegistry registry;

  public ContractFixtures(JdbcTemplate jdbc, Contracts contracts, ContractorRegistry registry) {
    this.jdbc = jdbc;
    this.contracts = contracts;
    this.registry = registry;
  }

  /** An ACTIVE contract of {@code purchaser} (HE-SJZ-ZD, HE-SJZ-LC, HE-BD-ZZ, HE-DZ or HE-SJZ) with two posts. */
  public Contract contract(String purchaser) {
    return contract(purchaser, contractor("违约测试服务社"), new BigDecimal("1096000.00"), TODAY.minusMonths(1));
  }

  public Contract contract(String purchaser, String contractorCode, BigDecimal amount, LocalDate startsOn) {
    int n = NEXT.incrementAndGet();
    String city = purchaser.split("-").length > 2 ? purchaser.substring(0, purchaser.lastIndexOf('-')) : purchaser;
    long round = round(city, "合同测试〔" + TODAY.getYear() + "〕" + n);
    long contractorId = jdbc.queryForObject("select id from contractor where credit_code = ?", Long.class,
        contractorCode);
    return contracts.sign(new ContractTerms(round, "合同测试〔" + TODAY.getYear() + "〕" + n, purchaser, contractorId,
        amount, startsOn, posts(township(purchaser, n), 2)), 1);
  }

  /** A contractor qualified in HE from a year ago for two years; answers its credit code. */
  public String contractor(String name) {
    String code = Xlsx.creditCode(String.format("51130000CF%07d", NEXT.incrementAndGet()));
    List<Qualification> qualifications = QualificationKind.requiredFor(ContractorKind.SOCIAL_ORGANISATION).stream()
        .map(kind -> new Qualification(kind, kind.label() + " 测试", TODAY.minusYears(1), TODAY.plusYears(2)))
        .toList();
    registry.save(List.of(new Registration(code, name, ContractorKind.SOCIAL_ORGANISATION, "HE", qualifications)),
        "contract-fixtures");
    return code;
  }

  private long round(String city, String caseNumber) {
    var key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("insert into procurement_round (process_instance_id, "
          + "case_number, city_code, round_year, service_start, status, started_by, started_at) "
          + "values (?, ?, ?, ?, ?, 'AWARDED', 'contract-fixtures', ?)", Statement.RETURN_GENERATED_KEYS);
      insert.setString(1, "test-" + UUID.randomUUID());
      insert.setString(2, caseNumber);
      insert.setString(3, city);
      insert.setInt(4, TODAY.getYear());
      insert.setObject(5, TODAY);
      insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now()));
      return insert;
    }, key);
    return id(key);
  }

  /** A new township under the purchaser, for one contract's posts. */
  private String township(String purchaser, int n) {
    String code = purchaser + "-CF" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + n;
    jdbc.update("insert into org_unit (code, parent_code, name, type, legal_entity_count, employee_count, "
        + "member_count) values (?, ?, ?, 'TOWNSHIP_STREET', 50, 3000, 2800)", code, purchaser, "合同测试街道工会 " + n);
    return code;
  }

  private List<Long> posts(String unit, int count) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      var key = new GeneratedKeyHolder();
      jdbc.update(connection -> {
        PreparedStatement insert = connection.prepareStatement("insert into post (unit_code, grade, status, "
            + "created_by_instance) values (?, 'ENTRY', 'ACTIVE', 'test:contracts')", Statement.RETURN_GENERATED_KEYS);
        insert.setString(1, unit);
        return insert;
      }, key);
      ids.add(id(key));
    }
    return ids;
  }

  /** The generated id: H2 answers every defaulted column, MySQL only GENERATED_KEY. */
  private static long id(GeneratedKeyHolder key) {
    Map<String, Object> keys = key.getKeys();
    Object id = keys.size() == 1 ? keys.values().iterator().next() : keys.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("id")).findFirst().orElseThrow().getValue();
    return ((Number) id).longValue();
  }
}
