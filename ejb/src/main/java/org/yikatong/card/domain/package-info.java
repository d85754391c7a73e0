/** Card holder and card aggregates, their states and their repositories. */
package org.yikatong.card.domain;
