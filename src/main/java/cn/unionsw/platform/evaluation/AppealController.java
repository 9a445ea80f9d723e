package cn.unionsw.platform.evaluation;

import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/evaluations/appeals}: appeals against annual outcomes (Art. 28) within the caller's reach
 * ({@link AppealReads}), one appeal, and its written reply as PDF once answered. Filing and answering go through
 * the {@code evaluation-appeal} process.
 */
@RestController
@RequestMapping("/api/evaluations/appeals")
class AppealController {

  private final AppealReads reads;

  AppealController(AppealReads reads) {
    this.reads = reads;
  }

  /** Newest first; {@code year} narrows to one evaluation year. */
  @GetMapping
  List<Appeal> list(@RequestParam(required = false) String year, Principal caller) {
    return reads.within(caller.getName(), year(year));
  }

  @GetMapping("/{id}")
  Appeal one(@PathVariable String id, Principal caller) {
    return reads.one(id(id), caller.getName());
  }

  @GetMapping("/{id}/reply.pdf")
  ResponseEntity<byte[]> reply(@PathVariable String id, Principal caller) {
    long appealId = id(id);
    byte[] pdf = reads.replyPdf(appealId, caller.getName());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("申诉书面答复-" + appealId + ".pdf", StandardCharsets.UTF_8).build().toString())
        .body(pdf);
  }

  /** ASCII digits only: Long.parseLong would also read full-width and other scripts' digits. */
  static long id(String text) {
    if (text != null && text.matches("[0-9]{1,18}") && Long.parseLong(text) > 0) {
      return Long.parseLong(text);
    }
    throw Refusal.invalid("id", "申诉编号须为正整数，收到 " + Problems.quote(text));
  }

  static Integer year(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.matches("[0-9]{4}")) {
      int year = Integer.parseInt(text);
      if (year >= AppealProcess.FIRST_YEAR && year <= AppealProcess.LAST_YEAR) {
        return year;
      }
    }
    throw Refusal.invalid("year", "评价年度须为 " + AppealProcess.FIRST_YEAR + " 到 " + AppealProcess.LAST_YEAR
        + " 之间的年份，收到 " + Problems.quote(text));
  }
}
