package cn.unionsw.platform.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case numbers read like document numbers: the starting organisation's short name. */
class CaseNumbersTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"正定县总工会, 正定", "栾城区总工会, 栾城", "石家庄市总工会, 石家庄", "河北省总工会, 河北",
      "定州市总工会, 定州", "𠮷县总工会, 𠮷县", "雄县工会, 雄县", "工会, 工会"})
  void shouldShortenAnOrganisationsName(String name, String shortName) {
    assertThat(CaseNumbers.shortName(name)).isEqualTo(shortName);
  }
}
