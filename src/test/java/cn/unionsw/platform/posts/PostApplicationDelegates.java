package cn.unionsw.platform.posts;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.unionsw.platform.posts.GradeStructure.Assessment;
import cn.unionsw.platform.posts.PostApplicationService.Prepared;
import cn.unionsw.platform.review.ProcessTestKernel;
import cn.unionsw.platform.workdays.SeededCalendar;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * post-application's real delegates with mocked services, for process tests of other packages that run the demo
 * chain (a county's application for 正定镇, Shijiazhuang's municipal review, the province's): what
 * {@code PostApplicationProcessTest} sets up for its county route, in one call.
 */
public final class PostApplicationDelegates {

  private PostApplicationDelegates() {
  }

  /** Registers the delegates for the next test; undone by {@code Mocks.reset()}. */
  public static void register(ProcessEngine engine) {
    PostApplicationService applications = mock(PostApplicationService.class);
    GradeStructure gradeStructure = mock(GradeStructure.class);
    Mocks.register("prepareApplicationDelegate", new PrepareApplicationDelegate(applications));
    Mocks.register("assessGradeStructureDelegate", new AssessGradeStructureDelegate(gradeStructure, "Asia/Shanghai"));
    Mocks.register("registerPostsDelegate", new RegisterPostsDelegate(applications));
    Mocks.register("reviewDeadlineDelegate", ProcessTestKernel.deadlineDelegate(engine.getTaskService()));
    Mocks.register("revisionTaskListener", new RevisionTaskListener());
    Mocks.register("workdays", SeededCalendar.expressions());
    when(applications.prepare(any(), anyString())).thenReturn(new Prepared("正定镇工会", "TOWNSHIP_STREET",
        "HE-SJZ-ZD", Route.COUNTY, "HE-SJZ", "HE-SJZ", "HE", 1, 0, 0, false, "正定镇工会申请新增三级岗 1 个",
        "法人单位数：申报 未填（按登记），登记 126", 5, 5));
    when(gradeStructure.assess(any(), anyString(), any(), any(Integer.class).intValue()))
        .thenReturn(new Assessment("HE 批准后共 3 个岗位；未超出比例", false));
  }
}
