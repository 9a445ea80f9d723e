package cn.unionsw.platform.procurement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Contractor registers as a union office files them, written with the same library the platform reads them with. */
public final class Xlsx {

  private Xlsx() {
  }

  /** A register: the header row, then these rows (text, numbers or dates, which become Excel dates). */
  public static byte[] register(List<List<Object>> rows) {
    List<List<Object>> all = new ArrayList<>();
    all.add(new ArrayList<>(ContractorImport.HEADER));
    all.addAll(rows);
    return sheet(all);
  }

  public static byte[] sheet(List<List<Object>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "unionsw-test", "1.0");
      Worksheet sheet = workbook.newWorksheet("承接主体资质");
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("yyyy-mm-dd").set();
          } else if (value instanceof Number number) {
            sheet.value(r, c, number);
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

  /** A valid credit code: these 17 characters and their GB 32100-2015 check character. */
  public static String creditCode(String first17) {
    return first17 + CreditCode.checkCharacter(first17);
  }

  /** The five rows of a qualified contractor of this kind, valid from {@code from} to {@code until}. */
  public static List<List<Object>> qualifiedRows(String code, String name, String kind, LocalDate from,
      LocalDate until) {
    List<List<Object>> rows = new ArrayList<>();
    for (QualificationKind q : QualificationKind.requiredFor(ContractorKind.valueOf(kind))) {
      rows.add(List.of(code, name, kind, q.label(), q.label() + "编号 " + code, from, until));
    }
    return rows;
  }
}
