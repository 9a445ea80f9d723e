package cn.unionsw.platform.people;

/** A feature's own demo data, loaded after the demo organisations and users; must be idempotent. */
public interface DemoDataContribution {

  void load();
}
