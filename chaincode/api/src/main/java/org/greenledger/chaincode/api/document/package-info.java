/** Documents registered by hash and URI: the ledger proves which file was meant, the file stays off-ledger. */
package org.greenledger.chaincode.api.document;
