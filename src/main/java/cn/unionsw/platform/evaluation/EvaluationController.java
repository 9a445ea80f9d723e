package cn.unionsw.platform.evaluation;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/evaluations}: a city (or the province for all its cities) opens the round of a year, answered at once
 * (202) while the workers' instances start in the background; the round's progress for the city and above; the
 * evaluations each caller may see (a county its own, a city its counties' and its own, the province all, a worker
 * their own). Proposing and deciding happen in Tasklist or engine REST ({@code annual-evaluation},
 * {@code evaluation-round}).
 */
@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {

  private final EvaluationRounds rounds;
  private final Evaluations evaluations;

  EvaluationController(EvaluationRounds rounds, Evaluations evaluations) {
    this.rounds = rounds;
    this.evaluations = evaluations;
  }

  /** {@code {"orgCode": "HE-SJZ" | "HE", "year": 2026}}. */
  record OpenRequest(String orgCode, Integer year) {
  }

  @PostMapping("/rounds")
  ResponseEntity<List<EvaluationRounds.Opened>> open(@RequestBody OpenRequest request, Principal caller) {
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(rounds.open(request.orgCode(), request.year(),
        caller.getName()));
  }

  @GetMapping("/rounds/{id}")
  EvaluationRounds.Progress round(@PathVariable long id, Principal caller) {
    return rounds.progress(id, caller.getName());
  }

  @GetMapping
  List<EvaluationView> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String org,
      Principal caller) {
    return evaluations.within(year, org == null || org.isEmpty() ? null : org, caller.getName());
  }

  @GetMapping("/{id}")
  EvaluationView evaluation(@PathVariable long id, Principal caller) {
    return evaluations.view(id, caller.getName());
  }
}
