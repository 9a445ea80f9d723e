package cn.unionsw.platform.talent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Valid identity numbers for tests of every feature that reads them (recruitment's files, the talent database). */
public final class IdNumbers {

  private IdNumbers() {
  }

  /**
   * An identity number: address code, birth date, sequence and its check character, computed here the other way
   * round from the library (weight of position p is 2^(18-p) mod 11; check = (12 − sum mod 11) mod 11, 10 as X).
   */
  public static String id(String address, LocalDate birth, int sequence) {
    String first17 = address + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
    int sum = 0;
    for (int p = 1; p <= 17; p++) {
      sum += (first17.charAt(p - 1) - '0') * (int) (Math.pow(2, 18 - p) % 11);
    }
    int check = (12 - sum % 11) % 11;
    return first17 + (check == 10 ? "X" : String.valueOf(check));
  }

  /** The first number of this address and birth date whose check character is X. */
  public static String idEndingInX(String address, LocalDate birth) {
    for (int sequence = 0; ; sequence++) {
      String id = id(address, birth, sequence);
      if (id.endsWith("X")) {
        return id;
      }
    }
  }

  /** The n-th of many distinct valid numbers, born in Shijiazhuang between 1966 and 1995 (aged 30 to 60). */
  public static String id(int n) {
    return id("130102", LocalDate.of(1966 + n % 30, 1 + n / 30 % 12, 1 + n / 360 % 28), n / 10080 % 1000);
  }

}
