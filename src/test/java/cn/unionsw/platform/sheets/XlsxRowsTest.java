package cn.unionsw.platform.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.unionsw.platform.web.Refusal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** An .xlsx is read only if it expands to a bounded size. */
class XlsxRowsTest {

  @Test
  void shouldRefuseAFileThatExpandsBeyondTheBoundBeforeReadingIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      byte[] spaces = new byte[1024 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 65; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    byte[] bomb = out.toByteArray();
    assertThat(bomb.length).as("a small upload").isLessThan(1024 * 1024);

    assertThatThrownBy(() -> SheetRows.open(bomb, "考生.xlsx"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("file"))
        .hasMessageContaining("解压后超过 64 MB");
  }

  @Test
  void shouldReadAnOrdinaryWorkbook() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("考生名单");
    sheet.value(0, 0, "姓名");
    sheet.value(1, 0, "𠮷祥");
    workbook.finish();

    try (SheetRows rows = SheetRows.open(out.toByteArray(), "考生.xlsx")) {
      assertThat(rows.next().cells()).containsExactly("姓名");
      assertThat(rows.next().cells()).containsExactly("𠮷祥");
    }
  }
}
