package cn.unionsw.platform.workdays;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Working-day deadlines for BPMN expressions, so that Tasklist due dates and Cockpit timers follow the holiday
 * schedule: {@code camunda:dueDate="${workdays.after(now(), 10)}"} is the end of the 10th working day after
 * today, in the platform's time zone.
 */
@Component("workdays")
public class WorkdayExpressions {

  private static final Logger log = LoggerFactory.getLogger(WorkdayExpressions.class);
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
  private static final LocalTime START_OF_WORK = LocalTime.of(9, 0);

  private final WorkdayCalendar calendar;
  private final ZoneId zone;

  WorkdayExpressions(WorkdayCalendar calendar, @Value("${platform.time-zone:Asia/Shanghai}") String zone) {
    this.calendar = calendar;
    this.zone = ZoneId.of(zone);
  }

  /** The end of the {@code days}-th working day after {@code start} (the start day itself not counted). */
  public Date after(Date start, int days) {
    return at(start, days, END_OF_DAY);
  }

  /** 09:00 on the {@code days}-th working day after {@code start}: when a reminder that the day is due goes out. */
  public Date morningOf(Date start, int days) {
    return at(start, days, START_OF_WORK);
  }

  private Date at(Date start, int days, LocalTime time) {
    var from = start.toInstant().atZone(zone).toLocalDate();
    var addition = calendar.add(from, days);
    if (!addition.scheduleLoaded()) {
      log.warn("Deadline {} working days after {} ({}) uses the weekday rule: the holiday schedule of that year is "
          + "not loaded. Load it with PUT /api/workdays/years/{{year}}.", days, from, addition.date());
    }
    return Date.from(addition.date().atTime(time).atZone(zone).toInstant());
  }
}
