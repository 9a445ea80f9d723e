package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.web.Refusal;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/recruitment/rounds}: the city's clerks open recruitment for an awarded purchase round, import its
 * candidates and each stage's results (.xlsx or .csv, all or nothing), and move a stage on by one engine batch;
 * the city and above read the progress.
 */
@RestController
@RequestMapping("/api/recruitment/rounds")
class RecruitmentController {

  private final Recruitment recruitment;

  RecruitmentController(Recruitment recruitment) {
    this.recruitment = recruitment;
  }

  record OpenRequest(Long procurementRoundId) {
  }

  @PostMapping
  Map<String, Object> open(@RequestBody OpenRequest request, Principal caller) {
    if (request == null || request.procurementRoundId() == null || request.procurementRoundId() <= 0) {
      throw Refusal.invalid("procurementRoundId", "须指定已定标的采购轮次编号");
    }
    var round = recruitment.open(request.procurementRoundId(), caller.getName());
    return Map.of("id", round.id(), "procurementRoundId", round.procurementRoundId(), "cityCode", round.cityCode());
  }

  @GetMapping("/{id}")
  Recruitment.Progress progress(@PathVariable long id, Principal caller) {
    return recruitment.progress(id, caller.getName());
  }

  @PostMapping(path = "/{id}/candidates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Map<String, Object> candidates(@PathVariable long id, @RequestPart("file") MultipartFile file, Principal caller) {
    return Map.of("imported", recruitment.importCandidates(id, bytes(file), file.getOriginalFilename(),
        caller.getName()));
  }

  @PostMapping(path = "/{id}/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Map<String, Object> results(@PathVariable long id, @RequestParam String stage, @RequestPart("file") MultipartFile file,
      Principal caller) {
    return Map.of("imported", recruitment.importResults(id, stage(stage), bytes(file), file.getOriginalFilename(),
        caller.getName()));
  }

  @PostMapping("/{id}/advance")
  Map<String, Object> advance(@PathVariable long id, @RequestParam String stage, Principal caller) {
    var advance = recruitment.advance(id, stage(stage), caller.getName());
    return Map.of("batchId", advance.batchId(), "candidates", advance.candidates());
  }

  private static Stage stage(String text) {
    return Arrays.stream(Stage.values()).filter(stage -> stage.name().equals(text)).findFirst()
        .orElseThrow(() -> Refusal.invalid("stage", "须为 APTITUDE_TEST、INTERVIEW、MEDICAL_CHECK、LABOUR_CONTRACT 或 "
            + "ON_POST"));
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw Refusal.invalid("file", "文件读取失败");
    }
  }
}
