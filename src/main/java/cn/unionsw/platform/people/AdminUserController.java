package cn.unionsw.platform.people;

import cn.unionsw.platform.people.UserAccounts.Outcome;
import cn.unionsw.platform.people.UserAccounts.UserView;
import cn.unionsw.platform.web.Refusal;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Users in Chinese terms, for administrators: {@code POST /api/admin/users} creates one, {@code PUT …/{id}} moves one
 * to another organisation or role (their claimed reviews go back to the pool, {@link HeldTasks}), {@code GET …/{id}}
 * reads one, {@code POST …/import} loads a users file all or nothing ({@link UserImport}).
 */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
class AdminUserController {

  private final UserAccounts accounts;
  private final UserImport userImport;

  AdminUserController(UserAccounts accounts, UserImport userImport) {
    this.accounts = accounts;
    this.userImport = userImport;
  }

  /** A new user; {@code password} only when one was generated, the one time it is shown. */
  record Created(UserView user, String password) {
  }

  /** A user after a move, with the tasks the move handed back and those it left with them. */
  record Moved(UserView user, List<String> returnedTasks, List<String> keptTasks) {
  }

  record MoveRequest(String name, String orgCode, String role, String email, String password) {
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Created create(@RequestBody UserSpec request, Principal caller) {
    Outcome outcome = accounts.create(request.normalised(), caller.getName());
    return new Created(outcome.user(), outcome.generatedPassword());
  }

  @GetMapping("/{id}")
  UserView get(@PathVariable String id) {
    return accounts.view(id).orElseThrow(() -> UserAccounts.notFound(id));
  }

  /** The target in full: organisation and role; name and e-mail stay as they are when left out. */
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  Moved move(@PathVariable String id, @RequestBody MoveRequest request, Principal caller) {
    if (request.name() != null && request.name().isBlank()) {
      throw Refusal.invalid("name", "姓名不能为空（不改姓名请不填此项）");
    }
    if (request.password() != null) {
      throw Refusal.invalid("password", "调整用户时不能设置密码：本人在任务列表中修改，或由管理员在 Camunda 管理台重置");
    }
    Outcome outcome = accounts.move(new UserSpec(id, request.name(), request.orgCode(), request.role(),
        request.email(), null).normalised(), caller.getName());
    return new Moved(outcome.user(), outcome.returnedTasks(), outcome.keptTasks());
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  UserImport.Result importUsers(@RequestPart("file") MultipartFile file, Principal caller) {
    try {
      return userImport.load(file.getBytes(), file.getOriginalFilename(), caller.getName());
    } catch (IOException e) {
      throw Refusal.invalid("file", "文件读取失败");
    }
  }
}
