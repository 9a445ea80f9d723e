package cn.unionsw.platform.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hebei's real division tree (NBS statistical codes, 2023: 11 cities, 190 county-level divisions, 2,365 townships and
 * streets; {@code src/test/resources/golive/hebei-divisions/}, see its README) as the files a province would load to
 * go live: each division's union, coded by the platform's rule (codes nest by prefix, a segment per level, the
 * segment being the statistical code: 正定县 130123 of 石家庄 1301 is {@code HE-1301-130123}), Dingzhou and Xinji
 * directly under the province (Art. 38), a township's type from its name, counts made up from its code (the data has
 * none); and one user per city and county union, with a provincial reviewer.
 */
final class HebeiTree {

  static final String ORG_HEADER = "组织代码,上级代码,名称,类型,法人单位数,职工人数,会员人数";
  static final String USER_HEADER = "平台账号,姓名,组织代码,角色,电子邮箱,初始密码";
  /** The county-level cities the province administers directly (Art. 38): 辛集 and 定州. */
  static final Set<String> DIRECT = Set.of("130181", "130682");
  private static final Pattern ZONE = Pattern.compile(".*(开发区|园区|示范区|新区).*");

  private final List<String[]> cities = read("cities.csv");
  private final List<String[]> counties = read("counties.csv");
  private final List<String[]> townships = read("townships.csv");

  /** The organisation file as CSV: province, cities, counties, townships (about 2,570 rows). */
  String organisations() {
    StringBuilder csv = new StringBuilder(ORG_HEADER).append('\n');
    csv.append("HE,,河北省总工会,PROVINCE,,,\n");
    for (String[] city : cities) {
      csv.append(row(cityCode(city[0]), "HE", city[1] + "总工会", "CITY", null));
    }
    for (String[] county : counties) {
      boolean direct = DIRECT.contains(county[0]);
      csv.append(row(countyCode(county[0], county[2]), direct ? "HE" : cityCode(county[2]), county[1] + "总工会",
          direct ? "DIRECT_CITY" : "COUNTY", null));
    }
    for (String[] township : townships) {
      String type = ZONE.matcher(township[1]).matches() ? "DEV_ZONE" : "TOWNSHIP_STREET";
      csv.append(row(countyCode(township[2], township[4]) + "-" + township[0], countyCode(township[2], township[4]),
          township[1] + "工会", type, township[0]));
    }
    return csv.toString();
  }

  int organisationCount() {
    return 1 + cities.size() + counties.size() + townships.size();
  }

  /** The users file: a reviewer for the province and each city, a clerk for each county; passwords generated. */
  String users() {
    StringBuilder csv = new StringBuilder(USER_HEADER).append('\n');
    csv.append("hereview,河北省审核员,HE,省级审核,,\n");
    for (String[] city : cities) {
      csv.append("r").append(city[0]).append(',').append(city[1]).append("审核员,").append(cityCode(city[0]))
          .append(",市级审核,,\n");
    }
    for (String[] county : counties) {
      csv.append(clerk(county[0])).append(',').append(county[1]).append("经办人,")
          .append(countyCode(county[0], county[2])).append(",县级经办,,\n");
    }
    return csv.toString();
  }

  int userCount() {
    return 1 + cities.size() + counties.size();
  }

  /** The clerk of a county, by its statistical code ({@code c130123} for 正定县). */
  static String clerk(String countyCode) {
    return "c" + countyCode;
  }

  /** The platform code of a county by its statistical code and its city's. */
  static String countyCode(String county, String city) {
    return DIRECT.contains(county) ? "HE-" + county : cityCode(city) + "-" + county;
  }

  /** The townships of one county, as the registry should list them. */
  long townshipsOf(String county) {
    return townships.stream().filter(t -> t[2].equals(county)).count();
  }

  private static String cityCode(String city) {
    return "HE-" + city;
  }

  /** A row; a basic unit gets counts made up from its code (so that the same file is the same every time). */
  private static String row(String code, String parent, String name, String type, String seed) {
    String counts = ",,";
    if (seed != null) {
      int employees = 300 + Math.floorMod(seed.hashCode(), 9000);
      counts = (employees / 18 + 1) + "," + employees + "," + employees * 9 / 10;
    }
    return code + "," + parent + "," + name + "," + type + "," + counts + "\n";
  }

  private static List<String[]> read(String file) {
    try (InputStream in = HebeiTree.class.getResourceAsStream("/golive/hebei-divisions/" + file)) {
      List<String[]> rows = new ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
      for (int i = 1; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          rows.add(lines[i].replace("\"", "").split(","));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
