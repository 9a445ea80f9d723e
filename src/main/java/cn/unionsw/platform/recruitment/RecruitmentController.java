package cn.unionsw.platform.recruitment;

import cn.unionsw.platform.web.Refusal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/recruitment/rounds}: the files of a round's recruitment — its candidates and each stage's results
 * (.xlsx or .csv, all or nothing), imported by the city's clerks — and its progress for the city and above. The
 * round itself ({@code recruitment-round}) is started and each stage signed off in Tasklist or engine REST.
 */
@RestController
@RequestMapping("/api/recruitment/rounds")
class RecruitmentController {

  private final Recruitment recruitment;

  RecruitmentController(Recruitment recruitment) {
    this.recruitment = recruitment;
  }

  @GetMapping("/{id}")
  Recruitment.Progress progress(@PathVariable long id, Principal caller) {
    return recruitment.progress(id, caller.getName());
  }

  /** The round's candidates (one stage's with {@code ?stage=}) as .xlsx, where each stands. */
  @GetMapping("/{id}/candidates")
  ResponseEntity<byte[]> list(@PathVariable long id, @RequestParam(required = false) String stage,
      Principal caller) {
    return xlsx("考生名单-" + id, recruitment.export(id, stage == null ? null : stage(stage), caller.getName()));
  }

  /** One stage's results as .xlsx, in the layout the results file is imported in. */
  @GetMapping("/{id}/results")
  ResponseEntity<byte[]> results(@PathVariable long id, @RequestParam String stage, Principal caller) {
    Stage which = stage(stage);
    return xlsx(which.label() + "结果-" + id, recruitment.exportResults(id, which, caller.getName()));
  }

  private static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(name + ".xlsx", StandardCharsets.UTF_8).build().toString())
        .body(body);
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

  private static Stage stage(String text) {
    return Arrays.stream(Stage.values()).filter(stage -> stage.name().equals(text)).findFirst()
        .orElseThrow(() -> Refusal.invalid("stage", "须为 SCREENING、APTITUDE_TEST、INTERVIEW、MEDICAL_CHECK、"
            + "LABOUR_CONTRACT 或 ON_POST"));
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw Refusal.invalid("file", "文件读取失败");
    }
  }
}
