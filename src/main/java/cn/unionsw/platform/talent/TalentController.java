package cn.unionsw.platform.talent;

import cn.unionsw.platform.orgs.Codes;
import cn.unionsw.platform.orgs.OrgAccess;
import cn.unionsw.platform.orgs.OrgAccess.Reach;
import cn.unionsw.platform.people.Roles;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/talent}: the talent database by the rule of reach. Clerks and reviewers list and read the workers of
 * the posts they reach (a county its own, a city its counties', the province all); a worker reads their own record
 * and nobody else's; a record out of reach reads as not found. Clerks of the worker's county or city, and
 * administrators, record that a worker left; administrators load the workers already on post.
 */
@RestController
@RequestMapping("/api/talent")
class TalentController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final TalentDatabase database;
  private final WorkerImport workerImport;
  private final OrgAccess access;

  TalentController(TalentDatabase database, WorkerImport workerImport, OrgAccess access) {
    this.database = database;
    this.workerImport = workerImport;
    this.access = access;
  }

  /** A worker's record with its history, oldest first. */
  record WorkerFile(Worker worker, List<TalentEvent> history) {
  }

  /** The day as text, read strictly here: Jackson would take {@code 2026-01-01T00:00:00} for a date. */
  record LeaveRequest(String on, String reason) {

    LocalDate day() {
      if (on == null || on.isBlank()) {
        return null; // the database names a missing day
      }
      try {
        return LocalDate.parse(on, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        throw Refusal.invalid("on", "须为 2026-01-31 格式的日期，收到 " + Problems.quote(on));
      }
    }
  }

  /** {@code GET /api/talent/workers?org=CODE&status=ON_POST}: default org, one's own; default status, any. */
  @GetMapping("/workers")
  List<Worker> workers(@RequestParam(required = false) String org, @RequestParam(required = false) String status,
      Principal caller) {
    Reach reach = requireClerkOrReviewer(caller);
    String scope = org != null ? org : reach.homeOrg();
    if (scope == null) {
      throw Refusal.invalid("org", "请指定组织代码 org");
    }
    if (!Codes.isValid(scope)) {
      throw Refusal.invalid("org", "组织代码格式不正确: " + Problems.quote(scope));
    }
    WorkerStatus wanted = status(status);
    if (!reach.includes(scope)) {
      throw Refusal.forbidden("无权查看组织 " + scope + " 的社工");
    }
    return database.within(scope, wanted);
  }

  @GetMapping("/workers/{id}")
  WorkerFile worker(@PathVariable long id, Principal caller) {
    Reach reach = access.reachOf(caller.getName());
    Worker worker = database.find(id).filter(w -> reads(reach, w)).orElseThrow(() -> notFound(id));
    return new WorkerFile(worker, database.history(worker.id()));
  }

  /** The caller's own record, if the caller is a worker of the database. */
  @GetMapping("/me")
  WorkerFile me(Principal caller) {
    Worker worker = database.ofUser(caller.getName())
        .orElseThrow(() -> Refusal.notFound("worker", "人才信息库中没有与账号 " + caller.getName() + " 关联的社工"));
    return new WorkerFile(worker, database.history(worker.id()));
  }

  /** Workers already on post, as .xlsx or CSV ({@link WorkerSheet}): all of them, or none if any row is bad. */
  @PutMapping(path = "/workers/import", consumes = {XLSX, "text/csv"})
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  WorkerImport.Imported importWorkers(@RequestBody byte[] file, @RequestHeader("Content-Type") String type,
      Principal caller) {
    String name = MediaType.parseMediaType(type).isCompatibleWith(MediaType.parseMediaType(XLSX)) ? "workers.xlsx"
        : "workers.csv";
    return workerImport.load(file, name, caller.getName());
  }

  /** The worker leaves their post: a clerk of their county or city, or an administrator, records it. */
  @PostMapping("/workers/{id}/leave")
  WorkerFile leave(@PathVariable long id, @RequestBody LeaveRequest request, Principal caller) {
    Reach reach = access.reachOf(caller.getName());
    if (!reach.admin() && !reach.roles().contains(Roles.CLERK)) {
      throw Refusal.forbidden("只有社工所在县（市、区）或市的经办人员可以登记离岗");
    }
    database.find(id).filter(w -> reach.includes(w.unitCode())).orElseThrow(() -> notFound(id));
    database.leave(id, request.day(), request.reason(), caller.getName());
    return worker(id, caller);
  }

  /** Administrators all; clerks and reviewers within reach; anyone their own record. */
  private static boolean reads(Reach reach, Worker worker) {
    boolean staff = reach.roles().contains(Roles.CLERK) || reach.roles().contains(Roles.REVIEWER);
    return reach.admin() || reach.userId().equals(worker.userId()) || staff && reach.includes(worker.unitCode());
  }

  private Reach requireClerkOrReviewer(Principal caller) {
    Reach reach = access.reachOf(caller.getName());
    if (!reach.admin() && !reach.roles().contains(Roles.CLERK) && !reach.roles().contains(Roles.REVIEWER)) {
      throw Refusal.forbidden("只有审核人员和经办人员可查看人才信息库；社工请查看本人记录（/api/talent/me）");
    }
    return reach;
  }

  private static Refusal notFound(long id) {
    return Refusal.notFound("worker", "没有这名社工: " + id);
  }

  /** Read exactly: Spring would take {@code on_post} or {@code 0} for a constant. */
  private static WorkerStatus status(String name) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    return Arrays.stream(WorkerStatus.values()).filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> Refusal.invalid("status", "须为 " + Arrays.stream(WorkerStatus.values())
            .map(Enum::name).collect(Collectors.joining("、")) + " 之一，收到 " + Problems.quote(name)));
  }
}
