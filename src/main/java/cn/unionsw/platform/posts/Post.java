package cn.unionsw.platform.posts;

import cn.unionsw.platform.policy.Grade;

/** A post of the registry. */
public record Post(Long id, String unitCode, Grade grade, String status, String createdByInstance,
    String changedByInstance) {

  public static final String ACTIVE = "ACTIVE";
  public static final String CANCELLED = "CANCELLED";
}
