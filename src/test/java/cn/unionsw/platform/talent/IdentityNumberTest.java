package cn.unionsw.platform.talent;

import static cn.unionsw.platform.talent.IdNumbers.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @Test
  void shouldAcceptTheStandardsOwnExampleWrittenAsPeopleWriteIt() {
    // GB 11643-1999's example: Beijing Chaoyang, born 1949-12-31, check character X.
    assertThat(IdentityNumber.problem("11010519491231002X", TODAY)).isNull();
    assertThat(IdentityNumber.problem(" 11010519491231002x\u3000", TODAY)).isNull();
    assertThat(IdentityNumber.normalise(" 11010519491231002x\u3000")).isEqualTo("11010519491231002X");
    assertThat(IdentityNumber.problem("11010519491231002X")).isNull(); // against China's real today
  }

  @ParameterizedTest
  @CsvSource({
      "130102, 1990-03-07, 123",   // Shijiazhuang Chang'an
      "130682, 1985-11-30, 45",    // Dingzhou
      "110105, 1949-12-31, 2",     // the standard's example
      "650102, 2000-02-29, 7",     // Urumqi, born on a leap day
      "810000, 1975-07-01, 301",   // Hong Kong
      "820000, 1999-12-20, 88",    // Macao
      "710000, 1960-01-01, 5",     // Taiwan
      "460100, 2008-06-15, 999"})  // Haikou
  void shouldAcceptNumbersWhoseCheckCharacterIsRight(String address, LocalDate birth, int sequence) {
    String id = id(address, birth, sequence);

    assertThat(IdentityNumber.problem(id, TODAY)).isNull();
    assertThat(IdentityNumber.checkCharacter(id)).isEqualTo(id.charAt(17));
    assertThat(IdentityNumber.birthDate(id)).isEqualTo(birth);
  }

  @Test
  void shouldComputeTheSameCheckCharacterAsTheStandardsFormulaForAnyNumber() {
    Random random = new Random(11643);
    for (int i = 0; i < 2000; i++) {
      String id = id(String.valueOf(110000 + random.nextInt(550000)), LocalDate.of(1901, 1, 1)
          .plusDays(random.nextInt(45000)), random.nextInt(1000));
      assertThat(IdentityNumber.checkCharacter(id)).as(id).isEqualTo(id.charAt(17));
    }
  }

  @Test
  void shouldRefuseEveryOtherCheckCharacter() {
    String id = id("130102", LocalDate.of(1990, 3, 7), 123);
    for (char c : "0123456789X".toCharArray()) {
      if (c != id.charAt(17)) {
        assertThat(IdentityNumber.problem(id.substring(0, 17) + c, TODAY)).as("ending " + c)
            .isEqualTo("身份证号校验位不正确，请逐位核对");
      }
    }
  }

  @Test
  void shouldRefuseASwappedPairOfDigits() {
    String id = id("130102", LocalDate.of(1990, 3, 17), 123);
    String swapped = id.substring(0, 14) + id.charAt(15) + id.charAt(14) + id.substring(16);

    assertThat(IdentityNumber.problem(swapped, TODAY)).contains("校验位不正确");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void shouldRefuseNoNumber(String id) {
    assertThat(IdentityNumber.problem(id, TODAY)).isEqualTo("身份证号不能为空");
  }

  @ParameterizedTest
  @CsvSource({
      "13010219900307123, 17",
      "1301021990030712345, 19",
      "130102900307123, 15"})     // the old 15-digit card, long replaced
  void shouldRefuseAnotherLength(String id, int length) {
    assertThat(IdentityNumber.problem(id, TODAY)).isEqualTo("身份证号须为 18 位，实为 " + length + " 位");
  }

  @ParameterizedTest
  @CsvSource({
      "1301A2199003071234, 前 17 位须为数字，第 5 位不是",
      "１30102199003071234, 前 17 位须为数字，第 1 位不是",   // a full-width digit
      "13010219900307123Y, 第 18 位须为数字或 X",
      "13010219900307𠮷123, 第 15 位不是"})                     // 18 code points, one of them no digit
  void shouldRefuseCharactersOtherThanDigitsAndAFinalX(String id, String reason) {
    assertThat(IdentityNumber.problem(id, TODAY)).contains(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72",
      "80", "83", "90", "99"})
  void shouldRefuseAnAddressOutsideEveryProvince(String province) {
    String id = id(province + "0102", LocalDate.of(1990, 3, 7), 1);

    assertThat(IdentityNumber.problem(id, TODAY)).isEqualTo("身份证号前两位 " + province + " 不是省级行政区划代码");
  }

  @ParameterizedTest
  @ValueSource(ints = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51,
      52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82})
  void shouldAcceptEveryProvince(int province) {
    assertThat(IdentityNumber.problem(id(province + "0102", LocalDate.of(1990, 3, 7), 1), TODAY)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      "19900230, 不是有效日期",
      "19901301, 不是有效日期",
      "19000229, 不是有效日期",    // 1900 was no leap year
      "19900007, 不是有效日期"})
  void shouldRefuseABirthDateThatIsNoDate(String birth, String reason) {
    String first17 = "130102" + birth + "123";
    String id = first17 + IdentityNumber.checkCharacter(first17);

    assertThat(IdentityNumber.problem(id, TODAY)).isEqualTo("身份证号中的出生日期 " + birth + " " + reason);
  }

  @Test
  void shouldRefuseABirthInTheFutureOrBefore1900() {
    assertThat(IdentityNumber.problem(id("130102", TODAY.plusDays(1), 1), TODAY))
        .isEqualTo("身份证号中的出生日期 2026-03-02 晚于今天");
    assertThat(IdentityNumber.problem(id("130102", TODAY, 1), TODAY)).isNull();
    // The standard's second example, right but for a birth in 1880.
    assertThat(IdentityNumber.problem("440524188001010014", TODAY))
        .isEqualTo("身份证号中的出生日期 1880-01-01 早于 1900 年");
    assertThat(IdentityNumber.problem(id("130102", LocalDate.of(1900, 1, 1), 1), TODAY)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      "1990-03-07, 2026-03-06, 35",   // the day before the birthday
      "1990-03-07, 2026-03-07, 36",   // on it
      "2000-02-29, 2018-02-28, 17",   // a leap-day birth comes of age on 1 March
      "2000-02-29, 2018-03-01, 18",
      "2000-02-29, 2020-02-29, 20"})
  void shouldCountFullYearsOfAge(LocalDate birth, LocalDate day, int age) {
    assertThat(IdentityNumber.ageOn(id("130102", birth, 9), day)).isEqualTo(age);
  }

  @Test
  void shouldReadTheBirthDateOfANormalisedNumberOnly() {
    assertThat(IdentityNumber.birthDate(" 11010519491231002x ")).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThatIllegalArgumentException().isThrownBy(() -> IdentityNumber.birthDate("130102199002301234"));
    assertThatIllegalArgumentException().isThrownBy(() -> IdentityNumber.birthDate("1301021990"));
    assertThatIllegalArgumentException().isThrownBy(() -> IdentityNumber.birthDate(null));
  }
}
