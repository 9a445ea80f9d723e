package cn.unionsw.platform.review;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The co-reviewers (加签人) of tasks, one row each, kept after their part is over. */
@Mapper
interface CoReviewerMapper {

  /** Where a co-reviewer stands: opinion first (前加签), or decision after the adder approved (后加签). */
  enum Placement { BEFORE, AFTER }

  /** WAITING: an AFTER co-reviewer whose turn has not come; ACTING: the task is theirs; the rest are over. */
  enum State {
    WAITING, ACTING, DONE, REMOVED, DROPPED;

    boolean open() {
      return this == WAITING || this == ACTING;
    }
  }

  /** One co-reviewer of one task. Components in the order of the select's columns (built by position). */
  record CoReviewer(Long id, String taskId, String processInstanceId, String taskKey, String adderId,
      String coReviewerId, Placement placement, State state, LocalDateTime addedAt) {
  }

  @Insert("insert into task_co_reviewer (task_id, process_instance_id, task_key, adder_id, co_reviewer_id, placement, "
      + "state) values (#{taskId}, #{processInstanceId}, #{taskKey}, #{adderId}, #{coReviewerId}, #{placement}, "
      + "#{state})")
  @Options(useGeneratedKeys = false)
  void insert(CoReviewer row);

  @Select("select id, task_id, process_instance_id, task_key, adder_id, co_reviewer_id, placement, state, added_at "
      + "from task_co_reviewer where task_id = #{taskId} order by id")
  List<CoReviewer> findByTask(@Param("taskId") String taskId);

  @Update("update task_co_reviewer set state = #{state} where id = #{id}")
  void setState(@Param("id") long id, @Param("state") State state);

  /** The task's co-reviewers whose part is not over (at most one: one at a time per task). */
  default List<CoReviewer> open(String taskId) {
    return findByTask(taskId).stream().filter(row -> row.state().open()).toList();
  }

  /**
   * The co-reviewer row whose turn it is, if it is this user's: their row is ACTING and the task is theirs (a row
   * left behind by an administrator's hand on the task gives nothing).
   */
  default Optional<CoReviewer> turnOf(String taskId, String assignee, String userId) {
    if (userId == null || !userId.equals(assignee)) {
      return Optional.empty();
    }
    return open(taskId).stream()
        .filter(row -> row.state() == State.ACTING && row.coReviewerId().equals(userId)).findFirst();
  }
}
