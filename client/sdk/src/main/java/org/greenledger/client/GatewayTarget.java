package org.greenledger.client;

import io.grpc.ManagedChannel;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Network;

/** One Gateway the connection can use: its gRPC channel, the Gateway over it, the channel's network. */
record GatewayTarget(GatewayEndpoint endpoint, ManagedChannel channel, Gateway gateway, Network network) {
    void close() {
        gateway.close();
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
