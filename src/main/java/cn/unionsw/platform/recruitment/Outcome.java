package cn.unionsw.platform.recruitment;

/** Where a candidate stands: still in the stages, ended by a stage with its reason, or on post. */
public enum Outcome {
  IN_PROGRESS, FAILED, HIRED
}
