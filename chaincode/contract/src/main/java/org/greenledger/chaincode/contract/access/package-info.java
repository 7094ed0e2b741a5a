/** Who may call what: the member orgs and their roles, the caller's identity, and the policies transactions declare. */
package org.greenledger.chaincode.contract.access;
