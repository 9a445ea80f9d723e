package cn.unionsw.platform.procurement;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.procurement.RegistrationCheck.Fault;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/contractors}: the province's contractor registry. Reviewers and clerks of the province read it;
 * administrators and the provincial reviewers register contractors, one or a whole .xlsx at a time; only a
 * provincial reviewer bars one (Art. 30).
 */
@RestController
@RequestMapping("/api/contractors")
class ContractorController {

  static final int MAX_REASON = 500;

  private final ContractorRegistry registry;
  private final OrgAccess access;

  ContractorController(ContractorRegistry registry, OrgAccess access) {
    this.registry = registry;
    this.access = access;
  }

  @GetMapping
  List<Contractor> list(@RequestParam String province, Principal caller) {
    requireProvinceCode("province", province);
    Reach reach = access.reachOf(caller.getName());
    boolean ofProvince = reach.homeOrg() != null && Codes.provinceOf(reach.homeOrg()).equals(province)
        && (reach.roles().contains(Roles.REVIEWER) || reach.roles().contains(Roles.CLERK));
    if (!reach.admin() && !ofProvince) {
      throw Refusal.forbidden("只有本省的审核人员和经办人员可查看承接主体名录");
    }
    return registry.inProvince(province);
  }

  /** Registers or updates one contractor with exactly these qualifications. */
  @PutMapping("/{creditCode}")
  Contractor save(@PathVariable String creditCode, @RequestBody ContractorRequest request, Principal caller) {
    Reach reach = requireRegistrar(caller);
    Registration registration = request.registration(creditCode);
    List<Fault> faults = RegistrationCheck.faults(registration);
    if (!faults.isEmpty()) {
      throw Refusal.invalid(faults.get(0).field(), faults.get(0).reason());
    }
    requireRegistrarOf(reach, registration);
    return registry.save(List.of(registration), caller.getName()).get(0);
  }

  /** A province's register as .xlsx ({@link ContractorImport}): all of it, or nothing if any row is bad. */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  List<Contractor> importFile(@RequestParam String province, @RequestPart("file") MultipartFile file,
      Principal caller) {
    requireProvinceCode("province", province);
    Reach reach = requireRegistrar(caller);
    if (!reach.admin() && !province.equals(reach.homeOrg())) {
      throw Refusal.forbidden("只能为本省导入承接主体");
    }
    registry.requireProvince("province", province);
    List<Registration> registrations;
    try (InputStream in = file.getInputStream()) {
      registrations = ContractorImport.parse(in, province);
    } catch (IOException e) {
      throw Refusal.invalid("file", "文件无法读取");
    }
    registrations.forEach(r -> requireRegistrarOf(reach, r));
    return registry.save(registrations, caller.getName());
  }

  /** Art. 30: a provincial reviewer bars a contractor from their whole province. */
  @PostMapping("/{creditCode}/bar")
  Bar bar(@PathVariable String creditCode, @RequestBody BarRequest request, Principal caller) {
    Reach reach = access.reachOf(caller.getName());
    String province = reach.homeOrg();
    if (!reach.roles().contains(Roles.REVIEWER) || province == null || province.contains("-")) {
      throw Refusal.forbidden("只有省级审核人员可对承接主体作全省禁入（第三十条）");
    }
    requireCreditCode(creditCode);
    if (request.reason() == null || request.reason().isBlank()) {
      throw Refusal.invalid("reason", "须写明禁入理由");
    }
    if (request.reason().length() > MAX_REASON) {
      throw Refusal.invalid("reason", "禁入理由最多 " + MAX_REASON + " 个字");
    }
    return registry.bar(creditCode, province, request.reason().strip(), caller.getName());
  }

  private Reach requireRegistrar(Principal caller) {
    Reach reach = access.reachOf(caller.getName());
    String home = reach.homeOrg();
    if (!reach.admin() && !(reach.roles().contains(Roles.REVIEWER) && home != null && !home.contains("-"))) {
      throw Refusal.forbidden("只有平台管理员和省级审核人员可登记承接主体");
    }
    return reach;
  }

  /** A provincial reviewer registers in their own province, and does not move another province's contractor. */
  private void requireRegistrarOf(Reach reach, Registration registration) {
    if (reach.admin()) {
      return;
    }
    String registered = registry.provinceOf(registration.creditCode());
    if (!registration.provinceCode().equals(reach.homeOrg())
        || registered != null && !registered.equals(reach.homeOrg())) {
      throw Refusal.forbidden("只能登记本省的承接主体");
    }
  }

  private static void requireCreditCode(String creditCode) {
    String problem = CreditCode.problem(creditCode);
    if (problem != null) {
      throw Refusal.invalid("creditCode", problem);
    }
  }

  private static void requireProvinceCode(String field, String code) {
    if (!Codes.isValid(code) || code.contains("-")) {
      throw Refusal.invalid(field, "须为省级组织代码（如 HE）");
    }
  }

  /** Kinds as text, read here: Jackson would take {@code "0"} for the first constant. */
  record QualificationRequest(String kind, String evidence, LocalDate validFrom, LocalDate validUntil) {
  }

  record ContractorRequest(String name, String kind, String provinceCode, List<QualificationRequest> qualifications) {

    Registration registration(String creditCode) {
      return new Registration(creditCode, name == null ? null : name.strip(), choice(ContractorKind.class, kind),
          provinceCode, qualifications == null ? null : qualifications.stream().map(q -> q == null ? null
              : new Qualification(choice(QualificationKind.class, q.kind()),
                  q.evidence() == null ? null : q.evidence().strip(), q.validFrom(), q.validUntil())).toList());
    }
  }

  /** A constant named exactly, or null when none was sent (the check names what is missing). */
  static <E extends Enum<E>> E choice(Class<E> type, String name) {
    if (name == null) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> Refusal.invalid("kind", "须为 " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
            .collect(Collectors.joining("、")) + " 之一，收到 " + Problems.quote(name)));
  }

  record BarRequest(String reason) {
  }
}
