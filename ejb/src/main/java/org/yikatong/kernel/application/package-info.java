/**
 * Who is calling ({@link org.yikatong.kernel.application.Caller}), where the request comes from
 * ({@link org.yikatong.kernel.application.RequestOrigin}) and the adjustable clock.
 */
package org.yikatong.kernel.application;
