package org.cxworkbench.cli.internal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The features of one installed CX Workbench, read and changed through p2: the product's own profile (the one Tycho
 * wrote into {@code <product>/p2} when it materialized the product) and its {@code configuration/} (config.ini and
 * simpleconfigurator's bundles.info, which both launch scripts read). An install puts the feature's bundles into the
 * product's {@code plugins/} and lists them in bundles.info, exactly as Help > Install New Software does.
 *
 * <p>Every failure is a {@link PluginsException} with one line for the user; a change that fails (a repository that
 * cannot be read or lacks the feature, unsigned content without trust, a plan that does not resolve) is refused
 * before p2's engine touches the product, which therefore stays as it was.
 */
public final class ProductPlugins implements AutoCloseable {

    /** p2's profile property that marks what a user asked for (as opposed to what came with it). */
    private static final String ROOT = IProfile.PROP_PROFILE_ROOT_IU;

    private static final String FEATURE_GROUP = ".feature.group";

    /** One installed feature, as listed by {@code cxw plugins list}. */
    public record Plugin(String id, String version, String provider, boolean user) {
    }

    /** A failure to report as one line; the product is unchanged. */
    public static class PluginsException extends Exception {
        private static final long serialVersionUID = 1L;

        public PluginsException(String message) {
            super(message);
        }

        public PluginsException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path product;
    private final IProvisioningAgent agent;
    private final String profileId;

    private ProductPlugins(Path product, IProvisioningAgent agent, String profileId) {
        this.product = product;
        this.agent = agent;
        this.profileId = profileId;
    }

    /**
     * Opens the product in {@code product} (the folder with plugins/, configuration/ and p2/).
     *
     * @throws PluginsException when it is no p2-enabled CX Workbench, or its folder cannot be written
     */
    public static ProductPlugins open(Path product) throws PluginsException {
        Path p2 = product.resolve("p2");
        if (!Files.isDirectory(p2) || !Files.isDirectory(product.resolve("configuration"))) {
            throw new PluginsException(NLS.bind(Messages.Plugins_noProduct, product));
        }
        for (Path folder : List.of(product, p2, product.resolve("configuration"), product.resolve("plugins"))) {
            if (!Files.isWritable(folder)) {
                throw new ReadOnlyException(NLS.bind(Messages.Plugins_readOnly, product));
            }
        }
        String profileId = profileId(product);
        IProvisioningAgent agent = createAgent(p2.toUri());
        ProductPlugins plugins = new ProductPlugins(product, agent, profileId);
        try {
            plugins.adoptProfile();
        } catch (PluginsException | RuntimeException e) {
            agent.stop();
            throw e;
        }
        return plugins;
    }

    /**
     * Opens a private copy of the read-only product's p2 folder in {@code copy}, to plan an install into the
     * per-user area without writing into the product.
     */
    static ProductPlugins openCopy(Path product, Path copy) throws PluginsException {
        try {
            copyTree(product.resolve("p2"), copy);
        } catch (IOException e) {
            throw new PluginsException(NLS.bind(Messages.Plugins_failed, e.getMessage()), e);
        }
        IProvisioningAgent agent = createAgent(copy.toUri());
        ProductPlugins plugins = new ProductPlugins(product, agent, profileId(product));
        try {
            plugins.adoptProfile();
        } catch (PluginsException | RuntimeException e) {
            agent.stop();
            throw e;
        }
        return plugins;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (Files.isReadable(path)) {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * What installing {@code ids} from {@code repository} would add to the product (the features and every bundle
     * they need that the product lacks), without changing anything.
     */
    List<IInstallableUnit> additions(URI repository, List<String> ids, IProgressMonitor monitor)
            throws PluginsException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        RepositoryUse use = load(repository, progress.split(3));
        List<IInstallableUnit> units = new ArrayList<>();
        for (String id : ids) {
            units.add(find(use.metadata(), id, repository, progress.split(1)));
        }
        org.eclipse.equinox.p2.planner.IPlanner planner = agent
                .getService(org.eclipse.equinox.p2.planner.IPlanner.class);
        org.eclipse.equinox.p2.planner.IProfileChangeRequest request = planner.createChangeRequest(profile());
        request.addAll(units);
        IProvisioningPlan plan = planner.getProvisioningPlan(request, context(repository), progress.split(6));
        if (plan.getStatus().getSeverity() == IStatus.ERROR) {
            throw new PluginsException(NLS.bind(Messages.Plugins_cannotResolve, detail(plan.getStatus())));
        }
        return new ArrayList<>(plan.getAdditions().query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet());
    }

    /** Writes the artifact {@code key} of {@code repository} to {@code target}. */
    void fetch(URI repository, org.eclipse.equinox.p2.metadata.IArtifactKey key, Path target,
            IProgressMonitor monitor) throws PluginsException {
        try {
            org.eclipse.equinox.p2.repository.artifact.IArtifactRepository artifacts = agent
                    .getService(IArtifactRepositoryManager.class).loadRepository(repository, null);
            var descriptors = artifacts.getArtifactDescriptors(key);
            if (descriptors.length == 0) {
                throw new PluginsException(NLS.bind(Messages.Plugins_cannotRead, display(repository), key));
            }
            Files.createDirectories(target.getParent());
            try (var out = Files.newOutputStream(target)) {
                IStatus status = artifacts.getArtifact(descriptors[0], out, monitor);
                if (status.getSeverity() == IStatus.ERROR) {
                    throw new PluginsException(
                            NLS.bind(Messages.Plugins_cannotRead, display(repository), detail(status)));
                }
            }
        } catch (ProvisionException e) {
            throw new PluginsException(NLS.bind(Messages.Plugins_cannotRead, display(repository),
                    detail(e.getStatus())), e);
        } catch (IOException e) {
            throw new PluginsException(NLS.bind(Messages.Plugins_failed, e.getMessage()), e);
        }
    }

    /** The provider of a feature IU, for the per-user area's records. */
    static String providerOf(IInstallableUnit iu) {
        return provider(iu);
    }

    /**
     * The features shipped in a product, read from its {@code features/} folder (for a product whose p2 folder this
     * user cannot write).
     */
    public static List<Plugin> shipped(Path product) {
        List<Plugin> plugins = new ArrayList<>();
        try (var features = Files.list(product.resolve("features"))) {
            for (Path feature : (Iterable<Path>) features::iterator) {
                String name = feature.getFileName().toString();
                int underscore = name.indexOf('_');
                if (!Files.isDirectory(feature) || underscore < 0) {
                    continue;
                }
                Properties texts = new Properties();
                Path properties = feature.resolve("feature.properties");
                if (Files.isRegularFile(properties)) {
                    try (InputStream in = Files.newInputStream(properties)) {
                        texts.load(in);
                    }
                }
                String provider = texts.getProperty("providerName", "");
                plugins.add(new Plugin(name.substring(0, underscore), name.substring(underscore + 1), provider,
                        false));
            }
        } catch (IOException e) {
            // a product without features/ lists none
        }
        plugins.sort(Comparator.comparing(Plugin::id));
        return plugins;
    }

    /** The product folder is not writable for this user: the caller falls back to the per-user area. */
    public static final class ReadOnlyException extends PluginsException {
        private static final long serialVersionUID = 1L;

        ReadOnlyException(String message) {
            super(message);
        }
    }

    /** The features of the product: shipped ones and those a user installed (p2 roots other than the product). */
    public List<Plugin> list() {
        IProfile profile = profile();
        List<Plugin> plugins = new ArrayList<>();
        for (IInstallableUnit iu : profile.query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet()) {
            if (!iu.getId().endsWith(FEATURE_GROUP)) {
                continue; // the product IU itself
            }
            plugins.add(plugin(iu, profile));
        }
        plugins.sort(Comparator.comparing(Plugin::id));
        return plugins;
    }

    /**
     * Installs the features {@code ids} (with or without {@code .feature.group}) from {@code repository} into the
     * product.
     *
     * @param trust whether unsigned content (or content signed by a certificate nobody trusts yet) may be installed
     * @return the installed features
     */
    public List<Plugin> install(URI repository, List<String> ids, boolean trust, IProgressMonitor monitor)
            throws PluginsException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        RepositoryUse use = load(repository, progress.split(3));
        boolean done = false;
        try {
            List<IInstallableUnit> units = new ArrayList<>();
            for (String id : ids) {
                units.add(find(use.metadata(), id, repository, progress.split(1)));
            }
            ProvisioningSession session = new ProvisioningSession(agent);
            InstallOperation operation = new InstallOperation(session, units);
            run(operation, context(repository), trust, progress.split(6));
            done = true;
            IProfile profile = profile();
            return units.stream().map(iu -> plugin(iu, profile)).toList();
        } finally {
            if (!done) {
                use.forget();
            }
        }
    }

    /** Uninstalls features a user installed; shipped ones are refused. */
    public List<Plugin> uninstall(List<String> ids, IProgressMonitor monitor) throws PluginsException {
        IProfile profile = profile();
        List<IInstallableUnit> units = new ArrayList<>();
        List<Plugin> removed = new ArrayList<>();
        for (String id : ids) {
            IInstallableUnit iu = installed(profile, id);
            Plugin plugin = plugin(iu, profile);
            if (!plugin.user()) {
                throw new PluginsException(NLS.bind(Messages.Plugins_shipped, plugin.id()));
            }
            units.add(iu);
            removed.add(plugin);
        }
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(new URI[0]);
        context.setArtifactRepositories(new URI[0]);
        run(new UninstallOperation(new ProvisioningSession(agent), units), context, false, monitor);
        return removed;
    }

    /**
     * Updates features a user installed (all of them when {@code ids} is empty) from {@code repository}, or from the
     * repositories they were installed from when it is null.
     *
     * @return the features after the update; empty when there was nothing newer
     */
    public List<Plugin> update(URI repository, List<String> ids, boolean trust, IProgressMonitor monitor)
            throws PluginsException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        IProfile profile = profile();
        List<IInstallableUnit> units = new ArrayList<>();
        if (ids.isEmpty()) {
            for (Plugin plugin : list()) {
                if (plugin.user()) {
                    units.add(installed(profile, plugin.id()));
                }
            }
        } else {
            for (String id : ids) {
                units.add(installed(profile, id));
            }
        }
        if (units.isEmpty()) {
            return List.of();
        }
        RepositoryUse use = repository == null ? null : load(repository, progress.split(3));
        boolean done = false;
        try {
            ProvisioningContext context = repository == null ? new ProvisioningContext(agent) : context(repository);
            UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent), units);
            operation.setProfileId(profileId);
            operation.setProvisioningContext(context);
            IStatus status = operation.resolveModal(progress.split(3));
            if (status.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
                done = true;
                return List.of();
            }
            perform(operation, status, trust, progress.split(4));
            done = true;
            IProfile after = profile();
            List<Plugin> updated = new ArrayList<>();
            for (IInstallableUnit iu : units) {
                updated.add(plugin(installed(after, iu.getId()), after));
            }
            return updated;
        } finally {
            if (use != null && !done) {
                use.forget();
            }
        }
    }

    public Path product() {
        return product;
    }

    @Override
    public void close() {
        agent.stop();
    }

    // --- p2 ---

    private void run(ProfileChangeOperation operation, ProvisioningContext context, boolean trust,
            IProgressMonitor monitor) throws PluginsException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        operation.setProfileId(profileId);
        operation.setProvisioningContext(context);
        IStatus status = operation.resolveModal(progress.split(3));
        perform(operation, status, trust, progress.split(7));
    }

    private void perform(ProfileChangeOperation operation, IStatus resolution, boolean trust,
            IProgressMonitor monitor) throws PluginsException {
        if (resolution.matches(IStatus.CANCEL)) {
            throw new OperationCanceledException();
        }
        if (resolution.getSeverity() == IStatus.ERROR || operation.getProvisioningPlan() == null) {
            throw new PluginsException(NLS.bind(Messages.Plugins_cannotResolve, detail(resolution)));
        }
        Trust prompt = new Trust(trust);
        Object previous = agent.getService(UIServices.SERVICE_NAME);
        agent.registerService(UIServices.SERVICE_NAME, prompt);
        try {
            ProvisioningJob job = operation.getProvisioningJob(monitor);
            IStatus status = job.runModal(monitor);
            // a refused trust question ends p2's engine as cancelled: name the reason
            if (prompt.refused.get()) {
                throw new PluginsException(Messages.Plugins_unsigned);
            }
            if (status.matches(IStatus.CANCEL)) {
                throw new OperationCanceledException();
            }
            if (status.getSeverity() == IStatus.ERROR) {
                throw new PluginsException(NLS.bind(Messages.Plugins_failed, detail(status)));
            }
        } finally {
            agent.unregisterService(UIServices.SERVICE_NAME, prompt);
            if (previous != null) {
                agent.registerService(UIServices.SERVICE_NAME, previous);
            }
        }
    }

    private ProvisioningContext context(URI repository) {
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(repository);
        context.setArtifactRepositories(repository);
        return context;
    }

    /** A repository loaded for one change; forgotten again when the change fails, unless it was known before. */
    private record RepositoryUse(IMetadataRepository metadata, Runnable forgetting) {
        void forget() {
            forgetting.run();
        }
    }

    private RepositoryUse load(URI repository, IProgressMonitor monitor) throws PluginsException {
        IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
        boolean knownMetadata = metadata.contains(repository);
        boolean knownArtifacts = artifacts.contains(repository);
        Runnable forget = () -> {
            if (!knownMetadata) {
                metadata.removeRepository(repository);
            }
            if (!knownArtifacts) {
                artifacts.removeRepository(repository);
            }
        };
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        try {
            IMetadataRepository loaded = metadata.loadRepository(repository, progress.split(1));
            artifacts.loadRepository(repository, progress.split(1));
            return new RepositoryUse(loaded, forget);
        } catch (ProvisionException e) {
            forget.run();
            throw new PluginsException(NLS.bind(Messages.Plugins_cannotRead, display(repository), detail(e.getStatus())),
                    e);
        }
    }

    private static IInstallableUnit find(IMetadataRepository repository, String id, URI location,
            IProgressMonitor monitor) throws PluginsException {
        String group = id.endsWith(FEATURE_GROUP) ? id : id + FEATURE_GROUP;
        IQueryResult<IInstallableUnit> found = repository
                .query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(group)), monitor);
        if (found.isEmpty()) {
            throw new PluginsException(NLS.bind(Messages.Plugins_notInRepository, featureId(group), display(location)));
        }
        return found.iterator().next();
    }

    private IInstallableUnit installed(IProfile profile, String id) throws PluginsException {
        String group = id.endsWith(FEATURE_GROUP) ? id : id + FEATURE_GROUP;
        IQueryResult<IInstallableUnit> found = profile.query(QueryUtil.createIUQuery(group), null);
        if (found.isEmpty()) {
            throw new PluginsException(NLS.bind(Messages.Plugins_notInstalled, featureId(group)));
        }
        return found.iterator().next();
    }

    private static Plugin plugin(IInstallableUnit iu, IProfile profile) {
        boolean user = Boolean.parseBoolean(profile.getInstallableUnitProperty(iu, ROOT));
        return new Plugin(featureId(iu.getId()), iu.getVersion().toString(), provider(iu), user);
    }

    private static String featureId(String iuId) {
        return iuId.endsWith(FEATURE_GROUP) ? iuId.substring(0, iuId.length() - FEATURE_GROUP.length()) : iuId;
    }

    /** The provider's name; a feature's {@code %key} is looked up in the IU's default translations. */
    private static String provider(IInstallableUnit iu) {
        String provider = iu.getProperty(IInstallableUnit.PROP_PROVIDER);
        if (provider != null && provider.startsWith("%")) {
            String translated = iu.getProperty("df_LT." + provider.substring(1));
            provider = translated != null ? translated : provider.substring(1);
        }
        return provider == null ? "" : provider;
    }

    private IProfile profile() {
        IProfile profile = agent.getService(IProfileRegistry.class).getProfile(profileId);
        if (profile == null) {
            throw new IllegalStateException(NLS.bind(Messages.Plugins_noProfile, profileId, product));
        }
        return profile;
    }

    /**
     * Tycho wrote the profile where it built the product; a product that was unpacked elsewhere (or copied) keeps the
     * old folders in it. p2 would install into those, so the profile first learns where it is now.
     */
    private void adoptProfile() throws PluginsException {
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        IProfile profile = registry.getProfile(profileId);
        if (profile == null) {
            throw new PluginsException(NLS.bind(Messages.Plugins_noProfile, profileId, product));
        }
        String here = product.toAbsolutePath().normalize().toString();
        boolean moved = !here.equals(profile.getProperty(IProfile.PROP_INSTALL_FOLDER))
                || !here.equals(profile.getProperty(IProfile.PROP_CACHE));
        String configuration = profile.getProperty(IProfile.PROP_CONFIGURATION_FOLDER);
        if (!moved && configuration == null) {
            return;
        }
        IEngine engine = agent.getService(IEngine.class);
        IProvisioningPlan plan = engine.createPlan(profile, new ProvisioningContext(agent));
        plan.setProfileProperty(IProfile.PROP_INSTALL_FOLDER, here);
        plan.setProfileProperty(IProfile.PROP_CACHE, here);
        if (configuration != null) {
            plan.setProfileProperty(IProfile.PROP_CONFIGURATION_FOLDER, product.resolve("configuration").toString());
        }
        IStatus status = engine.perform(plan, null);
        if (status.getSeverity() == IStatus.ERROR) {
            throw new PluginsException(NLS.bind(Messages.Plugins_failed, detail(status)));
        }
    }

    /** The profile the product runs with ({@code eclipse.p2.profile} of its config.ini; DefaultProfile). */
    private static String profileId(Path product) throws PluginsException {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(product.resolve("configuration/config.ini"))) {
            config.load(in);
        } catch (IOException e) {
            throw new PluginsException(NLS.bind(Messages.Plugins_noProduct, product), e);
        }
        return config.getProperty("eclipse.p2.profile", "DefaultProfile");
    }

    private static IProvisioningAgent createAgent(URI p2) throws PluginsException {
        Bundle bundle = FrameworkUtil.getBundle(ProductPlugins.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new PluginsException(Messages.Plugins_noP2);
        }
        // p2's core publishes the agent provider when it starts, and its services are declarative components of
        // bundles that cxw does not start on its own: start them (by their activation policy), but not the
        // reconciler, whose start would synchronize dropins/ with the profile
        for (Bundle other : context.getBundles()) {
            String name = other.getSymbolicName() == null ? "" : other.getSymbolicName();
            boolean provisioning = name.startsWith("org.eclipse.equinox.p2.") || name.startsWith("org.eclipse.ecf")
                    || name.startsWith("org.eclipse.equinox.frameworkadmin")
                    || name.equals("org.eclipse.equinox.simpleconfigurator.manipulator");
            if (provisioning && !name.equals("org.eclipse.equinox.p2.reconciler.dropins") && !name.contains(".ui")
                    && (other.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) != 0
                    && other.getHeaders().get("Fragment-Host") == null) {
                try {
                    other.start(Bundle.START_TRANSIENT | (name.equals("org.eclipse.equinox.p2.core") ? 0
                            : Bundle.START_ACTIVATION_POLICY));
                } catch (BundleException e) {
                    throw new PluginsException(NLS.bind(Messages.Plugins_failed, e.getMessage()), e);
                }
            }
        }
        ServiceReference<IProvisioningAgentProvider> reference = context
                .getServiceReference(IProvisioningAgentProvider.class);
        if (reference == null) {
            throw new PluginsException(Messages.Plugins_noP2);
        }
        try {
            return context.getService(reference).createAgent(p2);
        } catch (ProvisionException e) {
            throw new PluginsException(NLS.bind(Messages.Plugins_failed, detail(e.getStatus())), e);
        }
    }

    /**
     * The most telling message of a p2 status, on one line: a planner's missing requirement rather than its
     * "Software being installed" preamble, the deepest error otherwise.
     */
    static String detail(IStatus status) {
        List<IStatus> leaves = new ArrayList<>();
        leaves(status, leaves);
        IStatus best = null;
        for (IStatus leaf : leaves) {
            String message = leaf.getMessage() == null ? "" : leaf.getMessage();
            if (message.startsWith("Missing requirement") || message.startsWith("Cannot complete")
                    || message.contains("could not be found")) {
                best = leaf;
                break;
            }
        }
        if (best == null) {
            for (IStatus leaf : leaves) {
                String message = leaf.getMessage() == null ? "" : leaf.getMessage();
                if (leaf.getSeverity() == IStatus.ERROR && !message.startsWith("Software being installed")) {
                    best = leaf;
                    break;
                }
            }
        }
        if (best == null) {
            best = leaves.isEmpty() ? status : leaves.get(0);
        }
        String message = best.getMessage();
        Throwable cause = best.getException();
        if (cause != null && (message == null || message.isBlank() || message.startsWith("session context was"))) {
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            message = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        }
        if (message == null || message.isBlank()) {
            message = status.getMessage();
        }
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static void leaves(IStatus status, List<IStatus> leaves) {
        if (status.isMultiStatus() && status.getChildren().length > 0) {
            for (IStatus child : status.getChildren()) {
                leaves(child, leaves);
            }
        } else {
            leaves.add(status);
        }
    }

    /** A repository as the user typed it: a file path for folders and zips, the URL otherwise. */
    static String display(URI repository) {
        String text = repository.toString();
        if (text.startsWith("jar:file:") && text.endsWith("!/")) {
            return Path.of(URI.create(text.substring(4, text.length() - 2))).toString();
        }
        if ("file".equals(repository.getScheme())) {
            return Path.of(repository).toString();
        }
        return text;
    }

    /**
     * The repository URI of a command-line value: a folder, a zip (read by p2 as {@code jar:file:…!/}) or a URL.
     *
     * @throws PluginsException when it is a path to nothing
     */
    public static URI repository(String value) throws PluginsException {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*") && !lower.startsWith("file:")) {
            return URI.create(value);
        }
        Path path = lower.startsWith("file:") ? Path.of(URI.create(value)) : Path.of(value);
        path = path.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return path.toUri();
        }
        if (Files.isRegularFile(path)) {
            return URI.create("jar:" + path.toUri() + "!/");
        }
        throw new PluginsException(NLS.bind(Messages.Plugins_noRepository, value));
    }

    /**
     * p2's trust question, answered for a command line: unsigned content and unknown certificates are trusted only
     * with {@code --trust}; a refusal is remembered so that the command names the reason.
     */
    private static final class Trust extends UIServices {
        private final boolean trust;
        final AtomicBoolean refused = new AtomicBoolean();

        Trust(boolean trust) {
            this.trust = trust;
        }

        @Override
        @SuppressWarnings("deprecation") // the PGP-aware constructor needs Bouncy Castle's types on cxw's class path
        public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
            if (!trust) {
                refused.set(true);
                return new TrustInfo(new Certificate[0], false, false);
            }
            List<Certificate> certificates = new ArrayList<>();
            if (untrustedChains != null) {
                for (Certificate[] chain : untrustedChains) {
                    if (chain != null && chain.length > 0) {
                        certificates.add(chain[0]);
                    }
                }
            }
            return new TrustInfo(certificates.toArray(Certificate[]::new), false, true);
        }

        @Override
        public AuthenticationInfo getUsernamePassword(String location) {
            return null;
        }

        @Override
        public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
            return null;
        }
    }
}
