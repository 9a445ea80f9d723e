package cn.unionsw.platform.pay;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures behind the pay guide, per region and effective date: read by anyone signed in, kept by
 * administrators. {@code region} lists a region and everything below it.
 */
@RestController
@RequestMapping("/api/pay")
class PayTablesController {

  private final PayTables tables;

  PayTablesController(PayTables tables) {
    this.tables = tables;
  }

  @GetMapping("/minimum-wages")
  List<MinimumWage> minimumWages(@RequestParam(required = false) String region) {
    return tables.minimumWages(region);
  }

  /** E.g. {@code PUT /api/pay/minimum-wages/HE-SJZ/2025-01-01 {"monthlyAmount":2380,"tierLabel":"第一档","source":"…"}}. */
  @PutMapping("/minimum-wages/{region}/{effectiveFrom}")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  MinimumWage putMinimumWage(@PathVariable String region,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
      @RequestBody MinimumWageRequest request, Principal caller) {
    return tables.saveMinimumWage(new MinimumWage(region, effectiveFrom, request.monthlyAmount(), request.tierLabel(),
        request.source(), caller.getName(), null));
  }

  @DeleteMapping("/minimum-wages/{region}/{effectiveFrom}")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteMinimumWage(@PathVariable String region,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom) {
    tables.deleteMinimumWage(region, effectiveFrom);
  }

  @GetMapping("/employer-rates")
  List<EmployerRate> employerRates(@RequestParam(required = false) String region) {
    return tables.employerRates(region);
  }

  /** E.g. {@code PUT /api/pay/employer-rates/HE-SJZ/2025-01-01 {"socialInsuranceRate":0.2650,"managementFeeRate":0.06,"source":"…"}}. */
  @PutMapping("/employer-rates/{region}/{effectiveFrom}")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  EmployerRate putEmployerRate(@PathVariable String region,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
      @RequestBody EmployerRateRequest request, Principal caller) {
    return tables.saveEmployerRate(new EmployerRate(region, effectiveFrom, request.socialInsuranceRate(),
        request.managementFeeRate(), request.source(), caller.getName(), null));
  }

  @DeleteMapping("/employer-rates/{region}/{effectiveFrom}")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteEmployerRate(@PathVariable String region,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom) {
    tables.deleteEmployerRate(region, effectiveFrom);
  }

  record MinimumWageRequest(BigDecimal monthlyAmount, String tierLabel, String source) {
  }

  record EmployerRateRequest(BigDecimal socialInsuranceRate, BigDecimal managementFeeRate, String source) {
  }
}
