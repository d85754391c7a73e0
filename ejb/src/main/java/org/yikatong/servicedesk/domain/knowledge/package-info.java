/** The knowledge base: articles with revisions and review, search, and links to tickets. */
package org.yikatong.servicedesk.domain.knowledge;
