package cn.unionsw.platform.notifications;

import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One's own notification preferences: {@code GET /api/notifications/preferences}, and {@code PUT} with
 * {@code {"email": false}} or {@code {"kinds": {"TASK_CREATED": false}}} (what is not named stays as it was).
 */
@RestController
@RequestMapping("/api/notifications/preferences")
class PreferenceController {

  private final NotificationPreferences preferences;

  PreferenceController(NotificationPreferences preferences) {
    this.preferences = preferences;
  }

  @GetMapping
  NotificationPreferences.Preferences get(Principal caller) {
    return preferences.of(caller.getName());
  }

  @PutMapping
  NotificationPreferences.Preferences put(@RequestBody NotificationPreferences.Change change, Principal caller) {
    return preferences.change(caller.getName(), change);
  }
}
