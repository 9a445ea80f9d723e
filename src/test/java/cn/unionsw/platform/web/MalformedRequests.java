package cn.unionsw.platform.web;

import cn.unionsw.platform.support.RawHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Requests that fail before any controller sees them, or reach none: URLs Tomcat or Spring Security's firewall
 * refuse, paths and methods nothing answers, credentials that are not. None names a field.
 */
final class MalformedRequests {

  private MalformedRequests() {
  }

  static List<BadRequest> all() {
    List<BadRequest> all = new ArrayList<>();
    for (String target : List.of("/api/workdays/%ZZ", "/api/orgs/%", "/api/orgs/%2F",
        "/api/orgs/..%2F..%2Fengine-rest", "/api/orgs/%2e%2e/x", "/api/orgs;jsessionid=1", "/api//orgs", "/api/./orgs",
        "/api/orgs/%00", "/api/orgs/%C0%AF", "/api/orgs/%u0041", "/api/orgs/%E4%B8", "/api/orgs/%5C", "/api/orgs/%0A",
        "/api/orgs/x%3Bx", "/api/orgs?parent=%ZZ", "/api/workdays/add?from=2026-01-01&days=%ZZ",
        "/api/orgs/" + "z".repeat(20_000), "/engine-rest/task/%ZZ", "/engine-rest//task", "/engine-rest/task/%2F",
        "/engine-rest/task;x=1", "/camunda/api/engine/%ZZ", "/api", "/api/", "/api/nope", "/api/orgs/HE/extra",
        "/api/workdays/add/more", "/engine-rest", "/engine-rest/", "/engine-rest/nope", "/engine-rest/task/x/nope",
        "/engine-rest/process-definition/key/nope/start", "/camunda/api/nope", "/error",
        "/camunda/api/engine/engine/default/task/count",
        // Not normalized before the servlet's mapping: Spring Security's path parse failed on them (a 500).
        "//engine-rest/version", "/./engine-rest/version", "/x/../engine-rest/version", "/%2e/engine-rest/version",
        "/engine-rest;x=y/version", "/;x/engine-rest/task", "//api/orgs", "/camunda//api/engine/engine/default/task")) {
      all.add(new BadRequest("url", "GET", target, "zdclerk", null, null, null));
    }
    for (String[] call : new String[][] {{"DELETE", "/api/orgs"}, {"PATCH", "/api/orgs/HE"},
        {"POST", "/api/workdays/add"}, {"PUT", "/api/workdays/years"}, {"TRACE", "/api/orgs"}, {"FOO", "/api/orgs"}, {"POST", "/api/posts"},
        {"DELETE", "/engine-rest/task"}, {"PUT", "/engine-rest/process-definition/count"}, {"FOO", "/engine-rest/task"},
        {"TRACE", "/engine-rest/task"}, {"PATCH", "/engine-rest/task"}}) {
      all.add(new BadRequest("method", call[0], call[1], "zdclerk", null, null, null));
    }
    all.add(new BadRequest("no credentials", "GET", "/api/orgs", null, null, null, null));
    all.add(new BadRequest("no credentials", "GET", "/engine-rest/task?maxResults=1", null, null, null, null));
    all.add(new BadRequest("web app API without login", "POST", "/camunda/api/engine/engine/default/task/count",
        null, BadRequest.JSON, BadRequest.bytes("{}"), null));
    return all;
  }

  /** Authorization headers that authenticate no one. */
  static List<Map<String, String>> badCredentials() {
    // Never a demo user's wrong password: Camunda would lock that user's logins for the other tests.
    return List.of(Map.of("Authorization", RawHttp.basic("nobody", "demo")), Map.of("Authorization", "Basic !!!"),
        Map.of("Authorization", "Basic " + "QQ".repeat(3000)), Map.of("Authorization", "Bearer x"),
        Map.of("Authorization", RawHttp.basic("' OR 1=1 --", "x")), Map.of("Authorization", "Basic"),
        Map.of("Authorization", RawHttp.basic("𠀀", "😀")));
  }
}
