package cn.unionsw.platform.sla;

import cn.unionsw.platform.web.Refusal;
import java.security.Principal;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sla/board?processKey=&month=}: the deadline board for the caller (Cockpit's 时限监控 plugin calls it
 * with the web apps' session; HTTP Basic works as on every {@code /api} door). {@code processKey} narrows it to one
 * process (all when left out); {@code month} ({@code YYYY-MM}) is the last month of the breach chart (this month
 * when left out).
 */
@RestController
class SlaController {

  private static final Pattern MONTH = Pattern.compile("(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])");

  private final SlaBoard board;

  SlaController(SlaBoard board) {
    this.board = board;
  }

  @GetMapping("/api/sla/board")
  SlaBoard.Board board(@RequestParam(required = false) String processKey,
      @RequestParam(required = false) String month, Principal caller) {
    return board.board(caller.getName(), processKey == null || processKey.isEmpty() ? null : processKey,
        month(month));
  }

  private static YearMonth month(String month) {
    if (month == null || month.isEmpty()) {
      return null;
    }
    if (!MONTH.matcher(month).matches()) {
      throw Refusal.invalid("month", "月份须为 YYYY-MM（如 2026-11），年份在 1900 到 2999 之间");
    }
    return YearMonth.parse(month);
  }
}
