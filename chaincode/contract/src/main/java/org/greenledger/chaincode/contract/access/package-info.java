/** Who may call what: the caller's identity and the policies transactions declare. */
package org.greenledger.chaincode.contract.access;
