package cn.unionsw.platform.policy;

import cn.unionsw.platform.web.Refusal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-province policy settings: what an administrator switches without a release. Read from the database on
 * every use, so that a change made on one node holds on every node at once.
 */
@Service
public class PolicySettings {

  /** Names the deployed decision (output {@code maxPosts}) that computes a province's post quota (Art. 10). */
  public static final String QUOTA_DECISION = "quota-decision";
  static final Set<String> KEYS = Set.of(QUOTA_DECISION);
  /** A province without its own setting follows the default policy pack, Hebei's measures. */
  static final String DEFAULT_QUOTA_DECISION = Decisions.POST_QUOTA;
  static final Pattern PROVINCE_CODE = Pattern.compile("[A-Z0-9]{1,12}");
  /** The platform's decision keys are English ids ({@code post-quota-jiangsu}). */
  private static final Pattern DECISION_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,254}");

  private final PolicySettingMapper mapper;
  private final PolicyDecisions decisions;

  PolicySettings(PolicySettingMapper mapper, PolicyDecisions decisions) {
    this.mapper = mapper;
    this.decisions = decisions;
  }

  /** The key of the decision that computes the province's post quota. */
  public String quotaDecision(String provinceCode) {
    return mapper.find(provinceCode, QUOTA_DECISION).map(PolicySetting::settingValue).orElse(DEFAULT_QUOTA_DECISION);
  }

  public List<PolicySetting> list(String provinceCode) {
    if (provinceCode != null) {
      requireProvinceCode("province", provinceCode);
    }
    return mapper.list(provinceCode);
  }

  public Optional<PolicySetting> find(String provinceCode, String settingKey) {
    requireProvinceCode("provinceCode", provinceCode);
    return mapper.find(provinceCode, settingKey);
  }

  private static void requireProvinceCode(String field, String provinceCode) {
    if (provinceCode == null || !PROVINCE_CODE.matcher(provinceCode).matches()) {
      throw Refusal.invalid(field, "省级组织代码格式应为 HE (upper-case letters and digits, no hyphen)");
    }
  }

  /** Sets one setting after checking it whole; nothing is written when the value is refused. */
  @Transactional
  public PolicySetting save(String provinceCode, String settingKey, String settingValue, String updatedBy) {
    requireProvinceCode("provinceCode", provinceCode);
    if (!KEYS.contains(settingKey)) {
      throw Refusal.invalid("settingKey", "未知的设置项 " + settingKey + " (known: " + KEYS + ")");
    }
    String value = settingValue == null ? "" : settingValue.trim();
    if (value.isEmpty() || value.length() > 255) {
      throw Refusal.invalid("settingValue", "设置值必填，最多 255 个字符");
    }
    if (QUOTA_DECISION.equals(settingKey)) {
      requireQuotaDecision(value);
    }
    if (mapper.update(provinceCode, settingKey, value, updatedBy) == 0) {
      try {
        mapper.insert(provinceCode, settingKey, value, updatedBy);
      } catch (DuplicateKeyException raced) {
        mapper.update(provinceCode, settingKey, value, updatedBy);
      }
    }
    return mapper.find(provinceCode, settingKey).orElseThrow();
  }

  private void requireQuotaDecision(String key) {
    if (!DECISION_KEY.matcher(key).matches()) {
      throw Refusal.invalid("settingValue", "决策键只含字母、数字、- _ . (not a decision key)");
    }
    var definition = decisions.latest(key).orElseThrow(() -> Refusal.invalid("settingValue",
        "没有已部署的决策 " + key + " (no decision with this key is deployed)"));
    if (!decisions.shape(definition).outputs().contains(Decisions.MAX_POSTS)) {
      throw Refusal.invalid("settingValue",
          "决策 " + key + " 没有输出 " + Decisions.MAX_POSTS + "，不是岗位数量决策 (not a quota decision)");
    }
  }
}
