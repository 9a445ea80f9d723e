package cn.unionsw.platform.review;

import java.util.List;
import java.util.Set;

/**
 * One human step of a declared process: who may act on it, what they may write, and what else may be done with it.
 * The {@link EngineGuard} holds every door to this declaration; nothing undeclared gets through.
 *
 * @param taskKey the user task's definition key
 * @param label what the step is called in the review record (市级初审)
 * @param role the role group whose members act (a reviewer); none for the applicant's own steps
 * @param actor who among them: members of a candidate organisation, or only the task's assignee
 * @param writes the variables the step may write; the form may send back anything else only unchanged
 * @param review whether completing the step records a review (decision and comment) in the case's record
 * @param actions what may be done with the task besides working it; a review step may also be co-reviewed (加签)
 */
public record Step(String taskKey, String label, String role, Actor actor, List<Variable<?>> writes, boolean review,
    Set<Action> actions) {

  /** Who may act on a step. */
  public enum Actor {
    /** A member, in the step's role, of one of the task's candidate organisations. */
    CANDIDATE_ORGANISATION,
    /** The task's assignee only (the applicant's own steps). */
    ASSIGNEE
  }

  /** What may be done with a step's task besides approving or rejecting it. */
  public enum Action {
    /** Hand it to a colleague of the same role, who gives it back (委派). */
    DELEGATE,
    /**
     * Send the case back (退回): by the decision RETURN along the model's own return path, or through the kernel to
     * any earlier step the case has passed or to the applicant's revision step ({@code CaseReturn}).
     */
    RETURN,
    /** Hand it for good to a colleague of the same role in a candidate organisation (转办). */
    TRANSFER
  }

  /** A review: candidates of the reviewing organisation decide with {@link Review#DECISION} and a comment. */
  public static Step review(String taskKey, String label, String role, Action... actions) {
    return new Step(taskKey, label, role, Actor.CANDIDATE_ORGANISATION, List.of(Review.DECISION, Review.COMMENT), true,
        Set.of(actions));
  }

  /**
   * Work of an organisation that is not a review: members in the role of one of the task's candidate organisations
   * take it up and write the given variables (a county filing its estimate, a city recording a bid).
   */
  public static Step task(String taskKey, String label, String role, List<Variable<?>> writes, Action... actions) {
    return new Step(taskKey, label, role, Actor.CANDIDATE_ORGANISATION, writes, false, Set.of(actions));
  }

  /** A step of the case's own applicant (its assignee), writing the given variables. */
  public static Step applicant(String taskKey, String label, List<Variable<?>> writes) {
    return new Step(taskKey, label, null, Actor.ASSIGNEE, writes, false, Set.of());
  }

  public boolean allows(Action action) {
    return actions.contains(action);
  }

  /** The declared variable of that name this step writes, if any. */
  public Variable<?> writable(String name) {
    return writes.stream().filter(variable -> variable.name().equals(name)).findFirst().orElse(null);
  }
}
