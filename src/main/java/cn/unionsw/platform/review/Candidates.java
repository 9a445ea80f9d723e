package cn.unionsw.platform.review;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * A task's candidate organisations: the groups among its candidate links (the one filter, written once). A group id
 * with a colon is a watcher's mark ({@link Watch#mark}, {@code copy:lcclerk}), never an organisation: organisation
 * and role ids are letters, digits and hyphens.
 */
final class Candidates {

  private Candidates() {
  }

  static List<String> organisations(Collection<? extends IdentityLink> links) {
    return links.stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
            && !Watch.isMark(link.getGroupId()))
        .map(IdentityLink::getGroupId)
        .toList();
  }
}
