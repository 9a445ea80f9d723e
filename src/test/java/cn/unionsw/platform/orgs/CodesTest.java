package cn.unionsw.platform.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.unionsw.platform.orgs.OrgAccess.Reach;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodesTest {

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
      "HE, HE, true",
      "HE, HE-SJZ-ZD, true",
      "HE-SJZ, HE-SJZ-ZD-ZDZ, true",
      "HE-SJZ, HE-SJZX, false",
      "HE-SJZ-ZD, HE-SJZ, false",
      "HE-SJZ-ZD, HE-SJZ-LC, false",
      "HE-BD, HE-SJZ-ZD, false"
  })
  void shouldNestByPrefix(String ancestor, String code, boolean contained) {
    assertThat(Codes.contains(ancestor, code)).isEqualTo(contained);
  }

  @ParameterizedTest(name = "{0} valid: {1}")
  @CsvSource({"HE, true", "HE-SJZ-ZD-ZDZ, true", "he-sjz, false", "HE--SJZ, false", "HE-, false", "'', false"})
  void shouldValidateTheFormat(String code, boolean valid) {
    assertThat(Codes.isValid(code)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} reaches {1}: {2}")
  @CsvSource({
      "HE-SJZ-ZD, HE-SJZ-ZD-ZDZ, true",
      "HE-SJZ-ZD, HE-SJZ-LC-LCZ, false",
      "HE-SJZ, HE-SJZ-LC-LCZ, true",
      "HE-SJZ, HE-BD-ZZ, false",
      "HE, HE-DZ-KFQ, true"
  })
  void shouldReachOwnOrganisationAndBelow(String home, String target, boolean reached) {
    var reach = new Reach("someone", false, List.of(home), List.of());

    assertThat(reach.includes(target)).isEqualTo(reached);
  }

  @ParameterizedTest
  @CsvSource({"HE-BD-ZZ", "XX"})
  void shouldLetAnAdministratorReachEverything(String target) {
    assertThat(new Reach("admin", true, List.of(), List.of()).includes(target)).isTrue();
  }
}
