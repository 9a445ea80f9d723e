package cn.unionsw.platform.review;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The members of some organisations who also hold a role, read from Camunda's membership table in one statement (the
 * XML mapper beside it): the engine's user query takes one group at a time, so the same answer through it costs two
 * queries per organisation, and a review task is created for its organisation often (a notice to its reviewers).
 */
@Mapper
interface ActorMapper {

  List<String> membersInRole(@Param("role") String role, @Param("organisations") Collection<String> organisations);
}
