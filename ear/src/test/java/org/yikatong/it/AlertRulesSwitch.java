package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Switches the enabled alert rules off for a test that evaluates its own, and back on after: the
 * suite shares one server, and the demo data's rules would otherwise raise alerts (and open
 * tickets) for the terminals other tests left signed on.
 */
final class AlertRulesSwitch {

  private final Http http;
  private final List<Long> switchedOff = new ArrayList<>();

  AlertRulesSwitch(Http http) {
    this.http = http;
  }

  /** Switches off every enabled rule, remembering which. */
  void allOff() throws Exception {
    for (JsonValue v : Http.array(http.get(DemoUsers.HELPDESK, "alert-rules"))) {
      JsonObject rule = v.asJsonObject();
      if (rule.getBoolean("enabled")) {
        set(rule.getJsonNumber("id").longValue(), false);
        switchedOff.add(rule.getJsonNumber("id").longValue());
      }
    }
  }

  /** Switches back on what {@link #allOff} switched off. */
  void restore() throws Exception {
    for (long id : switchedOff) {
      set(id, true);
    }
    switchedOff.clear();
  }

  /** Switches one rule on or off, keeping the rest of its settings. */
  void set(long id, boolean enabled) throws Exception {
    JsonObject rule = Http.object(http.get(DemoUsers.HELPDESK, "alert-rules/" + id));
    StringBuilder json = new StringBuilder("{");
    for (String key : rule.keySet()) {
      if (Set.of("id", "unit", "updatedAt", "updatedBy", "enabled").contains(key)) {
        continue;
      }
      json.append('"').append(key).append("\":").append(rule.get(key)).append(',');
    }
    json.append("\"enabled\":").append(enabled).append('}');
    HttpResponse<String> put = http.put(DemoUsers.HELPDESK, "alert-rules/" + id, json.toString());
    assertEquals(200, put.statusCode(), put.body());
  }
}
