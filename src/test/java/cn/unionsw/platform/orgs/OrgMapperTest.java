package cn.unionsw.platform.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.TestPropertySource;

// An H2 of its own whose URL carries NON_KEYWORDS=YEAR (V47's column "year" is a keyword to H2 2.x), which the
// slice's own embedded database would lack.
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:orgmappertest;DB_CLOSE_DELAY=-1;"
    + "NON_KEYWORDS=YEAR")
class OrgMapperTest {

  @Autowired
  OrgMapper mapper;

  @BeforeEach
  void registerATree() {
    mapper.insert(new Organisation("XX", null, "某省总工会", OrgType.PROVINCE, null, null, null));
    mapper.insert(new Organisation("XX-A", "XX", "甲市总工会", OrgType.CITY, null, null, null));
    mapper.insert(new Organisation("XX-A-1", "XX-A", "甲县总工会", OrgType.COUNTY, null, null, null));
    mapper.insert(new Organisation("XX-A-1-T", "XX-A-1", "某镇工会", OrgType.TOWNSHIP_STREET, 120, 2500, 2100, 85));
    mapper.insert(new Organisation("XX-AB", "XX", "乙市总工会", OrgType.CITY, null, null, null));
  }

  @Test
  void shouldReadBackEveryColumn() {
    assertThat(mapper.findByCode("XX-A-1-T")).contains(
        new Organisation("XX-A-1-T", "XX-A-1", "某镇工会", OrgType.TOWNSHIP_STREET, 120, 2500, 2100, 85));
  }

  @Test
  void shouldListChildrenInCodeOrder() {
    assertThat(mapper.findChildren("XX")).extracting(Organisation::code).containsExactly("XX-A", "XX-AB");
  }

  @Test
  void shouldListEverythingBelowByPrefixNotByText() {
    assertThat(mapper.findBelow("XX-A")).extracting(Organisation::code).containsExactly("XX-A-1", "XX-A-1-T");
  }

  @Test
  void shouldCountByPrefixNotByText() {
    // XX-AB starts with "XX-A" as text but is not below XX-A.
    assertThat(mapper.countWithin("XX-A")).isEqualTo(3);
  }

  @Test
  void shouldUpdateCounts() {
    mapper.update(new Organisation("XX-A-1-T", "XX-A-1", "某镇总工会", OrgType.TOWNSHIP_STREET, 130, 3100, 2800, 90));

    assertThat(mapper.findByCode("XX-A-1-T")).get()
        .extracting(Organisation::name, Organisation::employeeCount, Organisation::separateUnionCount)
        .containsExactly("某镇总工会", 3100, 90);
  }

  @Test
  void shouldFindNothingForAnUnknownCode() {
    assertThat(mapper.findByCode("XX-Z")).isEmpty();
  }
}
