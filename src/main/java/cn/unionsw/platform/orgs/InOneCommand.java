package cn.unionsw.platform.orgs;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * An administrator's bulk identity work (a province's organisation groups, its users and their memberships) as one
 * engine command, in the caller's transaction and as the caller, so that Camunda's user operation log names them;
 * only for doors that let administrators alone through. Camunda checks every identity write and query by first
 * reading the id of every group that holds any authorization (a province has some 2,600), and forgets that list
 * whenever an authorization is written, which each new group and user does: one command per write read it 2,567
 * times for Hebei's tree (41 s on H2), one command for all still about once per user (5 s for 202 users). The caller
 * has been checked already, as the administrator they are; inside, the engine's own checks are off.
 */
public final class InOneCommand {

  private InOneCommand() {
  }

  public static <T> T call(ProcessEngineConfiguration engine, Supplier<T> work) {
    return ((ProcessEngineConfigurationImpl) engine).getCommandExecutorTxRequired()
        .execute(context -> context == null ? work.get() : context.runWithoutAuthorization(work::get));
  }

  public static void run(ProcessEngineConfiguration engine, Runnable work) {
    call(engine, () -> {
      work.run();
      return null;
    });
  }
}
