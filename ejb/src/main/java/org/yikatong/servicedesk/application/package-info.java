/** Service desk use cases; each public EJB method is one JTA transaction. */
package org.yikatong.servicedesk.application;
