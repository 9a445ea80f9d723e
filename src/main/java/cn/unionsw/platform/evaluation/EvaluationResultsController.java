package cn.unionsw.platform.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/evaluations/results?city=HE-SJZ&year=2026}: a city's (or a county's) annual results as .xlsx. */
@RestController
class EvaluationResultsController {

  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final EvaluationResults results;

  EvaluationResultsController(EvaluationResults results) {
    this.results = results;
  }

  /** The file's Chinese name goes as RFC 5987 {@code filename*}, which every current browser reads. */
  @GetMapping("/api/evaluations/results")
  ResponseEntity<byte[]> results(@RequestParam String city, @RequestParam Integer year, Principal caller) {
    EvaluationResults.Export export = results.export(city, year, caller.getName());
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(export.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(export.workbook());
  }
}
