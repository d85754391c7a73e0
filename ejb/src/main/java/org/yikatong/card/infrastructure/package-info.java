/** JPA implementations of the card repositories. */
package org.yikatong.card.infrastructure;
