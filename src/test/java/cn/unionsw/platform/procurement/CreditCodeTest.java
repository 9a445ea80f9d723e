package cn.unionsw.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodeTest {

  @ParameterizedTest
  @CsvSource({
      "91350100M000100Y43, ",
      "51130000MJ0000001H, ",
      "91130000MA00000020, ",
      "91350100M000100Y44, 统一社会信用代码校验位不正确",
      "91350100M000100Y4, 统一社会信用代码须为 18 位，实为 17 位",
      "91350100M000100Y433, 统一社会信用代码须为 18 位，实为 19 位",
      "91350100I000100Y43, 统一社会信用代码第 9 位字符无效（只用数字和除 I、O、Z、S、V 外的大写字母）",
      "91350100m000100Y43, 统一社会信用代码第 9 位字符无效（只用数字和除 I、O、Z、S、V 外的大写字母）",
      "'', 统一社会信用代码不能为空"
  })
  void shouldCheckTheCodeAsGb32100Says(String code, String problem) {
    assertThat(CreditCode.problem(code)).isEqualTo(problem);
  }

  @ParameterizedTest
  @CsvSource({"91350100M000100Y4, 3", "51130000MJ0000001, H", "91130000MA0000002, 0"})
  void shouldComputeTheCheckCharacter(String first17, char check) {
    assertThat(CreditCode.checkCharacter(first17)).isEqualTo(check);
  }
}
