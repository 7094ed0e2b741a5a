/** The end-to-end story run by {@code scripts/demo.sh}, written on the public SDK only. */
package org.greenledger.client.demo;
