/**
 * What the card adapter and the application share: the message listener interfaces that message
 * endpoints (MDBs in the {@code ejb} module) implement, and the immutable records the adapter
 * delivers through them.
 *
 * <p>This jar ships once, in the EAR's {@code lib}, so that the resource adapter and its endpoints
 * see the same classes. It knows nothing of the ledger.
 */
package org.yikatong.cardadapter.api;
