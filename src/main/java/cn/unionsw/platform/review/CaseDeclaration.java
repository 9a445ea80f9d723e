package cn.unionsw.platform.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a process declares to the approval kernel, in one place: its key, the prefix of its case numbers, who may
 * start it with which variables, and its human steps. A process registers one as a Spring bean; the kernel enforces
 * it at every door of the engine (engine REST, the web apps' engine API, Java).
 */
public final class CaseDeclaration {

  private final String processKey;
  private final String casePrefix;
  private final Set<String> starterRoles;
  private final Map<String, Variable<?>> startVariables;
  private final List<Variable<?>> requiredAtStart;
  private final Map<String, Step> steps;
  private final Set<String> variableNames;
  private final Variable<String> starterVariable;
  private final String deadlineDecision;
  private final String withdrawalMessage;
  private final Variable<String> caseOrganisation;
  private final String applicantRevision;

  private CaseDeclaration(Builder builder) {
    this.processKey = builder.processKey;
    this.casePrefix = builder.casePrefix;
    this.starterRoles = Set.copyOf(builder.starterRoles);
    this.startVariables = Map.copyOf(builder.startVariables);
    this.requiredAtStart = List.copyOf(builder.requiredAtStart);
    this.steps = Collections.unmodifiableMap(new LinkedHashMap<>(builder.steps));
    this.starterVariable = builder.starterVariable;
    this.deadlineDecision = builder.deadlineDecision;
    this.withdrawalMessage = builder.withdrawalMessage;
    this.caseOrganisation = builder.caseOrganisation;
    this.applicantRevision = builder.applicantRevision;
    Set<String> names = new LinkedHashSet<>(builder.startVariables.keySet());
    builder.steps.values().forEach(step -> step.writes().forEach(variable -> names.add(variable.name())));
    builder.internal.forEach(variable -> names.add(variable.name()));
    if (builder.starterVariable != null) {
      names.add(builder.starterVariable.name());
    }
    if (builder.caseOrganisation != null) {
      names.add(builder.caseOrganisation.name());
    }
    names.addAll(Variable.names(Case.VARIABLES));
    this.variableNames = Set.copyOf(names);
  }

  public static Builder process(String processKey) {
    return new Builder(processKey);
  }

  public String processKey() {
    return processKey;
  }

  /** The case-number prefix (岗申 for 岗位开发设置申请). */
  public String casePrefix() {
    return casePrefix;
  }

  /** The roles whose members may start the process. */
  public Set<String> starterRoles() {
    return starterRoles;
  }

  public boolean startableBy(Set<String> roles) {
    return roles.stream().anyMatch(starterRoles::contains);
  }

  /** What every start must name (the start form's fields). */
  public List<Variable<?>> requiredAtStart() {
    return requiredAtStart;
  }

  public Optional<Variable<?>> startVariable(String name) {
    return Optional.ofNullable(startVariables.get(name));
  }

  public Optional<Step> step(String taskKey) {
    return Optional.ofNullable(steps.get(taskKey));
  }

  /** The steps in the order declared. */
  public Collection<Step> steps() {
    return steps.values();
  }

  /**
   * The applicant's step where a case returned to the applicant waits (修改申请), if the process has one: a return
   * (退回) may always go there, passed or not.
   */
  public Optional<Step> applicantRevision() {
    return Optional.ofNullable(applicantRevision).flatMap(this::step);
  }

  /** The variable the kernel sets to the authenticated starter (a model's {@code ${applicant}}), if any. */
  public Optional<Variable<String>> starterVariable() {
    return Optional.ofNullable(starterVariable);
  }

  /** The decision giving its review steps' working days (dueWorkingDays, escalationWorkingDays); null if none. */
  public String deadlineDecision() {
    return deadlineDecision;
  }

  /** The message by which the starter withdraws the case while no one has reviewed it; null if it cannot be. */
  public String withdrawalMessage() {
    return withdrawalMessage;
  }

  /**
   * Whether only the platform starts it (a background job, an API that checked its own rule): no role starts it at
   * the engine's doors, and its cases are numbered and read by the organisation in {@link #caseOrganisation()}.
   */
  public boolean platformStarted() {
    return caseOrganisation != null;
  }

  /** The start variable naming the organisation a platform-started case belongs to; null for user-started ones. */
  public Variable<String> caseOrganisation() {
    return caseOrganisation;
  }

  /** Every variable name the process uses: none may be a bean name its models use. */
  public Set<String> variableNames() {
    return variableNames;
  }

  /** Builds a declaration. */
  public static final class Builder {

    private final String processKey;
    private String casePrefix;
    private final Set<String> starterRoles = new LinkedHashSet<>();
    private final Map<String, Variable<?>> startVariables = new LinkedHashMap<>();
    private final List<Variable<?>> requiredAtStart = new ArrayList<>();
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final List<Variable<?>> internal = new ArrayList<>();
    private Variable<String> starterVariable;
    private String deadlineDecision;
    private String withdrawalMessage;
    private Variable<String> caseOrganisation;
    private String applicantRevision;

    private Builder(String processKey) {
      this.processKey = processKey;
    }

    public Builder casePrefix(String prefix) {
      this.casePrefix = prefix;
      return this;
    }

    /** The variable that names the starter for the model; set by the kernel, never by a client. */
    public Builder starterIn(Variable<String> variable) {
      this.starterVariable = variable;
      return this;
    }

    /** The decision that sets the review steps' working days from the case's facts. */
    public Builder deadlines(String decisionKey) {
      this.deadlineDecision = decisionKey;
      return this;
    }

    /** The starter may withdraw the case, by this message, while no review is recorded. */
    public Builder withdrawnBy(String messageName) {
      this.withdrawalMessage = messageName;
      return this;
    }

    /**
     * Only the platform starts it (no role may, at any door); each case belongs to the organisation that the start
     * variable {@code organisation} names: its case number names it, and it and those above it may read the case.
     */
    public Builder startedByPlatform(Variable<String> organisation) {
      this.caseOrganisation = organisation;
      return this;
    }

    /** A case returned to the applicant (退回) waits at this declared applicant step. */
    public Builder returnsToApplicant(String taskKey) {
      this.applicantRevision = taskKey;
      return this;
    }

    public Builder startedBy(String... roles) {
      starterRoles.addAll(List.of(roles));
      return this;
    }

    public Builder startVariables(List<Variable<?>> variables) {
      variables.forEach(variable -> startVariables.put(variable.name(), variable));
      return this;
    }

    /** Start variables every start must name; they must be among the start variables. */
    public Builder requiredAtStart(Variable<?>... variables) {
      requiredAtStart.addAll(List.of(variables));
      return this;
    }

    public Builder step(Step step) {
      steps.put(step.taskKey(), step);
      return this;
    }

    /** Variables the process sets itself (delegates, listeners); no client writes them. */
    public Builder internal(List<Variable<?>> variables) {
      internal.addAll(variables);
      return this;
    }

    public CaseDeclaration build() {
      if (casePrefix == null || starterRoles.isEmpty() == (caseOrganisation == null)) {
        throw new IllegalStateException(processKey + ": a declaration needs a case prefix and either starter roles "
            + "or the platform as its only starter");
      }
      requiredAtStart.stream().filter(variable -> !startVariables.containsKey(variable.name())).findAny()
          .ifPresent(variable -> {
            throw new IllegalStateException(processKey + ": " + variable + " is required but not a start variable");
          });
      if (applicantRevision != null && (!steps.containsKey(applicantRevision)
          || steps.get(applicantRevision).actor() != Step.Actor.ASSIGNEE)) {
        throw new IllegalStateException(processKey + ": " + applicantRevision + " is not a declared applicant step");
      }
      return new CaseDeclaration(this);
    }
  }
}
