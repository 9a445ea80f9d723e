package cn.unionsw.platform.people;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import cn.unionsw.platform.people.TasklistFilters.SharedFilter;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.QueryValidators.StoredQueryValidator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On every start and every database: writes the shared {@link TasklistFilters} (created, or updated where the code
 * changed them), and keeps filters closed to everyone but {@code camunda-admin}, which is what makes expressions in
 * stored queries safe (ADR 0006): filters owned by other users go (Camunda gives an owner every permission on
 * their filter), and so do CREATE, UPDATE and DELETE on filters granted to anyone else. Runs after
 * {@link AccessPolicy} has granted READ on the filters; nodes that start together take turns ({@link StartupLock}).
 */
@Component
@Order(15)
class TasklistFilterSetup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TasklistFilterSetup.class);
  private static final List<Permission> WRITES = List.of(Permissions.CREATE, Permissions.UPDATE, Permissions.DELETE);

  private final TasklistFilters catalogue;
  private final FilterService filters;
  private final AuthorizationService authorizations;
  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final StartupLock startupLock;

  TasklistFilterSetup(TasklistFilters catalogue, FilterService filters, AuthorizationService authorizations,
      IdentityService identityService, ProcessEngineConfiguration engineConfiguration, StartupLock startupLock) {
    this.catalogue = catalogue;
    this.filters = filters;
    this.authorizations = authorizations;
    this.identityService = identityService;
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
    this.startupLock = startupLock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    startupLock.acquire();
    int removed = removeFiltersOwnedByUsers();
    int revoked = revokeFilterWrites();
    int written = 0;
    for (SharedFilter shared : TasklistFilters.ALL) {
      written += ensure(shared) ? 1 : 0;
    }
    if (removed + revoked + written > 0) {
      log.info("Tasklist filters: {} shared filters written, {} user-owned filters removed, {} filter grants narrowed",
          written, removed, revoked);
    }
  }

  /** The per-user filters of earlier versions, and any a user made; deleting a filter deletes its grants. */
  private int removeFiltersOwnedByUsers() {
    int removed = 0;
    for (Filter filter : filters.createFilterQuery().list()) {
      if (filter.getOwner() != null && !isAdministrator(filter.getOwner())) {
        filters.deleteFilter(filter.getId());
        removed++;
      }
    }
    return removed;
  }

  private boolean isAdministrator(String userId) {
    return identityService.createGroupQuery().groupMember(userId).groupId(Roles.ADMIN).count() > 0;
  }

  /** Leaves READ (and revocations) alone; takes CREATE, UPDATE and DELETE on filters from all but administrators. */
  private int revokeFilterWrites() {
    int narrowed = 0;
    for (Authorization authorization : authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).list()) {
      if (authorization.getAuthorizationType() == AUTH_TYPE_REVOKE || heldByAdministrators(authorization)) {
        continue;
      }
      boolean writes = false;
      for (Permission write : WRITES) {
        if (authorization.isPermissionGranted(write)) {
          authorization.removePermission(write);
          writes = true;
        }
      }
      if (writes) {
        authorizations.saveAuthorization(authorization);
        narrowed++;
      }
    }
    return narrowed;
  }

  /** The administrators' group, or one administrator (the owner of a filter an administrator made). */
  private boolean heldByAdministrators(Authorization authorization) {
    String userId = authorization.getUserId();
    return Roles.ADMIN.equals(authorization.getGroupId())
        || userId != null && !Authorization.ANY.equals(userId) && isAdministrator(userId);
  }

  /** Creates the filter under its fixed id, or brings it in line with the code; true when it wrote. */
  private boolean ensure(SharedFilter shared) {
    FilterEntity wanted = (FilterEntity) filters.newTaskFilter(shared.name())
        .setQuery(catalogue.queryOf(shared))
        .setProperties(shared.properties());
    // Read back as the engine will load it, so that an unchanged filter compares equal.
    wanted.setPropertiesInternal(wanted.getPropertiesInternal());
    FilterEntity existing = (FilterEntity) filters.getFilter(shared.id());
    if (existing == null) {
      wanted.setId(shared.id());
      insert(wanted);
      return true;
    }
    if (existing.getOwner() == null && Objects.equals(existing.getName(), wanted.getName())
        && Objects.equals(existing.getQueryInternal(), wanted.getQueryInternal())
        && Objects.equals(existing.getPropertiesInternal(), wanted.getPropertiesInternal())) {
      return false;
    }
    existing.setName(wanted.getName());
    existing.setOwner(null);
    existing.setQuery(wanted.getQuery());
    existing.setProperties(wanted.getProperties());
    filters.saveFilter(existing);
    return true;
  }

  /**
   * FilterService inserts only under a generated id; the grants and Tasklist links name these filters by a fixed
   * id, so the first insert goes to the engine's entity manager directly, in the same transaction, after the check
   * FilterService would make (expressions must be allowed in stored queries).
   */
  private void insert(FilterEntity filter) {
    engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
      ((AbstractQuery<?, ?>) filter.getQuery()).validate(StoredQueryValidator.get());
      context.getDbEntityManager().insert(filter);
      return null;
    });
  }
}
