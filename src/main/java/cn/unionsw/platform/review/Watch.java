package cn.unionsw.platform.review;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why someone follows a case ({@link CaseWatchers}). Each open task of the case carries a candidate-group link
 * {@code <prefix>:<userId>} per watcher, its mark, which the shared Tasklist filters 我发起的, 我经办的 and 抄送我的 find
 * with {@code ${'<prefix>:'.concat(currentUser())}} (people/TasklistFilters); a mark is never a candidate
 * organisation ({@link Candidates}).
 */
public enum Watch {
  /** Started the case (its applicant). */
  STARTER("starter", "STARTED", "我发起的"),
  /** Acted on one of its steps (a review recorded, a task completed). */
  HANDLED("handled", "HANDLED", "我经办的"),
  /** The case was copied to them for information (抄送): they read it, nothing more. */
  COPY("copy", "COPIED", "抄送我的");

  private static final char SEPARATOR = ':';

  private final String prefix;
  private final String listName;
  private final String label;

  Watch(String prefix, String listName, String label) {
    this.prefix = prefix;
    this.listName = listName;
    this.label = label;
  }

  /** The candidate-group id that marks the user's watch on a task: {@code copy:lcclerk}. */
  public String mark(String userId) {
    return prefix + SEPARATOR + userId;
  }

  /** The name of the list of such cases in {@code /api/cases/mine?kind=}: STARTED, HANDLED, COPIED. */
  public String listName() {
    return listName;
  }

  public String label() {
    return label;
  }

  /** Whether a group id is a watcher's mark rather than an organisation or role (those have no colon). */
  public static boolean isMark(String groupId) {
    return groupId.indexOf(SEPARATOR) >= 0;
  }

  public static Optional<Watch> byListName(String name) {
    return Arrays.stream(values()).filter(watch -> watch.listName.equals(name)).findFirst();
  }
}
