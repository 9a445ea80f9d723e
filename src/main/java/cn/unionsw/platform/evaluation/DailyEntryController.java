package cn.unionsw.platform.evaluation;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/evaluations/daily}: the host unit's daily entries (Art. 25). Clerks within reach of the worker's post
 * record them; they, the reviewers within reach and the worker themself read a year's entries and their summary.
 */
@RestController
@RequestMapping("/api/evaluations/daily")
class DailyEntryController {

  private final DailyEntries entries;

  DailyEntryController(DailyEntries entries) {
    this.entries = entries;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  DailyEntry record(@RequestBody NewDailyEntry entry, Principal caller) {
    return entries.record(entry, caller.getName());
  }

  /** {@code ?workerId=&year=}: the worker's entries of that year, oldest first. */
  @GetMapping
  List<DailyEntry> entries(@RequestParam Long workerId, @RequestParam Integer year, Principal caller) {
    return entries.entries(workerId, year, caller.getName());
  }

  /** {@code ?workerId=&year=}: counts per kind, average rating per kind, attendance days per status, a paragraph. */
  @GetMapping("/summary")
  DailyEntrySummary summary(@RequestParam Long workerId, @RequestParam Integer year, Principal caller) {
    return entries.summary(workerId, year, caller.getName());
  }
}
