package cn.unionsw.platform.people;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets the nodes of a cluster that start together on an empty database take turns writing their start-up data
 * (role groups and grants, the first administrator, the demo data). Each writer checks what exists, then inserts
 * what is missing; two nodes doing that at once would both find a group missing and the second insert would fail
 * on the key, stopping that node. Holding a row lock of the platform's own table for the writer's transaction
 * makes the second node wait until the first has committed, and then find everything in place.
 */
@Component
class StartupLock {

  static final String STARTUP = "startup";

  private final StartupLockMapper mapper;

  StartupLock(StartupLockMapper mapper) {
    this.mapper = mapper;
  }

  /** Waits for, and holds until the current transaction ends, the start-up lock. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void acquire() {
    if (mapper.lock(STARTUP) == null) {
      throw new IllegalStateException("platform_lock has no '" + STARTUP + "' row; is the Flyway migration V23 missing?");
    }
  }
}
