/**
 * Values every area's rules speak in: {@link org.yikatong.kernel.domain.Money}, {@link
 * org.yikatong.kernel.domain.BusinessDay}, {@link org.yikatong.kernel.domain.DeclineReason}, and
 * {@link org.yikatong.kernel.domain.RequestRefusedException}, by which a use case refuses a
 * request.
 */
package org.yikatong.kernel.domain;
