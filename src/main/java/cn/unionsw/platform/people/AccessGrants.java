package cn.unionsw.platform.people;

import java.util.List;

/**
 * Contributed by each feature: the authorizations its role groups need (e.g. starting its process). Applied
 * at start-up by {@link AccessPolicy}, idempotently, on every database.
 */
public interface AccessGrants {

  List<Grant> grants();
}
