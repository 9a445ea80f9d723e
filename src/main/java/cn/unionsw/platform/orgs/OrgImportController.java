package cn.unionsw.platform.orgs;

import cn.unionsw.platform.web.Refusal;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/admin/orgs/import}: an administrator loads the organisation tree from an .xlsx or CSV (multipart
 * field {@code file}), all or nothing ({@link OrgImport}).
 */
@RestController
class OrgImportController {

  private final OrgImport orgImport;

  OrgImportController(OrgImport orgImport) {
    this.orgImport = orgImport;
  }

  @PostMapping(path = "/api/admin/orgs/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  OrgImport.Result importTree(@RequestPart("file") MultipartFile file) {
    try {
      return orgImport.load(file.getBytes(), file.getOriginalFilename());
    } catch (IOException e) {
      throw Refusal.invalid("file", "文件读取失败");
    }
  }
}
