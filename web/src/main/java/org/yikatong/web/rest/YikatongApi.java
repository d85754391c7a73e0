package org.yikatong.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application: every resource of the API lives under {@code /api}. */
@ApplicationPath("/api")
public class YikatongApi extends Application {}
