package cn.unionsw.platform.procurement;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads: a contract as PDF, a purchase round as .xlsx; each to whoever may read it. */
@RestController
class PaperController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ProcurementPapers papers;

  PaperController(ProcurementPapers papers) {
    this.papers = papers;
  }

  @GetMapping("/api/procurement/contracts/{id}/pdf")
  ResponseEntity<byte[]> contract(@PathVariable long id, Principal caller) {
    return download(papers.contract(id, caller.getName()), MediaType.APPLICATION_PDF);
  }

  @GetMapping("/api/procurement/rounds/{id}/workbook")
  ResponseEntity<byte[]> round(@PathVariable String id, Principal caller) {
    return download(papers.round(RoundReads.id(id), caller.getName()), XLSX);
  }

  private static ResponseEntity<byte[]> download(ProcurementPapers.Paper paper, MediaType type) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(paper.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(paper.bytes());
  }
}
