package org.yikatong.notification.domain;

/**
 * What the WeChat and SMS gateways would be handed for a message. WeChat: a template message as the
 * official account API takes it (JSON); SMS: one text of at most 70 characters (one SMS in UCS-2),
 * signed 【一卡通】 as Chinese carriers require.
 */
public final class ChannelPayloads {

  /** The template the WeChat official account registers for service desk notices. */
  public static final String WECHAT_TEMPLATE = "YKT_SERVICE_DESK_NOTICE";

  static final int SMS_LENGTH = 70;

  private static final String SMS_SIGNATURE = "【一卡通】";

  private ChannelPayloads() {}

  /** The WeChat template message for a message (address = the recipient's openid). */
  public static String wechat(OutboxMessage m) {
    return "{\"touser\":"
        + json(m.getAddress())
        + ",\"template_id\":"
        + json(WECHAT_TEMPLATE)
        + ",\"data\":{\"first\":{\"value\":"
        + json(m.getSubject())
        + "},\"keyword1\":{\"value\":"
        + json(m.getReference())
        + "},\"keyword2\":{\"value\":"
        + json(m.getKind())
        + "},\"remark\":{\"value\":"
        + json(m.getText())
        + "}}}";
  }

  /** The SMS text for a message: signature, reference and subject, cut to one message. */
  public static String sms(OutboxMessage m) {
    String full = SMS_SIGNATURE + m.getReference() + " " + m.getSubject();
    return full.codePointCount(0, full.length()) <= SMS_LENGTH
        ? full
        : full.substring(0, full.offsetByCodePoints(0, SMS_LENGTH - 1)) + "…";
  }

  static String json(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
