package cn.unionsw.platform.review;

import cn.unionsw.platform.orgs.OrgAccess;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The kernel's public face for what it keeps of each case: who started it, and who may know of it — whoever
 * reaches the organisation that started it (the county, its city, the province), the one rule for every case, and
 * whoever follows it ({@link CaseWatchers}: its starter, those who acted on it, those it was copied to), that case
 * alone.
 */
@Service
public class Cases {

  private final CaseFileMapper files;
  private final OrgAccess access;
  private final CaseWatchers watchers;

  Cases(CaseFileMapper files, OrgAccess access, CaseWatchers watchers) {
    this.files = files;
    this.access = access;
    this.watchers = watchers;
  }

  /** The authenticated user who started the case; every declared case records one. */
  public String starter(String processInstanceId) {
    String starter = files.starter(processInstanceId);
    if (starter == null) {
      // Every declared case records its starter on start; a missing record is a fault of ours, not the user's.
      throw new IllegalStateException("No starter recorded for case " + processInstanceId);
    }
    return starter;
  }

  /** Whether the user may know of this case of that process (false too when there is no such case). */
  public boolean reaches(String processInstanceId, String processKey, String userId) {
    return inReach(files.find(processInstanceId), userId).filter(file -> file.processKey().equals(processKey))
        .isPresent();
  }

  /** The case, if there is one and the user may know of it. */
  public Optional<CaseFile> reachable(String processInstanceId, String userId) {
    return inReach(files.find(processInstanceId), userId);
  }

  /** The case as filed, whoever asks: for lists the platform has already narrowed to the caller's. */
  public Optional<CaseFile> file(String processInstanceId) {
    return Optional.ofNullable(files.find(processInstanceId));
  }

  Optional<CaseFile> inReach(CaseFile file, String userId) {
    if (file == null) {
      return Optional.empty();
    }
    var reach = access.reachOf(userId);
    boolean byOrganisation = reach.admin() || file.starterOrg() != null && reach.includes(file.starterOrg());
    return byOrganisation || !watchers.kinds(file.processInstanceId(), userId).isEmpty()
        ? Optional.of(file) : Optional.empty();
  }
}
