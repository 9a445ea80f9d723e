package cn.unionsw.platform.notifications;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One's own notifications: listed (the unread only, if asked), counted, marked read one by one or all at once. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  private final Notifications notifications;

  NotificationController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping
  List<Notification> list(@RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "50") int maxResults, Principal caller) {
    return notifications.of(caller.getName(), unread, maxResults);
  }

  @GetMapping("/count")
  Map<String, Integer> count(Principal caller) {
    return Map.of("unread", notifications.unread(caller.getName()));
  }

  @PostMapping("/{id}/read")
  Notification read(@PathVariable long id, Principal caller) {
    return notifications.read(id, caller.getName());
  }

  @PostMapping("/read-all")
  Map<String, Integer> readAll(Principal caller) {
    return Map.of("read", notifications.readAll(caller.getName()));
  }
}
