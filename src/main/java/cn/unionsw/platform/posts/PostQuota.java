package cn.unionsw.platform.posts;

/** The quota of a basic unit by its province's quota decision (Art. 10); null where the decision sets none. */
public interface PostQuota {

  Integer maxPosts(String unitCode, Integer employeeCount);
}
