package cn.unionsw.platform.models;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The deployment record (V54), and the engine's Camunda Form definitions, which its Java API offers no query for:
 * read from its own table, never written.
 */
@Mapper
interface ModelDeploymentMapper {

  String COLUMNS = "id, deployment_id, model_type, model_key, version, action, from_version, comment_text, "
      + "deployed_by, deployed_at";
  String FORM_COLUMNS = "ID_ as id, KEY_ as key_, VERSION_ as version, DEPLOYMENT_ID_ as deployment_id, "
      + "RESOURCE_NAME_ as resource_name";

  @Insert("insert into model_deployment (deployment_id, model_type, model_key, version, action, from_version, "
      + "comment_text, deployed_by) values (#{deploymentId}, #{modelType}, #{modelKey}, #{version}, #{action}, "
      + "#{fromVersion}, #{commentText}, #{deployedBy})")
  void insert(ModelDeployment deployment);

  @Select("select " + COLUMNS + " from model_deployment order by id desc limit #{limit}")
  List<ModelDeployment> latest(@Param("limit") int limit);

  @Select("select " + COLUMNS + " from model_deployment where model_type = #{type} and model_key = #{key} "
      + "order by id desc limit #{limit}")
  List<ModelDeployment> of(@Param("type") String type, @Param("key") String key, @Param("limit") int limit);

  @Select("select " + FORM_COLUMNS + " from ACT_RE_CAMFORMDEF where TENANT_ID_ is null order by KEY_, VERSION_")
  List<FormDefinition> forms();

  @Select("select " + FORM_COLUMNS + " from ACT_RE_CAMFORMDEF where KEY_ = #{key} and TENANT_ID_ is null "
      + "order by VERSION_")
  List<FormDefinition> formVersions(@Param("key") String key);

  @Select("select " + FORM_COLUMNS + " from ACT_RE_CAMFORMDEF where KEY_ = #{key} and DEPLOYMENT_ID_ = #{deploymentId}")
  Optional<FormDefinition> formIn(@Param("key") String key, @Param("deploymentId") String deploymentId);

  /** A row of Camunda's {@code ACT_RE_CAMFORMDEF}. */
  record FormDefinition(String id, String key, Integer version, String deploymentId, String resourceName) {
  }
}
