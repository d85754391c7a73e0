/**
 * What the platform holds, counted across the areas below it, for the console's landing page and
 * the overview API. Read-only.
 */
package org.yikatong.overview;
