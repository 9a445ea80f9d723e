package cn.unionsw.platform.login;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/**
 * A user as a request needs them, in one statement: the stored password hash, whether the name has a login lock
 * row, the groups, the tenants (the user's own and their groups', as Camunda's REST login reads them), and the grant
 * stamp the request's authorization checks are answered under (ADR 0037). One row per group and tenant (one row
 * with nulls for a user in none); no rows for no user.
 */
@Mapper
interface PrincipalMapper {

  // The user's id first: MyBatis gives null for a row whose every column is null (no password, no lock, no group).
  @Select("select u.ID_, u.PWD_, l.user_id, m.GROUP_ID_, t.TENANT_ID_, s.stamp from ACT_ID_USER u"
      + " left join grant_stamp s on s.id = 1"
      + " left join login_lock l on l.user_id = u.ID_"
      + " left join ACT_ID_MEMBERSHIP m on m.USER_ID_ = u.ID_"
      + " left join ACT_ID_TENANT_MEMBER t on t.USER_ID_ = u.ID_ or t.GROUP_ID_ = m.GROUP_ID_"
      + " where u.ID_ = #{userId}")
  List<PrincipalRow> find(String userId);

  record PrincipalRow(String userId, String passwordHash, String lockRow, String groupId, String tenantId,
      Long grantStamp) {
  }
}
