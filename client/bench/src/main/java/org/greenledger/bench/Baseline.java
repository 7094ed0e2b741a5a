package org.greenledger.bench;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.greenledger.client.ConnectionProfile;
import org.greenledger.client.Credentials;
import org.greenledger.client.RetryPolicy;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.identity.X509Identity;

/**
 * The baseline chaincode (chaincode/baseline) through the same Gateway and identity as the SDK's
 * connection: its blind write, and its single-key token under the SDK's {@link RetryPolicy}.
 * Also the raw channel the benchmark reads blocks from.
 */
final class Baseline implements AutoCloseable {
    private final ManagedChannel channel;
    private final Gateway gateway;
    private final Network network;
    private final Contract contract;

    Baseline(ConnectionProfile profile, Credentials credentials, String chaincode) throws IOException {
        ChannelCredentials tls = TlsChannelCredentials.newBuilder()
                .trustManager(profile.tlsRootCertificate().toFile()).build();
        channel = Grpc.newChannelBuilder(profile.endpoint(), tls).build();
        gateway = Gateway.newInstance()
                .identity(new X509Identity(profile.mspId(), credentials.certificate()))
                .signer(credentials.signer())
                .connection(channel)
                .endorseOptions(o -> o.withDeadlineAfter(60, TimeUnit.SECONDS))
                .submitOptions(o -> o.withDeadlineAfter(60, TimeUnit.SECONDS))
                .commitStatusOptions(o -> o.withDeadlineAfter(60, TimeUnit.SECONDS))
                .evaluateOptions(o -> o.withDeadlineAfter(60, TimeUnit.SECONDS))
                .connect();
        network = gateway.getNetwork(profile.channel());
        contract = network.getContract(chaincode);
    }

    Network network() {
        return network;
    }

    /** One blind write; returns once committed. */
    void write(String key, String value) throws GatewayException, CommitException {
        contract.submitTransaction("Write", key, value);
    }

    void mint(String holder, long units) throws GatewayException, CommitException {
        contract.submitTransaction("Mint", holder, Long.toString(units));
    }

    long balance(String holder) throws GatewayException {
        return Long.parseLong(new String(contract.evaluateTransaction("Balance", holder), java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A token transfer sent again, as the SDK sends a replay-safe write, after a read conflict at
     * commit or endorsers that disagreed: an invalidated transfer changed nothing, so sending it
     * again cannot apply it twice.
     */
    void transfer(String from, String to, long units) throws GatewayException, CommitException {
        for (int attempt = 1; ; attempt++) {
            try {
                contract.submitTransaction("Transfer", from, to, Long.toString(units));
                return;
            } catch (CommitException e) {
                if (!RetryPolicy.isConflict(e.getCode()) || attempt == RetryPolicy.MAX_ATTEMPTS) {
                    throw e;
                }
            } catch (EndorseException e) {
                if (!RetryPolicy.endorsersDisagreed(e) || attempt == RetryPolicy.MAX_ATTEMPTS) {
                    throw e;
                }
            }
            RetryPolicy.pauseBefore(attempt + 1);
        }
    }

    @Override
    public void close() {
        gateway.close();
        channel.shutdownNow();
    }
}
