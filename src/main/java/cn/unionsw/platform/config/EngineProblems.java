package cn.unionsw.platform.config;

import cn.unionsw.platform.web.BadData;
import cn.unionsw.platform.web.Problems;
import cn.unionsw.platform.web.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import org.glassfish.jersey.server.ParamException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * What engine REST and the web apps' APIs answer when a request fails: the platform's problem JSON with a status
 * that says whose fault it is. Camunda's own fields stay ({@code type} = its exception's name, which the web apps
 * read, e.g. "AuthorizationException"; {@code code}; an authorization's missing permissions; a parse error's
 * details), its English text comes after a Chinese one, cut short where it quotes input. A fault of ours is a
 * 500 that says nothing more, logged at ERROR.
 */
final class EngineProblems {

  private static final Logger log = LoggerFactory.getLogger(EngineProblems.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
  /** Camunda's codes for a request that names what no deployed model has. */
  private static final List<String> REQUESTS_THE_MODEL_CANNOT_MEET = List.of("ENGINE-13043", "ENGINE-02043");
  /** Camunda's code for a command on a definition, instance or task of a tenant the caller is not a member of. */
  private static final List<String> OF_ANOTHER_TENANT = List.of("ENGINE-13034");
  /** The DMN engine's code for an input value it cannot convert to its clause's type. */
  private static final String DMN_INPUT_OF_ANOTHER_TYPE = "DMN-01005";
  /** Camunda's text when a new password breaks the policy. */
  private static final String POLICY_REFUSAL = "Password does not match policy";
  /** A JSON body's parts where a key is a variable's name. */
  private static final List<String> VARIABLE_MAPS = List.of("variables", "modifications", "processVariables",
      "processVariablesLocal", "localVariables", "correlationKeys", "localCorrelationKeys");

  private EngineProblems() {
  }

  static Response toResponse(Throwable exception) {
    Refusal refusal = find(exception, Refusal.class);
    if (refusal != null) {
      log.debug("Refused an engine request", exception);
      return respond(Problems.asMap(Problems.of(refusal)));
    }
    if (BadData.isDatabaseUnavailable(exception)) {
      log.warn("An engine request found the database unavailable: {}", exception.toString());
      return respond(Problems.asMap(Problems.databaseUnavailable()));
    }
    Map<String, Object> body = classify(exception);
    if (body == null) {
      log.error("Unexpected error answering an engine request", exception);
      return respond(Problems.asMap(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR)));
    }
    log.debug("Refused an engine request", exception);
    return respond(body);
  }

  /** The answer to a client's mistake, or null for a fault of ours. */
  private static Map<String, Object> classify(Throwable e) {
    OptimisticLockingException changed = find(e, OptimisticLockingException.class);
    if (changed != null) {
      return camunda(changed, HttpStatus.CONFLICT, "conflict", Problems.CHANGED_MEANWHILE, false);
    }
    if (causedByCode(e, REQUESTS_THE_MODEL_CANNOT_MEET)) {
      // An administrator's request the deployed models have no place for (no conditional start event, no handler
      // for the escalation thrown): the request's fault, answered 400 with Camunda's text.
      return byStatus(e, HttpStatus.BAD_REQUEST);
    }
    KnownRefusal known = KnownRefusal.of(e);
    if (known != null) {
      return Problems.asMap(Problems.of(known.refusal()));
    }
    if (causedBy(e, POLICY_REFUSAL)) {
      // Camunda says so with a bare ProcessEngineException (SaveUserCmd): a user's mistake, not a fault.
      return Problems.asMap(Problems.of(Refusal.invalid("password",
          "密码不符合密码规则：至少 10 个字符，含大写和小写字母、数字和特殊字符 (password policy)")));
    }
    if (BadData.isConcurrentChange(e)) {
      return camunda(e, HttpStatus.CONFLICT, "conflict", Problems.CHANGED_MEANWHILE, false);
    }
    if (BadData.isIntegrityConflict(e) && find(e, BadUserRequestException.class) == null) {
      // Camunda says "already exists" itself for a user, group or tenant id; a second grant of the same kind for
      // the same user or group and resource it leaves to the unique index, and answers 500.
      return camunda(e, HttpStatus.CONFLICT, "already_exists",
          "已有相同的记录，例如同一成员关系，或此用户或组对此资源的同类授权 (such a record exists already)", false);
    }
    TaskAlreadyClaimedException claimed = find(e, TaskAlreadyClaimedException.class);
    if (claimed != null) {
      return camunda(claimed, HttpStatus.CONFLICT, "task_already_claimed", Problems.ALREADY_CLAIMED, false);
    }
    if (causedByCode(e, OF_ANOTHER_TENANT)) {
      // Camunda's tenant check refuses with a bare ProcessEngineException, which its REST answers as 500. Its
      // queries show a non-member nothing of the tenant, so by id it is not found either: a 403 would tell an id
      // that exists from one that does not.
      return camunda(e, HttpStatus.NOT_FOUND, "not_found", "未找到 (not found)", false);
    }
    AuthorizationException denied = find(e, AuthorizationException.class);
    if (denied != null) {
      return camunda(denied, HttpStatus.FORBIDDEN, "forbidden", "无权执行此操作 (forbidden)", true);
    }
    if (BadData.isBadData(e)) {
      return camunda(e, HttpStatus.BAD_REQUEST, "value_out_of_range",
          "输入的值过长、超出允许范围或含有无法保存的字符 (a value is too long, out of range or not storable)", false);
    }
    DmnEngineException decision = find(e, DmnEngineException.class);
    if (decision != null && String.valueOf(decision.getMessage()).startsWith(DMN_INPUT_OF_ANOTHER_TYPE)) {
      // An evaluation through REST with an input the table cannot read as its type (score "abc" for a number).
      return Problems.asMap(Problems.of(Refusal.invalid("variables",
          "决策表的输入值不是它所需的类型 (" + Problems.clip(decision.getMessage()) + ")")));
    }
    PropertyNotFoundException unset = find(e, PropertyNotFoundException.class);
    if (unset != null) {
      // A start or modification that skips the steps setting a variable (start instructions) leaves an expression
      // without it: the request's doing. In a flow the process drives itself it would be a bug of the model, so
      // it is logged where operators look.
      log.warn("An expression met a variable the request did not set", e);
      Matcher name = QUOTED.matcher(String.valueOf(unset.getMessage()));
      return name.find() ? Problems.asMap(Problems.of(Refusal.invalid(Problems.quote(name.group(1)),
          "流程需要此变量，请求中没有 (the process needs this variable)")))
          : byStatus(e, HttpStatus.BAD_REQUEST);
    }
    if (e instanceof JsonProcessingException json) {
      return unreadable(json);
    }
    if (e instanceof RestException rest && rest.getStatus() != null && rest.getStatus().getFamily()
        == Response.Status.Family.CLIENT_ERROR) {
      return byStatus(rest, HttpStatus.valueOf(rest.getStatus().getStatusCode()));
    }
    // Starting an instance or completing a task wraps whatever the engine throws in a RestException with 500:
    // Camunda's refusal of the request itself (an unknown activity, a value it cannot convert) comes directly.
    Throwable engine = e instanceof RestException && e.getCause() instanceof BadUserRequestException ? e.getCause() : e;
    if (engine instanceof NotFoundException) {
      return byStatus(engine, HttpStatus.NOT_FOUND);
    }
    // Camunda's own 400s: a bad user request, a model that does not parse, a migration that does not validate.
    if (engine instanceof ProcessEngineException camundas
        && ExceptionHandlerHelper.getInstance().getStatus(camundas) == Response.Status.BAD_REQUEST) {
      return byStatus(engine, HttpStatus.BAD_REQUEST);
    }
    if (e instanceof ParamException param && !(e instanceof ParamException.PathParamException)) {
      // JAX-RS answers a query parameter it cannot convert (firstResult=abc) with 404; it is a bad request.
      return Problems.asMap(Problems.of(Refusal.invalid(Problems.quote(param.getParameterName()),
          "格式不正确 (not a valid value)")));
    }
    if (e instanceof WebApplicationException web && web.getResponse().getStatus() >= 400
        && web.getResponse().getStatus() < 500) {
      Map<String, Object> body = Problems.asMap(Problems.of(HttpStatusCode.valueOf(web.getResponse().getStatus())));
      body.put("type", e.getClass().getSimpleName());
      return body;
    }
    return null;
  }

  /**
   * A request's mistake that Camunda refuses with a bare ProcessEngineException (or fails on with a
   * NullPointerException), which its REST answers as 500: by the start of Camunda's message, the field at fault and
   * why; {@code missing} names what the field names where it does not exist, answered 404.
   * <ul>
   *   <li>An administrator's authorization, user, group or tenant ({@link EngineRestIdentityBodies} checks the bodies
   *       first; this covers every other door), a membership of someone who is not there.</li>
   *   <li>A task query anyone may send (engine REST's {@code task}, a filter's page with criteria of its own): an
   *       empty list of candidate groups, an {@code or} query with what it may not hold, a variable compared with an
   *       object, a sorting by a variable without its name or type.</li>
   * </ul>
   */
  private record KnownRefusal(String field, String reason, String missing) {

    private static final String REQUIRED = "须填写 (required)";
    private static final String DELEGATE_INVOCATION = "org.camunda.bpm.engine.impl.delegate.DelegateInvocation";
    private static final Map<String, KnownRefusal> BY_MESSAGE = Map.ofEntries(
        Map.entry("ENGINE-03025", invalid("type", "须为 0（全局）、1（授予）或 2（撤销）(unknown authorization type)")),
        Map.entry("ENGINE-03028", invalid("userId", "全局授权须为所有用户（userId 为 *）(a global authorization is for "
            + "every user)")),
        Map.entry("Authorization must either have a 'userId' or a 'groupId'", invalid("userId",
            "须指定用户或组之一 (give either userId or groupId)")),
        Map.entry("User has an invalid id", invalid("id", "用户标识只能含字母和数字 (not a valid user id)")),
        Map.entry("Group has an invalid id", invalid("id", "组标识只能含字母、数字和连字符 (not a valid group id)")),
        Map.entry("Tenant has an invalid id", invalid("id", "租户标识只能含字母和数字 (not a valid tenant id)")),
        Map.entry("tenantId is null", invalid("id", "须填写租户标识 (the tenant id is required)")),
        Map.entry("password is null", invalid("password", REQUIRED)),
        Map.entry("No user found with id", new KnownRefusal("userId", "没有此用户 (no user with this id)", "user")),
        Map.entry("No group found with id", new KnownRefusal("groupId", "没有此组 (no group with this id)", "group")),
        Map.entry("No tenant found with id", new KnownRefusal("tenantId", "没有此租户 (no tenant with this id)",
            "tenant")),
        Map.entry("Candidate group list is empty", invalid("candidateGroups",
            "不能为空列表 (an empty list of candidate groups)")),
        Map.entry("Invalid query usage", invalid("orQueries", "或查询中不能使用此条件 (not allowed within an or query)")),
        Map.entry("Object values cannot be used to query", invalid("value",
            "变量条件的值须为字符串、数字、布尔值或日期 (a variable is compared with a string, number, boolean or date)")),
        Map.entry("variableName is null", invalid("sorting", "按变量排序须在 parameters 中给出 variable (sorting by a "
            + "variable needs parameters.variable)")),
        Map.entry("valueType is null", invalid("sorting", "按变量排序须在 parameters 中给出有效的 type (sorting by a "
            + "variable needs a known parameters.type)")));

    private static KnownRefusal invalid(String field, String reason) {
      return new KnownRefusal(field, reason, null);
    }

    Refusal refusal() {
      return missing == null ? Refusal.invalid(field, reason) : Refusal.notFound(missing, field, reason);
    }

    /**
     * Whether a delegate or listener of a model was running where it was thrown: each runs through Camunda's
     * {@code DelegateInvocation}.
     */
    static boolean fromTheModel(Throwable failure) {
      for (StackTraceElement frame : failure.getStackTrace()) {
        if (frame.getClassName().startsWith(DELEGATE_INVOCATION)) {
          return true;
        }
      }
      return false;
    }

    /** A user saved without an id (Camunda checks the id's pattern first), a deployment sent as anything but a form. */
    private static KnownRefusal ofNullPointer(NullPointerException failure) {
      if (String.valueOf(failure.getMessage()).contains("MultipartFormData")) {
        return invalid("data", "须以 multipart/form-data 上传部署的文件 (send the deployment as multipart/form-data)");
      }
      StackTraceElement[] stack = failure.getStackTrace();
      for (int i = 0; i < Math.min(stack.length, 8); i++) {
        if ("ensureWhitelistedResourceId".equals(stack[i].getMethodName())) {
          return invalid("id", "须填写标识 (the id is required)");
        }
      }
      return null;
    }

    static KnownRefusal of(Throwable failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
        KnownRefusal known = cause instanceof NullPointerException missed ? ofNullPointer(missed)
            : cause instanceof ProcessEngineException ? byMessage(cause.getMessage()) : null;
        if (known != null) {
          // Thrown under a delegate or listener, it was the platform's own query or call: a fault of ours.
          return fromTheModel(cause) ? null : known;
        }
      }
      return null;
    }

    private static KnownRefusal byMessage(String message) {
      if (message != null) {
        for (var refusal : BY_MESSAGE.entrySet()) {
          if (message.startsWith(refusal.getKey())) {
            return refusal.getValue();
          }
        }
      }
      return null;
    }
  }

  private static Map<String, Object> byStatus(Throwable e, HttpStatus status) {
    String what = switch (status) {
      case NOT_FOUND -> "未找到 (not found)";
      case FORBIDDEN -> "无权执行此操作 (forbidden)";
      default -> "请求无效 (bad request)";
    };
    String error = status == HttpStatus.BAD_REQUEST ? "bad_request" : Problems.of(status).getProperties()
        .get("error").toString();
    return camunda(e, status, error, what, true);
  }

  /** Camunda's fields (its DTO of the exception: type, code and what else it carries), then ours over them. */
  private static Map<String, Object> camunda(Throwable e, HttpStatus status, String error, String what,
      boolean withCamundasText) {
    @SuppressWarnings("unchecked")
    Map<String, Object> dto = JSON.convertValue(ExceptionHandlerHelper.getInstance().fromException(e), Map.class);
    String message = withCamundasText && e.getMessage() != null ? what + ": " + e.getMessage() : what;
    Map<String, Object> body = Problems.asMap(Problems.of(status, error, Problems.clip(message)));
    body.put("type", dto.get("type"));
    dto.remove("message");
    dto.forEach(body::putIfAbsent);
    return body;
  }

  private static boolean causedByCode(Throwable failure, List<String> codes) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      String message = cause.getMessage();
      if (cause instanceof ProcessEngineException && message != null
          && codes.stream().anyMatch(message::startsWith)) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBy(Throwable failure, String message) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ProcessEngineException && message.equals(cause.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /** A body Jackson cannot read; the field it stumbled on is named where it has one (the variable's, in a map). */
  private static Map<String, Object> unreadable(JsonProcessingException e) {
    String field = null;
    if (e instanceof JsonMappingException mapping) {
      List<JsonMappingException.Reference> path = mapping.getPath();
      for (int i = 0; i < path.size(); i++) {
        String name = path.get(i).getFieldName();
        if (name != null) {
          field = name;
          if (i + 1 < path.size() && VARIABLE_MAPS.contains(name) && path.get(i + 1).getFieldName() != null) {
            field = path.get(i + 1).getFieldName();
            break;
          }
        }
      }
    }
    String reason = "请求体无法解析 (the request body is not readable)";
    ProblemDetail problem = field == null || field.isBlank() || field.length() > Problems.MAX_ECHOED
        ? Problems.of(HttpStatus.BAD_REQUEST, "invalid_body", reason)
        : Problems.of(Refusal.invalid(field, reason));
    Map<String, Object> body = Problems.asMap(problem);
    body.put("type", e.getClass().getSimpleName());
    return body;
  }

  static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  private static Response respond(Map<String, Object> body) {
    return Response.status((Integer) body.get("status")).type("application/problem+json").entity(body).build();
  }
}
