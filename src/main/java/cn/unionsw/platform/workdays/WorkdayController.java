package cn.unionsw.platform.workdays;

import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.workdays.WorkdayCalendar.Addition;
import cn.unionsw.platform.workdays.WorkdayCalendar.DayInfo;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working days by the State Council schedule (CONTRACT.md "Working days"). */
@RestController
@RequestMapping("/api/workdays")
class WorkdayController {

  private final WorkdayCalendar calendar;

  WorkdayController(WorkdayCalendar calendar) {
    this.calendar = calendar;
  }

  @GetMapping("/add")
  Addition add(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam int days) {
    return calendar.add(from, days);
  }

  @GetMapping("/years")
  List<LoadedYear> years() {
    return calendar.years();
  }

  @GetMapping("/{date}")
  DayInfo day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    return calendar.day(date);
  }

  /**
   * Loads or replaces a year's schedule (administrators), e.g. when the State Council publishes next year's in
   * November. CSV ({@code date,off_day,name}) or JSON; validated whole before anything is written.
   */
  @PutMapping(path = "/years/{year}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE})
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  LoadedYear load(@PathVariable int year, @RequestBody String body,
      @RequestHeader(value = "Content-Type") String contentType, Principal caller) {
    if (year < 2000 || year > 2100) {
      throw Refusal.invalid("year", "年份须在 2000 到 2100 之间");
    }
    boolean json = MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON);
    List<SpecialDay> days = json ? ScheduleParser.parseJson(year, body) : ScheduleParser.parseCsv(year, body);
    return calendar.replaceYear(year, days, "api:" + (json ? "json" : "csv"), caller.getName());
  }
}
