/** The overview use case: counts and the sum of the purses, read in one call. */
package org.yikatong.overview.application;
