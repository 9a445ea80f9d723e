package cn.unionsw.platform.posts;

import static cn.unionsw.platform.posts.PostApplicationProcess.Vars.*;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** assess-grade-structure: how the province's and the city's grade structure stand after approval (Art. 13). */
@Component("assessGradeStructureDelegate")
class AssessGradeStructureDelegate implements JavaDelegate {

  private final GradeStructure gradeStructure;
  private final ZoneId zone;

  AssessGradeStructureDelegate(GradeStructure gradeStructure, @Value("${platform.time-zone}") String zone) {
    this.gradeStructure = gradeStructure;
    this.zone = ZoneId.of(zone);
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone).getYear();
    String city = CITY_CODE.from(execution);
    var assessment = gradeStructure.assess(Application.from(execution), PROVINCIAL_GROUP.from(execution),
        city, year);
    GRADE_STRUCTURE_SUMMARY.on(execution, assessment.summary());
    BREAKS_GRADE_STRUCTURE.on(execution, assessment.breaks());
  }

}
