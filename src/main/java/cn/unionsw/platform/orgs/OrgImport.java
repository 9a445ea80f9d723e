package cn.unionsw.platform.orgs;

import static cn.unionsw.platform.orgs.OrgColumn.CODE;
import static cn.unionsw.platform.orgs.OrgColumn.PARENT_CODE;
import static cn.unionsw.platform.orgs.OrgColumn.TYPE;

import cn.unionsw.platform.orgs.OrgSheet.Line;
import cn.unionsw.platform.sheets.RowErrors;
import cn.unionsw.platform.web.Refusal.RowError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A province's organisation tree loaded from a file when it goes live: the province, its cities, counties and basic
 * units with their type and counts ({@link OrgSheet}). All or nothing: every row is checked against the file and the
 * registry (the parent known, the code nested under it, the type allowed there and unchanged), every bad row named,
 * and only a file without one is applied. Applying is an upsert: a new organisation is registered with its group, a
 * changed one updated, an unchanged one left alone, so loading the same file again changes nothing. Codes and types
 * never change (other records refer to them); organisations missing from the file are kept. Loads take turns with
 * each other and with user loads (a row lock).
 */
@Service
public class OrgImport {

  /** The row of {@code platform_lock} that loads of organisations and users take turns on. */
  public static final String LOCK = "identity-admin";
  private static final int GROUP_PAGE = 1000;

  private final OrgMapper orgs;
  private final IdentityService identityService;
  private final ProcessEngineConfiguration engine;

  OrgImport(OrgMapper orgs, IdentityService identityService, ProcessEngineConfiguration engine) {
    this.orgs = orgs;
    this.identityService = identityService;
    this.engine = engine;
  }

  /** What a load did: organisations in the file, and how many of them were created, updated or already so. */
  public record Result(int organisations, int created, int updated, int unchanged) {
  }

  @Transactional
  public Result load(byte[] file, String fileName) {
    OrgSheet.Read read = OrgSheet.read(file, fileName);
    if (orgs.lock(LOCK) == null) {
      throw new IllegalStateException("platform_lock has no '" + LOCK + "' row; is the Flyway migration V51 missing?");
    }
    Map<String, Organisation> registered = orgs.findAll().stream()
        .collect(Collectors.toMap(Organisation::code, Function.identity()));
    Map<String, Line> inFile = read.lines().stream().collect(Collectors.toMap(line -> line.org().code(),
        Function.identity()));
    List<RowError> errors = new ArrayList<>(read.errors());
    for (Line line : read.lines()) {
      errors.addAll(treeFaults(line, inFile, read, registered));
    }
    RowErrors inRowOrder = new RowErrors();
    errors.stream().sorted(Comparator.comparingInt(RowError::row)).forEach(inRowOrder::add);
    inRowOrder.refuseIfAny();
    return InOneCommand.call(engine, () -> apply(read.lines(), registered));
  }

  /** How the row fits the tree: under a known parent whose code it extends, of a type allowed there and unchanged. */
  static List<RowError> treeFaults(Line line, Map<String, Line> inFile, OrgSheet.Read read,
      Map<String, Organisation> registered) {
    Organisation org = line.org();
    int row = line.row();
    List<RowError> faults = new ArrayList<>();
    String parent = org.parentCode();
    String expected = Codes.parentOf(org.code());
    OrgType parentType = null;
    if (parent == null) {
      if (expected != null) {
        faults.add(OrgSheet.error(row, PARENT_CODE, "上级代码不能为空：" + org.code() + " 的上级应为 " + expected));
      }
    } else if (!parent.equals(expected)) {
      faults.add(OrgSheet.error(row, CODE, "组织代码 " + org.code() + " 不在上级代码 " + parent + " 之下（代码按前缀逐级嵌套："
          + parent + " 的下级组织代码应为 " + parent + "-…）"));
    } else if (!inFile.containsKey(parent) && !read.codes().contains(parent) && !registered.containsKey(parent)) {
      faults.add(OrgSheet.error(row, PARENT_CODE, "上级组织 " + parent + " 未登记，文件中也没有"));
    } else {
      parentType = inFile.containsKey(parent) ? inFile.get(parent).org().type()
          : registered.containsKey(parent) ? registered.get(parent).type() : null;
    }
    boolean placed = parent == null ? expected == null : parentType != null;
    if (placed && !org.type().mayStandUnder(parentType)) {
      faults.add(OrgSheet.error(row, TYPE, org.type().label() + "不能设在" + (parentType == null
          ? "顶层（没有上级的只能是省总工会 PROVINCE）" : parentType.label() + "之下")));
    }
    Organisation earlier = registered.get(org.code());
    if (earlier != null && earlier.type() != org.type()) {
      faults.add(OrgSheet.error(row, TYPE, "组织 " + org.code() + " 已登记为" + earlier.type().label()
          + "，类型不能修改"));
    }
    return faults;
  }

  /** Parents before children; each organisation written only where it differs, its group likewise. */
  private Result apply(List<Line> lines, Map<String, Organisation> registered) {
    Map<String, Group> groups = orgGroups();
    int created = 0;
    int updated = 0;
    List<Line> ordered = lines.stream().sorted(Comparator.comparingInt((Line line) -> depth(line.org().code()))
        .thenComparingInt(Line::row)).toList();
    for (Line line : ordered) {
      Organisation org = line.org();
      Organisation earlier = registered.get(org.code());
      if (earlier == null) {
        orgs.insert(org);
        created++;
      } else if (!earlier.equals(org)) {
        orgs.update(org);
        updated++;
      }
      Group group = groups.get(org.code());
      if (group == null) {
        group = identityService.newGroup(org.code());
      } else if (org.name().equals(group.getName()) && OrgAccess.ORG_GROUP_TYPE.equals(group.getType())) {
        continue;
      }
      group.setName(org.name());
      group.setType(OrgAccess.ORG_GROUP_TYPE);
      identityService.saveGroup(group);
    }
    return new Result(lines.size(), created, updated, lines.size() - created - updated);
  }

  /** Every organisation's group, by code, read in pages (the engine caps one query's results). */
  private Map<String, Group> orgGroups() {
    Map<String, Group> groups = new HashMap<>();
    for (int first = 0; ; first += GROUP_PAGE) {
      List<Group> page = identityService.createGroupQuery().groupType(OrgAccess.ORG_GROUP_TYPE).orderByGroupId().asc()
          .listPage(first, GROUP_PAGE);
      page.forEach(group -> groups.put(group.getId(), group));
      if (page.size() < GROUP_PAGE) {
        return groups;
      }
    }
  }

  private static int depth(String code) {
    return code.split("-").length;
  }
}
