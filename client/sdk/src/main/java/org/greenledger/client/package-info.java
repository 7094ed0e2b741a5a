/**
 * The GreenLedger client SDK. Start at {@link org.greenledger.client.GreenLedger}: connect with a
 * {@link org.greenledger.client.ConnectionProfile} and {@link org.greenledger.client.Credentials},
 * then use the facades. Requests and results are the records of
 * {@code org.greenledger.chaincode.api}.
 */
package org.greenledger.client;
