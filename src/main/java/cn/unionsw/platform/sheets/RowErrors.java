package cn.unionsw.platform.sheets;

import cn.unionsw.platform.web.Refusal.RowError;
import cn.unionsw.platform.web.Refusal;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad cells of a file checked whole: every one counted, the first {@value #MAX_ERRORS} kept in the order found
 * (row order), then one refusal of field {@code file} naming them all, so that nothing of the file is applied and
 * every mistake can be fixed at once.
 */
public final class RowErrors {

  /** Errors listed in a refusal (the API lists as many); the message counts them all. */
  public static final int MAX_ERRORS = 1000;

  private final List<RowError> listed = new ArrayList<>();
  private int count;

  public void add(RowError error) {
    count++;
    if (listed.size() < MAX_ERRORS) {
      listed.add(error);
    }
  }

  public void add(int row, String field, String reason) {
    add(new RowError(row, field, reason));
  }

  public int count() {
    return count;
  }

  public boolean isEmpty() {
    return count == 0;
  }

  /** A refusal naming every listed error (none when there is none). */
  public void refuseIfAny() {
    if (count == 0) {
      return;
    }
    RowError first = listed.get(0);
    throw Refusal.invalidRows("file", "文件有 " + count + " 处错误" + (count > MAX_ERRORS ? "（列出前 " + MAX_ERRORS
        + " 处）" : "") + "，未导入任何数据；第一处：第 " + first.row() + " 行 "
        + (first.column() != null ? first.column() : first.field()) + "：" + first.reason(),
        List.copyOf(listed));
  }
}
