package cn.unionsw.platform.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.unionsw.platform.orgs.OrgType;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.web.Refusal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which way an application goes (Art. 9, 11, 12), by who applies for which unit: one row per route and per refusal,
 * with the reviewers each route reaches.
 */
class RouteTest {

  private static final Map<String, Organisation> ORGS = Map.of(
      "HE", org("HE", null, OrgType.PROVINCE),
      "HE-SJZ", org("HE-SJZ", "HE", OrgType.CITY),
      "HE-BD", org("HE-BD", "HE", OrgType.CITY),
      "HE-DZ", org("HE-DZ", "HE", OrgType.DIRECT_CITY),
      "HE-SJZ-ZD", org("HE-SJZ-ZD", "HE-SJZ", OrgType.COUNTY),
      "HE-SJZ-LC", org("HE-SJZ-LC", "HE-SJZ", OrgType.COUNTY),
      "HE-SJZ-ZD-ZDZ", org("HE-SJZ-ZD-ZDZ", "HE-SJZ-ZD", OrgType.TOWNSHIP_STREET),
      "HE-SJZ-JG", org("HE-SJZ-JG", "HE-SJZ", OrgType.UNION_OFFICE),
      "HE-DZ-KFQ", org("HE-DZ-KFQ", "HE-DZ", OrgType.DEV_ZONE));

  @ParameterizedTest(name = "{0}: {1} ({2}) for {3} → {5}")
  @CsvSource(delimiter = '|', textBlock = """
      a county for its unit                 | HE-SJZ-ZD | false | HE-SJZ-ZD-ZDZ | NEW          | COUNTY                | HE-SJZ | HE-SJZ
      a county adjusts a grade              | HE-SJZ-ZD | false | HE-SJZ-ZD-ZDZ | ADJUST_GRADE | COUNTY                | HE-SJZ | HE-SJZ
      a city for its own office             | HE-SJZ    | false | HE-SJZ-JG     | NEW          | CITY                  |        | HE-SJZ
      Dingzhou for its zone                 | HE-DZ     | false | HE-DZ-KFQ     | CANCEL       | DIRECT_CITY           |        | HE-DZ
      Art. 11: a city clerk, county's unit  | HE-SJZ    | false | HE-SJZ-ZD-ZDZ | ADJUST_GRADE | CITY_ADJUSTMENT       |        | HE-SJZ
      Art. 11: a city reviewer, same        | HE-SJZ    | true  | HE-SJZ-ZD-ZDZ | ADJUST_GRADE | CITY_ADJUSTMENT       |        | HE-SJZ
      Art. 11: the province, county's unit  | HE        | true  | HE-SJZ-ZD-ZDZ | ADJUST_GRADE | PROVINCIAL_ADJUSTMENT |        | HE-SJZ
      Art. 11: the province, Dingzhou's     | HE        | true  | HE-DZ-KFQ     | ADJUST_GRADE | PROVINCIAL_ADJUSTMENT |        | HE-DZ
      """)
  void shouldRouteByWhoAppliesForWhichUnit(String why, String applicant, boolean reviewer, String unit,
      ApplicationType type, Route route, String municipalGroup, String cityCode) {
    Organisation found = ORGS.get(unit);
    Organisation parent = ORGS.get(found.parentCode());

    assertThat(Route.of(ORGS.get(applicant), reviewer, parent, found, type)).as(why).isEqualTo(route);
    assertThat(Route.Reviewers.of(route, parent, found)).as(why)
        .isEqualTo(new Route.Reviewers(municipalGroup, cityCode, "HE"));
  }

  @ParameterizedTest(name = "{0} → 400 on {5}")
  @CsvSource(delimiter = '|', textBlock = """
      a county for another county's unit      | HE-SJZ-LC | false | HE-SJZ-ZD-ZDZ | NEW          | unitCode
      another city for Shijiazhuang's county  | HE-BD     | true  | HE-SJZ-ZD-ZDZ | ADJUST_GRADE | unitCode
      a city adds posts to a county's unit    | HE-SJZ    | true  | HE-SJZ-ZD-ZDZ | NEW          | applicationType
      a city cancels a county's posts         | HE-SJZ    | false | HE-SJZ-ZD-ZDZ | CANCEL       | applicationType
      the province adds posts                 | HE        | true  | HE-SJZ-ZD-ZDZ | NEW          | applicationType
      a provincial clerk adjusts a grade      | HE        | false | HE-SJZ-ZD-ZDZ | ADJUST_GRADE | applicant
      """)
  void shouldRefuseWhatNoArticleAllows(String why, String applicant, boolean reviewer, String unit,
      ApplicationType type, String field) {
    Organisation found = ORGS.get(unit);

    assertThatThrownBy(() -> Route.of(ORGS.get(applicant), reviewer, ORGS.get(found.parentCode()), found, type))
        .as(why).isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo(field));
  }

  private static Organisation org(String code, String parent, OrgType type) {
    return new Organisation(code, parent, code, type, null, null, null);
  }
}
