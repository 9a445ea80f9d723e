package cn.unionsw.platform.review;

import org.springframework.stereotype.Service;

/** The kernel's public face for what it keeps of each case: who started it and its number. */
@Service
public class Cases {

  private final CaseFiles files;

  Cases(CaseFiles files) {
    this.files = files;
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

  public String starterOrg(String processInstanceId) {
    return files.starterOrg(processInstanceId);
  }

  public String caseNumber(String processInstanceId) {
    return files.caseNumber(processInstanceId);
  }
}
