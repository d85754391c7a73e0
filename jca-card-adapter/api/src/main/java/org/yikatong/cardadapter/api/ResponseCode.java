package org.yikatong.cardadapter.api;

import java.util.Arrays;
import java.util.Optional;

/** Field 39 of a response: the result of a request, as the wire contract defines it. */
public enum ResponseCode {
  APPROVED("00"),
  DECLINED("05"),
  INVALID_TRANSACTION("12"),
  INVALID_AMOUNT("13"),
  UNKNOWN_CARD("14"),
  FORMAT_ERROR("30"),
  CARD_LOST("41"),
  INSUFFICIENT_FUNDS("51"),
  CARD_EXPIRED("54"),
  PIN_MISSING_OR_WRONG("55"),
  NOT_PERMITTED_FOR_CARDHOLDER("57"),
  NOT_PERMITTED_AT_TERMINAL("58"),
  DAILY_LIMIT_EXCEEDED("61"),
  RESTRICTED_CARD("62"),
  SECURITY_VIOLATION("63"),
  PIN_TRIES_EXCEEDED("75"),
  DUPLICATE_WITH_DIFFERENT_CONTENT("94"),
  SYSTEM_MALFUNCTION("96");

  private final String code;

  ResponseCode(String code) {
    this.code = code;
  }

  /** The two characters sent in field 39. */
  public String code() {
    return code;
  }

  public boolean isApproved() {
    return this == APPROVED;
  }

  /** The response code for the two characters of field 39, if the contract defines it. */
  public static Optional<ResponseCode> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
