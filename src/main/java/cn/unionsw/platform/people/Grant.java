package cn.unionsw.platform.people;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One global Camunda authorization a role group holds: permissions on a resource id ({@code *} for all). */
public record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
}
