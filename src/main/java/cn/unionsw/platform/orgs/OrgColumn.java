package cn.unionsw.platform.orgs;

import cn.unionsw.platform.sheets.SheetColumns;

/**
 * The columns of an organisation file, found by their Chinese header (row 1) in any order; each names the
 * {@link Organisation} property it fills, which every error names beside the header. The counts may be left out
 * (unions have none); the parent's cell is blank for the province alone.
 */
enum OrgColumn {
  CODE("组织代码", "code", true),
  PARENT_CODE("上级代码", "parentCode", true),
  NAME("名称", "name", true),
  TYPE("类型", "type", true),
  LEGAL_ENTITY_COUNT("法人单位数", "legalEntityCount", false),
  EMPLOYEE_COUNT("职工人数", "employeeCount", false),
  MEMBER_COUNT("会员人数", "memberCount", false);

  private final String header;
  private final String field;
  private final boolean required;

  OrgColumn(String header, String field, boolean required) {
    this.header = header;
    this.field = field;
    this.required = required;
  }

  String header() {
    return header;
  }

  String field() {
    return field;
  }

  boolean required() {
    return required;
  }

  static final SheetColumns<OrgColumn> SHEET = new SheetColumns<>(OrgColumn.class, OrgColumn::header,
      OrgColumn::field, OrgColumn::required);
}
