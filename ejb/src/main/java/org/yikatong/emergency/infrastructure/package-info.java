/**
 * Emergency infrastructure: the JPA repositories, the QR codes (ZXing) and the poster (OpenPDF).
 */
package org.yikatong.emergency.infrastructure;
