package cn.unionsw.platform.review;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** A task's candidate organisations: the groups among its candidate links (the one filter, written once). */
final class Candidates {

  private Candidates() {
  }

  static List<String> organisations(Collection<? extends IdentityLink> links) {
    return links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }
}
