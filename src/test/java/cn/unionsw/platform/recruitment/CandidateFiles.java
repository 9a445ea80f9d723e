package cn.unionsw.platform.recruitment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Candidate files as an office writes them: identity numbers, rows by header, .xlsx and .csv. */
final class CandidateFiles {

  static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 3, 1);
  /** The certificates of DOMAIN.md §3, as {@code certificate-level} names them. */
  static final Set<String> CERTIFICATES = Set.of("劳动关系协调员", "人力资源管理员", "心理咨询师三级", "助理社会工作师",
      "劳动关系协调师", "人力资源管理师", "助理人力资源管理师", "心理咨询师二级", "社会工作师", "高级劳动关系协调师",
      "高级人力资源管理师", "心理咨询师一级", "高级社会工作师");
  static final List<String> HEADER = List.of("姓名", "身份证号", "学历", "工会工作年限", "工作年限", "证书",
      "社会工作专业全日制本科", "可报考职业资格", "三级岗年限", "二级岗年限", "报考单位", "报考岗位等级", "联系电话");

  private CandidateFiles() {
  }

  /** A valid candidate by header, in {@link #HEADER} order; {@code changes} (header → value) put over it. */
  static Map<String, Object> candidate(String idNumber, Object... changes) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("姓名", "王𠮷");
    row.put("身份证号", idNumber);
    row.put("学历", "本科");
    row.put("工会工作年限", 3);
    row.put("工作年限", 8);
    row.put("证书", "助理社会工作师、劳动关系协调员");
    row.put("社会工作专业全日制本科", "否");
    row.put("可报考职业资格", "是");
    row.put("三级岗年限", 3);
    row.put("二级岗年限", 0);
    row.put("报考单位", "HE-SJZ-ZD-ZDZ");
    row.put("报考岗位等级", "三级岗");
    row.put("联系电话", "13803110001");
    for (int i = 0; i < changes.length; i += 2) {
      row.put((String) changes[i], changes[i + 1]);
    }
    return row;
  }

  /** The header, then each candidate's values under it. */
  static List<List<Object>> table(List<Map<String, Object>> candidates) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(HEADER));
    for (Map<String, Object> candidate : candidates) {
      rows.add(HEADER.stream().map(candidate::get).toList());
    }
    return rows;
  }

  static byte[] candidatesXlsx(List<Map<String, Object>> candidates) {
    return xlsx(table(candidates));
  }

  /** Rows from row 1; text, numbers and dates as such, null for an empty cell. */
  static byte[] xlsx(List<? extends List<?>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "unionsw-test", "1.0");
      Worksheet sheet = workbook.newWorksheet("考生");
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          if (value instanceof Number number) {
            sheet.value(r, c, number);
          } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
          } else if (value != null) {
            sheet.value(r, c, value.toString());
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Rows as CSV lines (CRLF, as Excel writes), a cell quoted when it holds a comma, quote or line break. */
  static String csv(List<? extends List<?>> rows) {
    StringBuilder text = new StringBuilder();
    for (List<?> row : rows) {
      List<String> cells = new ArrayList<>();
      for (Object value : row) {
        String cell = value == null ? "" : value.toString();
        cells.add(cell.matches("(?s).*[,\"\r\n].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
      }
      text.append(String.join(",", cells)).append("\r\n");
    }
    return text.toString();
  }

  static byte[] candidatesCsv(List<Map<String, Object>> candidates, Charset charset, boolean bom) {
    byte[] text = csv(table(candidates)).getBytes(charset);
    if (!bom) {
      return text;
    }
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    return withBom;
  }
}
