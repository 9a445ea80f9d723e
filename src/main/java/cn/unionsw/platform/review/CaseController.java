package cn.unionsw.platform.review;

import cn.unionsw.platform.web.Refusal;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any declared case by its number, and its review record as rows, for whoever reaches the organisation that
 * started it (the county, its city, the province). A case out of reach is answered as not found.
 */
@RestController
class CaseController {

  private final CaseFileMapper files;
  private final ReviewRecord record;
  private final Cases cases;

  CaseController(CaseFileMapper files, ReviewRecord record, Cases cases) {
    this.files = files;
    this.record = record;
    this.cases = cases;
  }

  @GetMapping("/api/cases")
  CaseFile byNumber(@RequestParam String number, Principal caller) {
    return reachable(files.findByNumber(number), number, caller);
  }

  @GetMapping("/api/cases/{processInstanceId}/reviews")
  List<ReviewRecord.Entry> reviews(@PathVariable String processInstanceId, Principal caller) {
    reachable(files.find(processInstanceId), processInstanceId, caller);
    return record.reviews(processInstanceId);
  }

  private CaseFile reachable(CaseFile file, String asked, Principal caller) {
    return cases.inReach(file, caller.getName())
        .orElseThrow(() -> Refusal.notFound("case", "没有这个案件: " + Variable.shortened(asked)));
  }
}
