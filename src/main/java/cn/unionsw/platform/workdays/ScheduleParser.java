package cn.unionsw.platform.workdays;

import cn.unionsw.platform.web.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one year of the State Council schedule, as CSV ({@code date,off_day,name}, the project's seed format)
 * or JSON (a list of {@code {"date","offDay","name"}}, or a {@code holiday-cn} year file
 * {@code {"year","days":[{"name","date","isOffDay"}]}}), and rejects the whole of it at the first bad row.
 */
final class ScheduleParser {

  static final String CSV_HEADER = "date,off_day,name";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScheduleParser() {
  }

  static List<SpecialDay> parseCsv(int year, String text) {
    List<String> lines = text.replace("\r", "").replace("\uFEFF", "").lines().toList();
    if (lines.isEmpty() || !lines.get(0).trim().equals(CSV_HEADER)) {
      throw invalid("第 1 行应为表头 " + CSV_HEADER + " (the first line must be the header)");
    }
    List<SpecialDay> days = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty()) {
        continue;
      }
      String row = "第 " + (i + 1) + " 行";
      String[] fields = line.split(",", -1);
      if (fields.length != 3) {
        throw invalid(row + "应有 3 列 date,off_day,name");
      }
      days.add(day(row, fields[0].trim(), fields[1].trim(), fields[2].trim()));
    }
    return validated(year, days);
  }

  static List<SpecialDay> parseJson(int year, String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw invalid("JSON 无法解析 (not valid JSON)");
    }
    JsonNode rows = root != null && root.isObject() ? root.get("days") : root;
    if (rows == null || !rows.isArray()) {
      throw invalid("JSON 应为日期数组，或含 days 数组的对象 (an array of days, or an object with \"days\")");
    }
    List<SpecialDay> days = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode node = rows.get(i);
      JsonNode off = node.has("offDay") ? node.get("offDay") : node.has("isOffDay") ? node.get("isOffDay") : node.get("off_day");
      days.add(day("第 " + (i + 1) + " 项", text(node.get("date")), off == null ? "" : off.asText(), text(node.get("name"))));
    }
    return validated(year, days);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText().trim();
  }

  private static SpecialDay day(String row, String date, String offDay, String name) {
    LocalDate parsed;
    try {
      parsed = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw invalid(row + "的日期 \"" + date + "\" 不是 YYYY-MM-DD");
    }
    if (!offDay.equals("true") && !offDay.equals("false")) {
      throw invalid(row + "的 off_day 须为 true 或 false");
    }
    if (name.isEmpty() || name.length() > 64) {
      throw invalid(row + "的名称必填，最多 64 个字符");
    }
    return new SpecialDay(parsed, Boolean.parseBoolean(offDay), name);
  }

  private static List<SpecialDay> validated(int year, List<SpecialDay> days) {
    Set<LocalDate> seen = new HashSet<>();
    for (SpecialDay day : days) {
      if (day.calendarDate().getYear() != year) {
        throw invalid(day.calendarDate() + " 不在 " + year + " 年内");
      }
      if (!seen.add(day.calendarDate())) {
        throw invalid(day.calendarDate() + " 重复出现");
      }
      // An adjusted working day (调休上班) only ever moves work onto a weekend.
      if (!day.offDay() && !WorkdayCalendar.isWeekend(day.calendarDate())) {
        throw invalid(day.calendarDate() + " 是工作日，不能登记为调休上班 (an adjusted working day must be a weekend)");
      }
    }
    return days.stream().sorted((a, b) -> a.calendarDate().compareTo(b.calendarDate())).toList();
  }

  private static Refusal invalid(String message) {
    return Refusal.invalid("schedule", message);
  }
}
