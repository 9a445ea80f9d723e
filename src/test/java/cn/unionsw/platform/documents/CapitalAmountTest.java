package cn.unionsw.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapitalAmountTest {

  @ParameterizedTest
  @CsvSource({
      "0.00, 零元整",
      "0, 零元整",
      "0.05, 伍分",
      "0.50, 伍角",
      "0.15, 壹角伍分",
      "1, 壹元整",
      "10.50, 壹拾元伍角",
      "15, 壹拾伍元整",
      "110, 壹佰壹拾元整",
      "1010, 壹仟零壹拾元整",
      "325.04, 叁佰贰拾伍元零肆分",
      "1409.50, 壹仟肆佰零玖元伍角",
      "1680.32, 壹仟陆佰捌拾元叁角贰分",
      "6007.14, 陆仟零柒元壹角肆分",
      "16409.02, 壹万陆仟肆佰零玖元零贰分",
      "100000, 壹拾万元整",
      "100100, 壹拾万零壹佰元整",
      "107000.53, 壹拾万零柒仟元伍角叁分",
      "1000005.00, 壹佰万零伍元整",
      "1203456.78, 壹佰贰拾万零叁仟肆佰伍拾陆元柒角捌分",
      "1200000.00, 壹佰贰拾万元整",
      "20304000, 贰仟零叁拾万零肆仟元整",
      "120304000, 壹亿贰仟零叁拾万零肆仟元整",
      "1200001234, 壹拾贰亿零壹仟贰佰叁拾肆元整",
      "12012340000, 壹佰贰拾亿零壹仟贰佰叁拾肆万元整",
      "100000000, 壹亿元整",
      "100000001, 壹亿零壹元整",
      "100001000, 壹亿零壹仟元整",
      "100010000, 壹亿零壹万元整",
      "101000000, 壹亿零壹佰万元整",
      "110000000, 壹亿壹仟万元整",
      "1000000000000, 壹万亿元整",
      "1000000000001, 壹万亿零壹元整",
      "1200000000000, 壹万贰仟亿元整",
      "9999999999999.99, 玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"
  })
  void shouldWriteTheAmountInCapitals(BigDecimal yuan, String capitals) {
    assertThat(CapitalAmount.of(yuan)).isEqualTo(capitals);
  }

  @Test
  void shouldIgnoreTrailingZerosBeyondTheFen() {
    assertThat(CapitalAmount.of(new BigDecimal("10.5000"))).isEqualTo("壹拾元伍角");
  }

  @Test
  void shouldRefuseWhatCannotBeWrittenExactly() {
    assertThatThrownBy(() -> CapitalAmount.of(new BigDecimal("-0.01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("负数");
    assertThatThrownBy(() -> CapitalAmount.of(new BigDecimal("1.005")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("两位小数");
    assertThatThrownBy(() -> CapitalAmount.of(new BigDecimal("10000000000000.00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("上限");
    assertThatThrownBy(() -> CapitalAmount.of(null)).isInstanceOf(NullPointerException.class);
  }
}
