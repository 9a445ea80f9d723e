package cn.unionsw.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The floors of the building: shared capabilities below ({@code web}, {@code orgs}, {@code people}, the
 * {@code workdays} calendar, {@code policy}, printable {@code documents}, uploaded {@code sheets}, users'
 * {@code notifications}), processes on top. A process may use any floor below it; nothing
 * below may reach up, so that fixing appeals never means touching the organisation registry, and a new process is
 * one new package. ArchUnit reads bytecode: a compile-time constant (a {@code static final String}) is copied into
 * its user and leaves no dependency to see.
 */
@AnalyzeClasses(packages = "cn.unionsw.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The process features, present and planned (DOMAIN.md); planned ones are named so the rule holds on arrival. */
  private static final String[] PROCESS_FEATURES = {
      "cn.unionsw.platform.posts..",
      "cn.unionsw.platform.review..",
      "cn.unionsw.platform.follow..",
      "cn.unionsw.platform.procurement..",
      "cn.unionsw.platform.talent..",
      "cn.unionsw.platform.recruitment..",
      "cn.unionsw.platform.evaluation..",
      "cn.unionsw.platform.appeal.."};

  @ArchTest
  static final ArchRule featurePackagesFormNoCycles = slices()
      .matching("cn.unionsw.platform.(*)..")
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule sharedFloorsUseNoProcess = noClasses()
      .that().resideInAnyPackage("cn.unionsw.platform.orgs..", "cn.unionsw.platform.workdays..",
          "cn.unionsw.platform.policy..", "cn.unionsw.platform.web..", "cn.unionsw.platform.documents..",
          "cn.unionsw.platform.sheets..", "cn.unionsw.platform.notifications..")
      .should().dependOnClassesThat().resideInAnyPackage(PROCESS_FEATURES)
      .because("shared capabilities serve every process and must not know any of them");

  @ArchTest
  static final ArchRule orgsIsTheGroundFloor = noClasses()
      .that().resideInAPackage("cn.unionsw.platform.orgs..")
      .should().dependOnClassesThat().resideInAPackage("cn.unionsw.platform.people..")
      .because("people (roles, grants, demo users) build on organisations, not the other way round");

  /**
   * The talent database (人才信息库) stands on the posts and contracts it records and serves the processes that fill
   * and judge those posts: recruitment hires into it, evaluation and appeals read it. None of those below may know
   * it, and it may know none of those above, so that each arrives without a cycle.
   */
  @ArchTest
  static final ArchRule talentStandsOnPostsAndContracts = noClasses()
      .that().resideInAnyPackage("cn.unionsw.platform.posts..", "cn.unionsw.platform.procurement..",
          "cn.unionsw.platform.review..", "cn.unionsw.platform.people..")
      .should().dependOnClassesThat().resideInAPackage("cn.unionsw.platform.talent..")
      .because("posts and contracts exist before anyone holds them");

  @ArchTest
  static final ArchRule talentServesRecruitmentAndEvaluation = noClasses()
      .that().resideInAPackage("cn.unionsw.platform.talent..")
      .should().dependOnClassesThat().resideInAnyPackage("cn.unionsw.platform.recruitment..",
          "cn.unionsw.platform.evaluation..", "cn.unionsw.platform.appeal..")
      .because("recruitment hires into the talent database and evaluation reads it, not the other way round");
}
