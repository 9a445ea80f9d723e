package cn.unionsw.platform.follow;

import cn.unionsw.platform.follow.CaseViews.CaseView;
import cn.unionsw.platform.review.CaseFile;
import cn.unionsw.platform.review.CaseWatchers;
import cn.unionsw.platform.review.Cases;
import cn.unionsw.platform.review.ReviewRecord;
import cn.unionsw.platform.review.Watch;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * The cases a user follows, by why ({@link Watch}: 我发起的, 我经办的, 抄送我的), running and ended, the latest first; and
 * one case's progress for whoever may know of it: its open steps, the whole review record, its copies and urges.
 */
@Service
class FollowedCases {

  static final int MAX_LISTED = 200;
  static final int MAX_FIRST = 100_000;

  private final Cases cases;
  private final CaseWatchers watchers;
  private final CaseViews views;
  private final ReviewRecord record;
  private final CopyMapper copies;
  private final UrgeMapper urges;
  private final CaseCopies copying;

  FollowedCases(Cases cases, CaseWatchers watchers, CaseViews views, ReviewRecord record, CopyMapper copies,
      UrgeMapper urges, CaseCopies copying) {
    this.cases = cases;
    this.watchers = watchers;
    this.views = views;
    this.record = record;
    this.copies = copies;
    this.urges = urges;
    this.copying = copying;
  }

  /**
   * A case's progress: the case as its followers see it, then its review record, copies and urges, how the viewer
   * follows it ({@code watching}) and whether they may copy it.
   */
  record Progress(@JsonUnwrapped CaseView summary, List<ReviewRecord.Entry> reviews, List<CopyMapper.Copy> copies,
      List<UrgeMapper.Urge> urges, Set<Watch> watching, boolean mayCopy) {
  }

  List<CaseView> mine(String userId, String kind, int firstResult, int maxResults) {
    Watch watch = Watch.byListName(kind).orElseThrow(() -> Refusal.invalid("kind",
        "须为 STARTED（我发起的）、HANDLED（我经办的）或 COPIED（抄送我的）: " + Problems.quote(kind)));
    if (firstResult < 0 || firstResult > MAX_FIRST) {
      throw Refusal.invalid("firstResult", "须在 0 到 " + MAX_FIRST + " 之间");
    }
    if (maxResults < 1 || maxResults > MAX_LISTED) {
      throw Refusal.invalid("maxResults", "每次最多列出 " + MAX_LISTED + " 件，至少 1 件");
    }
    List<CaseFile> files = watchers.casesOf(userId, watch, firstResult, maxResults).stream()
        .map(cases::file).flatMap(Optional::stream).toList();
    return views.of(files, userId);
  }

  Progress progress(String processInstanceId, String userId) {
    CaseFile file = cases.reachable(processInstanceId, userId)
        .orElseThrow(() -> Refusal.notFound("case", "没有这个案件: " + Problems.quote(processInstanceId)));
    return new Progress(views.of(file, userId), record.reviews(processInstanceId), copies.of(processInstanceId),
        urges.of(processInstanceId), new TreeSet<>(watchers.kinds(processInstanceId, userId)),
        copying.mayCopy(file, userId));
  }
}
