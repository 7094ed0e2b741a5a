package org.greenledger.client;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.BlockchainInfo;

/**
 * A connection to the profile's Gateways, one gRPC channel each, shared by every facade. Calls go
 * to the first Gateway that answers (see {@link Invoker}); events, offline signing and the block
 * height use the first. The facades that call the chaincode report the requests they build and
 * that break the API's rules as refusals ({@link LocalRefusals}).
 */
final class GatewayConnection implements GreenLedger {
    private final List<GatewayTarget> targets;
    private final String mspId;
    private final Network network;
    private final Invoker invoker;
    private final Governance governance;
    private final Accounts accounts;
    private final Bonds bonds;
    private final Compliance compliance;
    private final Cash cash;
    private final Holdings holdings;
    private final Trades trades;
    private final Proceeds proceeds;
    private final Impact impact;
    private final Documents documents;
    private final History history;
    private final OfflineSigning offline;
    private final Events events;
    private final CarbonProjects carbonProjects;
    private final Credits credits;

    private GatewayConnection(List<GatewayTarget> targets, ConnectionProfile profile, ProposalPreparation preparation,
            CallListener listener) {
        this.targets = targets;
        Gateway gateway = targets.get(0).gateway();
        this.mspId = profile.mspId();
        this.network = targets.get(0).network();
        this.invoker = new Invoker(targets, profile.chaincode(), preparation, listener);
        this.governance = LocalRefusals.guard(Governance.class, new GovernanceFacade(invoker));
        this.accounts = LocalRefusals.guard(Accounts.class, new AccountsFacade(invoker));
        this.bonds = LocalRefusals.guard(Bonds.class, new BondsFacade(invoker));
        this.compliance = LocalRefusals.guard(Compliance.class, new ComplianceFacade(invoker));
        this.cash = LocalRefusals.guard(Cash.class, new CashFacade(invoker));
        this.holdings = LocalRefusals.guard(Holdings.class, new HoldingsFacade(invoker));
        this.trades = LocalRefusals.guard(Trades.class, new TradesFacade(invoker));
        this.proceeds = LocalRefusals.guard(Proceeds.class, new ProceedsFacade(invoker));
        this.impact = LocalRefusals.guard(Impact.class, new ImpactFacade(invoker));
        this.documents = LocalRefusals.guard(Documents.class, new DocumentsFacade(invoker));
        this.history = LocalRefusals.guard(History.class, new HistoryFacade(invoker));
        this.offline = new OfflineSigningFacade(gateway, network, profile.chaincode());
        this.events = new EventsFacade(network, profile.chaincode());
        this.carbonProjects = LocalRefusals.guard(CarbonProjects.class, new CarbonProjectsFacade(invoker));
        this.credits = LocalRefusals.guard(Credits.class, new CreditsFacade(invoker));
    }

    static GreenLedger open(ConnectionProfile profile, Credentials credentials, Duration deadline, CallListener listener) {
        return open(profile, credentials.certificate(), credentials.signer(), deadline, ProposalPreparation.AS_BUILT, listener);
    }

    /** A connection whose proposals are prepared by {@code preparation} before they are sent. */
    static GatewayConnection open(ConnectionProfile profile, Credentials credentials, Duration deadline,
            ProposalPreparation preparation) {
        return open(profile, credentials.certificate(), credentials.signer(), deadline, preparation, CallListener.NONE);
    }

    /** A connection without a private key: only {@link OfflineSigning} can write through it. */
    static GreenLedger openWithoutKey(ConnectionProfile profile, X509Certificate certificate, Duration deadline) {
        return open(profile, certificate, null, deadline, ProposalPreparation.AS_BUILT, CallListener.NONE);
    }

    private static GatewayConnection open(ConnectionProfile profile, X509Certificate certificate, Signer signer,
            Duration deadline, ProposalPreparation preparation, CallListener listener) {
        List<ManagedChannel> channels = new ArrayList<>();
        for (GatewayEndpoint endpoint : profile.gateways()) {
            channels.add(tlsChannel(endpoint));
        }
        return overChannels(profile, certificate, signer, deadline, preparation, channels, listener);
    }

    /**
     * A connection over channels built by the caller, one per Gateway of the profile, in order
     * (the SDK's unit tests use in-process channels to a fake Gateway).
     */
    static GatewayConnection overChannels(ConnectionProfile profile, X509Certificate certificate, Signer signer,
            Duration deadline, ProposalPreparation preparation, List<ManagedChannel> channels) {
        return overChannels(profile, certificate, signer, deadline, preparation, channels, CallListener.NONE);
    }

    /** {@link #overChannels(ConnectionProfile, X509Certificate, Signer, Duration, ProposalPreparation, List)} reporting to {@code listener}. */
    static GatewayConnection overChannels(ConnectionProfile profile, X509Certificate certificate, Signer signer,
            Duration deadline, ProposalPreparation preparation, List<ManagedChannel> channels, CallListener listener) {
        List<GatewayTarget> targets = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            targets.add(target(profile.gateways().get(i), channels.get(i), profile, certificate, signer, deadline));
        }
        return new GatewayConnection(List.copyOf(targets), profile, preparation, listener);
    }

    /** Channels connect lazily: a Gateway that is down costs nothing until it is used. */
    private static ManagedChannel tlsChannel(GatewayEndpoint endpoint) {
        try {
            ChannelCredentials tls = TlsChannelCredentials.newBuilder()
                    .trustManager(endpoint.tlsRootCertificate().toFile())
                    .build();
            return Grpc.newChannelBuilder(endpoint.endpoint(), tls).build();
        } catch (IOException e) {
            throw new GreenLedgerException("cannot read TLS root certificate " + endpoint.tlsRootCertificate(), e);
        }
    }

    private static GatewayTarget target(GatewayEndpoint endpoint, ManagedChannel channel, ConnectionProfile profile,
            X509Certificate certificate, Signer signer, Duration deadline) {
        long millis = deadline.toMillis();
        Gateway.Builder builder = Gateway.newInstance()
                .identity(new X509Identity(profile.mspId(), certificate));
        if (signer != null) {
            builder.signer(signer);
        }
        Gateway gateway = builder
                .connection(channel)
                .evaluateOptions(options -> options.withDeadlineAfter(millis, TimeUnit.MILLISECONDS))
                .endorseOptions(options -> options.withDeadlineAfter(millis, TimeUnit.MILLISECONDS))
                .submitOptions(options -> options.withDeadlineAfter(millis, TimeUnit.MILLISECONDS))
                .commitStatusOptions(options -> options.withDeadlineAfter(millis, TimeUnit.MILLISECONDS))
                .connect();
        return new GatewayTarget(endpoint, channel, gateway, gateway.getNetwork(profile.channel()));
    }

    /** For tests that must step outside the typed API (raw arguments, chosen endorsers). */
    Network network() {
        return network;
    }

    /** For tests that sign proposals themselves. */
    Gateway gateway() {
        return targets.get(0).gateway();
    }

    Invoker invoker() {
        return invoker;
    }

    @Override
    public Governance governance() {
        return governance;
    }

    @Override
    public Accounts accounts() {
        return accounts;
    }

    @Override
    public Bonds bonds() {
        return bonds;
    }

    @Override
    public Compliance compliance() {
        return compliance;
    }

    @Override
    public Cash cash() {
        return cash;
    }

    @Override
    public Holdings holdings() {
        return holdings;
    }

    @Override
    public Trades trades() {
        return trades;
    }

    @Override
    public Proceeds proceeds() {
        return proceeds;
    }

    @Override
    public Impact impact() {
        return impact;
    }

    @Override
    public Documents documents() {
        return documents;
    }

    @Override
    public History history() {
        return history;
    }

    @Override
    public CarbonProjects carbonProjects() {
        return carbonProjects;
    }

    @Override
    public Credits credits() {
        return credits;
    }

    @Override
    public Events events() {
        return events;
    }

    @Override
    public OfflineSigning offline() {
        return offline;
    }

    @Override
    public GreenLedger withDeadline(Duration perCall) {
        return new DeadlineView(this, perCall);
    }

    @Override
    public long blockHeight() {
        try {
            byte[] info = network.getContract("qscc").evaluateTransaction("GetChainInfo", network.getName());
            return BlockchainInfo.parseFrom(info).getHeight();
        } catch (GatewayException e) {
            throw new GreenLedgerException("cannot read the block height: " + e.getMessage(), e);
        } catch (InvalidProtocolBufferException e) {
            throw new GreenLedgerException("the peer answered GetChainInfo with something else", e);
        }
    }

    @Override
    public String mspId() {
        return mspId;
    }

    @Override
    public void close() {
        targets.forEach(GatewayTarget::close);
    }
}
