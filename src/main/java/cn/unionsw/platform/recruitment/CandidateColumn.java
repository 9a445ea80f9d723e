package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.sheets.SheetColumns;

/**
 * The columns of a candidate file, found by their header (row 1) in any order; the property each fills names it
 * in every error. Only the phone may be left out.
 */
enum CandidateColumn {
  NAME("姓名", "name"),
  IDENTITY_NUMBER("身份证号", "identityNumber"),
  EDUCATION("学历", "education"),
  UNION_WORK_YEARS("工会工作年限", "unionWorkYears"),
  WORK_YEARS("工作年限", "workYears"),
  CERTIFICATES("证书", "certificates"),
  SOCIAL_WORK_BACHELOR("社会工作专业全日制本科", "socialWorkBachelor"),
  EXAM_ELIGIBLE("可报考职业资格", "examEligible"),
  YEARS_IN_LEVEL_3("三级岗年限", "yearsInLevel3"),
  YEARS_IN_LEVEL_2("二级岗年限", "yearsInLevel2"),
  UNIT_CODE("报考单位", "unitCode"),
  APPLIED_GRADE("报考岗位等级", "appliedGrade"),
  PHONE("联系电话", "phone");

  private final String header;
  private final String field;

  CandidateColumn(String header, String field) {
    this.header = header;
    this.field = field;
  }

  String header() {
    return header;
  }

  /** The {@link CandidateRow} property this column fills. */
  String field() {
    return field;
  }

  boolean required() {
    return this != PHONE;
  }

  /** The column a header cell names (spaces, line breaks and a leading * aside), or null. */
  static CandidateColumn named(String header) {
    return SHEET.named(header);
  }

  /** The columns as a sheet holds them. */
  static final SheetColumns<CandidateColumn> SHEET = new SheetColumns<>(CandidateColumn.class,
      CandidateColumn::header, CandidateColumn::field, CandidateColumn::required);
}
