/** Secondary-market trades settled delivery versus payment or free of payment. */
package org.greenledger.chaincode.api.settlement;
