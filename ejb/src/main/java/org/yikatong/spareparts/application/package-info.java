/** Use cases of the spare parts depot: the catalogue, the depots and the stock movements. */
package org.yikatong.spareparts.application;
