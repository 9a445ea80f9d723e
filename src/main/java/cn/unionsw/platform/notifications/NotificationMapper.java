package cn.unionsw.platform.notifications;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** One user's notifications. Every statement names the user: no one reads or marks another's. */
@Mapper
interface NotificationMapper {

  /** Row to insert; {@code id} is filled in by the database. */
  final class NewRow {
    Long id;
    final Notice notice;
    final LocalDateTime createdAt;

    NewRow(Notice notice, LocalDateTime createdAt) {
      this.notice = notice;
      this.createdAt = createdAt;
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public Notice getNotice() {
      return notice;
    }

    public LocalDateTime getCreatedAt() {
      return createdAt;
    }
  }

  @Insert("insert into notification (user_id, kind, message, case_number, process_instance_id, task_id, created_at) "
      + "values (#{notice.userId}, #{notice.kind}, #{notice.message}, #{notice.caseNumber}, "
      + "#{notice.processInstanceId}, #{notice.taskId}, #{createdAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewRow row);

  /**
   * The notices of one event (a key of {@link NoticeKind#event}) for many users in one statement: the cost of a task
   * created for a reviewing organisation is this one insert, however many reviewers it has (the XML mapper).
   */
  void insertAll(@Param("event") String event, @Param("notices") Collection<Notice> notices,
      @Param("createdAt") LocalDateTime createdAt);

  /** Who among these users has had the event's notice already (the XML mapper). */
  List<String> notified(@Param("event") String event, @Param("userIds") Collection<String> userIds);

  /** The notices of one event, as kept, for the channels (the XML mapper). */
  List<Notification> ofEvent(@Param("event") String event, @Param("userIds") Collection<String> userIds);

  @Select("select id, user_id, kind, message, case_number, process_instance_id, task_id, created_at, read_at "
      + "from notification where id = #{id} and user_id = #{userId}")
  Notification find(@Param("id") long id, @Param("userId") String userId);

  @Select("select id, user_id, kind, message, case_number, process_instance_id, task_id, created_at, read_at "
      + "from notification where user_id = #{userId} order by id desc limit #{max}")
  List<Notification> all(@Param("userId") String userId, @Param("max") int max);

  @Select("select id, user_id, kind, message, case_number, process_instance_id, task_id, created_at, read_at "
      + "from notification where user_id = #{userId} and read_at is null order by id desc limit #{max}")
  List<Notification> unread(@Param("userId") String userId, @Param("max") int max);

  @Select("select count(*) from notification where user_id = #{userId} and read_at is null")
  int countUnread(@Param("userId") String userId);

  @Update("update notification set read_at = #{at} where id = #{id} and user_id = #{userId} and read_at is null")
  int read(@Param("id") long id, @Param("userId") String userId, @Param("at") LocalDateTime at);

  @Update("update notification set read_at = #{at} where user_id = #{userId} and read_at is null")
  int readAll(@Param("userId") String userId, @Param("at") LocalDateTime at);
}
