package org.yikatong.web.rest;

import jakarta.ws.rs.BadRequestException;

/** Request bodies a resource cannot do without: a missing one is 400, said plainly. */
final class Bodies {

  private Bodies() {}

  static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException("A JSON request body is required");
    }
    return body;
  }
}
