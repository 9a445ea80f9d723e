package cn.unionsw.platform.talent;

import cn.unionsw.platform.sheets.SheetColumns;

/**
 * The columns of a file of workers already on post, found by their header (row 1) in any order; the
 * {@link NewWorker} property each fills names it in every error. Only the platform account may be left out.
 */
enum WorkerColumn {
  NAME("姓名", "name"),
  IDENTITY_NUMBER("身份证号", "identityNumber"),
  EDUCATION("学历", "education"),
  CERTIFICATES("证书", "certificates"),
  GRADE("岗位等级", "grade"),
  UNIT_CODE("岗位所在单位", "unitCode"),
  ON_POST_SINCE("上岗日期", "onPostSince"),
  CONTRACTOR_NAME("承接主体", "contractorName"),
  CONTRACT_STARTS_ON("合同起", "contractStartsOn"),
  CONTRACT_ENDS_ON("合同止", "contractEndsOn"),
  USER_ID("平台账号", "userId");

  private final String header;
  private final String field;

  WorkerColumn(String header, String field) {
    this.header = header;
    this.field = field;
  }

  String header() {
    return header;
  }

  String field() {
    return field;
  }

  boolean required() {
    return this != USER_ID;
  }

  /** The column of a field, or null (a field no column fills, such as the post). */
  static WorkerColumn ofField(String field) {
    for (WorkerColumn column : values()) {
      if (column.field.equals(field)) {
        return column;
      }
    }
    return null;
  }

  /** The columns as a sheet holds them. */
  static final SheetColumns<WorkerColumn> SHEET = new SheetColumns<>(WorkerColumn.class, WorkerColumn::header,
      WorkerColumn::field, WorkerColumn::required);
}
