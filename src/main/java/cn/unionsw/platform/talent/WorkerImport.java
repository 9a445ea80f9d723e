package cn.unionsw.platform.talent;

import cn.unionsw.platform.orgs.OrgService;
import cn.unionsw.platform.orgs.Organisation;
import cn.unionsw.platform.policy.Grade;
import cn.unionsw.platform.sheets.RowErrors;
import cn.unionsw.platform.talent.TalentMapper.Row;
import cn.unionsw.platform.talent.WorkerSheet.Line;
import cn.unionsw.platform.web.Refusal.RowError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the workers who were on post before the platform (an administrator's import, until recruitment hires them):
 * each row takes an ACTIVE post of its unit and grade that no worker holds, the oldest first, in the file's order.
 * All or nothing: the file is read whole ({@link WorkerSheet}), then every row is checked against the database
 * (the unit, a worker already on post, the account, a free post left) with every bad row named, and only then is
 * anyone hired. The posts of each unit and grade are locked while they are handed out, so that two imports, or an
 * import and a hire, take turns.
 */
@Service
class WorkerImport {

  private final TalentDatabase database;
  private final TalentMapper mapper;
  private final OrgService orgs;
  private final Accounts accounts;

  WorkerImport(TalentDatabase database, TalentMapper mapper, OrgService orgs, Accounts accounts) {
    this.database = database;
    this.mapper = mapper;
    this.orgs = orgs;
    this.accounts = accounts;
  }

  record Imported(int workers, List<Long> ids) {
  }

  @Transactional
  public Imported load(byte[] file, String fileName, String by) {
    WorkerSheet.Read read = WorkerSheet.read(file, fileName, database.today());
    List<Line> lines = read.lines();
    List<RowError> errors = new ArrayList<>(read.errors());
    Map<String, Boolean> basicUnits = new HashMap<>();
    List<Line> placeable = new ArrayList<>();
    for (Line line : lines) {
      boolean known = basicUnits.computeIfAbsent(line.unitCode(),
          code -> orgs.find(code).map(Organisation::type).map(t -> t.isBasicUnit()).orElse(false));
      if (!known) {
        errors.add(new RowError(line.row(), "unitCode", "岗位所在单位 " + line.unitCode() + " 不是已登记的基层单位"));
      } else {
        placeable.add(line);
      }
      person(line, errors);
    }
    Map<Line, Long> posts = posts(placeable, errors);
    RowErrors inRowOrder = new RowErrors();
    errors.stream().sorted(Comparator.comparingInt(RowError::row)).forEach(inRowOrder::add);
    inRowOrder.refuseIfAny();
    List<Long> ids = new ArrayList<>();
    for (Line line : lines) {
      ids.add(database.placeOnPost(line.worker().onPost(posts.get(line)), by));
    }
    return new Imported(ids.size(), List.copyOf(ids));
  }

  /** The person in the database: not on another post already, the account theirs to take. */
  private void person(Line line, List<RowError> errors) {
    NewWorker worker = line.worker();
    Optional<Row> earlier = mapper.findByIdentity(worker.identityNumber());
    if (earlier.isPresent() && earlier.get().status() == WorkerStatus.ON_POST) {
      errors.add(new RowError(line.row(), "identityNumber", "该社工已在岗：" + earlier.get().unitCode() + " 岗位 "
          + earlier.get().postId() + "（须先离岗）"));
    }
    String account = worker.userId();
    if (account == null) {
      return;
    }
    if (!accounts.exists(account)) {
      errors.add(new RowError(line.row(), "userId", "平台账号 " + account + " 不存在"));
      return;
    }
    Long other = accounts.linkedElsewhere(account, earlier.map(Row::id).orElse(null));
    if (other != null) {
      errors.add(new RowError(line.row(), "userId", "平台账号 " + account + " 已关联社工 " + other));
    }
  }

  /**
   * A free post for each line, by unit and grade (locked in code order, so that two imports cannot deadlock); a line
   * for which none is left is named.
   */
  private Map<Line, Long> posts(List<Line> lines, List<RowError> errors) {
    Map<String, List<Line>> byPost = new TreeMap<>();
    for (Line line : lines) {
      byPost.computeIfAbsent(line.unitCode() + "/" + line.worker().grade(), k -> new ArrayList<>()).add(line);
    }
    Map<Line, Long> assigned = new LinkedHashMap<>();
    byPost.values().forEach(group -> {
      String unit = group.get(0).unitCode();
      Grade grade = group.get(0).worker().grade();
      List<Long> active = mapper.lockActivePosts(unit, grade);
      Set<Long> held = active.isEmpty() ? Set.of() : new HashSet<>(mapper.held(active));
      Deque<Long> free = new ArrayDeque<>(active.stream().filter(id -> !held.contains(id)).toList());
      for (Line line : group) {
        if (free.isEmpty()) {
          errors.add(new RowError(line.row(), "grade", unit + " 的" + grade.label() + "已无空缺：在用岗位 "
              + active.size() + " 个，已有在岗社工 " + held.size() + " 人，其余已分给本文件前面的行"));
        } else {
          assigned.put(line, free.poll());
        }
      }
    });
    return assigned;
  }
}
