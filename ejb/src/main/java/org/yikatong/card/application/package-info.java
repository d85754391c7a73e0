/** Use cases on card holders and cards, each one JTA transaction. */
package org.yikatong.card.application;
