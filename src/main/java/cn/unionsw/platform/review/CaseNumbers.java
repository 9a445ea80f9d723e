package cn.unionsw.platform.review;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.Organisation;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Readable case numbers in the style of an official document number: {@code 岗申〔2026〕正定 0001}: the process's
 * prefix, the year (Beijing time), the starting organisation's short name and a running number per prefix, year and
 * organisation. Two cases started at once take turns on the series' row, so no number is given twice.
 */
@Service
class CaseNumbers {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final CaseFileMapper files;
  private final OrgService orgs;

  CaseNumbers(CaseFileMapper files, OrgService orgs) {
    this.files = files;
    this.orgs = orgs;
  }

  String next(String prefix, String orgCode) {
    int year = ClockUtil.getCurrentTime().toInstant().atZone(CHINA).getYear();
    String place = orgCode == null ? "平台" : shortName(orgs.find(orgCode).map(Organisation::name).orElse(orgCode));
    String series = prefix + "〔" + year + "〕" + place;
    if (files.advance(series) == 0) {
      try {
        files.open(series);
      } catch (DuplicateKeyException e) {
        files.advance(series); // another case opened the series meanwhile (on MySQL and MariaDB open advances it)
      }
    }
    return series + " " + String.format("%04d", files.current(series));
  }

  /** 正定县总工会 → 正定, 石家庄市总工会 → 石家庄, 河北省总工会 → 河北; a name that would be too short stays whole. */
  static String shortName(String name) {
    String shorter = name.replaceFirst("(总工会|工会)$", "");
    String withoutLevel = shorter.replaceFirst("[省市县区旗]$", "");
    return withoutLevel.codePointCount(0, withoutLevel.length()) >= 2 ? withoutLevel : shorter.isEmpty() ? name : shorter;
  }
}
