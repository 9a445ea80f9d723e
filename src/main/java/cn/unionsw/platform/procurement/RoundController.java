package cn.unionsw.platform.procurement;

import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/procurement/rounds}: the purchase rounds a user's organisation takes part in — the city that buys and
 * the province above it, and each purchaser (a county sees the rounds it files in). Clerks and reviewers only.
 */
@RestController
@RequestMapping("/api/procurement/rounds")
class RoundController {

  private final RoundReads reads;

  RoundController(RoundReads reads) {
    this.reads = reads;
  }

  @GetMapping
  List<RoundView> list(Principal caller) {
    return reads.visible(caller.getName());
  }

  @GetMapping("/{id}")
  RoundView one(@PathVariable String id, Principal caller) {
    return reads.detail(RoundReads.id(id), caller.getName());
  }
}
