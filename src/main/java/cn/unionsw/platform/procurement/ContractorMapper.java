package cn.unionsw.platform.procurement;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The registry's tables; the longer statements are in {@code ContractorMapper.xml} beside this interface. */
@Mapper
interface ContractorMapper {

  record Row(Long id, String creditCode, String name, ContractorKind kind, String provinceCode,
      LocalDateTime registeredAt) {
  }

  record QualificationRow(Long contractorId, QualificationKind kind, String evidence, java.time.LocalDate validFrom,
      java.time.LocalDate validUntil) {

    Qualification qualification() {
      return new Qualification(kind, evidence, validFrom, validUntil);
    }
  }

  record BarRow(Long contractorId, String provinceCode, String reason, LocalDateTime barredAt, String barredBy) {

    Bar bar() {
      return new Bar(provinceCode, reason, barredAt, barredBy);
    }
  }

  @Select("select id, credit_code, name, kind, province_code, registered_at from contractor "
      + "where credit_code = #{creditCode}")
  Optional<Row> find(String creditCode);

  /** The row, locked until the transaction ends: two saves of one contractor take turns. */
  @Select("select id, credit_code, name, kind, province_code, registered_at from contractor "
      + "where credit_code = #{creditCode} for update")
  Optional<Row> lock(String creditCode);

  List<Row> inProvince(@Param("province") String province);

  List<QualificationRow> qualificationsOf(@Param("ids") List<Long> ids);

  List<BarRow> barsIn(@Param("ids") List<Long> ids, @Param("province") String province);

  void insert(@Param("r") Registration registration, @Param("at") LocalDateTime at, @Param("by") String by);

  int update(@Param("r") Registration registration, @Param("at") LocalDateTime at, @Param("by") String by);

  @Delete("delete from contractor_qualification where contractor_id = #{id}")
  void deleteQualifications(long id);

  void insertQualifications(@Param("id") long id, @Param("qualifications") List<Qualification> qualifications);

  void insertBar(@Param("id") long id, @Param("province") String province, @Param("reason") String reason,
      @Param("at") LocalDateTime at, @Param("by") String by);
}
