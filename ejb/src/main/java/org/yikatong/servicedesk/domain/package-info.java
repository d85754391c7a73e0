/**
 * The service desk's model, one package per aggregate: {@code ticket}, {@code contract}, {@code
 * calendar}, {@code roster}, {@code maintenance}, {@code penalty}, {@code knowledge}, {@code
 * complaint}, {@code survey}, {@code training}, {@code statistics}. Each aggregate's repository
 * interface sits beside it; the JPA implementations are in the infrastructure package.
 */
package org.yikatong.servicedesk.domain;
