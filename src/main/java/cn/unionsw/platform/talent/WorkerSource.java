package cn.unionsw.platform.talent;

/** How a worker entered the database: hired through a recruitment round, or loaded from the records before it. */
public enum WorkerSource {
  RECRUITMENT,
  IMPORT
}
