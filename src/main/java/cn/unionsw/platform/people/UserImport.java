package cn.unionsw.platform.people;

import static cn.unionsw.platform.people.UserColumn.USER_ID;

import cn.unionsw.platform.orgs.InOneCommand;
import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.people.UserAccounts.Outcome;
import cn.unionsw.platform.sheets.RowErrors;
import cn.unionsw.platform.sheets.SheetRows;
import cn.unionsw.platform.sheets.SheetRows.SheetRow;
import cn.unionsw.platform.web.Refusal;
import cn.unionsw.platform.web.Refusal.RowError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A province's users loaded from a file when it goes live: the first sheet of an .xlsx, or a CSV (UTF-8, or GBK as
 * Excel saves it), headers of {@link UserColumn} in row 1 in any order, one user per row. All or nothing: every row is
 * checked ({@link UserAccounts#faults}: the account an id Camunda takes and not repeated, the organisation
 * registered, the role known and fitting it, the e-mail, an initial password meeting the policy), every bad row
 * named, and only a file without one is applied. Applying is an upsert: a new user is created with the groups of
 * their organisation and role, an existing one moved or renamed where the file differs, so the same file loaded
 * again changes nothing. Generated passwords are answered once.
 */
@Service
class UserImport {

  static final int MAX_ROWS = 20_000;

  private final UserAccounts accounts;
  private final UserChecks checks;
  private final OrgService orgs;
  private final ProcessEngineConfiguration engine;

  UserImport(UserAccounts accounts, UserChecks checks, OrgService orgs, ProcessEngineConfiguration engine) {
    this.accounts = accounts;
    this.checks = checks;
    this.orgs = orgs;
    this.engine = engine;
  }

  record Line(int row, UserSpec spec) {
  }

  record Password(String userId, String password) {
  }

  record Moved(String userId, List<String> returnedTasks, List<String> keptTasks) {
  }

  /** Users in the file; how many were created, changed or already so; passwords generated; tasks of moved users. */
  record Result(int users, int created, int updated, int unchanged, List<Password> passwords, List<Moved> moved) {
  }

  @Transactional
  Result load(byte[] file, String fileName, String caller) {
    List<RowError> errors = new ArrayList<>();
    List<Line> lines = read(file, fileName, errors);
    accounts.lock();
    // One engine command for the whole file: Camunda's authorization check of each identity write is then read once.
    return InOneCommand.call(engine, () -> checkAndApply(lines, errors, caller));
  }

  private Result checkAndApply(List<Line> lines, List<RowError> errors, String caller) {
    Map<String, Optional<Organisation>> known = new HashMap<>();
    for (Line line : lines) {
      for (UserChecks.Fault fault : checks.faults(line.spec(), caller,
          code -> known.computeIfAbsent(code, orgs::find))) {
        UserColumn column = UserColumn.ofField(fault.field());
        errors.add(new RowError(line.row(), fault.field(), fault.reason(), column == null ? null : column.header()));
      }
    }
    RowErrors inRowOrder = new RowErrors();
    errors.stream().sorted(Comparator.comparingInt(RowError::row)).forEach(inRowOrder::add);
    inRowOrder.refuseIfAny();
    int created = 0;
    int updated = 0;
    List<Password> passwords = new ArrayList<>();
    List<Moved> moved = new ArrayList<>();
    for (Line line : lines) {
      Outcome outcome = accounts.write(line.spec());
      created += outcome.created() ? 1 : 0;
      updated += outcome.changed() ? 1 : 0;
      if (outcome.generatedPassword() != null) {
        passwords.add(new Password(line.spec().userId(), outcome.generatedPassword()));
      }
      if (!outcome.returnedTasks().isEmpty() || !outcome.keptTasks().isEmpty()) {
        moved.add(new Moved(line.spec().userId(), outcome.returnedTasks(), outcome.keptTasks()));
      }
    }
    return new Result(lines.size(), created, updated, lines.size() - created - updated, passwords, moved);
  }

  /** Every row as a spec; a repeated account (in any case: a login should not depend on it) is named. */
  static List<Line> read(byte[] file, String fileName, List<RowError> errors) {
    try (SheetRows rows = SheetRows.open(file, fileName)) {
      SheetRow header = SheetRows.firstNonBlank(rows);
      if (header == null) {
        throw Refusal.invalid("file", "文件中没有内容；第 1 行须为表头：" + UserColumn.SHEET.headers());
      }
      Map<UserColumn, Integer> columns = UserColumn.SHEET.find(header.number() == 1 ? header.cells() : List.of());
      List<Line> lines = new ArrayList<>();
      Map<String, Integer> ids = new HashMap<>();
      while (rows.hasNext()) {
        SheetRow row = rows.next();
        if (row.isBlank()) {
          continue;
        }
        if (lines.size() >= MAX_ROWS) {
          throw Refusal.invalid("file", "一次最多导入 " + MAX_ROWS + " 个用户，请分批导入");
        }
        UserSpec spec = new UserSpec(cell(row, columns, USER_ID), cell(row, columns, UserColumn.NAME),
            cell(row, columns, UserColumn.ORG_CODE), cell(row, columns, UserColumn.ROLE),
            cell(row, columns, UserColumn.EMAIL), cell(row, columns, UserColumn.PASSWORD)).normalised();
        if (spec.userId() != null) {
          Integer first = ids.putIfAbsent(spec.userId().toLowerCase(Locale.ROOT), row.number());
          if (first != null) {
            errors.add(new RowError(row.number(), USER_ID.field(), "平台账号 " + SheetRows.echo(spec.userId())
                + " 与第 " + first + " 行重复（不分大小写）", USER_ID.header()));
          }
        }
        lines.add(new Line(row.number(), spec));
      }
      if (lines.isEmpty()) {
        throw Refusal.invalid("file", "文件中没有用户：表头（第 1 行）之后没有数据行");
      }
      return lines;
    }
  }

  private static String cell(SheetRow row, Map<UserColumn, Integer> columns, UserColumn column) {
    Integer index = columns.get(column);
    return index == null ? null : row.cell(index);
  }
}
