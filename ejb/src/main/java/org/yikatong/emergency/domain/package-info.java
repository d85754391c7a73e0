/**
 * Emergencies with their scope, the terminals they switched, service points, FAQ entries, status
 * updates and timeline; review records with their follow-up actions.
 */
package org.yikatong.emergency.domain;
