package cn.unionsw.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.procurement.ContractMapper.ContractPost;
import cn.unionsw.platform.procurement.ContractMapper.NewContract;
import cn.unionsw.platform.procurement.ContractMapper.PostRow;
import cn.unionsw.platform.procurement.ContractMapper.Row;
import cn.unionsw.platform.web.Refusal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * {@link Contracts}' rules over a mocked mapper: three-year terms and numbers at signing, a post under one active
 * contract only, transfers and successions (status, term, pro-rata amount, number, predecessor), and what is
 * refused with which status. The database side (locks, SQL) is {@code ContractsIT}'s.
 */
class ContractsTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String OLD_CODE = Xlsx.creditCode("91130100MA0000001");
  private static final String NEW_CODE = Xlsx.creditCode("91130100MA0000002");
  private static final long OLD_CONTRACTOR = 10L;
  private static final long NEW_CONTRACTOR = 20L;

  final ContractMapper mapper = mock(ContractMapper.class);
  final ContractorMapper contractors = mock(ContractorMapper.class);
  final ContractorRegistry registry = mock(ContractorRegistry.class);
  final OrgService orgs = mock(OrgService.class);
  final OpenDefaultCases openCases = mock(OpenDefaultCases.class);
  final Map<Long, Row> rows = new HashMap<>();
  Contracts contracts;

  @BeforeEach
  void setUp() {
    // 2026-12-31 10:00 in Beijing
    Clock clock = Clock.fixed(LocalDateTime.of(2026, 12, 31, 10, 0).atZone(BEIJING).toInstant(), BEIJING);
    contracts = new Contracts(mapper, contractors, registry, new ContractChecks(orgs), openCases,
        mock(OrgAccess.class), clock);
    when(orgs.find("HE-SJZ-ZD")).thenReturn(Optional.of(new Organisation("HE-SJZ-ZD", "HE-SJZ", "正定县总工会",
        OrgType.COUNTY, null, null, null)));
    when(mapper.roundCount(anyLong())).thenReturn(1);
    when(mapper.contractorCount(anyLong())).thenReturn(1);
    when(mapper.lock(anyLong())).thenAnswer(call -> rows.containsKey((Long) call.getArgument(0))
        ? call.getArgument(0) : null);
    when(mapper.find(anyLong())).thenAnswer(call -> Optional.ofNullable(rows.get((Long) call.getArgument(0))));
    when(mapper.postsOf(anyList())).thenAnswer(call -> ((List<Long>) call.getArgument(0)).stream()
        .flatMap(id -> List.of(new ContractPost(id, 7L), new ContractPost(id, 8L)).stream()).toList());
    when(mapper.lockPosts(anyList())).thenAnswer(call -> ((List<Long>) call.getArgument(0)).stream()
        .map(id -> new PostRow(id, "HE-SJZ-ZD-ZDZ", "ACTIVE")).toList());
    when(mapper.underActiveContract(anyList(), any())).thenReturn(List.of());
    when(mapper.successorsOf(anyLong())).thenReturn(List.of());
    when(openCases.of(anyLong())).thenReturn(Optional.empty());
    when(mapper.end(anyLong(), any(), any(), anyString(), anyString())).thenAnswer(call -> {
      Row row = rows.get((Long) call.getArgument(0));
      rows.put(row.id(), with(row, call.getArgument(1), call.getArgument(2), call.getArgument(3)));
      return 1;
    });
    doAnswer(call -> {
      NewContract c = call.getArgument(0);
      c.setId(100L + rows.size());
      rows.put(c.getId(), new Row(c.getId(), c.contractNumber, c.roundId, c.purchaserCode, c.contractorId,
          c.contractorId == NEW_CONTRACTOR ? NEW_CODE : OLD_CODE, "服务社", c.amount, c.startsOn, c.endsOn,
          ContractStatus.ACTIVE, c.signedAt, c.predecessorId, null, null));
      return null;
    }).when(mapper).insert(any());
    givenQualified(NEW_CODE, NEW_CONTRACTOR);
    givenQualified(OLD_CODE, OLD_CONTRACTOR);
  }

  @Test
  void shouldSignForThreeYearsNumberedAfterTheCase() {
    Contract signed = contracts.sign(new ContractTerms(5, "采购〔2026〕石家庄 0001", "HE-SJZ-ZD", OLD_CONTRACTOR,
        new BigDecimal("1200000.00"), LocalDate.of(2026, 7, 1), List.of(8L, 7L, 8L)), 3);

    assertThat(signed.contractNumber()).isEqualTo("采购〔2026〕石家庄 0001-03");
    assertThat(signed.startsOn()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(signed.endsOn()).isEqualTo(LocalDate.of(2029, 6, 30));
    assertThat(signed.status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(signed.signedAt()).isEqualTo(LocalDateTime.of(2026, 12, 31, 10, 0));
    verify(mapper).insertPosts(signed.id(), List.of(7L, 8L));
  }

  @Test
  void shouldRefuseAPostAnotherActiveContractServes() {
    when(mapper.underActiveContract(eq(List.of(7L)), any())).thenReturn(List.of(7L));

    Refusal refusal = catchThrowableOfType(Refusal.class, () -> contracts.sign(terms(List.of(7L)), 1));

    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
    assertThat(refusal.field()).isEqualTo("postIds");
    verify(mapper, never()).insert(any());
  }

  @Test
  void shouldRefuseTermsNamingTheField() {
    assertThat(field(() -> contracts.sign(terms(List.of()), 1))).isEqualTo("postIds");
    assertThat(field(() -> contracts.sign(terms(List.of(7L)), 100))).isEqualTo("sequence");
    assertThat(field(() -> contracts.sign(new ContractTerms(5, "采购", "HE-SJZ-ZD", 1, new BigDecimal("1.001"),
        LocalDate.of(2026, 7, 1), List.of(7L)), 1))).isEqualTo("amount");
    assertThat(field(() -> contracts.sign(new ContractTerms(5, "采购", "HE-SJZ-ZD-ZDZ", 1, BigDecimal.TEN,
        LocalDate.of(2026, 7, 1), List.of(7L)), 1))).isEqualTo("purchaserCode");
    when(mapper.lockPosts(List.of(7L))).thenReturn(List.of(new PostRow(7L, "HE-SJZ-LC-LCZ", "ACTIVE")));
    assertThat(field(() -> contracts.sign(terms(List.of(7L)), 1))).isEqualTo("postIds");
  }

  @Test
  void shouldTransferTheRestOfTheTermProRataUnderTheNextNumber() {
    long old = givenContract("采购〔2026〕石家庄 0001-01", ContractStatus.ACTIVE);

    Contract successor = contracts.transfer(old, NEW_CODE, "原承接主体注销登记，无法履行合同", "zdclerk");

    assertThat(rows.get(old).status()).isEqualTo(ContractStatus.TRANSFERRED);
    assertThat(rows.get(old).endedOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    verify(mapper).end(old, ContractStatus.TRANSFERRED, LocalDate.of(2026, 12, 31), "原承接主体注销登记，无法履行合同",
        "zdclerk");
    assertThat(successor.contractNumber()).isEqualTo("采购〔2026〕石家庄 0001-01-Z1");
    assertThat(successor.predecessorId()).isEqualTo(old);
    assertThat(successor.contractorId()).isEqualTo(NEW_CONTRACTOR);
    assertThat(successor.startsOn()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(successor.endsOn()).isEqualTo(LocalDate.of(2028, 12, 31));
    assertThat(successor.amount()).isEqualTo(new BigDecimal("666970.80")); // 731 of 1,096 days
    assertThat(successor.status()).isEqualTo(ContractStatus.ACTIVE);
    var inserted = ArgumentCaptor.forClass(NewContract.class);
    verify(mapper).insert(inserted.capture());
    assertThat(inserted.getValue().successionReason).isEqualTo("原承接主体注销登记，无法履行合同");
    verify(mapper).insertPosts(successor.id(), List.of(7L, 8L));
    verify(registry).requireQualified(NEW_CODE, "HE", LocalDate.of(2026, 12, 31));
  }

  @Test
  void shouldNumberASecondTransferZ2() {
    long first = givenContract("采购〔2026〕石家庄 0001-01-Z1", ContractStatus.ACTIVE);

    assertThat(contracts.transfer(first, NEW_CODE, "再次转移", "sjzreviewer").contractNumber())
        .isEqualTo("采购〔2026〕石家庄 0001-01-Z2");
  }

  @Test
  void shouldTransferOnlyAnActiveContractToAnotherContractor() {
    long ended = givenContract("采购〔2026〕石家庄 0001-01", ContractStatus.TERMINATED);
    long active = givenContract("采购〔2026〕石家庄 0001-02", ContractStatus.ACTIVE);

    assertThat(status(() -> contracts.transfer(ended, NEW_CODE, "理由", "zdclerk"))).isEqualTo(Refusal.Kind.CONFLICT);
    Refusal same = catchThrowableOfType(Refusal.class, () -> contracts.transfer(active, OLD_CODE, "理由", "zdclerk"));
    assertThat(same.kind()).isEqualTo(Refusal.Kind.INVALID);
    assertThat(same.field()).isEqualTo("contractorCreditCode");
    assertThat(status(() -> contracts.transfer(999L, NEW_CODE, "理由", "zdclerk"))).isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(field(() -> contracts.transfer(active, NEW_CODE, " ", "zdclerk"))).isEqualTo("reason");
    assertThat(field(() -> contracts.transfer(active, "x", "理由", "zdclerk"))).isEqualTo("contractorCreditCode");
    verify(mapper, never()).insert(any());
  }

  @Test
  void shouldNameTheFieldWhenTheNewContractorIsUnqualifiedOrUnknown() {
    long active = givenContract("采购〔2026〕石家庄 0001-01", ContractStatus.ACTIVE);
    when(registry.requireQualified(eq(NEW_CODE), anyString(), any())).thenThrow(Refusal.conflict("contractor_barred",
        "creditCode", "承接主体 " + NEW_CODE + " 不具备承接资格（第十八条）"));

    Refusal barred = catchThrowableOfType(Refusal.class, () -> contracts.transfer(active, NEW_CODE, "理由", "zdclerk"));

    assertThat(barred.kind()).isEqualTo(Refusal.Kind.CONFLICT);
    assertThat(barred.error()).isEqualTo("contractor_barred");
    assertThat(barred.field()).isEqualTo("contractorCreditCode");
    assertThat(barred.getMessage()).startsWith("contractorCreditCode: 承接主体");
  }

  @Test
  void shouldNotTransferWhileADefaultCaseIsOpenOrOnTheLastDay() {
    long inCase = givenContract("采购〔2026〕石家庄 0001-01", ContractStatus.ACTIVE);
    when(openCases.of(inCase)).thenReturn(Optional.of("违约〔2026〕正定 0001"));
    long lastDay = givenContract("采购〔2023〕石家庄 0001-01", ContractStatus.ACTIVE, LocalDate.of(2024, 1, 1),
        LocalDate.of(2026, 12, 31));

    Refusal open = catchThrowableOfType(Refusal.class, () -> contracts.transfer(inCase, NEW_CODE, "理由", "zdclerk"));
    Refusal over = catchThrowableOfType(Refusal.class, () -> contracts.transfer(lastDay, NEW_CODE, "理由", "zdclerk"));

    assertThat(open.error()).isEqualTo("contract_in_default_case");
    assertThat(open.getMessage()).contains("违约〔2026〕正定 0001");
    assertThat(over.error()).isEqualTo("contract_term_over");
  }

  @Test
  void shouldTerminateAnActiveContractThenGiveItOneSuccessor() {
    long contract = givenContract("采购〔2026〕石家庄 0001-01", ContractStatus.ACTIVE);

    Contract terminated = contracts.terminate(contract, "第三十条：拒不补发薪酬", "zdclerk");
    Refusal again = catchThrowableOfType(Refusal.class, () -> contracts.terminate(contract, "再解除", "zdclerk"));
    Contract successor = contracts.succeed(contract, NEW_CODE, "转由新承接主体履行", "zdclerk");

    assertThat(terminated.status()).isEqualTo(ContractStatus.TERMINATED);
    assertThat(terminated.endReason()).isEqualTo("第三十条：拒不补发薪酬");
    assertThat(again.error()).isEqualTo("contract_not_active");
    assertThat(rows.get(contract).status()).as("stays terminated").isEqualTo(ContractStatus.TERMINATED);
    assertThat(successor.contractNumber()).isEqualTo("采购〔2026〕石家庄 0001-01-Z1");
    assertThat(successor.predecessorId()).isEqualTo(contract);
    assertThat(successor.startsOn()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(successor.amount()).isEqualTo(new BigDecimal("666970.80"));

    when(mapper.successorsOf(contract)).thenReturn(List.of(successor.id()));
    assertThat(catchThrowableOfType(Refusal.class, () -> contracts.succeed(contract, NEW_CODE, "再转", "zdclerk"))
        .error()).isEqualTo("contract_already_succeeded");
    long active = givenContract("采购〔2026〕石家庄 0001-02", ContractStatus.ACTIVE);
    assertThat(catchThrowableOfType(Refusal.class, () -> contracts.succeed(active, NEW_CODE, "转", "zdclerk"))
        .error()).isEqualTo("contract_not_terminated");
  }

  @Test
  void shouldStartTheSuccessorOnTheOldStartDateWhenTransferredBeforeService() {
    long future = givenContract("采购〔2026〕石家庄 0002-01", ContractStatus.ACTIVE, LocalDate.of(2027, 3, 1),
        LocalDate.of(2030, 2, 28));

    Contract successor = contracts.transfer(future, NEW_CODE, "中标人放弃履约", "sjzreviewer");

    assertThat(successor.startsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(successor.amount()).isEqualTo(new BigDecimal("1000000.00"));
  }

  private long givenContract(String number, ContractStatus status) {
    return givenContract(number, status, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
  }

  private long givenContract(String number, ContractStatus status, LocalDate startsOn, LocalDate endsOn) {
    long id = rows.size() + 1;
    rows.put(id, new Row(id, number, 5L, "HE-SJZ-ZD", OLD_CONTRACTOR, OLD_CODE, "原服务社",
        new BigDecimal("1000000.00"), startsOn, endsOn, status, LocalDateTime.of(2025, 12, 20, 9, 0), null,
        status == ContractStatus.ACTIVE ? null : LocalDate.of(2026, 6, 30), null));
    return id;
  }

  private void givenQualified(String code, long id) {
    when(registry.requireQualified(eq(code), anyString(), any())).thenReturn(new Contractor(code, "服务社",
        ContractorKind.SOCIAL_ORGANISATION, "HE", null, List.of(), false, null, List.of(), List.of(), true));
    when(contractors.find(code)).thenReturn(Optional.of(new ContractorMapper.Row(id, code, "服务社",
        ContractorKind.SOCIAL_ORGANISATION, "HE", null)));
  }

  private static ContractTerms terms(List<Long> posts) {
    return new ContractTerms(5, "采购〔2026〕石家庄 0001", "HE-SJZ-ZD", OLD_CONTRACTOR, new BigDecimal("1000.00"),
        LocalDate.of(2026, 7, 1), posts);
  }

  private static Row with(Row row, ContractStatus status, LocalDate endedOn, String reason) {
    return new Row(row.id(), row.contractNumber(), row.roundId(), row.purchaserCode(), row.contractorId(),
        row.contractorCreditCode(), row.contractorName(), row.amount(), row.startsOn(), row.endsOn(), status,
        row.signedAt(), row.predecessorId(), endedOn, reason);
  }

  private static String field(Runnable call) {
    return catchThrowableOfType(Refusal.class, call::run).field();
  }

  private static Refusal.Kind status(Runnable call) {
    return catchThrowableOfType(Refusal.class, call::run).kind();
  }
}
