/** Who is calling ({@link org.yikatong.kernel.application.Caller}) and the adjustable clock. */
package org.yikatong.kernel.application;
