/**
 * Integration tests against the WildFly this build provisioned, one managed container for the whole
 * suite. Black-box tests ({@code @RunAsClient}) deploy the built EAR and talk HTTP, TCP and the
 * management API; in-container tests add themselves to the EAR's web module.
 */
package org.yikatong.it;
