package cn.unionsw.platform.talent;

import cn.unionsw.platform.orgs.AsPlatform;
import cn.unionsw.platform.web.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** A worker's platform account: a Camunda user that exists, linked to one worker at most. */
@Component
class Accounts {

  private final IdentityService identityService;
  private final TalentMapper mapper;

  Accounts(IdentityService identityService, TalentMapper mapper) {
    this.identityService = identityService;
    this.mapper = mapper;
  }

  /** Is there such a user? Asked as the platform: whoever hires may hold no READ on users. */
  boolean exists(String userId) {
    return AsPlatform.call(identityService, () -> identityService.createUserQuery().userId(userId).count() > 0);
  }

  /** The worker the account is linked to, if another than {@code workerId}; null when free. */
  Long linkedElsewhere(String userId, Long workerId) {
    return mapper.findByUser(userId).map(TalentMapper.Row::id).filter(id -> !id.equals(workerId)).orElse(null);
  }

  /** Refuses an account that does not exist (400) or belongs to another worker (409); nothing for none. */
  void requireFree(String userId, Long workerId) {
    if (userId == null) {
      return;
    }
    if (!exists(userId)) {
      throw Refusal.invalid("userId", "平台账号 " + userId + " 不存在");
    }
    Long other = linkedElsewhere(userId, workerId);
    if (other != null) {
      throw Refusal.conflict("account_linked", "userId", "平台账号 " + userId + " 已关联社工 " + other);
    }
  }
}
